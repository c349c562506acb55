"""Sealed event ids: the `id:` of a server-sent event, revealing no count.

A change's position is its audit seq, numbered across everything that happens, hidden or not:
a subscriber who saw seq 40 and then 52 would learn that eleven changes it may not know of
happened in between. So the stream's `id:` is the seq sealed with AES-SIV (RFC 5297), under a
key derived by HKDF-SHA256 from the app's `secret_key`, with the document as associated data.
AES-SIV is deterministic authenticated encryption: the same change has the same id for every
subscriber of a document (frames are rendered once and shared), ids look random and carry no
order, and an id that was not sealed here, or was sealed for another document, does not open.
A browser hands the id back as `Last-Event-ID`; what does not open is no position at all.
"""

from __future__ import annotations

import base64
import binascii
import struct
from functools import cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from concord.core.config import get_settings

INFO = b"concord live event ids v1"
KEY_BYTES = 64  # AES-SIV-256: two 256-bit keys (MAC and cipher)
SEQ = struct.Struct(">Q")
# A sealed id: a 16-byte synthetic IV and the 8-byte seq, URL-safe base64 without padding.
SEALED_CHARS = 32
MAX_SEQ = 2**63 - 1


@cache
def _cipher(secret_key: str) -> AESSIV:
    key = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=INFO).derive(
        secret_key.encode()
    )
    return AESSIV(key)


def _context(document_id: int) -> list[bytes]:
    return [b"document:%d" % document_id]


def seal(seq: int, document_id: int, *, secret_key: str | None = None) -> str:
    """The id a subscriber of `document_id` is shown for the change at `seq`."""
    cipher = _cipher(secret_key if secret_key is not None else get_settings().secret_key)
    sealed = cipher.encrypt(SEQ.pack(seq), _context(document_id))
    return base64.urlsafe_b64encode(sealed).rstrip(b"=").decode("ascii")


def open_id(value: str, document_id: int, *, secret_key: str | None = None) -> int | None:
    """The seq sealed in `value` for `document_id`, or None for anything else (malformed,
    forged, sealed for another document or under another key)."""
    text = value.strip()
    if len(text) != SEALED_CHARS:
        return None
    try:
        raw = base64.urlsafe_b64decode(text + "==")
    except (binascii.Error, ValueError):
        return None
    # Padding bits must be zero: one id, one spelling.
    if base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii") != text:
        return None
    cipher = _cipher(secret_key if secret_key is not None else get_settings().secret_key)
    try:
        plain = cipher.decrypt(raw, _context(document_id))
    except InvalidTag:
        return None
    if len(plain) != SEQ.size:
        return None
    (seq,) = SEQ.unpack(plain)
    return seq if 0 <= seq <= MAX_SEQ else None
