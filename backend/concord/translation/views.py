"""How translations are shown: authors as the viewer may know them, statuses per section."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session

from concord.core import languages
from concord.drafting import service as drafting
from concord.drafting.diff import word_diff
from concord.drafting.models import Document, Section
from concord.drafting.render import render_html
from concord.drafting.views import People
from concord.identity.access import Viewer
from concord.identity.models import User
from concord.translation import service as translation
from concord.translation.models import DocumentLanguage, Translation
from concord.translation.schemas import (
    DocumentLanguages,
    DocumentTranslations,
    LanguageInfo,
    LanguagePublic,
    SectionTranslation,
    TranslationCounts,
    TranslationPublic,
    TranslationRow,
    TranslationSaved,
)


def language_info(code: str) -> LanguageInfo:
    found = languages.language(code)
    return LanguageInfo(
        language=found.code, name=found.name, native=found.native, direction=found.direction
    )


def people_of(session: Session, viewer: Viewer, translations: Iterable[Translation]) -> People:
    found = list(translations)
    return People.load(
        session, viewer, (t.author_id for t in found), (t.delegation_id for t in found)
    )


def translation_public(item: Translation, people: People) -> TranslationPublic:
    author = people.person(item.author_id)
    return TranslationPublic(
        number=item.number,
        language=item.language,
        text=item.text,
        html=render_html(item.text),
        content_hash=item.content_hash,
        source_version=item.source_version,
        source_hash=item.source_hash,
        author=author,
        delegation=people.delegation(item.delegation_id) if author.id is not None else None,
        created_at=item.created_at,
    )


def saved_view(
    session: Session, viewer: Viewer, item: Translation, created: bool
) -> TranslationSaved:
    public = translation_public(item, people_of(session, viewer, [item]))
    return TranslationSaved(**public.model_dump(), created=created)


def _language_public(row: DocumentLanguage, named: list[User], people: People) -> LanguagePublic:
    return LanguagePublic(
        **language_info(row.language).model_dump(),
        authentic=row.authentic,
        required_for_adoption=row.required_for_adoption,
        # A translator the viewer may not know of is left out, not shown as "undisclosed".
        translators=[
            people.person(user.id or 0)
            for user in named
            if people.viewer.sees_delegation(user.delegation_id)
        ],
    )


def document_languages(session: Session, viewer: Viewer, document: Document) -> DocumentLanguages:
    assert document.id is not None
    rows = translation.document_languages(session, document.id)
    named = translation.translators(session, document.id)
    people = People.load(session, viewer, (u.id or 0 for us in named.values() for u in us))
    return DocumentLanguages(
        document_id=document.id,
        negotiating=language_info(document.language),
        languages=[_language_public(row, named.get(row.language, []), people) for row in rows],
        may_translate=[
            row.language
            for row in rows
            if translation.may_translate(session, viewer, document, row.language)
        ],
    )


def section_translation(
    session: Session, viewer: Viewer, section: Section, document: Document, code: str
) -> SectionTranslation:
    assert section.id is not None
    translation.document_language(session, document, code)
    source = drafting.get_version(session, section, section.head)
    latest = translation.latest(session, section.id, code)
    status = translation.status_of(latest, source)
    diff = None
    if latest is not None and status == "out_of_date":
        translated = drafting.get_version(session, section, latest.source_version)
        diff = word_diff(translated.text, source.text)
    return SectionTranslation(
        section_id=section.id,
        language=language_info(code),
        status=status,
        source_version=source.number,
        source_text=source.text,
        source_html=render_html(source.text),
        translation=(
            translation_public(latest, people_of(session, viewer, [latest])) if latest else None
        ),
        source_diff=diff,
        may_translate=translation.may_translate(session, viewer, document, code),
    )


def document_translations(session: Session, document: Document, code: str) -> DocumentTranslations:
    assert document.id is not None
    translation.document_language(session, document, code)
    rows = translation.document_rows(session, document, code)
    numbers = drafting.paragraph_numbers(row.section.kind for row in rows)
    sections = [
        TranslationRow(
            section_id=row.section.id or 0,
            kind=row.section.kind,
            number=number,
            status=row.status,
            version=row.translation.number if row.translation else None,
            translated_source_version=(row.translation.source_version if row.translation else None),
            source_version=row.source.number,
            text=row.translation.text if row.translation else None,
            html=render_html(row.translation.text) if row.translation else None,
        )
        for row, number in zip(rows, numbers, strict=True)
    ]
    return DocumentTranslations(
        document_id=document.id,
        language=language_info(code),
        counts=TranslationCounts(
            current=sum(s.status == "current" for s in sections),
            out_of_date=sum(s.status == "out_of_date" for s in sections),
            missing=sum(s.status == "missing" for s in sections),
        ),
        sections=sections,
    )
