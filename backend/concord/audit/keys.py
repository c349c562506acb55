"""The audit log's keys (docs/invariants.md, invariant 8): every event's hash is an HMAC-SHA256
under a key kept outside the database, so write access to the database is not enough to rewrite
the chain.

A keyring is a list of keys separated by whitespace (`CONCORD_AUDIT_KEY`, or one a line in
`CONCORD_AUDIT_KEY_FILE`, where `#` starts a comment line): the first signs new events, the
others only verify events signed before a rotation. Each event records the id of its key, a
digest of the key itself, so an id can never name the wrong key. Without a configured key, local
and test installations derive a development key from `CONCORD_SECRET_KEY`; production refuses
to run without one.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from concord.core.config import Settings, get_settings

KEY_ID_CHARS = 16
MIN_KEY_CHARS = 32
_ID_CONTEXT = b"concord audit key id"
_DEVELOPMENT_CONTEXT = b"concord audit log key (development)"


class AuditKeyError(RuntimeError):
    """The audit key configuration is missing or unusable; the message says how to fix it."""


@dataclass(frozen=True)
class AuditKey:
    id: str
    secret: bytes = field(repr=False)

    def mac(self, message: str) -> str:
        return hmac.digest(self.secret, message.encode("utf-8"), "sha256").hex()


def make_key(secret: str) -> AuditKey:
    raw = secret.encode("utf-8")
    key_id = hmac.new(raw, _ID_CONTEXT, hashlib.sha256).hexdigest()[:KEY_ID_CHARS]
    return AuditKey(key_id, raw)


@dataclass(frozen=True)
class Keyring:
    current: AuditKey
    previous: tuple[AuditKey, ...] = ()
    development: bool = False

    def get(self, key_id: str) -> AuditKey | None:
        for key in (self.current, *self.previous):
            if key.id == key_id:
                return key
        return None

    @property
    def ids(self) -> list[str]:
        return [key.id for key in (self.current, *self.previous)]


def parse_keyring(text: str, *, source: str) -> Keyring:
    lines = (line for line in text.splitlines() if not line.lstrip().startswith("#"))
    secrets = " ".join(lines).split()
    if not secrets:
        raise AuditKeyError(f"{source} holds no key")
    short = [n for n, secret in enumerate(secrets, 1) if len(secret) < MIN_KEY_CHARS]
    if short:
        raise AuditKeyError(
            f"key {short[0]} of {source} is shorter than {MIN_KEY_CHARS} characters; make one"
            " with `concord audit new-key`"
        )
    keys = [make_key(secret) for secret in secrets]
    return Keyring(keys[0], tuple(keys[1:]))


def development_keyring(secret_key: str) -> Keyring:
    secret = hmac.new(secret_key.encode("utf-8"), _DEVELOPMENT_CONTEXT, hashlib.sha256)
    return Keyring(make_key(secret.hexdigest()), development=True)


@cache
def _load(env: str, secret_key: str, key: str | None, key_file: Path | None) -> Keyring:
    if key and key_file:
        raise AuditKeyError("set CONCORD_AUDIT_KEY or CONCORD_AUDIT_KEY_FILE, not both")
    if key_file is not None:
        try:
            text = key_file.read_text(encoding="utf-8")
        except OSError as error:
            raise AuditKeyError(
                f"cannot read CONCORD_AUDIT_KEY_FILE {key_file}: {error.strerror}"
            ) from error
        return parse_keyring(text, source=f"CONCORD_AUDIT_KEY_FILE ({key_file})")
    if key:
        return parse_keyring(key, source="CONCORD_AUDIT_KEY")
    if env == "production":
        raise AuditKeyError(
            "no audit log key: set CONCORD_AUDIT_KEY (or CONCORD_AUDIT_KEY_FILE) to a long random"
            " secret kept outside the database (`concord audit new-key` makes one)"
        )
    return development_keyring(secret_key)


def load_keyring(settings: Settings) -> Keyring:
    """The keyring the settings name (read once per process; a new key needs a restart)."""
    return _load(settings.env, settings.secret_key, settings.audit_key, settings.audit_key_file)


def get_keyring() -> Keyring:
    return load_keyring(get_settings())
