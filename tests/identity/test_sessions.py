"""Password sign-in, the session cookie, sign-out, disabling, cross-site writes, rate limits."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func
from sqlmodel import Session, select

from concord.core.clock import now, set_clock
from concord.drafting.models import Document
from concord.identity import auth
from concord.identity.models import AuthSession, LoginAttempt, User
from tests import factories

PASSWORD = "correct horse battery staple"
ORIGIN = {"Origin": "http://testserver"}


@pytest.fixture
def person(session: Session) -> User:
    user = factories.make_secretariat(session)
    user.password_hash = auth.hash_password(PASSWORD)
    session.add(user)
    session.flush()
    return user


@pytest.fixture
def browser(app: FastAPI) -> TestClient:
    return TestClient(app, raise_server_exceptions=False)


def sign_in(browser: TestClient, person: User, password: str = PASSWORD) -> object:
    return browser.post("/api/v1/auth/login", json={"email": person.email, "password": password})


def live_sessions(session: Session, person: User) -> int:
    query = (
        select(func.count())
        .select_from(AuthSession)
        .where(
            AuthSession.user_id == person.id,
            AuthSession.revoked_at == None,  # noqa: E711
        )
    )
    return int(session.exec(query).one())


def test_sign_in_sets_an_httponly_lax_cookie(browser: TestClient, person: User) -> None:
    response = browser.post(
        "/api/v1/auth/login", json={"email": person.email, "password": PASSWORD}
    )
    assert response.status_code == 200
    assert response.json()["email"] == person.email
    header = response.headers["set-cookie"].lower()
    assert "concord_session=" in header
    assert "httponly" in header
    assert "samesite=lax" in header
    assert "secure" not in header  # plain http in tests; `Secure` is set behind https
    assert browser.get("/api/v1/auth/me").json()["id"] == person.id


def test_cookie_is_secure_behind_https(app: FastAPI, person: User) -> None:
    https = TestClient(app, base_url="https://testserver")
    response = https.post("/api/v1/auth/login", json={"email": person.email, "password": PASSWORD})
    assert "secure" in response.headers["set-cookie"].lower()


def test_sign_in_renews_the_session_id(browser: TestClient, person: User, session: Session) -> None:
    sign_in(browser, person)
    first = browser.cookies.get("concord_session")
    sign_in(browser, person)
    second = browser.cookies.get("concord_session")
    assert first and second and first != second
    assert live_sessions(session, person) == 1


def test_wrong_password_sets_no_session(
    browser: TestClient, person: User, session: Session
) -> None:
    response = sign_in(browser, person, "not the password at all")
    assert response.status_code == 401  # type: ignore[attr-defined]
    assert response.json()["error"]["code"] == "invalid_credentials"  # type: ignore[attr-defined]
    assert "set-cookie" not in response.headers  # type: ignore[attr-defined]
    assert live_sessions(session, person) == 0


def test_unknown_account_looks_like_a_wrong_password(browser: TestClient) -> None:
    response = browser.post(
        "/api/v1/auth/login", json={"email": "nobody@x.org", "password": "x" * 12}
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_credentials"


def test_sign_out_ends_the_session_on_the_server(
    browser: TestClient, person: User, session: Session
) -> None:
    sign_in(browser, person)
    stolen = browser.cookies.get("concord_session")
    assert browser.post("/api/v1/auth/logout", headers=ORIGIN).status_code == 204
    replay = TestClient(browser.app, cookies={"concord_session": stolen or ""})
    assert replay.get("/api/v1/auth/me").status_code == 401
    assert live_sessions(session, person) == 0


def test_disabling_a_person_ends_their_sessions(
    browser: TestClient, person: User, secretariat_api: TestClient, session: Session
) -> None:
    sign_in(browser, person)
    response = secretariat_api.patch(f"/api/v1/users/{person.id}", json={"disabled": True})
    assert response.status_code == 200
    assert browser.get("/api/v1/auth/me").status_code == 401
    assert live_sessions(session, person) == 0


def test_expired_session_is_refused(browser: TestClient, person: User) -> None:
    sign_in(browser, person)
    later = now() + timedelta(hours=13)
    set_clock(lambda: later)
    try:
        response = browser.get("/api/v1/auth/me")
    finally:
        set_clock(None)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "session_expired"


@pytest.mark.parametrize(
    ("headers", "content"),
    [
        ({"Content-Type": "text/plain", **ORIGIN}, b'{"title": "Forged"}'),
        ({"Content-Type": "application/x-www-form-urlencoded", **ORIGIN}, b"title=Forged"),
        (
            {"Content-Type": "application/json", "Origin": "https://evil.example"},
            b'{"title": "Forged"}',
        ),
        ({"Content-Type": "application/json"}, b'{"title": "Forged"}'),
    ],
    ids=["text-plain", "form", "foreign-origin", "no-origin"],
)
def test_cross_site_writes_with_the_cookie_change_nothing(
    browser: TestClient, person: User, session: Session, headers: dict[str, str], content: bytes
) -> None:
    sign_in(browser, person)
    before = session.exec(select(func.count()).select_from(Document)).one()
    response = browser.post("/api/v1/documents", content=content, headers=headers)
    assert response.status_code in (403, 422)
    if response.status_code == 403:
        assert response.json()["error"]["code"] == "cross_site_refused"
    assert session.exec(select(func.count()).select_from(Document)).one() == before


DRAFT = {"file": ("draft.md", b"# Principles\n\nPeace is built together.\n", "text/markdown")}


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        (ORIGIN, 200),  # our own page: the upload goes through (a dry run answers 200)
        ({"Origin": "https://evil.example"}, 403),
        ({}, 403),  # a multipart post that does not say where it comes from
    ],
    ids=["same-origin", "foreign-origin", "no-origin"],
)
def test_a_browser_upload_must_come_from_our_own_pages(
    browser: TestClient, person: User, session: Session, headers: dict[str, str], status: int
) -> None:
    sign_in(browser, person)
    before = session.exec(select(func.count()).select_from(Document)).one()
    response = browser.post(
        "/api/v1/documents/import", params={"dry_run": True}, files=DRAFT, headers=headers
    )
    assert response.status_code == status, response.text
    if status == 403:
        assert response.json()["error"]["code"] == "cross_site_refused"
    assert session.exec(select(func.count()).select_from(Document)).one() == before


def test_same_origin_json_write_with_the_cookie_works(browser: TestClient, person: User) -> None:
    sign_in(browser, person)
    response = browser.post("/api/v1/documents", json={"title": "Mine"}, headers=ORIGIN)
    assert response.status_code == 201


def test_bearer_token_writes_need_no_origin(secretariat_api: TestClient) -> None:
    assert secretariat_api.post("/api/v1/documents", json={"title": "Scripted"}).status_code == 201


def test_failed_sign_ins_slow_down_the_account_from_that_address(
    browser: TestClient, person: User
) -> None:
    for _ in range(auth.FREE_FAILURES_PER_PAIR):
        assert sign_in(browser, person, "wrong password!!").status_code == 401  # type: ignore[attr-defined]
    limited = sign_in(browser, person)  # even the right password waits now
    assert limited.status_code == 429  # type: ignore[attr-defined]
    assert limited.json()["error"]["code"] == "rate_limited"  # type: ignore[attr-defined]
    assert limited.headers["Retry-After"] == "1"  # type: ignore[attr-defined]
    assert "set-cookie" not in limited.headers  # type: ignore[attr-defined]


def test_each_further_failure_doubles_the_wait(
    app: FastAPI, browser: TestClient, person: User
) -> None:
    clock = now()
    set_clock(lambda: clock)
    try:
        waits = []
        for _ in range(auth.FREE_FAILURES_PER_PAIR + 4):
            response = sign_in(browser, person, "wrong password!!")
            if response.status_code == 429:  # type: ignore[attr-defined]
                wait = int(response.headers["Retry-After"])  # type: ignore[attr-defined]
                waits.append(wait)
                clock += timedelta(seconds=wait)
                assert sign_in(browser, person, "wrong password!!").status_code == 401  # type: ignore[attr-defined]
        assert waits == [1, 2, 4, 8]
        clock += timedelta(seconds=32)
        assert sign_in(browser, person).status_code == 200  # type: ignore[attr-defined]
    finally:
        set_clock(None)


def test_wrong_passwords_elsewhere_do_not_lock_the_owner_out(app: FastAPI, person: User) -> None:
    """Five wrong passwords from one address: the owner at another signs in at once."""
    guesser = TestClient(app, client=("203.0.113.7", 40000))
    for _ in range(5):
        guesser.post(
            "/api/v1/auth/login", json={"email": person.email.upper(), "password": "x" * 12}
        )
    assert sign_in(guesser, person).status_code == 429  # type: ignore[attr-defined]
    owner = TestClient(app, client=("198.51.100.20", 40000))
    assert sign_in(owner, person).status_code == 200  # type: ignore[attr-defined]


def test_guesses_spread_over_many_addresses_hit_the_account_ceiling(
    app: FastAPI, person: User, session: Session
) -> None:
    for i in range(auth.MAX_FAILURES_PER_ACCOUNT):
        session.add(LoginAttempt(email=person.email, address=f"10.0.{i // 250}.{i % 250}"))
    session.flush()
    fresh = TestClient(app, client=("192.0.2.1", 40000))
    response = sign_in(fresh, person)
    assert response.status_code == 429  # type: ignore[attr-defined]
    assert 0 < int(response.headers["Retry-After"]) <= 15 * 60  # type: ignore[attr-defined]


def test_failed_sign_ins_are_rate_limited_per_address(
    browser: TestClient, session: Session
) -> None:
    # Earlier failures for other accounts from this address are seeded (each real one costs an
    # Argon2 verification); the last one is real.
    for i in range(auth.MAX_FAILURES_PER_ADDRESS - 1):
        session.add(LoginAttempt(email=f"guess{i}@x.org", address="testclient"))
    session.flush()
    last = browser.post("/api/v1/auth/login", json={"email": "last@x.org", "password": "x" * 12})
    assert last.status_code == 401
    response = browser.post("/api/v1/auth/login", json={"email": "new@x.org", "password": "x" * 12})
    assert response.status_code == 429
    assert "Retry-After" in response.headers


def test_rate_limit_lifts_after_the_window(browser: TestClient, person: User) -> None:
    for _ in range(auth.FREE_FAILURES_PER_PAIR + 10):
        sign_in(browser, person, "wrong password!!")
    later = now() + auth.WINDOW + timedelta(seconds=1)
    set_clock(lambda: later)
    try:
        assert sign_in(browser, person).status_code == 200  # type: ignore[attr-defined]
    finally:
        set_clock(None)


def test_forwarded_for_is_ignored_unless_from_a_trusted_proxy(
    app: FastAPI, session: Session
) -> None:
    """No proxy is trusted by default: X-Forwarded-For does not escape the per-address limit."""
    for i in range(auth.MAX_FAILURES_PER_ADDRESS):
        session.add(LoginAttempt(email=f"guess{i}@x.org", address="127.0.0.1"))
    session.flush()
    browser = TestClient(app, client=("127.0.0.1", 40000))
    response = browser.post(
        "/api/v1/auth/login",
        json={"email": "new@x.org", "password": "x" * 12},
        headers={"X-Forwarded-For": "192.0.2.200"},
    )
    assert response.status_code == 429


def test_sign_out_from_another_site_is_refused(browser: TestClient, person: User) -> None:
    sign_in(browser, person)
    forged = browser.post("/api/v1/auth/logout", headers={"Origin": "https://evil.example"})
    assert forged.status_code == 403
    assert forged.json()["error"]["code"] == "cross_site_refused"
    unlabelled = browser.post("/api/v1/auth/logout")
    assert unlabelled.status_code == 403
    assert browser.get("/api/v1/auth/me").status_code == 200  # still signed in
    assert browser.post("/api/v1/auth/logout", headers=ORIGIN).status_code == 204
