"""The scripted provider speaks Chat Completions the way openai and openai-agents read it."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import openai
import pytest
from agents import (
    Agent,
    ModelSettings,
    OpenAIChatCompletionsModel,
    RunConfig,
    Runner,
    function_tool,
)
from agents.tool import FunctionTool
from openai import AsyncOpenAI
from openai.types.chat import (
    ChatCompletionChunk,
    ChatCompletionFunctionToolParam,
    ChatCompletionMessageParam,
)
from openai.types.responses import ResponseTextDeltaEvent

from tests.support.scripted_provider import (
    Reply,
    ScriptedProvider,
    ToolCall,
    delay,
    echo_tool_then_text,
    error,
    not_json,
    stall_mid_stream,
    start_provider_process,
    text,
    text_and_tool_call,
    tool_call,
    tool_calls,
)

USER: list[ChatCompletionMessageParam] = [{"role": "user", "content": "add milk"}]


@pytest.fixture
def provider() -> Iterator[ScriptedProvider]:
    with ScriptedProvider() as running:
        yield running


@pytest.fixture
async def client(provider: ScriptedProvider) -> AsyncIterator[AsyncOpenAI]:
    async with AsyncOpenAI(base_url=provider.base_url, api_key="test", max_retries=0) as openai_:
        yield openai_


async def collect(stream: openai.AsyncStream[ChatCompletionChunk]) -> list[ChatCompletionChunk]:
    return [chunk async for chunk in stream]


def make_agent(base_url: str, *tools: FunctionTool, **settings: Any) -> Agent[None]:
    client = AsyncOpenAI(base_url=base_url, api_key="test", max_retries=0)
    return Agent(
        name="assistant",
        instructions="Manage the user's tasks.",
        model=OpenAIChatCompletionsModel(model="scripted", openai_client=client),
        tools=list(tools),
        model_settings=ModelSettings(**settings),
    )


async def run_streamed(agent: Agent[None], message: str) -> tuple[str, list[str]]:
    """Run the agent streamed; return the final output and the text deltas seen."""
    result = Runner.run_streamed(agent, message, run_config=RunConfig(tracing_disabled=True))
    deltas: list[str] = []
    async for event in result.stream_events():
        if event.type == "raw_response_event" and isinstance(event.data, ResponseTextDeltaEvent):
            deltas.append(event.data.delta)
    return str(result.final_output), deltas


def recording_tool() -> tuple[FunctionTool, list[str]]:
    calls: list[str] = []

    @function_tool
    def add_task(title: str) -> str:
        """Add a task to the user's list."""
        calls.append(title)
        return json.dumps({"task_id": 7, "status": "created", "title": title})

    return add_task, calls


# --- The wire format, read by the real openai client ----------------------------------------


async def test_models_endpoint_lists_the_configured_models() -> None:
    with ScriptedProvider(models=["scripted", "other"]) as provider:
        async with AsyncOpenAI(base_url=provider.base_url, api_key="test") as client:
            models = await client.models.list()

    assert [model.id for model in models.data] == ["scripted", "other"]


async def test_streamed_text_arrives_in_several_chunks_then_stop_usage_and_done(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(text("Hello there, I added milk."))

    chunks = await collect(
        await client.chat.completions.create(
            model="scripted",
            messages=USER,
            stream=True,
            stream_options={"include_usage": True},
        )
    )

    assert all(chunk.object == "chat.completion.chunk" for chunk in chunks)
    assert len({chunk.id for chunk in chunks}) == 1
    with_choices = [chunk for chunk in chunks if chunk.choices]
    assert with_choices[0].choices[0].delta.role == "assistant"
    pieces = [c.choices[0].delta.content for c in with_choices if c.choices[0].delta.content]
    assert len(pieces) >= 3
    assert "".join(pieces) == "Hello there, I added milk."
    assert with_choices[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens > 0
    assert all(chunk.usage is None for chunk in chunks[:-1])


async def test_usage_chunk_is_sent_only_when_asked_for(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(text("Hi."))

    chunks = await collect(
        await client.chat.completions.create(
            model="scripted",
            messages=USER,
            stream=True,
        )
    )

    assert all(chunk.choices and chunk.usage is None for chunk in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"


async def test_streamed_tool_calls_are_split_into_indexed_deltas(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(
        tool_calls(
            [
                ToolCall("add_task", {"title": "milk", "description": "2 litres"}, "call_a"),
                ("list_tasks", {"status": "pending"}),
            ]
        )
    )

    chunks = await collect(
        await client.chat.completions.create(
            model="scripted",
            messages=USER,
            stream=True,
        )
    )

    deltas = [d for c in chunks for d in c.choices[0].delta.tool_calls or []]
    for index, name, arguments in [
        (0, "add_task", {"title": "milk", "description": "2 litres"}),
        (1, "list_tasks", {"status": "pending"}),
    ]:
        mine = [d for d in deltas if d.index == index]
        head, rest = mine[0], mine[1:]
        assert head.id and head.type == "function"
        assert head.function is not None and head.function.name == name
        assert len(rest) >= 2
        assert all(d.id is None and d.function and d.function.name is None for d in rest)
        joined = "".join(d.function.arguments or "" for d in mine if d.function)
        assert json.loads(joined) == arguments
    assert [d.id for d in deltas if d.id] == ["call_a", "call_scripted_1"]
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


async def test_text_then_tool_call_streams_the_text_first(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(text_and_tool_call("Let me add that.", "add_task", {"title": "milk"}))

    chunks = await collect(
        await client.chat.completions.create(
            model="scripted",
            messages=USER,
            stream=True,
        )
    )

    kinds = [
        "text" if c.choices[0].delta.content else "tool" if c.choices[0].delta.tool_calls else "-"
        for c in chunks
    ]
    assert kinds.index("tool") > max(i for i, kind in enumerate(kinds) if kind == "text")
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


async def test_non_streamed_reply_is_a_chat_completion_with_tool_calls(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(tool_call("add_task", {"title": "milk"}, call_id="call_1"), text("Added."))

    first = await client.chat.completions.create(model="scripted", messages=USER)
    second = await client.chat.completions.create(model="scripted", messages=USER)

    assert first.object == "chat.completion"
    assert first.choices[0].finish_reason == "tool_calls"
    (call,) = first.choices[0].message.tool_calls or []
    assert call.id == "call_1" and call.type == "function"
    assert call.function.name == "add_task"
    assert json.loads(call.function.arguments) == {"title": "milk"}
    assert second.choices[0].message.content == "Added."
    assert second.choices[0].message.tool_calls is None
    assert second.choices[0].finish_reason == "stop"
    assert second.usage is not None and second.usage.total_tokens > 0


async def test_requests_are_recorded_with_body_and_headers(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(text("ok"))
    tools: list[ChatCompletionFunctionToolParam] = [
        {
            "type": "function",
            "function": {"name": "add_task", "parameters": {"type": "object", "properties": {}}},
        }
    ]

    await client.chat.completions.create(
        model="gemini-2.0-flash",
        messages=USER,
        temperature=0.2,
        max_tokens=123,
        tools=tools,
    )

    (request,) = provider.requests
    assert request.path == "/v1/chat/completions"
    assert request.model == "gemini-2.0-flash"
    assert request["temperature"] == 0.2 and request.get("max_tokens") == 123
    assert request.messages == USER
    assert request.tool_names == ["add_task"]
    assert request.stream is False
    assert request.authorization == "Bearer test"


async def test_the_path_without_v1_is_served_too(provider: ScriptedProvider) -> None:
    provider.script(text("root"))
    async with AsyncOpenAI(base_url=provider.url, api_key="test", max_retries=0) as client:
        reply = await client.chat.completions.create(model="scripted", messages=USER)

    assert reply.choices[0].message.content == "root"
    assert provider.requests[0].path == "/chat/completions"


# --- Failures, as the openai client reports them ---------------------------------------------


async def test_429_raises_rate_limit_error_with_the_scripted_headers(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(error(429, headers={"retry-after": "0"}, message="slow down"))

    with pytest.raises(openai.RateLimitError) as caught:
        await client.chat.completions.create(model="scripted", messages=USER)

    assert caught.value.status_code == 429
    assert caught.value.response.headers["retry-after"] == "0"
    assert "slow down" in caught.value.message


async def test_500_raises_internal_server_error_streamed_or_not(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(error(500), error(500))

    with pytest.raises(openai.InternalServerError):
        await client.chat.completions.create(model="scripted", messages=USER)
    with pytest.raises(openai.InternalServerError):
        await client.chat.completions.create(model="scripted", messages=USER, stream=True)


async def test_delay_trips_the_client_timeout_and_the_server_lets_go(
    provider: ScriptedProvider,
) -> None:
    provider.script(delay(5, then=text("too late")))
    started = time.monotonic()

    async with AsyncOpenAI(
        base_url=provider.base_url, api_key="test", max_retries=0, timeout=0.3
    ) as client:
        with pytest.raises(openai.APITimeoutError):
            await client.chat.completions.create(model="scripted", messages=USER)

    assert time.monotonic() - started < 2
    for _ in range(100):
        if provider.in_flight == 0:
            break
        await asyncio.sleep(0.01)
    assert provider.in_flight == 0


async def test_delay_then_answers_when_the_client_waits(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(delay(0.2, then=text("patience")))
    started = time.monotonic()

    reply = await client.chat.completions.create(model="scripted", messages=USER)

    assert reply.choices[0].message.content == "patience"
    assert time.monotonic() - started >= 0.2


async def test_not_json_stream_ends_silently_with_no_chunks(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    """openai 3.54 ignores non-SSE lines: no chunk and no exception (an empty answer)."""
    provider.script(not_json())

    chunks = await collect(
        await client.chat.completions.create(model="scripted", messages=USER, stream=True)
    )

    assert chunks == []


async def test_not_json_non_streamed_comes_back_as_the_raw_text(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    """openai 3.54 returns the body as `str` instead of a ChatCompletion, without raising."""
    provider.script(not_json("<html>bad gateway</html>"))

    reply: Any = await client.chat.completions.create(model="scripted", messages=USER)

    assert reply == "<html>bad gateway</html>"


async def test_stall_then_close_raises_connection_error_after_the_first_chunks(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(
        stall_mid_stream(text("one two three four five six"), after_chunks=3, then="close")
    )
    received: list[str] = []

    stream = await client.chat.completions.create(model="scripted", messages=USER, stream=True)
    with pytest.raises(openai.APIConnectionError):
        async for chunk in stream:
            received.append(chunk.choices[0].delta.content or "")

    assert "".join(received) == "one two "


async def test_stall_then_close_non_streamed_raises_connection_error(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(stall_mid_stream(tool_call("add_task", {"title": "milk"}), then="close"))

    with pytest.raises(openai.APIConnectionError):
        await client.chat.completions.create(model="scripted", messages=USER)


async def test_stall_then_hang_trips_the_read_timeout(provider: ScriptedProvider) -> None:
    provider.script(stall_mid_stream(after_chunks=2, then="hang"))

    async with AsyncOpenAI(
        base_url=provider.base_url, api_key="test", max_retries=0, timeout=0.3
    ) as client:
        stream = await client.chat.completions.create(model="scripted", messages=USER, stream=True)
        with pytest.raises(openai.APITimeoutError):
            await collect(stream)


async def test_stall_then_error_event_raises_api_error(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(stall_mid_stream(then="error"))

    stream = await client.chat.completions.create(model="scripted", messages=USER, stream=True)
    with pytest.raises(openai.APIError, match="failed mid-stream"):
        await collect(stream)


async def test_request_without_messages_gets_400(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    provider.script(text("never sent"))

    with pytest.raises(openai.BadRequestError):
        await client.chat.completions.create(model="scripted", messages=[])

    assert provider.pending == 1


async def test_wrong_api_key_gets_401() -> None:
    with ScriptedProvider(text("hi"), api_key="right") as provider:
        async with AsyncOpenAI(base_url=provider.base_url, api_key="wrong", max_retries=0) as bad:
            with pytest.raises(openai.AuthenticationError):
                await bad.chat.completions.create(model="scripted", messages=USER)
        async with AsyncOpenAI(base_url=provider.base_url, api_key="right", max_retries=0) as good:
            reply = await good.chat.completions.create(model="scripted", messages=USER)

    assert reply.choices[0].message.content == "hi"


async def test_unscripted_request_gets_500_and_is_noted(
    provider: ScriptedProvider, client: AsyncOpenAI
) -> None:
    with pytest.raises(openai.InternalServerError):
        await client.chat.completions.create(model="scripted", messages=USER)

    assert provider.errors == ["scripted provider: no reply scripted for this request"]


# --- The real agent runner over HTTP ----------------------------------------------------------


async def test_agent_calls_the_tool_with_scripted_arguments_and_streams_the_answer(
    provider: ScriptedProvider,
) -> None:
    add_task, calls = recording_tool()
    provider.script(
        tool_call("add_task", {"title": "Buy milk"}, call_id="call_1"),
        text("I added 'Buy milk' to your list."),
    )
    agent = make_agent(provider.base_url, add_task, temperature=0.2, max_tokens=256)

    final, deltas = await run_streamed(agent, "add buy milk")

    assert calls == ["Buy milk"]
    assert final == "I added 'Buy milk' to your list."
    assert len(deltas) > 1 and "".join(deltas) == final
    first, second = provider.requests
    assert first.model == "scripted" and first.stream
    assert first["temperature"] == 0.2 and first["max_tokens"] == 256
    assert first.tool_names == ["add_task"]
    assert [m["role"] for m in first.messages] == ["system", "user"]
    assistant, tool_result = second.messages[-2:]
    assert assistant["tool_calls"][0]["id"] == "call_1"
    assert json.loads(assistant["tool_calls"][0]["function"]["arguments"]) == {"title": "Buy milk"}
    assert tool_result["role"] == "tool" and tool_result["tool_call_id"] == "call_1"
    assert json.loads(tool_result["content"])["task_id"] == 7


async def test_agent_runs_parallel_tool_calls_non_streamed(provider: ScriptedProvider) -> None:
    add_task, calls = recording_tool()
    provider.script(
        tool_calls([("add_task", {"title": "milk"}), ("add_task", {"title": "bread"})]),
        text("Added both."),
    )
    agent = make_agent(provider.base_url, add_task)

    result = await Runner.run(agent, "milk and bread", run_config=RunConfig(tracing_disabled=True))

    assert sorted(calls) == ["bread", "milk"]
    assert result.final_output == "Added both."
    assert [m["role"] for m in provider.requests[1].messages[-3:]] == ["assistant", "tool", "tool"]


async def test_agent_stream_over_not_json_ends_with_an_empty_answer(
    provider: ScriptedProvider,
) -> None:
    """No exception reaches the runner: callers must treat an empty answer as a failure."""
    provider.script(not_json())

    final, deltas = await run_streamed(make_agent(provider.base_url), "hello")

    assert (final, deltas) == ("", [])


async def test_agent_non_streamed_over_not_json_fails_with_attribute_error(
    provider: ScriptedProvider,
) -> None:
    """agents takes openai's `str` for a stream and fails on `.choices` (not an openai error)."""
    provider.script(not_json())

    with pytest.raises(AttributeError, match="choices"):
        await Runner.run(
            make_agent(provider.base_url), "hello", run_config=RunConfig(tracing_disabled=True)
        )


async def test_agent_sees_a_mid_stream_close_as_a_connection_error(
    provider: ScriptedProvider,
) -> None:
    provider.script(stall_mid_stream(then="close"))

    with pytest.raises(openai.APIConnectionError):
        await run_streamed(make_agent(provider.base_url), "hello")


# --- Responders, load and the separate process ------------------------------------------------


async def test_echo_responder_calls_the_tool_then_reports_the_result() -> None:
    add_task, calls = recording_tool()

    async with ScriptedProvider(responder=echo_tool_then_text("add_task")) as provider:
        final, _ = await run_streamed(make_agent(provider.base_url, add_task), "buy bread")

    assert calls == ["buy bread"]
    assert final.startswith("Done: ") and json.loads(final.removeprefix("Done: "))["task_id"] == 7
    assert len(provider.requests) == 2 and provider.errors == []


async def test_echo_responder_answers_text_when_the_tool_is_not_offered() -> None:
    async with ScriptedProvider(responder=echo_tool_then_text("add_task")) as provider:
        final, _ = await run_streamed(make_agent(provider.base_url), "hello")

    assert final == "You said: hello"


async def test_scripted_steps_come_before_the_responder() -> None:
    responder = echo_tool_then_text()
    async with (
        ScriptedProvider(text("scripted"), responder=responder) as provider,
        AsyncOpenAI(base_url=provider.base_url, api_key="t", max_retries=0) as client,
    ):
        first = await client.chat.completions.create(model="m", messages=USER)
        second = await client.chat.completions.create(model="m", messages=USER)

    assert first.choices[0].message.content == "scripted"
    assert second.choices[0].message.content == "You said: add milk"


async def test_sixty_concurrent_requests_are_answered_in_parallel() -> None:
    # Each request is held for `latency`, long enough that all sixty are open at once even on
    # a loaded two-core host (at 0.6 s a CI run sharing the host saw only 39 in flight: the
    # first replies came back before the last requests were sent).
    latency = 2.0
    async with (
        ScriptedProvider(responder=echo_tool_then_text(), latency_seconds=latency) as provider,
        AsyncOpenAI(base_url=provider.base_url, api_key="t", max_retries=0) as client,
    ):
        started = time.monotonic()
        replies = await asyncio.gather(
            *(
                client.chat.completions.create(
                    model="m",
                    messages=[{"role": "user", "content": f"task {n}"}],
                    stream=bool(n % 2),
                )
                for n in range(60)
            )
        )
        elapsed = time.monotonic() - started

    assert len(replies) == 60 and provider.served == 60
    assert provider.max_in_flight >= 50
    assert elapsed < 5 * latency  # one at a time would take 60 * latency


async def test_chunk_delay_spreads_the_stream_over_time() -> None:
    async with (
        ScriptedProvider(text("a b c d e f"), chunk_delay_seconds=0.05) as provider,
        AsyncOpenAI(base_url=provider.base_url, api_key="t", max_retries=0) as client,
    ):
        stream = await client.chat.completions.create(model="m", messages=USER, stream=True)
        arrivals = [time.monotonic() async for chunk in stream if chunk.choices[0].delta.content]

    assert len(arrivals) == 6
    assert arrivals[-1] - arrivals[0] >= 0.2


@pytest.mark.slow
def test_process_mode_prints_its_base_url_and_answers() -> None:
    import httpx2

    with start_provider_process(mode="echo-tool", latency_seconds=0.01) as process:
        assert process.base_url.startswith("http://127.0.0.1:") and process.base_url.endswith("/v1")
        tools = [{"type": "function", "function": {"name": "add_task", "parameters": {}}}]
        reply = httpx2.post(
            f"{process.base_url}/chat/completions",
            json={"model": "m", "messages": USER, "tools": tools},
            timeout=10,
        ).json()
        stats = process.stats()

    call = reply["choices"][0]["message"]["tool_calls"][0]["function"]
    assert call["name"] == "add_task" and json.loads(call["arguments"]) == {"title": "add milk"}
    assert stats["served"] == 1 and stats["errors"] == []
    assert process.process.returncode is not None


def test_reply_defaults_its_finish_reason_from_its_content() -> None:
    assert Reply(content="hi").finish() == "stop"
    assert tool_call("add_task").finish() == "tool_calls"
    assert Reply(content="", finish_reason="length").finish() == "length"
