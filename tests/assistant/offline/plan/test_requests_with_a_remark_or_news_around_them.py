"""The plan stage, a request with the speaker's remark glued on, someone's news before it, or
someone's word that asked for it: a remark on how long it has been put off or how it weighs on
the speaker, run on with no comma ("add renew the rego been putting it off for weeks", "delete
the gym one its doing my head in"), news of someone around said first ("my boss just emailed
and add X", "the kids are finally asleep, show my list") and who asked for an add ("my wife says
add oat milk", "mum said to add book the vet"): the request is made as if said alone, and the
remark, the news and the asker are never words of a title.

Never harm: a title that truly holds "i" or "its" ("ask if i can leave early", "check its
battery", "tell sam its his turn to drive"), a title that is news of someone ("add mum called
about the will" keeps it), a deed told in the news before "tick it off" ("mum rang, tick it off"
ticks off Call mum: the news names the task) and "mum said to put the bins out" (the task
itself, no add asked: nothing is made of someone's words but an add), nor "my boss wants me to
add the figures to the report" (a wish told of a task, no add asked)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play

SEEDS = "Call mum|Renew the gym membership|Old receipts:done"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("add renew the rego been putting it off for weeks", ["Renew the rego"]),
        ("add sort the tax return its doing my head in", ["Sort the tax return"]),
        (
            "can u add book the mot friday, its been bugging me all week",
            ["Book the mot@2026-11-27"],
        ),
        ("pls add fix the gate hinge ive been avoiding it for ages lol", ["Fix the gate hinge"]),
        ("add ring the bank this is driving me mad", ["Ring the bank"]),
        ("my boss just emailed and add send the q3 deck", ["Send the q3 deck"]),
        (
            "ok so the kids are finally asleep, add pack lunches for tomorrow",
            ["Pack lunches@2026-11-24"],
        ),
        ("my wife says add oat milk", ["Oat milk"]),
        ("mum said to add book the vet for friday", ["Book the vet@2026-11-27"]),
        ("the landlord said to add fix the smoke alarm", ["Fix the smoke alarm"]),
        ("my wife says add the chicken to the shopping list", ["The chicken"]),
        ("hubby reckons add clean the gutters", ["Clean the gutters"]),
    ],
)
async def test_the_add_is_made_as_if_said_alone(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    added: list[str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*expected(SEEDS, {}), *added])


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("delete the gym one its doing my head in", {"Renew the gym membership": "deleted"}),
        (
            "mark call mum done been putting it off for weeks",
            {"Call mum": "done"},
        ),
        ("my boss just emailed and clear completed", {"Old receipts": "deleted"}),
        (
            "the kids are finally asleep, remove the gym one",
            {"Renew the gym membership": "deleted"},
        ),
        ("mum rang, tick it off", {"Call mum": "done"}),
        (
            "my wife says add a note to the gym one: cancel before the 1st",
            {"Renew the gym membership": "noted"},
        ),
    ],
)
async def test_a_change_is_made_as_if_said_alone(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == expected(SEEDS, {k: v for k, v in changes.items() if v != "noted"})
    if "noted" in changes.values():
        (task,) = [t for t in store.tasks.values() if t["title"] == "Renew the gym membership"]
        assert "cancel before the 1st" in (task.get("description") or "")


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("add ask if i can leave early", ["Ask if i can leave early"]),
        ("add check its battery", ["Check its battery"]),
        ("add tell sam its his turn to drive", ["Tell sam its his turn to drive"]),
        ("add remind jo i keep the spare key", ["Remind jo i keep the spare key"]),
        ("add mum called about the will", ["Mum called about the will"]),
        ("add find out if its been paid", ["Find out if its been paid"]),
    ],
)
async def test_a_title_that_holds_its_words_keeps_them(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    added: list[str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*expected(SEEDS, {}), *added])


@pytest.mark.parametrize(
    "message", ["mum said to put the bins out", "my boss wants me to add the figures to the report"]
)
async def test_someones_word_that_is_the_task_itself_is_no_add_of_their_words(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == expected(SEEDS, {})
