"""A provider's answer read from its HTTP response: streamed chunks, or one completion.

The openai client builds its answer objects with its lenient constructor, which walks the
type's annotations in Python: about 60 µs a streamed chunk and 100 µs a completion,
against 3 and 10 µs for pydantic's validation of the same JSON. A streamed chat turn
reads about twenty chunks, so the response is taken as it is (`post(...,
cast_to=httpx2.Response)`, the client's documented way to the raw response) and read
here: each answer is validated by pydantic, and one that does not fit the type (a
provider's own shape) is built leniently as before (`construct`). As in the openai
client, a streamed payload with an `error` raises `openai.APIError`, `[DONE]` ends the
answer (the rest of the body is read so that the connection can be reused), an event not
ended by a blank line is dropped (the SSE standard), a completion carries the response's
`x-request-id` as `_request_id`, and a body that is not JSON comes back as its text.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Mapping
from typing import Any

import anyio
import httpx2
import openai
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from pydantic import ValidationError

from todochat.assistant.providers.wire import ToolCallRepair

DRAIN_SECONDS = 0.1  # after [DONE], how long the rest of the body may take (as openai)


async def server_sent_events(
    body: AsyncIterator[bytes],
) -> AsyncGenerator[tuple[str, str], None]:
    """(event name, data) of each event in an SSE byte stream; the name is "" when unnamed.

    Lines end in LF, CR or CRLF; `data` lines of one event are joined with LF; comments and
    other fields are skipped.
    """
    pending = b""
    name = ""
    data: list[str] = []
    async for piece in body:
        lines = (pending + piece).splitlines(keepends=True)
        pending = b""
        # An unended last line waits for its end; so does a CR that may be half a CRLF.
        if lines and (lines[-1][-1:] not in (b"\n", b"\r") or lines[-1][-1:] == b"\r"):
            pending = lines.pop()
        for raw in lines:
            line = raw.rstrip(b"\r\n")
            if not line:
                if data:
                    yield name, "\n".join(data)
                name, data = "", []
                continue
            field, _, value = line.partition(b":")
            if value[:1] == b" ":
                value = value[1:]
            if field == b"data":
                data.append(value.decode())
            elif field == b"event":
                name = value.decode()
    if pending == b"\r" and data:  # the body ended with the blank line, ended by a CR
        yield name, "\n".join(data)


def _raise_for_error(payload: object, request: httpx2.Request) -> None:
    """Raise `openai.APIError` for an error sent inside the stream (HTTP 200)."""
    if not isinstance(payload, Mapping) or not payload.get("error"):
        return
    error = payload["error"]
    message = error.get("message") if isinstance(error, Mapping) else None
    if not message or not isinstance(message, str):
        message = "An error occurred during streaming"
    raise openai.APIError(message=message, request=request, body=error)


def parse_chunk(data: str, request: httpx2.Request) -> ChatCompletionChunk:
    """One SSE event's data as a chunk: validated when it fits the type, else built leniently."""
    try:
        chunk = ChatCompletionChunk.model_validate_json(data)
    except ValidationError:
        payload: Any = json.loads(data)  # not JSON at all: the decode error goes up, as in openai
        _raise_for_error(payload, request)
        if not isinstance(payload, dict):
            raise openai.APIError(
                message="The provider sent a stream chunk that is not a JSON object.",
                request=request,
                body=payload,
            ) from None
        return ChatCompletionChunk.construct(**payload)
    if chunk.model_extra:
        _raise_for_error(chunk.model_extra, request)
    return chunk


def parse_completion(response: httpx2.Response) -> ChatCompletion | Any:
    """A non-streamed answer: validated when it fits the type, else as the openai client
    would make it (built leniently, or the text of a body that is not JSON)."""
    try:
        completion = ChatCompletion.model_validate_json(response.content)
    except ValidationError:
        content_type = response.headers.get("content-type", "*").split(";")[0]
        try:
            data: Any = response.json()
        except ValueError:
            if content_type.endswith("json"):
                raise  # as the openai client: a JSON body that does not parse is an error
            return response.text
        if isinstance(data, list):
            return [ChatCompletion.construct(**i) if isinstance(i, dict) else i for i in data]
        if not isinstance(data, dict):
            return data
        completion = ChatCompletion.construct(**data)
    completion._request_id = response.headers.get("x-request-id")
    return completion


class ChunkStream:
    """A provider's chunk stream, passed through `ToolCallRepair`; `aclose` ends the request.

    `response` is the HTTP response: the Agents SDK reads the request id from its headers.
    """

    def __init__(self, response: httpx2.Response, repair: ToolCallRepair) -> None:
        self.response = response
        self._repair = repair
        self._chunks = self._read()

    def __aiter__(self) -> AsyncIterator[ChatCompletionChunk]:
        return self

    async def __anext__(self) -> ChatCompletionChunk:
        return await self._chunks.__anext__()

    async def _read(self) -> AsyncGenerator[ChatCompletionChunk, None]:
        request = self.response.request
        events = server_sent_events(self.response.aiter_bytes())
        try:
            async for _name, data in events:
                if data.startswith("[DONE]"):
                    break
                yield self._repair.streamed(parse_chunk(data, request))
            with anyio.move_on_after(DRAIN_SECONDS):  # to the body's end: the connection stays
                async for _rest in events:
                    pass
        finally:
            with anyio.CancelScope(shield=True):
                await events.aclose()
                await self.response.aclose()

    async def aclose(self) -> None:
        await self._chunks.aclose()
        await self.response.aclose()
