"""A negotiated text to export: two revisions with edits, an added and a removed paragraph,
Arabic and Hebrew, a Markdown footnote, statements, and a hidden (unannounced) party."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from tests.export.support import ExportWorld, build_world


@pytest.fixture
def world(session: Session) -> ExportWorld:
    return build_world(session)
