"""The openai client todochat talks to providers with: public API only.

`chat.completions.create` is replaced by a thin method that sends the parameters through
the client's documented `post` as they are given: the Agents SDK passes plain JSON-ready
dicts, and the stock `create` first walks them against openai's TypedDicts, which for
these parameters only drops omitted values yet was the largest single CPU cost of a chat
turn (growing with the history replayed). On the way out the request is shaped for the
provider's dialect; on the way back tool calls are repaired (see `wire`). Answers are read
from the raw response (`answers`: the openai client's answer objects cost ten to twenty
times what pydantic's validation of them does).

The body is sent as the JSON the openai client would make of it (byte for byte), encoded
here: the tools, which the Agents SDK rebuilds equal for every call and which are most of
a first call's body (about 10 KB of schemas), are encoded once and reused while they stay
equal (`RequestEncoder`).
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cached_property
from typing import Any, Self

import httpx2
from openai import AsyncOpenAI, NotGiven, Omit, RequestOptions
from openai.resources.chat import AsyncChat, AsyncCompletions
from pydantic import BaseModel

from todochat.assistant.providers.answers import ChunkStream, parse_completion
from todochat.assistant.providers.dialects import DIALECTS, Dialect
from todochat.assistant.providers.wire import (
    REPLAY_KEY,
    ToolCallRepair,
    shape_request,
    used_call_ids,
)


def _given(value: Any) -> Any:
    """`value`, or None for openai's "not given" markers."""
    return None if isinstance(value, NotGiven | Omit) else value


class _Completions(AsyncCompletions):
    def __init__(self, client: ProviderClient) -> None:
        super().__init__(client)
        self._provider = client

    async def create(self, **params: Any) -> Any:
        replay = params.pop(REPLAY_KEY, None)
        options: RequestOptions = {}
        if headers := _given(params.pop("extra_headers", None)):
            options["headers"] = headers
        if query := _given(params.pop("extra_query", None)):
            options["params"] = query
        extra_body = _given(params.pop("extra_body", None))
        if (timeout := _given(params.pop("timeout", None))) is not None:
            options["timeout"] = timeout
        body = {
            key: value for key, value in params.items() if not isinstance(value, NotGiven | Omit)
        }
        body = shape_request(body, self._provider.dialect, replay)
        if extra_body:  # as the openai client merges `extra_json`
            merged = {**body, **extra_body}
            body = {key: value for key, value in merged.items() if not isinstance(value, Omit)}
        repair = ToolCallRepair(used_call_ids(body))
        content = self._provider.encoder.encode(body)
        if body.get("stream"):
            response = await self._provider.post(
                "/chat/completions",
                content=content,
                cast_to=httpx2.Response,
                options=options,
                stream=True,
                stream_cls=None,
            )
            assert isinstance(response, httpx2.Response)
            return ChunkStream(response, repair)
        response = await self._provider.post(
            "/chat/completions", content=content, cast_to=httpx2.Response, options=options
        )
        return repair.completed(parse_completion(response))


def _jsonable(value: object) -> Any:
    """What the openai client's encoder makes of values JSON has no type for."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(exclude_unset=True, mode="json", by_alias=True)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def json_bytes(value: object) -> bytes:
    """`value` as the openai client encodes a request body (its `openapi_dumps`)."""
    text = json.dumps(
        value, default=_jsonable, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return text.encode()


class RequestEncoder:
    """A request body as `json_bytes` encodes it, with the last tools' JSON kept.

    The SDK hands over a new but equal list of tools for every call; comparing it with the
    kept one (a copy decoded from its JSON, so nothing the caller changes later can make it
    stale) costs a tenth of encoding it again.
    """

    def __init__(self) -> None:
        self._tools: tuple[Any, bytes] | None = None

    def encode(self, body: dict[str, Any]) -> bytes:
        tools = body.get("tools")
        if not tools:
            return json_bytes(body)
        if self._tools is None or self._tools[0] != tools:
            encoded = json_bytes(tools)
            self._tools = (json.loads(encoded), encoded)
        kept = self._tools[1]
        parts = [
            json_bytes(key) + b":" + (kept if key == "tools" else json_bytes(value))
            for key, value in body.items()
        ]
        return b"{" + b",".join(parts) + b"}"


class _Chat(AsyncChat):
    def __init__(self, client: ProviderClient) -> None:
        super().__init__(client)
        self._provider = client

    @cached_property
    def completions(self) -> AsyncCompletions:
        return _Completions(self._provider)


class ProviderClient(AsyncOpenAI):
    """An `AsyncOpenAI` speaking one provider's dialect (`dialect`) of Chat Completions."""

    dialect: Dialect = DIALECTS["generic"]

    def __init__(self, *, dialect: Dialect | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.encoder = RequestEncoder()
        if dialect is not None:
            self.dialect = dialect

    @cached_property
    def chat(self) -> AsyncChat:
        return _Chat(self)

    def copy(self, **kwargs: Any) -> Self:
        """The openai copy, keeping the dialect; this client itself when nothing would change.

        The Agents SDK asks for `with_options(max_retries=0)` on every model call when it
        retries under its own policy. This client already has no retries of its own, and a
        copy is a new client whose first request also looks up the platform's name in a
        worker thread: about 1 ms of CPU per model call for a client identical to this one.
        """
        if kwargs.keys() == {"max_retries"} and kwargs["max_retries"] == self.max_retries:
            return self
        clone = super().copy(**kwargs)
        clone.dialect = self.dialect
        clone.encoder = self.encoder
        return clone

    with_options = copy
