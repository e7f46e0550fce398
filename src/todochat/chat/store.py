"""The conversation store: conversations and their messages, scoped by user."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    Insert,
    Integer,
    Table,
    Update,
    bindparam,
    case,
    insert,
    true,
    update,
)
from sqlalchemy import Select as CoreSelect
from sqlalchemy import delete as sql_delete
from sqlalchemy import select as core_select
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import Select

from todochat.accounts.service import time_zone_query
from todochat.chat.locks import lease_unless_waiting
from todochat.chat.models import (
    AUTO_TITLE_MAX,
    Conversation,
    ConversationList,
    ConversationRead,
    Message,
    MessageList,
    MessageRead,
    Role,
)
from todochat.core.db import Database, is_sqlite, utcnow
from todochat.core.errors import NotFound
from todochat.core.pagination import paginate


def title_from_message(message: str) -> str:
    """A conversation's title: its first message, on one line, at most 60 characters."""
    line = " ".join(message.split())
    if len(line) <= AUTO_TITLE_MAX:
        return line
    return line[: AUTO_TITLE_MAX - 1].rstrip() + "…"


async def get(*, session: AsyncSession, user_id: str, conversation_id: int) -> Conversation:
    """The caller's conversation; `NotFound` for a missing one or someone else's."""
    conversation = await session.get(Conversation, conversation_id)
    if conversation is None or conversation.user_id != user_id:
        raise NotFound(f"Conversation {conversation_id} not found")
    return conversation


async def create(*, session: AsyncSession, user_id: str, title: str) -> Conversation:
    now = utcnow()
    conversation = Conversation(user_id=user_id, title=title, created_at=now, updated_at=now)
    session.add(conversation)
    await session.commit()
    return conversation


async def get_all(
    *, session: AsyncSession, user_id: str, limit: int, offset: int
) -> ConversationList:
    """The caller's conversations, most recently active first."""
    statement = (
        select(Conversation)
        .where(col(Conversation.user_id) == user_id)
        .order_by(col(Conversation.updated_at).desc(), col(Conversation.id).desc())
    )
    rows, total = await paginate(session, statement, limit=limit, offset=offset)
    return ConversationList(
        items=[ConversationRead.model_validate(row) for row in rows],
        total=total,
        limit=limit,
        offset=offset,
    )


async def rename(
    *, session: AsyncSession, user_id: str, conversation_id: int, title: str
) -> Conversation:
    conversation = await get(session=session, user_id=user_id, conversation_id=conversation_id)
    conversation.title = title
    conversation.updated_at = utcnow()
    session.add(conversation)
    await session.commit()
    return conversation


async def delete(*, session: AsyncSession, user_id: str, conversation_id: int) -> None:
    """Delete a conversation with its messages (explicitly, not relying on SQLite's FKs)."""
    await get(session=session, user_id=user_id, conversation_id=conversation_id)
    await session.exec(sql_delete(Message).where(col(Message.conversation_id) == conversation_id))
    await session.exec(sql_delete(Conversation).where(col(Conversation.id) == conversation_id))
    await session.commit()


async def get_messages(
    *, session: AsyncSession, user_id: str, conversation_id: int, limit: int, offset: int
) -> MessageList:
    """One page of a conversation's messages, oldest first."""
    await get(session=session, user_id=user_id, conversation_id=conversation_id)
    statement = (
        select(Message)
        .where(col(Message.conversation_id) == conversation_id)
        .order_by(col(Message.id))
    )
    rows, total = await paginate(session, statement, limit=limit, offset=offset)
    return MessageList(
        items=[MessageRead.model_validate(row) for row in rows],
        total=total,
        limit=limit,
        offset=offset,
    )


class StoredMessage(NamedTuple):
    """A message as a turn's history replays it: only the columns that needs, read as plain
    rows (building ORM objects for 50 messages cost more than the query)."""

    id: int
    role: str
    content: str
    tool_calls: list[dict[str, Any]] | None


@cache
def recent_messages_query() -> Select[int | None, str, str, list[dict[str, Any]] | None]:
    """The query behind `recent_messages`: the last `limit` messages of `conversation`,
    newest first (the benchmark EXPLAINs it on both databases). Built once, its values
    sent as parameters."""
    return (
        select(col(Message.id), col(Message.role), col(Message.content), col(Message.tool_calls))
        .where(col(Message.conversation_id) == bindparam("conversation"))
        .order_by(col(Message.id).desc())
        .limit(bindparam("limit", type_=Integer))
    )


async def recent_messages(
    *, session: AsyncSession, conversation_id: int, limit: int
) -> list[StoredMessage]:
    """The last `limit` messages, oldest first (served by the (conversation_id, id) index)."""
    params = {"conversation": conversation_id, "limit": limit}
    rows = (await session.exec(recent_messages_query(), params=params)).all()
    return [StoredMessage(*row) for row in reversed(rows)]


async def add_message_after_history(
    *,
    session: AsyncSession,
    conversation_id: int,
    user_id: str,
    content: str,
    limit: int,
) -> list[StoredMessage]:
    """`recent_messages` (the history before it), then `add_message` of the user's message
    (`touch=False`), in `session`'s transaction, which this commits. One statement on
    PostgreSQL (the INSERT as a data-modifying WITH, which the SELECT of the same statement
    does not see): one round trip fewer a turn; two on SQLite."""
    if is_sqlite(session):
        history = await recent_messages(
            session=session, conversation_id=conversation_id, limit=limit
        )
        await add_message(
            session=session,
            conversation_id=conversation_id,
            user_id=user_id,
            role=Role.user,
            content=content,
            touch=False,
        )
        return history
    params = _message_values(
        conversation_id=conversation_id,
        user_id=user_id,
        role=Role.user,
        content=content,
        now=utcnow(),
    )
    params["limit"] = limit
    rows = (await session.exec(_history_with_new_message(), params=params)).all()
    await session.commit()
    return [StoredMessage(*row) for row in reversed(rows)]


async def add_message_taking_lease(
    *,
    database: Database,
    conversation_id: int,
    user_id: str,
    content: str,
    limit: int,
    lease: tuple[str, datetime],
    now: datetime,
) -> tuple[str | None, list[StoredMessage]] | None:
    """PostgreSQL: a new turn's first work in an existing conversation as one statement in
    autocommit: its lease taken (`lease`: the token and until when), the conversation
    marked active, the user's message stored and the history before it read, with the
    user's time-zone name. The lease and the message are one statement, so they commit
    together or not at all. None, nothing written, when the conversation is busy, waits
    for an approval or is not the user's (`ChatService` then takes the transaction path,
    which tells which)."""
    params = _message_values(
        conversation_id=conversation_id, user_id=user_id, role=Role.user, content=content, now=now
    )
    params.update(caller=user_id, token=lease[0], expires=lease[1], limit=limit)
    async with database.one_statement() as connection:
        rows = (await connection.execute(_message_taking_lease(), params)).all()
    if not rows:
        return None
    history = [StoredMessage(*row[1:]) for row in reversed(rows) if row[1] is not None]
    return rows[0][0], history


@cache
def _message_taking_lease() -> CoreSelect[Any]:
    """The statement of `add_message_taking_lease`: the lease UPDATE, the message's INSERT
    from its RETURNING, and the history (which the INSERT of the same statement does not
    change) joined to the lease's row, newest first: no row when no lease was taken."""
    lease = lease_unless_waiting().cte("lease")
    columns = _message_columns()
    columns["conversation_id"] = lease.c.id
    message = insert(_tables()[1]).from_select(list(columns), select(*columns.values()))
    history = recent_messages_query().subquery("history")
    return (
        core_select(
            lease.c.time_zone,
            history.c.id,
            history.c.role,
            history.c.content,
            history.c.tool_calls,
        )
        .select_from(lease.outerjoin(history, true()))
        .order_by(history.c.id.desc())
        .add_cte(message.cte("new_message"))
    )


def _tables() -> tuple[Table, Table]:
    """The tables behind the models, for statements that skip the ORM."""
    conversations = Conversation.__table__  # type: ignore[attr-defined]
    messages = Message.__table__  # type: ignore[attr-defined]
    return cast(Table, conversations), cast(Table, messages)


def _message_values(
    *,
    conversation_id: int,
    user_id: str,
    role: Role,
    content: str,
    now: datetime,
    tool_calls: list[dict[str, Any]] | None = None,
    client_message_id: str | None = None,
) -> dict[str, Any]:
    """The parameters of `_insert_message`."""
    return {
        "conversation": conversation_id,
        "user": user_id,
        "role": role.value,
        "content": content,
        "tool_calls": tool_calls or None,
        "now": now,
        "client_message_id": client_message_id,
    }


async def add_message(
    *,
    session: AsyncSession,
    conversation_id: int,
    user_id: str,
    role: Role,
    content: str,
    tool_calls: list[dict[str, Any]] | None = None,
    client_message_id: str | None = None,
    release_lease: str | None = None,
    touch: bool = True,
) -> int:
    """Store one message and mark the conversation as just active, in `session`'s
    transaction, which this commits; the new message's id.

    Plain SQL statements rather than the ORM's unit of work: every turn stores two
    messages, and the ORM's flush bookkeeping cost more than the statements themselves.
    `release_lease`: the turn's lease token (chat/locks.py), given back by the same
    statement that marks the conversation active (if the lease is still that one), so a
    reply and the end of its turn are one transaction, not two. `touch=False`: the
    statement that took the turn's lease marked the conversation active already. No
    `Message` object is built: a table model's constructor (about 70 µs) cost more than
    the INSERT's parameters, and no caller reads it back. A reply with nothing else to
    commit is stored by `add_reply`, with fewer round trips.
    """
    now = utcnow()
    values = _message_values(
        conversation_id=conversation_id,
        user_id=user_id,
        role=role,
        content=content,
        now=now,
        tool_calls=tool_calls,
        client_message_id=client_message_id,
    )
    result = await session.exec(_insert_message(), params=values)
    if release_lease is not None:
        touched = {"conversation": conversation_id, "now": now, "lease": release_lease}
        await session.exec(_touch_conversation(release_lease=True), params=touched)
    elif touch:
        touched = {"conversation": conversation_id, "now": now}
        await session.exec(_touch_conversation(release_lease=False), params=touched)
    await session.commit()
    return _inserted_id(result)


async def add_reply(
    *,
    database: Database,
    conversation_id: int,
    user_id: str,
    content: str,
    tool_calls: list[dict[str, Any]] | None,
    release_lease: str | None,
) -> None:
    """Store a turn's reply, mark the conversation active and give back the turn's lease
    (`release_lease`, if it is still that one): what `add_message` does, as one statement
    on PostgreSQL (in autocommit: one round trip, where a transaction of two statements
    took four) and one transaction on SQLite. Tried again on a fresh connection if the
    connection is lost meanwhile: the tools' changes are committed already, and one
    dropped connection must not lose the reply that reports them."""
    now = utcnow()
    params = _message_values(
        conversation_id=conversation_id,
        user_id=user_id,
        role=Role.assistant,
        content=content,
        now=now,
        tool_calls=tool_calls,
    )
    params["lease"] = release_lease

    async def attempt() -> None:
        if database.is_sqlite:
            async with database.transaction() as connection:
                await connection.execute(_insert_message(), params)
                await connection.execute(_touch_conversation(release_lease=True), params)
        else:
            async with database.one_statement() as connection:
                await connection.execute(_reply_with_touch(), params)

    await database.twice_if_lost(attempt)


async def create_with_message(
    *,
    database: Database,
    user_id: str,
    title: str,
    content: str,
    client_message_id: str | None = None,
    turn_lease: tuple[str, datetime] | None = None,
) -> tuple[int, str | None]:
    """A new conversation holding the user's first message, committed together: its id,
    and the user's time-zone name, read by the statement that creates it.

    `turn_lease` (token, expiry) is taken in the same statement, so the first turn holds
    its conversation from the start. One statement on PostgreSQL (in autocommit: one
    round trip where a transaction of two statements took four), one transaction on
    SQLite. `IntegrityError` for a `client_message_id` the user has used (nothing stored).
    """
    now = utcnow()
    lease_token, lease_expires_at = turn_lease if turn_lease else (None, None)
    params = _message_values(
        conversation_id=0,  # the new conversation's, once there is one
        user_id=user_id,
        role=Role.user,
        content=content,
        now=now,
        client_message_id=client_message_id,
    )
    params.update(title=title, token=lease_token, expires=lease_expires_at, caller=user_id)
    if database.is_sqlite:
        async with database.transaction() as connection:
            row = (await connection.execute(_create_conversation(), params)).one()
            params["conversation"] = row.id
            await connection.execute(_insert_message(), params)
    else:
        async with database.one_statement() as connection:
            row = (await connection.execute(_create_conversation_with_message(), params)).one()
    return int(row.id), row.time_zone


# The statements every turn makes, built once with their values as parameters: building
# a statement's values on each call cost more than running it. On PostgreSQL a write to
# two tables is one statement: the first table's INSERT as a data-modifying WITH.


def _message_columns() -> dict[str, Any]:
    """A message's columns as the parameters `_message_values` names."""
    messages = _tables()[1]
    return {
        name: bindparam(parameter, type_=messages.c[name].type)
        for name, parameter in (
            ("conversation_id", "conversation"),
            ("user_id", "user"),
            ("role", "role"),
            ("content", "content"),
            ("tool_calls", "tool_calls"),
            ("created_at", "now"),
            ("client_message_id", "client_message_id"),
        )
    }


@cache
def _insert_message() -> Insert:
    return insert(_tables()[1]).values(_message_columns())


@cache
def _touch_conversation(*, release_lease: bool) -> Update:
    """Mark a conversation active; with `release_lease`, also give back the lease named
    `lease` if it is still the one held (read before the row changes)."""
    conversations = _tables()[0]
    touched: dict[str, Any] = {"updated_at": bindparam("now")}
    if release_lease:
        ours = conversations.c.turn_lease == bindparam("lease")
        touched["turn_lease"] = case((ours, None), else_=conversations.c.turn_lease)
        touched["turn_lease_expires_at"] = case(
            (ours, None), else_=conversations.c.turn_lease_expires_at
        )
    return (
        update(conversations)
        .where(conversations.c.id == bindparam("conversation"))
        .values(**touched)
    )


@cache
def _reply_with_touch() -> Update:
    """PostgreSQL: `_insert_message` and `_touch_conversation(release_lease=True)` as
    one statement."""
    return _touch_conversation(release_lease=True).add_cte(_insert_message().cte("reply"))


@cache
def _history_with_new_message() -> Select[int | None, str, str, list[dict[str, Any]] | None]:
    """PostgreSQL: `recent_messages_query` and `_insert_message` as one statement."""
    return recent_messages_query().add_cte(_insert_message().cte("new_message"))


@cache
def _create_conversation() -> Insert:
    """A new conversation, answering its id and its owner's time-zone name."""
    conversations = _tables()[0]
    created: dict[str, Any] = {
        "user_id": bindparam("user"),
        "title": bindparam("title"),
        "created_at": bindparam("now"),
        "updated_at": bindparam("now"),
        "turn_lease": bindparam("token"),
        "turn_lease_expires_at": bindparam("expires"),
    }
    return (
        insert(conversations)
        .values(created)
        .returning(conversations.c.id, time_zone_query().label("time_zone"))
    )


@cache
def _create_conversation_with_message() -> Select[int, str | None]:
    """PostgreSQL: `_create_conversation` and the first message's `_insert_message` as
    one statement."""
    created = _create_conversation().cte("created")
    columns = _message_columns()
    columns["conversation_id"] = created.c.id
    messages = _tables()[1]
    first = insert(messages).from_select(list(columns), select(*columns.values()))
    return select(created.c.id, created.c.time_zone).add_cte(first.cte("first_message"))


async def find_client_message(
    *, session: AsyncSession, user_id: str, client_message_id: str
) -> Message | None:
    """The user's message sent with this client id, if one was stored."""
    query = select(Message).where(
        col(Message.user_id) == user_id, col(Message.client_message_id) == client_message_id
    )
    return (await session.exec(query)).first()


async def message_after(
    *, session: AsyncSession, conversation_id: int, message_id: int
) -> Message | None:
    """The message that follows `message_id` in its conversation (its reply), if any."""
    query = (
        select(Message)
        .where(col(Message.conversation_id) == conversation_id, col(Message.id) > message_id)
        .order_by(col(Message.id))
        .limit(1)
    )
    return (await session.exec(query)).first()


def _inserted_id(result: Any) -> int:
    return int(result.inserted_primary_key[0])
