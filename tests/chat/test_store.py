"""The conversation store's writes, read back from the rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select

from todochat.accounts.models import User
from todochat.chat import store
from todochat.chat.models import Conversation, Message, PendingApproval, Role
from todochat.core.db import Database, utcnow


async def test_add_message_stores_every_column_and_answers_its_id(database: Database) -> None:
    """`add_message` builds no `Message`; what it answers is the stored row's id, and the row
    holds what was given (the reply's tool calls as JSON), the conversation marked active."""
    async with database.session() as session:
        session.add(User(id="owner"))
        await session.commit()
        conversation_id, _ = await store.create_with_message(
            database=database, user_id="owner", title="t", content="add milk"
        )
        before = (await session.get(Conversation, conversation_id)).updated_at  # type: ignore[union-attr]
        calls = [{"id": "c1", "name": "add_task", "arguments": {"title": "Milk"}, "result": {}}]
        reply_id = await store.add_message(
            session=session,
            conversation_id=conversation_id,
            user_id="owner",
            role=Role.assistant,
            content="Added Milk.",
            tool_calls=calls,
        )
        session.expunge_all()
        rows = (
            await session.exec(
                select(Message)
                .where(col(Message.conversation_id) == conversation_id)
                .order_by(col(Message.id))
            )
        ).all()
        conversation = await session.get(Conversation, conversation_id)
    assert [row.role for row in rows] == ["user", "assistant"]
    reply = rows[1]
    assert reply.id == reply_id
    assert (reply.user_id, reply.content, reply.tool_calls) == ("owner", "Added Milk.", calls)
    assert reply.client_message_id is None
    assert conversation is not None and conversation.updated_at >= before
    assert conversation.updated_at == reply.created_at


async def _rows(database: Database, conversation_id: int) -> tuple[Conversation, list[Message]]:
    async with database.session() as session:
        conversation = await session.get(Conversation, conversation_id)
        messages = (
            await session.exec(
                select(Message)
                .where(col(Message.conversation_id) == conversation_id)
                .order_by(col(Message.id))
            )
        ).all()
    assert conversation is not None
    return conversation, list(messages)


async def test_a_new_conversation_holds_its_first_message_and_reads_the_zone(
    database: Database,
) -> None:
    """`create_with_message` (one statement on PostgreSQL, one transaction on SQLite): the
    conversation with its lease, the message with every column, the owner's zone read."""
    async with database.session() as session:
        session.add(User(id="tokyo", time_zone="Asia/Tokyo"))
        session.add(User(id="plain"))
        await session.commit()
    expires = utcnow() + timedelta(seconds=30)
    conversation_id, zone = await store.create_with_message(
        database=database,
        user_id="tokyo",
        title="Add milk",
        content="add milk",
        client_message_id="c-1",
        turn_lease=("token-1", expires),
    )
    assert zone == "Asia/Tokyo"
    conversation, messages = await _rows(database, conversation_id)
    assert (conversation.user_id, conversation.title) == ("tokyo", "Add milk")
    assert (conversation.turn_lease, conversation.turn_lease_expires_at) == ("token-1", expires)
    assert conversation.created_at == conversation.updated_at
    [message] = messages
    assert (message.user_id, message.role, message.content) == ("tokyo", "user", "add milk")
    assert (message.tool_calls, message.client_message_id) == (None, "c-1")
    assert message.created_at == conversation.created_at

    other, zone = await store.create_with_message(
        database=database, user_id="plain", title="t", content="hi"
    )
    assert other != conversation_id and zone == "UTC"
    conversation, messages = await _rows(database, other)
    assert conversation.turn_lease is None and conversation.turn_lease_expires_at is None
    assert [message.client_message_id for message in messages] == [None]


async def test_a_client_message_id_used_again_stores_no_new_conversation(
    database: Database,
) -> None:
    async with database.session() as session:
        session.add(User(id="owner"))
        await session.commit()
    first, _ = await store.create_with_message(
        database=database, user_id="owner", title="t", content="hi", client_message_id="c-1"
    )
    with pytest.raises(IntegrityError):
        await store.create_with_message(
            database=database, user_id="owner", title="t", content="hi", client_message_id="c-1"
        )
    async with database.session() as session:
        conversations = (await session.exec(select(Conversation))).all()
    assert [conversation.id for conversation in conversations] == [first]


async def test_a_reply_is_stored_and_gives_back_only_its_own_lease(database: Database) -> None:
    """`add_reply` (one statement on PostgreSQL, one transaction on SQLite): every column of
    the reply, the conversation marked active, the lease cleared only if it is the one
    named (another turn's lease stays)."""
    async with database.session() as session:
        session.add(User(id="owner"))
        await session.commit()
    expires = utcnow() + timedelta(seconds=30)
    conversation_id, _ = await store.create_with_message(
        database=database, user_id="owner", title="t", content="hi", turn_lease=("ours", expires)
    )
    calls = [{"id": "c1", "name": "add_task", "arguments": {"title": "Milk"}, "result": {}}]
    await store.add_reply(
        database=database,
        conversation_id=conversation_id,
        user_id="owner",
        content="Added Milk.",
        tool_calls=calls,
        release_lease="someone else's",
    )
    conversation, messages = await _rows(database, conversation_id)
    assert (conversation.turn_lease, conversation.turn_lease_expires_at) == ("ours", expires)
    reply = messages[-1]
    assert (reply.user_id, reply.role, reply.content) == ("owner", "assistant", "Added Milk.")
    assert (reply.tool_calls, reply.client_message_id) == (calls, None)
    assert conversation.updated_at == reply.created_at > conversation.created_at

    await store.add_reply(
        database=database,
        conversation_id=conversation_id,
        user_id="owner",
        content="",
        tool_calls=[],
        release_lease="ours",
    )
    conversation, messages = await _rows(database, conversation_id)
    assert conversation.turn_lease is None and conversation.turn_lease_expires_at is None
    assert [(m.role, m.content, m.tool_calls) for m in messages] == [
        ("user", "hi", None),
        ("assistant", "Added Milk.", calls),
        ("assistant", "", None),
    ]
    assert conversation.updated_at == messages[-1].created_at


async def test_the_users_message_is_stored_after_the_history_is_read(database: Database) -> None:
    """`add_message_after_history` (one statement on PostgreSQL): the history is the last
    `limit` messages before the new one, oldest first, and the new one is stored whole."""
    async with database.session() as session:
        session.add(User(id="owner"))
        await session.commit()
    conversation_id, _ = await store.create_with_message(
        database=database, user_id="owner", title="t", content="one"
    )
    calls = [{"id": "c1", "name": "add_task", "arguments": {"title": "Milk"}, "result": {}}]
    await store.add_reply(
        database=database,
        conversation_id=conversation_id,
        user_id="owner",
        content="two",
        tool_calls=calls,
        release_lease=None,
    )
    async with database.session() as session:
        history = await store.add_message_after_history(
            session=session,
            conversation_id=conversation_id,
            user_id="owner",
            content="three",
            limit=5,
        )
    assert [(m.role, m.content, m.tool_calls) for m in history] == [
        ("user", "one", None),
        ("assistant", "two", calls),
    ]
    async with database.session() as session:
        latest = await store.add_message_after_history(
            session=session,
            conversation_id=conversation_id,
            user_id="owner",
            content="four",
            limit=2,
        )
    assert [m.content for m in latest] == ["two", "three"]
    _, messages = await _rows(database, conversation_id)
    stored = messages[2]
    assert (stored.user_id, stored.role, stored.content) == ("owner", "user", "three")
    assert (stored.tool_calls, stored.client_message_id) == (None, None)
    assert stored.id > history[-1].id
    assert [m.content for m in messages] == ["one", "two", "three", "four"]


async def test_a_turns_lease_and_message_are_one_statement_or_nothing(
    database: Database,
) -> None:
    """`add_message_taking_lease` (PostgreSQL): the lease taken, the conversation marked
    active, the message stored and the history before it read (oldest first) with the
    owner's zone, all in one statement; while another lease holds, an approval waits or
    the conversation is someone else's, nothing is written and it answers None (the
    transaction path then waits, answers the approval or refuses)."""
    if database.is_sqlite:
        pytest.skip("one statement on PostgreSQL only; SQLite takes the transaction path")
    async with database.session() as session:
        session.add(User(id="owner", time_zone="Asia/Tokyo"))
        session.add(User(id="stranger"))
        await session.commit()
    held = ("theirs", utcnow() + timedelta(seconds=30))
    conversation_id, _ = await store.create_with_message(
        database=database, user_id="owner", title="t", content="one", turn_lease=held
    )
    calls = [{"id": "c1", "name": "add_task", "arguments": {"title": "Milk"}, "result": {}}]

    async def take(
        user_id: str, content: str
    ) -> tuple[str | None, list[store.StoredMessage]] | None:
        now = utcnow()
        return await store.add_message_taking_lease(
            database=database,
            conversation_id=conversation_id,
            user_id=user_id,
            content=content,
            limit=5,
            lease=("ours", now + timedelta(seconds=30)),
            now=now,
        )

    assert await take("owner", "busy") is None  # another turn's lease is live
    await store.add_reply(
        database=database,
        conversation_id=conversation_id,
        user_id="owner",
        content="two",
        tool_calls=calls,
        release_lease="theirs",
    )
    assert await take("stranger", "not yours") is None
    async with database.session() as session:
        session.add(
            PendingApproval(
                id="a-1", user_id="owner", conversation_id=conversation_id, state="{}", actions=[]
            )
        )
        await session.commit()
    assert await take("owner", "an answer") is None  # an approval waits
    conversation, messages = await _rows(database, conversation_id)
    assert conversation.turn_lease is None
    assert [m.content for m in messages] == ["one", "two"]

    async with database.session() as session:
        await session.delete(await session.get(PendingApproval, "a-1"))
        await session.commit()
    taken = await take("owner", "three")
    assert taken is not None
    zone, history = taken
    assert zone == "Asia/Tokyo"
    assert [(m.role, m.content, m.tool_calls) for m in history] == [
        ("user", "one", None),
        ("assistant", "two", calls),
    ]
    conversation, messages = await _rows(database, conversation_id)
    assert conversation.turn_lease == "ours"
    new = messages[-1]
    assert (new.user_id, new.role, new.content, new.tool_calls) == ("owner", "user", "three", None)
    assert new.client_message_id is None
    assert conversation.updated_at == new.created_at
