"""The openai client todochat talks to providers with: public API only.

`chat.completions.create` is replaced by a thin method that sends the parameters through
the client's documented `post` as they are given: the Agents SDK passes plain JSON-ready
dicts, and the stock `create` first walks them against openai's TypedDicts, which for
these parameters only drops omitted values yet was the largest single CPU cost of a chat
turn (growing with the history replayed). On the way out the request is shaped for the
provider's dialect; on the way back tool calls are repaired (see `wire`). Answers are read
from the raw response (`answers`: the openai client's answer objects cost ten to twenty
times what pydantic's validation of them does).
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Self

import httpx2
from openai import AsyncOpenAI, NotGiven, Omit, RequestOptions
from openai.resources.chat import AsyncChat, AsyncCompletions

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
        if extra_body := _given(params.pop("extra_body", None)):
            options["extra_json"] = extra_body
        if (timeout := _given(params.pop("timeout", None))) is not None:
            options["timeout"] = timeout
        body = {
            key: value for key, value in params.items() if not isinstance(value, NotGiven | Omit)
        }
        body = shape_request(body, self._provider.dialect, replay)
        repair = ToolCallRepair(used_call_ids(body))
        if body.get("stream"):
            response = await self._provider.post(
                "/chat/completions",
                body=body,
                cast_to=httpx2.Response,
                options=options,
                stream=True,
                stream_cls=None,
            )
            assert isinstance(response, httpx2.Response)
            return ChunkStream(response, repair)
        response = await self._provider.post(
            "/chat/completions", body=body, cast_to=httpx2.Response, options=options
        )
        return repair.completed(parse_completion(response))


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
        return clone

    with_options = copy
