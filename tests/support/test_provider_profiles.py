"""The emulator's profiles behave on the wire as their providers do (see provider_profiles)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx2
import openai
import pytest

from tests.support.provider_profiles import (
    GEMINI,
    GROQ,
    LITELLM,
    OLLAMA,
    OPENAI_REASONING,
    ProviderProfile,
)
from tests.support.scripted_provider import (
    ScriptedProvider,
    Thinking,
    ToolCall,
    text,
    tool_call,
    tool_calls,
)

USER = {"role": "user", "content": "add milk"}


@pytest.fixture
def profile() -> ProviderProfile:
    return GEMINI


@pytest.fixture
def provider(profile: ProviderProfile) -> Iterator[ScriptedProvider]:
    with ScriptedProvider(dialect=profile.emulate()) as scripted:
        yield scripted


def post(provider: ScriptedProvider, **body: Any) -> httpx2.Response:
    payload = {"model": "m", "messages": [USER], **body}
    return httpx2.post(f"{provider.base_url}/chat/completions", json=payload, timeout=10)


def chunks(response: httpx2.Response) -> list[dict[str, Any]]:
    return [
        json.loads(line[6:])
        for line in response.text.splitlines()
        if line.startswith("data: ") and line != "data: [DONE]"
    ]


def tool_deltas(response: httpx2.Response) -> list[dict[str, Any]]:
    return [
        call
        for chunk in chunks(response)
        for choice in chunk["choices"]
        for call in choice["delta"].get("tool_calls") or []
    ]


def test_gemini_streams_calls_without_index_whole_signed_and_ends_with_stop(
    provider: ScriptedProvider,
) -> None:
    provider.script(tool_calls([ToolCall("add_task", {"title": "A"}), ToolCall("add_task", {})]))
    response = post(provider, stream=True)
    first, second = tool_deltas(response)
    assert "index" not in first and "index" not in second
    assert first["function"]["arguments"] == '{"title": "A"}'
    assert first["extra_content"]["google"]["thought_signature"].startswith("sig-")
    assert "extra_content" not in second  # only the first parallel call is signed
    finishes = [c["choices"][0]["finish_reason"] for c in chunks(response) if c["choices"]]
    assert finishes[-1] == "stop"


def test_gemini_checks_signatures_of_replayed_calls(provider: ScriptedProvider) -> None:
    provider.script(tool_call("add_task", {"title": "A"}), text("ok"), text("ok"), text("ok"))
    call = post(provider).json()["choices"][0]["message"]["tool_calls"][0]
    signature = call["extra_content"]["google"]["thought_signature"]
    bare = {key: value for key, value in call.items() if key != "extra_content"}
    result = {"role": "tool", "tool_call_id": call["id"], "content": "{}"}

    def replay(sent_call: dict[str, Any], *after: dict[str, Any]) -> httpx2.Response:
        messages = [USER, {"role": "assistant", "tool_calls": [sent_call]}, result, *after]
        return post(provider, messages=messages)

    refused = replay(bare)  # within the turn
    assert refused.status_code == 400
    assert "thought_signature" in refused.json()[0]["error"]["message"]  # a JSON list body
    later = {"role": "user", "content": "mark it done"}
    assert replay(bare, later).status_code == 400  # across turns: this server signed it
    assert replay(call).status_code == 200
    assert replay(call, later).status_code == 200
    wrong = {**call, "extra_content": {"google": {"thought_signature": "forged"}}}
    assert replay(wrong).status_code == 400
    assert signature


def test_gemini_refuses_unknown_fields_with_a_list_body(provider: ScriptedProvider) -> None:
    response = post(provider, store=True)
    assert response.status_code == 400
    assert response.json()[0]["error"]["status"] == "INVALID_ARGUMENT"


@pytest.mark.parametrize("profile", [GROQ])
async def test_groq_tool_use_failed_in_a_stream_has_no_status(
    provider: ScriptedProvider, profile: ProviderProfile
) -> None:
    provider.script(profile.tool_use_failed(), profile.tool_use_failed())
    client = openai.AsyncOpenAI(base_url=provider.base_url, api_key="k", max_retries=0)
    stream = await client.chat.completions.create(model="m", messages=[USER], stream=True)  # type: ignore[list-item]
    with pytest.raises(openai.APIError) as raised:
        [chunk async for chunk in stream]
    assert not isinstance(raised.value, openai.APIStatusError)  # no status: no status retry
    assert raised.value.code == "tool_use_failed"
    with pytest.raises(openai.BadRequestError):
        await client.chat.completions.create(model="m", messages=[USER])  # type: ignore[list-item]
    await client.close()


@pytest.mark.parametrize("profile", [GROQ])
def test_groq_refuses_reasoning_on_messages(provider: ScriptedProvider) -> None:
    assistant = {"role": "assistant", "content": "hi", "reasoning": "thought"}
    response = post(provider, messages=[USER, assistant, USER])
    assert response.status_code == 400
    assert "property 'reasoning' is unsupported" in response.json()["error"]["message"]


@pytest.mark.parametrize("profile", [OPENAI_REASONING])
def test_reasoning_models_refuse_max_tokens_and_temperature(provider: ScriptedProvider) -> None:
    assert post(provider, model="gpt-5-mini", max_tokens=10).json()["error"]["param"] == (
        "max_tokens"
    )
    assert post(provider, model="o4-mini", temperature=0.7).json()["error"]["param"] == (
        "temperature"
    )
    provider.script(text("ok"))
    assert post(provider, model="gpt-5-mini", max_completion_tokens=10).status_code == 200


@pytest.mark.parametrize("profile", [OLLAMA])
def test_ollama_model_not_pulled_and_model_without_tools(provider: ScriptedProvider) -> None:
    missing = post(provider, model="llama9")
    assert missing.status_code == 404
    assert "try pulling it first" in missing.json()["error"]["message"]
    tools = [{"type": "function", "function": {"name": "f", "parameters": {}}}]
    assert "does not support tools" in post(provider, model="gemma2", tools=tools).text


@pytest.mark.parametrize("profile", [LITELLM])
def test_litellm_packs_the_signature_into_the_id(provider: ScriptedProvider) -> None:
    provider.script(tool_call("add_task", {}), text("ok"))
    call = post(provider).json()["choices"][0]["message"]["tool_calls"][0]
    signature = call["provider_specific_fields"]["thought_signature"]
    assert call["id"].endswith(f"__thought__{signature}")
    cleaned = {
        "id": call["id"].split("__thought__")[0],
        "type": "function",
        "function": call["function"],
    }
    messages = [
        USER,
        {"role": "assistant", "tool_calls": [cleaned]},
        {"role": "tool", "tool_call_id": cleaned["id"], "content": "{}"},
    ]
    assert post(provider, messages=messages).status_code == 400


def test_a_thinking_model_answers_nothing_without_room(provider: ScriptedProvider) -> None:
    provider.script(Thinking(500, text("Done.")))
    empty = post(provider, max_tokens=100).json()["choices"][0]
    assert empty["message"]["content"] is None and empty["finish_reason"] == "stop"
    assert provider.pending == 1
    roomy = post(provider, max_tokens=1000).json()["choices"][0]
    assert roomy["message"]["content"] == "Done."
