"""What a chat turn must keep while it gets cheaper: the requests the provider receives, the
events streamed, the messages stored, in both modes, over the real provider path.

JSON mode and streaming reach the model differently (one answer against a stream of
chunks), so these tests run the same two turns (a tool call, then a question that replays
it from the history) in each mode and compare everything but the `stream` switch.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest
from fastapi import FastAPI
from sqlalchemy import event

from tests.chat.conftest import sse_events
from tests.conftest import BACKEND, make_settings
from tests.support.accounts import Account
from tests.support.lifespan import running
from tests.support.scripted_provider import ScriptedProvider, text, tool_call
from todochat.app import create_app


@pytest.fixture
async def app(database_url: str, provider: ScriptedProvider) -> AsyncIterator[FastAPI]:
    settings = make_settings(
        database_url,
        agent_base_url=provider.base_url,
        agent_model="scripted-model-1",
        agent_api_key="provider-key-123",
        agent_max_retries=2,
    )
    application = create_app(settings)
    async with running(application):
        yield application


def _normalised(value: Any) -> Any:
    """Call ids and task ids numbered by first appearance; the system prompt's clock out."""
    text_form = json.dumps(value, sort_keys=True)
    seen: dict[str, str] = {}

    def number(match: re.Match[str]) -> str:
        return seen.setdefault(match.group(0), f"call_{len(seen)}")

    text_form = re.sub(r"call_[A-Za-z0-9_]+", number, text_form)
    text_form = re.sub(r'"task_id": \d+', '"task_id": "N"', text_form)
    text_form = re.sub(r'\\"task_id\\": ?\d+', r'\\"task_id\\": \\"N\\"', text_form)
    return json.loads(text_form)


def _body(request: Any) -> dict[str, Any]:
    body = {k: v for k, v in request.body.items() if k not in {"stream", "stream_options"}}
    messages = [dict(message) for message in body["messages"]]
    assert messages[0]["role"] == "system"
    messages[0]["content"] = "<system prompt>"
    return _normalised({**body, "messages": messages})


async def _two_turns(
    client: httpx2.AsyncClient, user: Account, provider: ScriptedProvider, *, stream: bool
) -> tuple[list[Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """A tool call and its answer, then a question; (answers, bodies, stored messages)."""
    first_request = len(provider.requests)
    provider.script(tool_call("add_task", {"title": "Buy milk"}), text("Added 'Buy milk'."))
    answers: list[Any] = []
    response = await client.post(
        user.path("/chat"),
        json={"message": "add buy milk", "stream": stream},
        headers=user.headers,
    )
    assert response.status_code == 200
    answers.append(sse_events(response) if stream else response.json())
    conversation_id = answers[0][-1]["conversation_id"] if stream else answers[0]["conversation_id"]
    provider.script(text("You added Buy milk."))
    response = await client.post(
        user.path("/chat"),
        json={"message": "what did I add?", "conversation_id": conversation_id, "stream": stream},
        headers=user.headers,
    )
    assert response.status_code == 200
    answers.append(sse_events(response) if stream else response.json())
    bodies = [_body(request) for request in provider.requests[first_request:]]
    stored = await client.get(
        user.path(f"/conversations/{conversation_id}/messages"), headers=user.headers
    )
    messages = [
        {key: item[key] for key in ("role", "content", "tool_calls")}
        for item in stored.json()["items"]
    ]
    return answers, bodies, _normalised(messages)


async def test_json_mode_sends_what_streaming_sends_and_stores_the_same(
    client: httpx2.AsyncClient,
    alice: Account,
    bob: Account,
    provider: ScriptedProvider,
) -> None:
    _, streamed_bodies, streamed_stored = await _two_turns(client, alice, provider, stream=True)
    answers, json_bodies, json_stored = await _two_turns(client, bob, provider, stream=False)
    assert [request.stream for request in provider.requests] == [True] * 3 + [False] * 3
    assert len(json_bodies) == 3  # the tool call, the answer after it, the second turn
    assert json_bodies == streamed_bodies
    assert json_stored == streamed_stored
    assert json_stored == [
        {"role": "user", "content": "add buy milk", "tool_calls": None},
        {
            "role": "assistant",
            "content": "Added 'Buy milk'.",
            "tool_calls": [
                {
                    "id": "call_0",
                    "name": "add_task",
                    "arguments": {"title": "Buy milk"},
                    "result": {"task_id": "N", "status": "created", "title": "Buy milk"},
                }
            ],
        },
        {"role": "user", "content": "what did I add?", "tool_calls": None},
        {"role": "assistant", "content": "You added Buy milk.", "tool_calls": None},
    ]
    first, second = _normalised(answers)
    assert first == {
        "conversation_id": first["conversation_id"],
        "response": "Added 'Buy milk'.",
        "tool_calls": json_stored[1]["tool_calls"],
    }
    assert second["response"] == "You added Buy milk." and second["tool_calls"] == []
    # the second turn replays the first, call and result, before the new question
    roles = [message["role"] for message in json_bodies[2]["messages"]]
    assert roles == ["system", "user", "assistant", "tool", "assistant", "user"]


async def test_the_events_of_a_streamed_turn(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    (first, second), _, _ = await _two_turns(client, alice, provider, stream=True)
    kinds = [next(iter(event)) for event in first]
    assert kinds[:2] == ["tool_call", "tool_result"]
    assert set(kinds[2:-1]) == {"content"} and len(kinds) > 4  # the text in several pieces
    assert kinds[-1] == "done"
    assert _normalised(first[:2]) == [
        {"tool_call": {"id": "call_0", "name": "add_task", "arguments": {"title": "Buy milk"}}},
        {
            "tool_result": {
                "id": "call_0",
                "name": "add_task",
                "result": {"task_id": "N", "status": "created", "title": "Buy milk"},
            }
        },
    ]
    assert "".join(event["content"] for event in first[2:-1]) == "Added 'Buy milk'."
    assert first[-1] == {"done": True, "conversation_id": first[-1]["conversation_id"]}
    assert second[-1] == first[-1]
    assert "".join(event.get("content", "") for event in second) == "You added Buy milk."


async def _counted(
    app: FastAPI, client: httpx2.AsyncClient, user: Account, body: dict[str, Any]
) -> tuple[httpx2.Response, list[str], int]:
    """The response to one chat request, the statements it made and the transactions it
    committed (statements in autocommit apart)."""
    statements: list[str] = []
    commits: list[bool] = []
    engine = app.state.database.engine.sync_engine

    def on_statement(*args: Any) -> None:
        statements.append(" ".join(args[2].split()[:3]))

    def on_commit(connection: Any) -> None:
        # a statement in autocommit is its own transaction: no BEGIN or COMMIT was sent
        if connection.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
            commits.append(True)

    event.listen(engine, "before_cursor_execute", on_statement)
    event.listen(engine, "commit", on_commit)
    try:
        response = await client.post(user.path("/chat"), json=body, headers=user.headers)
    finally:
        event.remove(engine, "before_cursor_execute", on_statement)
        event.remove(engine, "commit", on_commit)
    return response, statements, len(commits)


async def test_a_turn_takes_few_database_round_trips(
    app: FastAPI, client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    """Statements and transactions of a JSON turn with a tool call. In an existing
    conversation: the lease, whose statement also marks the conversation active and reads
    the user's zone and whether an approval waits, the history and the message (on
    PostgreSQL one statement in autocommit, taking the lease only when no approval
    waits); the tool's
    own work (the task and its change-log row: the zone came with the call, and a new task
    has no tags to replace); the reply, which also gives the lease back. A new
    conversation is created with its lease, reading the zone, and holds the message. On
    PostgreSQL a write to two tables that nothing else joins is one statement, in
    autocommit (no BEGIN and COMMIT round trips): the new conversation with its message,
    the reply with the lease's end. A new statement or transaction on this path costs
    every turn; these numbers should only go down."""
    postgres = BACKEND == "postgresql"
    await client.get(alice.path("/conversations"), headers=alice.headers)  # a known user
    provider.script(tool_call("add_task", {"title": "Buy milk"}), text("Added."))
    first, statements, commits = await _counted(
        app, client, alice, {"message": "add buy milk", "stream": False}
    )
    assert first.json()["response"] == "Added."
    new_conversation = (
        ["WITH created AS"] if postgres else ["INSERT INTO conversations", "INSERT INTO messages"]
    )
    tool = ["WITH new_task AS"] if postgres else ["INSERT INTO tasks", "INSERT INTO task_changes"]
    reply = ["WITH reply AS"] if postgres else ["INSERT INTO messages", "UPDATE conversations SET"]
    assert statements == [*new_conversation, *tool, *reply]
    assert commits == (0 if postgres else 3)
    conversation_id = first.json()["conversation_id"]
    provider.script(tool_call("add_task", {"title": "Buy eggs"}), text("Added."))
    body = {"message": "add eggs", "stream": False, "conversation_id": conversation_id}
    response, statements, commits = await _counted(app, client, alice, body)
    assert response.json()["response"] == "Added."
    message = (
        ["WITH lease AS"]
        if postgres
        else [
            "UPDATE conversations SET",
            "SELECT messages.id, messages.role,",
            "INSERT INTO messages",
        ]
    )
    assert statements == [*message, *tool, *reply]
    assert commits == (0 if postgres else 3)
    stored = await client.get(
        alice.path(f"/conversations/{conversation_id}/messages"), headers=alice.headers
    )
    assert [item["role"] for item in stored.json()["items"]] == ["user", "assistant"] * 2
