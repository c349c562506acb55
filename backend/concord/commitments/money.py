"""Exact amounts and ISO 4217 currencies: a pledge is never a float.

`ExactDecimal` is a `Decimal` that enters the API only as a JSON *string* (a JSON number would be
read as a binary float on the way in, and 0.1 + 0.2 would already be wrong), leaves it as a
string, and is stored as text (`DecimalText`): SQLite has no decimal type and SQLAlchemy's
`Numeric` on SQLite goes through float. Sums are taken in Python over `Decimal`s, never in SQL.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation, localcontext
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema
from sqlalchemy import String, TypeDecorator
from sqlalchemy.engine import Dialect

# Up to 15 digits before the point (a trillion, in any currency) and 4 after it.
AMOUNT_PATTERN = r"^[0-9]{1,15}(\.[0-9]{1,4})?$"
_AMOUNT = re.compile(AMOUNT_PATTERN)
RATE_PATTERN = r"^[0-9]{1,9}(\.[0-9]{1,10})?$"
_RATE = re.compile(RATE_PATTERN)
CENT = Decimal("0.01")
PRECISION = 80  # digits: far above any sum or product of pledges and rates

# ISO 4217 active codes (2024 list, funds and precious metals left out): pledges are in money.
_ISO_4217 = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
    KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
    MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
    RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT
    TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW
    ZWL
"""
CURRENCIES = frozenset(re.findall(r"[A-Z]{3}", _ISO_4217))


def _exact(pattern: re.Pattern[str], what: str) -> Any:
    def parse(value: object) -> Decimal:
        if isinstance(value, Decimal):
            return value
        if not isinstance(value, str) or not pattern.fullmatch(value):
            # ValueError: pydantic turns it into a 422 naming the field.
            raise ValueError(f'{what} must be a string of digits such as "1250000.00"')
        return Decimal(value)

    return parse


def text(value: Decimal) -> str:
    """The canonical spelling: plain digits, no exponent, no trailing zeros beyond cents."""
    with localcontext(prec=PRECISION):
        cents = value.quantize(CENT)
        return format(cents if cents == value else value.normalize(), "f")


_SERIALISE = PlainSerializer(text, return_type=str, when_used="always")
ExactDecimal = Annotated[
    Decimal,
    BeforeValidator(_exact(_AMOUNT, "An amount")),
    _SERIALISE,
    WithJsonSchema(
        {
            "type": "string",
            "pattern": AMOUNT_PATTERN,
            "description": "An exact decimal amount as a string (never a JSON number).",
        }
    ),
]
ExactRate = Annotated[
    Decimal,
    BeforeValidator(_exact(_RATE, "A rate")),
    _SERIALISE,
    WithJsonSchema(
        {
            "type": "string",
            "pattern": RATE_PATTERN,
            "description": "Units of the reporting currency for one unit, as a string.",
        }
    ),
]
# A total may exceed what one pledge may be: no pattern on output.
DecimalString = Annotated[
    Decimal,
    _SERIALISE,
    WithJsonSchema({"type": "string", "description": "An exact decimal as a string."}),
]


def _currency(value: object) -> str:
    if not isinstance(value, str) or value not in CURRENCIES:
        raise ValueError("not an ISO 4217 currency code (three capitals, e.g. EUR)")
    return value


Currency = Annotated[
    str,
    BeforeValidator(_currency),
    WithJsonSchema(
        {"type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO 4217 currency code."}
    ),
]


def convert(amount: Decimal, rate: Decimal) -> Decimal:
    """An amount in the reporting currency, rounded to the cent once (half to even). The
    product is taken at a precision that holds every digit of both (28 would round it)."""
    with localcontext(prec=PRECISION):
        return (amount * rate).quantize(CENT, rounding=ROUND_HALF_EVEN)


class DecimalText(TypeDecorator[Decimal]):
    """A `Decimal` stored as its exact text on both databases."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:  # noqa: ARG002
        return None if value is None else format(value, "f")

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:  # noqa: ARG002
        if value is None:
            return None
        try:
            return Decimal(value)
        except InvalidOperation as error:  # pragma: no cover - only our own writes reach here
            raise ValueError(f"not a decimal in the database: {value!r}") from error
