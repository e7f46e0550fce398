"""The plan stage, "not Y, X" said as a correction: the old words first, then the right ones.

Right after an add, it renames the words of the task just added ("add email the bank" then "not
the bank, the accountant" -> 'Email the accountant'; "no not the dentist, the doctor"). Said in
the same message after a change ("delete the gym one. wait no, not the gym, it's yoga", "mark the
milk done, no wait, not the milk, the eggs", "delete task 3, no sorry not 3, 4"), it is a
redirect: the change goes to the task meant, and nothing is done to the first.

Never harm: "not Y, X" where Y is in no task just added or named never deletes nor renames
anything; a day ("not today, tomorrow") is a date; "no not that one" asks. Not covered: "not
tuesday's one, the thursday one" right after an add (a task named, not words: nothing changes);
"not the bank — the accountant" and "not my brother, my sister" (read as two sentences: nothing
changes); "remove the milk... sorry, not the milk, i mean the eggs" (still deletes the milk).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, new_tasks, play

SEEDS = "Pay rent|Call mum"


@pytest.mark.parametrize(
    ("added", "said", "title"),
    [
        ("add email the bank", "not the bank, the accountant", "Email the accountant"),
        ("add book the dentist", "no not the dentist, the doctor", "Book the doctor"),
        # wordings of our own
        ("add ring the plumber about the sink", "sorry, not the plumber, the electrician",
         "Ring the electrician about the sink"),
        ("add text the builder about sunday", "oops not the builder, the painter",
         "Text the painter about sunday"),
        ("add email the landlord", "nope, not the landlord - the letting agent",
         "Email the letting agent"),
        ("add pick up the parcel from the post office", "wait no not the post office, the depot",
         "Pick up the parcel from the depot"),
        ("add call the vet about the dog", "ah no, not the dog, the cat",
         "Call the vet about the cat"),
    ],
)  # fmt: skip
async def test_the_words_just_added_are_corrected(
    store: TaskStore, session_for: Callable[..., ChatSession], added: str, said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [added, said])
    assert new_tasks(state, SEEDS) == [title], state
    assert all(seed in state for seed in SEEDS.split("|")), state


@pytest.mark.parametrize(
    ("seeds", "said", "changes"),
    [
        ("Gym session|Yoga class|Pay rent", "delete the gym one. wait no, not the gym, it's yoga",
         {"Yoga class": "deleted"}),
        ("Gym session|Yoga class|Pay rent", "delete the gym one, wait no, not the gym, it's yoga",
         {"Yoga class": "deleted"}),
        ("Buy milk|Buy eggs|Pay rent", "mark the milk done, no wait, not the milk, the eggs",
         {"Buy eggs": "done"}),
        ("Buy milk|Buy eggs|Pay rent|Call mum|Book dentist", "delete task 3, no sorry not 3, 4",
         {"Call mum": "deleted"}),
        # wordings of our own
        ("Call the bank|Call the plumber|Pay rent",
         "tick off the bank one. no wait, not the bank, it's the plumber",
         {"Call the plumber": "done"}),
        ("Buy milk|Buy eggs|Pay rent|Call mum", "mark 2 done, no wait not 2, 3",
         {"Pay rent": "done"}),
    ],
)  # fmt: skip
async def test_a_change_redirected_in_the_same_message(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    said: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, [said], changes)


@pytest.mark.parametrize(
    ("seeds", "messages"),
    [
        # nothing just added and no task holds 'bank'
        ("Pay rent|Call mum", ["not the bank, the accountant"]),
        # the old words are in no task just added
        ("Pay rent|Call mum", ["add email the bank", "not the dentist, the doctor"]),
        ("Pay rent|Buy bread", ["add email the bank", "no not the bread, the rolls"]),
        # nothing named
        ("Pay rent|Call mum", ["add email the bank", "no not that one"]),
        # a dash read as a sentence's end: the add is never taken away (not yet renamed)
        ("Pay rent|Call mum", ["add email the bank", "not the bank — the accountant"]),
        ("Gym session|Yoga class", ["delete the gym one, wait no, not the gym, it's fine"]),
        ("Gym session|Yoga class", ["delete the gym one. wait no, not the gym, it's fine"]),
        ("Buy milk|Buy eggs", ["delete the milk, no wait, not the milk, it's not needed"]),
    ],
)  # fmt: skip
async def test_nothing_is_deleted_or_renamed(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, messages: list[str]
) -> None:
    state, _ = await play(store, session_for, seeds, messages)
    added = [m.removeprefix("add ").capitalize() for m in messages if m.startswith("add ")]
    assert sorted(new_tasks(state, seeds)) == sorted(added), state
    assert all(seed in state for seed in seeds.split("|")), state


async def test_a_day_after_an_add_is_a_date(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add email the bank", "not today, tomorrow"])
    assert new_tasks(state, SEEDS) == ["Email the bank@2026-11-24"], state
