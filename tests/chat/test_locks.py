"""One turn at a time per conversation: two `TurnLocks` on one database act as two processes."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, text

from todochat.accounts.models import User
from todochat.chat import locks, store
from todochat.chat.locks import TurnLocks
from todochat.chat.models import PendingApproval
from todochat.core.db import Database, utcnow
from todochat.core.errors import Conflict, NotFound


@pytest.fixture
async def conversation_id(database: Database) -> int:
    """A conversation of `owner`'s; `stranger` exists too."""
    async with database.session() as session:
        session.add(User(id="owner"))
        session.add(User(id="stranger"))
        await session.commit()
    conversation_id, _ = await store.create_with_message(
        database=database, user_id="owner", title="t", content="hi"
    )
    return conversation_id


async def lease(database: Database, conversation_id: int) -> str | None:
    async with database.session() as session:
        row = await session.exec(  # type: ignore[call-overload]
            text("SELECT turn_lease FROM conversations WHERE id = :id"),
            params={"id": conversation_id},
        )
        return row.scalar_one()  # type: ignore[no-any-return]


async def test_a_second_process_waits_until_the_first_turn_ends(
    database: Database, conversation_id: int
) -> None:
    one, two = TurnLocks(database, wait_seconds=5), TurnLocks(database, wait_seconds=5)
    held = await one.acquire(conversation_id=conversation_id, user_id="owner")
    assert await lease(database, conversation_id) == held.token
    waiting = asyncio.create_task(two.acquire(conversation_id=conversation_id, user_id="owner"))
    await asyncio.sleep(0.2)
    assert not waiting.done()
    await held.release()
    second = await asyncio.wait_for(waiting, 5)
    assert await lease(database, conversation_id) == second.token != held.token
    await second.release()
    assert await lease(database, conversation_id) is None


async def test_the_wait_is_bounded_and_answers_conflict(
    database: Database, conversation_id: int
) -> None:
    one, two = TurnLocks(database, wait_seconds=5), TurnLocks(database, wait_seconds=0.2)
    held = await one.acquire(conversation_id=conversation_id, user_id="owner")
    with pytest.raises(Conflict):
        await two.acquire(conversation_id=conversation_id, user_id="owner")
    await held.release()
    await (await two.acquire(conversation_id=conversation_id, user_id="owner")).release()


async def test_turns_of_one_process_queue_in_order(
    database: Database, conversation_id: int
) -> None:
    turns = TurnLocks(database, wait_seconds=5)
    order: list[int] = []

    async def turn(number: int) -> None:
        held = await turns.acquire(conversation_id=conversation_id, user_id="owner")
        order.append(number)
        await asyncio.sleep(0.01)
        await held.release()

    await asyncio.gather(*(turn(number) for number in range(5)))
    assert sorted(order) == list(range(5))
    assert turns.local._locks == {}  # nothing left behind


async def test_a_dead_processes_lease_expires(database: Database, conversation_id: int) -> None:
    async with database.session() as session:
        await session.exec(  # type: ignore[call-overload]
            text("UPDATE conversations SET turn_lease = 'dead', turn_lease_expires_at = :at"),
            params={"at": utcnow() - timedelta(seconds=1)},
        )
        await session.commit()
    held = await TurnLocks(database, wait_seconds=0.2).acquire(
        conversation_id=conversation_id, user_id="owner"
    )
    assert held.token != "dead"
    await held.release()


async def test_a_live_lease_is_renewed_while_the_turn_runs(
    database: Database, conversation_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(locks, "LEASE_SECONDS", 0.3)
    monkeypatch.setattr(locks, "RENEW_EVERY_SECONDS", 0.05)
    held = await TurnLocks(database, wait_seconds=5).acquire(
        conversation_id=conversation_id, user_id="owner"
    )
    await asyncio.sleep(0.6)  # twice the lease: only renewal keeps it
    with pytest.raises(Conflict):
        await TurnLocks(database, wait_seconds=0.2).acquire(
            conversation_id=conversation_id, user_id="owner"
        )
    await held.release()


async def test_someone_elses_or_a_missing_conversation_is_not_found(
    database: Database, conversation_id: int
) -> None:
    turns = TurnLocks(database, wait_seconds=1)
    for user_id, target in (("stranger", conversation_id), ("owner", conversation_id + 100)):
        with pytest.raises(NotFound):
            await turns.acquire(conversation_id=target, user_id=user_id)
    assert await lease(database, conversation_id) is None
    assert turns.local._locks == {}


async def test_a_lease_taken_with_a_turns_first_writes_holds_once_they_commit(
    database: Database, conversation_id: int
) -> None:
    """`acquire_in`: the lease is part of the caller's transaction, and its statement
    reads what the turn needs first; rolled back, the conversation stays free."""
    one, two = TurnLocks(database, wait_seconds=5), TurnLocks(database, wait_seconds=0.2)
    async with database.session() as session:
        dropped, _ = await one.acquire_in(session, conversation_id=conversation_id, user_id="owner")
        await session.rollback()
    await dropped.release()
    assert await lease(database, conversation_id) is None
    assert one.local._locks == {}
    async with database.session() as session:
        held, read = await one.acquire_in(session, conversation_id=conversation_id, user_id="owner")
        await session.commit()
    assert read == locks.LeaseRead(time_zone="UTC", approval_waiting=False)
    assert await lease(database, conversation_id) == held.token
    with pytest.raises(Conflict):
        await two.acquire(conversation_id=conversation_id, user_id="owner")
    await held.release()
    assert await lease(database, conversation_id) is None


async def test_the_lease_statement_is_built_once_and_reads_each_callers_own_values(
    database: Database, conversation_id: int
) -> None:
    """The lease UPDATE and what it reads are built once, their values sent as parameters:
    each acquisition still reads its own caller's zone and its own conversation's approval."""
    async with database.session() as session:
        session.add(User(id="tokyo", time_zone="Asia/Tokyo"))
        await session.commit()
    other, _ = await store.create_with_message(
        database=database, user_id="tokyo", title="t", content="hi"
    )
    async with database.session() as session:
        waiting = PendingApproval(
            id="a1", user_id="tokyo", conversation_id=other, state="{}", actions=[]
        )
        session.add(waiting)
        await session.commit()
    locks_ = TurnLocks(database, wait_seconds=5)
    executed: list[Any] = []

    def on_execute(_conn: Any, clause: Any, *_args: Any) -> None:
        executed.append(clause)

    event.listen(database.engine.sync_engine, "before_execute", on_execute)
    try:
        read = {}
        for user_id, conversation in (("owner", conversation_id), ("tokyo", other)):
            async with database.session() as session:
                held, values = await locks_.acquire_in(
                    session, conversation_id=conversation, user_id=user_id
                )
                await session.commit()
            await held.release()
            read[user_id] = (values.time_zone, values.approval_waiting)
    finally:
        event.remove(database.engine.sync_engine, "before_execute", on_execute)
    assert read == {"owner": ("UTC", False), "tokyo": ("Asia/Tokyo", True)}
    leases = [clause for clause in executed if "RETURNING" in str(clause)]
    assert len(leases) == 2 and leases[0] is leases[1]
