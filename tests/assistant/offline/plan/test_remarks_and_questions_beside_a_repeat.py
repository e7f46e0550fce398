"""The plan stage, remarks and questions beside a repeat: "the bins one should repeat weekly now,
we got a new bin" sets 'Put the bins out' to repeat weekly and ticks nothing (it also marked it
done: "we got a new bin" matched the bins, though a new thing got is no deed done to it, only to
a task of getting one, 'Buy a new kettle'); "the tomatoes should repeat every day?" asks, and
changes nothing (it set the repeat). Never harm: a remark is no completion, a question no update;
the plain requests still set the repeat."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play, repeats

SEEDS = "Put the bins out|Water the tomatoes|Meet the neighbour|Pick up the kids"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("the bins one should repeat weekly now, we got a new bin", "Put the bins out"),
        ("the bins one should repeat weekly now, we got a new neighbour", "Put the bins out"),
        ("the bins one should repeat weekly now, the kids got older", "Put the bins out"),
        ("the bins one needs to repeat every week, we got a new wheelie bin", "Put the bins out"),
        ("put the bins out should repeat weekly, we got a new bin lol", "Put the bins out"),
        ("the tomatoes should repeat every day, we got a new neighbour", "Water the tomatoes"),
    ],
)
async def test_a_remark_beside_a_repeat_ticks_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert not any(s.endswith(":done") for s in state), state
    assert list(repeats(store)) == [title], repeats(store)


@pytest.mark.parametrize(
    "said", ["we got a new bin", "we got a new neighbour", "got a brand new bin"]
)
async def test_a_new_thing_got_is_no_other_deed(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


async def test_a_new_thing_got_still_does_its_buying(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, "Buy a new kettle|Put the bins out", ["got a new kettle"],
        {"Buy a new kettle": "done"},
    )  # fmt: skip


@pytest.mark.parametrize(
    "said",
    [
        "the tomatoes should repeat every day?",
        "does the bins one repeat weekly?",
        "is the watering every day?",
        "should the tomatoes repeat daily?",
        "the bins need to repeat weekly?",
        "the tomatoes have to be watered every day?",
        "the bins one should repeat weekly now?",
    ],
)
async def test_a_question_about_a_repeat_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
    assert not repeats(store)


@pytest.mark.parametrize(
    ("said", "title", "often"),
    [
        ("the bins one should repeat weekly now", "Put the bins out", "every week"),
        ("the bins should repeat every tuesday", "Put the bins out", "every Tuesday"),
        ("the tomatoes should repeat every day", "Water the tomatoes", "every day"),
    ],
)
async def test_the_plain_request_still_sets_the_repeat(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, often: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
    assert repeats(store) == {title: often}
