"""The plan stage, "put it back how it was" / "change it back" right after a change: an undo of
that change ("oops no, that's not actually paid yet, put it back how it was" after a completion
reopens the task; it had not been understood, leaving the task done). Never harm: a bare "put it
back" after a delete still restores the deleted task, and putting a thing back somewhere ("put
the drill back in the shed") changes nothing."""

from __future__ import annotations

import pytest

from tests.assistant.offline.harness import SPEC_TOOLS, ChatSession, TaskStore, build_tools


def _session(store: TaskStore) -> ChatSession:
    store.create("Pay council rates")
    store.create("Drive Koro to the marae")
    return ChatSession(store, tools=build_tools(store, [*SPEC_TOOLS, "undo", "restore_task"]))


def _state(store: TaskStore) -> list[tuple[str, bool]]:
    return sorted((t["title"], bool(t["completed"])) for t in store.tasks.values())


BEFORE = [("Drive Koro to the marae", False), ("Pay council rates", False)]


@pytest.mark.parametrize(
    ("change", "back"),
    [
        (
            "mark the rates one as done",
            "oops no, that's not actually paid yet, put it back how it was",
        ),
        ("mark the rates one as done", "put it back the way it was pls"),
        ("rename the rates one to pay rates", "change it back"),
        ("rename the rates one to pay rates", "hmm no, set it back how it was before"),
        ("delete the rates one", "put it back"),
    ],
)
async def test_the_change_just_made_is_taken_back(store: TaskStore, change: str, back: str) -> None:
    session = _session(store)
    await session.say(change)
    assert _state(store) != BEFORE
    await session.say(back)
    assert _state(store) == BEFORE


async def test_a_thing_put_back_somewhere_changes_nothing(store: TaskStore) -> None:
    session = _session(store)
    await session.say("put the drill back in the shed")
    assert _state(store) == BEFORE
