"""The plan stage, requests and items joined as people type them: a sign standing for "and"
('+', '&', ' / ') between two requests cuts them; a delete or completion whose words run on
into a second request never acts on the task the second one names (it asks); what is said of
"both" is each item's; "a new one:" announces a title; tags joined by a sign; a when said
before "remind me"; a bare hour "before 5" beside a day; "in description put: X"; a reason
told bare after "it's urgent"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

from .seeded import assert_changes, expected, play

_SEEDS = "Yoga class|School concert rehearsal|Buy printer ink"
_YOGA, _CONCERT, _INK = "Yoga class", "School concert rehearsal", "Buy printer ink"


@pytest.mark.parametrize(
    ("said", "changes"),
    [
        (
            "remove the yoga one + move the school concert rehearsal to friday",
            {_YOGA: "deleted", _CONCERT: "@2026-11-27"},
        ),
        (
            "tick off yoga class & push the concert rehearsal to thursday",
            {_YOGA: "done", _CONCERT: "@2026-11-26"},
        ),
        (
            "scrap the yoga thing / move concert rehearsal to wednesday",
            {_YOGA: "deleted", _CONCERT: "@2026-11-25"},
        ),
        ("delete printer ink + mark the yoga class done", {_INK: "deleted", _YOGA: "done"}),
    ],
)
async def test_a_sign_between_requests_cuts_them(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, _SEEDS, [said], changes)


@pytest.mark.parametrize(
    "said",
    [
        "delete the yoga one + bring the school concert rehearsal forward to tuesday",
        "remove the yoga one and give the school concert rehearsal high priority",
        "delete yoga class ~ reschedule the school concert rehearsal for friday",
        "get rid of the yoga one -> swap the concert rehearsal to saturday",
    ],
)
async def test_a_delete_running_on_into_a_request_never_hits_the_second_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, _SEEDS, [said])
    assert "Yoga class" in reply and "?" in reply


@pytest.mark.parametrize(
    "said",
    [
        "add milk & eggs",  # one item, as before
        "delete the yoga one and the printer ink",  # two tasks named, both go
    ],
)
async def test_joins_that_are_no_second_request_read_as_before(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    after, _ = await play(store, session_for, _SEEDS, [said])
    if said.startswith("delete"):
        assert after == expected(_SEEDS, {"Yoga class": "deleted", "Buy printer ink": "deleted"})
    else:
        assert len(after) == 4


def _added(store: TaskStore) -> list[dict[str, Any]]:
    return list(store.tasks.values())


@pytest.mark.parametrize(
    ("said", "titles", "level", "days"),
    [
        (
            "add Steuererklärung for Thursday and Hausratversicherung, both high prio",
            ["Steuererklärung", "Hausratversicherung"],
            "high",
            ["2026-11-26", None],
        ),
        (
            "add call the bank and buy stamps, both urgent",
            ["Call the bank", "Buy stamps"],
            "high",
            [None, None],
        ),
        (
            "put down renew insurance & book the MOT, both due friday",
            ["Renew insurance", "Book the MOT"],
            None,
            ["2026-11-27", "2026-11-27"],
        ),
        (
            "add pay rent, water plants and call gran, all three low priority",
            ["Pay rent", "Water plants", "Call gran"],
            "low",
            [None, None, None],
        ),
    ],
)
async def test_what_is_said_of_both_is_each_items(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    titles: list[str],
    level: str | None,
    days: list[str | None],
) -> None:
    await session_for(store).say(said)
    tasks = _added(store)
    assert [t["title"] for t in tasks] == titles
    assert [t["priority"] for t in tasks] == [level] * len(titles)
    assert [(t["due_date"] or "")[:10] or None for t in tasks] == days


@pytest.mark.parametrize(
    "said",
    [
        "add book flights for both of us, high priority",  # "both" names no items
        "add tickets for both, high priority",
    ],
)
async def test_both_naming_no_items_adds_one_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await session_for(store).say(said)
    assert len(store.tasks) == 1


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("done with yoga, and add a new one: ring the council", "Ring the council"),
        ("then create another one - order a new kettle", "Order a new kettle"),
        ("pls add one: water the orchids", "Water the orchids"),
    ],
)
async def test_a_new_one_before_a_colon_is_no_part_of_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await session_for(store).say(said)
    assert title in store.titles()


@pytest.mark.parametrize(
    ("said", "tags"),
    [
        ("can you put renew passport on the list, tag it docs + travel", ["docs", "travel"]),
        ("add buy sunscreen, tag it holiday & kids", ["holiday", "kids"]),
        ("add book flights tagged travel + work", ["travel", "work"]),
        ("add pay council tax #bills & #home", ["bills", "home"]),
        ("add read book tagged fun/leisure", ["fun/leisure"]),  # a slash inside a tag stays
    ],
)
async def test_tags_joined_by_a_sign(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, tags: list[str]
) -> None:
    await session_for(store).say(said)
    (task,) = store.tasks.values()
    assert task["tags"] == tags
    assert not task["title"].endswith(("+", "&"))


@pytest.mark.parametrize(
    ("said", "title", "repeat"),
    [
        ("every sunday remind me to call my lola in Cebu", "Call my lola in Cebu", "every Sunday"),
        ("on tuesdays remind me to put the bins out", "Put the bins out", "every Tuesday"),
        ("every other week pls remind me to water the ficus", "Water the ficus", "every 2 weeks"),
    ],
)
async def test_how_often_said_before_remind_me(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, repeat: str
) -> None:
    await session_for(store).say(said)
    (task,) = store.tasks.values()
    assert (task["title"], task["repeat_text"]) == (title, repeat)


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("omg remind me to send the deposit before 4 today!!", "Send the deposit", "2026-11-23T16"),
        ("add pay rent by 5 tomorrow", "Pay rent", "2026-11-24T17:00"),
        ("add send the invoice tomorrow before 10", "Send the invoice", "2026-11-24T10:00"),
        ("add buy 2 by 4 timber tomorrow", "Buy 2 by 4 timber", "2026-11-24"),  # no hour
    ],
)
async def test_a_bare_hour_by_a_day_is_its_time(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, due: str
) -> None:
    await session_for(store).say(said)
    (task,) = store.tasks.values()
    assert task["title"] == title
    assert task["due_date"].startswith(due)


@pytest.mark.parametrize(
    ("said", "title", "description"),
    [
        (
            "pls create a task Sign up for pottery, and in description put: ask about the kiln",
            "Sign up for pottery",
            "ask about the kiln",
        ),
        ("add call mum with description: ask about xmas", "Call mum", "ask about xmas"),
    ],
)
async def test_where_the_description_goes_then_put(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    description: str,
) -> None:
    await session_for(store).say(said)
    (task,) = store.tasks.values()
    assert (task["title"], task["description"]) == (title, description)


@pytest.mark.parametrize(
    "said",
    [
        "pop renew the car tax on the list pls, it's urgent it's expired 😬",
        "add call the plumber, it's really urgent the sink is leaking",
        "add renew passport, this is high priority we fly in march",
    ],
)
async def test_a_reason_told_bare_after_urgent_is_no_part_of_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await session_for(store).say(said)
    (task,) = store.tasks.values()
    assert task["priority"] == "high"
    assert "," not in task["title"] and len(task["title"].split()) <= 4
