"""The languages a text may be published in: ISO 639-1 codes, names and writing direction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from concord.core.errors import Invalid

Direction = Literal["ltr", "rtl"]


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in English
    native: str  # in the language itself
    direction: Direction


# The UN's six official languages, the consortium's Hebrew, and the other EU languages its
# members publish in. Right-to-left: Arabic, Hebrew, Persian, Urdu.
LANGUAGES: dict[str, Language] = {
    language.code: language
    for language in (
        Language("ar", "Arabic", "العربية", "rtl"),
        Language("de", "German", "Deutsch", "ltr"),
        Language("en", "English", "English", "ltr"),
        Language("es", "Spanish", "Español", "ltr"),
        Language("fa", "Persian", "فارسی", "rtl"),
        Language("fr", "French", "Français", "ltr"),
        Language("he", "Hebrew", "עברית", "rtl"),
        Language("it", "Italian", "Italiano", "ltr"),
        Language("ja", "Japanese", "日本語", "ltr"),
        Language("ru", "Russian", "Русский", "ltr"),
        Language("ur", "Urdu", "اردو", "rtl"),
        Language("zh", "Chinese", "中文", "ltr"),
    )
}


class UnknownLanguage(Invalid):
    code = "unknown_language"


def language(code: str) -> Language:
    """The language of an ISO 639-1 code, or a 422 naming the ones Concord knows."""
    found = LANGUAGES.get(code)
    if found is None:
        raise UnknownLanguage(
            f"Unknown language {code[:20]!r}.",
            details={"language": code[:20], "known": sorted(LANGUAGES)},
        )
    return found
