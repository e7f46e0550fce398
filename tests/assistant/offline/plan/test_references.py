"""The plan stage, references: "the first of those two", "both" after adds in one message,
"both X and Y", a pronoun with a reason after it; an unclear reference asks and changes
nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


async def test_the_second_of_those_two_is_the_later_add(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    session = session_for(store)
    await session.say("add wash the van")
    await session.say("add pay the water bill")
    await session.say("tick off the second of those two")
    assert store.titles(done=True) == ["Pay the water bill"]


async def test_the_first_of_them_after_one_add_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Oil the gate")
    session = session_for(store)
    await session.say("add paint the shed")
    turn = await session.say("delete the first of them")
    assert store.titles() == ["Oil the gate", "Paint the shed"]
    assert "?" in turn.reply


async def test_both_after_two_adds_in_one_message_names_both(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say(
        'Add "Clear the gutters" and "Fix the fence". Make both high priority'
    )
    assert {t["title"]: t["priority"] for t in store.tasks.values()} == {
        "Clear the gutters": "high",
        "Fix the fence": "high",
    }


async def test_both_x_and_y_deletes_the_two_named_tasks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for title in ("Book the marquee", "Order name badges", "Hire a photo booth"):
        store.create(title)
    await session_for(store).say(
        "please remove both the badges one and the photo booth, the client cancelled them"
    )
    assert store.titles() == ["Book the marquee"]


async def test_that_with_a_reason_after_a_comma_is_the_task_just_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Water the plants")
    session = session_for(store)
    await session.say("add buy printer ink")
    await session.say("actually delete that, found some in the drawer")
    assert store.titles() == ["Water the plants"]


async def test_an_elliptic_edit_sets_each_task_its_own_value(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for title in ("Renew passport", "Sort the loft", "Call the vet"):
        store.create(title)
    await session_for(store).say("set priority low on 1; high on 3")
    assert [t["priority"] for t in store.tasks.values()] == ["low", None, "high"]


async def test_a_second_task_said_after_done_with_too_is_completed_as_well(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """ "mark X done and Y too, i got both done at the shop" (batch 33): both are done, the
    reason after them ("i got both done") is no third request, and a task named by neither
    stays open; "... and add Y too" still adds Y."""
    for title in ("Oil change", "Tire rotation", "Renew CDL medical card", "Pay gas bill"):
        store.create(title)
    session = session_for(store)
    await session.say("mark the oil change done and the tire rotation too, got both done today")
    await session.say("mark the gas bill as done and add the water bill too")
    assert store.titles(done=True) == ["Oil change", "Tire rotation", "Pay gas bill"]
    assert store.titles(done=False) == ["Renew CDL medical card", "The water bill"]


def _four(store: TaskStore) -> None:
    for title in ("Send rent receipt", "Call plumber", "Buy lightbulbs", "Research standing desks"):
        store.create(title)


@pytest.mark.parametrize(
    ("said", "done"),
    [
        ("first ones done", ["Send rent receipt"]),
        ("2nd ones finished", ["Call plumber"]),
        ("the third ones sorted", ["Buy lightbulbs"]),
        ("last ones done lol", ["Research standing desks"]),
    ],
)
async def test_an_ordinal_with_ones_typed_for_ones_is_reported_done(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, done: list[str]
) -> None:
    """ "first ones done" after a listing is "the first one's done" typed without its
    apostrophe; it looked for a task named 'first ones'."""
    _four(store)
    session = session_for(store)
    await session.say("whats on my plate")
    await session.say(said)
    assert store.titles(done=True) == done


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("kill the last one, not buying a desk lol", 3),
        ("delete the second one, dont need it anymore", 1),
        ("remove the 3rd one; changed my mind", 2),
        ("scrap the first one - sorted it already", 0),
    ],
)
async def test_an_ordinal_with_a_reason_after_it_names_the_listed_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, left: int
) -> None:
    """A reason after the comma is no part of "the last one": it found no task 'last one, not
    buying a desk'."""
    _four(store)
    titles = store.titles()
    session = session_for(store)
    await session.say("show my tasks")
    await session.say(said)
    assert store.titles() == [t for i, t in enumerate(titles) if i != left]


@pytest.mark.parametrize(
    "said", ["first ones on the list are all work stuff", "the last one, is that the desk one?"]
)
async def test_near_misses_of_an_ordinal_report_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    _four(store)
    session = session_for(store)
    await session.say("show my tasks")
    await session.say(said)
    assert len(store.titles()) == 4 and store.titles(done=True) == []


def _seed_home(store: TaskStore) -> None:
    for title in (
        "Descale the kettle",
        "Submit timesheet",
        "Sort out the loft",
        "Bleed the radiators",
    ):
        store.create(title)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("what have i got for home?", "the second one is done"),
        ("how many tasks do i have", "the second one is done"),
        ("", "delete the last one"),
        ("", "tick off the third one"),
        ("hi", "bump the first one up to high"),
    ],
)
async def test_an_ordinal_with_no_list_shown_asks_and_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], first: str, then: str
) -> None:
    """The user may be counting in a list this chat never showed (a listing that found
    nothing, a count, another screen): the place in the whole list is only a guess."""
    _seed_home(store)
    session = session_for(store)
    if first:
        await session.say(first)
    turn = await session.say(then)
    assert len(store.tasks) == 4
    assert not any(t["completed"] or t["priority"] for t in store.tasks.values())
    assert "?" in turn.reply and "(#" in turn.reply


async def test_yes_after_an_ordinal_asked_about_acts_on_the_task_named(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    _seed_home(store)
    session = session_for(store)
    await session.say("what have i got for home?")
    await session.say("the second one is done")
    await session.say("yes")
    assert store.titles(done=True) == ["Submit timesheet"]


@pytest.mark.parametrize(
    ("listing", "then", "done"),
    [
        ("show my tasks", "the second one is done", ["Submit timesheet"]),
        ("what's pending", "mark the last one done", ["Bleed the radiators"]),
    ],
)
async def test_an_ordinal_after_a_list_shown_acts_on_its_place_in_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    listing: str,
    then: str,
    done: list[str],
) -> None:
    _seed_home(store)
    session = session_for(store)
    await session.say(listing)
    await session.say(then)
    assert store.titles(done=True) == done
