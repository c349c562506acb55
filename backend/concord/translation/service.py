"""Translations: a document's other languages, who translates them, and each section's
translation, versioned and bound to the exact source version it translates.

A translation is *current* while the source still has the content hash it was made from, *out
of date* once the source has changed (still shown, with the source's diff since then), and
*missing* when the section has none in that language. Approvals stay bound to the source; a
language `required_for_adoption` holds adoption until every section's translation is current.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func
from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.core import languages
from concord.core.clock import now
from concord.core.errors import Conflict, Forbidden, NotFound
from concord.core.text import content_hash
from concord.drafting import policy
from concord.drafting import service as drafting
from concord.drafting.errors import SectionRetired
from concord.drafting.models import Document, DocumentStatus, Section, Version
from concord.identity.access import Viewer, require_writer, viewer_for
from concord.identity.errors import UnknownUser
from concord.identity.models import User
from concord.translation.models import DocumentLanguage, Translation, Translator

Status = Literal["current", "out_of_date", "missing"]


class LanguageNotInDocument(NotFound):
    code = "language_not_in_document"


class LanguageInUse(Conflict):
    code = "language_has_translations"


class NegotiatingLanguage(Conflict):
    code = "negotiating_language"


class NotATranslator(Forbidden):
    code = "not_a_translator"


class TranslatorCannotRead(Conflict):
    code = "translator_cannot_read"


class SourceChanged(Conflict):
    code = "translation_source_stale"


class TranslationConflict(Conflict):
    code = "translation_conflict"


class DocumentWithdrawn(Conflict):
    code = "document_withdrawn"


# --- languages and translators -------------------------------------------------------------


def document_languages(session: Session, document_id: int) -> list[DocumentLanguage]:
    return list(
        session.exec(
            select(DocumentLanguage)
            .where(DocumentLanguage.document_id == document_id)
            .order_by(col(DocumentLanguage.language))
        ).all()
    )


def document_language(session: Session, document: Document, code: str) -> DocumentLanguage:
    """One of the document's other languages, or a 404 (a 422 for a code Concord does not know)."""
    languages.language(code)
    found = session.get(DocumentLanguage, (document.id, code))
    if found is None:
        raise LanguageNotInDocument(
            f"The document is not published in {code!r}.", details={"language": code}
        )
    return found


def translators(session: Session, document_id: int) -> dict[str, list[User]]:
    rows = session.exec(
        select(Translator.language, User)
        .join(User, col(User.id) == col(Translator.user_id))
        .where(Translator.document_id == document_id)
        .order_by(col(User.name))
    ).all()
    found: dict[str, list[User]] = {}
    for language, user in rows:
        found.setdefault(language, []).append(user)
    return found


def _require_secretariat(viewer: Viewer) -> None:
    require_writer(viewer)
    if not viewer.secretariat:
        raise Forbidden(
            "Only the secretariat sets a document's languages.", code="secretariat_only"
        )


def set_language(
    session: Session,
    viewer: Viewer,
    document: Document,
    code: str,
    *,
    authentic: bool,
    required_for_adoption: bool | None,
) -> tuple[DocumentLanguage, bool]:
    """Add a language to the document or change its settings; True when it was added."""
    _require_secretariat(viewer)
    language = languages.language(code)
    if language.code == document.language:
        raise NegotiatingLanguage(
            "The text is negotiated in this language: it is the source, not a translation.",
            details={"language": code},
        )
    required = authentic if required_for_adoption is None else required_for_adoption
    found = session.get(DocumentLanguage, (document.id, code))
    added = found is None
    row = found or DocumentLanguage(document_id=document.id or 0, language=code)
    row.authentic = authentic
    row.required_for_adoption = required
    session.add(row)
    session.flush()
    audit.log(
        session,
        Action.DOCUMENT_LANGUAGE_SET,
        "document",
        document.id,
        {"language": code, "authentic": authentic, "required_for_adoption": required},
    )
    return row, added


def remove_language(session: Session, viewer: Viewer, document: Document, code: str) -> None:
    _require_secretariat(viewer)
    row = document_language(session, document, code)
    used = session.exec(
        select(func.count())
        .select_from(Translation)
        .join(Section, col(Section.id) == col(Translation.section_id))
        .where(Section.document_id == document.id, Translation.language == code)
    ).one()
    if used:
        raise LanguageInUse(
            "Sections have translations in this language: they are kept, and so is the language.",
            details={"language": code, "translations": int(used)},
        )
    for translator in session.exec(
        select(Translator).where(Translator.document_id == document.id, Translator.language == code)
    ).all():
        session.delete(translator)
    session.delete(row)
    session.flush()
    audit.log(session, Action.DOCUMENT_LANGUAGE_REMOVE, "document", document.id, {"language": code})


def add_translator(
    session: Session, viewer: Viewer, document: Document, code: str, user_id: int
) -> bool:
    """Name a person translator of the document into a language; False if they already were."""
    _require_secretariat(viewer)
    document_language(session, document, code)
    user = session.get(User, user_id)
    if user is None or user.disabled:
        raise UnknownUser("No such person.", details={"field": "user_id"})
    person = viewer_for(session, user)
    if person.observer or not policy.may_read(session, person, document):
        raise TranslatorCannotRead(
            "A translator must be someone who may read and write this document.",
            details={"user_id": user_id},
        )
    if session.get(Translator, (document.id, code, user_id)) is not None:
        return False
    session.add(Translator(document_id=document.id or 0, language=code, user_id=user_id))
    session.flush()
    audit.log(
        session,
        Action.TRANSLATOR_ADD,
        "document",
        document.id,
        {"language": code, "user_id": user_id},
    )
    return True


def remove_translator(
    session: Session, viewer: Viewer, document: Document, code: str, user_id: int
) -> None:
    _require_secretariat(viewer)
    document_language(session, document, code)
    row = session.get(Translator, (document.id, code, user_id))
    if row is None:
        raise NotFound("This person does not translate this document.", code="translator_not_found")
    session.delete(row)
    session.flush()
    audit.log(
        session,
        Action.TRANSLATOR_REMOVE,
        "document",
        document.id,
        {"language": code, "user_id": user_id},
    )


def may_translate(session: Session, viewer: Viewer, document: Document, code: str) -> bool:
    if viewer.observer:
        return False
    if viewer.secretariat:
        return True
    return session.get(Translator, (document.id, code, viewer.id)) is not None


# --- translations ----------------------------------------------------------------------------


def latest(session: Session, section_id: int, code: str) -> Translation | None:
    return session.exec(
        select(Translation)
        .where(Translation.section_id == section_id, Translation.language == code)
        .order_by(col(Translation.number).desc())
        .limit(1)
    ).first()


def versions(session: Session, section_id: int, code: str) -> Sequence[Translation]:
    return session.exec(
        select(Translation)
        .where(Translation.section_id == section_id, Translation.language == code)
        .order_by(col(Translation.number))
    ).all()


def status_of(translation: Translation | None, source: Version) -> Status:
    if translation is None:
        return "missing"
    return "current" if translation.source_hash == source.content_hash else "out_of_date"


def save(
    session: Session,
    viewer: Viewer,
    section_id: int,
    code: str,
    text: str,
    *,
    source_version: int,
    base_version: int | None,
) -> tuple[Translation, bool]:
    """A new version of a section's translation, made from the source's `source_version`.

    Refused when the source has moved on since (409 `translation_source_stale`: translate the
    current text, its diff is in the answer's details) and when another translation was saved
    since `base_version` (409 `translation_conflict`: translations are not merged). Saving the
    current translation's text again from a newer source version confirms it: a new version,
    current again. Returns the translation and whether it is new.
    """
    proposed = drafting.section_text(text)
    # The section's row lock: its writers (source and translations) go one at a time.
    section = drafting.get_section(session, section_id, lock=True)
    document = drafting.get_document(session, section.document_id)
    drafting.readable_section(session, viewer, section, document)
    document_language(session, document, code)
    require_writer(viewer)
    if not may_translate(session, viewer, document, code):
        raise NotATranslator(
            "Only the secretariat and the translators it names translate this document.",
            details={"language": code},
        )
    if document.status == DocumentStatus.withdrawn:
        raise DocumentWithdrawn("The document has been withdrawn.")
    if section.retired_at is not None:
        raise SectionRetired("The section has been retired.")
    if source_version != section.head:
        raise SourceChanged(
            f"The source is at version {section.head}: translate that text.",
            details={"source_version": source_version, "current_source_version": section.head},
        )
    source = drafting.get_version(session, section, section.head)
    current = latest(session, section_id, code)
    current_number = current.number if current else None
    if base_version != current_number:
        raise TranslationConflict(
            "The translation was changed since you opened it.",
            details={
                "base_version": base_version,
                "current_version": current_number,
                "current_text": current.text if current else None,
            },
        )
    digest = content_hash(proposed)
    if current and current.content_hash == digest and current.source_hash == source.content_hash:
        return current, False
    translation = Translation(
        section_id=section_id,
        language=code,
        number=(current_number or 0) + 1,
        text=proposed,
        content_hash=digest,
        source_version=source.number,
        source_hash=source.content_hash,
        author_id=viewer.id,
        delegation_id=viewer.user.delegation_id,
        created_at=now(),
    )
    session.add(translation)
    session.flush()
    audit.log(
        session,
        Action.TRANSLATION_CREATE,
        "section",
        section_id,
        {
            "language": code,
            "number": translation.number,
            "source_version": source.number,
            "content_hash": digest,
        },
    )
    return translation, True


@dataclass(frozen=True)
class Row:
    """One live section's translation into one language, as the document stands."""

    section: Section
    source: Version
    translation: Translation | None

    @property
    def status(self) -> Status:
        return status_of(self.translation, self.source)


def latest_of_document(
    session: Session, document_id: int, codes: Iterable[str]
) -> dict[tuple[int, str], Translation]:
    """The latest translation of every section of the document in each of `codes`."""
    codes = list(codes)
    if not codes:
        return {}
    newest = (
        select(
            col(Translation.section_id).label("section_id"),
            col(Translation.language).label("language"),
            func.max(Translation.number).label("number"),
        )
        .join(Section, col(Section.id) == col(Translation.section_id))
        .where(Section.document_id == document_id, col(Translation.language).in_(codes))
        .group_by(col(Translation.section_id), col(Translation.language))
        .subquery()
    )
    rows = session.exec(
        select(Translation).join(
            newest,
            (col(Translation.section_id) == newest.c.section_id)
            & (col(Translation.language) == newest.c.language)
            & (col(Translation.number) == newest.c.number),
        )
    ).all()
    return {(t.section_id, t.language): t for t in rows}


def document_rows(session: Session, document: Document, code: str) -> list[Row]:
    """Every live section in order with its latest translation into `code`."""
    assert document.id is not None
    found = latest_of_document(session, document.id, [code])
    return [
        Row(section, source, found.get((section.id or 0, code)))
        for section, source in drafting.live_sections(session, document.id)
    ]


def not_current(
    session: Session, document: Document, rows: Sequence[tuple[Section, Version]]
) -> list[dict[str, object]]:
    """For each language required for adoption, the sections whose translation is missing or out
    of date (none listed: nothing to wait for). Every section counts, headings too: the published
    text has them all."""
    assert document.id is not None
    required = [
        row.language
        for row in document_languages(session, document.id)
        if row.required_for_adoption
    ]
    found = latest_of_document(session, document.id, required)
    waiting: list[dict[str, object]] = []
    for code in required:
        missing: list[int] = []
        stale: list[int] = []
        for section, source in rows:
            status = status_of(found.get((section.id or 0, code)), source)
            if status == "missing":
                missing.append(section.id or 0)
            elif status == "out_of_date":
                stale.append(section.id or 0)
        if missing or stale:
            waiting.append({"language": code, "missing": missing, "out_of_date": stale})
    return waiting


@dataclass(frozen=True)
class Rendition:
    """A section's text in a language for an export of one of its versions."""

    text: str | None  # None: no translation made from this version or an earlier one
    status: Status


def renditions(session: Session, versions: Iterable[Version], code: str) -> dict[int, Rendition]:
    """For each source version (one per section), the latest translation into `code` made from
    it or from an earlier version: current when made from this very text, else out of date."""
    wanted = {version.section_id: version for version in versions}
    if not wanted:
        return {}
    found: dict[int, Rendition] = {section_id: Rendition(None, "missing") for section_id in wanted}
    rows = session.exec(
        select(Translation)
        .where(col(Translation.section_id).in_(list(wanted)), Translation.language == code)
        .order_by(col(Translation.number))
    ).all()
    for item in rows:  # oldest first: the last one that fits wins
        source = wanted[item.section_id]
        if item.source_version <= source.number:
            found[item.section_id] = Rendition(item.text, status_of(item, source))
    return found
