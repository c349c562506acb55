"""`concord serve`'s servers: one that drains on SIGTERM, and uvicorn's supervisor of several
workers made of such servers (`--workers N`).

A stopping process first takes the connections already queued for it, then stops listening
(new connections are refused: a proxy sends them to another process), drains (core/lifecycle.py:
readiness 503, live streams told `shutdown`), answers for `CONCORD_DRAIN_SECONDS` on the
connections it has, lets the requests in progress finish, and exits.

This module imports little: each of `--workers N`'s processes unpickles it before it answers
its supervisor's health checks (uvicorn kills a worker that does not answer within
`timeout_worker_healthcheck`), so loading the app stays for later.
"""

from __future__ import annotations

import asyncio
import logging
import select as readiness
import socket

import uvicorn
from uvicorn.config import STARTUP_FAILURE
from uvicorn.supervisors.multiprocess import Multiprocess, Process

log = logging.getLogger("concord.serve")


class DrainingServer(uvicorn.Server):
    """On SIGTERM: stop accepting, then drain (readiness 503, event streams told `shutdown` so
    that browsers resume elsewhere), then let the requests in progress finish, then exit."""

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        await self._accept_waiting()
        # No await from the last look at the queue to the close: nothing slips in between.
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        # Imported here: a worker process unpickles this module before it answers its
        # supervisor's health checks, so it must load fast (the app comes later).
        from concord.core.config import get_settings
        from concord.core.lifecycle import drain

        await drain()
        await asyncio.sleep(get_settings().drain_seconds)
        await super().shutdown(sockets=None)

    async def _accept_waiting(self, rounds: int = 200) -> None:
        """Take every connection the kernel has completed and queued on the listening sockets
        before closing them: closing a listening socket resets the connections still queued,
        and a proxy may have sent a request on one already (nginx answers a reset POST with 502:
        it cannot know whether the request was applied). Accepted, each is answered (with
        `Connection: close`, draining); after the close, a new connection is refused, which a
        proxy safely sends to another process."""
        listening = [s.fileno() for server in self.servers for s in server.sockets]
        for _ in range(rounds):
            waiting, _, _ = readiness.select(listening, [], [], 0)
            if not waiting:
                return
            await asyncio.sleep(0.001)  # the loop's accept handler takes them


class DrainingWorker(Process):
    """One of `concord serve --workers N`'s processes: its server drains as a single one does."""

    @property
    def server(self) -> uvicorn.Server:
        if self._server is None:
            self._server = DrainingServer(config=self.config)
        return self._server


class DrainingWorkers(Multiprocess):
    """uvicorn's supervisor, with workers that drain on SIGTERM (it sends each worker SIGTERM
    when it is itself told to stop), and that closes its own copy of the shared listening
    socket first: the port is closed once the last worker has closed its copy, after taking
    what was queued (nothing queued is reset), rather than when the supervisor exits."""

    def _worker(self) -> Process:
        worker = DrainingWorker(self.config, self.sockets)
        worker.start()
        return worker

    def init_processes(self) -> None:
        self.processes.extend(self._worker() for _ in range(self.processes_num))

    def keep_subprocess_alive(self) -> None:
        if self.should_exit.is_set():
            return
        for index, worker in enumerate(self.processes):
            if worker.is_alive(timeout=self.config.timeout_worker_healthcheck):
                continue
            worker.kill()
            worker.join()
            if worker.exitcode == STARTUP_FAILURE:
                log.error("worker %s failed to start: stopping", worker.pid)
                self.should_exit.set()
                return
            log.info("worker %s died: starting another", worker.pid)
            self.processes[index] = self._worker()

    def restart_all(self) -> None:
        """SIGHUP: each worker in turn replaced by a new one, which is started first."""
        for index, old in enumerate(self.processes):
            if self.should_exit.is_set():
                return
            new = self._worker()
            if not new.wait_until_ready(self.config.timeout_worker_healthcheck, self.should_exit):
                new.kill()
                new.join()
                return
            old.terminate()
            old.join()
            self.processes[index] = new

    def handle_ttin(self) -> None:
        self.processes_num += 1
        self.processes.append(self._worker())

    def terminate_all(self) -> None:
        for sock in self.sockets:
            sock.close()
        super().terminate_all()
