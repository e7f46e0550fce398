"""Starts chat turns: conversation, history and the user's message first, then the agent.

Turns of one conversation run one at a time in a process (a per-conversation lock), so
two messages sent at once are stored in order and the second sees the first's reply.
Across processes both are still stored, ordered by id. Sending the same message again
right after a turn that failed before any reply (a 503) retries that turn instead of
storing the message twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from todochat.assistant.agent import Assistant
from todochat.chat import store
from todochat.chat.history import to_input_items
from todochat.chat.models import ChatRequest, Message, Role
from todochat.chat.turn import ChatTurn
from todochat.core.config import Settings
from todochat.core.db import Database

logger = logging.getLogger("todochat.chat")


def _is_retry_of_failed_turn(history: Sequence[Message], message: str) -> bool:
    """The same message again right after a turn that got no reply (a 503): store it once."""
    return bool(history) and history[-1].role == Role.user.value and history[-1].content == message


class ConversationLocks:
    """One asyncio lock per conversation under way, dropped when nobody holds or waits."""

    def __init__(self) -> None:
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def acquire(self, conversation_id: int) -> None:
        lock, users = self._locks.get(conversation_id, (asyncio.Lock(), 0))
        self._locks[conversation_id] = (lock, users + 1)
        try:
            await lock.acquire()
        except BaseException:
            self._drop(conversation_id)
            raise

    def release(self, conversation_id: int) -> None:
        lock, _ = self._locks[conversation_id]
        lock.release()
        self._drop(conversation_id)

    def _drop(self, conversation_id: int) -> None:
        lock, users = self._locks[conversation_id]
        if users <= 1:
            del self._locks[conversation_id]
        else:
            self._locks[conversation_id] = (lock, users - 1)


class ChatService:
    """Begins turns and keeps track of the ones still running (for a clean shutdown)."""

    def __init__(self, *, assistant: Assistant, database: Database, settings: Settings) -> None:
        self.assistant = assistant
        self._database = database
        self._settings = settings
        self._locks = ConversationLocks()
        self._running: set[asyncio.Task[Any]] = set()

    async def begin_turn(
        self, *, user_id: str, request: ChatRequest, bearer_token: str | None
    ) -> ChatTurn:
        """Store the user's message and start the agent; `NotFound` for a foreign conversation."""
        conversation_id = request.conversation_id
        history: Sequence[Message] = ()
        if conversation_id is None:
            # Nobody else knows a new conversation's id yet: it is created together with the
            # user's message, in one transaction, and has no history to read.
            async with self._database.session() as session:
                conversation_id = await store.create_with_message(
                    session=session,
                    user_id=user_id,
                    title=store.title_from_message(request.message),
                    content=request.message,
                )
            await self._locks.acquire(conversation_id)
        else:
            # One session for the ownership check, the history and the user's message.
            await self._locks.acquire(conversation_id)
            try:
                async with self._database.session() as session:
                    await store.get(
                        session=session, user_id=user_id, conversation_id=conversation_id
                    )
                    history = await store.recent_messages(
                        session=session,
                        conversation_id=conversation_id,
                        limit=self._settings.max_conversation_history,
                    )
                    if _is_retry_of_failed_turn(history, request.message):
                        history = history[:-1]  # the stored message is the one retried
                    else:
                        await store.add_message(
                            session=session,
                            conversation_id=conversation_id,
                            user_id=user_id,
                            role=Role.user,
                            content=request.message,
                        )
            except BaseException:
                self._locks.release(conversation_id)
                raise
        try:
            items = to_input_items(history)
            items.append({"role": "user", "content": request.message})
            cid = conversation_id
            turn = ChatTurn(
                assistant=self.assistant,
                database=self._database,
                user_id=user_id,
                conversation_id=conversation_id,
                items=items,
                bearer_token=bearer_token,
                on_finish=lambda: self._locks.release(cid),
            )
            task = turn.start()
        except BaseException:
            self._locks.release(conversation_id)
            raise
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return turn

    async def drain(self, grace_seconds: float) -> None:
        """Let running turns finish (and store their replies) before the process exits."""
        if self._running:
            await asyncio.wait(list(self._running), timeout=grace_seconds)
