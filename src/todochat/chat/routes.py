"""Chat and conversation routes."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Annotated, cast

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from fastapi.responses import StreamingResponse
from starlette.types import Send

from todochat.accounts.deps import PathUser
from todochat.chat import approvals, store
from todochat.chat.models import (
    ChatRequest,
    ChatResponse,
    ConversationList,
    ConversationRead,
    ConversationRename,
    MessageList,
    ToolCallRecord,
)
from todochat.chat.service import ChatService
from todochat.chat.streams import Event, EventId
from todochat.core.deps import LimiterDep, SessionDep, SettingsDep
from todochat.core.errors import InvalidInput, ServiceUnavailable, error_responses
from todochat.core.inputs import OFFSET_MAX, ROW_ID_MAX

if TYPE_CHECKING:  # imported with the agent stack, after the server starts (ChatService)
    from todochat.chat.turn import ChatTurn

router = APIRouter(prefix="/api/{user_id}", tags=["chat"])

ConversationId = Annotated[int, Path(description="The conversation's id", ge=1, le=ROW_ID_MAX)]
PAGE_MAX = 200

SSE_HEADERS = {
    "Cache-Control": "no-cache, no-transform",
    "X-Accel-Buffering": "no",
}


async def get_chat_service(request: Request) -> ChatService:
    """The process's chat service (async: FastAPI would run a plain def in a thread)."""
    return cast(ChatService, request.app.state.chat)


ChatServiceDep = Annotated[ChatService, Depends(get_chat_service)]


def _wants_json(request: Request, body: ChatRequest) -> bool:
    if body.stream is not None:
        return not body.stream
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/event-stream" not in accept


def _bearer_token(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def _sse(event: Event, event_id: str | None = None) -> bytes:
    data = b"data: " + json.dumps(event, ensure_ascii=False, default=str).encode() + b"\n\n"
    return b"id: " + event_id.encode() + b"\n" + data if event_id else data


class _LastChunk(bytes):
    """The stream's final piece (the one with `done`): it also ends the body."""


class EventStreamResponse(StreamingResponse):
    """An SSE response that ends its body with the last events, not with a write of its own.

    Each write to the client costs a system call and a wake-up of the reader; a chat turn
    has only a handful of them once events are batched, so one less is worth having.
    """

    async def stream_response(self, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        ended = False
        async for chunk in self.body_iterator:
            ended = isinstance(chunk, _LastChunk)
            body = bytes(chunk) if isinstance(chunk, bytes | memoryview) else chunk.encode()
            await send({"type": "http.response.body", "body": body, "more_body": not ended})
        if not ended:
            await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _sse_batches(
    batches: AsyncIterator[list[tuple[str | None, Event]]],
) -> AsyncIterator[bytes]:
    """Batches of (id, event) as SSE, each batch in one chunk; the one with `done` ends it."""
    async for batch in batches:
        chunk = b"".join(_sse(event, event_id) for event_id, event in batch)
        yield _LastChunk(chunk) if "done" in batch[-1][1] else chunk


KEEPALIVE = b": keepalive\n\n"


async def with_keepalive(chunks: AsyncIterator[bytes], every: float) -> AsyncIterator[bytes]:
    """`chunks`, and an SSE comment whenever `every` seconds pass without one.

    A proxy cuts a connection that stays silent longer than its read timeout (nginx: 60 s),
    and a model can think longer than that before its first word.
    """
    pending: asyncio.Future[bytes] | None = None
    try:
        while True:
            if pending is None:
                pending = asyncio.ensure_future(anext(chunks))
            done, _ = await asyncio.wait({pending}, timeout=every)
            if not done:
                yield KEEPALIVE
                continue
            try:
                chunk = pending.result()
            except StopAsyncIteration:
                return
            pending = None
            yield chunk
    finally:
        if pending is not None and not pending.done():
            pending.cancel()
        elif pending is not None and not pending.cancelled():
            pending.exception()  # closed as the last read ended: nothing left to report


async def _turn_batches(turn: ChatTurn) -> AsyncIterator[list[tuple[str | None, Event]]]:
    log = turn.log
    async for batch in log.follow():
        yield [(log.event_id(number), event) for number, event in batch]


@router.post(
    "/chat",
    responses={
        200: {
            "description": "An SSE stream (default) or, in JSON mode, one ChatResponse",
            "model": ChatResponse,  # registers its schema, so the reference resolves
            "content": {"text/event-stream": {}},
        },
        **error_responses(401, 403, 404, 422, 429, 503),
    },
    response_model=None,
)
async def chat(
    body: ChatRequest,
    caller: PathUser,
    request: Request,
    chat_service: ChatServiceDep,
    limiter: LimiterDep,
) -> Response:
    """Send a message to the assistant; the reply streams as Server-Sent Events.

    A turn whose deletes need the user's approval ends with `approval_required`; send
    `{"conversation_id", "approval": {"id", "approve"}}` here to resume it (404 for an
    approval that is not pending in that conversation of the caller's).

    429 with `Retry-After` past CHAT_RATE_LIMIT messages, or once today's model tokens
    reach DAILY_TOKEN_LIMIT (a provider's model; the offline model is not counted).
    """
    await limiter.hit(
        limiter.chat, caller.user_id, "Too many messages at once; wait a moment and resend."
    )
    assistant = await chat_service.assistant()
    if not assistant.model.is_offline:
        await limiter.check_tokens(caller.user_id)
    wants_json = _wants_json(request, body)
    turn = await chat_service.begin_turn(
        user_id=caller.user_id,
        request=body,
        bearer_token=_bearer_token(request),
        stream=not wants_json,
    )
    # A stream waits for the first event up to one keepalive interval, so that a failure
    # before any output can still answer 503; after that it starts, with keepalives.
    keepalive = assistant.settings.sse_keepalive_seconds
    first_event = asyncio.ensure_future(turn.first_event())
    await asyncio.wait({first_event}, timeout=None if wants_json else keepalive)
    if first_event.done():
        first = first_event.result()
        if "error" in first and not turn.outcome.output_began:
            # The user's message is stored in its conversation (a new one, perhaps): name
            # it, so that a resend goes into it rather than starting another.
            conversation_id = turn.outcome.conversation_id
            raise ServiceUnavailable(
                first["error"]["message"],
                extra={"code": first["error"]["code"], "conversation_id": conversation_id},
                headers={"X-Conversation-ID": str(conversation_id)},
            )
    else:
        first_event.cancel()  # the stream follows the turn's events from the first anyway
    if wants_json:
        from todochat.chat.turn import approval_event  # loaded with the assistant

        assert turn.task is not None
        outcome = await turn.task
        answer = ChatResponse(
            conversation_id=outcome.conversation_id,
            response=outcome.text,
            tool_calls=[ToolCallRecord.model_validate(call) for call in outcome.tool_calls],
            error=outcome.error.event()["error"] if outcome.error else None,
            approval_required=approval_event(outcome.approval) if outcome.approval else None,
        )
        return Response(answer.model_dump_json(exclude_none=True), media_type="application/json")
    return EventStreamResponse(
        with_keepalive(_sse_batches(_turn_batches(turn)), keepalive),
        media_type="text/event-stream",
        headers={**SSE_HEADERS, "X-Conversation-ID": str(turn.outcome.conversation_id)},
    )


@router.get(
    "/conversations/{conversation_id}/stream",
    responses={
        200: {
            "description": "The turn's events as SSE, ending with `done`",
            "content": {"text/event-stream": {}},
        },
        **error_responses(401, 403, 404, 422),
    },
    response_class=EventStreamResponse,
)
async def join_stream(
    conversation_id: ConversationId,
    caller: PathUser,
    chat_service: ChatServiceDep,
    settings: SettingsDep,
    last_event_id: Annotated[
        str | None,
        Header(
            alias="Last-Event-ID",
            max_length=64,
            description="The id of the last event received: the stream goes on after it",
        ),
    ] = None,
) -> Response:
    """Join the reply being written in this conversation, from its start or a Last-Event-ID.

    Ends with `done`; at once when no reply is under way.
    """
    after = None
    if last_event_id:
        try:
            after = EventId.parse(last_event_id)
        except ValueError:
            raise InvalidInput("Last-Event-ID is not an event id of this server") from None
    await chat_service.check_conversation(user_id=caller.user_id, conversation_id=conversation_id)
    batches = chat_service.join(conversation_id=conversation_id, after=after)
    keepalive = settings.sse_keepalive_seconds
    return EventStreamResponse(
        with_keepalive(_sse_batches(batches), keepalive),
        media_type="text/event-stream",
        headers=SSE_HEADERS,
    )


@router.get(
    "/conversations", response_model=ConversationList, responses=error_responses(401, 403, 422)
)
async def list_conversations(
    caller: PathUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 50,
    offset: Annotated[int, Query(ge=0, le=OFFSET_MAX)] = 0,
) -> ConversationList:
    """The caller's conversations, most recently active first."""
    return await store.get_all(session=session, user_id=caller.user_id, limit=limit, offset=offset)


@router.get(
    "/conversations/{conversation_id}/messages",
    response_model=MessageList,
    responses=error_responses(401, 403, 404, 422),
)
async def list_messages(
    conversation_id: ConversationId,
    caller: PathUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 100,
    offset: Annotated[int, Query(ge=0, le=OFFSET_MAX)] = 0,
) -> MessageList:
    """A conversation's messages, oldest first, with the tool calls each reply made, and
    the approval its last reply waits for (`pending_approval`), if any."""
    page = await store.get_messages(
        session=session,
        user_id=caller.user_id,
        conversation_id=conversation_id,
        limit=limit,
        offset=offset,
    )
    pending = await approvals.pending_in(
        session, user_id=caller.user_id, conversation_id=conversation_id
    )
    if pending is not None:
        page.pending_approval = approvals.required_of(pending)
    return page


@router.patch(
    "/conversations/{conversation_id}",
    response_model=ConversationRead,
    responses=error_responses(401, 403, 404, 422),
)
async def rename_conversation(
    conversation_id: ConversationId,
    rename: ConversationRename,
    caller: PathUser,
    session: SessionDep,
) -> ConversationRead:
    """Rename a conversation."""
    conversation = await store.rename(
        session=session,
        user_id=caller.user_id,
        conversation_id=conversation_id,
        title=rename.title,
    )
    return ConversationRead.model_validate(conversation)


@router.delete(
    "/conversations/{conversation_id}",
    status_code=204,
    response_class=Response,
    responses=error_responses(401, 403, 404, 422),
)
async def delete_conversation(
    conversation_id: ConversationId, caller: PathUser, session: SessionDep
) -> Response:
    """Delete a conversation and its messages."""
    await store.delete(session=session, user_id=caller.user_id, conversation_id=conversation_id)
    return Response(status_code=204)
