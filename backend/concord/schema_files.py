"""The generated contracts in schemas/: what the frontend and integrators build against."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from concord.archive.format import archive_schema


def openapi() -> dict[str, Any]:
    from concord.main import create_app

    # The schema does not depend on the database; an unconnected in-memory engine will do.
    return create_app(create_engine("sqlite://")).openapi()


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, document in (("openapi.json", openapi()), ("archive.schema.json", archive_schema())):
        path = folder / name
        path.write_text(render(document), encoding="utf-8")
        written.append(path)
    return written
