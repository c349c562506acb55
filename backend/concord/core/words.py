"""The server's refusals in the reader's language: French, Arabic or Hebrew by Accept-Language.

The words are the web app's own (frontend/src/i18n/{fr,ar,he}.ts `errorWords`, exported to
error_words.json by `npm run generate:words` and checked by its test), so a refusal reads the same
in the API and on screen. A plain catalogue rather than gettext/Babel: the messages are a flat
code → sentence map that already exists, typed and checked, in the frontend; .po files would be a
second copy to keep in step. Codes never change; English stays the server's own sentence.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

LANGUAGES = ("fr", "ar", "he")
_CATALOGUE = Path(__file__).with_name("error_words.json")


@cache
def catalogue() -> dict[str, dict[str, str]]:
    loaded: dict[str, dict[str, str]] = json.loads(_CATALOGUE.read_text(encoding="utf-8"))
    return loaded


def negotiate(accept_language: str | None) -> str | None:
    """The reader's first language among fr, ar, he; None for English or anything else first."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        base = tag.strip().lower().split("-")[0]
        if base == "iw":
            base = "he"
        if base and quality > 0:
            ranked.append((-quality, index, base))
    for _, _, base in sorted(ranked):
        if base in LANGUAGES:
            return base
        if base in ("en", "*"):
            return None
    return None


def translate(code: str, message: str, language: str | None) -> str:
    """The code's words in the language, else the server's English sentence."""
    if language is None:
        return message
    return catalogue().get(language, {}).get(code, message)
