"""The plan stage, words for the notes said right after an add ("add pick up the costume for
Ruby's school play", then "put in the notes 'size 8, paid already'", "notes: size 8, paid
already", "add a note: ...", "put in the description size 8"): they describe the task just
added. Never harm: with no task just added they describe nothing, and a note that is a task of
its own ("note: buy eggs") is still an add."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

ADD = "add pick up the costume for Ruby's school play"
TITLE = "Pick up the costume for Ruby's school play"


def _notes(store: TaskStore) -> dict[str, str]:
    return {t["title"]: t.get("description") or "" for t in store.tasks.values()}


@pytest.mark.parametrize(
    ("said", "note"),
    [
        ("put in the notes 'size 8, paid already'", "size 8, paid already"),
        ("add a note: size 8, paid already", "size 8, paid already"),
        ("notes: size 8, paid already", "size 8, paid already"),
        ("put in the description size 8", "size 8"),
        ("add note - size 8, paid already", "size 8, paid already"),
        ("ok add to the notes: size 8", "size 8"),
        ("description: size 8, paid already", "size 8, paid already"),
    ],
)
async def test_the_notes_describe_the_task_just_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, note: str
) -> None:
    await play(store, session_for, "Buy milk", [ADD, said])
    assert _notes(store) == {"Buy milk": "", TITLE: note}


async def test_with_no_task_just_added_nothing_is_described(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await play(store, session_for, "Buy milk", ["show my list", "put in the notes 'size 8'"])
    assert _notes(store) == {"Buy milk": ""}


async def test_a_note_of_a_task_is_still_an_add(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, "Buy milk", [ADD, "note: buy eggs"])
    assert "Buy eggs" in state
