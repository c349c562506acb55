"""HTTP routes of the consensus domain."""

from __future__ import annotations

from fastapi import APIRouter

from concord.core.errors import ERROR_RESPONSES

router = APIRouter(tags=["consensus"], responses=ERROR_RESPONSES)
