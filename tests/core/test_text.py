"""Text hygiene: what every text field goes through before it is stored."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from concord.core.errors import Invalid, TooLarge
from concord.core.text import check_text, content_hash, direction, has_astral, normalize


def refusal(text: str) -> dict[str, object]:
    with pytest.raises(Invalid) as caught:
        check_text(text, field="body")
    assert caught.value.code == "invalid_text"
    assert caught.value.status == 422
    return caught.value.details


def test_normalize_composes_to_nfc() -> None:
    assert normalize("e\u0301") == "\u00e9"


def test_normalize_turns_crlf_and_cr_into_newlines() -> None:
    assert normalize("a\r\nb\rc\n") == "a\nb\nc\n"


def test_check_text_returns_normalised_text() -> None:
    assert check_text("caf\u0065\u0301\r\n", field="title") == "caf\u00e9\n"


def test_tab_newline_and_carriage_return_are_accepted() -> None:
    assert check_text("a\tb\nc\rd", field="body") == "a\tb\nc\nd"


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x08", "\x0b", "\x0c", "\x0e", "\x1b", "\x1f"])
def test_xml_invalid_control_character_is_refused_with_position(char: str) -> None:
    details = refusal(f"ab{char}cd")
    assert details == {
        "field": "body",
        "position": 2,
        "codepoint": f"U+{ord(char):04X}",
        "reason": "control_character",
    }


def test_lone_surrogate_is_refused() -> None:
    details = refusal("x\udc80y")
    assert details["reason"] == "lone_surrogate"
    assert details["codepoint"] == "U+DC80"


@pytest.mark.parametrize(
    "char", ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff"]
)
def test_noncharacter_is_refused(char: str) -> None:
    assert refusal(f"a{char}")["reason"] == "noncharacter"


@pytest.mark.parametrize("char", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e"])
def test_bidi_embedding_and_override_are_refused(char: str) -> None:
    details = refusal(f"if admin {char}and{char} x")
    assert details["reason"] == "bidi_override"
    assert details["position"] == 9


def test_position_is_an_index_in_the_submitted_string_before_normalisation() -> None:
    # CRLF and a decomposed accent come first: normalising would shift the index.
    assert refusal("e\u0301\r\n\x00")["position"] == 4


def test_balanced_bidi_isolates_are_accepted() -> None:
    text = (
        "Le nom \u2067\u05e9\u05dc\u05d5\u05dd\u2069 et \u2066abc\u2069 \u2068x\u2066y\u2069\u2069"
    )
    assert check_text(text, field="body") == text


def test_unclosed_isolate_is_refused_at_the_opener() -> None:
    details = refusal("ok \u2067\u05d0 then more")
    assert details["reason"] == "unclosed_isolate"
    assert details["position"] == 3


def test_isolate_closed_only_in_the_next_paragraph_is_refused() -> None:
    assert refusal("a \u2066b\nc\u2069")["reason"] == "unclosed_isolate"


def test_closing_isolate_without_opener_is_refused() -> None:
    details = refusal("abc\u2069")
    assert details["reason"] == "unmatched_isolate_close"
    assert details["position"] == 3


def test_directional_marks_are_accepted() -> None:
    text = "\u200fمرحبا\u200e abc \u061c"
    assert check_text(text, field="body") == text


def test_text_over_the_byte_limit_is_too_large() -> None:
    with pytest.raises(TooLarge) as caught:
        check_text("שלום", field="body", max_bytes=7)  # 8 bytes in UTF-8
    assert caught.value.code == "text_too_large"
    assert caught.value.status == 413
    assert caught.value.details == {"field": "body", "limit": 7, "size": 8}


def test_byte_limit_counts_the_normalised_text() -> None:
    assert check_text("e\u0301\r\n", field="body", max_bytes=3) == "\u00e9\n"


def test_content_hash_is_equal_for_canonically_equal_texts() -> None:
    assert content_hash("caf\u00e9\n") == content_hash("cafe\u0301\r\n")


def test_content_hash_is_sha256_hex() -> None:
    assert content_hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_content_hash_differs_when_a_word_differs() -> None:
    assert content_hash("shall") != content_hash("should")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parties agree", "ltr"),
        ("تلتزم الأطراف", "rtl"),
        ("הצדדים מסכימים", "rtl"),
        ("1. **تلتزم** الأطراف G7", "rtl"),
        ("## 12 - G7 والدول", "ltr"),
        ("", "ltr"),
        ("123 !?", "ltr"),
        ("[^1] [السلام](https://example.org) نص", "rtl"),
        ("<https://example.org> שלום", "rtl"),
        ("\u2066G7\u2069 تلتزم", "rtl"),
    ],
)
def test_direction_follows_first_strong_character(text: str, expected: str) -> None:
    assert direction(text) == expected


@given(st.text())
def test_check_text_either_refuses_or_returns_a_fixed_point(text: str) -> None:
    try:
        clean = check_text(text, field="body")
    except Invalid:
        return
    assert normalize(clean) == clean
    clean.encode("utf-8")  # storable and hashable
    assert check_text(clean, field="body") == clean


def test_first_offending_character_is_reported_across_planes() -> None:
    assert refusal("a\U0001fffe b\x00")["position"] == 1
    assert refusal("a\x00 b\U0001fffe")["position"] == 1


def test_has_astral_detects_characters_beyond_the_bmp() -> None:
    assert has_astral("emoji \U0001f600")
    assert not has_astral("שלום السلام")
    assert not has_astral("lone \udc80")
