"""Configuration from the environment (`CONCORD_*`) and `.env`, with safe defaults for local use.

The one settings object: every variable is a field here, documented in the README's
Configuration table.
"""

from __future__ import annotations

import ipaddress
import socket
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_SECRET_KEY = "concord-local-development-secret-do-not-use-in-production"  # noqa: S105
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CONCORD_", env_file=".env", extra="ignore")

    env: Literal["local", "test", "production"] = "local"
    database_url: str = Field(default_factory=lambda: f"sqlite:///{Path('var/concord.db')}")
    secret_key: str = DEFAULT_SECRET_KEY
    # The audit log's keyring (concord/audit/keys.py): never in the database. Unset in local and
    # test: derived from secret_key; production refuses to run without one.
    audit_key: str | None = None
    audit_key_file: Path | None = None
    organisation: str = "International Consortium for Civil Society Peacebuilding"
    # A section is one paragraph or heading; 200 KB of UTF-8 is far beyond any real one.
    max_section_bytes: int = 200_000
    session_hours: int = 12
    # A silence procedure's deadline is at least this far ahead.
    silence_minimum_hours: float = 72
    # How often each app process looks for silence procedures that ended unbroken (0: never).
    silence_poll_seconds: float = 30
    # How often each process looks for publications whose embargo time has come (0: never).
    publication_poll_seconds: float = 1
    invitation_days: int = 14
    # Public address of this server (OpenID redirect URIs, invitation links). When not set,
    # `concord serve` sets it to the address it serves (`served_address`).
    public_url: str = "http://127.0.0.1:8000"
    # Whole request bodies: a section plus JSON overhead and escaping.
    max_body_bytes: int = 1_500_000
    # The built web app (default: frontend/dist in the source tree).
    web_dist: Path | None = None
    # OpenID Connect providers, a JSON list; identity/oidc.py validates each (ProviderConfig).
    oidc_providers: list[dict[str, Any]] = Field(default_factory=list)
    # The live stream's rhythm (live/hub.py; tests shorten it).
    live_heartbeat_seconds: float = 15.0
    live_presence_seconds: float = 30.0  # a presence not renewed for this long has ended
    live_retry_ms: int = 3000  # the shortest a browser is told to wait before reconnecting
    live_retry_max_ms: int = 60000  # the longest (reconnecting often, or many at once)
    live_db_threads: int = 4  # streams' database work (opening, replays, re-checks) at once
    live_queue_size: int = 256  # events a subscriber may fall behind by before it is dropped
    live_replay_limit: int = 500  # Last-Event-ID: changes replayed at most, beyond: `overflow`
    live_listen_ping_seconds: float = 10.0  # PostgreSQL: how often an idle listener checks
    live_listen_retry_seconds: float = 5.0  # PostgreSQL: the longest wait between reconnections
    live_listen_first_retry_seconds: float = 0.1  # PostgreSQL: the first wait, doubled each time
    # Database connections per app process: each request holds at most one, and waits for it on
    # the event loop, never in a worker thread (core/dependencies.py). The overflow serves the
    # short reads of event streams and the background scheduler.
    db_pool_size: int = Field(default=20, ge=1)
    db_max_overflow: int = Field(default=10, ge=0)
    db_pool_timeout: float = Field(default=30, gt=0)
    # Admission per app process (core/admission.py): requests in progress, and waiting beyond
    # them; more, or a wait longer than `queue_seconds`, is 503 with Retry-After.
    max_in_flight: int = Field(default=16, ge=1)
    max_queued: int = Field(default=64, ge=0)
    queue_seconds: float = Field(default=1.0, gt=0)
    # One person (token, browser session or, signed out, address) at once per process; beyond
    # that 429 with Retry-After, so that one person's burst leaves room for everyone else.
    max_in_flight_per_person: int = Field(default=8, ge=1)
    max_queued_per_person: int = Field(default=16, ge=0)
    # Event streams (`/documents/{id}/events`) hold no request slot once they have started;
    # they have caps of their own per process and per person (503 / 429 beyond them).
    max_streams: int = Field(default=1000, ge=1)
    max_streams_per_person: int = Field(default=16, ge=1)
    # PDF exports (export/pdf.py: LibreOffice, seconds each) at once per process; one more is
    # 503 with Retry-After. A conversion taking longer than the timeout is stopped.
    pdf_concurrency: int = Field(default=2, ge=1)
    pdf_timeout_seconds: float = Field(default=120, gt=0)
    # Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed: addresses or
    # networks, comma-separated. None by default: the peer's own address is the client's.
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # The interactive API docs (/docs, /redoc, /openapi.json): on, except in production.
    api_docs: bool | None = None
    # E-mail (notify/): without an SMTP host, mails are written to the log and the in-app
    # notifications work the same. STARTTLS upgrades the connection before the login.
    smtp_host: str | None = None
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_starttls: bool = False
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_timeout: float = Field(default=30, gt=0)
    mail_from: str = "Concord <concord@localhost>"
    # The notification worker in each app process: how often it looks for mail to send when
    # nothing woke it (0: never, as in the in-process tests), how many mails per transaction,
    # how often a refused mail is tried, and the first wait before a retry (doubled each time).
    notify_poll_seconds: float = Field(default=15, ge=0)
    # Build the routes and freeze the start's objects out of the GC before answering
    # (core/warm.py); the in-process tests turn it off (their shared app builds what they use).
    warm_start: bool = True
    notify_batch: int = Field(default=50, ge=1)
    notify_max_attempts: int = Field(default=8, ge=1)
    notify_retry_seconds: float = Field(default=30, ge=0)
    # A person's digest is mailed once its oldest item has waited this long.
    notify_digest_hours: float = Field(default=24, ge=0)
    # Prometheus metrics at /metrics for `Authorization: Bearer <this>`; unset: /metrics is 404.
    metrics_token: str | None = None
    # `concord serve`'s logs: text for people, or one JSON object a line (production's default).
    log_format: Literal["text", "json"] | None = None
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # On SIGTERM, how long a process goes on answering on the connections it has (each answer
    # with `Connection: close`) before closing them: longer than the proxy's idle keep-alive to
    # it, so that the proxy never sends a request on a connection being closed (core/lifecycle.py).
    drain_seconds: float = Field(default=0, ge=0, le=60)

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value: object) -> object:
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if isinstance(value, list):
            for entry in value:
                ipaddress.ip_network(str(entry), strict=False)  # a ValueError names the bad one
        return value

    @property
    def api_docs_served(self) -> bool:
        return self.api_docs if self.api_docs is not None else self.env != "production"

    @property
    def log_format_used(self) -> Literal["text", "json"]:
        if self.log_format is not None:
            return self.log_format
        return "json" if self.env == "production" else "text"

    @property
    def https(self) -> bool:
        return self.public_url.lower().startswith("https://")

    def check_secret(self, host: str | None = None) -> None:
        """Refuse the published default secret anywhere but on a developer's own machine."""
        exposed = self.env == "production" or (host is not None and host not in LOCAL_HOSTS)
        if exposed and self.secret_key == DEFAULT_SECRET_KEY:
            raise RuntimeError(
                "CONCORD_SECRET_KEY is the built-in development default; "
                "set a long random secret before serving beyond localhost or in production."
            )


ANY_HOST = frozenset({"0.0.0.0", "::", ""})  # noqa: S104 (names them, binds nothing)


def served_address(host: str, port: int) -> str:
    """The address a server on `host`:`port` is reached at, as links should name it: the
    machine's name when it listens on every interface."""
    name = socket.getfqdn() if host in ANY_HOST else host
    if ":" in name:  # an IPv6 literal
        name = f"[{name}]"
    return f"http://{name}:{port}"


def public_address_mismatch(public_url: str, port: int) -> str | None:
    """Why a configured public address cannot be this server on `port`, or None. Only a
    loopback address is judged: behind a reverse proxy the public port differs by design."""
    parts = urlsplit(public_url)
    try:
        public_port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return f"CONCORD_PUBLIC_URL={public_url} has no valid port"
    if parts.hostname in LOCAL_HOSTS and public_port != port:
        return (
            f"CONCORD_PUBLIC_URL={public_url} names port {public_port} on this machine, but "
            f"the server listens on port {port}: invitation links and sign-in callbacks will "
            "not reach it"
        )
    return None


@lru_cache
def get_settings() -> Settings:
    return Settings()
