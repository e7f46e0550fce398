"""Accounts: register and authenticate built-in users, provision token users on first use."""

from __future__ import annotations

import uuid
from functools import cache
from zoneinfo import ZoneInfo

from sqlalchemy import ScalarSelect, bindparam
from sqlalchemy.exc import IntegrityError
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.accounts.models import DEFAULT_TIME_ZONE, RegisterRequest, User, UserUpdate
from todochat.accounts.passwords import PasswordHashing
from todochat.core.errors import Conflict, NotFound, Unauthorized

EMAIL_TAKEN = "Email already registered"


async def get(*, session: AsyncSession, user_id: str) -> User | None:
    return await session.get(User, user_id)


async def time_zone_of(*, session: AsyncSession, user_id: str) -> ZoneInfo:
    """The user's time zone (UTC until they set one)."""
    return zone_named(
        (await session.exec(select(User.time_zone).where(User.id == user_id))).first()
    )


@cache
def time_zone_query() -> ScalarSelect[str | None]:
    """The time-zone name of the user in the parameter `caller`, as a scalar subquery for
    a statement that reads it along with its own work (a chat turn's first); `zone_named`
    makes it a zone. Built once: the statements that read it are built once too."""
    return select(User.time_zone).where(User.id == bindparam("caller")).scalar_subquery()


def zone_named(name: str | None) -> ZoneInfo:
    """A stored time-zone name as a zone (UTC until the user sets one)."""
    return ZoneInfo(name or DEFAULT_TIME_ZONE)


async def update(*, session: AsyncSession, user_id: str, user_in: UserUpdate) -> User:
    """Change the caller's name or time zone (only the fields sent)."""
    user = await session.get(User, user_id)
    if user is None:
        raise NotFound("User not found")
    sent = user_in.model_fields_set
    if "name" in sent:
        user.name = user_in.name
    if "time_zone" in sent and user_in.time_zone is not None:
        user.time_zone = user_in.time_zone
    session.add(user)
    await session.commit()
    return user


async def get_by_email(*, session: AsyncSession, email: str) -> User | None:
    result = await session.exec(select(User).where(User.email == email.strip().lower()))
    return result.first()


async def register(
    *, session: AsyncSession, account_in: RegisterRequest, hashing: PasswordHashing
) -> User:
    """Create a built-in account; `Conflict` when the e-mail is taken.

    The password is hashed before the e-mail is looked up, so a taken e-mail answers no
    sooner than a new one (the time of the answer does not tell them apart).
    """
    password_hash = await hashing.hash(account_in.password)
    if await get_by_email(session=session, email=account_in.email) is not None:
        raise Conflict(EMAIL_TAKEN)
    user = User(
        id=uuid.uuid4().hex,
        email=account_in.email,
        name=account_in.name,
        password_hash=password_hash,
    )
    session.add(user)
    try:
        await session.commit()
    except IntegrityError as exc:  # a concurrent registration of the same e-mail
        await session.rollback()
        raise Conflict(EMAIL_TAKEN) from exc
    return user


async def authenticate(
    *, session: AsyncSession, email: str, password: str, hashing: PasswordHashing
) -> User:
    """The account with these credentials; one vague `Unauthorized` for any mismatch."""
    user = await get_by_email(session=session, email=email)
    if not await hashing.verify(user.password_hash if user else None, password) or user is None:
        raise Unauthorized("Incorrect email or password")
    return user


async def provision(
    *, session: AsyncSession, user_id: str, email: str | None = None, name: str | None = None
) -> None:
    """Make sure a row exists for a token's subject (Better Auth owns the user itself)."""
    if await session.get(User, user_id) is not None:
        return
    email = email.strip().lower() if email else None
    if email and await get_by_email(session=session, email=email) is not None:
        email = None  # the address belongs to another account; keep the id only
    session.add(User(id=user_id, email=email, name=name))
    try:
        await session.commit()
    except IntegrityError:
        # Either another request provisioned this subject at the same moment (done), or
        # another account took the e-mail in between: then keep the id without it.
        await session.rollback()
        if email is None or await session.get(User, user_id) is not None:
            return
        session.add(User(id=user_id, email=None, name=name))
        try:
            await session.commit()
        except IntegrityError:  # provisioned concurrently after all
            await session.rollback()
