"""Running the scripts that drive LibreOffice through its Python bridge (Debian's python3, which
has `uno`), against the office the `office` fixture keeps listening."""

from __future__ import annotations

import subprocess
from pathlib import Path

PYTHON = "/usr/bin/python3"


def run_uno(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `script` with `args`; it must succeed.

    A script killed by a signal is run once more: the bridge's client crashed once in a CI run
    (SIGSEGV, nothing printed; not reproduced in 155 runs by hand, under load too), which says
    nothing about the file Concord wrote. A script that fails by itself, or crashes twice, fails
    the test. `-X faulthandler` prints where a crash happened."""
    command = [PYTHON, "-X", "faulthandler", str(script), *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    if result.returncode < 0:
        crashed = result
        result = subprocess.run(command, capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, (
            f"crashed (signal {-crashed.returncode}): {crashed.stderr}\n"
            f"then exited {result.returncode}: {result.stdout}{result.stderr}"
        )
    assert result.returncode == 0, result.stdout + result.stderr
    return result
