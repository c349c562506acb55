"""The annex of commitments, generated from the register for one reader.

Which commitments: the projects the register ties to the document (`Project.document_id`), and
of their commitments the ones the register lets this reader see (commitments/register.py, the
one place that decides it) with the variant's statuses: the clean communiqué lists announced
commitments only; the negotiating copy (bracketed) lists confirmed ones too; a redline has no
annex. The public (`viewer` None) sees announced commitments of announced pledgers, and a
pledger's name only where the commitment may be published with it. Amounts are the sums of
the shares shown, and the totals the sums of the amounts shown, per currency: nothing in the
annex tells of a share the reader may not see.

The annex's own words follow the export's language (the consortium's four, English otherwise);
titles and descriptions are as the secretariat wrote them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session, col, select

from concord.commitments import register
from concord.commitments.models import CommitmentKind, CommitmentStatus, Project
from concord.commitments.money import text
from concord.core import languages
from concord.drafting.models import Document
from concord.export.content import AnnexPledge, AnnexProject, CommitmentsAnnex, Variant
from concord.identity.access import Viewer


@dataclass(frozen=True)
class _Words:
    heading: str
    clean_note: str
    negotiating_note: str
    labels: tuple[str, str, str, str, str]
    total: str
    partners: str
    not_named: str
    kinds: dict[str, str]


_WORDS = {
    "en": _Words(
        heading="Annex: commitments",
        clean_note="Commitments announced by the participants to the joint projects below.",
        negotiating_note="Negotiating copy: confirmed commitments, announced or not yet announced.",
        labels=("Project", "Pledged by", "Amount", "Kind", "Period"),
        total="Total",
        partners="Partners",
        not_named="Not named",
        kinds={"grant": "Grant", "loan": "Loan", "in_kind": "In kind"},
    ),
    "fr": _Words(
        heading="Annexe : engagements",
        clean_note="Engagements annoncés par les participants en faveur des projets communs "
        "ci-dessous.",
        negotiating_note="Copie de négociation : engagements confirmés, annoncés ou non.",
        labels=("Projet", "Engagé par", "Montant", "Nature", "Période"),
        total="Total",
        partners="Partenaires",
        not_named="Non nommé",
        kinds={"grant": "Don", "loan": "Prêt", "in_kind": "En nature"},
    ),
    "ar": _Words(
        heading="مرفق: الالتزامات",
        clean_note="الالتزامات التي أعلنها المشاركون للمشاريع المشتركة أدناه.",
        negotiating_note="نسخة التفاوض: الالتزامات المؤكدة، المعلنة وغير المعلنة بعد.",
        labels=("المشروع", "الجهة المتعهدة", "المبلغ", "النوع", "الفترة"),
        total="المجموع",
        partners="الشركاء",
        not_named="غير مسمّى",
        kinds={"grant": "منحة", "loan": "قرض", "in_kind": "عيني"},
    ),
    "he": _Words(
        heading="נספח: התחייבויות",
        clean_note="התחייבויות שהכריזו עליהן המשתתפים לפרויקטים המשותפים שלהלן.",
        negotiating_note="עותק משא ומתן: התחייבויות מאושרות, שהוכרזו או שטרם הוכרזו.",
        labels=("פרויקט", "מתחייב", "סכום", "סוג", "תקופה"),
        total="סך הכול",
        partners="שותפים",
        not_named="לא נקוב בשמו",
        kinds={"grant": "מענק", "loan": "הלוואה", "in_kind": "בעין"},
    ),
}

STATUSES: dict[Variant, frozenset[CommitmentStatus]] = {
    "clean": frozenset({CommitmentStatus.announced}),
    "bracketed": frozenset({CommitmentStatus.announced, CommitmentStatus.confirmed}),
    "redline": frozenset(),
}


def grouped(amount: Decimal) -> str:
    """ "1,500,000.00": the canonical spelling with thousands separated (digits stay Latin in
    every language, as in UN documents)."""
    whole, _, fraction = text(amount).partition(".")
    digits = f"{int(whole):,}"
    return f"{digits}.{fraction}" if fraction else digits


def _period(start: int, end: int) -> str:
    return str(start) if start == end else f"{start}–{end}"


def build_annex(
    session: Session,
    viewer: Viewer | None,
    document: Document,
    variant: Variant,
    language: str,
) -> CommitmentsAnnex | None:
    """The annex of `document` for `viewer` (None: the public), or None when it lists nothing.
    The caller has checked that the reader may read the document."""
    statuses = STATUSES[variant]
    if not statuses:
        return None
    project_ids = set(
        session.exec(select(Project.id).where(col(Project.document_id) == document.id)).all()
    )
    if not project_ids:
        return None
    loaded = register.load(session, project_ids={i for i in project_ids if i is not None})
    words = _WORDS.get(language, _WORDS["en"])
    sums: dict[str, Decimal] = defaultdict(Decimal)
    projects: list[AnnexProject] = []
    for project in register.visible_projects(loaded, viewer):
        pledges: list[AnnexPledge] = []
        for commitment in register.visible_commitments_of(loaded, viewer, project):
            if commitment.status not in statuses:
                continue
            shares = register.shown_shares(loaded, viewer, commitment)
            amount = sum((s.amount for s in shares), Decimal(0))
            if not shares:
                continue
            named = viewer is not None or commitment.publish_name
            names = words.not_named
            if named and len(shares) == 1:
                names = loaded.delegations[shares[0].delegation_id].name
            elif named:  # a joint pledge: each pledger with its share
                names = "; ".join(
                    f"{loaded.delegations[s.delegation_id].name} ({grouped(s.amount)})"
                    for s in shares
                )
            sums[commitment.currency] += amount
            pledges.append(
                AnnexPledge(
                    pledgers=names,
                    amount=grouped(amount),
                    currency=commitment.currency,
                    kind=words.kinds[CommitmentKind(commitment.kind).value],
                    period=_period(commitment.period_start, commitment.period_end),
                )
            )
        if not pledges:
            continue
        view = register.project_view(loaded, viewer, project)
        partners = [d.name for d in view.partners] + list(view.civil_society_partners)
        projects.append(
            AnnexProject(
                title=project.title,
                description=project.description,
                partners=f"{words.partners}: {', '.join(partners)}" if partners else "",
                pledges=tuple(pledges),
            )
        )
    if not projects:
        return None
    return CommitmentsAnnex(
        language=language if language in _WORDS else "en",
        direction=languages.LANGUAGES[language].direction if language in _WORDS else "ltr",
        heading=words.heading,
        note=words.clean_note if variant == "clean" else words.negotiating_note,
        labels=words.labels,
        total_label=words.total,
        projects=tuple(projects),
        totals=tuple((c, grouped(a)) for c, a in sorted(sums.items())),
    )
