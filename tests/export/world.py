"""Export objects in the access world: a stored Word template, for the permission matrix.

Called from `tests.access_world.build` as `add_export(session, world)`.
"""

from __future__ import annotations

import io

import docx
from sqlmodel import Session

from concord.export import templates
from concord.identity.access import viewer_for
from tests.access_world import World


def template_bytes() -> bytes:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return buffer.getvalue()


def add_export(session: Session, world: World) -> None:
    secretariat = viewer_for(session, world.people["secretariat"])
    template = templates.upload(
        session, secretariat, "Letterhead.docx", template_bytes(), default=False
    )
    world.template_id = template.id or 0
