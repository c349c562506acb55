"""The vocabulary of the permission matrix: expected statuses per role, and a test case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.access_world import READERS, ROLES, World


def everyone(status: int) -> dict[str, int]:
    return dict.fromkeys(ROLES, status) | {"anonymous": 401}


def only(status: int, *roles: str, denied: int = 403) -> dict[str, int]:
    return {role: (status if role in roles else denied) for role in ROLES} | {"anonymous": 401}


def document_rule(status: int, *allowed: str) -> dict[str, int]:
    """Readers who may not act get 403; people who may not read the document get 404."""
    return {
        role: status if role in allowed else 403 if role in READERS else 404 for role in ROLES
    } | {"anonymous": 401}


READ = document_rule(
    200, "secretariat", "chair", "member", "head_a", "delegate_a", "unannounced", "observer_chair"
)
DRAFTERS = ("secretariat", "chair", "member")
PEN = ("secretariat", "chair")


@dataclass
class Case:
    expect: dict[str, int]
    path: Callable[[World], str]
    body: Callable[[World], Any] = field(default=lambda w: None)
    query: dict[str, str] = field(default_factory=dict)
    # A multipart upload instead of a JSON body: the files, and the form's other fields.
    files: Callable[[World], dict[str, tuple[str, bytes, str]]] | None = None
