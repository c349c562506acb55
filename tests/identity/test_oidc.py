"""OpenID Connect sign-in against a real provider (tests/oidc/provider.mjs).

The app runs in-process (TestClient); authlib inside it talks to the provider over real HTTP,
and so does the test's "browser" (`OidcProvider.authorize`). Each refusal is set up so that the
sign-in would succeed but for the one thing that is wrong: an invited person, a valid invitation.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2 as httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session, func, select

from concord.core.clock import now, set_clock
from concord.core.config import get_settings
from concord.core.db import transaction
from concord.core.security import new_token, token_digest
from concord.identity import oidc
from concord.identity import service as identity
from concord.identity.models import AuthSession, Invitation, OidcIdentity, User
from concord.identity.sessions import COOKIE
from concord.main import create_app
from tests import factories
from tests.db import migrated_engine
from tests.oidc_provider import OidcProvider, oidc_provider_fixture  # noqa: F401 - the fixture

pytestmark = pytest.mark.db

LOGIN = "/api/v1/auth/oidc/test/login"
CALLBACK = "/api/v1/auth/oidc/test/callback"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """A database of this module's own: sign-in commits, so nothing here can be rolled back."""
    with migrated_engine(tmp_path_factory.mktemp("oidc-db")) as engine:
        yield engine


def app_with(engine: Engine, monkeypatch: pytest.MonkeyPatch, *configs: oidc.ProviderConfig) -> Any:
    """The app as `concord serve` builds it, with these providers in its environment."""
    monkeypatch.setenv("CONCORD_OIDC_PROVIDERS", json.dumps([c.model_dump() for c in configs]))
    get_settings.cache_clear()  # settings are read once per process, as `concord serve` does
    return create_app(engine)


@pytest.fixture(autouse=True)
def fresh_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Forget the providers this module's apps were given (before the environment is restored)."""
    yield
    get_settings.cache_clear()


@pytest.fixture
def client(
    engine: Engine, oidc_provider: OidcProvider, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    app = app_with(engine, monkeypatch, oidc_provider.config())
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


# --- Helpers --------------------------------------------------------------------------------------


def new_email(prefix: str = "person") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}@example.org"


def invite(
    engine: Engine, email: str | None = None, *, expires_in: timedelta = timedelta(days=7)
) -> tuple[User, str]:
    """A person invited by the secretariat, and the invitation token from their link."""
    token = new_token()
    with transaction(engine) as session:
        secretariat = factories.make_user(session, secretariat=True)
        user = identity.create_user(session, email=email or new_email(), name="Invited Person")
        assert user.id is not None and secretariat.id is not None
        session.add(
            Invitation(
                token_hash=token_digest(token),
                user_id=user.id,
                created_by=secretariat.id,
                expires_at=now() + expires_in,
            )
        )
    return user, token


def start(client: TestClient, **params: str) -> str:
    """Begin signing in; returns the provider's authorization URL."""
    response = client.get(LOGIN, params=params, follow_redirects=False)
    assert response.status_code == 302, response.text
    return str(response.headers["location"])


def finish(client: TestClient, callback_url: str) -> httpx.Response:
    parts = urlsplit(callback_url)
    assert parts.path == CALLBACK
    return client.get(f"{parts.path}?{parts.query}", follow_redirects=False)


def sign_in(
    client: TestClient, provider: OidcProvider, email: str, **params: str
) -> httpx.Response:
    return finish(client, provider.authorize(start(client, **params), email))


def code_of(callback_url: str) -> str:
    return parse_qs(urlsplit(callback_url).query)["code"][0]


def sets_session_cookie(response: httpx.Response) -> bool:
    return any(h.startswith(f"{COOKIE}=") for h in response.headers.get_list("set-cookie"))


def count(engine: Engine, model: type[AuthSession] | type[OidcIdentity], user: User) -> int:
    with Session(engine) as session:
        return session.exec(
            select(func.count()).select_from(model).where(model.user_id == user.id)
        ).one()


def invitation_used(engine: Engine, token: str) -> bool:
    with Session(engine) as session:
        row = session.exec(
            select(Invitation).where(Invitation.token_hash == token_digest(token))
        ).one()
        return row.used_at is not None


def assert_refused(
    engine: Engine, response: httpx.Response, user: User, token: str, code: str, status: int
) -> None:
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert not sets_session_cookie(response)
    assert count(engine, AuthSession, user) == 0
    assert count(engine, OidcIdentity, user) == 0
    assert not invitation_used(engine, token)


# --- Signing in -----------------------------------------------------------------------------------


def test_invited_person_binds_identity_on_first_sign_in(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)

    authorization_url = start(client, invitation=token)
    assert token not in authorization_url  # the invitation never leaves for the provider
    assert token not in str(client.cookies.get("concord_oidc"))
    response = finish(client, oidc_provider.authorize(authorization_url, user.email))

    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/"
    secret = response.cookies[COOKIE]
    with Session(engine) as session:
        auth = session.exec(
            select(AuthSession).where(AuthSession.token_hash == token_digest(secret))
        ).one()
        bound = session.exec(select(OidcIdentity).where(OidcIdentity.user_id == user.id)).one()
    assert auth.user_id == user.id
    assert bound.issuer == oidc_provider.issuer
    assert bound.subject.startswith("sub-") and bound.subject != user.email
    assert invitation_used(engine, token)


def test_later_sign_ins_match_by_issuer_and_subject_not_email(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)
    provider_email = user.email
    assert sign_in(client, oidc_provider, provider_email, invitation=token).status_code == 303
    with transaction(engine) as session:  # the address changes here, not at the provider
        stored = session.get(User, user.id)
        assert stored is not None
        stored.email = new_email("renamed")
        session.add(stored)

    again = sign_in(client, oidc_provider, provider_email)

    assert again.status_code == 303, again.text
    assert sets_session_cookie(again)
    assert count(engine, AuthSession, user) == 2
    assert count(engine, OidcIdentity, user) == 1


def test_unverified_email_is_not_bound(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine, new_email("unverified"))
    response = sign_in(client, oidc_provider, user.email, invitation=token)
    assert_refused(engine, response, user, token, "oidc_email_unverified", 401)


def test_unknown_identity_without_invitation_is_refused(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)  # same address at the provider, but no invitation presented
    response = sign_in(client, oidc_provider, user.email)
    assert_refused(engine, response, user, token, "oidc_unknown_identity", 401)
    assert response.json()["error"]["details"]["reason"] == "no_invitation"


def test_invitation_for_another_address_is_refused(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)
    response = sign_in(client, oidc_provider, new_email("stranger"), invitation=token)
    assert_refused(engine, response, user, token, "oidc_unknown_identity", 401)
    assert response.json()["error"]["details"]["reason"] == "email_mismatch"


def test_expired_invitation_is_refused(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine, expires_in=timedelta(minutes=-1))
    response = sign_in(client, oidc_provider, user.email, invitation=token)
    assert_refused(engine, response, user, token, "oidc_unknown_identity", 401)
    assert response.json()["error"]["details"]["reason"] == "invitation_expired"


def test_disabled_person_is_refused(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)
    assert sign_in(client, oidc_provider, user.email, invitation=token).status_code == 303
    with transaction(engine) as session:
        stored = session.get(User, user.id)
        assert stored is not None
        stored.disabled = True
        session.add(stored)

    response = sign_in(client, oidc_provider, user.email)

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "oidc_account_disabled"
    assert not sets_session_cookie(response)
    assert count(engine, AuthSession, user) == 1  # the one from before


# --- Refusals of the protocol ---------------------------------------------------------------------


def test_missing_state_is_refused(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)
    callback = oidc_provider.authorize(start(client, invitation=token), user.email)
    without_state = httpx.URL(callback).copy_remove_param("state")
    response = finish(client, str(without_state))
    assert_refused(engine, response, user, token, "oidc_state_mismatch", 400)


def test_wrong_state_is_refused(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)
    callback = oidc_provider.authorize(start(client, invitation=token), user.email)
    response = finish(client, str(httpx.URL(callback).copy_set_param("state", "x" * 30)))
    assert_refused(engine, response, user, token, "oidc_state_mismatch", 400)


def test_a_refused_sign_in_sends_a_browser_back_to_the_sign_in_page(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    """A person's browser asks for HTML: it gets the sign-in page naming the code, not JSON."""
    user, token = invite(engine)
    callback = oidc_provider.authorize(start(client, invitation=token), user.email)
    parts = urlsplit(str(httpx.URL(callback).copy_set_param("state", "x" * 30)))
    response = client.get(
        f"{parts.path}?{parts.query}",
        headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/sign-in?error=oidc_state_mismatch"
    assert not sets_session_cookie(response)
    assert count(engine, AuthSession, user) == 0
    assert not invitation_used(engine, token)


def test_callback_in_another_browser_is_refused(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    """Login CSRF: a victim's browser holds no pending sign-in for the attacker's code."""
    user, token = invite(engine)
    callback = oidc_provider.authorize(start(client, invitation=token), user.email)
    with TestClient(client.app, raise_server_exceptions=False) as victim:
        response = finish(victim, callback)
    assert_refused(engine, response, user, token, "oidc_state_mismatch", 400)


def test_replayed_code_is_refused(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)
    callback = oidc_provider.authorize(start(client, invitation=token), user.email)
    pending = client.cookies["concord_oidc"]
    assert finish(client, callback).status_code == 303

    # The same code with its own, valid pending sign-in: only the provider can refuse it.
    parts = urlsplit(callback)
    with TestClient(client.app, raise_server_exceptions=False) as replay:
        response = replay.get(
            f"{parts.path}?{parts.query}",
            headers={"cookie": f"concord_oidc={pending}"},
            follow_redirects=False,
        )

    assert response.status_code == 401, response.text
    assert response.json()["error"]["code"] == "oidc_code_rejected"
    assert not sets_session_cookie(response)
    assert count(engine, AuthSession, user) == 1


def test_provider_error_is_refused(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)
    state = parse_qs(urlsplit(start(client, invitation=token)).query)["state"][0]
    response = client.get(
        CALLBACK, params={"error": "access_denied", "state": state}, follow_redirects=False
    )
    assert_refused(engine, response, user, token, "oidc_provider_error", 400)
    assert response.json()["error"]["details"]["error"] == "access_denied"


def test_answer_from_another_issuer_is_refused(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)
    callback = oidc_provider.authorize(start(client, invitation=token), user.email)
    assert parse_qs(urlsplit(callback).query)["iss"] == [oidc_provider.issuer]
    mixed_up = httpx.URL(callback).copy_set_param("iss", "https://idp.evil.example")
    response = finish(client, str(mixed_up))
    assert_refused(engine, response, user, token, "oidc_issuer_mismatch", 400)


def test_wrong_nonce_is_refused(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)
    authorization_url = httpx.URL(start(client, invitation=token))
    # The provider faithfully echoes a nonce this sign-in never sent.
    forged = authorization_url.copy_set_param("nonce", "n" * 27)
    response = finish(client, oidc_provider.authorize(str(forged), user.email))
    assert_refused(engine, response, user, token, "oidc_invalid_token", 401)
    assert response.json()["error"]["details"]["reason"] == "nonce"


def test_expired_id_token_is_refused(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)
    callback = oidc_provider.authorize(start(client, invitation=token), user.email)
    later = datetime.now(UTC) + timedelta(hours=1)  # the provider's ID tokens live 5 minutes
    set_clock(lambda: later)
    try:
        response = finish(client, callback)
    finally:
        set_clock(None)
    assert_refused(engine, response, user, token, "oidc_invalid_token", 401)
    assert "exp" in response.json()["error"]["details"]["reason"]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        pytest.param({"claims": {"aud": "another-client"}}, "aud", id="wrong-audience"),
        pytest.param(
            {"claims": {"aud": ["concord", "another-client"], "azp": None}},
            "azp",
            id="extra-audience-without-azp",
        ),
        pytest.param(
            {"claims": {"azp": "another-client"}}, "azp", id="authorized-party-is-another"
        ),
        pytest.param({"claims": {"iss": "https://idp.evil.example"}}, "iss", id="wrong-issuer"),
        pytest.param({"claims": {"nonce": None}}, "nonce", id="no-nonce"),
        pytest.param({"alg": "none"}, "none", id="alg-none"),
        pytest.param({"forge": True}, "signature", id="forged-signature"),
    ],
)
def test_tampered_id_token_is_refused(
    client: TestClient,
    engine: Engine,
    oidc_provider: OidcProvider,
    change: dict[str, object],
    reason: str,
) -> None:
    user, token = invite(engine)
    callback = oidc_provider.authorize(start(client, invitation=token), user.email)
    oidc_provider.tamper(code_of(callback), **change)
    response = finish(client, callback)
    assert_refused(engine, response, user, token, "oidc_invalid_token", 401)
    assert reason in response.json()["error"]["details"]["reason"]


def test_untampered_token_through_the_tamper_hook_is_accepted(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    """The re-signing path itself is sound: an unchanged token re-signed with the real key works."""
    user, token = invite(engine)
    callback = oidc_provider.authorize(start(client, invitation=token), user.email)
    oidc_provider.tamper(code_of(callback), claims={})
    assert finish(client, callback).status_code == 303
    assert count(engine, OidcIdentity, user) == 1


# --- Where a sign-in returns ----------------------------------------------------------------------


def test_safe_next_path_is_followed(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider
) -> None:
    user, token = invite(engine)
    response = sign_in(
        client, oidc_provider, user.email, invitation=token, next="/documents/7?tab=approvals"
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/documents/7?tab=approvals"


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example/x",
        "/\\evil.example",
        "javascript:alert(1)",
        "documents/7",
        "/\t/evil.example",
    ],
)
def test_unsafe_next_is_ignored(
    client: TestClient, engine: Engine, oidc_provider: OidcProvider, target: str
) -> None:
    user, token = invite(engine)
    response = sign_in(client, oidc_provider, user.email, invitation=token, next=target)
    assert response.status_code == 303
    assert response.headers["location"] == "/"


# --- Providers ------------------------------------------------------------------------------------


def test_providers_are_listed_with_labels(client: TestClient) -> None:
    response = client.get("/api/v1/auth/providers")
    assert response.status_code == 200
    assert response.json() == [{"name": "test", "label": "Test provider"}]


@pytest.mark.parametrize("step", ["login", "callback"])
def test_unknown_provider_is_not_found(client: TestClient, step: str) -> None:
    response = client.get(f"/api/v1/auth/oidc/nope/{step}", follow_redirects=False)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "oidc_unknown_provider"


@pytest.mark.parametrize("algorithms", [["none"], ["HS256"], ["RS256", "HS512"], []])
def test_configuration_refuses_unsigned_and_symmetric_algorithms(
    oidc_provider: OidcProvider, algorithms: list[str]
) -> None:
    with pytest.raises(ValueError, match="asymmetric"):
        oidc_provider.config(algorithms=algorithms)


def test_provider_whose_discovery_names_another_issuer_is_refused(
    engine: Engine, oidc_provider: OidcProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Configured with a trailing slash: discovery is found, but it names the issuer without one.
    app = app_with(engine, monkeypatch, oidc_provider.config(issuer=oidc_provider.issuer + "/"))
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get(LOGIN, follow_redirects=False)
    assert response.status_code == 502
    assert response.json()["error"]["code"] == "oidc_provider_unavailable"
    assert "concord_oidc" not in response.cookies
