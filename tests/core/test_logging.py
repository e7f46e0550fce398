"""The request log: one line per request with its ids, and never a secret."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx2
import pytest

from tests.conftest import TEST_SECRET
from tests.support.accounts import Account
from todochat.core.db import Database
from todochat.core.logging import configure_logging, kv

LINE = re.compile(
    r"^method=(?P<method>\S+) path=(?P<path>\S+) status=(?P<status>\d{3}) "
    r"duration_ms=(?P<duration>\d+\.\d) (?:user_id=(?P<user_id>\S+) )?request_id=(?P<id>\S+)$"
)


def access_lines(caplog: pytest.LogCaptureFixture) -> list[dict[str, str | None]]:
    lines = []
    for record in caplog.records:
        if record.name == "todochat.access":
            match = LINE.match(record.getMessage())
            assert match, record.getMessage()
            lines.append(match.groupdict())
    return lines


def every_log_text(caplog: pytest.LogCaptureFixture) -> str:
    """All that any handler could write: messages, arguments and formatted traces."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    return "\n".join(handler.format(record) for record in caplog.records)


async def test_each_request_logs_one_line_with_its_fields(
    client: httpx2.AsyncClient, alice: Account, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="todochat")
    caplog.clear()
    await client.post(alice.path("/tasks"), json={"title": "Logged"}, headers=alice.headers)
    await client.get(alice.path("/tasks"), headers=alice.headers)
    await client.get("/health")
    lines = access_lines(caplog)
    assert [(line["method"], line["path"], line["status"]) for line in lines] == [
        ("POST", alice.path("/tasks"), "201"),
        ("GET", alice.path("/tasks"), "200"),
        ("GET", "/health", "200"),
    ]
    assert [line["user_id"] for line in lines] == [alice.id, alice.id, None]
    assert len({line["id"] for line in lines}) == 3
    assert all(float(str(line["duration"])) >= 0 for line in lines)


async def test_request_id_is_returned_and_a_clients_id_is_kept(
    client: httpx2.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="todochat")
    caplog.clear()
    mine = await client.get("/health", headers={"X-Request-ID": "trace-abc-123"})
    generated = await client.get("/health")
    assert mine.headers["x-request-id"] == "trace-abc-123"
    assert re.fullmatch(r"[0-9a-f]{32}", generated.headers["x-request-id"])
    assert [line["id"] for line in access_lines(caplog)] == [
        "trace-abc-123",
        generated.headers["x-request-id"],
    ]


async def test_a_clients_request_id_cannot_forge_log_fields(
    client: httpx2.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="todochat")
    caplog.clear()
    await client.get("/health", headers={"X-Request-ID": "x user_id=admin"})
    (line,) = [r.getMessage() for r in caplog.records if r.name == "todochat.access"]
    assert line.endswith('request_id="x user_id=admin"')
    assert " user_id=admin" not in line.split("request_id=")[0]


async def test_failed_requests_are_logged_with_their_status(
    client: httpx2.AsyncClient, alice: Account, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="todochat")
    caplog.clear()
    await client.get(alice.path("/tasks"))
    await client.get("/api/someone-else/tasks", headers=alice.headers)
    await client.get(alice.path("/tasks/12345"), headers=alice.headers)
    statuses = [(line["status"], line["user_id"]) for line in access_lines(caplog)]
    assert statuses == [("401", None), ("403", alice.id), ("404", alice.id)]


async def test_tokens_passwords_and_the_secret_never_reach_the_log(
    client: httpx2.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, every level
    password = "Tr0ub4dor&3-unique"
    registered = await client.post(
        "/api/auth/register",
        json={"email": "logs@example.com", "password": password, "name": "Logs"},
    )
    token = registered.json()["token"]
    user_id = registered.json()["user"]["id"]
    headers = {"Authorization": f"Bearer {token}"}
    logged_in = await client.post(
        "/api/auth/login", json={"email": "logs@example.com", "password": password}
    )
    await client.post("/api/auth/login", json={"email": "logs@example.com", "password": "wrong-1"})
    await client.post("/api/auth/register", json={"email": "bad", "password": password})
    await client.get("/api/auth/me", headers=headers)
    await client.post(f"/api/{user_id}/tasks", json={"title": "t"}, headers=headers)
    await client.get("/api/other/tasks", headers=headers)
    await client.get("/api/x/tasks", headers={"Authorization": f"Bearer {token}broken"})
    text = every_log_text(caplog)
    assert "path=/api/auth/login" in text  # the log was captured at all
    for secret in (password, "wrong-1", token, logged_in.json()["token"], TEST_SECRET):
        assert secret not in text
    # No fragment of a token either (a signature alone would be a leak).
    for part in token.split("."):
        assert part not in text


def test_kv_quotes_values_with_spaces_and_skips_none() -> None:
    assert kv(a=1, b="two words", c=None, d="") == 'a=1 b="two words" d=""'
    assert kv(q='say "hi"') == "q=\"say 'hi'\""


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """configure_logging changes process-wide loggers; put them back for the other tests."""
    root = logging.getLogger("todochat")
    uvicorn_access = logging.getLogger("uvicorn.access")
    saved = (list(root.handlers), root.level, root.propagate, uvicorn_access.disabled)
    every = logging.getLogger()
    uvicorns = [logging.getLogger(name) for name in ("uvicorn", "uvicorn.error")]
    saved_every = list(every.handlers)
    saved_uvicorns = [(list(logger.handlers), logger.propagate) for logger in uvicorns]
    try:
        yield
    finally:
        root.handlers[:], root.level, root.propagate = saved[0], saved[1], saved[2]
        uvicorn_access.disabled = saved[3]
        every.handlers[:] = saved_every
        for logger, (handlers, propagate) in zip(uvicorns, saved_uvicorns, strict=True):
            logger.handlers[:], logger.propagate = handlers, propagate


@pytest.mark.usefixtures("restore_logging")
def test_configure_logging_sends_todochat_lines_to_stderr_at_the_level(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging("warning")
    logging.getLogger("todochat.access").info("hidden line")
    logging.getLogger("todochat.errors").warning("shown line")
    err = capsys.readouterr().err
    assert "shown line" in err and "hidden line" not in err
    assert logging.getLogger("uvicorn.access").disabled


@pytest.mark.usefixtures("restore_logging")
async def test_an_encoded_newline_in_a_path_cannot_forge_a_log_line(
    client: httpx2.AsyncClient, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("info")
    forged = "2026-01-01 00:00:00,000 INFO todochat.access method=GET path=/ status=200"
    await client.get(f"/x%0a{forged.replace(' ', '%20')}%20user_id=admin%0d%1b[2J")
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "todochat.access" in line]
    assert len(lines) == 1, err
    (line,) = lines
    assert line.startswith(tuple("0123456789")) and " todochat.access method=GET " in line
    assert 'path="/x\\n2026-01-01' in line  # the newline written as \n, inside the quotes
    assert "\\r\\x1b[2J" in line
    assert not any(line.startswith("2026-01-01 00:00:00,000") for line in err.splitlines())


@pytest.mark.usefixtures("restore_logging")
def test_a_logged_traceback_names_the_error_but_never_its_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure_logging("info")
    first, second = "Buy milk for Alice", "invalid input syntax: 'my secret title'"
    try:
        try:
            raise KeyError(first)
        except KeyError as exc:
            raise ValueError(second) from exc
    except ValueError:
        logging.getLogger("todochat.errors").exception("unhandled error on %s", "POST /x\ny")
    err = capsys.readouterr().err
    assert "unhandled error on POST /x\\ny" in err
    assert "Traceback (most recent call last):" in err
    assert "builtins.KeyError (message withheld)" in err
    assert "builtins.ValueError (message withheld)" in err
    assert "test_a_logged_traceback_names_the_error_but_never_its_message" in err  # frames
    assert "Buy milk" not in err and "my secret title" not in err


@pytest.mark.usefixtures("restore_logging")
def test_library_lines_go_through_the_same_escaping(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("info")
    logging.getLogger("uvicorn.error").warning("Invalid HTTP request: %s", "a\nforged line")
    err = capsys.readouterr().err
    assert "Invalid HTTP request: a\\nforged line" in err
    assert not any(line.startswith("forged line") for line in err.splitlines())


def test_kv_escapes_control_characters() -> None:
    assert kv(path="/x\nstatus=200") == "path=/x\\nstatus=200"
    assert kv(path="/a b\r\x00") == 'path="/a b\\r\\x00"'
    assert kv(name="Café ☕") == 'name="Café ☕"'


async def test_a_failed_statement_never_shows_its_parameters(database: Database) -> None:
    """hide_parameters: an error's text names the SQL, never the values (titles, messages)."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    async with database.session() as session:
        statement = text("INSERT INTO users (id, name, created_at) VALUES (:id, :name, :at)")
        values = {"id": "dup", "name": "Secret Name 42", "at": datetime.now(UTC)}
        await session.exec(statement.bindparams(**values))
        await session.commit()
        with pytest.raises(IntegrityError) as caught:
            await session.exec(statement.bindparams(**values))
    assert "parameters hidden" in str(caught.value)
    assert "Secret Name 42" not in str(caught.value)
