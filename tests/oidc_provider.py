"""A real OpenID Connect provider (tests/oidc/provider.mjs, npm oidc-provider) for sign-in tests.

    from tests.oidc_provider import oidc_provider_fixture  # registers `oidc_provider`

    def test_x(oidc_provider: OidcProvider) -> None:
        callback = oidc_provider.authorize(authorization_url, "ana@example.org")

The fixture installs the provider's npm packages from the committed lock file when they are
missing (`npm ci`), starts it on a free port of 127.0.0.1 with one confidential client whose
redirect URI is Concord's callback for provider `TEST_PROVIDER`, waits for discovery and stops it
at the end of the session. Without Node.js and npm the tests fail and say so.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2 as httpx
import pytest

from concord.identity import oidc

NODE_DIR = Path(__file__).resolve().parent / "oidc"
TEST_PROVIDER = "test"
CLIENT_ID = "concord"
CLIENT_SECRET = "concord-test-secret"
START_SECONDS = 30.0


@dataclass
class OidcProvider:
    issuer: str
    client_id: str
    client_secret: str
    redirect_uri: str

    def config(self, **changes: Any) -> oidc.ProviderConfig:
        values: dict[str, Any] = {
            "name": TEST_PROVIDER,
            "issuer": self.issuer,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "label": "Test provider",
        }
        return oidc.ProviderConfig(**{**values, **changes})

    def authorize(self, authorization_url: str, login_hint: str) -> str:
        """Sign in at the provider as `login_hint` and return the redirect back to Concord.

        The provider has no login page: its interaction signs the hinted account in at once,
        so this just follows redirects (keeping the provider's cookies) until one leaves for
        the redirect URI.
        """
        url = httpx.URL(authorization_url).copy_merge_params({"login_hint": login_hint})
        with httpx.Client(timeout=10) as browser:
            for _ in range(10):
                response = browser.get(url)
                if response.status_code not in (302, 303):
                    raise AssertionError(
                        f"provider answered {response.status_code}: {response.text[:500]}"
                    )
                location = str(response.headers["location"])
                if location.startswith(self.redirect_uri.split("?")[0]):
                    return location
                url = response.url.join(location)
        raise AssertionError("too many redirects at the provider")

    def tamper(self, code: str, **change: Any) -> None:
        """Make the token endpoint rewrite the ID token it returns for `code` (see provider.mjs)."""
        response = httpx.post(f"{self.issuer}/_test/tamper", json={"code": code, **change})
        response.raise_for_status()


def _ensure_packages() -> None:
    if (NODE_DIR / "node_modules" / "oidc-provider").is_dir():
        return
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        pytest.fail(
            "OpenID Connect tests need Node.js 20+ and npm to run tests/oidc/provider.mjs; "
            "install them or run `npm ci --prefix tests/oidc`.",
            pytrace=False,
        )
    done = subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=NODE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"`npm ci` in {NODE_DIR} failed:\n{done.stdout}\n{done.stderr}", pytrace=False)


def _tail(path: Path) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-30:])


@contextmanager
def running_provider(redirect_uri: str, **env: str) -> Iterator[OidcProvider]:
    """Start provider.mjs (on a port it picks itself), wait for discovery, stop it afterwards."""
    _ensure_packages()
    node = shutil.which("node")
    if node is None:
        pytest.fail("OpenID Connect tests need Node.js 20+ on PATH.", pytrace=False)
    with tempfile.TemporaryDirectory(prefix="concord-oidc-") as folder:
        log = Path(folder) / "provider.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [node, "provider.mjs"],
                cwd=NODE_DIR,
                env={
                    **os.environ,
                    "OIDC_PORT": "0",
                    "OIDC_CLIENT_ID": CLIENT_ID,
                    "OIDC_CLIENT_SECRET": CLIENT_SECRET,
                    "OIDC_REDIRECT_URIS": redirect_uri,
                    **env,
                },
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            issuer = _wait_for_discovery(process, log)
            yield OidcProvider(issuer, CLIENT_ID, CLIENT_SECRET, redirect_uri)
        finally:
            _stop(process)


def _wait_for_discovery(process: subprocess.Popen[bytes], log: Path) -> str:
    deadline = time.monotonic() + START_SECONDS
    issuer = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the test OpenID provider exited:\n{_tail(log)}", pytrace=False)
        if issuer is None:
            for line in log.read_text(errors="replace").splitlines():
                if line.startswith("listening "):
                    issuer = line.removeprefix("listening ").strip()
        if issuer is not None:
            try:
                found = httpx.get(f"{issuer}/.well-known/openid-configuration", timeout=2)
                if found.status_code == 200 and found.json().get("issuer") == issuer:
                    return issuer
            except httpx.HTTPError:
                pass
        time.sleep(0.05)
    pytest.fail(f"the test OpenID provider did not start:\n{_tail(log)}", pytrace=False)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


@pytest.fixture(scope="session", name="oidc_provider")
def oidc_provider_fixture() -> Iterator[OidcProvider]:
    """A running provider whose client redirects to Concord's callback for `TEST_PROVIDER`."""
    with running_provider(oidc.redirect_uri(TEST_PROVIDER)) as provider:
        yield provider
