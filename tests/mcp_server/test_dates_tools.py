"""Due dates, repeats, priorities, tags, filters and pages through the MCP tools."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx2
from mcp_types import CallToolResult, TextContent

from tests.mcp_server.conftest import InMemoryTools, as_user, tasks_of
from todochat.accounts import service as accounts
from todochat.accounts.models import UserUpdate
from todochat.core.db import Database
from todochat.mcp_server.identity import identity_meta


async def call(mcp: InMemoryTools, user_id: str, tool: str, **arguments: Any) -> dict[str, Any]:
    result = await mcp.call_tool(tool, arguments, meta=as_user(user_id))
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return dict(result.structured_content)


def texts(result: CallToolResult) -> list[str]:
    return [block.text for block in result.content if isinstance(block, TextContent)]


async def in_zone(database: Database, user_id: str, zone: str) -> None:
    async with database.session() as session:
        await accounts.update(session=session, user_id=user_id, user_in=UserUpdate(time_zone=zone))


async def test_add_task_reads_due_repeat_priority_and_tags(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    result = await call(
        mcp,
        alice_id,
        "add_task",
        title="Pay rent",
        due="2027-01-01",
        repeat="every month on the 1st",
        priority="high",
        tags=["#Home", "bills"],
    )
    assert result == {
        "task_id": result["task_id"],
        "status": "created",
        "title": "Pay rent",
        "due": "Fri 1 Jan 2027",
        "repeat": "every month on the 1st",
    }
    (task,) = await tasks_of(database, alice_id)
    assert (task.priority, task.repeat, task.tags) == (
        "high",
        "FREQ=MONTHLY;BYMONTHDAY=1",
        ["bills", "home"],
    )


async def test_a_chat_turns_time_zone_comes_with_its_identity(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    """A chat turn has read the user's zone as it started and sends it with the call, so
    the tool reads no user row; without it the zone is the user's row's."""
    await in_zone(database, alice_id, "Asia/Karachi")
    turn = identity_meta(alice_id, time_zone="America/New_York")
    await mcp.call_tool("add_task", {"title": "Sent", "due": "2027-01-01 17:00"}, meta=turn)
    await call(mcp, alice_id, "add_task", title="Read", due="2027-01-01 17:00")
    due = {task.title: task.due_date for task in await tasks_of(database, alice_id)}
    assert due == {
        "Sent": datetime(2027, 1, 1, 22, tzinfo=ZoneInfo("UTC")),
        "Read": datetime(2027, 1, 1, 12, tzinfo=ZoneInfo("UTC")),
    }


async def test_complete_task_rolls_a_repeating_task_forward(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    added = await call(
        mcp, alice_id, "add_task", title="Water plants", due="2027-01-04", repeat="every weekday"
    )
    task_id = added["task_id"]
    done = await call(mcp, alice_id, "complete_task", task_id=task_id)
    assert done == {
        "task_id": task_id,
        "status": "completed",
        "title": "Water plants",
        "next_due": "Tue 5 Jan 2027",
    }
    (task,) = await tasks_of(database, alice_id)
    assert task.completed is False
    finished = await call(mcp, alice_id, "complete_task", task_id=task_id, for_good=True)
    assert finished == {"task_id": task_id, "status": "completed", "title": "Water plants"}
    (task,) = await tasks_of(database, alice_id)
    assert (task.completed, task.repeat) == (True, None)


async def test_update_task_moves_prioritises_and_tags(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    added = await call(mcp, alice_id, "add_task", title="Dentist", tags=["health"])
    task_id = added["task_id"]
    moved = await call(mcp, alice_id, "update_task", task_id=task_id, due="2027-03-05 at 3pm")
    assert moved["due"] == "Fri 5 Mar 2027, 15:00"
    await call(
        mcp, alice_id, "update_task", task_id=task_id, priority="high", tags=["health", "me"]
    )
    (task,) = await tasks_of(database, alice_id)
    assert (task.priority, task.tags, task.due_text) == ("high", ["health", "me"], moved["due"])
    await call(mcp, alice_id, "update_task", task_id=task_id, due="", tags=[], priority="none")
    (task,) = await tasks_of(database, alice_id)
    assert (task.priority, task.tags, task.due_date) == ("none", [], None)


async def test_list_tasks_filters_in_the_users_time_zone(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    await in_zone(database, alice_id, "Pacific/Auckland")
    today = datetime.now(ZoneInfo("Pacific/Auckland")).date()
    yesterday = (today - timedelta(days=1)).isoformat()
    await call(mcp, alice_id, "add_task", title="Late", due=yesterday, tags=["work"])
    await call(mcp, alice_id, "add_task", title="Now", due="today", priority="high")
    await call(mcp, alice_id, "add_task", title="Soon", due="in 3 days", tags=["work"])
    await call(mcp, alice_id, "add_task", title="Whenever", priority="low")

    async def listed(**filters: Any) -> list[str]:
        return [
            task["title"] for task in (await call(mcp, alice_id, "list_tasks", **filters))["result"]
        ]

    assert await listed(due="today") == ["Now"]
    assert await listed(due="overdue") == ["Late"]
    assert await listed(due="week") == ["Now", "Soon"]
    assert await listed(due="none") == ["Whenever"]
    assert await listed(tag="Work") == ["Late", "Soon"]
    assert await listed(priority="high") == ["Now"]
    assert await listed(sort="priority") == ["Now", "Whenever", "Late", "Soon"]
    assert await listed(sort="due", status="pending") == ["Late", "Now", "Soon", "Whenever"]


async def test_list_tasks_due_on_one_day_in_the_users_words_and_zone(
    mcp: InMemoryTools, database: Database, alice_id: str, bob_id: str
) -> None:
    await in_zone(database, alice_id, "Pacific/Auckland")
    today = datetime.now(ZoneInfo("Pacific/Auckland")).date()
    day = today + timedelta(days=3)
    weekday = day.strftime("%A").lower()  # "friday": the next one after today
    await call(mcp, alice_id, "add_task", title="Before", due=(day - timedelta(1)).isoformat())
    await call(mcp, alice_id, "add_task", title="All day", due=weekday)
    await call(mcp, alice_id, "add_task", title="Late", due=f"{day.isoformat()} 23:45")
    await call(mcp, alice_id, "add_task", title="Done", due=day.isoformat())
    await call(mcp, alice_id, "add_task", title="Whenever")
    await call(mcp, bob_id, "add_task", title="Bob's", due=day.isoformat())
    done = [t.id for t in await tasks_of(database, alice_id) if t.title == "Done"]
    await call(mcp, alice_id, "complete_task", task_id=done[0])

    async def listed(**filters: Any) -> list[str]:
        return [
            task["title"] for task in (await call(mcp, alice_id, "list_tasks", **filters))["result"]
        ]

    assert await listed(due_on=weekday) == ["All day", "Late", "Done"]
    assert await listed(due_on="in 3 days", status="pending") == ["All day", "Late"]
    assert await listed(due_on=day.isoformat(), status="completed") == ["Done"]
    assert await listed(due_on=weekday, due="today") == []
    assert await listed(due_on="") == ["Before", "All day", "Late", "Done", "Whenever"]
    first = await mcp.call_tool(
        "list_tasks", {"due_on": weekday, "limit": 2}, meta=as_user(alice_id)
    )
    assert first.structured_content is not None
    cursor = first.structured_content["next_cursor"]
    rest = await call(mcp, alice_id, "list_tasks", due_on=weekday, limit=2, cursor=cursor)
    assert [task["title"] for task in rest["result"]] == ["Done"]


async def test_list_tasks_due_on_words_that_name_no_day_are_a_tool_error(
    mcp: InMemoryTools, alice_id: str
) -> None:
    async def refused(due_on: Any) -> str:
        result = await mcp.call_tool("list_tasks", {"due_on": due_on}, meta=as_user(alice_id))
        assert result.is_error
        (text,) = texts(result)
        assert "Traceback" not in text
        return text

    assert (await refused("someday")).startswith(
        "Invalid arguments for list_tasks: due_on: could not read 'someday' as a date"
    )
    assert (await refused("someday")).endswith("Fix them and call again.")
    assert "due_on: there is no 30 February" in await refused("feb 30")
    assert "due_on: must be at most 100 characters" in await refused("d" * 101)
    assert "due_on" in await refused(5)


async def test_list_tasks_pages_with_a_next_cursor(
    mcp: InMemoryTools, alice_id: str, bob_id: str
) -> None:
    for number in range(5):
        await call(mcp, alice_id, "add_task", title=f"Task {number}")
    await call(mcp, bob_id, "add_task", title="Bob's")
    first = await mcp.call_tool("list_tasks", {"limit": 2}, meta=as_user(alice_id))
    page = dict(first.structured_content or {})
    assert [task["title"] for task in page["result"]] == ["Task 0", "Task 1"]
    assert page["next_cursor"]
    shown, more = texts(first)
    assert [task["title"] for task in json.loads(shown)] == ["Task 0", "Task 1"]
    assert page["next_cursor"] in more
    seen = [task["title"] for task in page["result"]]
    while "next_cursor" in page:
        page = await call(mcp, alice_id, "list_tasks", limit=2, cursor=page["next_cursor"])
        seen += [task["title"] for task in page["result"]]
    assert seen == [f"Task {number}" for number in range(5)]
    last = await mcp.call_tool("list_tasks", {"limit": 5}, meta=as_user(alice_id))
    assert len(texts(last)) == 1 and "next_cursor" not in (last.structured_content or {})


async def test_rest_and_mcp_make_the_same_task_from_the_same_words(
    mcp: InMemoryTools, database: Database, client: httpx2.AsyncClient
) -> None:
    registered = await client.post(
        "/api/auth/register", json={"email": "same@example.com", "password": "correct horse"}
    )
    user_id = registered.json()["user"]["id"]
    headers = {"Authorization": f"Bearer {registered.json()['token']}"}
    await client.patch("/api/auth/me", json={"time_zone": "Asia/Karachi"}, headers=headers)
    words = {
        "title": "Standup",
        "due": "tomorrow 9:30am",
        "repeat": "every weekday",
        "priority": "medium",
        "tags": ["work"],
    }
    rest = await client.post(f"/api/{user_id}/tasks", json=words, headers=headers)
    assert rest.status_code == 201
    await call(mcp, user_id, "add_task", **words)
    first, second = await tasks_of(database, user_id)
    ignored = {"id", "created_at", "updated_at"}
    assert first.model_dump(exclude=ignored) == second.model_dump(exclude=ignored)
    assert first.due_text is not None and first.due_text.endswith("09:30")
