"""One turn at a time per conversation, in this process and across every process.

Two layers. In a process, an asyncio lock per conversation queues that process's turns
without touching the database. Across processes, a lease stored on the conversation's row
(`turn_lease`, `turn_lease_expires_at`), taken with one conditional UPDATE: it works the
same on PostgreSQL and on SQLite (`serve --workers`), and holds no database connection
while the turn waits on the model. A turn renews its lease while it runs; a process that
dies mid-turn leaves a lease that expires within LEASE_SECONDS, after which the
conversation is free again. A turn that cannot start within CHAT_TURN_WAIT_SECONDS
answers 409 (`Conflict`).

A turn takes its lease in the transaction that stores its message (`acquire_in`): that
statement also marks the conversation active and brings back what the turn needs first
(the user's time zone, whether an approval waits), and the lease and the message are
committed together, or neither is. On PostgreSQL the common case is one statement in
autocommit instead (`try_taking` with `store.add_message_taking_lease`), which takes the
lease only when no approval waits; when it takes none, `acquire_in` follows.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from typing import Any, NamedTuple, TypeVar, cast

from sqlalchemy import ColumnElement, Table, Update, and_, bindparam, or_, update
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.accounts.service import time_zone_query
from todochat.chat.approvals import waiting_in
from todochat.chat.models import Conversation
from todochat.core.db import Database, utcnow
from todochat.core.errors import Conflict, NotFound
from todochat.core.logging import kv

logger = logging.getLogger("todochat.chat")
T = TypeVar("T")

LEASE_SECONDS = 30.0
RENEW_EVERY_SECONDS = LEASE_SECONDS / 3
POLL_FIRST_SECONDS = 0.02
POLL_MAX_SECONDS = 0.25
BUSY_DETAIL = "A reply in this conversation is still being written; send your message when it ends."


def _conversations() -> Table:
    return cast(Table, Conversation.__table__)  # type: ignore[attr-defined]


class LeaseRead(NamedTuple):
    """What the statement that takes a turn's lease reads along: the user's time-zone name
    (`accounts.zone_named` makes it a zone) and whether an approval waits."""

    time_zone: str | None
    approval_waiting: bool


@cache
def _lease_statement(touch: bool) -> Update:
    """Take the lease of `conversation` for `caller` when it is free at `now` (held until
    `expires`, as `token`), marking the conversation active at `now` with `touch`; it
    reads a `LeaseRead` along. Built once: building an UPDATE with its RETURNING
    subqueries on every turn cost more than running it (about 0.1 ms)."""
    table = _conversations()
    return (
        update(table)
        .where(_lease_free())
        .values(**_lease_values(touch))
        .returning(table.c.id, time_zone_query(), waiting_in())
    )


def _lease_free() -> ColumnElement[bool]:
    """`conversation` is `caller`'s and no live lease holds it at `now`."""
    table = _conversations()
    return and_(
        table.c.id == bindparam("conversation"),
        table.c.user_id == bindparam("caller"),
        or_(table.c.turn_lease.is_(None), table.c.turn_lease_expires_at < bindparam("now")),
    )


def _lease_values(touch: bool) -> dict[str, Any]:
    values: dict[str, Any] = {
        "turn_lease": bindparam("token"),
        "turn_lease_expires_at": bindparam("expires"),
    }
    if touch:
        values["updated_at"] = bindparam("now")
    return values


@cache
def lease_unless_waiting() -> Update:
    """`_lease_statement(touch=True)`, taken only when no approval waits (a message is
    then a new turn's, never an answer), reading the zone along (`time_zone`): the part
    of `store.add_message_taking_lease`'s one statement that takes the lease."""
    table = _conversations()
    return (
        update(table)
        .where(and_(_lease_free(), ~waiting_in()))
        .values(**_lease_values(touch=True))
        .returning(table.c.id, time_zone_query().label("time_zone"))
    )


def new_lease_token() -> str:
    return secrets.token_hex(16)


def lease_expiry(now: datetime | None = None) -> datetime:
    return (now or utcnow()) + timedelta(seconds=LEASE_SECONDS)


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


@dataclass
class TurnLock:
    """A conversation held by one turn: the process's lock and the database lease."""

    conversation_id: int
    token: str
    _owner: TurnLocks
    _renewer: asyncio.Task[None] | None = field(default=None, repr=False)
    _released: bool = False
    _lease_given_back: bool = False

    def lease_given_back(self) -> None:
        """The lease was cleared with the turn's last write (`store.add_message`'s
        `release_lease`): `release` need not clear it again, nor may it be renewed."""
        self._lease_given_back = True
        if self._renewer is not None:
            self._renewer.cancel()

    async def release(self) -> None:
        """Give the conversation back (idempotent); the next turn may start."""
        if self._released:
            return
        self._released = True
        if self._renewer is not None:
            self._renewer.cancel()
        try:
            if not self._lease_given_back:
                await self._owner.release_lease(self.conversation_id, self.token)
        except Exception:
            # The lease expires by itself; the next turn waits at most LEASE_SECONDS.
            logger.warning(
                "could not release a turn lease %s", kv(conversation_id=self.conversation_id)
            )
        finally:
            self._owner.local.release(self.conversation_id)


class TurnLocks:
    """Hands out `TurnLock`s: in-process queueing first, then the database lease."""

    def __init__(self, database: Database, *, wait_seconds: float) -> None:
        self._database = database
        self.wait_seconds = wait_seconds
        self.local = ConversationLocks()

    async def acquire(self, *, conversation_id: int, user_id: str) -> TurnLock:
        """Wait (bounded) until this conversation is free; `NotFound` if it is not the user's."""
        lock: TurnLock | None = None
        try:
            async with self._database.session() as session:
                lock, _ = await self.acquire_in(
                    session, conversation_id=conversation_id, user_id=user_id
                )
                await session.commit()
        except BaseException:
            if lock is not None:
                await lock.release()
            raise
        return lock

    async def acquire_in(
        self,
        session: AsyncSession,
        *,
        conversation_id: int,
        user_id: str,
        touch: bool = False,
    ) -> tuple[TurnLock, LeaseRead]:
        """`acquire`, the lease taken in `session`'s transaction, which the caller commits
        (the lease holds from then on; after a rollback the caller still calls `release`).
        `touch` also marks the conversation active. With the lock comes what the same
        statement read (`LeaseRead`)."""
        deadline = time.monotonic() + self.wait_seconds
        await self._wait_local(conversation_id)
        try:
            token = new_lease_token()
            pause = POLL_FIRST_SECONDS
            while True:
                taken = await self._take_lease(session, conversation_id, user_id, token, touch)
                if taken is not None:
                    break
                if time.monotonic() + pause > deadline:
                    raise Conflict(BUSY_DETAIL)
                await asyncio.sleep(pause)
                pause = min(pause * 2, POLL_MAX_SECONDS)
        except BaseException:
            self.local.release(conversation_id)
            raise
        return self._held(conversation_id, token), taken

    async def try_taking(
        self, conversation_id: int, token: str, take: Callable[[], Awaitable[T | None]]
    ) -> tuple[TurnLock, T] | None:
        """The lock, when `take` took the lease as `token` in a statement of its own (in
        autocommit, with the turn's first work: `store.add_message_taking_lease`), with what
        it answered; None when it did not, the conversation being busy, waiting for an
        approval or not the caller's: `acquire_in` then waits, answers or refuses as usual.
        The in-process lock is held around `take`, as `acquire_in` holds it."""
        await self._wait_local(conversation_id)
        try:
            taken = await take()
        except BaseException:
            self.local.release(conversation_id)
            raise
        if taken is None:
            self.local.release(conversation_id)
            return None
        return self._held(conversation_id, token), taken

    async def _wait_local(self, conversation_id: int) -> None:
        """This process's turn at the conversation, waited for at most `wait_seconds`;
        `Conflict` (busy) after that."""
        try:
            async with asyncio.timeout(self.wait_seconds):
                await self.local.acquire(conversation_id)
        except TimeoutError:
            raise Conflict(BUSY_DETAIL) from None

    async def adopt(self, *, conversation_id: int, token: str) -> TurnLock:
        """A lock for a conversation created with its lease already taken (`token`)."""
        await self.local.acquire(conversation_id)  # nobody else knows its id yet
        return self._held(conversation_id, token)

    def _held(self, conversation_id: int, token: str) -> TurnLock:
        lock = TurnLock(conversation_id, token, self)
        lock._renewer = asyncio.create_task(
            self._renew(conversation_id, token), name=f"turn-lease-{conversation_id}"
        )
        return lock

    async def _take_lease(
        self,
        session: AsyncSession,
        conversation_id: int,
        user_id: str,
        token: str,
        touch: bool,
    ) -> LeaseRead | None:
        """What the lease statement read, once the lease is taken (not yet committed);
        None while another turn holds it."""
        now = utcnow()
        params: dict[str, Any] = {
            "conversation": conversation_id,
            "caller": user_id,
            "token": token,
            "expires": lease_expiry(now),
            "now": now,
        }
        row = (await session.exec(_lease_statement(touch), params=params)).first()
        if row is not None:
            return LeaseRead(row[1], bool(row[2]))
        table = _conversations()
        owner = (
            await session.exec(select(table.c.user_id).where(table.c.id == conversation_id))
        ).first()
        await session.rollback()
        if owner != user_id:
            raise NotFound(f"Conversation {conversation_id} not found")
        return None

    async def _renew(self, conversation_id: int, token: str) -> None:
        """Extend the lease while the turn runs, so that only a dead process's lease expires."""
        table = _conversations()
        while True:
            await asyncio.sleep(RENEW_EVERY_SECONDS)
            try:
                async with self._database.session() as session:
                    result = await session.exec(
                        update(table)
                        .where(and_(table.c.id == conversation_id, table.c.turn_lease == token))
                        .values(turn_lease_expires_at=lease_expiry())
                    )
                    await session.commit()
                if result.rowcount != 1:
                    logger.warning("a turn lost its lease %s", kv(conversation_id=conversation_id))
                    return
            except Exception:
                logger.warning(
                    "could not renew a turn lease %s", kv(conversation_id=conversation_id)
                )

    async def wait_until_free(self, conversation_id: int, *, wait_seconds: float) -> None:
        """Until no live lease holds the conversation (a turn on any process), or a while."""
        table = _conversations()
        deadline = time.monotonic() + wait_seconds
        while time.monotonic() < deadline:
            async with self._database.session() as session:
                row = (
                    await session.exec(
                        select(table.c.turn_lease, table.c.turn_lease_expires_at).where(
                            table.c.id == conversation_id
                        )
                    )
                ).first()
            if row is None or row[0] is None or row[1] is None or row[1] < utcnow():
                return
            await asyncio.sleep(POLL_MAX_SECONDS)

    async def release_lease(self, conversation_id: int, token: str) -> None:
        table = _conversations()
        async with self._database.session() as session:
            await session.exec(
                update(table)
                .where(and_(table.c.id == conversation_id, table.c.turn_lease == token))
                .values(turn_lease=None, turn_lease_expires_at=None)
            )
            await session.commit()
