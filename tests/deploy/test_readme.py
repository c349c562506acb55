"""The README's Deployment section and deploy/ say the same thing, step by step: every file it
names exists and every file of deploy/ is named; every `concord` command, npm script and unit
it runs exists; its ports and paths are those of the units and of nginx's file; every program
its commands run comes with a package its first step installs (or with Debian itself); and the
environment file reads the same to systemd and to the shell that step 4 sources it with."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.deploy.units import (
    ENV_EXAMPLE,
    INSTALLED,
    UNITS,
    concord_here,
    environment_file,
    one,
    read_unit,
    values,
)
from tests.live_server import ROOT

README = ROOT / "README.md"
DEPLOY = ROOT / "deploy"
NGINX_SITE = DEPLOY / "nginx" / "concord.conf"

# Every program the section's commands run, and the Debian package it comes with.
COMMANDS = {
    "apt-get": "apt",
    "useradd": "passwd",
    "su": "util-linux",
    "mkdir": "coreutils",
    "chown": "coreutils",
    "chmod": "coreutils",
    "cp": "coreutils",
    "ln": "coreutils",
    "rm": "coreutils",
    "sleep": "coreutils",
    "systemctl": "systemd",
    "journalctl": "systemd",
    "git": "git",
    "python3": "python3",
    "npm": "npm",
    "createuser": "postgresql",  # postgresql-client-common, which postgresql brings
    "createdb": "postgresql",
    "nginx": "nginx-light",
    "curl": "curl",
    "jq": "jq",
}
# On every Debian 12 server (priority required or important): not in step 1's list.
DEBIAN = {"apt", "passwd", "util-linux", "coreutils", "systemd"}
# Made by the steps themselves (step 2): the checkout's tools.
MADE_HERE = {".tools/bin/pip", ".tools/bin/uv", ".venv/bin/concord"}
SHELL_WORDS = {"for", "do", "done", "until", "while", "if", "then", "fi", "set", "cd", ".", "hash"}


def section() -> str:
    text = README.read_text()
    start = text.index("\n## Deployment\n")
    end = text.index("\n## ", start + 1)
    return text[start:end]


def code_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL)


def code_spans(text: str) -> list[str]:
    """Inline code, across line breaks (a long command wraps in the README)."""
    prose = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    return [" ".join(span.split()) for span in re.findall(r"`([^`]+)`", prose)]


OPERATORS = {";", "&&", "||", "|", "&", "(", ")"}
REDIRECTIONS = {">", ">>", "<", "2>", "&>"}


def commands_in(script: str) -> list[list[str]]:
    """Each simple command of a shell text, as words: lists, pipes and loops taken apart,
    redirections dropped, and what `su USER -c "…"` runs taken as commands too."""
    found: list[list[str]] = []
    for line in script.splitlines():
        lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
        lexer.whitespace_split = True
        lexer.commenters = "#"
        current: list[str] = []
        tokens = list(lexer)
        for index, token in enumerate([*tokens, ";"]):
            if token in REDIRECTIONS or (index and tokens[index - 1] in REDIRECTIONS):
                continue
            if token not in OPERATORS:
                current.append(token)
                continue
            while current and (current[0] in SHELL_WORDS or re.match(r"^\w+=", current[0])):
                if current[0] in ("for", "set", "cd", "hash", "."):
                    current = []  # `for NAME in WORDS`, `. FILE`, the shell's own settings
                    break
                current = current[1:]
            if current:
                found.append(current)
                if current[0] == "su" and "-c" in current:
                    found += commands_in(current[current.index("-c") + 1])
            current = []
    return found


def all_commands() -> list[list[str]]:
    text = section()
    found = [words for block in code_blocks(text) for words in commands_in(block)]
    for span in code_spans(text):
        first = span.split()[0]
        if first in COMMANDS or first in MADE_HERE or span.startswith("set -a"):
            found += commands_in(span)
    return found


def step_one_packages() -> set[str]:
    text = section()
    step = text[text.index("1. **Packages.**") : text.index("2. **")]
    packages: set[str] = set()
    for span in code_spans(step):
        words = span.split()
        if words[:2] == ["apt-get", "install"]:
            packages |= set(words[2:])
        elif all(re.fullmatch(r"[a-z0-9.+-]+", w) for w in words) and "install" not in words:
            packages |= set(words)  # the optional ones: `libreoffice-writer fonts-dejavu-core`
    return packages


def test_the_section_is_found_and_has_commands() -> None:
    commands = all_commands()
    assert len(commands) > 20, commands
    assert ["systemctl", "restart", "concord@$port"] in commands


def test_every_file_it_names_exists_and_every_file_of_deploy_is_named() -> None:
    text = section()
    named = set(re.findall(r"(?<![\w/])deploy/[\w./@*-]*[\w*]", text))
    for name in named:
        matches = list(ROOT.glob(name)) if "*" in name else [ROOT / name]
        assert matches and all(m.exists() for m in matches), f"README names {name}: missing"
    files = {p.relative_to(ROOT).as_posix() for p in DEPLOY.rglob("*") if p.is_file()}
    covered = {
        p.relative_to(ROOT).as_posix() for name in named for p in ROOT.glob(name) if p.is_file()
    }
    assert files - covered == set(), "deploy/ files the README does not explain"


def test_every_program_comes_with_a_package_step_one_installs() -> None:
    listed = step_one_packages()
    assert {"postgresql", "nginx-light", "python3-venv", "git"} <= listed, listed
    for words in all_commands():
        program = words[0]
        if program in MADE_HERE:
            continue
        assert program in COMMANDS, f"README runs {program!r}: which package brings it?"
        package = COMMANDS[program]
        assert package in listed | DEBIAN, f"{program} comes with {package}, not in step 1"


def test_every_concord_command_exists() -> None:
    """`concord …` as the README runs it: each subcommand answers --help."""
    runs = [w for w in all_commands() if w[0] == ".venv/bin/concord"]
    runs += [["concord", *span.split()[1:]] for span in code_spans(section())
             if span.startswith("concord ")]  # fmt: skip
    assert runs, "no concord command in the section"
    checked = set()
    for words in runs:
        path = [w for w in words[1:3] if re.fullmatch(r"[a-z][a-z-]*", w)]
        for depth in range(len(path), 0, -1):
            result = subprocess.run(
                [concord_here(), *path[:depth], "--help"],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            if result.returncode == 0:
                checked.add(" ".join(path[:depth]))
                break
        else:
            pytest.fail(f"README runs `{' '.join(words)}`: no such concord command")
    assert {"audit new-key", "check", "serve"} <= checked, checked


def test_every_npm_script_and_unit_it_runs_exists() -> None:
    scripts = json.loads((ROOT / "frontend" / "package.json").read_text())["scripts"]
    units = {p.name for p in UNITS.iterdir()}
    for words in all_commands():
        if words[0] == "npm" and "run" in words:
            assert words[-1] in scripts, f"npm run {words[-1]}: no such script"
        if words[0] == "systemctl" and words[1] in ("start", "restart", "enable", "stop"):
            for unit in words[2:]:
                if unit.startswith("-") or unit == "nginx":
                    continue
                name = re.sub(r"@[^.]*", "@", unit)
                name = name if "." in name else f"{name}.service"
                assert name in units, f"systemctl {words[1]} {unit}: no unit {name} in deploy/"


def test_ports_and_paths_match_the_units_and_nginx() -> None:
    text = section()
    site = NGINX_SITE.read_text()
    target = " ".join(values(read_unit(UNITS / "concord.target"), "Unit", "Wants")).split()
    ports = [w.removeprefix("concord@").removesuffix(".service") for w in target]
    assert re.findall(r"server 127\.0\.0\.1:(\d+)", site) == ports
    loop = re.search(r"for port in ([\d ]+); do", text)
    assert loop and loop.group(1).split() == ports, "the rolling restart's ports"
    app_unit = read_unit(UNITS / "concord@.service")
    env_file = one(app_unit, "Service", "EnvironmentFile")
    assert f"Copy `deploy/concord.env.example` to `{env_file}`" in text
    assert f". {env_file};" in text  # step 4's check reads the same file
    assert one(app_unit, "Service", "WorkingDirectory") == INSTALLED
    assert f"git clone <your copy of Concord> {INSTALLED}" in text
    for path in re.findall(r"ssl_certificate(?:_key)? (\S+);", site):
        assert Path(path).name in text and str(Path(path).parent) in text, path
    assert "/etc/nginx/sites-available/concord" in text
    drain = environment_file(ENV_EXAMPLE)["CONCORD_DRAIN_SECONDS"]
    assert f"CONCORD_DRAIN_SECONDS={drain}" in text


def test_the_environment_file_reads_the_same_to_the_shell_and_to_systemd(tmp_path: Path) -> None:
    """Step 4 sources it with sh (`set -a; . file`); the units read it as systemd does. Its
    optional lines too, once uncommented."""
    sh = shutil.which("sh") or "/bin/sh"
    uncommented = re.sub(r"^# (CONCORD_\w+=)", r"\1", ENV_EXAMPLE.read_text(), flags=re.MULTILINE)
    for name, text in (("as given", ENV_EXAMPLE.read_text()), ("uncommented", uncommented)):
        path = tmp_path / "concord.env"
        path.write_text(text)
        shell = subprocess.run(
            [sh, "-c", f'set -a; . "{path}"; set +a; env -0'],
            capture_output=True,
            env={"PATH": "/usr/bin:/bin"},
            check=True,
        )
        seen = dict(item.split("=", 1) for item in shell.stdout.decode().split("\0") if "=" in item)
        systemd = environment_file(path)
        assert {k: seen.get(k) for k in systemd} == systemd, name
    assert "CONCORD_MAIL_FROM" in environment_file(tmp_path / "concord.env")
