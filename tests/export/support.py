"""Shared by the export tests: the export world (a negotiation in four languages with a
hidden party) and its markers; ExportDocuments built by hand (document, para)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlmodel import Session

from concord.consensus import approvals as consensus
from concord.consensus.models import Decision
from concord.consensus.schemas import PositionSet
from concord.drafting import revisions
from concord.drafting import service as drafting
from concord.drafting.models import Document, Section, SectionKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.export.content import (
    ExportDocument,
    ExportSection,
)
from concord.identity import service as identity
from concord.identity.access import Viewer, viewer_for
from concord.identity.models import Delegation, User, WorkingGroupRole
from tests import factories

HIDDEN = "QZHIDDENQZ"


ARABIC = "نحن نؤكد أن السلام العادل يقوم على [الكرامة المتساوية] للشعبين."


HEBREW = "אנו מאשרים כי שלום צודק נשען על כבוד שווה לשני העמים."


@dataclass
class ExportWorld:
    document: Document
    heading: Section
    first: Section  # para 1: edited between Rev.1 and Rev.2 by A's drafter and the hidden one
    arabic: Section
    hebrew: Section
    removed: Section  # in Rev.1, retired before Rev.2
    added: Section  # new in Rev.2
    a: Delegation
    hidden: Delegation
    people: dict[str, User]

    def viewer(self, session: Session, key: str) -> Viewer:
        return viewer_for(session, self.people[key])


def build_world(session: Session) -> ExportWorld:
    a = factories.make_delegation(session, name="Republic of Alpha")
    hidden = factories.make_delegation(session, name=f"Kingdom of {HIDDEN}", announced=False)
    outsider_delegation = factories.make_delegation(session, name="Outsiders")
    people = {
        "secretariat": factories.make_secretariat(session),
        "chair": factories.make_user(session, name="Chair Person"),
        "head_a": factories.make_user(session, delegation=a, head=True, name="Alpha Head"),
        "envoy": factories.make_user(session, delegation=hidden, head=True, name=f"Envoy {HIDDEN}"),
        "outsider": factories.make_user(session, delegation=outsider_delegation),
    }
    group = factories.make_group(session, people["chair"])
    # The envoy drafts too: its versions must stay undisclosed in redlines.
    identity.set_working_group_member(session, group, people["envoy"], WorkingGroupRole.member)
    secretariat = viewer_for(session, people["secretariat"])
    document = drafting.create_document(
        session,
        secretariat,
        DocumentCreate(
            title="Summit Communiqué",
            place="Amman",
            working_group_id=group.id,
            parties=[a.id or 0, hidden.id or 0],
        ),
    )
    chair = viewer_for(session, people["chair"])

    def add(text: str, kind: SectionKind = SectionKind.paragraph) -> Section:
        level = 1 if kind == SectionKind.heading else None
        section, _ = drafting.create_section(
            session, chair, document, SectionCreate(text=text, kind=kind, level=level), append=True
        )
        return section

    heading = add("Preamble", SectionKind.heading)
    first = add("We welcome the [consortium].[^1]\n\n[^1]: Founded in 2020.")
    arabic = add(ARABIC)
    hebrew = add(HEBREW)
    removed = add("A paragraph that goes.")
    revisions.create_revision(session, secretariat, document)
    assert first.id is not None
    drafting.save_version(
        session,
        chair,
        first.id,
        "We warmly welcome the [consortium].[^1]\n\n[^1]: Founded in 2020.",
        1,
    )
    envoy = viewer_for(session, people["envoy"])
    drafting.save_version(
        session,
        envoy,
        first.id,
        "We warmly welcome the [consortium] and its members.[^1]\n\n[^1]: Founded in 2020.",
        2,
    )
    drafting.retire_section(session, chair, document, removed)
    added = add("A new paragraph.")
    revisions.create_revision(session, secretariat, document)
    head_a = viewer_for(session, people["head_a"])
    for viewer, section, decision, statement in [
        (head_a, first, Decision.reservation, "Alpha reads 'members' narrowly."),
        (envoy, first, Decision.reservation, f"{HIDDEN} reserves its position."),
        (head_a, arabic, Decision.approve, ""),
        (envoy, arabic, Decision.object, f"{HIDDEN} objects."),
        (head_a, hebrew, Decision.approve, ""),
        (envoy, hebrew, Decision.approve, ""),
    ]:
        assert section.id is not None
        consensus.set_position(
            session,
            viewer,
            section.id,
            PositionSet(version=section.head, decision=decision, statement=statement or None),
        )
    return ExportWorld(document, heading, first, arabic, hebrew, removed, added, a, hidden, people)


AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def para(sid: int, number: int | None, text: str, **extra: object) -> ExportSection:
    return ExportSection(sid, "paragraph", None, number, text, 1, **extra)  # type: ignore[arg-type]


def document(*sections: ExportSection, **extra: object) -> ExportDocument:
    base = ExportDocument(
        document_id=1,
        title="Summit *Statement*",
        kind="statement",
        status="drafting",
        organisation="Secretariat",
        revision_label="Rev.2",
        date=AT,
        place="Amman",
        variant="clean",
        sections=sections,
    )
    return replace(base, **extra)  # type: ignore[arg-type]
