"""Joining and resuming a reply: event ids, GET .../stream, and the Redis copy of a turn."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest
from agents.testing import ModelStep, ScriptedModel, assistant_message, function_call
from fastapi import FastAPI
from redis.asyncio import Redis

from tests.chat.conftest import sse_events
from tests.conftest import REDIS_URL
from tests.support.accounts import Account
from todochat.chat.streams import EventId, StreamHub, TurnLog


def sse_ids(response: httpx2.Response) -> list[str]:
    return [line[4:] for line in response.text.splitlines() if line.startswith("id: ")]


class Gate:
    """A model step that waits until the test opens it, so a turn stays in flight."""

    def __init__(self, reply: str) -> None:
        self.reached, self.opened, self.reply = asyncio.Event(), asyncio.Event(), reply

    async def __call__(self, _call: object) -> list[object]:
        self.reached.set()
        await self.opened.wait()
        return [assistant_message(self.reply)]


async def chat(client: httpx2.AsyncClient, user: Account, message: str, **body: Any) -> Any:
    return await client.post(
        user.path("/chat"), json={"message": message, **body}, headers=user.headers
    )


async def join(
    client: httpx2.AsyncClient, user: Account, conversation_id: int, last_event_id: str = ""
) -> httpx2.Response:
    headers = {**user.headers, **({"Last-Event-ID": last_event_id} if last_event_id else {})}
    return await client.get(user.path(f"/conversations/{conversation_id}/stream"), headers=headers)


async def first_conversation(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> int:
    scripted.extend([[assistant_message("hello")]])
    return int(sse_events(await chat(client, alice, "hi"))[-1]["conversation_id"])


async def test_every_event_of_a_turn_has_an_id_and_the_conversation_is_in_a_header(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend(
        [
            [function_call("add_task", {"title": "Milk"}, call_id="call_Milk")],
            [assistant_message("Added.")],
        ]
    )
    response = await chat(client, alice, "add milk")
    events, ids = sse_events(response), sse_ids(response)
    assert len(ids) == len(events) == 4
    turn = ids[0].split(".")[0]
    assert ids == [f"{turn}.{number}" for number in range(1, 5)]
    assert response.headers["x-conversation-id"] == str(events[-1]["conversation_id"])


async def test_joining_when_nothing_is_in_flight_answers_done_at_once(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    conversation_id = await first_conversation(client, alice, scripted)
    response = await join(client, alice, conversation_id)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert sse_events(response) == [{"done": True, "conversation_id": conversation_id}]


async def test_a_second_client_joins_the_turn_in_flight_from_its_start(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    conversation_id = await first_conversation(client, alice, scripted)
    gate = Gate("All done.")
    scripted.extend(
        [
            [function_call("add_task", {"title": "Bread"}, call_id="call_Bread")],
            ModelStep.respond(gate),
        ]
    )
    sent = asyncio.create_task(chat(client, alice, "add bread", conversation_id=conversation_id))
    await asyncio.wait_for(gate.reached.wait(), 10)
    joined = asyncio.create_task(join(client, alice, conversation_id))
    await asyncio.sleep(0.1)
    gate.opened.set()
    original, follower = await sent, await joined
    assert sse_events(follower) == sse_events(original)
    assert sse_ids(follower) == sse_ids(original)
    assert sse_events(follower)[-1]["done"] is True


async def test_a_client_resumes_after_its_last_event_id_with_nothing_missing_or_repeated(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel, app: FastAPI
) -> None:
    conversation_id = await first_conversation(client, alice, scripted)
    gate = Gate("Resumed fine.")
    scripted.extend(
        [
            [function_call("add_task", {"title": "Eggs"}, call_id="call_Eggs")],
            ModelStep.respond(gate),
        ]
    )
    sent = asyncio.create_task(chat(client, alice, "add eggs", conversation_id=conversation_id))
    await asyncio.wait_for(gate.reached.wait(), 10)
    log: TurnLog = app.state.chat.streams._logs[conversation_id]
    seen = f"{log.turn_id}.1"  # the client got the tool call, then lost the connection
    resumed = asyncio.create_task(join(client, alice, conversation_id, seen))
    await asyncio.sleep(0.1)
    gate.opened.set()
    whole, rest = await sent, await resumed
    assert sse_ids(rest) == sse_ids(whole)[1:]
    assert sse_events(rest) == sse_events(whole)[1:]
    # After `done`, the end of a just-finished turn is still there for a late resume.
    late = await join(client, alice, conversation_id, sse_ids(whole)[-2])
    assert sse_events(late) == sse_events(whole)[-1:]
    # A finished turn is not joined from its start.
    assert sse_events(await join(client, alice, conversation_id)) == [
        {"done": True, "conversation_id": conversation_id}
    ]


async def test_join_refuses_what_is_not_the_callers(
    client: httpx2.AsyncClient, alice: Account, bob: Account, scripted: ScriptedModel
) -> None:
    conversation_id = await first_conversation(client, alice, scripted)
    path = alice.path(f"/conversations/{conversation_id}/stream")
    assert (await client.get(path)).status_code == 401
    assert (await client.get(path, headers=bob.headers)).status_code == 403
    assert (await join(client, bob, conversation_id)).status_code == 404
    assert (await join(client, alice, conversation_id + 100)).status_code == 404
    bad_path = await client.get(alice.path("/conversations/zero/stream"), headers=alice.headers)
    assert bad_path.status_code == 422
    for bad in ("nonsense", "abc.def", "a" * 65, "abc.1.2"):
        refused = await join(client, alice, conversation_id, bad)
        assert refused.status_code == 422, bad
        assert "detail" in refused.json()


def test_event_ids_parse_only_in_the_servers_own_form() -> None:
    assert EventId.parse("0af3.12") == EventId("0af3", 12)
    assert str(EventId("0af3", 12)) == "0af3.12"
    for bad in ("", "0af3", "0af3.", ".3", "XYZ.1", "0af3.-1", "0af3.1.1"):
        with pytest.raises(ValueError):
            EventId.parse(bad)


# --- across processes: two hubs on one Redis, as two servers would be ------------------------


async def collect(batches: AsyncIterator[list[tuple[str, dict[str, Any]]]]) -> list[Any]:
    return [pair async for batch in batches for pair in batch]


async def test_another_process_follows_a_turn_through_redis(redis_prefix: str) -> None:
    runner, other = (
        StreamHub(Redis.from_url(REDIS_URL), prefix=redis_prefix),
        StreamHub(Redis.from_url(REDIS_URL), prefix=redis_prefix),
    )
    try:
        log = runner.open(7)
        log.append({"content": "Hel"})
        log.append({"content": "lo"})
        probe = Redis.from_url(REDIS_URL)
        try:  # the copy starts in the background: a join needs the turn's key to find it
            for _ in range(1000):
                if await probe.exists(f"{redis_prefix}conversation:7:turn"):
                    break
                await asyncio.sleep(0.01)
        finally:
            await probe.aclose()
        from_start = asyncio.create_task(collect(other.join(7, None, wait_seconds=10)))
        after_first = asyncio.create_task(
            collect(other.join(7, EventId(log.turn_id, 1), wait_seconds=10))
        )
        await asyncio.sleep(0.2)
        log.append({"done": True, "conversation_id": 7})
        runner.close(log)
        everything = [(log.event_id(n), event) for n, event in enumerate(log.events, start=1)]
        assert await asyncio.wait_for(from_start, 10) == everything
        assert await asyncio.wait_for(after_first, 10) == everything[1:]
        # finished: resumable after an id of that turn, not joinable from the start
        assert await collect(other.join(7, EventId(log.turn_id, 2), wait_seconds=1)) == [
            everything[2]
        ]
        assert await collect(other.join(7, None, wait_seconds=1)) == []
        assert await collect(other.join(8, None, wait_seconds=1)) == []
    finally:
        await runner.stop()
        await other.stop()
    check = Redis.from_url(REDIS_URL)
    try:
        ttl = await check.ttl(f"{redis_prefix}turn:{log.turn_id}")
        assert 0 < ttl <= 60  # a finished turn's copy expires by itself
        stored = await check.xrange(f"{redis_prefix}turn:{log.turn_id}")
        assert [json.loads(fields[b"e"]) for _, fields in stored[:-1]] == log.events
    finally:
        await check.aclose()
