"""deploy/systemd/: systemd itself accepts the units (`systemd-analyze verify`), and the command
lines they hold, run as systemd runs them (a clean environment holding the environment file's
variables and the unit's own, in the unit's working folder), migrate the database and start a
Concord that answers /readyz and stops cleanly on the unit's stop signal within its bound."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
from pathlib import Path

import httpx2 as httpx
import pytest

from tests.db import fresh_database_url
from tests.deploy.stack import wait_ready
from tests.deploy.units import (
    ENV_EXAMPLE,
    INSTALLED,
    UNITS,
    command,
    concord_here,
    environment_file,
    filled_in,
    local_copy,
    one,
    read_unit,
    values,
)
from tests.live_server import ROOT, free_port

ANALYZE = shutil.which("systemd-analyze") or "/usr/bin/systemd-analyze"
# What systemd gives a service before its own variables (systemd.exec(5), "Environment").
SYSTEMD_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
SECRET = "systemd-unit-test-secret-key-not-for-production-0123456789"


def instances() -> list[str]:
    """The app processes concord.target starts: concord@<port>.service, one per port."""
    wanted = " ".join(values(read_unit(UNITS / "concord.target"), "Unit", "Wants")).split()
    assert wanted, "concord.target wants no app process"
    assert all(w.startswith("concord@") and w.endswith(".service") for w in wanted), wanted
    return [w.removeprefix("concord@").removesuffix(".service") for w in wanted]


def test_systemd_analyze_verify_accepts_every_unit(tmp_path: Path) -> None:
    assert Path(ANALYZE).exists(), "systemd-analyze is missing: apt-get install systemd"
    names = sorted(p.name for p in UNITS.iterdir())
    assert names == ["concord-migrate.service", "concord.target", "concord@.service"], names
    for name in names:
        (tmp_path / name).write_text(local_copy((UNITS / name).read_text()) if name.endswith(
            ".service") else (UNITS / name).read_text())  # fmt: skip
    ports = instances()
    assert ports == ["8001", "8002"], ports
    checked = [
        "./concord-migrate.service",
        *[f"./concord@{port}.service" for port in ports],
        "./concord.target",
    ]
    result = subprocess.run(
        [ANALYZE, "verify", *checked],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    # A warning (an unknown key, a misspelt section, a missing program) is a failure too.
    assert (result.returncode, result.stderr.strip()) == (0, ""), result.stderr


def test_systemd_analyze_verify_catches_a_broken_unit(tmp_path: Path) -> None:
    """The check above can fail: a misspelt key, as systemd itself reports it."""
    text = local_copy((UNITS / "concord@.service").read_text())
    (tmp_path / "concord@.service").write_text(text.replace("KillSignal=", "KilSignal="))
    result = subprocess.run(
        [ANALYZE, "verify", "./concord@8001.service"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "Unknown key 'KilSignal'" in result.stderr, result.stderr


def service_environment(unit_path: Path, env_file: dict[str, str], home: Path) -> dict[str, str]:
    """What systemd gives the unit's process: its own PATH, the EnvironmentFile's variables,
    then the unit's Environment= lines (with the server's paths swapped for the test's)."""
    unit = read_unit(unit_path)
    assert one(unit, "Service", "EnvironmentFile") == "/etc/concord/concord.env"
    env = {"PATH": SYSTEMD_PATH, **env_file}
    for line in values(unit, "Service", "Environment"):
        key, _, value = line.partition("=")
        if key == "HOME":
            assert value.startswith(f"{INSTALLED}/var/"), value
            value = str(home)
        env[key] = value
    return env


@pytest.mark.postgres
def test_the_units_command_lines_migrate_then_serve_and_stop_on_the_stop_signal(
    tmp_path: Path,
) -> None:
    migrate_unit = read_unit(UNITS / "concord-migrate.service")
    app_unit = read_unit(UNITS / "concord@.service")
    for unit in (migrate_unit, app_unit):
        assert one(unit, "Service", "WorkingDirectory") == INSTALLED
    audit_key = subprocess.run(
        [concord_here(), "audit", "new-key"], capture_output=True, text=True, check=True
    ).stdout.strip()
    home = tmp_path / "home"
    home.mkdir()
    with fresh_database_url(tmp_path) as database_url:
        env_file = filled_in(
            environment_file(ENV_EXAMPLE),
            {
                "CONCORD_DATABASE_URL": database_url,
                "CONCORD_SECRET_KEY": SECRET,
                "CONCORD_AUDIT_KEY": audit_key,
                "CONCORD_METRICS_TOKEN": "systemd-unit-test-metrics-token-0123456789",
            },
        )
        assert env_file["CONCORD_ENV"] == "production"

        # concord-migrate.service: once, before the app processes.
        migrated = subprocess.run(
            command(migrate_unit),
            cwd=ROOT,
            env=service_environment(UNITS / "concord-migrate.service", env_file, home),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert migrated.returncode == 0, migrated.stderr
        assert "database is up to date" in migrated.stderr

        # concord@<port>.service: serves on 127.0.0.1:<port>, ready, then stops on its signal.
        port = str(free_port())
        argv = command(app_unit, instance=port)
        assert argv[1:] == ["serve", "--host", "127.0.0.1", "--port", port], argv
        log = tmp_path / "app.log"
        with log.open("wb") as output:
            process = subprocess.Popen(
                argv,
                cwd=ROOT,
                env=service_environment(UNITS / "concord@.service", env_file, home),
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            wait_ready(f"http://127.0.0.1:{port}/readyz", process, log)
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
                ready = client.get("/readyz").json()
                assert ready["status"] == "ready", ready
                assert client.get("/healthz").status_code == 200
            stop = signal.Signals[one(app_unit, "Service", "KillSignal")]
            bound = float(one(app_unit, "Service", "TimeoutStopSec"))
            process.send_signal(stop)
            code = process.wait(timeout=bound)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)
        # 0, or uvicorn re-raising the SIGTERM it handled: a clean stop for systemd.
        assert code in (0, -stop), (code, log.read_text()[-3000:])
        # Production, as the environment file says: every line is one JSON object.
        lines = [line for line in log.read_text().splitlines() if line.strip()]
        assert lines, "the process logged nothing"
        for line in lines:
            json.loads(line)
