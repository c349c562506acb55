"""Re-anchoring a quoted span in later versions: kept, moved, partly edited, deleted."""

from __future__ import annotations

import pytest

from concord.deliberation.anchors import (
    Anchor,
    AnchorAmbiguous,
    AnchorNotFound,
    AnchorStatus,
    Located,
    capture,
    map_offset,
    relocate,
)
from concord.drafting.diff import word_diff

TEXT = "We welcome the consortium. States shall promote peaceful dialogue between communities."
QUOTE = "promote peaceful dialogue between communities"
FILLER = " ".join(f"Clause {n} stays exactly as it was agreed." for n in range(8))


def follow(old: str, quote: str, new: str) -> tuple[Located, str]:
    anchor = capture(old, quote)
    found = relocate(anchor, new, map_offset(word_diff(old, new), anchor.start))
    return found, new[found.start : found.end]


def test_capture_stores_offset_and_context_from_the_text() -> None:
    anchor = capture(TEXT, QUOTE)
    assert anchor.start == TEXT.index(QUOTE)
    assert TEXT.endswith(anchor.suffix)
    assert anchor.prefix == TEXT[: anchor.start][-32:]


def test_capture_refuses_a_quote_not_in_the_text() -> None:
    with pytest.raises(AnchorNotFound):
        capture(TEXT, "promote lasting peace")


def test_capture_refuses_context_that_does_not_surround_the_quote() -> None:
    with pytest.raises(AnchorNotFound):
        capture(TEXT, "promote", prefix="must ")


def test_capture_uses_context_to_choose_between_occurrences() -> None:
    text = "the parties and the observers"
    with pytest.raises(AnchorAmbiguous):
        capture(text, "the")
    assert capture(text, "the", prefix="and ").start == text.rindex("the")


def test_empty_quote_anchors_the_whole_section() -> None:
    anchor = capture(TEXT, "")
    assert anchor.whole_section
    assert relocate(anchor, "Entirely new text.") == Located(0, 18, AnchorStatus.exact)


def test_span_kept_in_the_same_version_is_exact() -> None:
    found, span = follow(TEXT, QUOTE, TEXT)
    assert (found.status, span) == (AnchorStatus.exact, QUOTE)


def test_span_kept_after_edits_elsewhere_is_exact_at_its_new_offset() -> None:
    new = "Today " + TEXT.replace("welcome", "warmly welcome")
    found, span = follow(TEXT, QUOTE, new)
    assert (found.status, span) == (AnchorStatus.exact, QUOTE)
    assert found.start == new.index(QUOTE)


def test_span_moved_elsewhere_is_found_verbatim_and_marked_moved() -> None:
    old = f"States shall promote peaceful dialogue. {FILLER}"
    new = f"{FILLER} States shall promote peaceful dialogue."
    found, span = follow(old, "promote peaceful dialogue", new)
    assert (found.status, span) == (AnchorStatus.moved, "promote peaceful dialogue")


def test_moved_span_prefers_the_occurrence_with_its_context() -> None:
    old = f"Parties shall meet. Delegations shall meet again later. {FILLER}"
    new = f"{FILLER} Delegations shall meet again later. Parties shall meet."
    anchor = capture(old, "shall meet", prefix="Parties ")
    found = relocate(anchor, new, map_offset(word_diff(old, new), anchor.start))
    assert found.status == AnchorStatus.moved
    assert found.start == new.index("Parties shall meet") + len("Parties ")


def test_partly_edited_span_is_found_fuzzily() -> None:
    new = TEXT.replace("peaceful dialogue between", "peaceful and inclusive dialogue among")
    found, span = follow(TEXT, QUOTE, new)
    assert found.status == AnchorStatus.fuzzy
    assert span == "promote peaceful and inclusive dialogue among communities"


def test_one_word_replaced_within_a_long_span_is_fuzzy() -> None:
    new = TEXT.replace("between", "amongst")
    found, span = follow(TEXT, QUOTE, new)
    assert (found.status, span) == (
        AnchorStatus.fuzzy,
        "promote peaceful dialogue amongst communities",
    )


def test_deleted_span_is_orphaned_at_its_old_place() -> None:
    new = "We welcome the consortium."
    found, span = follow(TEXT, QUOTE, new)
    assert found.status == AnchorStatus.orphaned
    assert span == ""
    assert found.start == found.end <= len(new)


def test_span_replaced_by_unrelated_words_is_orphaned() -> None:
    new = "We welcome the consortium. States shall ensure security for all."
    found, _ = follow(TEXT, QUOTE, new)
    assert found.status == AnchorStatus.orphaned


def test_arabic_span_kept_moved_edited_and_deleted() -> None:
    old = "نرحب بالاتحاد. تعزز الدول الحوار السلمي بين المجتمعات. المجتمع المدني يقود."
    quote = "الحوار السلمي بين المجتمعات"
    kept, span = follow(old, quote, "اليوم " + old)
    assert (kept.status, span) == (AnchorStatus.exact, quote)
    edited, span = follow(old, quote, old.replace("السلمي بين", "السلمي والشامل بين"))
    assert (edited.status, span) == (AnchorStatus.fuzzy, "الحوار السلمي والشامل بين المجتمعات")
    deleted, _ = follow(old, quote, "نرحب بالاتحاد. المجتمع المدني يقود.")
    assert deleted.status == AnchorStatus.orphaned


def test_arabic_with_harakat_keeps_marks_inside_the_span() -> None:
    old = "إِنَّ السَّلامَ مَسْؤُولِيَّةٌ مُشْتَرَكَةٌ بَيْنَ الشُّعُوبِ."
    quote = "مَسْؤُولِيَّةٌ مُشْتَرَكَةٌ"
    found, span = follow(old, quote, "نحن نؤمن: " + old)
    assert (found.status, span) == (AnchorStatus.exact, quote)


def test_hebrew_span_kept_and_partly_edited() -> None:
    old = "אנו מברכים את הקונסורציום. המדינות יקדמו דיאלוג בין הקהילות."
    quote = "יקדמו דיאלוג בין הקהילות"
    kept, span = follow(old, quote, old.replace("אנו מברכים", "אנו מברכים בחום"))
    assert (kept.status, span) == (AnchorStatus.exact, quote)
    edited, span = follow(old, quote, old.replace("דיאלוג בין", "דיאלוג פתוח בין"))
    assert (edited.status, span) == (AnchorStatus.fuzzy, "יקדמו דיאלוג פתוח בין הקהילות")


def test_long_quote_beyond_the_bitap_width_is_followed_through_an_edit() -> None:
    old = f"Preamble. {FILLER} End."
    quote = FILLER[20:200]
    new = old.replace("Clause 3 stays", "Clause 3 now stays")
    found, span = follow(old, quote, new)
    assert found.status == AnchorStatus.fuzzy
    assert span.startswith(quote[:20]) and span.endswith(quote[-20:])


def test_without_an_expected_place_the_old_offset_is_used() -> None:
    anchor = Anchor(quote="dialogue", prefix="peaceful ", suffix=" between", start=55)
    assert relocate(anchor, TEXT).status == AnchorStatus.exact


def test_map_offset_follows_insertions_and_deletions() -> None:
    diff = [(0, "a "), (1, "x "), (0, "b "), (-1, "c "), (0, "d")]  # "a b c d" -> "a x b d"
    assert map_offset(diff, 2) == 4  # "b" comes after the inserted "x "
    assert map_offset(diff, 4) == 6  # inside the deleted "c ": where the deletion was
    assert map_offset(diff, 6) == 6  # "d"
    assert map_offset(diff, 7) == 7  # the end
