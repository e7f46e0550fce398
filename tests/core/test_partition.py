"""A network partition between a real `todochat serve` and PostgreSQL (a paused TCP proxy
of the test's own): requests answer 503 within the timeouts instead of hanging, and once
the partition heals the server answers again by itself, with nothing lost."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx2
import pytest

from tests.conftest import BACKEND, TEST_SECRET
from tests.support.servers import start_server
from tests.support.tcp_proxy import PausableProxy

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        BACKEND != "postgresql",
        reason="a partition needs a database across a network: PostgreSQL (SQLite is a file)",
    ),
]

TIMEOUT = 2  # each of the three database timeouts, seconds
BOUND = 8.0  # a 503 must come sooner than this (a statement, a rollback, a reconnect)


def through(proxy: PausableProxy, database_url: str) -> str:
    parts = urlsplit(database_url)
    netloc = f"{parts.username or 'postgres'}@127.0.0.1:{proxy.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def test_a_partition_answers_503_within_the_timeouts_and_heals_by_itself(
    database_url: str, tmp_path: Path
) -> None:
    target = urlsplit(database_url)
    with PausableProxy(target.hostname or "127.0.0.1", target.port or 5432) as proxy:
        env = {
            "DATABASE_URL": through(proxy, database_url),
            "DATABASE_COMMAND_TIMEOUT_SECONDS": str(TIMEOUT),
            "DATABASE_POOL_TIMEOUT_SECONDS": str(TIMEOUT),
            "DATABASE_CONNECT_TIMEOUT_SECONDS": str(TIMEOUT),
            "BETTER_AUTH_SECRET": TEST_SECRET,
            "BETTER_AUTH_URL": "",
            "MCP_SERVER_URL": "",
            "AGENT_MODEL": "offline",
            "LOG_LEVEL": "WARNING",
        }
        server = start_server(env, tmp_path)
        try:
            with httpx2.Client(base_url=server.base_url, timeout=60) as http:
                account = {"email": "partition@example.com", "password": "password123"}
                registered = http.post("/api/auth/register", json=account).json()
                auth = {"Authorization": f"Bearer {registered['token']}"}
                tasks = f"/api/{registered['user']['id']}/tasks"
                chat = f"/api/{registered['user']['id']}/chat"
                created = http.post(tasks, json={"title": "Survive the partition"}, headers=auth)
                assert created.status_code == 201, created.text

                proxy.pause()

                def timed(request: tuple[str, str, dict[str, object] | None]) -> tuple[int, float]:
                    method, path, body = request
                    started = time.monotonic()
                    response = http.request(method, path, json=body, headers=auth)
                    return response.status_code, time.monotonic() - started

                requests: list[tuple[str, str, dict[str, object] | None]] = [
                    ("GET", tasks, None),
                    ("GET", tasks, None),
                    ("POST", tasks, {"title": "Written during the partition"}),
                    ("GET", "/ready", None),
                    ("POST", chat, {"message": "add a task to call mom", "stream": False}),
                ]
                with ThreadPoolExecutor(len(requests)) as pool:
                    during = list(pool.map(timed, requests))
                assert [status for status, _ in during] == [503] * len(requests), during
                slowest = max(elapsed for _, elapsed in during)
                assert slowest < BOUND, during

                proxy.resume()
                healed_at = time.monotonic()
                deadline = healed_at + 30
                while True:
                    listed = http.get(tasks, headers=auth)
                    if listed.status_code == 200 or time.monotonic() > deadline:
                        break
                    time.sleep(0.2)
                assert listed.status_code == 200, listed.text
                titles = [task["title"] for task in listed.json()["items"]]
                assert "Survive the partition" in titles
                assert http.post(tasks, json={"title": "After"}, headers=auth).status_code == 201
                print(
                    f"partition: 503s within {slowest:.1f} s (timeouts {TIMEOUT} s); "
                    f"healed {time.monotonic() - healed_at:.1f} s after the proxy resumed"
                )
        finally:
            log = server.stop()
    assert "Traceback" not in log
    assert "database unavailable on GET" in log
