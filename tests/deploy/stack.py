"""Concord as deployed: Debian's nginx with deploy/nginx/concord.conf (TLS with a certificate made
here) in front of two `concord serve` processes on one PostgreSQL database.

    with deployed_stack(folder, database_url) as stack:
        httpx.get(f"{stack.url}/readyz", verify=stack.ca_file)
        stack.apps[0].restart()   # SIGTERM, wait for the exit, start again on the same port

The nginx configuration is the file an operator installs, with only its addresses swapped for
the test's own (ports, certificate, log paths): each swapped line must be found, so that the file
and this test cannot drift apart unnoticed.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shutil
import signal
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import httpx2 as httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.live_server import ROOT, free_port

SITE = ROOT / "deploy" / "nginx" / "concord.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
METRICS_TOKEN = "deploy-test-metrics-token-0123456789"
SECRET = "deploy-tests-secret-key-not-for-production-0123456789"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1 (the clients trust it as their CA)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "fullchain.pem", folder / "privkey.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def site_config(
    *, app_ports: list[int], http_port: int, https_port: int, folder: Path, cert: Path, key: Path
) -> str:
    """deploy/nginx/concord.conf with the test's ports and paths."""
    text = SITE.read_text()
    swaps = {
        "server 127.0.0.1:8001 max_fails=0;": f"server 127.0.0.1:{app_ports[0]} max_fails=0;",
        "server 127.0.0.1:8002 max_fails=0;": f"server 127.0.0.1:{app_ports[1]} max_fails=0;",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen [::]:80;": "",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        "listen [::]:443 ssl http2;": "",
        "server_name concord.example.org;": "server_name localhost;",
        "/etc/ssl/concord/fullchain.pem": str(cert),
        "/etc/ssl/concord/privkey.pem": str(key),
        "/var/log/nginx/concord.access.log": str(folder / "concord.access.log"),
    }
    for old, new in swaps.items():
        assert old in text, f"deploy/nginx/concord.conf no longer has {old!r}: update the test"
        text = text.replace(old, new)
    return text


def main_config(folder: Path, site: Path) -> str:
    """The rest of an nginx.conf, as Debian's nginx.conf gives it, in the test's folder."""
    temp = {name: folder / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for path in temp.values():
        path.mkdir(exist_ok=True)
    # As root, workers would run as nobody and could not write the temp folders made here.
    user = "user root;\n" if os.geteuid() == 0 else ""
    return f"""{user}daemon off;
worker_processes 1;
pid {folder / "nginx.pid"};
error_log {folder / "error.log"} info;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path {temp["body"]};
    proxy_temp_path {temp["proxy"]};
    fastcgi_temp_path {temp["fastcgi"]};
    uwsgi_temp_path {temp["uwsgi"]};
    scgi_temp_path {temp["scgi"]};
    include {site};
}}
"""


@dataclass
class App:
    """One `concord serve` process on a fixed port (as deploy/systemd/concord@.service runs it)."""

    port: int
    database_url: str
    env: dict[str, str]
    folder: Path
    process: subprocess.Popen[bytes] | None = None
    workers: int = 1  # `concord serve --workers N`: N processes on the one port
    starts: int = 0
    exit_codes: list[int] = field(default_factory=list)

    @property
    def log(self) -> Path:
        return self.folder / f"app-{self.port}.log"

    def start(self) -> None:
        command = [
            str(Path(sys.executable).parent / "concord"),
            "serve", "--host", "127.0.0.1", "--port", str(self.port),
        ]  # fmt: skip
        if self.workers > 1:
            command += ["--workers", str(self.workers)]
        env = {**os.environ, "CONCORD_DATABASE_URL": self.database_url, **self.env}
        with self.log.open("ab") as output:
            self.process = subprocess.Popen(
                command,
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.starts += 1
        wait_ready(f"http://127.0.0.1:{self.port}/readyz", self.process, self.log)

    def terminate(self, timeout: float = 30.0) -> float:
        """SIGTERM (as systemd stops a unit) and wait for the exit; the seconds it took."""
        assert self.process is not None
        started = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        self.exit_codes.append(self.process.wait(timeout=timeout))
        return time.monotonic() - started

    def restart(self) -> float:
        took = self.terminate()
        self.start()
        return took

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            with suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


def wait_ready(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2.0) as client:
        while True:
            if process.poll() is not None:
                tail = log.read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{url}: exited with {process.returncode}:\n{tail}")
            with suppress(httpx.TransportError):
                if client.get(url).status_code == 200:
                    return
            if time.monotonic() > deadline:
                tail = log.read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{url} not ready in {timeout} s:\n{tail}")
            time.sleep(0.1)


@dataclass
class Stack:
    url: str  # https://localhost:<port>, through nginx
    http_url: str  # nginx's plain-http port (redirects)
    ca_file: Path
    folder: Path
    apps: list[App]

    def client(self, **options: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, verify=self.tls(), **options)  # type: ignore[arg-type]

    def tls(self) -> ssl.SSLContext:
        """Trusts the test's certificate, and nothing else."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def api(self, headers: dict[str, str], **options: object) -> httpx.Client:
        return httpx.Client(
            base_url=f"{self.url}/api/v1",
            headers=headers,
            verify=self.tls(),
            timeout=30.0,
            **options,  # type: ignore[arg-type]
        )

    def nginx_log(self) -> list[str]:
        return (self.folder / "concord.access.log").read_text().splitlines()

    def app_logs(self) -> list[str]:
        return [line for app in self.apps for line in app.log.read_text().splitlines()]


def app_env(public_url: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    return {
        "CONCORD_ENV": "test",
        "CONCORD_SECRET_KEY": SECRET,
        "CONCORD_PUBLIC_URL": public_url,
        "CONCORD_TRUSTED_PROXIES": "127.0.0.1",
        "CONCORD_DRAIN_SECONDS": "3",
        "CONCORD_LOG_FORMAT": "json",
        "CONCORD_METRICS_TOKEN": METRICS_TOKEN,
        "CONCORD_LIVE_HEARTBEAT_SECONDS": "1",
        "PYTHONUNBUFFERED": "1",
        **(extra or {}),
    }


@contextmanager
def deployed_stack(
    folder: Path, database_url: str, *, env: dict[str, str] | None = None
) -> Iterator[Stack]:
    """nginx (TLS) in front of two app processes on `database_url` (migrated and seeded)."""
    if not Path(NGINX).exists():
        raise RuntimeError("nginx is missing: apt-get install nginx-light (./dev test does)")
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = make_certificate(folder)
    http_port, https_port = free_port(), free_port()
    url = f"https://localhost:{https_port}"
    ports = [free_port(), free_port()]
    apps = [App(port, database_url, app_env(url, env), folder) for port in ports]
    site = folder / "concord.conf"
    site.write_text(
        site_config(
            app_ports=ports,
            http_port=http_port,
            https_port=https_port,
            folder=folder,
            cert=cert,
            key=key,
        )
    )
    conf = folder / "nginx.conf"
    conf.write_text(main_config(folder, site))
    checked = subprocess.run(
        [NGINX, "-t", "-c", str(conf)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stderr
    with ExitStack() as stack:
        for app in apps:
            stack.callback(app.stop)
            app.start()
        nginx = subprocess.Popen(
            [NGINX, "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=(folder / "nginx.stderr").open("wb"),
            start_new_session=True,
        )

        def stop_nginx() -> None:
            nginx.send_signal(signal.SIGQUIT)
            try:
                nginx.wait(timeout=15)
            except subprocess.TimeoutExpired:
                nginx.kill()
                nginx.wait(timeout=5)

        stack.callback(stop_nginx)
        deadline = time.monotonic() + 20
        with httpx.Client(verify=ssl.create_default_context(cafile=str(cert)), timeout=2) as client:
            while True:
                with suppress(httpx.TransportError):
                    if client.get(f"{url}/readyz").status_code == 200:
                        break
                assert nginx.poll() is None, (folder / "error.log").read_text()
                assert time.monotonic() < deadline, "nginx did not answer"
                time.sleep(0.1)
        yield Stack(url, f"http://127.0.0.1:{http_port}", cert, folder, apps)
