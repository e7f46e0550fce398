"""A scripted OpenAI-compatible Chat Completions server on loopback, for tests and benchmarks.

No model provider is reachable from the test machines, so the assistant's real provider path
(``AsyncOpenAI`` + ``OpenAIChatCompletionsModel``) is driven against this server instead. It
speaks the wire format of ``POST /v1/chat/completions`` (SSE chunks and plain JSON) and
``GET /v1/models``; each request is answered by the next scripted step, or by a ``responder``
when the script is empty.

In a test::

    with ScriptedProvider() as provider:
        provider.script(tool_call("add_task", {"title": "milk"}), text("Added milk."))
        ...  # point AsyncOpenAI(base_url=provider.base_url) or AGENT_BASE_URL at it
        assert provider.requests[1].messages[-1]["role"] == "tool"

As a process (benchmarks, or servers started elsewhere); the first stdout line is the base URL::

    python -m tests.support.scripted_provider --port 0 --latency 0.3 --mode echo-tool
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import re
import select
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Protocol, TypeAlias

import uvicorn

__all__ = [
    "Delay",
    "Dialect",
    "Error",
    "ErrorInStream",
    "NotJson",
    "ProviderProcess",
    "RecordedRequest",
    "Reply",
    "Responder",
    "ScriptedProvider",
    "Stall",
    "Step",
    "Thinking",
    "ToolCall",
    "WireShape",
    "delay",
    "echo_tool_then_text",
    "error",
    "message_text",
    "not_json",
    "stall_mid_stream",
    "start_provider_process",
    "text",
    "text_and_tool_call",
    "text_responder",
    "tool_call",
    "tool_calls",
]

HOST = "127.0.0.1"
REPO_ROOT = Path(__file__).resolve().parents[2]
FinishReason: TypeAlias = Literal["stop", "length", "tool_calls", "content_filter"]
StallEnd: TypeAlias = Literal["hang", "close", "error"]

Message: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[Message]]
Send: TypeAlias = Callable[[Message], Awaitable[None]]


# --- Steps: what the server answers to one request ---------------------------------------


@dataclass(frozen=True)
class ToolCall:
    """One function call in a reply; `call_id` is generated (unique per server) when None."""

    name: str
    arguments: Mapping[str, Any] | str = field(default_factory=dict)
    call_id: str | None = None

    def arguments_json(self) -> str:
        """The arguments as the JSON text the protocol carries (a string is sent verbatim)."""
        if isinstance(self.arguments, str):
            return self.arguments
        return json.dumps(dict(self.arguments))


@dataclass(frozen=True)
class Reply:
    """A model answer: text, tool calls, or both (the text comes first, as providers send it).

    Streamed, the text goes out in `chunks` (default: one piece per word) and each tool
    call's arguments in `argument_pieces` pieces, so clients must accumulate deltas.
    """

    content: str | None = None
    tool_calls: tuple[ToolCall, ...] = ()
    chunks: tuple[str, ...] | None = None
    finish_reason: FinishReason | None = None
    argument_pieces: int = 3

    def text_chunks(self) -> list[str]:
        """The pieces of the text, in order; they join to `content`."""
        if self.chunks is not None:
            return list(self.chunks)
        return re.findall(r"\S+\s*|\s+", self.content or "")

    def finish(self) -> FinishReason:
        """The finish reason: given, else `tool_calls` when the reply calls tools, else `stop`."""
        if self.finish_reason is not None:
            return self.finish_reason
        return "tool_calls" if self.tool_calls else "stop"


@dataclass(frozen=True)
class Error:
    """An HTTP error answer; `body` defaults to OpenAI's `{"error": {...}}` shape."""

    status: int = 500
    message: str = "scripted provider error"
    body: Any = None
    headers: Mapping[str, str] = field(default_factory=dict)

    def payload(self) -> Any:
        """The JSON body sent (a `str` body is sent as text)."""
        if self.body is not None:
            return self.body
        kind = {
            400: "invalid_request_error",
            401: "authentication_error",
            403: "permission_error",
            404: "not_found_error",
            429: "rate_limit_exceeded",
        }.get(self.status, "server_error")
        return {"error": {"message": self.message, "type": kind, "param": None, "code": kind}}


@dataclass(frozen=True)
class Delay:
    """Wait `seconds` before answering with `then` (gives up early if the client hangs up)."""

    seconds: float
    then: Step


@dataclass(frozen=True)
class NotJson:
    """A success status with a body that is not JSON, like a proxy's HTML page."""

    status: int = 200
    body: str = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    content_type: str = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Stall:
    """Start answering `reply`, send `after_chunks` SSE chunks, then misbehave.

    `then`: "hang" (send nothing more until the client leaves, at most `hang_seconds`),
    "close" (drop the connection mid-body), "error" (an SSE `{"error": ...}` event, then
    end the stream). Non-streamed requests get half of the JSON body, then the same.
    """

    reply: Reply
    after_chunks: int = 2
    then: StallEnd = "hang"
    hang_seconds: float = 60.0


@dataclass(frozen=True)
class ErrorInStream:
    """`error` as a streaming provider sends it: HTTP 200, then an SSE `event: error` line.

    Groq answers a malformed tool call this way while streaming (and with the plain HTTP
    error otherwise); the openai client raises an APIError without a status for it.
    """

    error: Error


@dataclass(frozen=True)
class Thinking:
    """A thinking model that needs `tokens` of room before it says anything.

    A request whose max_tokens / max_completion_tokens is smaller gets an empty answer (the
    dialect's finish reason for it) and the step stays queued; a roomier one gets `then`.
    """

    tokens: int
    then: Step


Step: TypeAlias = Reply | Error | Delay | NotJson | Stall | ErrorInStream | Thinking
Responder: TypeAlias = Callable[[dict[str, Any]], Step]


@dataclass(frozen=True)
class WireShape:
    """How a provider lays out an answer on the wire; the defaults are OpenAI's.

    `tool_call_index`: False omits `tool_calls[].index` (Gemini); `whole_arguments`: each
    call's arguments in its first delta; `finish_after_tools`: the finish reason after tool
    calls (Gemini says "stop"); `reasoning`: a reasoning text streamed first, as
    `delta.reasoning` (Groq's reasoning models).
    """

    tool_call_index: bool = True
    whole_arguments: bool = False
    finish_after_tools: FinishReason = "tool_calls"
    reasoning: str | None = None


class Dialect(Protocol):
    """A provider profile (tests/support/provider_profiles.py) as the server uses it."""

    def check(self, body: Mapping[str, Any]) -> Error | None:
        """The error the provider answers to this request, or None when it accepts it."""
        ...

    def shape(self, body: Mapping[str, Any]) -> WireShape:
        """How the answer to this request is laid out."""
        ...

    def render_calls(
        self, reply: Reply, call_ids: Sequence[str]
    ) -> tuple[list[str], list[dict[str, Any]]]:
        """The ids sent for the reply's calls and extra fields of each call (signatures)."""
        ...

    def empty_answer(self) -> Reply:
        """What a thinking model that ran out of room sends."""
        ...


def text(content: str, *, chunks: Sequence[str] | None = None) -> Reply:
    """A text answer, streamed one word per chunk unless `chunks` says otherwise."""
    return Reply(content=content, chunks=tuple(chunks) if chunks is not None else None)


def tool_call(
    name: str, arguments: Mapping[str, Any] | str | None = None, call_id: str | None = None
) -> Reply:
    """An answer that calls one tool."""
    return Reply(tool_calls=(ToolCall(name, arguments if arguments is not None else {}, call_id),))


def tool_calls(calls: Iterable[ToolCall | tuple[str, Mapping[str, Any]]]) -> Reply:
    """An answer that calls several tools at once (parallel tool calls)."""
    items = tuple(call if isinstance(call, ToolCall) else ToolCall(*call) for call in calls)
    return Reply(tool_calls=items)


def text_and_tool_call(
    content: str, name: str, arguments: Mapping[str, Any] | None = None, call_id: str | None = None
) -> Reply:
    """Some text, then a tool call, in one answer (as models do when they narrate)."""
    return Reply(content=content, tool_calls=(ToolCall(name, arguments or {}, call_id),))


def error(
    status: int = 500,
    body: Any = None,
    headers: Mapping[str, str] | None = None,
    *,
    message: str = "scripted provider error",
) -> Error:
    """An HTTP error answer (429 and 500 become openai.RateLimitError / InternalServerError)."""
    return Error(status=status, message=message, body=body, headers=dict(headers or {}))


def delay(seconds: float, then: Step | None = None) -> Delay:
    """Answer `then` (default: the text "OK") after `seconds`; for client timeout tests."""
    return Delay(seconds=seconds, then=then if then is not None else text("OK"))


def not_json(
    body: str = NotJson.body, *, status: int = 200, content_type: str = NotJson.content_type
) -> NotJson:
    """A 200 answer whose body is not JSON and whose content type is wrong."""
    return NotJson(status=status, body=body, content_type=content_type)


def stall_mid_stream(
    reply: Reply | None = None,
    *,
    after_chunks: int = 2,
    then: StallEnd = "hang",
    hang_seconds: float = 60.0,
) -> Stall:
    """Send the first chunks of `reply` (default: a long text), then hang, close or error."""
    if reply is None:
        reply = text("This answer will never be finished by the provider, sorry about that.")
    return Stall(reply=reply, after_chunks=after_chunks, then=then, hang_seconds=hang_seconds)


# --- Responders: answers computed from the request (used when the script is empty) -------


def message_text(message: Mapping[str, Any]) -> str:
    """The text of a chat message whose content is a string or a list of text parts."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(str(part.get("text", "")) for part in content if isinstance(part, Mapping))
    return ""


def _offered_tools(body: Mapping[str, Any]) -> set[str]:
    names: set[str] = set()
    for tool in body.get("tools") or []:
        if isinstance(tool, Mapping) and isinstance(tool.get("function"), Mapping):
            names.add(str(tool["function"].get("name")))
    return names


def echo_tool_then_text(
    tool_name: str = "add_task",
    arguments_from_user: Callable[[str], Mapping[str, Any]] | None = None,
    reply_from_result: Callable[[str], str] | None = None,
) -> Responder:
    """A responder: a user message gets a call of `tool_name`, a tool result gets a text.

    The arguments default to `{"title": <the user's text, at most 200 characters>}` and the
    text to `"Done: <tool result>"`. When the request does not offer `tool_name`, it
    answers with text instead, so a run never fails on an unknown tool.
    """

    def default_arguments(user_text: str) -> Mapping[str, Any]:
        return {"title": user_text.strip()[:200] or "untitled"}

    def default_reply(result: str) -> str:
        return f"Done: {result}"

    make_arguments = arguments_from_user or default_arguments
    make_reply = reply_from_result or default_reply

    def respond(body: dict[str, Any]) -> Step:
        messages = [m for m in body.get("messages") or [] if isinstance(m, Mapping)]
        if messages and messages[-1].get("role") == "tool":
            return text(make_reply(message_text(messages[-1])))
        user_text = next(
            (message_text(m) for m in reversed(messages) if m.get("role") == "user"), ""
        )
        if tool_name not in _offered_tools(body):
            return text(f"You said: {user_text}")
        return tool_call(tool_name, make_arguments(user_text))

    return respond


def text_responder(content: str = "Hello from the scripted provider.") -> Responder:
    """A responder that always answers with the same text."""

    def respond(body: dict[str, Any]) -> Step:
        return text(content)

    return respond


RESPONDER_MODES: dict[str, Callable[[argparse.Namespace], Responder]] = {
    "echo-tool": lambda args: echo_tool_then_text(args.tool_name),
    "text": lambda args: text_responder(args.text),
}


# --- Recording -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRequest:
    """One received request: parsed JSON body plus headers (names lower-cased).

    Indexing reads the body, so `request["model"]` works as on a plain dict.
    """

    method: str
    path: str
    headers: Mapping[str, str]
    body: dict[str, Any]
    received_at: float

    def __getitem__(self, key: str) -> Any:
        return self.body[key]

    def get(self, key: str, default: Any = None) -> Any:
        """The body's value for `key`, or `default`."""
        return self.body.get(key, default)

    @property
    def model(self) -> str | None:
        """The model name the client asked for."""
        value = self.body.get("model")
        return value if isinstance(value, str) else None

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The messages sent, oldest first (system prompt, history, tool results)."""
        return list(self.body.get("messages") or [])

    @property
    def tools(self) -> list[dict[str, Any]]:
        """The tool definitions offered."""
        return list(self.body.get("tools") or [])

    @property
    def tool_names(self) -> list[str]:
        """The names of the tools offered, in order."""
        return [str(tool.get("function", {}).get("name")) for tool in self.tools]

    @property
    def stream(self) -> bool:
        """Whether the client asked for SSE."""
        return bool(self.body.get("stream"))

    @property
    def authorization(self) -> str | None:
        """The raw Authorization header (tests assert the API key that was sent)."""
        return self.headers.get("authorization")


# --- Wire format ---------------------------------------------------------------------------


def _split(value: str, pieces: int) -> list[str]:
    if not value:
        return []
    size = max(1, -(-len(value) // max(1, pieces)))
    return [value[i : i + size] for i in range(0, len(value), size)]


def _usage(body: Mapping[str, Any], reply: Reply) -> dict[str, Any]:
    prompt = max(1, len(json.dumps(body.get("messages") or [])) // 4)
    produced = (reply.content or "") + "".join(c.arguments_json() for c in reply.tool_calls)
    completion = max(1, len(produced) // 4)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0},
    }


def _finish(reply: Reply, shape: WireShape) -> FinishReason:
    if reply.finish_reason is None and reply.tool_calls:
        return shape.finish_after_tools
    return reply.finish()


def build_completion(
    reply: Reply,
    *,
    body: Mapping[str, Any],
    completion_id: str,
    created: int,
    call_ids: Sequence[str],
    shape: WireShape | None = None,
    call_extras: Sequence[Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """A `chat.completion` object, shaped like openai.types.chat.ChatCompletion."""
    shape = shape or WireShape()
    extras = call_extras or [{}] * len(reply.tool_calls)
    message: dict[str, Any] = {
        "role": "assistant",
        "content": reply.content,
        "refusal": None,
        "annotations": [],
    }
    if shape.reasoning:
        message["reasoning"] = shape.reasoning
    if reply.tool_calls:
        message["tool_calls"] = [
            {
                "id": call_id,
                "type": "function",
                "function": {"name": call.name, "arguments": call.arguments_json()},
                **extra,
            }
            for call, call_id, extra in zip(reply.tool_calls, call_ids, extras, strict=True)
        ]
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": str(body.get("model", "scripted")),
        "system_fingerprint": None,
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": _finish(reply, shape),
            }
        ],
        "usage": _usage(body, reply),
    }


def build_chunks(
    reply: Reply,
    *,
    body: Mapping[str, Any],
    completion_id: str,
    created: int,
    call_ids: Sequence[str],
    include_usage: bool,
    shape: WireShape | None = None,
    call_extras: Sequence[Mapping[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """The `chat.completion.chunk` objects for `reply`, as OpenAI streams them.

    A role chunk (content "" for text, or carrying the first tool call), one chunk per text
    piece, per tool call a header chunk (index, id, type, name, empty arguments) and then
    argument pieces, a chunk with an empty delta and the finish reason, and, when asked
    for, a usage chunk with no choices. With usage on, every other chunk has `usage: null`.
    `shape` changes the layout as a provider does (see `WireShape`); `call_extras` are
    merged into each call's first delta.
    """
    shape = shape or WireShape()
    extras = call_extras or [{}] * len(reply.tool_calls)
    model = str(body.get("model", "scripted"))

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "system_fingerprint": None,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }
        if include_usage:
            out["usage"] = None
        return out

    deltas: list[dict[str, Any]] = []
    if shape.reasoning:
        deltas.extend({"reasoning": piece} for piece in _split(shape.reasoning, 2))
    for piece in reply.text_chunks():
        deltas.append({"content": piece})
    calls = zip(reply.tool_calls, call_ids, extras, strict=True)
    for index, (call, call_id, extra) in enumerate(calls):
        arguments = call.arguments_json()
        header: dict[str, Any] = {
            "id": call_id,
            "type": "function",
            "function": {
                "name": call.name,
                "arguments": arguments if shape.whole_arguments else "",
            },
            **extra,
        }
        if shape.tool_call_index:
            header = {"index": index, **header}
        deltas.append({"tool_calls": [header]})
        if shape.whole_arguments:
            continue
        for piece in _split(arguments, reply.argument_pieces):
            piece_delta: dict[str, Any] = {"function": {"arguments": piece}}
            if shape.tool_call_index:
                piece_delta = {"index": index, **piece_delta}
            deltas.append({"tool_calls": [piece_delta]})

    if deltas and "tool_calls" in deltas[0]:
        first = {"role": "assistant", "content": None, **deltas.pop(0)}
    else:
        first = {"role": "assistant", "content": "", "refusal": None}
    chunks = [chunk(first)] + [chunk(delta) for delta in deltas]
    chunks.append(chunk({}, _finish(reply, shape)))
    if include_usage:
        chunks.append({**chunk({}), "choices": [], "usage": _usage(body, reply)})
    return chunks


def _sse(data: Mapping[str, Any] | str) -> bytes:
    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    return f"data: {payload}\n\n".encode()


# --- The server ----------------------------------------------------------------------------


class _QuickServer(uvicorn.Server):
    """uvicorn checks for shutdown every 0.1 s; tests stop many servers, so check sooner."""

    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            await asyncio.sleep(0.01)


class _Handled(Exception):
    """The request was answered early (bad input); nothing more to send."""


def _headers(scope: Message) -> dict[str, str]:
    """A request's headers, names lower-cased."""
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


async def _never_disconnects() -> Message:
    """A `receive` for answers sent before the request body was fully handled."""
    await asyncio.Event().wait()
    return {"type": "http.disconnect"}


class ScriptedProvider:
    """A Chat Completions server on 127.0.0.1, answering from a script of steps.

    Run it in a background thread with `start()`/`stop()` or `with`, from sync or async
    tests alike (it has its own event loop), or in the foreground with `run()`.
    Requests are answered concurrently; `latency_seconds` is awaited before every answer.
    """

    def __init__(
        self,
        *steps: Step,
        responder: Responder | None = None,
        latency_seconds: float = 0.0,
        chunk_delay_seconds: float = 0.0,
        models: Sequence[str] = ("scripted",),
        api_key: str | None = None,
        port: int = 0,
        record: bool = True,
        dialect: Dialect | None = None,
    ) -> None:
        self.responder = responder
        self.dialect = dialect
        self.latency_seconds = latency_seconds
        self.chunk_delay_seconds = chunk_delay_seconds
        self.models = list(models)
        self.api_key = api_key
        self.record = record
        self.errors: list[str] = []
        self.served = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self._port = port
        self._queue: deque[Step] = deque(steps)
        self._requests: list[RecordedRequest] = []
        self._call_ids = itertools.count(1)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closing: asyncio.Event | None = None

    # Scripting and inspection (thread-safe: deque and list operations are atomic).

    def script(self, *steps: Step) -> ScriptedProvider:
        """Queue answers; each request takes the next one."""
        self._queue.extend(steps)
        return self

    @property
    def pending(self) -> int:
        """Scripted steps not consumed yet."""
        return len(self._queue)

    @property
    def requests(self) -> list[RecordedRequest]:
        """The chat requests received so far, oldest first (a snapshot)."""
        return list(self._requests)

    def reset(self) -> None:
        """Forget the script, the recorded requests and the errors."""
        self._queue.clear()
        self._requests.clear()
        self.errors.clear()

    def wait_for_requests(self, count: int, timeout: float = 10.0) -> list[RecordedRequest]:
        """Block until `count` chat requests have arrived (for servers in other processes)."""
        deadline = time.monotonic() + timeout
        while len(self._requests) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"got {len(self._requests)} of {count} requests")
            time.sleep(0.01)
        return self.requests

    @property
    def port(self) -> int:
        """The bound port (known once started)."""
        if not self._port:
            raise RuntimeError("the scripted provider is not started")
        return self._port

    @property
    def url(self) -> str:
        """The server root, e.g. http://127.0.0.1:PORT (`/chat/completions` works here too)."""
        return f"http://{HOST}:{self.port}"

    @property
    def base_url(self) -> str:
        """What AsyncOpenAI(base_url=...) and AGENT_BASE_URL want: the root plus `/v1`."""
        return f"{self.url}/v1"

    # Lifecycle.

    def _bind(self) -> socket.socket:
        # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY only on sockets that say so; without
        # it every answer's body waited ~40 ms for the client's delayed ACK (Nagle).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, self._port))
        sock.listen(2048)
        self._port = int(sock.getsockname()[1])
        return sock

    def _make_server(self, log_level: str) -> uvicorn.Server:
        config = uvicorn.Config(
            self._asgi,
            log_config=None,
            log_level=log_level,
            access_log=False,
            lifespan="on",
            interface="asgi3",
            proxy_headers=False,
            loop="asyncio",
            timeout_graceful_shutdown=2,
            backlog=2048,
        )
        return _QuickServer(config)

    def start(self, timeout: float = 10.0) -> ScriptedProvider:
        """Serve in a background thread; returns once the port accepts connections."""
        if self._thread is not None:
            raise RuntimeError("the scripted provider is already started")
        sock = self._bind()
        server = self._make_server("warning")
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="scripted-provider", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the scripted provider did not start")
            time.sleep(0.005)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving: pending hangs and delays end at once, then the thread exits."""
        if self._loop is not None and self._closing is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._closing.set)
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                raise RuntimeError("the scripted provider did not stop")

    def run(self, *, announce: bool = True) -> None:
        """Serve in this thread until SIGINT/SIGTERM; print the base URL first if asked."""
        sock = self._bind()
        if announce:
            print(self.base_url, flush=True)
        self._server = self._make_server("warning")
        self._server.run(sockets=[sock])

    def __enter__(self) -> ScriptedProvider:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> ScriptedProvider:
        return await asyncio.to_thread(self.start)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await asyncio.to_thread(self.stop)

    # The ASGI application.

    async def _asgi(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        method, path = scope["method"], scope["path"].rstrip("/")
        if path in ("/v1/chat/completions", "/chat/completions"):
            if method != "POST":
                await self._json(send, 405, Error(405, "use POST").payload())
                return
            await self._chat(scope, receive, send)
        elif path in ("/v1/models", "/models") and method == "GET":
            if not self._authorized(_headers(scope)):
                await self._json(send, 401, Error(401, "Incorrect API key provided.").payload())
                return
            data = [
                {"id": name, "object": "model", "created": 0, "owned_by": "scripted"}
                for name in self.models
            ]
            await self._json(send, 200, {"object": "list", "data": data})
        elif path == "/_scripted/stats" and method == "GET":
            await self._json(send, 200, self.stats())
        else:
            await self._json(send, 404, Error(404, f"no route for {method} {path}").payload())

    def stats(self) -> dict[str, Any]:
        """Counters for load tests (also served at GET /_scripted/stats)."""
        return {
            "served": self.served,
            "in_flight": self.in_flight,
            "max_in_flight": self.max_in_flight,
            "pending": self.pending,
            "recorded": len(self._requests),
            "errors": list(self.errors),
        }

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._loop = asyncio.get_running_loop()
                self._closing = asyncio.Event()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _chat(self, scope: Message, receive: Receive, send: Send) -> None:
        raw = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = _headers(scope)
        try:
            body = await self._accept(bytes(raw), headers, scope, send)
        except _Handled:
            return

        self.served += 1
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if not await self._sleep(self.latency_seconds, receive):
                return
            step = self._next_step(body)
            await self._answer(step, body, receive, send)
        finally:
            self.in_flight -= 1

    async def _accept(
        self, raw: bytes, headers: dict[str, str], scope: Message, send: Send
    ) -> dict[str, Any]:
        """Parse, record and validate a request; answer 400/401 like a provider would."""
        try:
            body = json.loads(raw)
        except ValueError:
            await self._json(send, 400, Error(400, "the body is not valid JSON").payload())
            raise _Handled from None
        if not isinstance(body, dict):
            await self._json(send, 400, Error(400, "the body must be a JSON object").payload())
            raise _Handled
        if self.record:
            self._requests.append(
                RecordedRequest(scope["method"], scope["path"], headers, body, time.time())
            )
        if not self._authorized(headers):
            await self._json(send, 401, Error(401, "Incorrect API key provided.").payload())
            raise _Handled
        messages = body.get("messages")
        if not isinstance(body.get("model"), str) or not body["model"]:
            problem = "'model' is required"
        elif not isinstance(messages, list) or not messages:
            problem = "'messages' must be a non-empty array"
        else:
            refusal = self.dialect.check(body) if self.dialect is not None else None
            if refusal is None:
                return body
            await self._answer(refusal, body, _never_disconnects, send)
            raise _Handled
        await self._json(send, 400, Error(400, problem).payload())
        raise _Handled

    def _authorized(self, headers: Mapping[str, str]) -> bool:
        return self.api_key is None or headers.get("authorization") == f"Bearer {self.api_key}"

    def _next_step(self, body: dict[str, Any]) -> Step:
        if self._queue and isinstance(self._queue[0], Thinking):
            thinking = self._queue[0]
            room = body.get("max_completion_tokens") or body.get("max_tokens")
            if isinstance(room, int) and room < thinking.tokens:
                return (
                    self.dialect.empty_answer() if self.dialect else Reply(finish_reason="length")
                )
            self._queue.popleft()
            return thinking.then
        with contextlib.suppress(IndexError):
            return self._queue.popleft()
        if self.responder is None:
            problem = "scripted provider: no reply scripted for this request"
        else:
            try:
                return self.responder(body)
            except Exception as exc:
                problem = f"scripted provider: responder failed: {exc!r}"
        self.errors.append(problem)
        return Error(500, problem)

    async def _answer(self, step: Step, body: dict[str, Any], receive: Receive, send: Send) -> None:
        if isinstance(step, Delay):
            if await self._sleep(step.seconds, receive):
                await self._answer(step.then, body, receive, send)
        elif isinstance(step, Error):
            extra = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in step.headers.items()]
            payload = step.payload()
            if isinstance(payload, str):
                await self._raw(send, step.status, payload.encode(), b"text/plain", extra)
            else:
                await self._json(send, step.status, payload, extra)
        elif isinstance(step, NotJson):
            await self._raw(send, step.status, step.body.encode(), step.content_type.encode())
        elif isinstance(step, ErrorInStream):
            if not body.get("stream"):
                await self._answer(step.error, body, receive, send)
                return
            await self._start(send, 200, b"text/event-stream; charset=utf-8")
            data = json.dumps(step.error.payload(), separators=(",", ":"))
            event = f"event: error\ndata: {data}\n\n".encode()
            await send({"type": "http.response.body", "body": event, "more_body": False})
        elif isinstance(step, Thinking):
            await self._answer(step.then, body, receive, send)
        elif isinstance(step, Reply):
            await self._reply(step, body, send, receive, stall=None)
        else:
            await self._reply(step.reply, body, send, receive, stall=step)

    async def _reply(
        self,
        reply: Reply,
        body: dict[str, Any],
        send: Send,
        receive: Receive,
        stall: Stall | None,
    ) -> None:
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        created = int(time.time())
        call_ids = [c.call_id or f"call_scripted_{next(self._call_ids)}" for c in reply.tool_calls]
        shape = WireShape()
        extras: list[dict[str, Any]] | None = None
        if self.dialect is not None:
            shape = self.dialect.shape(body)
            call_ids, extras = self.dialect.render_calls(reply, call_ids)
        if not body.get("stream"):
            completion = build_completion(
                reply,
                body=body,
                completion_id=completion_id,
                created=created,
                call_ids=call_ids,
                shape=shape,
                call_extras=extras,
            )
            data = json.dumps(completion).encode()
            if stall is None:
                await self._raw(send, 200, data, b"application/json")
                return
            if stall.then == "error":
                await self._json(send, 500, Error(500, "stalled").payload())
                return
            await self._start(
                send, 200, b"application/json", [(b"content-length", b"%d" % len(data))]
            )
            await send(
                {"type": "http.response.body", "body": data[: len(data) // 2], "more_body": True}
            )
            await self._misbehave(stall, receive)
            return

        options = body.get("stream_options")
        include_usage = isinstance(options, Mapping) and bool(options.get("include_usage"))
        chunks = build_chunks(
            reply,
            body=body,
            completion_id=completion_id,
            created=created,
            call_ids=call_ids,
            include_usage=include_usage,
            shape=shape,
            call_extras=extras,
        )
        await self._start(
            send, 200, b"text/event-stream; charset=utf-8", [(b"cache-control", b"no-cache")]
        )
        if stall is not None:
            chunks = chunks[: stall.after_chunks]
        for number, item in enumerate(chunks):
            if (
                number
                and self.chunk_delay_seconds
                and not await self._sleep(self.chunk_delay_seconds, receive)
            ):
                return
            await send({"type": "http.response.body", "body": _sse(item), "more_body": True})
        if stall is None:
            await send({"type": "http.response.body", "body": _sse("[DONE]"), "more_body": False})
        elif stall.then == "error":
            event = Error(500, "The provider failed mid-stream.").payload()
            await send({"type": "http.response.body", "body": _sse(event), "more_body": False})
        else:
            await self._misbehave(stall, receive)

    async def _misbehave(self, stall: Stall, receive: Receive) -> None:
        """Hang until the client leaves, or return mid-body (uvicorn then drops the socket)."""
        if stall.then == "hang":
            await self._sleep(stall.hang_seconds, receive)

    async def _sleep(self, seconds: float, receive: Receive) -> bool:
        """Sleep without blocking other requests; False if the client left or we are closing."""
        if seconds <= 0:
            return True
        waiters: list[asyncio.Future[Any]] = [asyncio.ensure_future(self._disconnected(receive))]
        if self._closing is not None:
            waiters.append(asyncio.ensure_future(self._closing.wait()))
        try:
            done, _ = await asyncio.wait(
                waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            for waiter in waiters:
                waiter.cancel()
        return not done

    @staticmethod
    async def _disconnected(receive: Receive) -> None:
        while (await receive())["type"] != "http.disconnect":
            pass

    @staticmethod
    async def _start(
        send: Send, status: int, content_type: bytes, extra: list[tuple[bytes, bytes]] | None = None
    ) -> None:
        headers = [(b"content-type", content_type), *(extra or [])]
        await send({"type": "http.response.start", "status": status, "headers": headers})

    async def _raw(
        self,
        send: Send,
        status: int,
        data: bytes,
        content_type: bytes,
        extra: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        length = [(b"content-length", b"%d" % len(data))]
        await self._start(send, status, content_type, [*length, *(extra or [])])
        await send({"type": "http.response.body", "body": data, "more_body": False})

    async def _json(
        self,
        send: Send,
        status: int,
        payload: Any,
        extra: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        await self._raw(send, status, json.dumps(payload).encode(), b"application/json", extra)


# --- A provider in its own process ---------------------------------------------------------


@dataclass
class ProviderProcess:
    """A scripted provider running as `python -m tests.support.scripted_provider`."""

    process: subprocess.Popen[str]
    base_url: str

    @property
    def url(self) -> str:
        """The server root, without `/v1`."""
        return self.base_url.removesuffix("/v1")

    def stats(self) -> dict[str, Any]:
        """The process's counters (served, in_flight, max_in_flight, errors)."""
        import httpx2

        response = httpx2.get(f"{self.url}/_scripted/stats", timeout=5)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def stop(self) -> None:
        """Terminate the process (SIGTERM, then SIGKILL after 10 s)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()

    def __enter__(self) -> ProviderProcess:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_provider_process(
    *,
    mode: str = "echo-tool",
    latency_seconds: float = 0.0,
    port: int = 0,
    tool_name: str = "add_task",
    reply_text: str | None = None,
    api_key: str | None = None,
    timeout: float = 20.0,
) -> ProviderProcess:
    """Start the provider in a separate process and wait for its base URL."""
    command = [
        sys.executable,
        "-m",
        "tests.support.scripted_provider",
        "--port",
        str(port),
        "--latency",
        str(latency_seconds),
        "--mode",
        mode,
        "--tool-name",
        tool_name,
    ]
    if reply_text is not None:
        command += ["--text", reply_text]
    if api_key is not None:
        command += ["--api-key", api_key]
    process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    line = process.stdout.readline().strip() if ready else ""
    if not line.startswith("http://"):
        process.kill()
        process.wait(timeout=5)
        raise RuntimeError(f"the scripted provider process did not start (said {line!r})")
    return ProviderProcess(process, line)


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: serve on 127.0.0.1 with a responder mode; print the base URL first."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.support.scripted_provider",
        description="A scripted OpenAI-compatible Chat Completions server on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--chunk-delay", type=float, default=0.0, help="seconds between chunks")
    parser.add_argument("--mode", choices=sorted(RESPONDER_MODES), default="echo-tool")
    parser.add_argument("--tool-name", default="add_task", help="the tool echo-tool calls")
    parser.add_argument("--text", default="Hello from the scripted provider.")
    parser.add_argument("--api-key", default=None, help="require this bearer token")
    parser.add_argument("--record", action="store_true", help="keep request bodies in memory")
    args = parser.parse_args(argv)
    provider = ScriptedProvider(
        responder=RESPONDER_MODES[args.mode](args),
        latency_seconds=args.latency,
        chunk_delay_seconds=args.chunk_delay,
        api_key=args.api_key,
        port=args.port,
        record=args.record,
    )
    provider.run()


if __name__ == "__main__":
    main()
