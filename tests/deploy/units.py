"""deploy/systemd/ and deploy/concord.env.example as systemd reads them, for the tests that run
them: the units' keys, their command lines with the instance filled in, and the environment file
with the test's values in place of each `CHANGE-ME`.

The units name the paths of a server (/opt/concord, /etc/concord); the tests swap those for the
checkout's own, and each swapped path must be found, so that a unit and its test cannot drift
apart unnoticed (as tests/deploy/stack.py does for nginx's file).
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from tests.live_server import ROOT

UNITS = ROOT / "deploy" / "systemd"
ENV_EXAMPLE = ROOT / "deploy" / "concord.env.example"
INSTALLED = "/opt/concord"  # where the README's step 2 puts the checkout
CONCORD = f"{INSTALLED}/.venv/bin/concord"
PLACEHOLDER = "CHANGE-ME"

Unit = dict[str, list[tuple[str, str]]]


def read_unit(path: Path) -> Unit:
    """A unit file's sections, each a list of (key, value) in order (keys may repeat)."""
    sections: Unit = {}
    current: list[tuple[str, str]] | None = None
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        assert not line.endswith("\\"), f"{path.name}:{number}: continued lines are not read here"
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        key, sep, value = line.partition("=")
        assert current is not None and sep, f"{path.name}:{number}: not a key=value line: {raw!r}"
        current.append((key.strip(), value.strip()))
    return sections


def values(unit: Unit, section: str, key: str) -> list[str]:
    return [value for name, value in unit.get(section, []) if name == key]


def one(unit: Unit, section: str, key: str) -> str:
    found = values(unit, section, key)
    assert len(found) == 1, f"[{section}] {key}= is set {len(found)} times"
    return found[0]


def concord_here() -> str:
    """The checkout's own `concord` (the one `uv sync` made, as on the server)."""
    return str(Path(sys.executable).parent / "concord")


def local_copy(text: str) -> str:
    """A unit's text with the server's program path swapped for the checkout's."""
    assert CONCORD in text, f"the unit no longer runs {CONCORD}: update tests/deploy/units.py"
    return text.replace(CONCORD, concord_here())


def command(unit: Unit, instance: str | None = None) -> list[str]:
    """ExecStart= as systemd would run it: the instance (%i) filled in, the program the
    checkout's. Any other specifier fails here rather than reaching the program unexpanded."""
    line = one(unit, "Service", "ExecStart")
    assert not line.startswith(("-", "@", "+", "!", ":")), f"ExecStart prefix not handled: {line}"
    words = shlex.split(line)
    expanded = []
    for word in words:
        if "%i" in word:
            assert instance is not None, f"{line}: an instance is needed"
            word = word.replace("%i", instance)
        assert "%" not in word, f"{line}: a specifier the test does not fill in: {word}"
        expanded.append(word)
    assert expanded[0] == CONCORD, f"ExecStart runs {expanded[0]}, not {CONCORD}"
    return [concord_here(), *expanded[1:]]


def environment_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines as systemd's EnvironmentFile= reads them (comments and blanks skipped,
    one pair of surrounding quotes removed)."""
    found: dict[str, str] = {}
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        key, sep, value = line.partition("=")
        assert sep, f"{path.name}: not KEY=VALUE: {raw!r}"
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        found[key.strip()] = value
    return found


def filled_in(example: dict[str, str], mine: dict[str, str]) -> dict[str, str]:
    """The example's environment with the test's values for exactly the `CHANGE-ME` parts (the
    rest stays as the example has it: production, JSON logs, the proxy, the drain)."""
    to_fill = {key for key, value in example.items() if PLACEHOLDER in value}
    assert to_fill == set(mine), (
        f"deploy/concord.env.example asks to fill in {sorted(to_fill)}; the test fills in "
        f"{sorted(mine)}"
    )
    return example | mine
