"""What an export holds: numbers, statuses, statements, masking, revisions, adoption, queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlmodel import Session

from concord.consensus import approvals as consensus
from concord.consensus import lifecycle
from concord.consensus.models import Decision
from concord.consensus.schemas import PositionSet
from concord.core.config import get_settings
from concord.core.errors import ConcordError
from concord.drafting import revisions
from concord.drafting import service as drafting
from concord.export.content import ExportDocument, ParagraphStatus
from concord.export.service import CURRENT_TEXT, ExportRequest, build_export
from concord.identity.access import viewer_for
from concord.identity.schemas import UNDISCLOSED
from tests import factories
from tests.export.support import HIDDEN, ExportWorld


def export(session: Session, world: ExportWorld, who: str, **options: Any) -> ExportDocument:
    viewer = world.viewer(session, who)
    return build_export(session, viewer, world.document, ExportRequest(**options))


def by_id(doc: ExportDocument) -> dict[int | None, Any]:
    return {s.section_id: s for s in doc.sections}


def test_paragraphs_are_numbered_and_headings_are_not(session: Session, world: ExportWorld) -> None:
    doc = export(session, world, "chair")
    assert [(s.kind, s.number) for s in doc.sections] == [
        ("heading", None),
        ("paragraph", 1),
        ("paragraph", 2),
        ("paragraph", 3),
        ("paragraph", 4),
    ]
    assert doc.sections[0].level == 1
    assert doc.organisation == get_settings().organisation
    assert doc.place == "Amman"


def test_head_unchanged_since_rev2_is_reported_as_rev2(
    session: Session, world: ExportWorld
) -> None:
    assert export(session, world, "chair").revision_label == "Rev.2"
    assert world.first.id is not None
    drafting.save_version(
        session, world.viewer(session, "chair"), world.first.id, "Changed after Rev.2.", 3
    )
    assert export(session, world, "chair").revision_label == CURRENT_TEXT


def test_an_earlier_revision_exports_its_own_text(session: Session, world: ExportWorld) -> None:
    doc = export(session, world, "chair", revision="Rev.1")
    assert doc.revision_label == "Rev.1"
    texts = [s.text for s in doc.sections]
    assert "A paragraph that goes." in texts
    assert texts[1].startswith("We welcome the [consortium]")


def test_bracketed_marks_each_paragraph_status(session: Session, world: ExportWorld) -> None:
    doc = by_id(export(session, world, "secretariat", variant="bracketed"))
    assert doc[world.first.id].status == ParagraphStatus.agreed  # two reservations
    assert doc[world.arabic.id].status == ParagraphStatus.objected
    assert doc[world.hebrew.id].status == ParagraphStatus.agreed
    assert doc[world.added.id].status == ParagraphStatus.pending
    assert doc[world.heading.id].status is None


def test_statements_become_footnotes_naming_the_delegation(
    session: Session, world: ExportWorld
) -> None:
    doc = by_id(export(session, world, "secretariat"))
    statements = doc[world.first.id].statements
    assert {(s.delegation, s.decision) for s in statements} == {
        ("Republic of Alpha", "reservation"),
        (f"Kingdom of {HIDDEN}", "reservation"),
    }
    # An objection's reason is for the negotiating copy only.
    assert doc[world.arabic.id].statements == ()
    bracketed = by_id(export(session, world, "secretariat", variant="bracketed"))
    assert [s.decision for s in bracketed[world.arabic.id].statements] == ["object"]


def test_statements_false_leaves_them_out(session: Session, world: ExportWorld) -> None:
    doc = export(session, world, "secretariat", statements=False)
    assert all(s.statements == () for s in doc.sections)


def test_hidden_party_never_appears_for_a_viewer_not_entitled(
    session: Session, world: ExportWorld
) -> None:
    for variant in ("clean", "bracketed", "redline"):
        doc = export(session, world, "head_a", variant=variant)
        assert HIDDEN not in repr(doc), variant
    bracketed = export(session, world, "head_a", variant="bracketed")
    assert bracketed.parties == ("Republic of Alpha",)
    assert bracketed.party_codes == (world.a.code,)  # the matrix's column heads
    first = by_id(bracketed)[world.first.id]
    assert [s.delegation for s in first.statements] == ["Republic of Alpha"]
    assert len(first.positions) == 1
    # The hidden objection does not show through the status either.
    assert by_id(bracketed)[world.arabic.id].status == ParagraphStatus.agreed


def test_entitled_viewers_see_the_hidden_party(session: Session, world: ExportWorld) -> None:
    for who in ("secretariat", "envoy"):
        doc = export(session, world, who, variant="bracketed")
        assert f"Kingdom of {HIDDEN}" in doc.parties


def test_redline_defaults_to_the_previous_revision(session: Session, world: ExportWorld) -> None:
    doc = export(session, world, "secretariat", variant="redline")
    assert (doc.compare_label, doc.revision_label) == ("Rev.1", "Rev.2")
    sections = by_id(doc)
    first = sections[world.first.id]
    assert first.old_text is not None and first.old_text.startswith("We welcome")
    assert [s.author for s in first.steps] == ["Chair Person", f"Kingdom of {HIDDEN}"]
    assert sections[world.added.id].old_text is None
    assert sections[world.added.id].steps[0].text == "A new paragraph."
    removed = sections[world.removed.id]
    assert removed.removed is not None and removed.number is None
    assert removed.text == "A paragraph that goes."
    # Removed sections stay where they stood: after the Hebrew paragraph.
    order: list[int | None] = [s.section_id for s in doc.sections]
    assert order.index(world.removed.id) == order.index(world.hebrew.id) + 1
    # Each paragraph's number at Rev.1 travels with it, so a renumbering can be tracked.
    assert [(s.number, s.old_number) for s in doc.sections] == [
        (None, None),
        (1, 1),
        (2, 2),
        (3, 3),
        (None, 4),
        (4, None),
    ]


def test_redline_authors_are_masked_for_a_viewer_not_entitled(
    session: Session, world: ExportWorld
) -> None:
    doc = export(session, world, "head_a", variant="redline")
    steps = by_id(doc)[world.first.id].steps
    assert steps[-1].author == UNDISCLOSED


def test_the_secretariat_writes_under_the_organisations_name(
    session: Session, world: ExportWorld
) -> None:
    """One author, not two: the secretariat's edits carry the name its renumberings carry."""
    assert world.hebrew.id is not None
    secretariat = world.viewer(session, "secretariat")
    drafting.save_version(session, secretariat, world.hebrew.id, "Edited by the desk.", 1)
    doc = export(session, world, "chair", variant="redline")
    assert [s.author for s in by_id(doc)[world.hebrew.id].steps] == [doc.organisation]
    assert doc.organisation == get_settings().organisation


def test_redline_of_head_compares_with_the_latest_revision(
    session: Session, world: ExportWorld
) -> None:
    assert world.hebrew.id is not None
    drafting.save_version(session, world.viewer(session, "chair"), world.hebrew.id, "Edited.", 1)
    doc = export(session, world, "chair", variant="redline")
    assert (doc.compare_label, doc.revision_label) == ("Rev.2", CURRENT_TEXT)
    assert by_id(doc)[world.hebrew.id].steps[0].text == "Edited."


@pytest.mark.parametrize(
    ("options", "status", "code"),
    [
        ({"revision": "Rev.9"}, 404, "revision_not_found"),  # no such revision
        ({"revision": "banana"}, 404, "revision_not_found"),  # not a revision label
        ({"variant": "redline", "compare_to": "Rev.7"}, 404, "revision_not_found"),
        # Comparing with a later text is refused: a redline reads forwards.
        (
            {"variant": "redline", "revision": "Rev.1", "compare_to": "Rev.2"},
            422,
            "compare_to_not_earlier",
        ),
        (
            {"variant": "redline", "revision": "Rev.1", "compare_to": "head"},
            422,
            "compare_to_not_earlier",
        ),
        # Rev.1 has nothing before it to compare with.
        ({"variant": "redline", "revision": "Rev.1"}, 409, "no_earlier_revision"),
    ],
)
def test_bad_revisions_are_refused_with_a_code(
    session: Session, world: ExportWorld, options: dict[str, str], status: int, code: str
) -> None:
    with pytest.raises(ConcordError) as refused:
        export(session, world, "chair", **options)
    assert (refused.value.status, refused.value.code) == (status, code)


def test_compare_to_head_of_an_unchanged_text_is_an_empty_redline(
    session: Session, world: ExportWorld
) -> None:
    doc = export(session, world, "chair", variant="redline", compare_to="head")
    assert all(s.steps == () and s.old_text == s.text for s in doc.sections)


def test_adopted_hash_only_on_the_adopted_revision(session: Session) -> None:
    party = factories.make_delegation(session)
    head = factories.make_user(session, delegation=party, head=True)
    chair = factories.make_user(session)
    document = factories.make_document(session, author=chair, sections=1, parties=[party])
    section = factories.sections_of(session, document)[0]
    secretariat = viewer_for(session, factories.make_secretariat(session))
    revisions.create_revision(session, secretariat, document)
    assert section.id is not None
    drafting.save_version(session, viewer_for(session, chair), section.id, "Agreed text.", 1)
    consensus.set_position(
        session,
        viewer_for(session, head),
        section.id,
        PositionSet(version=2, decision=Decision.approve),
    )
    adoption = lifecycle.adopt(session, secretariat, document)
    request = ExportRequest()
    adopted = build_export(session, secretariat, document, request)
    assert adopted.revision_label == "Rev.2"
    assert adopted.adopted_hash == adoption.manifest_hash and not adopted.draft
    earlier = build_export(session, secretariat, document, ExportRequest(revision="Rev.1"))
    assert earlier.adopted_hash is None and earlier.draft


@contextmanager
def count_statements(engine: Engine) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.mark.parametrize("variant", ["clean", "bracketed", "redline"])
def test_statements_do_not_grow_with_the_document(
    session: Session, engine: Engine, variant: str
) -> None:
    party = factories.make_delegation(session)
    head = factories.make_user(session, delegation=party, head=True)
    counts = []
    for size in (3, 30):
        chair = factories.make_user(session)
        document = factories.make_document(session, author=chair, sections=size, parties=[party])
        secretariat = viewer_for(session, factories.make_secretariat(session))
        revisions.create_revision(session, secretariat, document)
        for section in factories.sections_of(session, document):
            assert section.id is not None
            drafting.save_version(session, viewer_for(session, chair), section.id, "New.", 1)
            consensus.set_position(
                session,
                viewer_for(session, head),
                section.id,
                PositionSet(version=2, decision=Decision.reservation, statement="Noted."),
            )
        viewer = viewer_for(session, head)
        session.flush()
        with count_statements(engine) as seen:
            doc = build_export(session, viewer, document, ExportRequest(variant=variant))  # type: ignore[arg-type]
        assert len(doc.sections) == size
        counts.append(len(seen))
    assert counts[0] == counts[1], counts
