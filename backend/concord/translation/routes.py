"""A document's languages and translators, and the translations of its sections."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from concord.core.dependencies import IdPath, SessionDep
from concord.core.errors import ERROR_RESPONSES
from concord.drafting import service as drafting
from concord.drafting.dependencies import DocumentDep, LockedDocumentDep, SectionDep
from concord.identity.dependencies import ViewerDep
from concord.translation import service as translation
from concord.translation import views
from concord.translation.schemas import (
    DocumentLanguages,
    DocumentTranslations,
    LanguagePublic,
    LanguageSettings,
    SectionTranslation,
    TranslationCreate,
    TranslationPublic,
    TranslationSaved,
    TranslatorAdd,
)

router = APIRouter(tags=["translation"], responses=ERROR_RESPONSES)
LanguagePath = Annotated[
    str, Path(min_length=2, max_length=3, pattern="^[a-z]{2,3}$", description="ISO 639-1.")
]


@router.get("/documents/{document_id}/languages")
def get_languages(
    session: SessionDep, viewer: ViewerDep, document: DocumentDep
) -> DocumentLanguages:
    """The language the text is negotiated in, and the others it is published in."""
    return views.document_languages(session, viewer, document)


@router.put(
    "/documents/{document_id}/languages/{language}",
    responses={201: {"model": LanguagePublic, "description": "The language was added."}},
)
def put_language(
    session: SessionDep,
    viewer: ViewerDep,
    document: LockedDocumentDep,
    language: LanguagePath,
    body: LanguageSettings,
    response: Response,
) -> LanguagePublic:
    """Publish the document in another language, or change that language's settings
    (the secretariat)."""
    _, added = translation.set_language(
        session,
        viewer,
        document,
        language,
        authentic=body.authentic,
        required_for_adoption=body.required_for_adoption,
    )
    if added:
        response.status_code = status.HTTP_201_CREATED
    found = views.document_languages(session, viewer, document).languages
    return next(item for item in found if item.language == language)


@router.delete(
    "/documents/{document_id}/languages/{language}", status_code=status.HTTP_204_NO_CONTENT
)
def delete_language(
    session: SessionDep, viewer: ViewerDep, document: LockedDocumentDep, language: LanguagePath
) -> Response:
    """Stop publishing in a language that has no translation yet (the secretariat)."""
    translation.remove_language(session, viewer, document, language)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/documents/{document_id}/languages/{language}/translators",
    status_code=status.HTTP_204_NO_CONTENT,
)
def add_translator(
    session: SessionDep,
    viewer: ViewerDep,
    document: LockedDocumentDep,
    language: LanguagePath,
    body: TranslatorAdd,
) -> Response:
    """Name a person translator of the document into the language (the secretariat)."""
    translation.add_translator(session, viewer, document, language, body.user_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.delete(
    "/documents/{document_id}/languages/{language}/translators/{user_id}",
    status_code=status.HTTP_204_NO_CONTENT,
)
def delete_translator(
    session: SessionDep,
    viewer: ViewerDep,
    document: LockedDocumentDep,
    language: LanguagePath,
    user_id: IdPath,
) -> Response:
    translation.remove_translator(session, viewer, document, language, user_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/documents/{document_id}/translations/{language}")
def get_document_translations(
    session: SessionDep, document: DocumentDep, language: LanguagePath
) -> DocumentTranslations:
    """Every live section's translation into the language: current, out of date or missing."""
    return views.document_translations(session, document, language)


@router.get("/sections/{section_id}/translations/{language}")
def get_section_translation(
    session: SessionDep, viewer: ViewerDep, section: SectionDep, language: LanguagePath
) -> SectionTranslation:
    """The section's latest translation, its status, and (out of date) the source's changes
    since the version it translates."""
    document = drafting.get_document(session, section.document_id)
    return views.section_translation(session, viewer, section, document, language)


@router.get("/sections/{section_id}/translations/{language}/versions")
def list_translation_versions(
    session: SessionDep, viewer: ViewerDep, section: SectionDep, language: LanguagePath
) -> list[TranslationPublic]:
    """Every version of the section's translation into the language, oldest first."""
    assert section.id is not None
    translation.document_language(
        session, drafting.get_document(session, section.document_id), language
    )
    found = translation.versions(session, section.id, language)
    people = views.people_of(session, viewer, found)
    return [views.translation_public(item, people) for item in found]


@router.post(
    "/sections/{section_id}/translations/{language}",
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": TranslationSaved, "description": "Already current: nothing new."},
        409: {"description": "`translation_source_stale` or `translation_conflict`."},
    },
)
def save_translation(
    session: SessionDep,
    viewer: ViewerDep,
    section_id: IdPath,
    language: LanguagePath,
    body: TranslationCreate,
    response: Response,
) -> TranslationSaved:
    """Save a new version of the section's translation, made from the source's current version."""
    saved, created = translation.save(
        session,
        viewer,
        section_id,
        language,
        body.text,
        source_version=body.source_version,
        base_version=body.base_version,
    )
    if not created:
        response.status_code = status.HTTP_200_OK
    return views.saved_view(session, viewer, saved, created)
