"""Dates through chat with the offline model, on the real server: the same rows as REST from
the same words, "today" in a zone far from UTC, and date changes undone from chat."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx2

from tests.chat.conftest import sse_events
from tests.chat.test_routes import chat
from tests.support.accounts import Account

IGNORED = {"id", "created_at", "updated_at"}


async def register(client: httpx2.AsyncClient, name: str, zone: str) -> Account:
    email = f"{name}@example.com"
    response = await client.post(
        "/api/auth/register", json={"email": email, "password": "password123", "name": name}
    )
    assert response.status_code == 201
    body = response.json()
    user = Account(id=body["user"]["id"], email=email, token=body["token"])
    zoned = await client.patch("/api/auth/me", json={"time_zone": zone}, headers=user.headers)
    assert zoned.status_code == 200
    return user


def text_of(response: httpx2.Response) -> str:
    """The reply streamed: the `content` chunks of the SSE events."""
    return "".join(str(e["content"]) for e in sse_events(response) if "content" in e)


async def tasks(client: httpx2.AsyncClient, user: Account) -> list[dict[str, Any]]:
    response = await client.get(user.path("/tasks"), headers=user.headers)
    assert response.status_code == 200
    return list(response.json()["items"])


async def test_chat_and_rest_make_the_same_row_from_the_same_words(
    offline_client: httpx2.AsyncClient,
) -> None:
    client = offline_client
    user = await register(client, "dana", "Asia/Karachi")
    said = await chat(client, user, "add pay rent every month on the 1st p1 #home")
    assert said.status_code == 200
    made = await client.post(
        user.path("/tasks"),
        json={
            "title": "Pay rent",
            "repeat": "every month on the 1st",
            "priority": "high",
            "tags": ["home"],
        },
        headers=user.headers,
    )
    assert made.status_code == 201
    by_chat, by_rest = await tasks(client, user)
    assert {k: v for k, v in by_chat.items() if k not in IGNORED} == {
        k: v for k, v in by_rest.items() if k not in IGNORED
    }
    assert (by_chat["repeat"], by_chat["repeat_text"]) == (
        "FREQ=MONTHLY;BYMONTHDAY=1",
        "every month on the 1st",
    )
    today = datetime.now(ZoneInfo("Asia/Karachi")).date()
    assert (
        by_chat["due_date"]
        == (
            today if today.day == 1 else (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        ).isoformat()
    )
    assert "every month on the 1st" in text_of(said)


async def test_whats_due_today_is_the_users_day_far_from_utc(
    offline_client: httpx2.AsyncClient,
) -> None:
    client = offline_client
    now = datetime.now(UTC)
    # at any moment, one of these zones is on another calendar day than UTC
    zone = next(
        name
        for name in ("Pacific/Kiritimati", "Pacific/Pago_Pago")
        if now.astimezone(ZoneInfo(name)).date() != now.date()
    )
    user = await register(client, "erin", zone)
    local_today = now.astimezone(ZoneInfo(zone)).date()
    for title, day in (("Local today", local_today), ("UTC today", now.date())):
        made = await client.post(
            user.path("/tasks"), json={"title": title, "due": day.isoformat()}, headers=user.headers
        )
        assert made.status_code == 201
    answer = await chat(client, user, "what's due today?")
    calls = [e["tool_call"] for e in sse_events(answer) if "tool_call" in e]
    assert [(c["name"], c["arguments"].get("due")) for c in calls] == [("list_tasks", "today")]
    text = text_of(answer)
    assert "Local today" in text and "UTC today" not in text


async def test_whats_due_on_a_weekday_is_the_tools_due_on_in_the_users_zone(
    offline_client: httpx2.AsyncClient,
) -> None:
    """ "what have I got on <day>" reaches list_tasks as due_on, in the user's words; the tool
    reads them in the user's zone (here UTC+14): a task due at 00:30 there is on that day
    though its UTC day is the one before."""
    client = offline_client
    zone = ZoneInfo("Pacific/Kiritimati")
    day = datetime.now(zone).date() + timedelta(days=3)  # the same weekday on either calendar
    user = await register(client, "fern", "Pacific/Kiritimati")
    for title, due in (
        ("All that day", day.isoformat()),
        ("Early that day", f"{day.isoformat()} 00:30"),
        ("The day before", (day - timedelta(days=1)).isoformat()),
    ):
        made = await client.post(
            user.path("/tasks"), json={"title": title, "due": due}, headers=user.headers
        )
        assert made.status_code == 201
    weekday = day.strftime("%A").lower()
    answer = await chat(client, user, f"what have I got on {weekday}")
    calls = [e["tool_call"] for e in sse_events(answer) if "tool_call" in e]
    assert [(c["name"], c["arguments"].get("due_on")) for c in calls] == [("list_tasks", weekday)]
    text = text_of(answer)
    assert "All that day" in text and "Early that day" in text
    assert "The day before" not in text


async def test_a_date_change_and_a_repeating_completion_are_undone_from_chat(
    offline_client: httpx2.AsyncClient,
) -> None:
    client = offline_client
    user = await register(client, "fay", "Europe/Paris")
    await chat(client, user, "remind me to water the plants every saturday")
    (plants,) = await tasks(client, user)
    original = {k: v for k, v in plants.items() if k != "updated_at"}

    moved = await chat(client, user, "move the plants to the 3rd")
    (after_move,) = await tasks(client, user)
    assert after_move["due_date"] != plants["due_date"]
    conversation_id = sse_events(moved)[-1]["conversation_id"]
    await chat(client, user, "undo that", conversation_id=conversation_id)
    (undone,) = await tasks(client, user)
    assert {k: v for k, v in undone.items() if k != "updated_at"} == original

    done = await chat(client, user, "I watered the plants", conversation_id=conversation_id)
    assert any("tool_result" in e for e in sse_events(done))
    (rolled,) = await tasks(client, user)
    assert rolled["completed"] is False  # a repeating task stays pending, a week later
    assert (
        rolled["due_date"]
        == (datetime.fromisoformat(plants["due_date"]) + timedelta(days=7)).date().isoformat()
    )
    log = await client.get(user.path("/activity"), headers=user.headers)
    assert log.json()["items"][0]["action"] == "completed"
    await chat(client, user, "undo that", conversation_id=conversation_id)
    (back,) = await tasks(client, user)
    assert {k: v for k, v in back.items() if k != "updated_at"} == original
