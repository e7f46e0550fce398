"""The events of each chat turn, kept so that a client can join or resume the reply.

Every turn writes its events into a `TurnLog` in the process that runs it; the chat
response reads that log, and so does `GET .../conversations/{id}/stream` on the same
process. Each event has an id `<turn>.<n>` (sent as the SSE `id:` line), so a client that
lost its connection asks for what follows its `Last-Event-ID`. With REDIS_URL set, each
log is also copied to a Redis stream (one pipelined write per batch of events), and a
process that does not run the turn serves it from there: any process can resume any
reply. A finished turn's events stay available for RETAIN_SECONDS, so a client that
dropped just before `done` still gets the end of its reply.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from todochat.core.logging import kv

if TYPE_CHECKING:  # imported only with REDIS_URL set: redis costs a start without it ~0.2 s
    from redis.asyncio import Redis

logger = logging.getLogger("todochat.chat")

Event = dict[str, Any]
RETAIN_SECONDS = 60.0
EVENT_ID = re.compile(r"^([0-9a-f]{1,32})\.([0-9]{1,9})$")
_BLOCK_MS = 5000


def new_turn_id() -> str:
    return secrets.token_hex(8)


@dataclass(frozen=True)
class EventId:
    """Where a client is in a turn's events: the turn and how many it has seen."""

    turn_id: str
    seen: int

    @classmethod
    def parse(cls, value: str) -> EventId:
        """`ValueError` for anything that is not an id this server gave."""
        match = EVENT_ID.match(value.strip())
        if match is None:
            raise ValueError("not an event id of this server")
        return cls(match.group(1), int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.turn_id}.{self.seen}"


@dataclass
class TurnLog:
    """One turn's events in order; readers wait for more until it is finished."""

    turn_id: str
    conversation_id: int
    events: list[Event] = field(default_factory=list)
    finished: bool = False
    _changed: asyncio.Event = field(default_factory=asyncio.Event)

    def append(self, event: Event) -> None:
        self.events.append(event)
        self._wake()

    def finish(self) -> None:
        self.finished = True
        self._wake()

    def _wake(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def event_id(self, number: int) -> str:
        """The id of the `number`-th event (1-based)."""
        return f"{self.turn_id}.{number}"

    async def wait_for(self, count: int) -> None:
        """Until there are at least `count` events or the turn is finished."""
        while len(self.events) < count and not self.finished:
            await self._changed.wait()

    async def follow(self, start: int = 0) -> AsyncIterator[list[tuple[int, Event]]]:
        """Batches of (number, event) from event `start + 1` on, each all that was ready."""
        position = start
        while True:
            await self.wait_for(position + 1)
            if position >= len(self.events):
                return  # finished, nothing more
            batch = [
                (number + 1, self.events[number]) for number in range(position, len(self.events))
            ]
            position = len(self.events)
            yield batch


class StreamHub:
    """The turns of this process, and (with Redis) everyone's, by conversation."""

    def __init__(self, redis: Redis | None = None, *, prefix: str = "todochat:") -> None:
        self._redis = redis
        self._prefix = prefix
        self._logs: dict[int, TurnLog] = {}
        self._mirrors: set[asyncio.Task[None]] = set()

    @property
    def shared(self) -> bool:
        return self._redis is not None

    def _turn_key(self, turn_id: str) -> str:
        return f"{self._prefix}turn:{turn_id}"

    def _conversation_key(self, conversation_id: int) -> str:
        return f"{self._prefix}conversation:{conversation_id}:turn"

    def open(self, conversation_id: int) -> TurnLog:
        """A new turn's log, findable by its conversation (and copied to Redis when set)."""
        log = TurnLog(new_turn_id(), conversation_id)
        self._logs[conversation_id] = log
        if self._redis is not None:
            task = asyncio.create_task(self._mirror(log), name=f"turn-mirror-{conversation_id}")
            self._mirrors.add(task)
            task.add_done_callback(self._mirrors.discard)
        return log

    def close(self, log: TurnLog) -> None:
        """The turn ended: keep its events a while for clients resuming after `done`."""
        log.finish()
        asyncio.get_running_loop().call_later(RETAIN_SECONDS, self._forget, log)

    def _forget(self, log: TurnLog) -> None:
        if self._logs.get(log.conversation_id) is log:
            del self._logs[log.conversation_id]

    async def _mirror(self, log: TurnLog) -> None:
        """Copy a turn's events to a Redis stream, one round trip per batch."""
        from redis.exceptions import RedisError

        assert self._redis is not None
        key = self._turn_key(log.turn_id)
        ttl = int(RETAIN_SECONDS)
        try:
            await self._redis.set(self._conversation_key(log.conversation_id), log.turn_id, ex=3600)
            async for batch in log.follow():
                async with self._redis.pipeline(transaction=False) as pipe:
                    for number, event in batch:
                        pipe.xadd(key, {"e": json.dumps(event, default=str)}, id=f"0-{number}")
                    pipe.expire(key, 3600)
                    await pipe.execute()
            async with self._redis.pipeline(transaction=False) as pipe:
                pipe.xadd(key, {"end": "1"}, id=f"0-{len(log.events) + 1}")
                pipe.expire(key, ttl)
                pipe.set(self._conversation_key(log.conversation_id), log.turn_id, ex=ttl)
                await pipe.execute()
        except (RedisError, OSError):
            logger.warning(
                "could not copy a turn's events to Redis %s",
                kv(conversation_id=log.conversation_id),
            )

    async def join(
        self, conversation_id: int, after: EventId | None, *, wait_seconds: float
    ) -> AsyncIterator[list[tuple[str, Event]]]:
        """The events of the conversation's turn a client should see, as (id, event) batches.

        From the start of the turn in flight, or after `after` when that names the latest
        turn (in flight or just finished). Nothing when no such turn exists.
        """
        log = self._logs.get(conversation_id)
        if log is not None:
            start = _start_for(log.turn_id, log.finished, after)
            if start is None:
                return
            async for numbered in log.follow(start):
                yield [(log.event_id(number), event) for number, event in numbered]
            return
        if self._redis is not None:
            async for shared in self._join_shared(conversation_id, after, wait_seconds):
                yield shared

    async def _join_shared(
        self, conversation_id: int, after: EventId | None, wait_seconds: float
    ) -> AsyncIterator[list[tuple[str, Event]]]:
        assert self._redis is not None
        raw = await self._redis.get(self._conversation_key(conversation_id))
        if raw is None:
            return
        turn_id = _text(raw)
        key = self._turn_key(turn_id)
        ended = await _has_end(self._redis, key)
        start = _start_for(turn_id, ended, after)
        if start is None:
            return
        last = f"0-{start}"
        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            answer: Any = await self._redis.xread({key: last}, block=_BLOCK_MS, count=1000)
            for _stream, entries in answer or []:
                batch: list[tuple[str, Event]] = []
                for entry_id, fields in entries:
                    last = _text(entry_id)
                    data = fields.get(b"e")
                    if data is None:  # the end marker
                        if batch:
                            yield batch
                        return
                    batch.append((f"{turn_id}.{last.split('-', 1)[1]}", json.loads(data)))
                if batch:
                    yield batch

    async def stop(self) -> None:
        """Let pending copies to Redis finish, then close the connection."""
        if self._mirrors:
            await asyncio.wait(list(self._mirrors), timeout=5)
        if self._redis is not None:
            await self._redis.aclose()


def _start_for(turn_id: str, finished: bool, after: EventId | None) -> int | None:
    """How many events to skip, or None when the client has nothing to join."""
    if after is not None and after.turn_id == turn_id:
        return after.seen
    if finished:
        return None  # an older turn, or no position: nothing is in flight
    return 0


async def _has_end(redis: Redis, key: str) -> bool:
    """Whether the turn's stream in Redis is complete (its last entry is the end marker)."""
    last: Any = await redis.xrevrange(key, count=1)
    return bool(last) and b"end" in last[0][1]


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
