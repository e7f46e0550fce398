"""The plan stage, fields said around an add rather than inside it: a level told in a remark
with a second remark after it ("..., it is very urgent, only one cylinder is remaining at
home"), how often told in a sentence of its own ("This I do every Saturday", "I do this every
sunday"), the task said after "add it for me:" (Nigerian Pidgin "Abeg add am for me: ..."), a
level said of a task with news after it ("the licence thing is now urgent, traffic police are
everywhere") and a listing of two days ("what all is due today and tomorrow?").

Never harm: a remark that says no level sets none; "I do this" with no how-often repeats
nothing; "add it" alone (no colon, no task after) adds nothing; two levels said of two tasks
are not read as one; a listing of one day lists that day."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import repeats, seed

SEEDS = "Call mum"


def _fields(store: TaskStore) -> dict[str, tuple[str, str]]:
    return {
        t["title"]: (t.get("priority") or "", t.get("repeat_text") or "")
        for t in store.tasks.values()
    }


@pytest.mark.parametrize(
    ("message", "title", "priority"),
    [
        (
            "Kindly add one task for booking the gas cylinder, it is very urgent, only one "
            "cylinder is remaining at home",
            "Book the gas cylinder",
            "high",
        ),
        (
            "add renew the parking permit, it's really urgent, the warden was here twice",
            "Renew the parking permit",
            "high",
        ),
        (
            "pls add top up the meter, this is super important, just two units left",
            "Top up the meter",
            "high",
        ),
    ],
)
async def test_a_level_in_a_remark_with_another_remark_after(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    priority: str,
) -> None:
    seed(store, SEEDS)
    await session_for(store).say(message)
    assert _fields(store)[title][0] == priority


@pytest.mark.parametrize(
    ("message", "title", "how_often"),
    [
        (
            "Please add to my list: take the empty bottles back to the shop (Pfand). This I do "
            "every Saturday.",
            "Take the empty bottles back to the shop (Pfand)",
            "every Saturday",
        ),
        ("add water the tomatoes, I do this every sunday", "Water the tomatoes", "every sunday"),
        ("add clean the gutters. we have to do it every month", "Clean the gutters", "every month"),
    ],
)
async def test_how_often_said_after_the_add(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    how_often: str,
) -> None:
    seed(store, SEEDS)
    await session_for(store).say(message)
    assert repeats(store).get(title, "").lower() == how_often.lower()


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "Abeg add am for me: pick my agbada from the tailor, I wan wear am for Sunday",
            "Pick my agbada from the tailor",
        ),
        (
            "Abeg add am for me: buy diesel for the generator. NEPA don take light since "
            "morning 😩",
            "Buy diesel for the generator",
        ),
        ("add it for me: call the bank about the card", "Call the bank about the card"),
    ],
)
async def test_the_task_after_add_it_for_me(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    seed(store, SEEDS)
    await session_for(store).say(message)
    assert sorted(store.titles()) == sorted([SEEDS, title])


async def test_a_level_said_of_a_task_with_news_after(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store, "Renew driving licence on eCitizen|Call mum")
    await session_for(store).say(
        "the eCitizen licence thing is now urgent, traffic police are doing crackdown everywhere"
    )
    assert _fields(store)["Renew driving licence on eCitizen"][0] == "high"
    assert _fields(store)["Call mum"][0] == ""


@pytest.mark.parametrize(
    "message", ["what all is due today and tomorrow?", "anything due today or tomorrow"]
)
async def test_a_listing_of_two_days_lists_both(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store, "Pay rent@2026-11-23|Post the card@2026-11-24|Mow lawn@2026-11-26")
    reply = (await session_for(store).say(message)).reply
    assert "Pay rent" in reply and "Post the card" in reply and "Mow lawn" not in reply


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a remark that says no level: none set
        ("add book the gas cylinder, only one cylinder is remaining at home", ("", "")),
        # "I do this" with no how often: no repeat
        ("add water the tomatoes, I do this myself", ("", "")),
    ],
)
async def test_near_misses_set_no_field(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    expected: tuple[str, str],
) -> None:
    seed(store, SEEDS)
    await session_for(store).say(message)
    added = [v for k, v in _fields(store).items() if k != SEEDS]
    assert len(added) == 1 and added[0] == expected


async def test_add_it_alone_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store, SEEDS)
    await session_for(store).say("add it for me")
    assert store.titles() == [SEEDS]


async def test_two_levels_of_two_tasks_are_not_one(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store, "Call the dentist|Call the bank")
    await session_for(store).say("the dentist is urgent, the bank one is low")
    assert _fields(store)["Call the bank"][0] != "high"


async def test_a_listing_of_one_day_lists_that_day(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store, "Pay rent@2026-11-23|Post the card@2026-11-24")
    reply = (await session_for(store).say("what's due tomorrow?")).reply
    assert "Post the card" in reply and "Pay rent" not in reply


async def test_not_urgent_with_a_remark_is_never_high(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store, SEEDS)
    await session_for(store).say("add sort the loft, it's not urgent, the boxes can wait")
    assert _fields(store)["Sort the loft"][0] != "high"
