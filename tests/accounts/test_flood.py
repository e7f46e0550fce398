"""Sign-in floods against real `todochat serve` processes with production Argon2 cost:
memory stays bounded, and two processes on one Redis spend one budget. Loopback only,
a bounded number of requests."""

from __future__ import annotations

import concurrent.futures
import secrets
from collections import Counter
from pathlib import Path

import httpx2
import pytest

from tests.conftest import REDIS_URL, TEST_SECRET
from tests.support.servers import ServerProcess, launch_server, start_server, stop_process

pytestmark = pytest.mark.slow

FLOOD = 40
PEAK_LIMIT_MB = 300


def server_env(database_url: str, **extra: str) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url,
        "BETTER_AUTH_SECRET": TEST_SECRET,
        "AGENT_MODEL": "offline",
        "LOG_LEVEL": "WARNING",
        "MCP_SERVER_URL": "",
        "BETTER_AUTH_URL": "",
        "REDIS_URL": "",
        **extra,
    }


def memory_mb(pid: int, field: str) -> int:
    """VmRSS (now) or VmHWM (the peak so far) of a process, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024
    raise LookupError(field)


def login(server: ServerProcess, email: str, password: str) -> int:
    answer = httpx2.post(
        f"{server.base_url}/api/auth/login",
        json={"email": email, "password": password},
        timeout=120,
    )
    return answer.status_code


def test_a_40_way_login_flood_gets_429s_and_stays_under_300_mb(
    database_url: str, tmp_path: Path
) -> None:
    server = start_server(server_env(database_url, LOGIN_RATE_LIMIT="30/minute"), tmp_path)
    try:
        answer = httpx2.post(
            f"{server.base_url}/api/auth/register",
            json={"email": "victim@example.com", "password": "password123"},
            timeout=120,
        )
        assert answer.status_code == 201
        before = memory_mb(server.process.pid, "VmRSS")
        with concurrent.futures.ThreadPoolExecutor(FLOOD) as pool:
            codes = Counter(
                pool.map(
                    lambda n: login(server, f"guess-{n % 7}@example.com", f"wrong-{n}"),
                    range(FLOOD),
                )
            )
        peak = memory_mb(server.process.pid, "VmHWM")
        print(f"\nRSS before {before} MiB, peak {peak} MiB; answers {dict(codes)}")
        assert codes[429] >= FLOOD - 30  # LOGIN_RATE_LIMIT: 30/minute per address
        assert set(codes) <= {401, 429}
        assert peak < PEAK_LIMIT_MB
        assert httpx2.get(f"{server.base_url}/health", timeout=30).status_code == 200
    finally:
        log = server.stop()
    assert "Traceback" not in log


def test_two_processes_on_one_redis_share_one_login_budget(
    database_url: str, tmp_path: Path, redis_prefix: str
) -> None:
    env = server_env(
        database_url,
        REDIS_URL=REDIS_URL,
        REDIS_KEY_PREFIX=redis_prefix,
        LOGIN_RATE_LIMIT="4/minute",
        LOGIN_FAILURE_LIMIT="",
    )
    first = launch_server(env, tmp_path)
    second = launch_server(env, tmp_path)
    try:
        first.wait_ready()
        second.wait_ready()
        email = f"nobody-{secrets.token_hex(4)}@example.com"
        codes = [login(server, email, "wrong") for server in (first, second, first, second)]
        assert codes == [401, 401, 401, 401]
        assert login(first, email, "wrong") == 429
        assert login(second, email, "wrong") == 429
    finally:
        stop_process(first.process)
        stop_process(second.process)
