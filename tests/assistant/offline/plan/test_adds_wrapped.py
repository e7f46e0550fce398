"""The plan stage, an add asked for inside a wrapper or with chatter after it: thanks said as
chat ("thanks a mil", "cheers bud") is no word of the title; "keep forgetting and <news>" after
the comma says why, adding nothing; "put in X" (on a day) with no task named X writes X in.
Never harm: a request after the remark is still made, "put in" a listed task moves it, "put it
in" names no new task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play, seed

SEEDS = "Renew the car tax|Dentist checkup"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("add call the electrician friday thanks a mil", ["Call the electrician@2026-11-27"]),
        ("put down ring the plumber tmrw cheers bud", ["Ring the plumber@2026-11-24"]),
        ("remind me to water the ferns thanks heaps", ["Water the ferns"]),
        (
            "add take the recycling out, always forgetting and the bin is overflowing lol",
            ["Take the recycling out"],
        ),
        (
            "remind me to book the smear test, keep forgetting and my gp keeps nagging",
            ["Book the smear test"],
        ),
        (
            "add call mum, keep forgetting and also add buy milk",
            ["Call mum", "Buy milk"],
        ),
        ("put in Elternabend on wednesday 7pm", ["Elternabend@2026-11-25T19:00:00+00:00"]),
        (
            "can you put in vet appointment for friday, the cat is limping",
            ["Vet appointment@2026-11-27"],
        ),
        ("pls put down Kita Anmeldung for thursday", ["Kita Anmeldung@2026-11-26"]),
        ("put in for annual leave on friday", ["Put in for annual leave@2026-11-27"]),
    ],
)
async def test_a_wrapped_add_adds_the_task_only(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), *added])


async def test_put_in_a_listed_task_moves_it(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["put in the dentist checkup for friday"],
        {"Dentist checkup": "@2026-11-27"},
    )


@pytest.mark.parametrize(
    "message",
    [
        "put it in for friday",
        "keep forgetting and the foxes are having a field day",
        "put it down so i remember",
    ],
)
async def test_no_thing_named_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])


@pytest.mark.parametrize(
    ("messages", "added"),
    [
        (
            ["add order the flowers for the wedding", "and one for confirm the caterer"],
            ["Order the flowers for the wedding", "Confirm the caterer"],
        ),
        (
            ["add book the ferry to Arran", "and another one for renew my railcard"],
            ["Book the ferry to Arran", "Renew my railcard"],
        ),
    ],
)
async def test_one_for_a_deed_after_an_add_is_that_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    messages: list[str],
    added: list[str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, messages)
    assert state == sorted([*SEEDS.split("|"), *added])


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "urgent!! need to pay the water bill b4 it goes overdue, make it high priority pls",
            "Pay the water bill",
        ),
        ("URGENT: gotta ring the insurance guy. make it top priority", "Ring the insurance guy"),
        (
            "important! have to send the invoice to Mere, set it as high priority",
            "Send the invoice to Mere",
        ),
    ],
)
async def test_a_level_said_first_and_asked_after_a_need_is_the_adds(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    seed(store, SEEDS)
    await session_for(store).say(message)
    added = [t for t in store.tasks.values() if t["title"] == title]
    assert len(store.tasks) == 3 and len(added) == 1 and added[0]["priority"] == "high"


async def test_a_level_said_first_of_a_listed_task_changes_it(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store, SEEDS)
    await session_for(store).say("urgent! the dentist checkup, make it high priority")
    assert len(store.tasks) == 2
    assert [t["priority"] for t in store.tasks.values() if t["title"] == "Dentist checkup"] == [
        "high"
    ]


@pytest.mark.parametrize(
    "message",
    [
        "grabe the traffic sa SLEX today 😩 2 hours from alabang, im so tired",
        "the queue at the post office today 🙄 an hour wait, i'm exhausted",
        "ugh the rain on the school run this morning. soaked, i'm so knackered",
    ],
)
async def test_a_complaint_about_a_day_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "hi! so my lola is flying in from davao next week and i said i'd fetch her, can u add "
            "that pls. fetch lola at NAIA",
            ["Fetch lola at NAIA"],
        ),
        (
            "my brother lands on friday and i said i'd collect him, can you put that down? "
            "collect Sam from Heathrow friday 6pm",
            ["Collect Sam from Heathrow@2026-11-27T18:00:00+00:00"],
        ),
        (
            "so the school sent a letter about the trip and we need to sign the form. add that "
            "please: sign Amara's trip form",
            ["Sign Amara's trip form"],
        ),
        (
            "Hello dear. The optician phoned to say my new glasses are ready at the shop on High "
            "Street. Could you put it down so I remember to go get them tomorrow. Thank you.",
            ["Pick up my new glasses@2026-11-24"],
        ),
        ("fetch the kids from swimming", ["Fetch the kids from swimming"]),
        ("get milk", ["Get milk"]),
    ],
)
async def test_the_task_said_after_a_story_is_the_add(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), *added])


@pytest.mark.parametrize(
    "message",
    [
        "my cousin is visiting next week and we're going to the beach, so excited",
        "put it down so i remember",
        "can you add that? what's on today",
        "get me the list",
    ],
)
async def test_a_story_with_no_task_asked_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])


async def test_get_a_listed_task_adds_none(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["get the car tax"])


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "the vet rang, my dog's tablets are ready at the clinic. put it down so i remember to "
            "go get them on friday",
            ["Pick up my dog's tablets@2026-11-27"],
        ),
        (
            "anyway the electrician says he's coming thursday so i need to be in. can you put be "
            "home for the electrician on thursday",
            ["Be home for the electrician@2026-11-26"],
        ),
        ("ammi ko call karna hai, list mein daal do warna bhool jaungi", ["Ammi ko call karna"]),
    ],
)
async def test_a_deed_asked_inside_a_story_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), *added])


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("buy milk, add that. call mum later", ["Buy milk", "Call mum later"]),
        (
            "need to renew my passport, can you add that? book the photo booth too",
            ["Renew my passport", "Book the photo booth"],
        ),
    ],
)
async def test_a_task_then_add_that_then_another_adds_both(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), *added])
