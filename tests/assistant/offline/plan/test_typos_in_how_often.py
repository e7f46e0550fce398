"""The plan stage, a typo in the word of how often ("add feed the dog every morinng 🐶",
"every evenign", "montly"): corrected like a command word, so the task repeats (the typo had
stayed in the title); real words near them ("mourning", "dairy", "Monty") stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    ("message", "title", "repeat"),
    [
        ("add feed the dog every morinng 🐶", "Feed the dog", "every day at 09:00"),
        ("add walk the dog every evenign", "Walk the dog", "every day at 18:00"),
        ("add pay rent montly", "Pay rent", "every month"),
        ("add water plants every mornign pls", "Water plants", "every day at 09:00"),
    ],
)
async def test_the_task_repeats(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    repeat: str,
) -> None:
    await session_for(store).say(message)
    [task] = store.tasks.values()
    assert (task["title"], task["repeat_text"]) == (title, repeat)


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("add walk monty", "Walk monty"),
        ("add pick up the dairy order", "Pick up the dairy order"),
        ("add send card to the family in mourning", "Send card to the family in mourning"),
    ],
)
async def test_real_words_stay(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    await session_for(store).say(message)
    [task] = store.tasks.values()
    assert task["title"] == title
    assert not task.get("repeat_text")
