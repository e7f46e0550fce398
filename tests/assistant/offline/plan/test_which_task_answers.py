"""The plan stage, a title said alone right after "Which task would you like me to ...?" (the
question named no candidates: "push to friday", "mark it done" with nothing talked about): the
answer names the task the request was for, matched against the whole list; it is never added as a
copy of that task. Never harm: a request of its own after the question ("add call the bank") is
made, and a title that names no task changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Buy milk|Call mum|Pay rent"


@pytest.mark.parametrize(
    ("request_", "answer", "changes"),
    [
        ("push to friday", "call mum", {"Call mum": "@2026-11-27"}),
        ("postpone till monday", "the rent one", {"Pay rent": "@2026-11-30"}),
        ("mark it done", "buy milk", {"Buy milk": "done"}),
        ("delete it", "pay rent", {"Pay rent": "deleted"}),
    ],
)
async def test_a_title_said_alone_answers_which_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    request_: str,
    answer: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, [request_, answer], changes)


async def test_a_request_of_its_own_after_the_question_is_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["push to friday", "add call the bank"])
    assert state == sorted([*SEEDS.split("|"), "Call the bank"])


@pytest.mark.parametrize("answer", ["call the plumber", "walk the dog"])
async def test_a_title_of_no_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], answer: str
) -> None:
    await assert_changes(store, session_for, SEEDS, ["push to friday", answer])
