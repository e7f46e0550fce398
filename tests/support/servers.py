"""Start the real `todochat serve` process on a free loopback port, and the small pieces
other loopback servers of the tests share (a threaded HTTP server, stopping a process)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self

import httpx2

from tests.support.log_watch import SERVER_LOGS

# Every client of a test's server is 127.0.0.1, so the per-address budgets (meant for one
# person's or one attacker's address) would be shared by a whole module's accounts, and the
# MCP conformance suite sends hundreds of requests as one user; a test about those limits
# sets its own.
TEST_SERVER_LIMITS = {
    "LOGIN_RATE_LIMIT": "1000/minute",
    "REGISTER_RATE_LIMIT": "1000/minute",
    "MCP_RATE_LIMIT": "10000/minute",
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop_process(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL after 10 s; returns once the process is gone."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


class LoopbackHTTPServer:
    """A threaded HTTP server on 127.0.0.1 (a free port), serving `handler` while inside
    `with`; subclasses build their handler class and pass it up."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


@dataclass
class ServerProcess:
    """A running `todochat serve`; `stop()` ends it and returns its log."""

    process: subprocess.Popen[bytes]
    base_url: str
    log_path: Path

    def stop(self) -> str:
        stop_process(self.process)
        return self.log_path.read_text(errors="replace")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_ready(self, timeout: float = 90) -> None:
        """Wait until /health answers; kill the process and raise if it exits or never does."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log()}")
            try:
                if httpx2.get(self.base_url + "/health", timeout=1).status_code == 200:
                    return
            except httpx2.HTTPError:
                pass
            time.sleep(0.1)
        # SIGTERM first: a `--workers` supervisor then stops its workers (SIGKILL would
        # leave them running, holding the port and the machine's CPU).
        stop_process(self.process)
        raise RuntimeError(f"server did not start:\n{self.log()}")


def launch_server(
    env: Mapping[str, str],
    workdir: Path,
    *,
    port: int | None = None,
    args: Sequence[str] = (),
) -> ServerProcess:
    """Run `python -m todochat serve` with `env`; does not wait for it (see `wait_ready`)."""
    port = port or free_port()
    log_path = workdir / f"server-{port}.log"
    SERVER_LOGS.append(log_path)
    full_env = {**os.environ, **TEST_SERVER_LIMITS, **env}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "todochat",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                *args,
            ],
            cwd=workdir,
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return ServerProcess(process, f"http://127.0.0.1:{port}", log_path)


def start_server(
    env: Mapping[str, str],
    workdir: Path,
    *,
    port: int | None = None,
    timeout: float = 90,  # a start takes ~2 s alone, far longer on a loaded 2-core machine
    args: Sequence[str] = (),
) -> ServerProcess:
    """Run `python -m todochat serve` with `env` and wait until /health answers."""
    server = launch_server(env, workdir, port=port, args=args)
    server.wait_ready(timeout)
    return server
