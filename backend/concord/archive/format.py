"""The archive format of `concord backup` / `concord restore`, and its JSON Schema.

One JSON document (gzip-compressed when the file name ends in `.gz`):

    {"format": "concord-archive", "version": 1, "created_at": "…+00:00",
     "alembic_revision": "…", "source_dialect": "sqlite",
     "tables": {"audithead": [{…row…}, …], "delegation": […], …}}

Every table of the app's metadata, in foreign-key dependency order (a reader can insert as it
reads), each row an object with every column: integers and booleans as JSON, datetimes as
ISO 8601 with offset (UTC), dates as ISO 8601, exact decimals as text, bytes as base64, NULL as
null. Rows come in primary-key order, so a row that refers to its own table (a reply to a
comment) comes after the row it refers to.

The schema (`schemas/archive.schema.json`) is generated from the same metadata, so the two
cannot drift: a new column is a new required key, a new table a new required table.
"""

from __future__ import annotations

import base64
import binascii
import enum
import typing
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlmodel import SQLModel

import concord.models  # noqa: F401  (registers every table)
from concord.commitments.money import DecimalText
from concord.core.db import UTCDateTime, metadata
from concord.core.migrate import alembic_config

FORMAT = "concord-archive"
VERSION = 1
SCHEMA_ID = "https://concord.invalid/schemas/archive.schema.json"
# ISO 8601 date-time with a mandatory offset (what `datetime.isoformat` writes for aware times).
DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})$"
)
BASE64_PATTERN = r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DECIMAL_PATTERN = r"^[0-9]+(\.[0-9]+)?$"
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
# The order rows are written in, where it is not the primary key's: the audit log by its chain.
ROW_ORDER = {"auditevent": ("seq",)}


def tables() -> list[Table]:
    """Every table of the app, each after the tables its foreign keys point to."""
    return list(metadata.sorted_tables)


def order_columns(table: Table) -> list[Column[Any]]:
    names = ROW_ORDER.get(table.name)
    if names:
        return [table.c[name] for name in names]
    return list(table.primary_key.columns)


def head_revision() -> str:
    """The Alembic revision the code's models describe."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no Alembic migrations"
    return head


# --- values -------------------------------------------------------------------------------------


def _encode_datetime(value: datetime) -> str:
    return value.isoformat()


def _encode_bytes(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _decode_datetime(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:  # the schema's pattern already requires an offset
        raise ValueError(f"datetime without offset: {value!r}")
    return parsed


def _decode_bytes(value: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except binascii.Error as error:
        raise ValueError(f"invalid base64: {error}") from error


Codec = tuple[Callable[[Any], Any], Callable[[Any], Any]]


def _encode_decimal(value: Decimal) -> str:
    return format(value, "f")


def _decode_decimal(value: str) -> Decimal:
    try:
        return Decimal(value)
    except InvalidOperation as error:  # the schema's pattern already refuses these
        raise ValueError(f"not a decimal: {value!r}") from error


def _encode_date(value: date) -> str:
    return value.isoformat()


def _codec(column: Column[Any]) -> Codec | None:
    """(encode, decode) for a column whose values are not JSON as they are."""
    if isinstance(column.type, UTCDateTime):
        return _encode_datetime, _decode_datetime
    if isinstance(column.type, DecimalText):
        return _encode_decimal, _decode_decimal
    if isinstance(column.type, Date):
        return _encode_date, date.fromisoformat
    if isinstance(column.type, LargeBinary):
        return _encode_bytes, _decode_bytes
    return None


@cache
def _codecs(table_name: str) -> dict[str, Codec]:
    table = metadata.tables[table_name]
    return {c.name: codec for c in table.columns if (codec := _codec(c)) is not None}


def encode_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    codecs = _codecs(table.name)
    return {
        name: (codecs[name][0](value) if value is not None and name in codecs else value)
        for name, value in row.items()
    }


def decode_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """Python values from an archive row that passed the schema (ValueError if one cannot be)."""
    codecs = _codecs(table.name)
    return {
        name: (codecs[name][1](value) if value is not None and name in codecs else value)
        for name, value in row.items()
    }


# --- schema -------------------------------------------------------------------------------------


def _models() -> dict[str, type[SQLModel]]:
    found: dict[str, type[SQLModel]] = {}
    for mapper in SQLModel._sa_registry.mappers:
        table = mapper.local_table
        if isinstance(table, Table):
            found[table.name] = mapper.class_
    return found


def _enum_values(model: type[SQLModel] | None, column: Column[Any]) -> list[str] | None:
    if model is None or column.name not in model.model_fields:
        return None
    annotation = model.model_fields[column.name].annotation
    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return [str(member.value) for member in candidate]
    return None


def _value_schema(column: Column[Any], model: type[SQLModel] | None) -> dict[str, Any]:
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return {"type": "string", "format": "date-time", "pattern": DATETIME_PATTERN}
    if isinstance(kind, DecimalText):  # exact amounts, as text (commitments/money.py)
        return {"type": "string", "pattern": DECIMAL_PATTERN}
    if isinstance(kind, Date):
        return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
    if isinstance(kind, JSON):  # lists of names (a project's civil-society partners)
        return {"type": "array", "items": {"type": "string"}}
    while isinstance(kind, TypeDecorator):  # AutoString and the like: what they store
        kind = kind.impl_instance
    if isinstance(kind, Boolean):
        return {"type": "boolean"}
    if isinstance(kind, Integer):
        low, high = INT64 if isinstance(kind, BigInteger) else INT32
        return {"type": "integer", "minimum": low, "maximum": high}
    if isinstance(kind, LargeBinary):
        return {"type": "string", "contentEncoding": "base64", "pattern": BASE64_PATTERN}
    if isinstance(kind, String | Text):
        values = _enum_values(model, column)
        if values is not None:
            return {"type": "string", "enum": values}
        if kind.length is not None:
            return {"type": "string", "maxLength": kind.length}
        return {"type": "string"}
    # A new column type must be given an archive encoding here before it can be backed up.
    raise TypeError(f"no archive encoding for {column.table.name}.{column.name}: {kind!r}")


def column_schema(column: Column[Any], model: type[SQLModel] | None) -> dict[str, Any]:
    schema = _value_schema(column, model)
    if column.nullable:
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
        schema["type"] = [schema["type"], "null"]
    notes = [f"references {fk.target_fullname}" for fk in column.foreign_keys]
    if column.primary_key:
        notes.insert(0, "primary key")
    if notes:
        schema["description"] = "; ".join(notes)
    return schema


def row_schema(table: Table, model: type[SQLModel] | None = None) -> dict[str, Any]:
    """The schema of one row of `table`: every column present, nothing else."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [str(c.name) for c in table.columns],
        "properties": {str(c.name): column_schema(c, model) for c in table.columns},
    }


def archive_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a `concord backup` archive made by this code."""
    models = _models()
    names = [str(t.name) for t in tables()]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Concord archive",
        "description": (
            "A whole Concord database, written by `concord backup` and read by "
            "`concord restore`. Tables appear in foreign-key dependency order (the order of "
            "`required` under `tables`), rows in primary-key order (the audit log by `seq`)."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "created_at", "alembic_revision", "tables"],
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "created_at": {"type": "string", "format": "date-time", "pattern": DATETIME_PATTERN},
            "alembic_revision": {
                "const": head_revision(),
                "description": "The database schema revision the rows belong to.",
            },
            "source_dialect": {
                "type": "string",
                "description": "The database the archive was made from (informative).",
            },
            "tables": {
                "type": "object",
                "additionalProperties": False,
                "required": names,
                "properties": {
                    str(t.name): {"type": "array", "items": row_schema(t, models.get(t.name))}
                    for t in tables()
                },
            },
        },
    }
