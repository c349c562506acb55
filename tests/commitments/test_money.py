"""Exact amounts: strings in, strings out, sums and conversions that never pass through float."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from concord.commitments.money import CURRENCIES, ExactDecimal, convert, text


class Amount(BaseModel):
    amount: ExactDecimal


amounts = st.decimals(min_value=0, max_value=Decimal("999999999999999.9999"), places=4)


def test_float_sum_differs_and_ours_does_not() -> None:
    assert 0.1 + 0.2 != 0.3
    parsed = [Amount.model_validate_json(f'{{"amount": "{a}"}}').amount for a in ("0.1", "0.2")]
    assert text(sum(parsed, Decimal(0))) == "0.30"


def test_a_json_number_is_refused() -> None:
    with pytest.raises(ValidationError, match="string of digits"):
        Amount.model_validate_json('{"amount": 0.1}')


@pytest.mark.parametrize("bad", ["-1", "1e6", "1,000", "1.23456", "", " 1", "NaN", "Infinity"])
def test_malformed_amounts_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        Amount.model_validate({"amount": bad})


def test_amount_serialises_as_a_string() -> None:
    assert Amount(amount=Decimal("1250000.5")).model_dump_json() == '{"amount":"1250000.50"}'
    assert Amount(amount=Decimal("0.0001")).model_dump(mode="json") == {"amount": "0.0001"}


@given(amounts)
def test_text_round_trips_exactly(amount: Decimal) -> None:
    assert Decimal(text(amount)) == amount


@given(st.lists(amounts, max_size=40))
def test_a_total_is_the_exact_sum_of_its_parts(parts: list[Decimal]) -> None:
    total = sum(parts, Decimal(0))
    as_text = [text(p) for p in parts]
    assert Decimal(text(total)) == sum((Decimal(t) for t in as_text), Decimal(0))


@given(amounts, st.decimals(min_value=0, max_value=Decimal("999999999"), places=10))
def test_conversion_keeps_every_digit_before_rounding_once(amount: Decimal, rate: Decimal) -> None:
    with localcontext(prec=80):  # Decimal's default 28 digits would round this product
        expected = (amount * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    assert convert(amount, rate) == expected


def test_iso_4217() -> None:
    assert {"EUR", "USD", "ILS", "SAR", "JPY", "KWD"} <= CURRENCIES
    assert "XAU" not in CURRENCIES  # gold is not a currency one pledges in
    assert all(len(c) == 3 and c.isupper() for c in CURRENCIES)
