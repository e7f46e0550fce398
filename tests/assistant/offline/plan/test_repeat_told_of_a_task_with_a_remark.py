"""The plan stage, how often a task happens told as a statement about it, named loosely, with a
remark after a comma: "the tomato watering needs to be every day now, it's stinking hot" sets
'Water the tomatoes' to repeat every day, "the put the bins out one shld repeat every tuesday,
thats rubbish day here" sets 'Put the bins out' to every Tuesday (both added a task titled with
the sentence: a bare "needs to be" + how often was no repeat change, and a remark opening with
anything but a few words broke the rule; "shld" was no "should"). Never harm: a wish with its
own "I" still adds; a question changes nothing; a repeat said not to be sets none; a task not
on the list is never added as a sentence. A start said after the repeat ("..., starting next
week") added a task too: a day said is the task's next due date, a week alone none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play, repeats

SEEDS = "Water the tomatoes|Put the bins out|Feed the chickens|Call grandma"


@pytest.mark.parametrize(
    ("said", "title", "repeat"),
    [
        ("the tomato watering needs to be every day now, it's stinking hot",
         "Water the tomatoes", "every day"),
        ("the put the bins out one shld repeat every tuesday, thats rubbish day here",
         "Put the bins out", "every Tuesday"),
        ("bins should be every tuesday now, council changed the round",
         "Put the bins out", "every Tuesday"),
        ("watering the tomatoes must be daily from now on, the heatwave is brutal",
         "Water the tomatoes", "every day"),
        ("the chickens one has to be every morning, they go mental otherwise",
         "Feed the chickens", "every day at 09:00"),
        ("feeding the chickens needs to happen every day, fox got one last week",
         "Feed the chickens", "every day"),
        ("calling grandma should be every sunday, mum asked me to lol",
         "Call grandma", "every Sunday"),
        ("the grandma call shld repeat every sunday - she gets lonely",
         "Call grandma", "every Sunday"),
        ("the bins one needs to be weekly now, the truck comes early",
         "Put the bins out", "every week"),
        ("water the tomatoes has to be every day going forward, soil dries out so fast",
         "Water the tomatoes", "every day"),
        ("the tomatoes have to be watered every day, they're wilting",
         "Water the tomatoes", "every day"),
        ("the bins need to be taken out every tuesday, new council rules",
         "Put the bins out", "every Tuesday"),
    ],
)  # fmt: skip
async def test_the_named_task_repeats_and_nothing_is_added(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    repeat: str,
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == sorted(SEEDS.split("|")), state
    assert repeats(store) == {title: repeat}


async def test_a_wish_with_its_own_i_still_adds(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await play(store, session_for, SEEDS, ["i need to call the vet every monday"])
    assert sorted(store.titles()) == sorted([*SEEDS.split("|"), "Call the vet"])
    assert repeats(store) == {"Call the vet": "every Monday"}


@pytest.mark.parametrize(
    "said",
    [
        "does the bins one repeat?",
        "should the tomato watering be every day?",
        "the bins don't need to be every tuesday, it's fortnightly i think?",
        "do the chickens need feeding every day?",
        # a task not on the list: said so, never added as the sentence
        "the gym needs to be every day, new year new me",
        "the dog walk should repeat every morning, he's getting fat",
        "the dog needs to be fed every morning",
        "the bins don't need to be taken out every tuesday",
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
    assert repeats(store) == {}


async def test_a_repeat_said_not_to_be_sets_none(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, SEEDS, ["calling grandma doesn't have to be every day, she's fine"]
    )
    assert repeats(store) == {}


@pytest.mark.parametrize(
    ("said", "title", "repeat", "due"),
    [
        ("the bins should repeat every tuesday, starting next week",
         "Put the bins out", "every Tuesday", None),
        ("make the bins repeat every tuesday starting next week",
         "Put the bins out", "every Tuesday", None),
        ("the bins one should be every tuesday from next tuesday",
         "Put the bins out", "every Tuesday", "2026-12-01"),
        ("the tomato watering should be every day, starting tomorrow",
         "Water the tomatoes", "every day", "2026-11-24"),
        ("calling grandma should repeat every month from the 5th",
         "Call grandma", "every month", "2026-12-05"),
    ],
)  # fmt: skip
async def test_a_start_said_after_the_repeat_dates_the_task_and_adds_none(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    repeat: str,
    due: str | None,
) -> None:
    """ "..., starting next week" added a task titled 'The bins should'; a week alone dates
    nothing, a day is the task's next due date."""
    await play(store, session_for, SEEDS, [said])
    assert sorted(store.titles()) == sorted(SEEDS.split("|"))
    assert repeats(store) == {title: repeat}
    assert {t["title"]: t["due_date"] for t in store.tasks.values() if t["due_date"]} == (
        {title: due} if due else {}
    )
