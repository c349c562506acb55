"""Translations in the access world, for the permission matrix and the leak scan.

Called from `tests.access_world.build` as `add_translation(session, world)`. The document is
published in Arabic (authentic) and French; the unannounced envoy is named translator into
Arabic and translates the first section: the envoy must stay unnamed to everyone not entitled,
as a translator and as an author.
"""

from __future__ import annotations

from sqlmodel import Session

from concord.deliberation import comments
from concord.deliberation.schemas import CommentCreate
from concord.identity.access import viewer_for
from concord.translation import service as translation
from tests.access_world import MARKER, World

ARABIC = "نرحب [ترحيبا حارا] بالائتلاف."


def add_translation(session: Session, world: World) -> None:
    secretariat = viewer_for(session, world.people["secretariat"])
    envoy = world.people["unannounced"]
    translation.set_language(
        session, secretariat, world.document, "ar", authentic=True, required_for_adoption=None
    )
    translation.set_language(
        session, secretariat, world.document, "fr", authentic=False, required_for_adoption=None
    )
    translation.add_translator(session, secretariat, world.document, "ar", envoy.id or 0)
    translation.save(
        session,
        viewer_for(session, envoy),
        world.section.id or 0,
        "ar",
        ARABIC,
        source_version=world.section.head,
        base_version=None,
    )
    # The envoy's remark on that translation: hidden as its comments on the text are.
    comments.create_comment(
        session,
        viewer_for(session, envoy),
        world.section,
        CommentCreate(body=f"{MARKER} reads well.", version=1, language="ar"),
    )
