"""schemas/ is generated from the code; a stale committed file fails here."""

from __future__ import annotations

from pathlib import Path

from concord.archive.format import archive_schema
from concord.schema_files import openapi, render

ROOT = Path(__file__).resolve().parents[1]
CONTRACT_PATHS = [
    "/api/v1/healthz",
    "/api/v1/documents",
    "/api/v1/documents/{document_id}",
    "/api/v1/documents/{document_id}/sections",
    "/api/v1/sections/{section_id}",
    "/api/v1/sections/{section_id}/versions",
    "/api/v1/sections/{section_id}/versions/{number}",
    "/api/v1/sections/{section_id}/diff",
    "/api/v1/documents/{document_id}/revisions",
    "/api/v1/documents/{document_id}/diff",
]


def test_committed_openapi_matches_the_code() -> None:
    committed = (ROOT / "schemas" / "openapi.json").read_text(encoding="utf-8")
    assert committed == render(openapi()), "schemas/openapi.json is stale: run ./dev schemas"


def test_committed_archive_schema_matches_the_code() -> None:
    committed = (ROOT / "schemas" / "archive.schema.json").read_text(encoding="utf-8")
    assert committed == render(archive_schema()), (
        "schemas/archive.schema.json is stale: run ./dev schemas"
    )


def test_openapi_holds_the_contract_paths() -> None:
    assert set(CONTRACT_PATHS) <= set(openapi()["paths"])


def test_validation_errors_are_documented_with_the_concord_error_body() -> None:
    operation = openapi()["paths"]["/api/v1/sections/{section_id}/versions"]["post"]
    schema = operation["responses"]["422"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ErrorBody"}
