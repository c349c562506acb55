"""`concord check`: is this configuration fit to serve? Each problem said in words.

Run by hand before a first start (README, Deployment), and by `concord serve` at start in
production, which then refuses to start rather than fail at the first request that needs the
missing piece.
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx2 as httpx
from sqlalchemy import Engine

from concord.audit.keys import get_keyring
from concord.core.config import DEFAULT_SECRET_KEY, Settings
from concord.core.readiness import database_state
from concord.identity.oidc import ProviderConfig
from concord.notify.worker import _connect

MIN_SECRET = 32  # characters: a token_urlsafe(24) or longer


def secret_key(settings: Settings) -> str | None:
    if settings.secret_key == DEFAULT_SECRET_KEY:
        return (
            "CONCORD_SECRET_KEY is the built-in development default: set a long random secret "
            "(python3 -c 'import secrets; print(secrets.token_urlsafe(48))')"
        )
    if len(settings.secret_key) < MIN_SECRET:
        return (
            f"CONCORD_SECRET_KEY is {len(settings.secret_key)} characters: use {MIN_SECRET} or more"
        )
    if len(set(settings.secret_key)) < 10:
        return "CONCORD_SECRET_KEY repeats a few characters: use a random secret"
    return None


def audit_key() -> str | None:
    try:
        get_keyring()
    except Exception as error:  # the keyring says what is wrong in its message
        return f"the audit key: {error}"
    return None


def public_url(settings: Settings) -> str | None:
    parts = urlsplit(settings.public_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"CONCORD_PUBLIC_URL={settings.public_url} is not an http(s) address"
    if parts.path not in ("", "/") or parts.query:
        return f"CONCORD_PUBLIC_URL={settings.public_url} must be an origin, without a path"
    if settings.env == "production" and parts.scheme != "https":
        return f"CONCORD_PUBLIC_URL={settings.public_url} is not https: in production it must be"
    return None


def database(engine: Engine) -> str | None:
    state = database_state(engine)
    if state["database"] != "ok":
        return f"the database at {engine.url.render_as_string()} is {state['database']}"
    if state["migrations"] != "ok":
        return f"the database's migrations are {state['migrations']}"
    return None


def smtp(settings: Settings) -> str | None:
    if not settings.smtp_host:
        return None
    try:
        client = _connect(settings)
        client.quit()
    except (OSError, smtplib.SMTPException) as error:
        where = f"{settings.smtp_host}:{settings.smtp_port}"
        return f"the mail server {where} cannot be used: {type(error).__name__}: {error}"
    return None


def oidc(settings: Settings) -> list[str]:
    problems = []
    for raw in settings.oidc_providers:
        try:
            provider = ProviderConfig.model_validate(raw)
        except ValueError as error:
            problems.append(f"an OpenID provider in CONCORD_OIDC_PROVIDERS is invalid: {error}")
            continue
        url = provider.issuer.rstrip("/") + "/.well-known/openid-configuration"
        try:
            response = httpx.get(url, timeout=10)
            issuer = response.json().get("issuer") if response.status_code == 200 else None
        except (httpx.HTTPError, ValueError) as error:
            problems.append(f"OpenID provider {provider.name}: {url} cannot be read: {error}")
            continue
        if response.status_code != 200:
            problems.append(
                f"OpenID provider {provider.name}: {url} answers {response.status_code}"
            )
        elif issuer != provider.issuer:
            problems.append(
                f"OpenID provider {provider.name}: its discovery names the issuer {issuer!r}, "
                f"not {provider.issuer!r}"
            )
    return problems


def problems(settings: Settings, engine: Engine) -> list[str]:
    """Everything wrong with this configuration, in words; empty when all is well."""
    found: list[str] = []
    single: list[Callable[[], str | None]] = [
        lambda: secret_key(settings),
        audit_key,
        lambda: public_url(settings),
        lambda: database(engine),
        lambda: smtp(settings),
    ]
    for check in single:
        problem = check()
        if problem is not None:
            found.append(problem)
    return found + oidc(settings)
