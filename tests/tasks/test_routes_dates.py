"""Due dates in plain words, repeats, priorities and tags through the REST API."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx2
import pytest

from tests.support.accounts import Account
from tests.tasks.test_routes import create, listing


async def titles(client: httpx2.AsyncClient, account: Account, **params: Any) -> list[str]:
    return [task["title"] for task in (await listing(client, account, **params))["items"]]


async def set_zone(client: httpx2.AsyncClient, account: Account, zone: str) -> None:
    response = await client.patch("/api/auth/me", json={"time_zone": zone}, headers=account.headers)
    assert response.status_code == 200, response.text


async def test_due_in_plain_words_answers_the_date_and_its_human_form(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    await set_zone(client, alice, "Asia/Karachi")
    task = await create(client, alice, title="Call mom", due="tomorrow 5pm")
    today = datetime.now(ZoneInfo("Asia/Karachi")).date()
    tomorrow = today + timedelta(days=1)
    assert task["due_date"] == f"{tomorrow.isoformat()}T12:00:00Z"  # 17:00 in Karachi
    year = f" {tomorrow.year}" if tomorrow.year != today.year else ""
    assert task["due_text"] == f"{tomorrow:%a} {tomorrow.day} {tomorrow:%b}{year}, 17:00"
    assert task["overdue"] is False


async def test_due_date_is_still_accepted_under_its_earlier_name(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    task = await create(client, alice, due_date="2027-05-01")
    assert (task["due_date"], task["due_text"]) == ("2027-05-01", "Sat 1 May 2027")
    response = await client.post(
        alice.path("/tasks"),
        json={"title": "x", "due": "today", "due_date": "2027-05-01"},
        headers=alice.headers,
    )
    assert response.status_code == 422


@pytest.mark.parametrize(
    ("field", "words", "named"),
    [
        ("due", "next blursday", "could not read 'next', 'blursday' as a date"),
        ("due", "feb 30", "there is no 30 February"),
        ("due", "5/6", "could be 5 June or May 6"),
        ("repeat", "every blue moon", "could not read 'blue', 'moon' as a repeat"),
        ("repeat", "FREQ=SECONDLY", "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY"),
    ],
)
async def test_words_it_cannot_read_answer_422_naming_them(
    client: httpx2.AsyncClient, alice: Account, field: str, words: str, named: str
) -> None:
    response = await client.post(
        alice.path("/tasks"), json={"title": "x", field: words}, headers=alice.headers
    )
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["body", field]
    assert named in problem["msg"]
    assert await titles(client, alice) == []


@pytest.mark.parametrize(
    "fields",
    [
        {"due": "d" * 101},
        {"repeat": "r" * 201},
        {"tags": "work"},
        {"tags": ["ok", ""]},
        {"tags": ["-dash-first"]},
        {"tags": ["a,b"]},
        {"tags": ["t" * 41]},
        {"tags": [f"t{n}" for n in range(21)]},
        {"tags": None},
        {"priority": "p1"},
    ],
    ids=[
        "due-101",
        "repeat-201",
        "tags-not-a-list",
        "empty-tag",
        "tag-dash-first",
        "tag-comma",
        "tag-41",
        "21-tags",
        "tags-null",
        "unknown-priority",
    ],
)
async def test_invalid_schedule_fields_are_422(
    client: httpx2.AsyncClient, alice: Account, fields: dict[str, Any]
) -> None:
    task = await create(client, alice, title="Keep", tags=["home"])
    created = await client.post(
        alice.path("/tasks"), json={"title": "x", **fields}, headers=alice.headers
    )
    assert created.status_code == 422
    patched = await client.patch(
        alice.path(f"/tasks/{task['id']}"), json=fields, headers=alice.headers
    )
    assert patched.status_code == 422
    fetched = await client.get(alice.path(f"/tasks/{task['id']}"), headers=alice.headers)
    assert fetched.json()["tags"] == ["home"]


@pytest.mark.parametrize(
    "params",
    [
        {"due": "someday"},
        {"priority": "urgent"},
        {"sort": "alphabetical"},
        {"tag": "#"},
        {"tag": "t" * 41},
    ],
    ids=["due", "priority", "sort", "tag-empty", "tag-long"],
)
async def test_invalid_list_filters_are_422(
    client: httpx2.AsyncClient, alice: Account, params: dict[str, str]
) -> None:
    response = await client.get(alice.path("/tasks"), params=params, headers=alice.headers)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], list)


async def test_filters_and_sorting_in_the_users_time_zone(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    await set_zone(client, alice, "Pacific/Auckland")
    today = datetime.now(ZoneInfo("Pacific/Auckland")).date()
    await create(client, alice, title="Yesterday", due=(today - timedelta(days=1)).isoformat())
    await create(client, alice, title="Today", due="today", priority="low", tags=["Work"])
    await create(client, alice, title="Tomorrow", due="tomorrow", priority="high")
    await create(client, alice, title="Someday", tags=["home", "work"])
    assert await titles(client, alice, due="today") == ["Today"]
    assert await titles(client, alice, due="tomorrow") == ["Tomorrow"]
    assert await titles(client, alice, due="week") == ["Today", "Tomorrow"]
    assert await titles(client, alice, due="overdue") == ["Yesterday"]
    assert await titles(client, alice, due="none") == ["Someday"]
    assert await titles(client, alice, tag="#WORK") == ["Today", "Someday"]
    assert await titles(client, alice, priority="high") == ["Tomorrow"]
    assert await titles(client, alice, sort="due") == ["Yesterday", "Today", "Tomorrow", "Someday"]
    assert await titles(client, alice, sort="priority") == [
        "Tomorrow",
        "Today",
        "Yesterday",
        "Someday",
    ]
    assert await titles(client, alice, due="week", status="pending", sort="priority") == [
        "Tomorrow",
        "Today",
    ]


async def test_due_on_lists_one_day_in_the_users_time_zone_and_pages(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    await set_zone(client, alice, "Pacific/Auckland")
    today = datetime.now(ZoneInfo("Pacific/Auckland")).date()
    tomorrow = (today + timedelta(days=1)).isoformat()
    await create(client, alice, title="Today", due="today")
    await create(client, alice, title="Tomorrow", due="tomorrow")
    await create(client, alice, title="Tomorrow late", due=f"{tomorrow} 23:30")
    await create(client, alice, title="Later", due=(today + timedelta(days=2)).isoformat())
    await create(client, alice, title="Someday")
    assert await titles(client, alice, due_on="tomorrow") == ["Tomorrow", "Tomorrow late"]
    assert await titles(client, alice, due_on=tomorrow) == ["Tomorrow", "Tomorrow late"]
    assert await titles(client, alice, due_on="") == [  # blank: no filter
        "Today", "Tomorrow", "Tomorrow late", "Later", "Someday",
    ]  # fmt: skip
    page = await listing(client, alice, due_on="tomorrow", limit=1, offset=1, sort="due")
    assert (page["total"], page["limit"], page["offset"]) == (2, 1, 1)
    assert [task["title"] for task in page["items"]] == ["Tomorrow late"]


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ("someday", "could not read 'someday' as a date"),
        ("feb 30", "there is no 30 February"),
        ("5/6", "'5/6' could be 5 June or May 6"),
    ],
)
async def test_due_on_words_that_name_no_date_are_422_naming_the_parameter(
    client: httpx2.AsyncClient, alice: Account, words: str, message: str
) -> None:
    response = await client.get(
        alice.path("/tasks"), params={"due_on": words}, headers=alice.headers
    )
    assert response.status_code == 422, response.text
    (problem,) = response.json()["detail"]
    assert (problem["type"], problem["loc"]) == ("value_error", ["query", "due_on"])
    assert problem["msg"].startswith(message)


@pytest.mark.parametrize("words", ["d" * 101, "fri\x00day"], ids=["too-long", "nul"])
async def test_due_on_too_long_or_unstorable_is_422(
    client: httpx2.AsyncClient, alice: Account, words: str
) -> None:
    response = await client.get(
        alice.path("/tasks"), params={"due_on": words}, headers=alice.headers
    )
    assert response.status_code == 422, response.text
    assert response.json()["detail"][0]["loc"] == ["query", "due_on"]


async def test_completing_a_repeating_task_rolls_it_forward_until_done_for_good(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    task = await create(client, alice, title="Pay rent", due="2027-01-01", repeat="monthly")
    assert (task["repeat"], task["repeat_text"]) == (
        "FREQ=MONTHLY;BYMONTHDAY=1",
        "every month on the 1st",
    )
    path = alice.path(f"/tasks/{task['id']}/complete")
    rolled = (await client.patch(path, headers=alice.headers)).json()
    assert (rolled["completed"], rolled["due_date"]) == (False, "2027-02-01")
    patched = await client.patch(
        alice.path(f"/tasks/{task['id']}"), json={"completed": True}, headers=alice.headers
    )
    assert (patched.json()["completed"], patched.json()["due_date"]) == (False, "2027-03-01")
    done = (await client.patch(path, params={"for_good": "true"}, headers=alice.headers)).json()
    assert (done["completed"], done["repeat"], done["due_date"]) == (True, None, "2027-03-01")
    bad = await client.patch(path, params={"for_good": "perhaps"}, headers=alice.headers)
    assert bad.status_code == 422


async def test_tags_are_listed_per_user(
    client: httpx2.AsyncClient, alice: Account, bob: Account
) -> None:
    await create(client, alice, tags=["work", "home"])
    await create(client, alice, tags=["work"])
    await create(client, bob, tags=["secret"])
    response = await client.get(alice.path("/tags"), headers=alice.headers)
    assert response.status_code == 200
    assert response.json() == [{"name": "home", "tasks": 1}, {"name": "work", "tasks": 2}]
    assert await titles(client, alice, tag="secret") == []
    foreign = await client.get(bob.path("/tags"), headers=alice.headers)
    assert foreign.status_code == 403
    anonymous = await client.get(alice.path("/tags"))
    assert anonymous.status_code == 401


async def test_put_replaces_schedule_and_tags(client: httpx2.AsyncClient, alice: Account) -> None:
    task = await create(client, alice, due="2027-01-01", repeat="every day", tags=["a"])
    replaced = await client.put(
        alice.path(f"/tasks/{task['id']}"), json={"title": "Fresh"}, headers=alice.headers
    )
    body = replaced.json()
    assert (body["due_date"], body["repeat"], body["tags"], body["priority"]) == (
        None,
        None,
        [],
        "none",
    )
