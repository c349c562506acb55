"""Request and response models of the import API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from concord.wordin.returns import ReturnResult
from concord.wordin.service import Plan


class PlannedSectionPublic(BaseModel):
    kind: Literal["heading", "paragraph"]
    level: int | None
    text: str = Field(description="Canonical Markdown, as the section's version 1 will hold it.")


class PlannedAmendmentPublic(BaseModel):
    section: int = Field(description="Index into `sections`.")
    author: str = Field(description="The author of the tracked changes in the Word file.")
    delegation: str | None = Field(description="The delegation code the author is mapped to.")
    text: str


class PlannedCommentPublic(BaseModel):
    section: int = Field(description="Index into `sections`.")
    author: str
    body: str
    quote: str


class ImportResult(BaseModel):
    dry_run: bool
    document_id: int | None = Field(description="The new document; null in a dry run.")
    section_ids: list[int] = Field(description="The new sections, in order; empty in a dry run.")
    title: str
    sections: list[PlannedSectionPublic]
    amendments: list[PlannedAmendmentPublic]
    comments: list[PlannedCommentPublic]
    authors: list[str] = Field(description="Authors of tracked changes found in the file.")
    footnotes: int
    numbers_left_out: int = Field(description="Typed or Word paragraph numbers left out.")
    warnings: list[str] = Field(description="What could not be kept, and why.")

    @classmethod
    def of(
        cls, plan: Plan, *, dry_run: bool, document_id: int | None, section_ids: list[int]
    ) -> ImportResult:
        return cls(
            dry_run=dry_run,
            document_id=document_id,
            section_ids=section_ids,
            title=plan.title,
            sections=[
                PlannedSectionPublic(kind=s.kind, level=s.level, text=s.text) for s in plan.sections
            ],
            amendments=[
                PlannedAmendmentPublic(
                    section=a.section, author=a.author, delegation=a.delegation, text=a.text
                )
                for a in plan.amendments
            ],
            comments=[
                PlannedCommentPublic(section=c.section, author=c.author, body=c.body, quote=c.quote)
                for c in plan.comments
            ],
            authors=plan.authors,
            footnotes=plan.footnotes,
            numbers_left_out=plan.numbers_left_out,
            warnings=plan.warnings,
        )


class ReturnedAmendment(BaseModel):
    section_id: int
    amendment_id: int
    base_version: int = Field(description="The version the Word copy was made from.")
    tracked: bool = Field(description="False: edited without Track Changes, found by comparing.")


class ReturnedComment(BaseModel):
    section_id: int
    comment_id: int
    quote: str = Field(description="The words commented on; empty: the whole section.")


class NotPlaced(BaseModel):
    text: str
    reason: str


class ReturnPublic(BaseModel):
    amendments: list[ReturnedAmendment]
    comments: list[ReturnedComment]
    unplaced: list[NotPlaced] = Field(description="What could not be placed, and why.")

    @classmethod
    def of(cls, result: ReturnResult) -> ReturnPublic:
        return cls(
            amendments=[
                ReturnedAmendment(
                    section_id=a.section_id,
                    amendment_id=a.amendment_id,
                    base_version=a.base_version,
                    tracked=a.tracked,
                )
                for a in result.amendments
            ],
            comments=[
                ReturnedComment(section_id=c.section_id, comment_id=c.comment_id, quote=c.quote)
                for c in result.comments
            ],
            unplaced=[NotPlaced(text=u.text, reason=u.reason) for u in result.unplaced],
        )
