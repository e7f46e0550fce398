"""Starts chat turns: conversation, history and the user's message first, then the agent.

Turns of one conversation run one at a time across every process (chat/locks.py), so
messages sent at once are stored in order (user, assistant, user, assistant) and each
reply answers its own message. A message may carry a `client_message_id`: sent again
with the same id, it is the same turn: retried when it got no reply (a 503), answered
with the stored reply when it had one. Without an id every message is a new one.

A turn paused for approval (chat/approvals.py) resumes through here too, under the same
turn lease: answered with `approval`, or by a plain yes or no as the next message; any
other next message abandons it.

The assistant loads after the server starts listening (core/deferred.py): a turn waits for
it first, then the agent side (chat/turn.py) is already imported.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError

from todochat.accounts import service as accounts
from todochat.chat import approvals, store
from todochat.chat.history import to_input_items
from todochat.chat.locks import (
    LEASE_SECONDS,
    TurnLock,
    TurnLocks,
    lease_expiry,
    new_lease_token,
)
from todochat.chat.models import ApprovalAnswer, ChatRequest, Message, PendingApproval, Role
from todochat.chat.streams import Event, EventId, StreamHub
from todochat.core.config import Settings
from todochat.core.db import Database, utcnow
from todochat.core.deferred import Deferred
from todochat.core.errors import Conflict, ServiceUnavailable
from todochat.core.metrics import Metrics
from todochat.core.ratelimit import RateLimiter

if TYPE_CHECKING:
    from todochat.assistant.agent import Assistant
    from todochat.chat.turn import ChatTurn

logger = logging.getLogger("todochat.chat")


def _check_resend(prior: Message, conversation_id: int, message: str) -> None:
    """A resend must name the same conversation and carry the same text as the original."""
    if prior.conversation_id != conversation_id:
        raise Conflict("That client_message_id was used in another conversation.")
    if prior.content != message:
        raise Conflict("That client_message_id was used for a different message.")


def _resume(pending: PendingApproval, approve: bool) -> approvals.Resume:
    return approvals.Resume(state=pending.state, approve=approve, actions=list(pending.actions))


class ChatService:
    """Begins turns and keeps track of the ones still running (for a clean shutdown)."""

    def __init__(
        self,
        *,
        assistant: Deferred[Assistant],
        database: Database,
        settings: Settings,
        metrics: Metrics | None = None,
        limiter: RateLimiter | None = None,
    ) -> None:
        self._assistant = assistant
        self._limiter = limiter
        self._metrics = metrics
        self._database = database
        self._settings = settings
        self._locks = TurnLocks(database, wait_seconds=settings.chat_turn_wait_seconds)
        self._running: set[asyncio.Task[Any]] = set()
        redis = None
        if settings.redis_url:
            from redis.asyncio import Redis

            redis = Redis.from_url(settings.redis_url)
        self.streams = StreamHub(redis, prefix=settings.redis_key_prefix)

    async def begin_turn(
        self,
        *,
        user_id: str,
        request: ChatRequest,
        bearer_token: str | None,
        stream: bool = True,
    ) -> ChatTurn:
        """Store the user's message and start the agent; `NotFound` for a foreign conversation.

        `stream`: the client reads the reply as it is written (else it waits for all of it,
        and the model is not streamed either).

        `Conflict` (409) when the conversation stays busy past CHAT_TURN_WAIT_SECONDS, or
        for a `client_message_id` that cannot be the same turn.
        """
        await self.assistant()  # loaded before any lease is taken
        conversation_id = request.conversation_id
        if request.approval is not None:
            assert conversation_id is not None  # the request's validator sees to it
            return await self._answer(
                user_id, conversation_id, request.approval, bearer_token, stream=stream
            )
        message = request.message
        assert message is not None
        client_id = request.client_message_id
        if conversation_id is None and client_id is not None:
            conversation_id = await self._conversation_of(user_id, client_id)
        if conversation_id is None:
            started = await self._new_conversation(user_id, request)
            if started is not None:
                lock, zone = started
                return await self._start(
                    lock, user_id, (), message, bearer_token, zone, stream=stream
                )
            # The same first message arrived twice at once: the other one created it.
            assert client_id is not None
            conversation_id = await self._conversation_of(user_id, client_id)
            assert conversation_id is not None
        return await self._next_message(
            user_id, conversation_id, message, client_id, bearer_token, stream=stream
        )

    async def _next_message(
        self,
        user_id: str,
        conversation_id: int,
        message: str,
        client_id: str | None,
        bearer_token: str | None,
        *,
        stream: bool,
    ) -> ChatTurn:
        """A message in an existing conversation, in one transaction: the turn's lease
        (whose statement also marks the conversation active, unless the message may be a
        resend, and reads the user's zone and whether an approval waits), the history, and
        the message; the lease holds once it commits. A resend that was answered is
        replayed; a plain yes or no answers a waiting approval."""
        if client_id is None and not self._database.is_sqlite:
            started = await self._next_in_one_statement(user_id, conversation_id, message)
            if started is not None:
                taken, zone, history = started
                return await self._start(
                    taken, user_id, history, message, bearer_token, zone, stream=stream
                )
        lock: TurnLock | None = None
        replay: Message | None = None
        try:
            async with self._database.session() as session:
                lock, read = await self._locks.acquire_in(
                    session,
                    conversation_id=conversation_id,
                    user_id=user_id,
                    touch=client_id is None,
                )
                zone, waiting = accounts.zone_named(read.time_zone), read.approval_waiting
                limit = self._settings.max_conversation_history
                prior = pending = None
                if client_id is None and not waiting:  # the common case, in fewer round trips
                    history = await store.add_message_after_history(  # commits with the lease
                        session=session,
                        conversation_id=conversation_id,
                        user_id=user_id,
                        content=message,
                        limit=limit,
                    )
                else:
                    history = await store.recent_messages(
                        session=session, conversation_id=conversation_id, limit=limit
                    )
                    if client_id is not None:
                        prior = await store.find_client_message(
                            session=session, user_id=user_id, client_message_id=client_id
                        )
                    if prior is None:
                        if waiting:
                            pending = await approvals.pending_in(
                                session, user_id=user_id, conversation_id=conversation_id
                            )
                        if pending is not None:  # answered or abandoned by this message
                            await approvals.discard(session, conversation_id=conversation_id)
                        await (
                            store.add_message(  # commits the lease, the approval's end, the message
                                session=session,
                                conversation_id=conversation_id,
                                user_id=user_id,
                                role=Role.user,
                                content=message,
                                client_message_id=client_id,
                                touch=client_id is not None,
                            )
                        )
                    else:
                        _check_resend(prior, conversation_id, message)
                        replay = await store.message_after(
                            session=session,
                            conversation_id=conversation_id,
                            message_id=prior.id or 0,
                        )
                        if replay is not None and replay.role != Role.assistant.value:
                            raise Conflict(
                                "That message got no reply and the conversation has moved on;"
                                " send it again as a new message."
                            )
                        if replay is None:
                            await session.commit()  # the lease, for the retried turn
                            history = history[:-1]  # the stored message is the one retried
        except BaseException:
            if lock is not None:
                await lock.release()
            raise
        assert lock is not None
        if replay is not None:  # its lease was never committed
            await lock.release()
            from todochat.chat.turn import ChatTurn  # loaded: see assistant()

            return self._track(ChatTurn.replaying(replay, user_id=user_id))
        if pending is not None:
            answer = approvals.answer_in(message)
            self._count_answer(answer)
            if answer is not None:
                resume = _resume(pending, answer)
                return await self._start(
                    lock, user_id, (), message, bearer_token, zone, resume, stream=stream
                )
        return await self._start(lock, user_id, history, message, bearer_token, zone, stream=stream)

    async def _answer(
        self,
        user_id: str,
        conversation_id: int,
        answer: ApprovalAnswer,
        bearer_token: str | None,
        *,
        stream: bool,
    ) -> ChatTurn:
        """Resume the conversation's paused turn with the user's answer; `NotFound` for an
        approval that is not this user's, not this conversation's, or already answered."""
        lock: TurnLock | None = None
        try:
            async with self._database.session() as session:
                lock, read = await self._locks.acquire_in(
                    session, conversation_id=conversation_id, user_id=user_id
                )
                pending = await approvals.claim(  # commits the lease with the claim
                    session, user_id=user_id, conversation_id=conversation_id, approval_id=answer.id
                )
        except BaseException:
            if lock is not None:
                await lock.release()
            raise
        zone = accounts.zone_named(read.time_zone)
        self._count_answer(answer.approve)
        resume = _resume(pending, answer.approve)
        return await self._start(lock, user_id, (), "", bearer_token, zone, resume, stream=stream)

    async def assistant(self) -> Assistant:
        """The assistant, once loaded (at once after the first time); 503 if it failed to."""
        try:
            return await self._assistant.get()
        except Exception as exc:  # logged by Deferred
            raise ServiceUnavailable("The assistant could not start; see the server log.") from exc

    def _count_answer(self, answer: bool | None) -> None:
        if self._metrics is not None:
            decision = {True: "approved", False: "rejected", None: "abandoned"}[answer]
            self._metrics.approvals.labels(decision).inc()

    async def _conversation_of(self, user_id: str, client_message_id: str) -> int | None:
        async with self._database.session() as session:
            prior = await store.find_client_message(
                session=session, user_id=user_id, client_message_id=client_message_id
            )
        return prior.conversation_id if prior is not None else None

    async def _next_in_one_statement(
        self, user_id: str, conversation_id: int, message: str
    ) -> tuple[TurnLock, ZoneInfo, list[store.StoredMessage]] | None:
        """PostgreSQL, the common case: the lease, the message and the history in one
        statement in autocommit (`store.add_message_taking_lease`), where the transaction
        path takes four round trips (BEGIN, the lease, the message with the history,
        COMMIT). None when that statement took no lease: the transaction path follows."""
        token = new_lease_token()
        now = utcnow()

        async def take() -> tuple[str | None, list[store.StoredMessage]] | None:
            return await store.add_message_taking_lease(
                database=self._database,
                conversation_id=conversation_id,
                user_id=user_id,
                content=message,
                limit=self._settings.max_conversation_history,
                lease=(token, lease_expiry(now)),
                now=now,
            )

        taken = await self._locks.try_taking(conversation_id, token, take)
        if taken is None:
            return None
        lock, (zone_name, history) = taken
        return lock, accounts.zone_named(zone_name), history

    async def _new_conversation(
        self, user_id: str, request: ChatRequest
    ) -> tuple[TurnLock, ZoneInfo] | None:
        """Create a conversation holding the message, its first turn's lease already taken.

        Nobody else knows its id yet, so there is no history to read. None when the same
        `client_message_id` was stored meanwhile (two copies of one first message). The
        user's time zone comes along, for the system prompt.
        """
        token = new_lease_token()
        try:
            conversation_id, zone_name = await store.create_with_message(
                database=self._database,
                user_id=user_id,
                title=store.title_from_message(request.message or ""),
                content=request.message or "",
                client_message_id=request.client_message_id,
                turn_lease=(token, lease_expiry()),
            )
        except IntegrityError:
            if request.client_message_id is None:
                raise
            return None
        lock = await self._locks.adopt(conversation_id=conversation_id, token=token)
        return lock, accounts.zone_named(zone_name)

    async def _start(
        self,
        lock: TurnLock,
        user_id: str,
        history: Sequence[store.StoredMessage],
        message: str,
        bearer_token: str | None,
        zone: ZoneInfo,
        resume: approvals.Resume | None = None,
        *,
        stream: bool,
    ) -> ChatTurn:
        async def finished() -> None:
            await lock.release()
            if self._limiter is not None and not assistant.model.is_offline:
                await self._limiter.add_tokens(user_id, turn.outcome.tokens)

        try:
            from todochat.chat.turn import ChatTurn  # loaded: see assistant()

            assistant = await self.assistant()
            items = to_input_items(history)
            items.append({"role": "user", "content": message})
            turn = ChatTurn(
                assistant=assistant,
                database=self._database,
                user_id=user_id,
                conversation_id=lock.conversation_id,
                items=items,
                bearer_token=bearer_token,
                on_finish=finished,  # before `done`: the next message sees the tokens
                lease=lock,
                hub=self.streams,
                metrics=self._metrics,
                time_zone=zone.key,
                resume=resume,
                stream=stream,
            )
            return self._track(turn)
        except BaseException:
            await lock.release()  # not started: nothing else will give it back
            raise

    def _track(self, turn: ChatTurn) -> ChatTurn:
        task = turn.start()
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return turn

    async def check_conversation(self, *, user_id: str, conversation_id: int) -> None:
        """`NotFound` unless the conversation is the user's."""
        async with self._database.session() as session:
            await store.get(session=session, user_id=user_id, conversation_id=conversation_id)

    async def join(
        self, *, conversation_id: int, after: EventId | None
    ) -> AsyncIterator[list[tuple[str | None, Event]]]:
        """The events of the turn in flight (or the rest after `after`), ending with `done`.

        Event ids are None for the lone `done` sent when there is nothing to join. Without
        Redis a turn running on another process cannot be followed: the answer waits for it
        to end, so that the client's next read of the history has the reply.
        """
        wait = self._settings.agent_timeout_seconds + LEASE_SECONDS
        ended = False
        async for batch in self.streams.join(conversation_id, after, wait_seconds=wait):
            ended = "done" in batch[-1][1]
            yield list(batch)
        if ended:
            return
        if not self.streams.shared:
            await self._locks.wait_until_free(conversation_id, wait_seconds=wait)
        yield [(None, {"done": True, "conversation_id": conversation_id})]

    async def drain(self, grace_seconds: float) -> None:
        """Let running turns finish (and store their replies) before the process exits."""
        if self._running:
            await asyncio.wait(list(self._running), timeout=grace_seconds)
        await self.streams.stop()
