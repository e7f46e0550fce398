"""The plan stage, a "no" to a task just added, then its delete: "wait no scrap the car wash
one", "hang on, nope, bin the petrol one", "no, delete that one" delete the task named (the
"no" had left a message read as nothing). "while im at it" after a second add is chatter, no
part of its title. Never harm: "no" read as a word of the message ("no scrap metal today"),
"no delete" with nothing named, and "no, don't delete ..." delete nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Get petrol|Get the car wash|Buy scrap metal"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("wait no scrap the car wash one", "Get the car wash"),
        ("wait, no, delete the petrol one", "Get petrol"),
        ("hang on nope bin the car wash one", "Get the car wash"),
        ("hold on, no, remove the scrap metal one", "Buy scrap metal"),
        ("no, get rid of the petrol one", "Get petrol"),
    ],
)
async def test_a_no_then_a_delete_of_a_task_named_deletes_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "deleted"})


@pytest.mark.parametrize(
    "said", ["no delete", "no, don't delete the car wash one", "wait no dont scrap the petrol one"]
)
async def test_a_no_with_nothing_to_delete_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


async def test_no_read_as_a_word_deletes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["no scrap metal today"])
    assert {"Get petrol", "Get the car wash", "Buy scrap metal"} <= set(state)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("oh and the car wash too while im at it", "Get the car wash"),
        ("and new wiper blades while i'm at it", "New wiper blades"),
    ],
)
async def test_while_im_at_it_after_a_second_add_is_no_part_of_its_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    state, _ = await play(store, session_for, "Pay rent", ["remind me to get petrol", said])
    assert state == sorted(["Pay rent", "Get petrol", title])
