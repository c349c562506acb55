"""Totals per currency, per project, per delegation, and converted at dated rates.

Totals are taken over `register.visible_commitments(viewer)` and nothing else, so no total can
tell a viewer of a pledge it may not see (not even by its difference with a sum of the parts it
does see). A delegation's total counts its own share of a joint commitment, not the whole.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlmodel import Session, col, select

from concord.commitments.models import ExchangeRate
from concord.commitments.money import convert
from concord.commitments.register import Register, shown_shares, visible_commitments
from concord.commitments.schemas import Converted, CurrencyAmount, Total, Totals
from concord.identity.access import Viewer

ALL = "Totals of every commitment in the register, drafts included."
VISIBLE = (
    "Totals of the commitments you may see only: drafts of other delegations, and pledges of"
    " parties not yet announced, are not counted."
)


def _amounts(sums: dict[str, Decimal]) -> list[CurrencyAmount]:
    return [CurrencyAmount(currency=c, amount=a) for c, a in sorted(sums.items())]


def latest_rates(session: Session, reporting: str, on: date) -> dict[str, Decimal]:
    """Per currency, the rate into `reporting` entered for the latest date on or before `on`."""
    found: dict[str, Decimal] = {reporting: Decimal(1)}
    rows = session.exec(
        select(ExchangeRate)
        .where(col(ExchangeRate.reporting) == reporting, col(ExchangeRate.as_of) <= on)
        .order_by(col(ExchangeRate.as_of))
    )
    for row in rows:
        if row.currency != reporting:
            found[row.currency] = row.rate  # later dates overwrite earlier ones
    return found


def totals(
    session: Session,
    register: Register,
    viewer: Viewer,
    *,
    reporting: str | None,
    on: date,
) -> Totals:
    by_currency: dict[str, Decimal] = defaultdict(Decimal)
    by_project: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    by_delegation: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for commitment in visible_commitments(register, viewer):
        for share in shown_shares(register, viewer, commitment):
            by_currency[commitment.currency] += share.amount
            by_project[commitment.project_id][commitment.currency] += share.amount
            by_delegation[share.delegation_id][commitment.currency] += share.amount
    converted = None
    if reporting is not None:
        rates = latest_rates(session, reporting, on)
        missing = sorted(c for c in by_currency if c not in rates)
        amount = sum(
            (convert(a, rates[c]) for c, a in by_currency.items() if c in rates), Decimal(0)
        )
        converted = Converted(reporting=reporting, on=on, amount=amount, missing_rates=missing)
    projects = sorted((register.projects[p] for p in by_project), key=lambda p: p.title.casefold())
    delegations = sorted(
        (register.delegations[d] for d in by_delegation), key=lambda d: d.name.casefold()
    )
    return Totals(
        scope="all" if viewer.secretariat else "visible_to_you",
        note=ALL if viewer.secretariat else VISIBLE,
        by_currency=_amounts(by_currency),
        by_project=[
            Total(key=p.title, id=p.public_id, amounts=_amounts(by_project[p.id or 0]))
            for p in projects
        ],
        by_delegation=[
            Total(key=d.name, id=str(d.id), amounts=_amounts(by_delegation[d.id or 0]))
            for d in delegations
        ],
        converted=converted,
    )
