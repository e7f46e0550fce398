"""The plan stage, a level said on its own after an add, with why around it ("Note to self -
renew the TV licence. Not urgent so low priority, I just don't want it lapsing again"): the
level is the new task's, the why is no task (the level had been dropped, or the why added as a
task of its own)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


def _tasks(store: TaskStore) -> list[tuple[str, str]]:
    return sorted((t["title"], t["priority"] or "") for t in store.tasks.values())


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "add fix the garden gate. not urgent so low priority, it only squeaks a bit",
            ("Fix the garden gate", "low"),
        ),
        (
            "remind me to book the flights to Lagos. no rush, low prio - we've got till march",
            ("Book the flights to Lagos", "low"),
        ),
        (
            "add call the plumber. super urgent so high priority, it's flooding under the sink",
            ("Call the plumber", "high"),
        ),
        (
            "put down order Mia's school shoes. really important, high priority",
            ("Order Mia's school shoes", "high"),
        ),
        (
            "add sort the loft. low priority, I just want it off my mind",
            ("Sort the loft", "low"),
        ),
        (
            "note to self: renew the car tax. it can wait, low priority",
            ("Renew the car tax", "low"),
        ),
    ],
)
async def test_the_level_is_the_new_tasks(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    added: tuple[str, str],
) -> None:
    store.create("Pay rent")
    await session_for(store).say(said)
    assert _tasks(store) == sorted([("Pay rent", ""), added])


@pytest.mark.parametrize(
    ("said", "after"),
    [
        # a level asked about changes nothing
        ("is pay rent low priority?", [("Pay rent", "")]),
        # a level with no task just said and none named: asked which, nothing changed
        ("not urgent so low priority", [("Pay rent", "")]),
        # a need after the level is not its why: left as the other rules read it
        (
            "add water the plants. high priority, I need to call the plumber too",
            [("Pay rent", ""), ("Water the plants", "high")],
        ),
        # the level as a label of the task after it
        ("low priority - sort out the shed", [("Pay rent", ""), ("Sort out the shed", "low")]),
    ],
)
async def test_near_misses(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    after: list[tuple[str, str]],
) -> None:
    store.create("Pay rent")
    await session_for(store).say(said)
    assert _tasks(store) == sorted(after)
