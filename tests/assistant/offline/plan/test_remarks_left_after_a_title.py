"""The plan stage, what is left of a remark once its when or level is taken, and a remark after
a new name: "add book the ute in for a service, needs doing by fri arvo" adds 'Book the ute in
for a service' (it had added '..., needs doing'); "remind me to X, stick it on high priority";
"pls add pay the gas bill, due is on dec 15"; "make it tri-fold poster board, teacher said" and
"change 'essay' to 'finish history essay draft' its too vague lol" rename without the remark;
"chuck in pick up 20 lengths from bunnings" and "put in ring the plumber about the shower" add
("chuck" had been read as delete, and "put in X" was dropped from a message of three requests);
"actually nah monday, friday's cooked" moves the task just dated (it had looked for a task done
as 'cooked'). Never harm: "chuck in the towel" and "put in for leave" change nothing, a day said
back with no task talked about asks which, and "buy paint, needs doing" with no when keeps its
words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Pay the rates|Walk the dog"


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("add book the ute in for a service, needs doing by fri arvo",
         "Book the ute in for a service@2026-11-27T15:00:00+00:00"),
        ("add buy nan a birthday present, needs doing by friday",
         "Buy nan a birthday present@2026-11-27"),
        ("put fix the fence on my list, wants doing this weekend", "Fix the fence@2026-11-28"),
        ("remind me to renew my nursing registration, stick it on high priority",
         "Renew my nursing registration"),
        ("add email the landlord, pls put it on high", "Email the landlord"),
        ("pls add pay the gas bill, due is on dec 15", "Pay the gas bill@2026-12-15"),
        ("hi po! pls add renew my license, its due on the 4th. salamat",
         "Renew my license@2026-12-04"),
        ("mate chuck in pick up 20 lengths of 90x45 from bunnings",
         "Pick up 20 lengths of 90x45 from bunnings"),
        ("pop in call the school about the excursion", "Call the school about the excursion"),
    ],
)  # fmt: skip
async def test_the_remark_leaves_the_new_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == sorted([*SEEDS.split("|"), added])


async def test_put_in_is_not_dropped_among_other_requests(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    said = (
        "paid the creche fees so tick that, put in ring the plumber about the shower, oh and "
        "delete the tesco delivery one we're going in ourselves"
    )
    state, reply = await play(store, session_for, "Pay creche fees|Tesco delivery slot", [said])
    assert state == ["Pay creche fees:done", "Ring the plumber about the shower"]
    assert "Ring the plumber" in reply


@pytest.mark.parametrize(
    ("old", "said", "new"),
    [
        ("Buy poster board for the science fair",
         "the poster board one, make it tri-fold poster board, teacher said",
         "Buy tri-fold poster board for the science fair"),
        ("essay", "can u change 'essay' to 'finish history essay draft' its too vague lol",
         "Finish history essay draft"),
        ("Buy milk", "change 'buy milk' to 'buy oat milk' thats what she drinks", "Buy oat milk"),
        ("Call the bank",
         "rename the bank one to 'call the bank about the card', it's blocked again",
         "Call the bank about the card"),
    ],
)  # fmt: skip
async def test_a_remark_after_the_new_name_is_no_part_of_it(
    store: TaskStore, session_for: Callable[..., ChatSession], old: str, said: str, new: str
) -> None:
    state, _ = await play(store, session_for, old, [said])
    assert state == [new]


@pytest.mark.parametrize(
    "said",
    [
        "actually nah monday, friday's cooked",
        "no wait monday - friday's no good for the garage",
        "sorry, monday. friday's gone",
        "nah make it monday",
    ],
)
async def test_a_day_said_back_moves_the_task_just_dated(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    messages = ["remind me to book the car in for a service", "make it for friday", said]
    state, _ = await play(store, session_for, "Walk the dog", messages)
    assert state == ["Book the car in for a service@2026-11-30", "Walk the dog"]


async def test_a_day_said_back_then_a_level(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    said = ["add call the vet for friday", "no sorry saturday, and make it high priority"]
    state, _ = await play(store, session_for, "Buy dog food", said)
    assert state == ["Buy dog food", "Call the vet@2026-11-28"]
    assert store.tasks[max(store.tasks)]["priority"] == "high"


@pytest.mark.parametrize(
    "said",
    [
        "chuck in the towel",
        "put in for leave",
        "no wait saturday",  # no task talked about: asks which
        "sorry tomorrow, mum's visiting",
        "nah friday's cooked",
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, "Put in leave request|Cook dinner@2026-11-27", [said])


async def test_no_when_keeps_the_words(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, "Walk the dog", ["add buy paint, needs doing"])
    assert len(state) == 2 and state[0].startswith("Buy paint")


async def test_a_correction_after_an_add_drops_who_said_so(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    said = ["put buy poster board for the fair on my list", "wait make it foam board, mr lee said"]
    state, _ = await play(store, session_for, "Walk the dog", said)
    assert state == ["Buy foam board for the fair", "Walk the dog"]
