"""Chat under abuse: messages per user, and a daily cap on the model tokens a user spends."""

from __future__ import annotations

import httpx2

from tests.chat.conftest import sse_events
from tests.conftest import make_settings
from tests.support.accounts import Account
from tests.support.apps import app_client
from tests.support.scripted_provider import ScriptedProvider, text, tool_call


async def register(client: httpx2.AsyncClient, name: str) -> Account:
    email = f"{name}@example.com"
    answer = await client.post(
        "/api/auth/register", json={"email": email, "password": "password123"}
    )
    assert answer.status_code == 201, answer.text
    body = answer.json()
    return Account(id=body["user"]["id"], email=email, token=body["token"])


async def chat(client: httpx2.AsyncClient, user: Account, message: str) -> httpx2.Response:
    return await client.post(
        user.path("/chat"), json={"message": message, "stream": False}, headers=user.headers
    )


async def tokens_today(client: httpx2.AsyncClient, user: Account) -> dict[str, object]:
    me = await client.get("/api/auth/me", headers=user.headers)
    assert me.status_code == 200, me.text
    usage: dict[str, object] = me.json()["tokens_today"]
    return usage


async def test_messages_per_user_are_limited(database_url: str) -> None:
    async with app_client(make_settings(database_url, chat_rate_limit="2/minute")) as client:
        alice, bob = await register(client, "alice"), await register(client, "bob")
        assert (await chat(client, alice, "add milk")).status_code == 200
        assert (await chat(client, alice, "what's pending?")).status_code == 200
        refused = await chat(client, alice, "add eggs")
        assert refused.status_code == 429
        assert "Too many messages" in refused.json()["detail"]
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        assert (await chat(client, bob, "add bread")).status_code == 200
        # Nothing of the refused message was kept.
        tasks = (await client.get(alice.path("/tasks"), headers=alice.headers)).json()["items"]
        assert [task["title"].lower() for task in tasks] == ["milk"]


async def test_provider_tokens_are_counted_and_capped_per_day(
    database_url: str, provider: ScriptedProvider
) -> None:
    settings = make_settings(
        database_url,
        agent_base_url=provider.base_url,
        agent_model="scripted-model-1",
        daily_token_limit=60,
    )
    async with app_client(settings) as client:
        alice, bob = await register(client, "alice"), await register(client, "bob")
        before = await tokens_today(client, alice)
        assert (before["used"], before["limit"]) == (0, 60)
        assert str(before["resets_at"]).endswith("T00:00:00Z")
        provider.script(text("Noted."), text("Noted again."))
        answer = await chat(client, alice, "hello there")
        assert answer.status_code == 200, answer.text
        used = (await tokens_today(client, alice))["used"]
        # What the provider reported in its usage figures: prompt + completion tokens.
        assert isinstance(used, int) and used > 0
        assert (await tokens_today(client, bob))["used"] == 0
        while used < 60:
            provider.script(text("x" * 200))
            assert (await chat(client, alice, "more")).status_code == 200
            used = (await tokens_today(client, alice))["used"]
            assert isinstance(used, int)
        calls = len(provider.requests)
        refused = await chat(client, alice, "and more")
        assert refused.status_code == 429
        assert "today's 60 model tokens" in refused.json()["detail"]
        assert 1 <= int(refused.headers["Retry-After"]) <= 86400
        assert len(provider.requests) == calls  # the provider was not asked
        provider.script(text("Hi Bob."))
        assert (await chat(client, bob, "hello")).status_code == 200


async def test_the_offline_model_is_not_counted(database_url: str) -> None:
    async with app_client(make_settings(database_url, daily_token_limit=1)) as client:
        alice = await register(client, "alice")
        for message in ("add milk", "add eggs", "what's pending?"):
            assert (await chat(client, alice, message)).status_code == 200
        assert (await tokens_today(client, alice))["used"] == 0


async def test_a_streamed_refusal_is_json_429_not_a_stream(database_url: str) -> None:
    async with app_client(make_settings(database_url, chat_rate_limit="1/minute")) as client:
        alice = await register(client, "alice")
        first = await client.post(
            alice.path("/chat"), json={"message": "add milk"}, headers=alice.headers
        )
        assert sse_events(first)[-1]["done"] is True
        second = await client.post(
            alice.path("/chat"), json={"message": "add eggs"}, headers=alice.headers
        )
        assert second.status_code == 429
        assert second.headers["content-type"] == "application/json"


async def test_tokens_of_a_turn_that_fails_are_counted_too(
    database_url: str, provider: ScriptedProvider
) -> None:
    settings = make_settings(
        database_url,
        agent_base_url=provider.base_url,
        agent_model="scripted-model-1",
        agent_max_turns=2,
    )
    async with app_client(settings) as client:
        alice = await register(client, "alice")
        provider.script(*(tool_call("list_tasks", {}) for _ in range(4)))
        answer = await chat(client, alice, "loop for ever")
        assert answer.status_code in (200, 503), answer.text
        assert "max_turns" in answer.text or "too many steps" in answer.text
        used = (await tokens_today(client, alice))["used"]
        assert isinstance(used, int) and used > 0
