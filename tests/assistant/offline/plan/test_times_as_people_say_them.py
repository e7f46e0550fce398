"""The plan stage, times and dates as people say them: a rough hour ("round 4", "around 4",
"about 3", "4ish", with a day or a part of it or alone) is the due time and leaves the title; a
birthday or anniversary said as whose ordinal ("Shaz's 40th", "our 10th anniversary") is part of
the title and no day of the month; a task's time moved by hours or minutes ("push the dentist
back an hour", "the parents evening was moved one hour earlier", "bring the call forward by
half an hour"); the time of the task just added corrected beside the old one ("sorry not at 2,
is at 3 because ...", "3 not 2").

Never harm: a round of a game or a count said roughly stays in the title ("watch round 4 of the
darts", "walk around 3 blocks"); "the 21st" led by "on" is still a day; a shift of "it" with two
timed tasks in view asks; a shift by hours of a task with no time says so and changes nothing;
"the trip is 2 days" moves nothing; "3 not 2" after a quantity corrects the quantity."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

SEEDS = "Walk the dog|Pay the gas bill"
EVENING = "Parents evening at school@2026-11-25T19:00:00+00:00"
DENTIST = "Dentist@2026-11-26T10:30:00+00:00"


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("need to drop the esky back to dazza's tmrw arvo round 4 or his missus will kill him "
         "lol, chuck that on the list", "Drop the esky back to dazza's", "2026-11-24T16:00"),
        ("add call Ana around 4", "Call Ana", "2026-11-23T16:00"),
        ("remind me to ring the plumber about 3 tomorrow", "Ring the plumber", "2026-11-24T15:00"),
        ("put down collect the dry cleaning thursday arvo round 5", "Collect the dry cleaning",
         "2026-11-26T17:00"),
        ("add grab the kids from footy round 4ish", "Grab the kids from footy", "2026-11-23T16:00"),
        ("add bins out tomorrow evening round 7", "Bins out", "2026-11-24T19:00"),
        ("add call the bank round 2:30 tomorrow", "Call the bank", "2026-11-24T14:30"),
        ("can you add pick up the cake friday around 3", "Pick up the cake", "2026-11-27T15:00"),
    ],
)  # fmt: skip
async def test_a_rough_hour_is_the_due_time(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, due: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == expected(SEEDS + "|" + title, {title: "@" + due + ":00+00:00"})


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add buy a present for Shaz's 40th", "Buy a present for Shaz's 40th"),
        ("add get a card for her 21st", "Get a card for her 21st"),
        ("add book a table for our 10th anniversary", "Book a table for our 10th anniversary"),
        ("remind me to order a cake for the twins' 5th", "Order a cake for the twins' 5th"),
        # a round of a game, a count said roughly: words of the title
        ("add watch round 4 of the darts", "Watch round 4 of the darts"),
        ("add walk around 3 blocks", "Walk around 3 blocks"),
        ("add finish round 2", "Finish round 2"),
    ],
)
async def test_whose_ordinal_or_a_round_is_no_date(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == expected(SEEDS + "|" + title, {})


async def test_the_21st_led_by_on_is_still_a_day(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add pay rent on the 21st"])
    assert state == expected(SEEDS + "|Pay rent", {"Pay rent": "@2026-12-21"})


@pytest.mark.parametrize(
    ("seeds", "said", "changes"),
    [
        (EVENING, "The parents evening was moved one hour earlier, please change",
         {"Parents evening at school": "@2026-11-25T18:00:00+00:00"}),
        (EVENING, "bring the parents evening forward by half an hour",
         {"Parents evening at school": "@2026-11-25T18:30:00+00:00"}),
        (EVENING, "can you push the parents evening back 15 minutes",
         {"Parents evening at school": "@2026-11-25T19:15:00+00:00"}),
        (EVENING, "parents evening is 2 hours later now",
         {"Parents evening at school": "@2026-11-25T21:00:00+00:00"}),
        (DENTIST, "push the dentist back an hour", {"Dentist": "@2026-11-26T11:30:00+00:00"}),
        (DENTIST, "the dentist has been brought forward 45 mins",
         {"Dentist": "@2026-11-26T09:45:00+00:00"}),
        (DENTIST, "move the dentist an hour and a half later",
         {"Dentist": "@2026-11-26T12:00:00+00:00"}),
        (DENTIST, "push the dentist back a day", {"Dentist": "@2026-11-27T10:30:00+00:00"}),
    ],
)  # fmt: skip
async def test_a_time_moved_by_hours_or_minutes(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    said: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS + "|" + seeds, [said], changes)


async def test_it_moved_after_an_add_is_the_task_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, SEEDS, ["add call ana tomorrow at 4", "move it 30 mins later"]
    )
    assert state == expected(SEEDS + "|Call ana", {"Call ana": "@2026-11-24T16:30:00+00:00"})


@pytest.mark.parametrize(
    ("seeds", "said"),
    [
        # two timed tasks in view: which one?
        (EVENING + "|" + DENTIST, "move it 1 hour earlier"),
        # no time to move
        ("Dentist@2026-11-26", "push the dentist back an hour"),
        ("Dentist", "move the dentist 30 mins later"),
        # how long, no move
        ("Trip to Rotorua@2026-11-28", "the trip to rotorua is 2 days"),
        # no way said
        (DENTIST, "move the dentist 2 hours"),
    ],
)
async def test_a_shift_that_is_unclear_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, said: str
) -> None:
    await assert_changes(store, session_for, SEEDS + "|" + seeds, [said])


async def test_a_shift_of_a_task_with_no_time_says_so(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(
        store, session_for, SEEDS + "|Dentist@2026-11-26", ["push the dentist back an hour"]
    )
    assert "no time" in reply


@pytest.mark.parametrize(
    "said",
    [
        "sorry not at 2, is at 3 because she has dance class",
        "3 not 2",
        "not 2, 3 sorry",
        "oops at 3 not 2 because of traffic",
        "make that 3 instead",
        "no wait its 3pm not 2pm",
    ],
)
async def test_the_time_just_added_corrected(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(
        store, session_for, SEEDS, ["add pick up Dani from school tomorrow at 2", said]
    )
    title = "Pick up Dani from school"
    assert state == expected(SEEDS + "|" + title, {title: "@2026-11-24T15:00:00+00:00"})


async def test_a_quantity_corrected_stays_a_quantity(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add buy 2 bags of rice", "3 not 2"])
    assert state == expected(SEEDS + "|Buy 3 bags of rice", {})


async def test_a_time_correction_with_nothing_just_added_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["3 not 2"])


@pytest.mark.parametrize(
    "said",
    [
        "show me the tasks that already finish pls",
        "show me the tasks that are finish",
        "which tasks are finish",
        "show the ones that already complete",
        "show me the finished ones",
    ],
)
async def test_the_done_ones_said_loosely_are_listed(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    seed_text = "Buy milk|Call mum:done|Pay rent:done"
    state, reply = await play(store, session_for, seed_text, [said])
    assert state == expected(seed_text, {})
    assert "Call mum" in reply and "Pay rent" in reply and "Buy milk" not in reply


async def test_what_is_left_to_finish_is_the_pending_ones(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed_text = "Buy milk|Call mum:done"
    _, reply = await play(store, session_for, seed_text, ["what do i still need to finish"])
    assert "Buy milk" in reply and "Call mum" not in reply


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("omg nearly forgot its mums birthday on sunday, put down get her a card from tesco pls x",
         "Get her a card from tesco"),
        ("its dads bday on friday, add buy him socks", "Buy him socks"),
        ("ahh almost forgot it's our anniversary saturday, can u add book a table at Luigi's",
         "Book a table at Luigi's"),
    ],
)  # fmt: skip
async def test_whose_day_told_beside_an_add_is_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert [t for t in state if t.startswith(title)] and len(state) == 3


async def test_a_dated_task_beside_an_add_is_still_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["dentist friday, add buy milk"])
    assert state == expected(SEEDS + "|Buy milk|Dentist", {"Dentist": "@2026-11-27"})


@pytest.mark.parametrize(
    "said",
    ["no wait its her 50th", "sorry 50th not 40th", "oops Shaz's 50th not 40th", "make it 50th"],
)
async def test_whose_ordinal_corrected_in_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add buy a present for Shaz's 40th", said])
    assert state == expected(SEEDS + "|Buy a present for Shaz's 50th", {})


async def test_whose_ordinal_said_of_a_title_without_one_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add buy milk", "no wait its her 50th"])
    assert state == expected(SEEDS + "|Buy milk", {})
