"""The server's own limits, on a real `todochat serve` process over raw loopback sockets:
oversized bodies and heads, idle and slow connections. Every loop is bounded by a count
and every socket by a timeout."""

from __future__ import annotations

import json
import os
import select
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import TEST_SECRET
from tests.support.databases import create_postgres_database, drop_postgres_database
from tests.support.servers import ServerProcess, start_server

pytestmark = pytest.mark.slow

HEADER_TIMEOUT = 1.5
BODY_TIMEOUT = 1.5
KEEPALIVE = 1


@pytest.fixture(scope="module")
def module_database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The module's own database: PostgreSQL in the PostgreSQL pass, else a SQLite file."""
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        yield f"sqlite:///{tmp_path_factory.mktemp('server-limits-db') / 'todochat.db'}"
        return
    url = create_postgres_database(base)
    try:
        yield url
    finally:
        drop_postgres_database(url, base)


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, module_database_url: str
) -> Iterator[ServerProcess]:
    workdir: Path = tmp_path_factory.mktemp("server-limits")
    env = {
        "DATABASE_URL": module_database_url,
        "BETTER_AUTH_SECRET": TEST_SECRET,
        "AGENT_MODEL": "offline",
        "LOG_LEVEL": "WARNING",
        "MCP_SERVER_URL": "",
        "BETTER_AUTH_URL": "",
        "REDIS_URL": "",
        "MAX_HEADER_BYTES": "8192",
        "MAX_HEADER_COUNT": "50",
        "HEADER_TIMEOUT_SECONDS": str(HEADER_TIMEOUT),
        "BODY_TIMEOUT_SECONDS": str(BODY_TIMEOUT),
        "KEEPALIVE_TIMEOUT_SECONDS": str(KEEPALIVE),
        "LOGIN_RATE_LIMIT": "2/minute",
    }
    process = start_server(env, workdir)
    try:
        yield process
    finally:
        process.stop()


def connect(server: ServerProcess, timeout: float = 10) -> socket.socket:
    host, port = server.base_url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=timeout)
    return sock


def read_answer(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """One response: status, headers, body (by Content-Length)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError(f"closed before an answer: {data!r}")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return status, headers, body[:length]


def closed_within(sock: socket.socket, seconds: float) -> tuple[bool, bytes, float]:
    """Whether the server closes the connection within `seconds`, what it sent, when."""
    started = time.monotonic()
    sock.settimeout(seconds)
    received = b""
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                return True, received, time.monotonic() - started
            received += chunk
    except TimeoutError:
        return False, received, time.monotonic() - started
    except ConnectionResetError:
        return True, received, time.monotonic() - started


def head(path: str, *, method: str = "GET", extra: str = "") -> bytes:
    return f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}\r\n".encode()


def test_a_10_mb_body_is_refused_with_413_before_it_is_read(server: ServerProcess) -> None:
    size = 10 * 1024 * 1024
    with connect(server) as sock:
        sock.sendall(
            head(
                "/api/auth/login",
                method="POST",
                extra=f"Content-Type: application/json\r\nContent-Length: {size}\r\n",
            )
        )
        sock.sendall(b'{"email": "' + b"a" * 200_000)  # 2% of what it announced
        status, headers, body = read_answer(sock)
    assert status == 413
    assert headers["content-type"] == "application/json"
    assert json.loads(body) == {"detail": "Content Too Large"}


def test_a_chunked_body_is_cut_off_at_the_limit(server: ServerProcess) -> None:
    with connect(server) as sock:
        sock.sendall(
            head(
                "/api/auth/login",
                method="POST",
                extra="Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
            )
        )
        piece = b"a" * 16384
        for _ in range(8):  # 128 KiB, twice the default limit of 64 KiB
            sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
        status, _, body = read_answer(sock)
    assert status == 413
    assert json.loads(body)["detail"] == "Content Too Large"


def test_a_body_within_the_limit_is_read(server: ServerProcess) -> None:
    payload = json.dumps({"email": "x@example.com", "password": "p" * 200}).encode()
    with connect(server) as sock:
        sock.sendall(
            head(
                "/api/auth/login",
                method="POST",
                extra=f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n",
            )
            + payload
        )
        status, _, _ = read_answer(sock)
    assert status == 401


def test_too_many_headers_answer_431_and_close(server: ServerProcess) -> None:
    extra = "".join(f"X-Filler-{n}: {n}\r\n" for n in range(20_000))
    with connect(server) as sock:
        sock.sendall(head("/health", extra=extra))
        status, headers, body = read_answer(sock)
        assert status == 431
        assert headers["connection"] == "close"
        assert "too large or too many" in json.loads(body)["detail"]
        assert closed_within(sock, 5)[0]


def test_one_huge_header_is_refused_before_it_ends(server: ServerProcess) -> None:
    with connect(server) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ")
        sent = 0
        # Up to 1 MiB of a header that never ends, in pieces; stop once the server answers
        # (or stops reading), so the client is not still writing into a closed connection.
        while sent < 1024 * 1024 and not select.select([sock], [], [], 0.01)[0]:
            try:
                sock.sendall(b"a" * 4096)
            except OSError:  # the server closed first: its answer is already on the way
                break
            sent += 4096
        status, _, _ = read_answer(sock)
    assert status == 431
    assert sent < 1024 * 1024  # answered before the head ended, not after reading it all


def test_a_request_within_the_head_limits_is_served(server: ServerProcess) -> None:
    extra = "".join(f"X-Filler-{n}: {'v' * 50}\r\n" for n in range(40))
    with connect(server) as sock:
        sock.sendall(head("/health", extra=extra))
        status, _, _ = read_answer(sock)
    assert status == 200


def test_a_silent_connection_is_closed(server: ServerProcess) -> None:
    with connect(server) as sock:
        closed, sent, after = closed_within(sock, HEADER_TIMEOUT + 5)
    assert closed
    assert sent == b""
    assert HEADER_TIMEOUT - 0.2 <= after <= HEADER_TIMEOUT + 5


def test_a_slow_head_answers_408_and_closes(server: ServerProcess) -> None:
    with connect(server) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\n")
        started = time.monotonic()
        for _ in range(40):  # a header byte every 0.1 s: never done within the timeout
            try:
                sock.sendall(b"X")
            except OSError:
                break
            time.sleep(0.1)
            if time.monotonic() - started > HEADER_TIMEOUT + 1:
                break
        closed, sent, _ = closed_within(sock, 5)
    assert closed
    assert sent.startswith(b"HTTP/1.1 408")


def test_a_slow_body_answers_408_and_closes(server: ServerProcess) -> None:
    with connect(server) as sock:
        sock.sendall(
            head(
                "/api/auth/login",
                method="POST",
                extra="Content-Type: application/json\r\nContent-Length: 1000\r\n",
            )
            + b'{"email": '
        )
        closed, sent, after = closed_within(sock, BODY_TIMEOUT + 5)
    assert closed
    assert sent.startswith(b"HTTP/1.1 408")
    assert after <= BODY_TIMEOUT + 5


def test_keep_alive_serves_several_requests_then_closes_when_idle(server: ServerProcess) -> None:
    with connect(server) as sock:
        for _ in range(3):
            sock.sendall(head("/health"))
            status, _, _ = read_answer(sock)
            assert status == 200
            time.sleep(0.3)
        closed, _, after = closed_within(sock, KEEPALIVE + 5)
    assert closed
    assert after <= KEEPALIVE + 5


def login_from(server: ServerProcess, forwarded_for: str) -> int:
    payload = json.dumps({"email": "x@example.com", "password": "wrong"}).encode()
    extra = (
        f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
        f"X-Forwarded-For: {forwarded_for}\r\n"
    )
    with connect(server) as sock:
        sock.sendall(head("/api/auth/login", method="POST", extra=extra) + payload)
        return read_answer(sock)[0]


def test_limits_count_the_address_a_trusted_proxy_forwards(server: ServerProcess) -> None:
    # 127.0.0.1 is in FORWARDED_ALLOW_IPS (a proxy on this host): the client is the
    # right-most address it added, whatever the client itself put in front of it.
    assert login_from(server, "203.0.113.7") == 401
    assert login_from(server, "198.51.100.1, 203.0.113.7") == 401
    assert login_from(server, "198.51.100.2, 203.0.113.7") == 429
    assert login_from(server, "203.0.113.8") == 401
