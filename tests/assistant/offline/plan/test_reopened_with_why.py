"""The plan stage, a reopen with why it is wanted said after it ("i marked the electric bill as
paid but the payment bounced ugh, can u undo that so its not done", "untick the gas bill so it
shows as unpaid again"): the task named, or the one the message says was ticked, is reopened;
the purpose is no part of its name. Never harm: the news alone, a question, or an undo refused,
reopens nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Pay gas bill:done|Take cat to the vet:done|Pay council tax:done|Call landlord about sink"


@pytest.mark.parametrize(
    ("said", "reopened"),
    [
        ("untick the gas bill so it shows as unpaid again", "Pay gas bill"),
        ("can you reopen the vet one so its back on my list", "Take cat to the vet"),
        ("uncheck the council tax so it's pending again pls", "Pay council tax"),
        (
            "i marked the council tax as paid but the card got declined 😩 undo that so it's not"
            " done",
            "Pay council tax",
        ),
        (
            "hmm i ticked off the gas bill too early, the direct debit failed. can u undo that so"
            " its still pending",
            "Pay gas bill",
        ),
    ],
)
async def test_the_task_is_reopened_whatever_the_why(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, reopened: str
) -> None:
    after, _ = await play(store, session_for, SEEDS, [said])
    assert after == sorted(t.replace(f"{reopened}:done", reopened) for t in SEEDS.split("|"))


@pytest.mark.parametrize(
    "said",
    [
        "the gas bill payment bounced ugh",
        "is the council tax still not done?",
        "don't undo that, its done",
        "so its not done yet lol",
    ],
)
async def test_news_or_a_question_reopens_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
