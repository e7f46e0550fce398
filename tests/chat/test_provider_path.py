"""The real provider path (AsyncOpenAI + Chat Completions) against a scripted HTTP server.

The app is configured through AGENT_BASE_URL like a deployment would be; only the model
provider is scripted, on loopback.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx2
import pytest
from fastapi import FastAPI

from tests.chat.conftest import sse_events
from tests.conftest import make_settings
from tests.support.accounts import Account
from tests.support.lifespan import running
from tests.support.scripted_provider import (
    ScriptedProvider,
    delay,
    error,
    not_json,
    stall_mid_stream,
    text,
    tool_call,
)
from todochat.app import create_app


@pytest.fixture
async def app(database_url: str, provider: ScriptedProvider) -> AsyncIterator[FastAPI]:
    settings = make_settings(
        database_url,
        agent_base_url=provider.base_url,
        agent_model="scripted-model-1",
        agent_api_key="provider-key-123",
        agent_temperature=0.2,
        agent_max_tokens=321,
        agent_timeout_seconds=3,
        agent_max_retries=2,
    )
    application = create_app(settings)
    async with running(application):
        yield application


async def chat(
    client: httpx2.AsyncClient, user: Account, message: str, **body: object
) -> httpx2.Response:
    return await client.post(
        user.path("/chat"), json={"message": message, **body}, headers=user.headers
    )


async def test_streamed_tool_call_and_text_reach_the_client(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(
        tool_call("add_task", {"title": "Buy groceries"}), text("Added 'Buy groceries'.")
    )
    events = sse_events(await chat(client, alice, "Add a task to buy groceries"))
    assert events[0]["tool_call"]["name"] == "add_task"
    assert events[0]["tool_call"]["arguments"] == {"title": "Buy groceries"}
    assert events[1]["tool_result"]["result"]["status"] == "created"
    contents = [event["content"] for event in events if "content" in event]
    assert len(contents) > 1  # streamed in pieces, not one blob
    assert "".join(contents) == "Added 'Buy groceries'."
    assert events[-1]["done"] is True


async def test_settings_reach_the_provider(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(text("Hi!"))
    await chat(client, alice, "hello")
    request = provider.requests[0]
    assert request.model == "scripted-model-1"
    assert request["temperature"] == 0.2
    assert request.get("max_tokens", request.get("max_completion_tokens")) == 321
    assert request.authorization == "Bearer provider-key-123"
    assert request.stream is True
    assert sorted(request.tool_names) == [
        "add_task",
        "complete_task",
        "delete_task",
        "list_tasks",
        "restore_task",
        "undo",
        "update_task",
    ]


async def test_history_with_tool_results_is_sent_on_the_next_turn(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(tool_call("add_task", {"title": "Milk"}), text("Added Milk."))
    first = sse_events(await chat(client, alice, "add milk"))
    provider.script(text("You have Milk."))
    await chat(client, alice, "what did I add?", conversation_id=first[-1]["conversation_id"])
    roles = [message["role"] for message in provider.requests[-1].messages]
    assert roles == ["system", "user", "assistant", "tool", "assistant", "user"]
    assert '"task_id": 1' in str(provider.requests[-1].messages[3]["content"]).replace(":1", ": 1")


async def test_json_mode_over_the_provider_path(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(tool_call("add_task", {"title": "Pay bills"}), text("Added."))
    response = await chat(client, alice, "I need to pay bills", stream=False)
    body = response.json()
    assert body["response"] == "Added."
    assert [(call["name"], call["result"]["title"]) for call in body["tool_calls"]] == [
        ("add_task", "Pay bills")
    ]


async def test_rate_limit_is_retried_then_succeeds(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(error(429, headers={"retry-after": "0"}), text("Made it."))
    response = await chat(client, alice, "hello", stream=False)
    assert response.status_code == 200
    assert response.json()["response"] == "Made it."
    assert len(provider.requests) == 2


async def test_server_errors_past_the_retries_answer_503(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(*[error(500, headers={"retry-after": "0"})] * 3)
    response = await chat(client, alice, "hello")
    assert response.status_code == 503
    body = response.json()
    assert body["detail"] == "The model provider is unavailable right now."
    assert body["conversation_id"] == int(response.headers["x-conversation-id"])  # resend into it
    assert len(provider.requests) == 3  # the first call and two retries


async def test_a_slow_provider_times_out_with_503(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(*[delay(10)] * 3)
    response = await chat(client, alice, "hello")
    assert response.status_code == 503
    assert "did not answer" in response.json()["detail"]


async def test_a_body_that_is_not_json_is_a_provider_failure(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(not_json(), not_json(), not_json())
    response = await chat(client, alice, "hello")
    assert response.status_code == 503


async def test_a_stream_that_stalls_ends_with_error_then_done_and_keeps_the_text(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(stall_mid_stream(text("one two three four five six"), after_chunks=2))
    response = await chat(client, alice, "hello")
    events = sse_events(response)
    assert events[0]["content"]
    assert events[-2]["error"]["code"] == "model_timeout"
    assert events[-1]["done"] is True
    stored = await client.get(
        alice.path(f"/conversations/{events[-1]['conversation_id']}/messages"),
        headers=alice.headers,
    )
    assert stored.json()["items"][-1]["content"] == "".join(
        event["content"] for event in events if "content" in event
    )
