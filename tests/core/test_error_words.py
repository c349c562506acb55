"""Every refusal a person can meet in the web app has words (frontend/src/i18n/en.ts errorWords):
a new error code without them would show the server's sentence, or a bare "refused"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BACKEND = ROOT / "backend" / "concord"
I18N = ROOT / "frontend" / "src" / "i18n"
EN = I18N / "en.ts"
LANGUAGES = ("en", "fr", "ar", "he")
# Refusals of the command line (backup, restore, the audit checkpoint): never sent to a browser.
COMMAND_LINE_ONLY = {"archive", "cli.py", "checkpoint.py"}
# `code = "…"` on an error class, or `code="…"` given to one where it is raised.
_CODE = re.compile(r'^\s+code = "([a-z_]+)"|code="([a-z_]+)"', re.MULTILINE)


def server_codes() -> set[str]:
    found: set[str] = set()
    for path in BACKEND.rglob("*.py"):
        if COMMAND_LINE_ONLY & set(path.relative_to(BACKEND).parts):
            continue
        for declared, raised in _CODE.findall(path.read_text(encoding="utf-8")):
            found.add(declared or raised)
    return found


def worded_codes(language: str = "en") -> set[str]:
    text = (I18N / f"{language}.ts").read_text(encoding="utf-8")
    block = text[text.index("export const errorWords") :]
    block = block[: block.index("\n};")]
    return set(re.findall(r"^  ([a-z_]+):", block, re.MULTILINE))


def test_the_scan_finds_the_codes_it_must() -> None:
    codes = server_codes()
    assert {"adoption_blocked", "document_empty", "stale_version", "oidc_refused"} <= codes
    assert not {"archive_invalid", "checkpoint_invalid"} & codes


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_server_error_code_has_words_in_the_web_app(language: str) -> None:
    assert sorted(server_codes() - worded_codes(language)) == []
