"""Sign-in under abuse: limits per client address, lockout per account, bounded hashing."""

from __future__ import annotations

import asyncio
import uuid

import httpx2
import pytest
from argon2 import PasswordHasher

from tests.conftest import make_settings
from tests.support.apps import app_client
from todochat.accounts import passwords
from todochat.accounts.passwords import PasswordHashing
from todochat.app import create_app
from todochat.core.errors import ServiceUnavailable

PASSWORD = "correct horse"


def new_email() -> str:
    return f"user-{uuid.uuid4().hex[:8]}@example.com"


async def login(client: httpx2.AsyncClient, email: str, password: str) -> httpx2.Response:
    return await client.post("/api/auth/login", json={"email": email, "password": password})


async def register(client: httpx2.AsyncClient, email: str) -> httpx2.Response:
    return await client.post("/api/auth/register", json={"email": email, "password": PASSWORD})


def assert_limited(response: httpx2.Response, words: str, most_seconds: int) -> None:
    assert response.status_code == 429, response.text
    assert words in response.json()["detail"]
    assert 1 <= int(response.headers["Retry-After"]) <= most_seconds


async def test_login_attempts_per_client_address_are_limited(database_url: str) -> None:
    app = create_app(make_settings(database_url, login_rate_limit="3/minute"))
    async with app_client(app.state.settings, app=app) as client:
        address = new_email()
        assert (await register(client, address)).status_code == 201
        codes = [(await login(client, address, "wrong")).status_code for _ in range(2)]
        assert codes == [401, 401]
        assert (await login(client, address, PASSWORD)).status_code == 200
        assert_limited(await login(client, address, PASSWORD), "from this address", 60)
        # Another client address has its own budget.
        transport = httpx2.ASGITransport(app=app, client=("10.0.0.2", 1))
        async with httpx2.AsyncClient(transport=transport, base_url="http://localhost") as other:
            assert (await login(other, address, PASSWORD)).status_code == 200


async def test_failed_logins_lock_the_account_until_the_window_frees(database_url: str) -> None:
    settings = make_settings(database_url, login_failure_limit="3/2 seconds")
    async with app_client(settings) as client:
        victim, bystander = new_email(), new_email()
        for address in (victim, bystander):
            assert (await register(client, address)).status_code == 201
        codes = [(await login(client, victim, f"guess-{n}")).status_code for n in range(3)]
        assert codes == [401, 401, 401]
        # Locked: even the right password waits for the window, so guessing is slow.
        assert_limited(await login(client, victim, PASSWORD), "to this account", 2)
        assert_limited(await login(client, victim.upper(), "guess-4"), "to this account", 2)
        assert (await login(client, bystander, PASSWORD)).status_code == 200
        await asyncio.sleep(2.2)
        answer = await login(client, victim, PASSWORD)
        assert answer.status_code == 200, answer.text


async def test_an_unknown_email_locks_like_a_real_one(database_url: str) -> None:
    settings = make_settings(database_url, login_failure_limit="2/minute")
    async with app_client(settings) as client:
        nobody = new_email()
        codes = [(await login(client, nobody, "guess")).status_code for _ in range(3)]
        assert codes == [401, 401, 429]


async def test_a_successful_login_forgives_earlier_failures(database_url: str) -> None:
    settings = make_settings(database_url, login_failure_limit="3/minute")
    async with app_client(settings) as client:
        address = new_email()
        assert (await register(client, address)).status_code == 201
        for _ in range(2):
            assert (await login(client, address, "wrong")).status_code == 401
        assert (await login(client, address, PASSWORD)).status_code == 200
        for _ in range(2):
            assert (await login(client, address, "wrong")).status_code == 401
        assert (await login(client, address, PASSWORD)).status_code == 200


async def test_a_longer_lockout_follows_repeated_lockouts(database_url: str) -> None:
    settings = make_settings(database_url, login_failure_limit="2/1 second;3/minute")
    async with app_client(settings) as client:
        address = new_email()
        assert (await register(client, address)).status_code == 201
        for _ in range(2):
            assert (await login(client, address, "wrong")).status_code == 401
        assert_limited(await login(client, address, "wrong"), "to this account", 1)
        await asyncio.sleep(1.1)
        assert (await login(client, address, "wrong")).status_code == 401
        # The third failure spent the per-minute budget: now the wait is up to a minute.
        answer = await login(client, address, PASSWORD)
        assert_limited(answer, "to this account", 60)
        assert int(answer.headers["Retry-After"]) > 30


async def test_registrations_per_client_address_are_limited(database_url: str) -> None:
    settings = make_settings(database_url, register_rate_limit="2/hour")
    async with app_client(settings) as client:
        assert (await register(client, new_email())).status_code == 201
        assert (await register(client, new_email())).status_code == 201
        assert_limited(await register(client, new_email()), "registrations", 3600)


async def test_a_taken_email_costs_a_hash_like_a_new_one(
    client: httpx2.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    address = new_email()
    assert (await register(client, address)).status_code == 201
    calls: list[str] = []

    class CountingHasher(PasswordHasher):
        def hash(self, password: str | bytes, *, salt: bytes | None = None) -> str:
            calls.append("hash")
            return super().hash(password, salt=salt)

    hasher = CountingHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", lambda: hasher)
    again = await register(client, address)
    assert again.status_code == 409
    assert calls == ["hash"]


async def test_hashing_runs_a_few_at_once_and_refuses_past_its_queue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    running = 0
    most = 0

    class SlowHasher:
        def hash(self, password: str) -> str:
            nonlocal running, most
            running += 1
            most = max(most, running)
            import time

            time.sleep(0.05)
            running -= 1
            return "h"

    monkeypatch.setattr(passwords, "_hasher", lambda: SlowHasher())
    hashing = PasswordHashing(concurrency=2, queue=3)
    results = await asyncio.gather(*(hashing.hash("pw") for _ in range(8)), return_exceptions=True)
    refused = [r for r in results if isinstance(r, ServiceUnavailable)]
    assert [r for r in results if r == "h"] == ["h"] * 5
    assert len(refused) == 3
    assert refused[0].status_code == 503
    assert refused[0].retry_after
    assert most == 2
    assert await hashing.hash("pw") == "h"  # the queue drained


async def test_registering_a_taken_email_again_and_again_locks_like_failed_logins(
    database_url: str,
) -> None:
    settings = make_settings(database_url, login_failure_limit="2/minute")
    async with app_client(settings) as client:
        address = new_email()
        assert (await register(client, address)).status_code == 201
        assert (await register(client, address)).status_code == 409
        assert (await register(client, address.upper())).status_code == 409
        assert_limited(await register(client, address), "for this e-mail", 60)
        assert_limited(await login(client, address, PASSWORD), "to this account", 60)
        assert (await register(client, new_email())).status_code == 201


async def test_an_ipv6_client_counts_as_its_64_network(database_url: str) -> None:
    app = create_app(make_settings(database_url, login_rate_limit="2/minute"))
    async with app_client(app.state.settings, app=app):

        async def attempt(host: str) -> int:
            transport = httpx2.ASGITransport(app=app, client=(host, 1))
            async with httpx2.AsyncClient(transport=transport, base_url="http://localhost") as c:
                return (await login(c, "x@example.com", "guess")).status_code

        assert await attempt("2001:db8:1:2::1") == 401
        assert await attempt("2001:db8:1:2:ffff::9") == 401  # same /64
        assert await attempt("2001:db8:1:2::77") == 429
        assert await attempt("2001:db8:1:3::1") == 401  # the next /64
        assert await attempt("::ffff:192.0.2.1") == 401  # an IPv4 address, on its own
