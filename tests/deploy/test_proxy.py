"""Through nginx as deployed (deploy/nginx/concord.conf): TLS, the security headers once each,
size limits, compression, the event stream unbuffered and uncompressed, metrics kept off the
proxy, one request id in both logs. PostgreSQL: two app processes share the database."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest

from tests.deploy.stack import METRICS_TOKEN, Stack, deployed_stack
from tests.live.sse import Stream
from tests.live.support import LiveWorld, world_database

pytestmark = pytest.mark.postgres

SECURITY = {
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
}


@pytest.fixture(scope="module")
def deployed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Stack, LiveWorld]]:
    folder = tmp_path_factory.mktemp("deployed")
    with world_database(folder) as world, deployed_stack(folder / "stack", world.database_url) as s:
        yield s, replace(world, url=s.url)


def test_plain_http_is_sent_to_https(deployed: tuple[Stack, LiveWorld]) -> None:
    stack, _ = deployed
    with stack.client() as client:
        response = client.get(f"{stack.http_url}/documents/1?x=1")
    assert response.status_code == 301
    assert response.headers["location"] == "https://localhost/documents/1?x=1"


@pytest.mark.parametrize("path", ["/api/v1/documents", "/", "/api/v1/healthz", "/readyz"])
def test_every_answer_has_each_security_header_once(
    deployed: tuple[Stack, LiveWorld], path: str
) -> None:
    stack, world = deployed
    with stack.client() as client:
        response = client.get(path, headers=world.headers("chair"))
    assert response.status_code == 200, response.text
    for name, value in SECURITY.items():
        assert response.headers.get_list(name) == [value], (path, name)
    assert response.http_version in ("HTTP/1.1", "HTTP/2")


def test_scripts_and_json_are_compressed_for_those_who_ask(
    deployed: tuple[Stack, LiveWorld],
) -> None:
    stack, world = deployed
    gzip = {"Accept-Encoding": "gzip"}
    with stack.client() as client:
        page = client.get("/", headers=gzip)
        found = re.search(r'src="(/assets/[^"]+\.js)"', page.text)
        assert found, page.text
        script = client.get(found.group(1), headers=gzip)
        document = client.get(
            f"/api/v1/documents/{world.document_id}", headers={**world.headers("chair"), **gzip}
        )
        plain = client.get(
            f"/api/v1/documents/{world.document_id}",
            headers={**world.headers("chair"), "Accept-Encoding": "identity"},
        )
    for response in (script, document):
        assert response.status_code == 200, response.text
        assert response.headers.get("content-encoding") == "gzip", response.url
        assert "accept-encoding" in response.headers.get("vary", "").lower()
    # The same answer either way, once unpacked (httpx unpacks it).
    assert plain.headers.get("content-encoding") is None
    assert document.json() == plain.json()
    assert document.num_bytes_downloaded < len(document.content) / 2


def test_the_app_refuses_a_large_body_in_its_words_and_nginx_a_huge_one(
    deployed: tuple[Stack, LiveWorld],
) -> None:
    stack, world = deployed
    with stack.client(timeout=30) as client:
        large = client.post(
            "/api/v1/documents",
            content=b'{"title": "' + b"x" * 1_600_000 + b'"}',
            headers={**world.headers("secretariat"), "Content-Type": "application/json"},
        )
        huge = client.post(
            "/api/v1/documents",
            content=b"x" * 3_000_000,
            headers={**world.headers("secretariat"), "Content-Type": "application/json"},
        )
    assert large.status_code == 413
    assert large.json()["error"]["code"] == "request_too_large"
    assert huge.status_code == 413  # nginx's own page: the app never read it
    for name, value in SECURITY.items():
        assert huge.headers.get_list(name) == [value]


def test_metrics_are_not_served_through_the_proxy_but_by_each_process(
    deployed: tuple[Stack, LiveWorld],
) -> None:
    stack, _ = deployed
    bearer = {"Authorization": f"Bearer {METRICS_TOKEN}"}
    with stack.client() as client:
        assert client.get("/metrics", headers=bearer).status_code == 404
        for app in stack.apps:
            direct = client.get(f"http://127.0.0.1:{app.port}/metrics", headers=bearer)
            assert direct.status_code == 200
            assert "concord_http_requests_total" in direct.text


def test_one_request_id_in_the_body_the_header_and_both_logs(
    deployed: tuple[Stack, LiveWorld],
) -> None:
    stack, world = deployed
    with stack.client() as client:
        refused = client.get("/api/v1/documents/987654", headers=world.headers("chair"))
    assert refused.status_code == 404
    request_id = refused.json()["error"]["request_id"]
    assert refused.headers["x-request-id"] == request_id
    assert len(request_id) == 32  # nginx's $request_id, taken over by the app
    deadline = time.monotonic() + 5
    while not any(f"id={request_id}" in line for line in stack.nginx_log()):
        assert time.monotonic() < deadline, "nginx did not log the request"
        time.sleep(0.1)
    while not any(request_id in line for line in stack.app_logs()):
        assert time.monotonic() < deadline, "the app did not log the request"
        time.sleep(0.1)
    lines = [json.loads(line) for line in stack.app_logs() if request_id in line]
    assert [(line["route"], line["status"]) for line in lines] == [
        ("/api/v1/documents/{document_id}", 404)
    ]
    assert lines[0]["person_id"] == world.user_ids["chair"]
    assert lines[0]["client"] == "127.0.0.1"  # X-Forwarded-For, believed from nginx


def test_the_event_stream_is_not_buffered_by_the_proxy(
    deployed: tuple[Stack, LiveWorld],
) -> None:
    """A change reaches a subscriber through nginx at once (a buffered proxy would hold it
    until its buffer filled), and keep-alives arrive one by one."""
    stack, world = deployed
    stream = Stream(
        f"{stack.url}/api/v1/documents/{world.document_id}/events",
        world.headers("chair"),
        verify=stack.tls(),
    ).start()
    try:
        assert stream.response_headers["content-type"].startswith("text/event-stream")
        # Asked for gzip like any browser, and not given it: it would hold events back.
        assert "content-encoding" not in stream.response_headers
        with stack.api(world.headers("member")) as api:
            number = api.get(f"/sections/{world.section_id}").json()["current"]["number"]
            posted = time.monotonic()
            created = api.post(
                f"/sections/{world.section_id}/comments",
                json={"body": "Through the proxy, at once.", "version": number},
            )
        assert created.status_code == 201, created.text
        comment_id = created.json()["id"]
        stream.wait_for(
            lambda e: e.name == "comment" and e.data["comment_id"] == comment_id, timeout=5
        )
        assert time.monotonic() - posted < 3
    finally:
        stream.close()
