"""The plan stage, "i meant the post office, undo the vet" right after the pharmacy task was
ticked: the undo names a task the last turn never changed (and that is not done), a slip for the
undo of the change just made; the change is made to the task meant. A redirect is never a rename
(it renamed the ticked task 'Pick up the post office').
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

ERRANDS = "Pick up script from the pharmacy|Drop parcel at the post office|Ring the vet"


@pytest.mark.parametrize(
    "message",
    [
        "i meant the post office, undo the vet",
        "no i meant the post office one, undo the vet",
        "sorry i meant the parcel one. reopen the vet",
        "oops i meant the post office, untick the vet one",
    ],
)
async def test_a_redirect_with_an_undo_of_another_task_never_renames(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, ERRANDS, ["tick off the pharmacy one", message])
    titles = sorted(s.removesuffix(":done") for s in state)
    assert titles == sorted(ERRANDS.split("|"))
    # never the vet ticked, nor both pharmacy and post office left as they were wrongly
    assert "Ring the vet:done" not in state
    assert state in (
        sorted(["Pick up script from the pharmacy", "Drop parcel at the post office:done",
                "Ring the vet"]),
        sorted(["Pick up script from the pharmacy:done", "Drop parcel at the post office",
                "Ring the vet"]),
    )  # fmt: skip


@pytest.mark.parametrize(
    "message",
    [
        "i meant the post office",
        "no i meant the post office one",
    ],
)
async def test_i_meant_another_task_after_a_tick_never_renames(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, ERRANDS, ["tick off the pharmacy one", message])
    assert sorted(s.removesuffix(":done") for s in state) == sorted(ERRANDS.split("|"))
