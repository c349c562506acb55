"""Shared by the identity tests: the roles not entitled to see the unannounced delegation."""

from __future__ import annotations

NOT_ENTITLED = (
    "anonymous",
    "observer",
    "observer_chair",
    "member",
    "chair",
    "delegate_a",
    "head_a",
    "delegate_b",
)
