"""Signed one-click unsubscribe links (RFC 8058): whoever holds the link may stop that kind of
e-mail for that person, and nothing else. Signed with the secret key (itsdangerous), so a link
cannot be made for someone else; no expiry, as mail clients keep them."""

from __future__ import annotations

from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeSerializer

from concord.core.config import Settings, get_settings
from concord.notify.models import NotificationKind

SALT = "concord-unsubscribe"


def _signer(settings: Settings) -> URLSafeSerializer:
    return URLSafeSerializer(settings.secret_key, salt=SALT)


def token(user_id: int, kind: str, settings: Settings | None = None) -> str:
    return str(_signer(settings or get_settings()).dumps({"u": user_id, "k": kind}))


def url(user_id: int, kind: str, settings: Settings | None = None) -> str:
    settings = settings or get_settings()
    signed = token(user_id, kind, settings)
    return f"{settings.public_url}/api/v1/notifications/unsubscribe?token={signed}"


@dataclass(frozen=True)
class Unsubscription:
    user_id: int
    kind: NotificationKind


def read(value: str) -> Unsubscription | None:
    """What a token asks, or None when it is not one of ours."""
    try:
        data = _signer(get_settings()).loads(value)
    except BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    user_id, kind = data.get("u"), data.get("k")
    if not isinstance(user_id, int) or not isinstance(kind, str):
        return None
    if kind not in NotificationKind.__members__:
        return None
    return Unsubscription(user_id, NotificationKind(kind))
