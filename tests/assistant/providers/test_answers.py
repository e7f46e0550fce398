"""Answers read from the raw response: the same chunks, completions and errors as openai's."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import openai
import pytest
from openai.types.chat import ChatCompletion, ChatCompletionChunk

from tests.support.scripted_provider import (
    ErrorInStream,
    ScriptedProvider,
    error,
    text,
    text_and_tool_call,
    tool_call,
)
from todochat.assistant.providers.answers import (
    parse_chunk,
    parse_completion,
    server_sent_events,
)
from todochat.assistant.providers.client import ProviderClient
from todochat.assistant.providers.dialects import DIALECTS

REQUEST = httpx2.Request("POST", "http://127.0.0.1:9/v1/chat/completions")


async def events_of(*pieces: bytes) -> list[tuple[str, str]]:
    async def body() -> AsyncIterator[bytes]:
        for piece in pieces:
            yield piece

    return [event async for event in server_sent_events(body())]


async def test_events_are_split_on_any_line_ending_even_across_pieces() -> None:
    assert await events_of(b"data: a\n\ndata: b\r\n\r\ndata: c\r\rdata: [DONE]\n\n") == [
        ("", "a"),
        ("", "b"),
        ("", "c"),
        ("", "[DONE]"),
    ]
    # a CRLF cut between its CR and LF is one line ending, not a blank line
    assert await events_of(b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n") == [("", "a\nb")]
    assert await events_of(b"da", b'ta: {"x":', b" 1}\n", b"\n") == [("", '{"x": 1}')]


async def test_names_comments_and_unended_events() -> None:
    raw = b": keepalive\n\nevent: error\ndata: {}\nid: 7\nretry: 10\n\ndata:tight\n\ndata: lost"
    assert await events_of(raw) == [("error", "{}"), ("", "tight")]
    assert await events_of(b"data: last\n\r") == [("", "last")]


CHUNKS = [
    {
        "id": "c1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "system_fingerprint": None,
        "choices": [
            {
                "index": 0,
                "delta": {"role": "assistant", "content": "Hi ", "refusal": None},
                "logprobs": None,
                "finish_reason": None,
            }
        ],
    },
    {  # Gemini: no `index` on the call, a signature beside it, no `object`
        "id": "c2",
        "created": 1,
        "model": "m",
        "choices": [
            {
                "index": 0,
                "delta": {
                    "tool_calls": [
                        {
                            "id": "x",
                            "type": "function",
                            "function": {"name": "add_task", "arguments": "{}"},
                            "extra_content": {"google": {"thought_signature": "sig"}},
                        }
                    ]
                },
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    },
]


@pytest.mark.parametrize("payload", CHUNKS)
def test_a_chunk_is_what_the_openai_client_builds_from_it(payload: dict[str, Any]) -> None:
    ours = parse_chunk(json.dumps(payload), REQUEST)
    theirs = ChatCompletionChunk.construct(**payload)  # what openai's stream makes of it
    assert type(ours) is ChatCompletionChunk
    assert ours == theirs
    assert ours.model_dump() == theirs.model_dump()


def test_an_error_in_the_stream_raises_api_error() -> None:
    with pytest.raises(openai.APIError, match="bad tool call") as raised:
        parse_chunk(json.dumps({"error": {"message": "bad tool call", "code": "x"}}), REQUEST)
    assert raised.value.body == {"message": "bad tool call", "code": "x"}
    with pytest.raises(openai.APIError, match="not a JSON object"):
        parse_chunk("[1, 2]", REQUEST)
    with pytest.raises(json.JSONDecodeError):
        parse_chunk("keep-alive", REQUEST)


async def streamed(client: openai.AsyncOpenAI) -> list[dict[str, Any]]:
    stream = await client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    return [chunk.model_dump(exclude={"id", "created"}) async for chunk in stream]


async def test_the_provider_client_streams_what_the_stock_client_streams() -> None:
    with ScriptedProvider() as provider:
        stock = openai.AsyncOpenAI(base_url=provider.base_url, api_key="k", max_retries=0)
        ours = ProviderClient(
            dialect=DIALECTS["generic"], base_url=provider.base_url, api_key="k", max_retries=0
        )
        for reply in (
            text("Hello there, friend.", chunks=["Hel", "lo there", ", friend."]),
            text_and_tool_call("Adding it.", "add_task", {"title": "milk"}, call_id="call_1"),
            tool_call("list_tasks", {"status": "all"}, call_id="call_2"),
        ):
            provider.script(reply, reply)
            expected = await streamed(stock)
            assert await streamed(ours) == expected
            assert len(expected) >= 3
        provider.script(ErrorInStream(error(400, message="tool_use_failed")))
        with pytest.raises(openai.APIError, match="tool_use_failed"):
            await streamed(ours)
        await stock.close()
        await ours.close()


async def answered(client: openai.AsyncOpenAI) -> tuple[dict[str, Any], str | None]:
    completion = await client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}]
    )
    return completion.model_dump(exclude={"id", "created"}), completion._request_id


async def test_the_provider_client_answers_what_the_stock_client_answers() -> None:
    with ScriptedProvider() as provider:
        stock = openai.AsyncOpenAI(base_url=provider.base_url, api_key="k", max_retries=0)
        ours = ProviderClient(
            dialect=DIALECTS["generic"], base_url=provider.base_url, api_key="k", max_retries=0
        )
        for reply in (
            text("Hello there, friend."),
            text_and_tool_call("Adding it.", "add_task", {"title": "milk"}, call_id="call_1"),
        ):
            provider.script(reply, reply)
            expected = await answered(stock)
            assert await answered(ours) == expected
        await stock.close()
        await ours.close()


def test_a_completion_that_does_not_fit_is_built_as_openai_builds_it() -> None:
    payload: dict[str, Any] = {
        "id": "c",
        "created": 1,
        "model": "m",
        "choices": [{"message": {"content": "hi"}}],
    }
    response = httpx2.Response(
        200, json=payload, headers={"x-request-id": "req_1"}, request=REQUEST
    )
    completion = parse_completion(response)
    assert completion == ChatCompletion.construct(**payload)
    assert completion._request_id == "req_1"
    assert parse_completion(httpx2.Response(200, text="plain", request=REQUEST)) == "plain"
    with pytest.raises(json.JSONDecodeError):
        parse_completion(
            httpx2.Response(200, text="{", headers={"content-type": "application/json"})
        )
