"""The plan stage, a change said with a wish to be asked first ("delete all the shopping
ones... wait, ask me before, I am not sure yet", "mark the gym one done but check with me
first"): nothing changes (the reply asks about the tasks it would touch, or says it did not
follow). Before, the first of
these deleted 'Buy Christmas lights' (HARM: batch 220, the session of 2026-12-04 19:56 UTC). An
add said beside it is still made; a change said plainly is still made."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, played_new

SEEDS = "Buy Christmas lights|Buy wrapping paper|Gym session|Call aunt Lupe|Pay rent:done"


@pytest.mark.parametrize(
    "message",
    [
        "delete all the shopping ones... wait, ask me before, I am not sure yet",
        "delete the christmas lights, but ask me first",
        "mark the gym one done but check with me first",
        "remove the wrapping paper task, confirm with me first",
        "tick off call aunt lupe, actually don't do it yet",
        "move the gym session to friday, i'm not sure yet tho",
        "reopen pay rent... hold on, let me check",
        "borra lo de las luces, pero pregúntame antes",
    ],
)
async def test_a_change_asked_to_be_asked_first_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("delete the christmas lights", {"Buy Christmas lights": "deleted"}),
        ("mark the gym one done, i'm sure", {"Gym session": "done"}),
    ],
)
async def test_a_change_said_plainly_is_made(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)


async def test_an_add_beside_it_is_still_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    new = await played_new(
        store, session_for, SEEDS, ["add buy tinsel. delete the christmas lights but ask me first"]
    )
    assert new == ["Buy tinsel"]
