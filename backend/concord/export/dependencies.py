"""The query parameters every export shares, bundled into one `ExportRequest`."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, Query

from concord.core.dependencies import MAX_ID
from concord.export.service import ExportRequest

VariantQuery = Annotated[
    Literal["clean", "bracketed", "redline"],
    Query(description="`clean` text, `bracketed` negotiating copy, or `redline` of changes."),
]
RevisionQuery = Annotated[
    str, Query(min_length=1, max_length=40, description="`Rev.N`, `N` or `head` (default).")
]
CompareQuery = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=40,
        description="Redline only: the earlier text (default: the revision before `revision`).",
    ),
]
StatementsQuery = Annotated[
    bool, Query(description="False leaves the delegations' statements (footnotes) out.")
]
LanguageQuery = Annotated[
    str | None,
    Query(
        min_length=2,
        max_length=3,
        pattern="^[a-z]{2,3}$",
        description="One of the document's other languages (ISO 639-1): its translation, the "
        "negotiating text where a section has none. Not for a redline.",
    ),
]
BesideQuery = Annotated[
    str | None,
    Query(
        min_length=2,
        max_length=3,
        pattern="^[a-z]{2,3}$",
        description="Bilingual (Word, PDF, HTML): a second language in a column beside the "
        "first, each paragraph in its own direction, numbers aligned. Not for a redline.",
    ),
]
TemplateQuery = Annotated[
    int | None,
    Query(ge=1, le=MAX_ID, description="A template id (default: the default template, if any)."),
]


def export_request(
    variant: VariantQuery = "clean",
    revision: RevisionQuery = "head",
    compare_to: CompareQuery = None,
    statements: StatementsQuery = True,
    language: LanguageQuery = None,
    beside: BesideQuery = None,
) -> ExportRequest:
    return ExportRequest(
        variant=variant,
        revision=revision,
        compare_to=compare_to,
        statements=statements,
        language=language,
        beside=beside,
    )


ExportRequestDep = Annotated[ExportRequest, Depends(export_request)]


def template_choice(template: TemplateQuery = None) -> int | None:
    """Word only: the template to use (a dependency, so it is listed after the shared ones)."""
    return template


TemplateChoice = Annotated[int | None, Depends(template_choice)]
