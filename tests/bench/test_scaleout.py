"""The scale-out benchmark's parts: its round-robin proxy, and a whole tiny run on PostgreSQL."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx2
import pytest

from bench.scaleout import Sizes, measure, render, round_robin_proxy

pytestmark = pytest.mark.slow


def named_server(name: str) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = name.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    return ThreadingHTTPServer(("127.0.0.1", 0), Handler)


@pytest.fixture
def backends() -> Iterator[list[int]]:
    servers = [named_server("a"), named_server("b")]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    yield [server.server_address[1] for server in servers]
    for server in servers:
        server.shutdown()
        server.server_close()


def test_the_proxy_sends_each_new_connection_to_the_next_server(backends: list[int]) -> None:
    with round_robin_proxy(backends) as url:
        answers = [httpx2.get(url, timeout=10).text for _ in range(4)]
    assert answers == ["a", "b", "a", "b"]


@pytest.mark.skipif(
    not os.environ.get("TEST_DATABASE_URL"), reason="runs on PostgreSQL (TEST_DATABASE_URL)"
)
def test_a_tiny_run_on_two_processes_keeps_every_turn_in_order(tmp_path: Path) -> None:
    sizes = Sizes(users=3, turns=2, latency=0.02, bursts=2, burst_size=3)
    run = measure(2, sizes, os.environ["TEST_DATABASE_URL"], tmp_path)
    assert run.errors == [] and run.violations == []
    assert run.acknowledged == 6 and run.burst_acknowledged == run.burst_sent == 6
    assert run.stored == 12
    assert "| 2 |" in render([run], sizes, "test", 1.0)
