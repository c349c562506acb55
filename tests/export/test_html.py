"""The HTML writer: standalone, safe, right-to-left where it should be."""

from __future__ import annotations

import re
from dataclasses import replace

from concord.export.content import ParagraphStatus, Position, Statement, Step
from concord.export.html import language, to_html
from tests.export.support import AT, document, para

HOSTILE = (
    "<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)> "
    '"quoted" & </section><a href="http://evil.example">'
)


def test_page_is_standalone_with_charset_and_a_strict_csp() -> None:
    page = to_html(document(para(1, 1, "Text.")))
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None and "default-src 'none'" in csp.group(1)
    assert "script-src" not in csp.group(1)
    assert "<script" not in page and "http://" not in page and "https://" not in page


def test_hostile_text_is_escaped_everywhere() -> None:
    statement = Statement(f"Kingdom <b>{HOSTILE}</b>", "reservation", HOSTILE)
    doc = document(
        para(1, 1, HOSTILE, statements=(statement,)),
        title=HOSTILE,
        place=HOSTILE,
        variant="bracketed",
        parties=(HOSTILE,),
    )
    page = to_html(doc)
    assert "<script>" not in page and "<img" not in page and "</b>" not in page
    assert "javascript:" not in page.replace("javascript:alert(1))", "")  # only as escaped text
    assert 'href="javascript' not in page
    assert "onerror=alert(1)>" not in page
    assert page.count("<section") == page.count("</section>")


def test_hostile_redline_is_escaped_too() -> None:
    section = para(1, 1, HOSTILE, old_text="Safe.", steps=(Step(HOSTILE, f"<i>{HOSTILE}</i>", AT),))
    page = to_html(document(section, variant="redline", compare_label="Rev.1"))
    assert "<script>" not in page and "<img" not in page and "<i>" not in page
    assert "<ins title=" in page and 'href="javascript' not in page


def test_each_paragraph_has_its_direction_and_language() -> None:
    page = to_html(
        document(
            para(1, 1, "نحن نؤكد أن السلام العادل."),
            para(2, 2, "אנו מאשרים כי שלום צודק."),
            para(3, 3, "We affirm that peace."),
        )
    )
    assert '<section class="para" id="s1" dir="rtl" lang="ar">' in page
    assert '<section class="para" id="s2" dir="rtl" lang="he">' in page
    assert '<section class="para" id="s3" dir="ltr">' in page
    assert language("abc") is None


def test_footnote_anchors_are_unique_across_sections() -> None:
    page = to_html(document(para(1, 1, "A.[^1]\n\n[^1]: One."), para(2, 2, "B.[^1]\n\n[^1]: Two.")))
    ids = re.findall(r'id="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    assert 'href="#s1-fn1"' in page and 'href="#s2-fn1"' in page


def test_bracketed_statuses_statements_and_annex() -> None:
    section = para(
        1,
        1,
        "We [shall] act.",
        status=ParagraphStatus.pending,
        statements=(Statement("France", "reservation", "Our reading."),),
        positions=(Position("ad_referendum", True),),
    )
    page = to_html(document(section, variant="bracketed", parties=("France",)))
    assert '<span class="status pending">pending</span>' in page
    assert '<span class="bracket">[shall]</span>' in page
    assert "<strong>France</strong> (reservation): Our reading." in page
    assert "<td>ad referendum</td>" in page


def _marks(page: str) -> str:
    """The page with the change marks' titles left out."""
    return re.sub(r'<(ins|del) title="[^"]*">', r"<\1>", page)


def test_redline_marks_insertions_and_deletions() -> None:
    changed = para(1, 1, "We act now.", old_text="We act later.", steps=(Step("x", "France", AT),))
    removed = replace(para(2, None, "Gone."), old_text="Gone.", removed=Step("Gone.", "Egypt", AT))
    page = to_html(document(changed, removed, variant="redline", compare_label="Rev.1"))
    assert "<del>later</del><ins>now</ins>" in _marks(page)
    assert '<p class="removed"><del>Gone.</del></p>' in _marks(page)
    assert "Removed by Egypt" in page


def test_redline_numbers_and_formatting_changes_are_marked() -> None:
    """The removed paragraph's number is struck, a renumbering shows both numbers, and a
    word that only changed its emphasis is marked as restyled."""
    removed = replace(
        para(1, None, "Gone."), old_text="Gone.", old_number=1, removed=Step("", "Egypt", AT)
    )
    text = "We *shall* act."
    moved = para(
        2, 1, text, old_text="We **shall** act.", old_number=2, steps=(Step(text, "Japan", AT),)
    )
    page = to_html(document(removed, moved, variant="redline", compare_label="Rev.1"))
    assert '<span class="num"><del>1.</del></span>' in page
    assert '<span class="num"><del>2.</del> <ins>1.</ins></span>' in page
    assert (
        '<span class="restyled" title="Formatting changed: Japan, 2026-12-01"><em>shall</em>'
        in page
    )


def test_redline_shows_the_rendered_text_with_its_footnotes_not_markdown_source() -> None:
    old = "We **shall** act.[^1]\n\n[^1]: Old *note*.\n\n- first;\n- second."
    new = "We *shall* act [now](https://un.org).[^1]\n\n[^1]: New note.\n\n- first;\n- third."
    section = para(1, 1, new, old_text=old, steps=(Step(new, "France", AT),))
    page = to_html(document(section, variant="redline", compare_label="Rev.1"))
    body = _marks(page[page.index("<main>") :])
    assert "**" not in body and "[^" not in body and "](" not in body
    assert "<em>shall</em>" in body
    assert '<ins><a href="https://un.org" rel="noreferrer">now</a></ins>' in body
    # The changed footnote: the old reference and definition deleted, the new ones inserted.
    assert (
        '<del><sup class="footnote-ref"><a href="#s1-fn1" id="s1-fn1-ref">[1]</a></sup></del>'
        in body
    )
    assert '<li id="s1-fn1" class="footnote-item"><del>Old <em>note</em>.</del>' in body
    assert '<li id="s1-fn2" class="footnote-item"><ins>New note.</ins>' in body
    assert "<ul><li>first;</li><li><del>second</del><ins>third</ins>.</li></ul>" in body
    assert '<ins title="France, 2026-12-01">' in page
    ids = re.findall(r'id="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_the_title_block_says_what_the_text_is() -> None:
    """ "Draft" while drafted, the revision and its date once circulated, the manifest hash once
    adopted: never "not for circulation" on a circulated text."""
    drafted = to_html(document(para(1, 1, "Text.")))
    assert '<p class="draft">Draft</p>' in drafted
    circulated = to_html(document(para(1, 1, "Text."), status="circulated"))
    assert '<p class="standing">Rev.2 — circulated 1 December 2026</p>' in circulated
    assert "Draft" not in circulated and "not for circulation" not in circulated
    adopted = to_html(document(para(1, 1, "Text."), status="adopted", adopted_hash="cd" * 32))
    assert f'<p class="adopted">Adopted text. Manifest hash: {"cd" * 32}</p>' in adopted


def test_redline_shows_a_moved_paragraph_at_both_places() -> None:
    """Struck through where it stood, with where it went; at its new place, its changes and
    where it came from; element ids stay unique."""
    by = Step("", "Japan", AT)
    away = para(2, 3, "We act.[^1]\n\n[^1]: A note.", old_text="We act.[^1]\n\n[^1]: A note.")
    away = replace(away, old_number=1, moved="from", move=by)
    stays = para(3, 1, "Stays.", old_text="Stays.", old_number=2)
    text = "We act now.[^1]\n\n[^1]: A note."
    came = para(2, 3, text, old_text=away.old_text, old_number=1, steps=(Step(text, "France", AT),))
    came = replace(came, moved="to", move=by)
    page = to_html(document(away, stays, came, variant="redline", compare_label="Rev.1"))
    marks = _marks(page)
    assert '<section class="para moved-from" id="s2-from" dir="ltr">' in page
    assert '<span class="num"><del>1.</del></span>' in page
    assert '<p class="removed"><del>We act.</del>' in marks and "Moved to para. 3 by Japan" in page
    assert '<section class="para moved-to" id="s2" dir="ltr">' in page
    assert "We act<ins> now</ins>." in marks and "Moved from para. 1 by Japan" in page
    assert page.index("moved-from") < page.index("Stays.") < page.index('"para moved-to"')
    ids = re.findall(r'id="([^"]+)"', page)
    assert len(ids) == len(set(ids))
