"""The API root, liveness, readiness and the OpenAPI documentation."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx2
import pytest

from tests.conftest import make_settings
from tests.support.apps import app_client
from tests.support.servers import free_port
from todochat.core import health
from todochat.core.db import Database


async def test_root_answers_api_clients_with_json(client: httpx2.AsyncClient) -> None:
    response = await client.get("/", headers={"Accept": "application/json"})
    assert response.status_code == 200
    body = response.json()
    assert body["message"] == "Todo API - Phase 3"
    assert body["docs"] == "/docs"


async def test_health_answers_without_the_database(tmp_path: Path) -> None:
    settings = make_settings(f"sqlite:///{tmp_path / 'missing' / 'todo.db'}")
    async with app_client(settings) as client:
        response = await client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_ready_when_the_database_answers(client: httpx2.AsyncClient) -> None:
    response = await client.get("/ready")
    assert response.status_code == 200
    assert response.json() == {"status": "ready", "database": "ok"}


@pytest.mark.parametrize("backend", ["postgres-port-closed", "sqlite-path-unopenable"])
async def test_ready_is_503_when_the_database_is_unreachable(backend: str, tmp_path: Path) -> None:
    url = (
        f"postgresql://postgres@127.0.0.1:{free_port()}/todo"
        if backend == "postgres-port-closed"
        else f"sqlite:///{tmp_path / 'missing' / 'todo.db'}"
    )
    async with app_client(make_settings(url)) as client:
        response = await client.get("/ready")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "unreachable",
        "detail": "The database is unreachable",
    }


async def test_ready_gives_up_on_a_database_that_hangs(
    client: httpx2.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def hang(_self: Database) -> None:
        await asyncio.sleep(60)

    monkeypatch.setattr(Database, "ping", hang)
    monkeypatch.setattr(health, "READY_TIMEOUT_SECONDS", 0.2)
    started = time.monotonic()
    response = await client.get("/ready")
    assert response.status_code == 503
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(("path", "marker"), [("/docs", "swagger-ui"), ("/redoc", "redoc")])
async def test_interactive_docs_are_served(
    client: httpx2.AsyncClient, path: str, marker: str
) -> None:
    response = await client.get(path)
    assert response.status_code == 200
    assert marker in response.text.lower()


FOUNDATION_PATHS = ("/", "/health", "/ready", "/api/auth/", "/api/{user_id}/tasks")


def schemas_used_by(spec: dict[str, Any], paths: list[str]) -> set[str]:
    """The component schemas that the operations of `paths` reference, transitively."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in found:
                    found.add(name)
                    walk(spec["components"]["schemas"][name])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in paths:
        walk(spec["paths"][path])
    return found


async def test_every_model_of_the_foundation_routes_has_a_description(
    client: httpx2.AsyncClient,
) -> None:
    spec = (await client.get("/openapi.json")).json()
    paths = [
        path
        for path in spec["paths"]
        if path in FOUNDATION_PATHS[:3] or path.startswith(FOUNDATION_PATHS[3:])
    ]
    used = schemas_used_by(spec, paths)
    assert {"TaskRead", "TaskList", "TokenResponse", "UserRead", "ErrorBody"} <= used
    undescribed = sorted(
        name for name in used if not spec["components"]["schemas"][name].get("description")
    )
    assert undescribed == []


async def test_every_operation_has_a_summary_and_a_description(client: httpx2.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    missing = [
        f"{method.upper()} {path}"
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if not (operation.get("summary") and operation.get("description"))
    ]
    assert missing == []


async def test_ready_documents_its_503(client: httpx2.AsyncClient) -> None:
    spec = (await client.get("/openapi.json")).json()
    assert "503" in spec["paths"]["/ready"]["get"]["responses"]
