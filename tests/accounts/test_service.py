"""The account service: built-in accounts and provisioning of token subjects."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import httpx2
import jwt
import pytest
from sqlmodel import func, select

from tests.conftest import TEST_SECRET
from todochat.accounts import service
from todochat.accounts.models import RegisterRequest, User
from todochat.accounts.passwords import PasswordHashing
from todochat.core.db import Database
from todochat.core.errors import Conflict, Unauthorized


async def users(database: Database) -> list[User]:
    async with database.session() as session:
        return list((await session.exec(select(User).order_by(User.id))).all())


async def provision(database: Database, user_id: str, email: str | None = None) -> None:
    async with database.session() as session:
        await service.provision(session=session, user_id=user_id, email=email, name="N")


async def test_provision_creates_the_user_once(database: Database) -> None:
    await provision(database, "ba-1", "BA@example.com")
    await provision(database, "ba-1", "changed@example.com")
    rows = await users(database)
    assert [(user.id, user.email, user.password_hash) for user in rows] == [
        ("ba-1", "ba@example.com", None)
    ]


async def test_provision_keeps_only_the_id_when_the_email_belongs_to_another_account(
    database: Database,
) -> None:
    async with database.session() as session:
        await service.register(
            hashing=PasswordHashing(),
            session=session,
            account_in=RegisterRequest(email="taken@example.com", password="password123"),
        )
    await provision(database, "ba-1", "taken@example.com")
    provisioned = [user for user in await users(database) if user.id == "ba-1"]
    assert len(provisioned) == 1
    assert provisioned[0].email is None


async def test_concurrent_provisioning_of_one_subject_makes_one_row(database: Database) -> None:
    await asyncio.gather(*(provision(database, "ba-1", "ba@example.com") for _ in range(8)))
    assert [user.id for user in await users(database)] == ["ba-1"]


async def test_concurrent_provisioning_of_two_subjects_sharing_an_email_keeps_both(
    database: Database,
) -> None:
    """One gets the address; the other still gets a row, so its tasks can reference it."""
    await asyncio.gather(
        *(provision(database, f"ba-{number}", "shared@example.com") for number in range(4))
    )
    rows = await users(database)
    assert [user.id for user in rows] == ["ba-0", "ba-1", "ba-2", "ba-3"]
    assert sum(user.email == "shared@example.com" for user in rows) == 1


async def test_concurrent_first_requests_of_a_new_subject_all_succeed(
    client: httpx2.AsyncClient, database: Database
) -> None:
    now = datetime.now(UTC)
    token = jwt.encode({"sub": "newcomer", "exp": now + timedelta(minutes=5)}, TEST_SECRET)
    headers = {"Authorization": f"Bearer {token}"}
    responses = await asyncio.gather(
        *(
            client.post("/api/newcomer/tasks", json={"title": f"t{n}"}, headers=headers)
            for n in range(10)
        )
    )
    assert [response.status_code for response in responses] == [201] * 10
    async with database.session() as session:
        count = (await session.exec(select(func.count()).select_from(User))).one()
    assert count == 1


async def test_register_refuses_a_taken_email(database: Database) -> None:
    account = RegisterRequest(email="me@example.com", password="password123")
    async with database.session() as session:
        await service.register(hashing=PasswordHashing(), session=session, account_in=account)
    async with database.session() as session:
        with pytest.raises(Conflict):
            await service.register(
                hashing=PasswordHashing(),
                session=session,
                account_in=RegisterRequest(email="ME@example.com", password="password456"),
            )


async def test_concurrent_registrations_of_one_email_make_one_account(database: Database) -> None:
    async def attempt() -> str:
        async with database.session() as session:
            try:
                await service.register(
                    hashing=PasswordHashing(),
                    session=session,
                    account_in=RegisterRequest(email="race@example.com", password="password123"),
                )
            except Conflict:
                return "conflict"
            return "created"

    outcomes = await asyncio.gather(*(attempt() for _ in range(4)))
    assert sorted(outcomes) == ["conflict", "conflict", "conflict", "created"]


async def test_authenticate_checks_the_password(database: Database) -> None:
    async with database.session() as session:
        created = await service.register(
            hashing=PasswordHashing(),
            session=session,
            account_in=RegisterRequest(email="me@example.com", password="password123"),
        )
    async with database.session() as session:
        found = await service.authenticate(
            hashing=PasswordHashing(),
            session=session,
            email=" Me@Example.com ",
            password="password123",
        )
        assert found.id == created.id
        with pytest.raises(Unauthorized):
            await service.authenticate(
                hashing=PasswordHashing(), session=session, email="me@example.com", password="nope"
            )
        with pytest.raises(Unauthorized):
            await service.authenticate(
                hashing=PasswordHashing(),
                session=session,
                email="nobody@example.com",
                password="password123",
            )
