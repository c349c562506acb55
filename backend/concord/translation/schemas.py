"""Request and response models of the translation API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from concord.core.dependencies import MAX_ID
from concord.drafting.models import SectionKind
from concord.drafting.schemas import DiffOp
from concord.identity.schemas import DelegationPublic, PersonPublic

Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Status = Literal["current", "out_of_date", "missing"]


class LanguageInfo(BaseModel):
    language: str = Field(description="ISO 639-1 code.")
    name: str = Field(description="In English.")
    native: str = Field(description="In the language itself.")
    direction: Literal["ltr", "rtl"]


class LanguagePublic(LanguageInfo):
    authentic: bool = Field(description="An equally authentic text of the document.")
    required_for_adoption: bool = Field(
        description="Adoption waits until every section's translation into it is current."
    )
    translators: list[PersonPublic] = Field(
        description="The people named to translate into it (those the viewer may know of)."
    )


class DocumentLanguages(BaseModel):
    document_id: int
    negotiating: LanguageInfo = Field(description="The language the text is negotiated in.")
    languages: list[LanguagePublic]
    may_translate: list[str] = Field(description="The languages the viewer may translate into.")


class LanguageSettings(BaseModel):
    authentic: bool = False
    required_for_adoption: bool | None = Field(default=None, description="Defaults to `authentic`.")


class TranslatorAdd(BaseModel):
    user_id: Id


class TranslationCreate(BaseModel):
    text: str
    source_version: Id = Field(description="The source version translated: the current one.")
    base_version: Id | None = Field(
        description="The translation version this one replaces (null for the first)."
    )


class TranslationPublic(BaseModel):
    number: int
    language: str
    text: str
    html: str
    content_hash: str
    source_version: int = Field(description="The source version it translates.")
    source_hash: str = Field(description="That version's content hash.")
    author: PersonPublic
    delegation: DelegationPublic | None
    created_at: datetime


class TranslationSaved(TranslationPublic):
    created: bool = Field(description="False when this translation was already current.")


class SectionTranslation(BaseModel):
    section_id: int
    language: LanguageInfo
    status: Status
    source_version: int = Field(description="The source's current version.")
    source_text: str
    source_html: str
    translation: TranslationPublic | None
    source_diff: list[DiffOp] | None = Field(
        description="Out of date: the source's changes since the version translated."
    )
    may_translate: bool


class TranslationRow(BaseModel):
    section_id: int
    kind: SectionKind
    number: int | None = Field(description="The paragraph's number in the source.")
    status: Status
    version: int | None = Field(description="The latest translation's version.")
    translated_source_version: int | None
    source_version: int
    text: str | None = Field(description="The latest translation's text (Markdown).")
    html: str | None


class TranslationCounts(BaseModel):
    current: int
    out_of_date: int
    missing: int


class DocumentTranslations(BaseModel):
    document_id: int
    language: LanguageInfo
    counts: TranslationCounts
    sections: list[TranslationRow]
