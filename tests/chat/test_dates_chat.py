"""Dates in chat: the prompt carries the user's date, time and zone; tools read the words."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import httpx2
from agents.testing import ScriptedModel, assistant_message, function_call

from tests.support.accounts import Account

WORDS = {
    "title": "Pay rent",
    "due": "2027-01-01",
    "repeat": "every month on the 1st",
    "priority": "high",
    "tags": ["home"],
}


async def test_the_prompt_gives_the_users_date_time_and_zone(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    patched = await client.patch(
        "/api/auth/me", json={"time_zone": "Asia/Kolkata"}, headers=alice.headers
    )
    assert patched.status_code == 200
    scripted.extend([[assistant_message("Hi!")]])
    before = datetime.now(ZoneInfo("Asia/Kolkata"))
    await client.post(alice.path("/chat"), json={"message": "hi"}, headers=alice.headers)
    instructions = scripted.calls[0].system_instructions or ""
    assert f"{before:%A, %d %B %Y}" in instructions
    assert "Asia/Kolkata (UTC+05:30)" in instructions
    assert "every month on the 1st" in instructions  # how to pass repeats


async def test_chat_rest_and_the_same_words_make_the_same_task(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend(
        [
            [function_call("add_task", WORDS, call_id="call_rent")],
            [assistant_message("Added.")],
        ]
    )
    response = await client.post(
        alice.path("/chat"),
        json={"message": "pay rent every month on the 1st, high priority, tag home"},
        headers={**alice.headers, "Accept": "application/json"},
    )
    result = response.json()["tool_calls"][0]["result"]
    assert (result["due"], result["repeat"]) == ("Fri 1 Jan 2027", "every month on the 1st")
    made = await client.post(alice.path("/tasks"), json=WORDS, headers=alice.headers)
    assert made.status_code == 201
    tasks = (await client.get(alice.path("/tasks"), headers=alice.headers)).json()["items"]
    ignored = {"id", "created_at", "updated_at"}
    by_chat, by_rest = ({k: v for k, v in task.items() if k not in ignored} for task in tasks)
    assert by_chat == by_rest
    assert by_chat["repeat"] == "FREQ=MONTHLY;BYMONTHDAY=1"
