"""The plan stage, adds said inside a story, with references, several at once or with fields.

- An "it" in an added title that points at a thing the story before it names is that thing:
  the subject of its news ("the boiler's packed in AGAIN, remind me to ring the landlord about
  it": 'Ring the landlord about the boiler') or a thing the user has coming ("i have a bio test
  thursday ... add study for it": 'Study for the bio test'); a story that names no one thing
  drops "about it" with its preposition.
- Why a task repeats, said after how often ("every day while its this hot"), is no word of it.
- Taglish "due na sa thursday" is due on thursday.
- An item of an add list that is only a level ("add X, high priority pls, and Y") is X's level.
- A need with its own date, beside a tick of another task, is added too.
- A habit told with how often, then "set that up as a repeating reminder", adds the deed.

Never harm: an "it" of a change still names a task; no seed is touched by an add; a habit told
without asking adds nothing; a need that shares its words with the task ticked stays why."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, new_tasks, play, repeats

SEEDS = "Wash the dog|Pay water bill"


def _levels(store: TaskStore) -> dict[str, str | None]:
    return {t["title"]: t["priority"] for t in store.tasks.values()}


async def _new(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> list[str]:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert all(seed in state for seed in SEEDS.split("|"))
    return new_tasks(state, SEEDS)


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "ugh the boiler's packed in AGAIN 🙄 can u remind me to ring the landlord about it",
            ["Ring the landlord about the boiler"],
        ),
        (
            "omg i have a bio test thursday and i havent even opened the textbook lol add study "
            "for it",
            ["Study for the bio test"],
        ),
        (
            "the car's making that rattling noise again, remind me to call the garage about it",
            ["Call the garage about the car"],
        ),
        (
            "i have a parents evening next week and i know nothing. add email the teacher about it",
            ["Email the teacher about the parents evening"],
        ),
        (
            "the fridge is leaking all over the floor. can you add ask the landlord about it",
            ["Ask the landlord about the fridge"],
        ),
        (
            "i have my driving test on friday, pls add practise for it",
            ["Practise for my driving test"],
        ),
        (
            "ugh what a week honestly. remind me to ring mum about it",
            ["Ring mum"],
        ),
    ],
)
async def test_it_in_an_add_is_the_thing_the_story_names(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    assert await _new(store, session_for, message) == added


async def test_it_with_no_story_keeps_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    assert await _new(store, session_for, "remind me to call mum about it") == ["Call mum about it"]


async def test_it_of_a_change_still_names_a_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seeds = "Vet appointment@2026-11-25|Buy milk"
    state, _ = await play(
        store,
        session_for,
        seeds,
        ["the vet called, they've had to cancel wednesday, can you move it to friday"],
    )
    assert state == expected(seeds, {"Vet appointment": "@2026-11-27"})


@pytest.mark.parametrize(
    ("message", "title", "often"),
    [
        (
            "can u add water the vege patch, needs doing every day while its this hot",
            "Water the vege patch",
            "every day",
        ),
        (
            "add feed the chooks every morning since the neighbour's away",
            "Feed the chooks",
            "every day at 09:00",
        ),
        (
            "add check the pool chlorine every week because the kids are in it constantly",
            "Check the pool chlorine",
            "every week",
        ),
        (
            "add walk the dog every evening while the weather's nice",
            "Walk the dog",
            "every day at 18:00",
        ),
    ],
)
async def test_why_it_repeats_is_no_word_of_the_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    often: str,
) -> None:
    await play(store, session_for, SEEDS, [message])
    assert repeats(store) == {title: often}


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("hi! pls add pay meralco bill, due na sa thursday", ["Pay meralco bill@2026-11-26"]),
        (
            "add renew the NBI clearance, due na po sa friday",
            ["Renew the NBI clearance@2026-11-27"],
        ),
        ("pa-add pay pldt bill due na bukas", ["Pay pldt bill@2026-11-24"]),
    ],
)
async def test_taglish_due_na_sa_a_day_is_its_due_day(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    assert await _new(store, session_for, message) == added


@pytest.mark.parametrize(
    ("message", "levels"),
    [
        (
            "add pay the HOA dues, high priority pls, and grab stamps at the post office",
            {"Pay the HOA dues": "high", "Grab stamps at the post office": None},
        ),
        (
            "add call the plumber, urgent please, and buy bread",
            {"Call the plumber": "high", "Buy bread": None},
        ),
        (
            "add book the mot, buy dog food, low priority, and ring the bank",
            {"Book the mot": None, "Buy dog food": "low", "Ring the bank": None},
        ),
    ],
)
async def test_a_level_said_as_an_item_is_the_item_befores(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    levels: dict[str, str],
) -> None:
    await play(store, session_for, "Buy milk", [message])
    assert _levels(store) == {"Buy milk": None, **levels}


async def test_a_level_alone_is_no_list(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await play(store, session_for, "Buy milk", ["add fix the fence, high priority"])
    assert _levels(store) == {"Buy milk": None, "Fix the fence": "high"}


@pytest.mark.parametrize(
    ("message", "changes", "added"),
    [
        (
            "need to pay the rego by friday, and can u mark the dog wash one done",
            {"Wash the dog": "done"},
            ["Pay the rego@2026-11-27"],
        ),
        (
            "i have to call the vet tomorrow, also tick off the water bill",
            {"Pay water bill": "done"},
            ["Call the vet@2026-11-24"],
        ),
        (
            "gotta book flights by wednesday. delete the dog wash task",
            {"Wash the dog": "deleted"},
            ["Book flights@2026-11-25"],
        ),
    ],
)
async def test_a_dated_need_beside_a_tick_is_added_too(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
    added: list[str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*expected(SEEDS, changes), *added])


@pytest.mark.parametrize(
    "message",
    [
        # the need is of the task ticked: why, no task of its own
        "need to pay the water bill by friday, mark the water bill done",
        # no date of its own: a need beside a request stays why
        "i need to clean the house, tick off the dog wash",
    ],
)
async def test_a_need_of_the_task_ticked_or_undated_is_not_added(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert [t.removesuffix(":done") for t in state] == sorted(SEEDS.split("|"))


@pytest.mark.parametrize(
    ("message", "title", "often"),
    [
        (
            "I call my grandma every Sunday, could you set that up as a repeating reminder for me",
            "Call my grandma",
            "every Sunday",
        ),
        (
            "i walk the dog every morning, set that up as a repeating reminder",
            "Walk the dog",
            "every day at 09:00",
        ),
        (
            "we always water the ferns each friday. can u make that a recurring task pls",
            "Water the ferns",
            "every Friday",
        ),
    ],
)
async def test_a_habit_set_up_as_a_repeat_adds_the_deed(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    often: str,
) -> None:
    await play(store, session_for, "Buy milk", [message])
    assert repeats(store) == {title: often}


@pytest.mark.parametrize(
    "message",
    [
        "I call my grandma every Sunday",
        "i walk the dog every morning, its the best part of my day",
        "i hate mondays every week, make that a repeating task",
    ],
)
async def test_a_habit_told_without_asking_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, "Buy milk", [message])
    assert state == ["Buy milk"]


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "bins go out tmrw morning, remind me at 7 to put the recycling out",
            ["Put the recycling out@2026-11-24T07:00:00+00:00"],
        ),
        (
            "the plumber is coming wednesday, remind me at 8 to move the car",
            ["Move the car@2026-11-25T08:00:00+00:00"],
        ),
        (
            "the party is saturday night. remind me at 6 to pick up the cake",
            ["Pick up the cake@2026-11-28T18:00:00+00:00"],
        ),
    ],
)
async def test_the_day_of_the_story_is_the_day_of_the_time(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    assert await _new(store, session_for, message) == added


async def test_a_deed_with_its_day_is_its_own_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    added = await _new(store, session_for, "pay rent friday, remind me at 8 to call mum")
    assert [t.split("@")[0] for t in added] == ["Call mum", "Pay rent"]
    assert "Pay rent@2026-11-27" in added


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "need to get the messages, ring mam about sunday dinner and renew the tv licence "
            "before it runs out. can u stick all them on",
            ["Get the messages", "Renew the tv licence", "Ring mam about sunday dinner"],
        ),
        (
            "gotta book the vet, email the school and pay the gas bill. put those on the list pls",
            ["Book the vet", "Email the school", "Pay the gas bill"],
        ),
        (
            "i have to sort the recycling, defrost the chicken and call gran. add them all",
            ["Call gran", "Defrost the chicken", "Sort the recycling"],
        ),
    ],
)
async def test_things_listed_then_all_of_them_added(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    assert sorted(await _new(store, session_for, message)) == added


async def test_things_done_listed_then_them_all_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    assert (
        await _new(
            store,
            session_for,
            "washed the car, did the shopping and cleaned the oven. add them all",
        )
        == []
    )


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "forgot the oat milk at woolies AGAIN, stick it on the list so i remember next time",
            ["Buy oat milk"],
        ),
        ("didnt get the bin bags from aldi, put them on the list", ["Buy bin bags"]),
        ("forgot the nappies again, add them to the shopping list", ["Buy nappies"]),
        ("ugh forgot the eggs at coles, can u put them on the list", ["Buy eggs"]),
        ("forgot to get bread at the shops, pls put it on my list", ["Buy bread"]),
    ],
)
async def test_a_thing_forgotten_at_the_shop_is_bought(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    assert await _new(store, session_for, message) == added


@pytest.mark.parametrize(
    "message",
    [
        "forgot the dentist appointment again, put it on the list",
        "forgot my lunch at home, put it on the list",
    ],
)
async def test_a_thing_forgotten_elsewhere_is_not_bought(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    assert not any(t.startswith("Buy") for t in await _new(store, session_for, message))
