"""Links name the address the server is reached at: `concord serve --port N` without
CONCORD_PUBLIC_URL gives invitation links on port N, and a configured address that cannot be this
server is named at start."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import httpx2 as httpx
import pytest

from concord.core.config import public_address_mismatch, served_address
from concord.core.db import make_engine, transaction
from tests import factories
from tests.db import fresh_database_url
from tests.live_server import migrate, serve_cli


def secretariat_token(database_url: str) -> str:
    engine = make_engine(database_url)
    try:
        with transaction(engine) as session:
            return factories.make_token(session, factories.make_secretariat(session))
    finally:
        engine.dispose()


@pytest.mark.db
def test_an_invitation_link_names_the_port_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONCORD_PUBLIC_URL", raising=False)
    with fresh_database_url(tmp_path) as database_url:
        migrate(database_url)
        token = secretariat_token(database_url)
        with serve_cli(database_url) as url, httpx.Client(base_url=url, timeout=30) as client:
            created = client.post(
                "/api/v1/users",
                json={"email": "new.delegate@example.org", "name": "New Delegate"},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert created.status_code == 201, created.text
            link = created.json()["invitation_url"]
            assert link.startswith(f"{url}/invitations/"), (link, url)
            # The link, followed as a browser would: the page, then the invitation behind it.
            invitation = urlsplit(link).path.rsplit("/", 1)[1]
            page = client.get(urlsplit(link).path)
            shown = client.get(f"/api/v1/auth/invitations/{invitation}")
            accepted = client.post(
                "/api/v1/auth/invitations/accept",
                json={"token": invitation, "password": "a long new pass phrase"},
                headers={"Origin": url},
            )
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert shown.status_code == 200, shown.text
    assert shown.json()["email"] == "new.delegate@example.org"
    assert accepted.status_code == 200, accepted.text


def test_the_served_address_names_this_machine_when_listening_everywhere() -> None:
    assert served_address("127.0.0.1", 8811) == "http://127.0.0.1:8811"
    assert served_address("::1", 8811) == "http://[::1]:8811"
    everywhere = urlsplit(served_address("0.0.0.0", 8811))
    assert everywhere.port == 8811 and everywhere.hostname not in {"0.0.0.0", None}


@pytest.mark.parametrize(
    ("public_url", "port", "warned"),
    [
        ("http://127.0.0.1:8000", 8811, True),  # the default, on another port
        ("http://localhost", 8811, True),
        ("http://127.0.0.1:8811", 8811, False),
        ("https://concord.example.org", 8000, False),  # behind a proxy: not judged
        ("http://127.0.0.1:99999", 8000, True),  # no valid port
    ],
)
def test_a_public_address_that_cannot_be_this_server_is_named(
    public_url: str, port: int, warned: bool
) -> None:
    assert (public_address_mismatch(public_url, port) is not None) is warned
