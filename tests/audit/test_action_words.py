"""The audit screen says every action and every filter kind in words, in each language of the
web app (frontend/src/i18n/*.ts): a new action without them would show its bare code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from concord.audit.actions import Action, ActionKind

I18N = Path(__file__).resolve().parents[2] / "frontend" / "src" / "i18n"
LANGUAGES = ("en", "fr", "ar", "he")


def block(language: str, opening: str) -> str:
    """The object literal that opens with `opening` in the language's messages."""
    text = (I18N / f"{language}.ts").read_text(encoding="utf-8")
    start = text.index(opening)
    return text[start : text.index("}", start)]


def keys(language: str, opening: str) -> set[str]:
    return set(re.findall(r'^\s+"?([a-z_.]+)"?:', block(language, opening), re.MULTILINE))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_audit_action_has_words(language: str) -> None:
    worded = keys(language, "    actions: {\n")
    assert sorted({a.value for a in Action} - worded) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_audit_filter_kind_has_words(language: str) -> None:
    worded = keys(language, "auditKinds: {")
    assert sorted({k.value for k in ActionKind} - worded) == []
