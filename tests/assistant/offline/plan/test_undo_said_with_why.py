"""The plan stage, an undo with why ("undo that, wrong list sorry": the task just added goes;
it had been reopened instead, so it stayed) and the same in Roman Urdu ("oh sorry ghalti ho
gayi, woh wapas karo. mera matlab groceries wala tha": the completion undone, the task meant
done instead). "wapas karo" inside a task's words ("kitaab library wapas karo") is no undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Fix the garden tap|Order new wetsuit"
RENT = "Pay rent|Buy groceries|Take Ammi to doctor"


@pytest.mark.parametrize(
    "undo",
    ["undo that, wrong list sorry", "undo that, wrong list", "undo, my bad wrong list"],
)
async def test_an_add_undone_with_why_goes(
    store: TaskStore, session_for: Callable[..., ChatSession], undo: str
) -> None:
    await assert_changes(store, session_for, SEEDS, ["put down wax the surfboard", undo])


@pytest.mark.parametrize(
    ("messages", "changes"),
    [
        (
            [
                "rent wala task done kar do",
                "oh sorry ghalti ho gayi, woh wapas karo. mera matlab groceries wala tha",
            ],
            {"Buy groceries": "done"},
        ),
        (["rent wala task done kar do", "galti ho gayi, wapas kar do"], {}),
        (
            ["mark rent done", "oh sorry my mistake, undo that. i meant the groceries one"],
            {"Buy groceries": "done"},
        ),
    ],
)
async def test_a_completion_taken_back_in_urdu(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    messages: list[str],
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, RENT, messages, changes)


async def test_returning_a_book_is_no_undo(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, RENT, ["kitaab library wapas karo, list mein daal do"]
    )
    assert len(state) == 4
