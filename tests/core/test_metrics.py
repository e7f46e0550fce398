"""GET /metrics: counters that move with requests, turns, model and tool calls; access rules."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx2
import pytest
from agents.testing import ScriptedModel, assistant_message, function_call
from fastapi import FastAPI

from tests.conftest import make_settings
from tests.support.accounts import Account
from tests.support.lifespan import running
from todochat.app import create_app
from todochat.assistant.providers.choice import ModelChoice


def value(text: str, name: str, **labels: str) -> float:
    """One sample's value from the exposition (0 when absent)."""
    wanted = ",".join(f'{key}="{label}"' for key, label in sorted(labels.items()))
    pattern = rf"^{re.escape(name)}{{{re.escape(wanted)}}} (\S+)$" if labels else rf"^{name} (\S+)$"
    found = re.search(pattern, text, re.M)
    return float(found.group(1)) if found else 0.0


@pytest.fixture
def scripted() -> ScriptedModel:
    return ScriptedModel()


@pytest.fixture
async def app(database_url: str, scripted: ScriptedModel) -> AsyncIterator[FastAPI]:
    settings = make_settings(database_url, metrics_token="scrape-token-0123456789")
    application = create_app(settings, model=ModelChoice(scripted, "scripted", "scripted"))
    async with running(application):
        yield application


def client_from(app: FastAPI, host: str) -> httpx2.AsyncClient:
    transport = httpx2.ASGITransport(app=app, client=(host, 40000))
    return httpx2.AsyncClient(transport=transport, base_url="http://localhost")


async def scrape(client: httpx2.AsyncClient) -> str:
    response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return response.text


async def test_requests_are_counted_by_route_template_and_status(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    before = await scrape(client)
    for _ in range(3):
        await client.get(alice.path("/tasks"), headers=alice.headers)
    await client.get(alice.path("/tasks/999999"), headers=alice.headers)
    await client.get("/no/such/path/12345")
    text = await scrape(client)
    route = "/api/{user_id}/tasks"
    labels = {"method": "GET", "route": route, "status": "200"}
    assert (
        value(text, "todochat_http_requests_total", **labels)
        - value(before, "todochat_http_requests_total", **labels)
        == 3
    )
    assert (
        value(
            text,
            "todochat_http_requests_total",
            method="GET",
            route="/api/{user_id}/tasks/{task_id}",
            status="404",
        )
        == 1
    )
    assert (
        value(text, "todochat_http_requests_total", method="GET", route="unmatched", status="404")
        >= 1
    )
    assert alice.id not in text and "12345" not in text  # templates, never real paths
    assert (
        value(text, "todochat_http_request_duration_seconds_count", method="GET", route=route) >= 3
    )
    assert "todochat_db_connections_in_use 0.0" in text  # every connection went back


async def test_chat_turns_model_calls_and_tool_calls_are_counted(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend(
        [
            [function_call("add_task", {"title": "Milk"}, call_id="c1")],
            [assistant_message("Added.")],
            ConnectionError("provider down"),
        ]
    )
    assert (
        await client.post(alice.path("/chat"), json={"message": "add milk"}, headers=alice.headers)
    ).status_code == 200
    assert (
        await client.post(alice.path("/chat"), json={"message": "again"}, headers=alice.headers)
    ).status_code == 503
    text = await scrape(client)
    assert value(text, "todochat_chat_turns_total", outcome="ok") == 1
    assert value(text, "todochat_chat_turns_total", outcome="model_unavailable") == 1
    assert value(text, "todochat_model_calls_total", provider="scripted", outcome="ok") == 2
    assert value(text, "todochat_model_calls_total", provider="scripted", outcome="error") == 1
    assert value(text, "todochat_model_call_duration_seconds_count", provider="scripted") == 3
    assert value(text, "todochat_tool_calls_total", tool="add_task", outcome="ok") == 1


async def test_metrics_are_refused_to_other_hosts_without_the_token(app: FastAPI) -> None:
    async with client_from(app, "203.0.113.7") as outsider:
        refused = await outsider.get("/metrics")
        assert refused.status_code == 403
        assert refused.json() == {
            "detail": "Metrics are served to loopback clients or with METRICS_TOKEN"
        }
        wrong = await outsider.get("/metrics", headers={"Authorization": "Bearer guess"})
        assert wrong.status_code == 401
        allowed = await outsider.get(
            "/metrics", headers={"Authorization": "Bearer scrape-token-0123456789"}
        )
        assert allowed.status_code == 200
        assert "todochat_http_requests_total" in allowed.text
        assert "scrape-token" not in allowed.text
    async with client_from(app, "127.0.0.1") as local:
        assert (await local.get("/metrics")).status_code == 200
        proxied = await local.get("/metrics", headers={"X-Forwarded-For": "198.51.100.4"})
        assert proxied.status_code == 403  # a proxy on this host forwarding an outsider
    async with client_from(app, "::1") as local6:
        assert (await local6.get("/metrics")).status_code == 200
