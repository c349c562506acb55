"""HTTP routes of the deliberation domain."""

from __future__ import annotations

from fastapi import APIRouter

from concord.core.errors import ERROR_RESPONSES

router = APIRouter(tags=["deliberation"], responses=ERROR_RESPONSES)
