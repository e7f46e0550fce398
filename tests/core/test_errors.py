"""Every failure answers JSON `{"detail": ...}`: domain errors, outages, and bugs."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import httpx2
import pytest
from fastapi import FastAPI
from fastapi.responses import StreamingResponse
from sqlalchemy.exc import OperationalError

from tests.conftest import make_settings
from tests.support.apps import app_client
from tests.support.servers import free_port
from todochat.app import create_app
from todochat.core.errors import (
    Conflict,
    DomainError,
    Forbidden,
    InvalidInput,
    NotFound,
    ServiceUnavailable,
    Unauthorized,
    error_responses,
)

OUTAGE = {"detail": "The database is unavailable; try again shortly."}


def unreachable_postgres() -> str:
    return f"postgresql://postgres@127.0.0.1:{free_port()}/todo"


def unopenable_sqlite(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'no-such-folder' / 'todo.db'}"


@pytest.fixture(params=["postgres-port-closed", "sqlite-path-unopenable"])
def unreachable_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres-port-closed":
        return unreachable_postgres()
    return unopenable_sqlite(tmp_path)


async def test_database_outage_on_an_authenticated_route_is_503(
    unreachable_database_url: str,
) -> None:
    app = create_app(make_settings(unreachable_database_url))
    token, _ = app.state.verifier.issue("u1")
    async with app_client(app.state.settings, app=app) as client:
        response = await client.get("/api/u1/tasks", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 503
    assert response.json() == OUTAGE
    assert response.headers["x-request-id"]


async def test_database_outage_on_register_is_503(unreachable_database_url: str) -> None:
    async with app_client(make_settings(unreachable_database_url)) as client:
        response = await client.post(
            "/api/auth/register", json={"email": "a@example.com", "password": "password123"}
        )
    assert response.status_code == 503
    assert response.json() == OUTAGE


async def test_database_outage_is_logged_without_a_trace(
    caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.INFO, logger="todochat")
    async with app_client(make_settings(unopenable_sqlite(tmp_path))) as client:
        await client.post(
            "/api/auth/login", json={"email": "a@example.com", "password": "password123"}
        )
    outage = [record for record in caplog.records if record.name == "todochat.errors"]
    assert [record.levelno for record in outage] == [logging.WARNING]
    assert outage[0].exc_info is None
    access = [record for record in caplog.records if record.name == "todochat.access"]
    assert "status=503" in access[0].getMessage()


@pytest.fixture
async def failing_app(database_url: str) -> AsyncIterator[tuple[FastAPI, httpx2.AsyncClient]]:
    """The real app plus a few routes that fail in chosen ways."""
    app = create_app(make_settings(database_url))

    @app.get("/test/bug")
    async def bug() -> None:
        raise RuntimeError("secret internals /etc/passwd line 42")

    @app.get("/test/database-gone")
    async def database_gone() -> None:
        raise OperationalError("SELECT 1", {}, ConnectionRefusedError("refused"))

    @app.get("/test/domain/{kind}")
    async def domain(kind: str) -> None:
        errors: dict[str, DomainError] = {
            "invalid": InvalidInput("bad"),
            "unauthorized": Unauthorized("who"),
            "forbidden": Forbidden("no"),
            "missing": NotFound("gone"),
            "conflict": Conflict("taken"),
            "unavailable": ServiceUnavailable("later"),
        }
        raise errors[kind]

    @app.get("/test/broken-stream")
    async def broken_stream() -> StreamingResponse:
        async def chunks() -> AsyncIterator[bytes]:
            yield b"first part"
            raise RuntimeError("failed midway")

        return StreamingResponse(chunks(), media_type="text/plain")

    async with app_client(app.state.settings, app=app) as client:
        yield app, client


async def test_unexpected_exception_is_500_without_a_trace(
    failing_app: tuple[FastAPI, httpx2.AsyncClient], caplog: pytest.LogCaptureFixture
) -> None:
    _, client = failing_app
    with caplog.at_level(logging.INFO, logger="todochat"):
        response = await client.get("/test/bug")
    assert response.status_code == 500
    assert response.json() == {"detail": "Internal server error"}
    assert "secret internals" not in response.text and "Traceback" not in response.text
    assert response.headers["x-request-id"]
    logged = [record for record in caplog.records if record.name == "todochat.errors"]
    assert logged and logged[0].exc_info is not None  # the trace goes to the log instead
    access = [record.getMessage() for record in caplog.records if record.name == "todochat.access"]
    assert any("status=500" in line for line in access)


async def test_sqlalchemy_operational_error_is_503(
    failing_app: tuple[FastAPI, httpx2.AsyncClient],
) -> None:
    _, client = failing_app
    response = await client.get("/test/database-gone")
    assert response.status_code == 503
    assert response.json() == OUTAGE


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        ("invalid", 422),
        ("unauthorized", 401),
        ("forbidden", 403),
        ("missing", 404),
        ("conflict", 409),
        ("unavailable", 503),
    ],
)
async def test_domain_errors_map_to_their_status(
    failing_app: tuple[FastAPI, httpx2.AsyncClient], kind: str, status: int
) -> None:
    _, client = failing_app
    response = await client.get(f"/test/domain/{kind}")
    assert response.status_code == status
    assert set(response.json()) == {"detail"}
    assert ("www-authenticate" in response.headers) == (status == 401)


async def test_failure_after_the_response_started_is_not_answered_twice(
    failing_app: tuple[FastAPI, httpx2.AsyncClient],
) -> None:
    """Headers are gone already: the stream is cut, not replaced by a second answer."""
    _, client = failing_app
    with pytest.raises(RuntimeError, match="failed midway"):
        await client.get("/test/broken-stream")


async def test_cors_headers_are_on_error_answers(
    failing_app: tuple[FastAPI, httpx2.AsyncClient],
) -> None:
    _, client = failing_app
    response = await client.get("/test/bug", headers={"Origin": "http://localhost:3000"})
    assert response.status_code == 500
    assert response.headers["access-control-allow-origin"] == "http://localhost:3000"


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("GET", "/no/such/route", 404), ("DELETE", "/health", 405), ("GET", "/api/u", 404)],
)
async def test_unknown_routes_and_methods_answer_json(
    client: httpx2.AsyncClient, method: str, path: str, status: int
) -> None:
    response = await client.request(method, path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert set(response.json()) == {"detail"}


async def test_validation_errors_list_type_location_and_message_only(
    client: httpx2.AsyncClient,
) -> None:
    response = await client.post("/api/auth/register", json={"email": 5, "password": "hunter2"})
    assert response.status_code == 422
    for error in response.json()["detail"]:
        assert set(error) == {"type", "loc", "msg"}
    assert "hunter2" not in response.text


def test_error_responses_describe_each_code_with_the_error_body() -> None:
    responses = error_responses(401, 404, 418)
    assert set(responses) == {401, 404, 418}
    assert responses[404]["description"] == "Not found (or not yours)"
    assert responses[418]["description"] == "Error"
    assert all(entry["model"].__name__ == "ErrorBody" for entry in responses.values())
