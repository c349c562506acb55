"""Permission-matrix rows for these routes (merged in tests/identity/test_permissions.py)."""

from __future__ import annotations

from tests.identity.permission_rules import Case

MATRIX: dict[tuple[str, str], Case] = {}
