"""The Word files a circulated revision's e-mail carries, for those who ask for attachments.

Each recipient gets the revision as they may read it through the API (the export is built with
their own viewer: an unannounced delegation's positions and names stay hidden as in a download),
clean and as a redline against the revision before (none for the first revision). Readers with
the same lens get the same files, so a batch builds them once per lens, not once per person.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Hashable
from typing import Any

from sqlmodel import Session

from concord.drafting import policy
from concord.drafting.models import Document
from concord.export import templates
from concord.export.docx import build_docx
from concord.export.errors import NoEarlierRevision
from concord.export.routes import file_name
from concord.export.service import ExportRequest, build_export
from concord.identity.access import Viewer, viewer_for
from concord.identity.models import User
from concord.live.events import lens_of
from concord.notify.models import Notification, NotificationKind

log = logging.getLogger("concord.notify")
Files = list[tuple[str, bytes]]


class WordFiles:
    """The files of one batch of mails, built once per (document, revision, lens)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._built: dict[tuple[int, str, Hashable], Files] = {}

    def for_mail(self, row: Notification, user: User) -> Files:
        if row.kind != NotificationKind.revision_circulated or row.document_id is None:
            return []
        told: dict[str, Any] = json.loads(row.payload)
        revision = told.get("revision")
        document = self.session.get(Document, row.document_id)
        if not isinstance(revision, str) or document is None:
            return []
        viewer = viewer_for(self.session, user)
        if not policy.may_read(self.session, viewer, document):
            return []
        key = (row.document_id, revision, lens_of(viewer))
        if key not in self._built:
            try:
                self._built[key] = self._build(viewer, document, revision)
            except Exception:  # the mail goes without its files rather than not at all
                log.exception("notify: could not build the Word files of %s", revision)
                self._built[key] = []
        return self._built[key]

    def _build(self, viewer: Viewer, document: Document, revision: str) -> Files:
        template = templates.for_export(self.session, None)
        files: Files = []
        variants = [ExportRequest(variant="clean", revision=revision)]
        variants.append(ExportRequest(variant="redline", revision=revision))
        for request in variants:
            try:
                doc = build_export(self.session, viewer, document, request)
            except NoEarlierRevision:
                continue  # the first revision: nothing to compare with
            files.append((file_name(doc, "docx"), build_docx(doc, template=template)))
        return files
