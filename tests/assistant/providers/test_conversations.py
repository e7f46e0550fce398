"""Each emulated provider through two turns that both call a tool, the second referring to
the first ("mark it done"), over the real provider path, streamed and in JSON mode.

The emulators refuse what their provider refuses (a replayed Gemini call without its
thought signature, `max_tokens` for gpt-5, `reasoning` on a Groq message...), so a turn
that succeeds proves todochat sent what that provider accepts.
"""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from tests.assistant.providers.conftest import chat
from tests.support.accounts import Account
from tests.support.provider_profiles import (
    GEMINI,
    GROQ,
    LITELLM,
    OLLAMA,
    OPENAI_REASONING,
    ProviderProfile,
)
from tests.support.scripted_provider import ScriptedProvider, ToolCall, text, tool_call, tool_calls

CASES = [
    pytest.param(GEMINI, "gemini-3-flash-preview", id="gemini-3-flash"),
    pytest.param(GEMINI.variant(call_ids="empty"), "gemini-3-pro-preview", id="gemini-empty-ids"),
    # An alias (a name without "gemini"): the Agents SDK alone would drop the signatures.
    pytest.param(GEMINI.variant(call_ids="name"), "house-assistant", id="gemini-alias-name-ids"),
    pytest.param(GROQ, "llama-3.3-70b-versatile", id="groq-llama"),
    pytest.param(GROQ, "openai/gpt-oss-120b", id="groq-gpt-oss-reasoning"),
    pytest.param(OPENAI_REASONING, "gpt-5-mini", id="openai-gpt-5-mini"),
    pytest.param(OPENAI_REASONING, "o4-mini", id="openai-o4-mini"),
    pytest.param(OPENAI_REASONING, "gpt-4.1-mini", id="openai-gpt-4.1-mini"),
    pytest.param(OLLAMA, "qwen3", id="ollama-qwen3"),
    pytest.param(LITELLM, "gemini-3-flash-preview", id="litellm-gemini"),
    pytest.param(LITELLM, "smart", id="litellm-alias"),
]


async def _task(client: httpx2.AsyncClient, user: Account, task_id: int) -> dict[str, Any]:
    response = await client.get(user.path(f"/tasks/{task_id}"), headers=user.headers)
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize("stream", [True, False], ids=["sse", "json"])
@pytest.mark.parametrize(("profile", "model_name"), CASES)
async def test_two_tool_turns_and_mark_it_done(
    client: httpx2.AsyncClient,
    alice: Account,
    provider: ScriptedProvider,
    profile: ProviderProfile,
    model_name: str,
    stream: bool,
) -> None:
    provider.script(tool_call("add_task", {"title": "Buy milk"}), text("Added 'Buy milk'."))
    first = await chat(client, alice, "add buy milk", stream=stream)
    assert first["status"] == 200, first
    assert "error" not in first, first
    [added] = first["tool_calls"]
    assert added["result"]["status"] == "created"
    assert set(added) == {"id", "name", "arguments", "result"}  # provider data stays inside
    task_id = added["result"]["task_id"]

    provider.script(tool_call("complete_task", {"task_id": task_id}), text("Marked it done."))
    second = await chat(
        client, alice, "mark it done", stream=stream, conversation_id=first["conversation_id"]
    )
    assert second["status"] == 200, second
    assert second["response"] == "Marked it done."
    [completed] = second["tool_calls"]
    assert completed["result"] == {"task_id": task_id, "status": "completed", "title": "Buy milk"}
    assert (await _task(client, alice, task_id))["completed"] is True
    # Every call got one request: nothing was refused and retried.
    assert len(provider.requests) == 4
    assert provider.errors == []
    # The second turn's first request replayed the first turn's call and its result.
    replayed = provider.requests[2].messages
    calls = [m for m in replayed if m.get("role") == "assistant" and m.get("tool_calls")]
    assert calls and calls[0]["tool_calls"][0]["function"]["name"] == "add_task"
    ids = [call["id"] for message in calls for call in message["tool_calls"]]
    assert all(ids) and len(set(ids)) == len(ids)


@pytest.mark.parametrize(("profile", "model_name"), [CASES[0], CASES[2], CASES[9]])
async def test_signatures_go_back_within_the_turn_and_across_turns(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider, model_name: str
) -> None:
    provider.script(tool_call("add_task", {"title": "Call mom"}), text("Added."))
    first = await chat(client, alice, "add call mom", stream=True)
    provider.script(tool_call("list_tasks", {}), text("One task."))
    await chat(
        client, alice, "what's on my list?", stream=True, conversation_id=first["conversation_id"]
    )
    within_turn, across_turns = provider.requests[1], provider.requests[2]

    def signatures(messages: list[dict[str, Any]]) -> list[str]:
        found = []
        for message in messages:
            for call in message.get("tool_calls") or []:
                google = (call.get("extra_content") or {}).get("google") or {}
                found.append(google.get("thought_signature"))
        return found

    assert signatures(within_turn.messages)[0].startswith("sig-")
    assert signatures(across_turns.messages) == signatures(within_turn.messages)


@pytest.mark.parametrize(("profile", "model_name"), [CASES[0], CASES[1]])
async def test_parallel_calls_without_indexes_stay_apart(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(
        tool_calls(
            [ToolCall("add_task", {"title": "Eggs"}), ToolCall("add_task", {"title": "Jam"})]
        ),
        text("Added both."),
    )
    answer = await chat(client, alice, "add eggs and jam", stream=True)
    assert answer["status"] == 200, answer
    titles = [call["result"]["title"] for call in answer["tool_calls"]]
    assert titles == ["Eggs", "Jam"]
    ids = [call["id"] for call in answer["tool_calls"]]
    assert len(set(ids)) == 2 and all(ids)


@pytest.mark.parametrize(("profile", "model_name"), [(OPENAI_REASONING, "gpt-5-mini")])
async def test_reasoning_models_get_max_completion_tokens_and_no_temperature(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(text("Hi!"))
    assert (await chat(client, alice, "hello", stream=True))["status"] == 200
    sent = provider.requests[0]
    assert "max_tokens" not in sent.body and "temperature" not in sent.body
    assert sent["max_completion_tokens"] == 1000


@pytest.mark.parametrize(("profile", "model_name"), [(GROQ, "openai/gpt-oss-120b")])
async def test_groq_never_gets_reasoning_back_on_messages(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(tool_call("add_task", {"title": "Milk"}), text("Added."))
    assert (await chat(client, alice, "add milk", stream=True))["status"] == 200
    for message in provider.requests[1].messages:
        assert not {"reasoning", "reasoning_content", "name"} & set(message)
