"""A small realistic consortium: `concord demo` and `concord serve --demo`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import Session

from concord.audit import service as audit
from concord.commitments import service as commitments
from concord.commitments.models import CommitmentKind, CommitmentStatus
from concord.commitments.schemas import (
    CommitmentCreate,
    CommitmentUpdate,
    ProjectCreate,
    RateCreate,
    ShareIn,
)
from concord.consensus import approvals as consensus
from concord.consensus.models import Decision
from concord.consensus.schemas import PositionSet
from concord.drafting import revisions
from concord.drafting import service as drafting
from concord.drafting.models import Document, DocumentKind, Section, SectionKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity import auth
from concord.identity import service as identity
from concord.identity.access import Viewer, viewer_for
from concord.identity.models import Delegation, DelegationKind, User, WorkingGroupRole
from concord.translation import service as translation

# Every demo person signs in with this password (the demo is for local use only).
DEMO_PASSWORD = "concord-demo-passphrase"  # noqa: S105

DELEGATIONS = [
    ("SEC", "ICCSP Secretariat", DelegationKind.secretariat, True),
    ("FRA", "France", DelegationKind.government, True),
    ("DEU", "Germany", DelegationKind.government, True),
    ("GBR", "United Kingdom", DelegationKind.government, True),
    ("EU", "European Union", DelegationKind.government, True),
    ("JOR", "Hashemite Kingdom of Jordan", DelegationKind.government, True),
    ("EGY", "Arab Republic of Egypt", DelegationKind.government, True),
    ("ARE", "United Arab Emirates", DelegationKind.government, False),
    ("ICSN", "Israeli Civil Society Network", DelegationKind.civil_society, True),
    ("PCSF", "Palestinian Civil Society Forum", DelegationKind.civil_society, True),
]

PEOPLE = [
    ("secretariat@iccsp.example", "Amira Haddad", "SEC", False, True),
    ("chair@icsn.example", "Noa Levi", "ICSN", True, False),
    ("drafter@pcsf.example", "Khalil Nasser", "PCSF", True, False),
    ("head@fra.example", "Claire Dubois", "FRA", True, False),
    ("head@jor.example", "Rania Al-Khatib", "JOR", True, False),
    ("delegate@eu.example", "Jonas Berg", "EU", False, False),
    ("head@are.example", "Omar Al-Mansouri", "ARE", True, False),
]

SECTIONS: list[tuple[SectionKind, str]] = [
    (SectionKind.heading, "Preamble"),
    (
        SectionKind.paragraph,
        "We, Israeli and Palestinian civil-society leaders convened in Europe, affirm that a just "
        "and lasting peace [must][should] rest on the equal dignity of both peoples.",
    ),
    (
        SectionKind.paragraph,
        "We recognise the work of the more than 160 organisations of the peacebuilding field "
        "and call on the [G7, the European Union and the League of Arab States] to sustain it.[^1]"
        "\n\n[^1]: See the concept note of the International Consortium for Civil Society "
        "Peacebuilding.",
    ),
    (
        SectionKind.paragraph,
        "نحن، قادة المجتمع المدني الفلسطيني والإسرائيلي، نؤكد أن السلام العادل يقوم على "
        "[الكرامة المتساوية] للشعبين.",
    ),
    (
        SectionKind.paragraph,
        "אנו, מנהיגי החברה האזרחית הישראלית והפלסטינית, מאשרים כי שלום צודק נשען על "
        "[כבוד שווה] לשני העמים.",
    ),
    (SectionKind.heading, "Principles"),
    (
        SectionKind.paragraph,
        "Civil-society activities do not depend on questions of governance and shall continue "
        "[irrespective of][notwithstanding] the political situation.",
    ),
    (
        SectionKind.paragraph,
        "Participating states commit to a clear diplomatic horizon with the goal of two states, "
        "and to an open door for new participants.",
    ),
]


def load(session: Session) -> dict[str, str]:
    """Create the demo consortium; return an access token per demo person, by email."""
    delegations: dict[str, Delegation] = {}
    for code, name, kind, announced in DELEGATIONS:
        delegations[code] = identity.create_delegation(
            session, code=code, name=name, kind=kind, announced=announced
        )
    people: dict[str, User] = {}
    demo_hash = auth.hash_password(DEMO_PASSWORD)
    tokens: dict[str, str] = {}
    for email, name, code, is_head, is_secretariat in PEOPLE:
        user = identity.create_user(
            session,
            email=email,
            name=name,
            delegation=delegations[code],
            is_head=is_head,
            is_secretariat=is_secretariat,
        )
        user.password_hash = demo_hash
        session.add(user)
        people[email] = user
        tokens[email] = identity.create_token(session, user, "demo")[1]

    secretariat_user = people["secretariat@iccsp.example"]
    audit.act_as(session, secretariat_user.id)  # what follows is in the log under their names
    group = identity.create_working_group(
        session,
        secretariat_user,
        name="Civil-society convening",
        description="Shared principles and environmental analysis.",
    )
    identity.set_working_group_member(
        session, group, people["chair@icsn.example"], WorkingGroupRole.chair
    )
    identity.set_working_group_member(
        session, group, people["drafter@pcsf.example"], WorkingGroupRole.member
    )
    secretariat = viewer_for(session, secretariat_user)
    chair = viewer_for(session, people["chair@icsn.example"])
    drafter = viewer_for(session, people["drafter@pcsf.example"])
    parties = [d.id for c, d in delegations.items() if c not in ("SEC",) and d.id is not None]
    document = drafting.create_document(
        session,
        _as(session, secretariat),
        DocumentCreate(
            title="Shared Principles of the Civil-Society Convening",
            kind=DocumentKind.principles,
            working_group_id=group.id,
            parties=parties,
        ),
    )
    created = []
    for section_kind, text in SECTIONS:
        level = 1 if section_kind == SectionKind.heading else None
        section, _ = drafting.create_section(
            session,
            _as(session, chair),
            document,
            SectionCreate(text=text, kind=section_kind, level=level),
            append=True,
        )
        created.append(section)
    revisions.create_revision(session, _as(session, secretariat), document)

    _translation(session, created, secretariat)
    # A little history: the Palestinian drafter and the chair refine paragraph 2 (section 3).
    second = created[2]
    assert second.id is not None
    drafting.save_version(
        session,
        _as(session, drafter),
        second.id,
        SECTIONS[2][1].replace("sustain it", "sustain and scale it"),
        base_version=1,
    )
    drafting.save_version(
        session,
        _as(session, chair),
        second.id,
        SECTIONS[2][1].replace("We recognise", "We warmly recognise"),
        base_version=1,  # written from the old text: merged with the drafter's change
    )
    _second_reading(session, created, secretariat, chair, drafter, people)
    _register(session, document, secretariat, delegations)
    audit.act_as(session, None)
    return tokens


def _as(session: Session, viewer: Viewer) -> Viewer:
    """`viewer`, made the author of the audit events that follow (as a request's person is)."""
    audit.act_as(session, viewer.id)
    return viewer


# The Arabic version of the first paragraphs (sections 1 and 2), made by the secretariat.
ARABIC = [
    "نحن، قادة المجتمع المدني الإسرائيلي والفلسطيني المجتمعين في أوروبا، نؤكد أن السلام العادل "
    "والدائم [يجب أن][ينبغي أن] يقوم على الكرامة المتساوية للشعبين.",
    "نقدّر عمل أكثر من 160 منظمة في مجال بناء السلام، وندعو [مجموعة السبع والاتحاد الأوروبي "
    "وجامعة الدول العربية] إلى دعمه وتوسيعه.[^1]\n\n[^1]: انظر المذكرة المفاهيمية للاتحاد الدولي "
    "لبناء السلام في المجتمع المدني.",
]


def _translation(session: Session, created: list[Section], secretariat: Viewer) -> None:
    """Arabic, authentic: paragraphs 1 and 2 translated from their first version (paragraph 2
    changes after, so the demo shows a translation out of date)."""
    document = drafting.get_document(session, created[0].document_id)
    translation.set_language(
        session,
        _as(session, secretariat),
        document,
        "ar",
        authentic=True,
        required_for_adoption=False,
    )
    for section, text in zip(created[1:3], ARABIC, strict=True):
        assert section.id is not None
        translation.save(
            session, secretariat, section.id, "ar", text, source_version=1, base_version=None
        )


def _register(
    session: Session, document: Document, secretariat: Viewer, delegations: dict[str, Delegation]
) -> None:
    """A joint project of France and Jordan with civil society, their joint pledge (confirmed),
    Germany's draft pledge, the unannounced Emirates' confirmed pledge (seen only by the
    secretariat and the Emirates), and the rate the secretariat entered."""

    def ref(code: str) -> int:
        found = delegations[code].id
        assert found is not None
        return found

    _as(session, secretariat)
    project = commitments.create_project(
        session,
        ProjectCreate(
            title="Shared water for the Jordan valley",
            description="Water networks run together by Israeli and Palestinian civil society.",
            civil_society_partners=["EcoPeace Middle East"],
            lead_delegation_id=ref("FRA"),
            partner_delegation_ids=[ref("JOR"), ref("DEU"), ref("ARE")],
            document_id=document.id,
        ),
    )
    pledges = [
        ([("FRA", "3000000"), ("JOR", "500000")], "EUR", CommitmentKind.grant, True),
        ([("DEU", "1250000.50")], "EUR", CommitmentKind.loan, False),
        ([("ARE", "5000000")], "USD", CommitmentKind.grant, True),
    ]
    for shares, currency, kind, confirmed in pledges:
        made = commitments.create_commitment(
            session,
            secretariat,
            CommitmentCreate(
                project_id=project.public_id,
                pledgers=[ShareIn(delegation_id=ref(c), amount=Decimal(a)) for c, a in shares],
                currency=currency,
                kind=kind,
                period_start=2027,
                period_end=2029,
                publish_name=True,
            ),
        )
        if confirmed:
            commitments.update_commitment(
                session, made, CommitmentUpdate(status=CommitmentStatus.confirmed)
            )
    commitments.set_rate(
        session,
        secretariat,
        RateCreate(
            currency="EUR", reporting="USD", as_of=date(2026, 12, 1), rate=Decimal("1.0825")
        ),
    )


def _second_reading(
    session: Session,
    created: list[Section],
    secretariat: Viewer,
    chair: Viewer,
    drafter: Viewer,
    people: dict[str, User],
) -> None:
    """Rev.2 after a second reading (so the redline has edits, an added paragraph and a removed
    one), then positions on it: approvals, a reservation with its statement (a footnote in
    the export), and an objection by the unannounced delegation (seen only by the secretariat
    and that delegation)."""
    arabic, principles_para, horizon = created[3], created[6], created[7]
    assert arabic.id is not None and principles_para.id is not None and horizon.id is not None
    drafting.save_version(
        session,
        _as(session, drafter),
        arabic.id,
        SECTIONS[3][1].replace("[الكرامة المتساوية]", "الكرامة المتساوية والحرية"),
        base_version=1,
    )
    drafting.save_version(
        session,
        _as(session, chair),
        principles_para.id,
        SECTIONS[6][1].replace("shall continue", "*shall* continue"),
        base_version=1,
    )
    document = drafting.get_document(session, created[0].document_id)
    drafting.create_section(
        session,
        _as(session, chair),
        document,
        SectionCreate(
            text="Les participants [s'engagent à][s'efforcent de] soutenir les initiatives "
            "conjointes de la société civile.",
            after=principles_para.id,
        ),
        append=False,
    )
    drafting.retire_section(session, _as(session, chair), document, horizon)
    revisions.create_revision(session, _as(session, secretariat), document)

    france = viewer_for(session, people["head@fra.example"])
    jordan = viewer_for(session, people["head@jor.example"])
    emirates = viewer_for(session, people["head@are.example"])
    first, second = created[1], created[2]
    assert first.id is not None and second.id is not None
    positions = [
        (france, first, PositionSet(version=first.head, decision=Decision.approve)),
        (jordan, first, PositionSet(version=first.head, decision=Decision.approve)),
        (france, second, PositionSet(version=second.head, decision=Decision.approve)),
        (
            jordan,
            second,
            PositionSet(
                version=second.head,
                decision=Decision.reservation,
                statement="The Hashemite Kingdom of Jordan understands the League of Arab "
                "States to act through its Council.",
            ),
        ),
        (
            emirates,
            arabic,
            PositionSet(
                version=arabic.head,
                decision=Decision.object,
                statement="The United Arab Emirates cannot yet accept this wording.",
            ),
        ),
    ]
    for viewer, section, data in positions:
        assert section.id is not None
        consensus.set_position(session, _as(session, viewer), section.id, data)
