"""OpenID Connect sign-in: provider settings, ID-token checks and matching a person.

authlib's Starlette client does discovery, the authorization URL (state, nonce, PKCE S256), the
code exchange and the userinfo call. Its own `parse_id_token` is not used: it never checks `aud`
(only `azp`), trusts whatever algorithms the provider's discovery document lists (`none` included),
takes the expected issuer from that document and reads the system clock. `verify_id_token` checks
the token against the configured issuer and client, a fixed list of asymmetric algorithms and
`concord.core.clock`.

A person is matched by (issuer, subject), never by email. An unknown identity is bound only when
the sign-in started from a valid invitation and the provider vouches for the invited address.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

import httpx2 as httpx
from authlib.integrations.starlette_client import OAuth
from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet
from joserfc.jws import JWSRegistry
from pydantic import BaseModel, Field, field_validator
from sqlalchemy import CursorResult, Engine
from sqlmodel import Session, col, select, update
from starlette.middleware.sessions import SessionMiddleware

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.core.clock import now
from concord.core.config import get_settings
from concord.core.db import transaction
from concord.core.errors import ConcordError
from concord.identity.errors import (
    AccountDisabled,
    AlreadyBound,
    EmailUnverified,
    InvalidToken,
    ProviderUnavailable,
    UnknownIdentity,
    UnknownProvider,
)
from concord.identity.models import Invitation, OidcIdentity, User
from concord.identity.sessions import start_session

if TYPE_CHECKING:
    from fastapi import FastAPI

log = logging.getLogger("concord.oidc")

CALLBACK_PATH = "/api/v1/auth/oidc/{name}/callback"
COOKIE = "concord_oidc"
# Long enough to sign in at the provider (with a second factor), short enough to limit replay.
PENDING_SECONDS = 600
LEEWAY_SECONDS = 60
SCOPE = "openid email profile"
# Signatures verified with the provider's published public keys only: never `none`, never an
# HMAC keyed with the client secret.
ASYMMETRIC_ALGS = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}
)


# --- Settings -------------------------------------------------------------------------------------


class ProviderConfig(BaseModel):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,31}$")
    issuer: str = Field(min_length=1)
    client_id: str = Field(min_length=1)
    client_secret: str = Field(min_length=1)
    label: str | None = None
    algorithms: list[str] = Field(default_factory=lambda: ["RS256", "PS256", "ES256", "EdDSA"])

    @field_validator("issuer")
    @classmethod
    def _issuer_is_a_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("https", "http") or not parts.netloc or parts.query:
            raise ValueError("issuer must be an http(s) URL without a query")
        return value

    @field_validator("algorithms")
    @classmethod
    def _asymmetric_only(cls, value: list[str]) -> list[str]:
        refused = [alg for alg in value if alg not in ASYMMETRIC_ALGS]
        if refused or not value:
            raise ValueError(f"ID-token algorithms must be asymmetric, not {refused}")
        return value

    @property
    def display_label(self) -> str:
        return self.label or self.name


class ProviderPublic(BaseModel):
    name: str
    label: str


def redirect_uri(name: str) -> str:
    return get_settings().public_url.rstrip("/") + CALLBACK_PATH.format(name=name)


class Providers:
    """The configured providers and their authlib clients (discovery and JWKS cached per app)."""

    def __init__(self, configs: list[ProviderConfig]) -> None:
        names = [c.name for c in configs]
        if len(set(names)) != len(names):
            raise ValueError("CONCORD_OIDC_PROVIDERS: provider names must be unique")
        self.configs = {c.name: c for c in configs}
        self.oauth = OAuth()
        # authlib opens a new HTTP client for every call; loading the CA bundle each time costs
        # ~100 ms of CPU, so they share one TLS context.
        tls = httpx.create_ssl_context()
        for c in configs:
            self.oauth.register(
                c.name,
                client_id=c.client_id,
                client_secret=c.client_secret,
                server_metadata_url=c.issuer.rstrip("/") + "/.well-known/openid-configuration",
                client_kwargs={
                    "scope": SCOPE,
                    "code_challenge_method": "S256",
                    "timeout": 10,
                    "verify": tls,
                },
            )

    def get(self, name: str) -> tuple[ProviderConfig, Any]:
        config = self.configs.get(name)
        if config is None:
            raise UnknownProvider(f"No sign-in provider {name!r}.", details={"provider": name})
        return config, self.oauth.create_client(name)

    def public(self) -> list[ProviderPublic]:
        return [ProviderPublic(name=c.name, label=c.display_label) for c in self.configs.values()]


def install(app: FastAPI, configs: list[ProviderConfig] | None = None) -> None:
    """Configure the providers and the signed cookie that carries a pending sign-in
    (the routes are in `oidc_routes`, mounted with the others)."""
    settings = get_settings()
    if configs is None:
        configs = [ProviderConfig.model_validate(c) for c in settings.oidc_providers]
    app.state.oidc = Providers(configs)
    # A key of its own, derived from the secret, so this cookie's signatures mean nothing elsewhere.
    key = hmac.new(settings.secret_key.encode(), b"concord-oidc-session", hashlib.sha256)
    app.add_middleware(
        SessionMiddleware,
        secret_key=key.hexdigest(),
        session_cookie=COOKIE,
        max_age=PENDING_SECONDS,
        path="/api/v1/auth/oidc",
        same_site="lax",
        https_only=settings.public_url.startswith("https://"),
    )


# --- The pending sign-in and where it returns -----------------------------------------------------


def safe_next(value: str | None) -> str | None:
    """A path on this site only: `/documents/3?tab=x`, never `//evil.example` or `https://…`."""
    if not value or len(value) > 2000 or not value.startswith("/") or value.startswith("//"):
        return None
    if "\\" in value or any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        return None
    parts = urlsplit(value)
    return None if parts.scheme or parts.netloc else value


# --- The ID token ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifiedIdentity:
    issuer: str
    subject: str
    email: str | None
    email_verified: bool


def _timestamp() -> int:
    return int(now().timestamp())


async def server_metadata(client: Any, config: ProviderConfig) -> dict[str, Any]:
    """Discovery (cached by authlib); it must name the configured issuer (Discovery 1.0, 4.3)."""
    metadata: dict[str, Any] = await client.load_server_metadata()
    if metadata.get("issuer") != config.issuer:
        raise ProviderUnavailable(
            "The provider's discovery document names another issuer.",
            details={"reason": "issuer"},
        )
    return metadata


def _allowed_algs(config: ProviderConfig, metadata: dict[str, Any]) -> list[str]:
    advertised = metadata.get("id_token_signing_alg_values_supported") or ["RS256"]
    return [alg for alg in config.algorithms if alg in advertised]


def _decode(id_token: str, jwks: dict[str, Any], algs: list[str]) -> jwt.Token:
    return jwt.decode(
        id_token,
        KeySet.import_key_set(cast(Any, jwks)),
        registry=JWSRegistry(algorithms=algs, strict_check_header=False),
    )


def check_claims(
    claims: dict[str, Any], config: ProviderConfig, *, nonce: str, at: int | None = None
) -> None:
    """iss, aud/azp, exp/iat/nbf (on Concord's clock) and the nonce of this sign-in."""
    registry = jwt.JWTClaimsRegistry(
        now=_timestamp() if at is None else at,
        leeway=LEEWAY_SECONDS,
        iss={"essential": True, "value": config.issuer},
        sub={"essential": True},
        aud={"essential": True, "value": config.client_id},
        exp={"essential": True},
        iat={"essential": True},
        nonce={"essential": True},
    )
    try:
        registry.validate(claims)
    except JoseError as exc:
        raise InvalidToken("The ID token was refused.", details={"reason": str(exc)}) from exc
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    azp = claims.get("azp")
    if (len(audiences) > 1 or azp is not None) and azp != config.client_id:
        raise InvalidToken("The ID token was issued to another party.", details={"reason": "azp"})
    if not isinstance(claims["nonce"], str) or not hmac.compare_digest(claims["nonce"], nonce):
        raise InvalidToken("The ID token belongs to another sign-in.", details={"reason": "nonce"})
    if len(claims["sub"]) > 255:
        raise InvalidToken("The subject is too long.", details={"reason": "sub"})


async def verify_id_token(
    client: Any, config: ProviderConfig, token: dict[str, Any], *, nonce: str
) -> dict[str, Any]:
    id_token = token.get("id_token")
    if not isinstance(id_token, str):
        raise InvalidToken("The provider returned no ID token.", details={"reason": "missing"})
    algs = _allowed_algs(config, await server_metadata(client, config))
    try:
        try:
            decoded = _decode(id_token, await client.fetch_jwk_set(), algs)
        except InvalidKeyIdError:  # the provider rotated its keys since we cached them
            decoded = _decode(id_token, await client.fetch_jwk_set(force=True), algs)
    except (JoseError, ValueError, TypeError, KeyError) as exc:
        raise InvalidToken(
            "The ID token's signature was refused.", details={"reason": str(exc)}
        ) from exc
    if decoded.header.get("alg") not in algs:  # belt and braces: joserfc checked it already
        raise InvalidToken("Unexpected signing algorithm.", details={"reason": "alg"})
    check_claims(decoded.claims, config, nonce=nonce)
    return decoded.claims


def identity_from(
    config: ProviderConfig, claims: dict[str, Any], userinfo: dict[str, Any] | None
) -> VerifiedIdentity:
    """Email and its verification come from userinfo when the provider has it (the ID token of
    an authorization-code flow usually carries only `sub`)."""
    source = claims
    if userinfo is not None:
        if userinfo.get("sub") != claims["sub"]:
            raise InvalidToken("Userinfo is about someone else.", details={"reason": "userinfo"})
        source = {**claims, **userinfo}
    email = source.get("email")
    return VerifiedIdentity(
        issuer=config.issuer,
        subject=claims["sub"],
        email=email if isinstance(email, str) else None,
        email_verified=source.get("email_verified") is True,
    )


# --- Matching a person ----------------------------------------------------------------------------


def _bind_invited(
    session: Session, identity: VerifiedIdentity, invitation_hash: str | None
) -> User:
    def unknown(reason: str) -> UnknownIdentity:
        return UnknownIdentity(
            "This identity is not known here; sign in from your invitation link.",
            details={"reason": reason},
        )

    if invitation_hash is None:
        raise unknown("no_invitation")
    invitation = session.exec(
        select(Invitation).where(Invitation.token_hash == invitation_hash)
    ).first()
    if invitation is None or invitation.used_at is not None:
        raise unknown("invitation_invalid")
    if invitation.expires_at <= now():
        raise unknown("invitation_expired")
    if not identity.email_verified or identity.email is None:
        raise EmailUnverified("The provider has not verified this email address.")
    user = session.get(User, invitation.user_id)
    if user is None or identity.email.strip().lower() != user.email.lower():
        raise unknown("email_mismatch")
    if user.disabled:
        raise AccountDisabled("This account is disabled.")
    already = session.exec(
        select(OidcIdentity).where(
            OidcIdentity.user_id == user.id, OidcIdentity.issuer == identity.issuer
        )
    ).first()
    if already is not None:
        raise AlreadyBound("This person already signs in with another identity at this provider.")
    # Conditional update: of two racing sign-ins with one invitation, exactly one binds.
    used: CursorResult[Any] = session.execute(  # type: ignore[assignment]
        update(Invitation)
        .where(col(Invitation.id) == invitation.id, col(Invitation.used_at).is_(None))
        .values(used_at=now())
    )
    if used.rowcount != 1:
        raise unknown("invitation_invalid")
    assert user.id is not None
    session.add(OidcIdentity(user_id=user.id, issuer=identity.issuer, subject=identity.subject))
    session.flush()
    return user


def match_user(
    session: Session, identity: VerifiedIdentity, invitation_hash: str | None
) -> tuple[User, bool]:
    """The person behind (issuer, subject), binding it from an invitation on first sign-in.

    Returns the person and whether the identity was bound just now.
    """
    row = session.exec(
        select(User)
        .join(OidcIdentity, col(OidcIdentity.user_id) == col(User.id))
        .where(OidcIdentity.issuer == identity.issuer, OidcIdentity.subject == identity.subject)
    ).first()
    if row is None:
        return _bind_invited(session, identity, invitation_hash), True
    if row.disabled:
        raise AccountDisabled("This account is disabled.")
    return row, False


def complete_sign_in(
    engine: Engine, provider: str, identity: VerifiedIdentity, invitation_hash: str | None
) -> tuple[User, str]:
    """One write transaction: match or bind the person and open a session (its cookie secret)."""
    with transaction(engine) as session:
        user, bound = match_user(session, identity, invitation_hash)
        secret = start_session(session, user)
        _signed_in(session, user, provider=provider, bound=bound)
    return user, secret


# --- Audit call sites -----------------------------------------------------------------------------


def _signed_in(session: Session, user: User, *, provider: str, bound: bool) -> None:
    """A successful OIDC sign-in, logged inside its transaction (`bound`: first sign-in)."""
    audit.act_as(session, user.id)
    audit.log(
        session, Action.AUTH_LOGIN, "user", user.id, {"method": f"oidc:{provider}", "bound": bound}
    )


def sign_in_refused(engine: Engine, provider: str, error: ConcordError) -> None:
    """A refused OIDC sign-in: nothing else was written, so the event gets its own transaction."""
    log.info("oidc sign-in refused via %s: %s", provider, error.code)
    audit.record_refusal(
        engine,
        actor_id=None,
        action=Action.AUTH_LOGIN_FAILED,
        object_type="provider",
        object_id=provider,
        payload={"code": error.code, "status": error.status},
    )
