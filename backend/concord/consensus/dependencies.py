"""Path objects for the consensus routes."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from concord.core.dependencies import MAX_ID

VersionQuery = Annotated[
    int | None,
    Query(
        ge=1, le=MAX_ID, description="The version whose position to withdraw (default: current)."
    ),
]
