"""The plan stage, Roman Urdu adds with a day ("mujhe kal subah doodh wale ko paise dene hain,
task add kar do", "yaar mujhe yaad dilana ke friday ko gas ka bill jama karwana hai"): "mujhe"
before the day, "ko" after it (on), "task" before "add kar do" and a closing "hai" are no part
of the title."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    ("message", "title", "due"),
    [
        (
            "mujhe kal subah doodh wale ko paise dene hain, task add kar do",
            "Doodh wale ko paise dena",
            "2026-11-24T09:00:00+00:00",
        ),
        (
            "yaar mujhe yaad dilana ke friday ko gas ka bill jama karwana hai",
            "Gas ka bill jama karwana",
            "2026-11-27",
        ),
        ("mujhe yaad dilana ke gas ka bill jama karwana hai", "Gas ka bill jama karwana", None),
        ("kal ko bank jana hai, add karo", "Bank jana", "2026-11-24"),
    ],
)
async def test_the_title_is_the_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    due: str | None,
) -> None:
    await session_for(store).say(message)
    [task] = store.tasks.values()
    assert (task["title"], task["due_date"]) == (title, due)


async def test_a_need_denied_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("mujhe kal bank nahi jana hai")
    assert store.tasks == {}
