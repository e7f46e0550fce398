"""The conversation store's writes, read back from the rows."""

from __future__ import annotations

from sqlmodel import col, select

from todochat.accounts.models import User
from todochat.chat import store
from todochat.chat.models import Conversation, Message, Role
from todochat.core.db import Database


async def test_add_message_stores_every_column_and_answers_its_id(database: Database) -> None:
    """`add_message` builds no `Message`; what it answers is the stored row's id, and the row
    holds what was given (the reply's tool calls as JSON), the conversation marked active."""
    async with database.session() as session:
        session.add(User(id="owner"))
        await session.commit()
        conversation_id, _ = await store.create_with_message(
            session=session, user_id="owner", title="t", content="add milk"
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
