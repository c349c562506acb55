"""Secrets: personal access tokens are random and stored only as their SHA-256."""

from __future__ import annotations

import hashlib
import secrets

TOKEN_PREFIX = "cnc_"  # noqa: S105 - a public marker, not a secret


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    # A 256-bit random token needs no slow hash: a SHA-256 cannot be brute-forced back to it.
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()
