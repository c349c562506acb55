from concord.cli import app

app(prog_name="concord")
