"""The runner of LibreOffice's bridge scripts gives a crashed script one more run, and only one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.office import run_uno

CRASHES_ONCE = """
import os, signal, sys
mark = sys.argv[1]
if not os.path.exists(mark):
    open(mark, "w").close()
    os.kill(os.getpid(), signal.SIGSEGV)
print("done")
"""


def test_a_script_that_crashed_once_is_run_again(tmp_path: Path) -> None:
    script = tmp_path / "once.py"
    script.write_text(CRASHES_ONCE, encoding="utf-8")
    assert run_uno(script, str(tmp_path / "mark")).stdout.strip() == "done"


@pytest.mark.parametrize(
    "body",
    [
        "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n",
        "raise SystemExit('not found: the words')\n",
    ],
)
def test_a_script_that_crashes_twice_or_fails_fails_the_test(tmp_path: Path, body: str) -> None:
    script = tmp_path / "fails.py"
    script.write_text(body, encoding="utf-8")
    with pytest.raises(AssertionError):
        run_uno(script)
