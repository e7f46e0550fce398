"""The plan stage, a delete then why, where the why has a subject of its own: "delete 'call
about car warranty' lol turns out that was a scam" deletes the task. A rule for a delete judged
("removing the tap would be a mistake": no request) had read "that was a scam" as judging the
delete, and the message changed nothing.

Never harm: a delete that is itself judged still changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Call about car warranty|Pick up Grandma at airport|Mail rent check"
WARRANTY = "Call about car warranty"


@pytest.mark.parametrize(
    "message",
    [
        "delete 'call about car warranty' lol turns out that was a scam",
        "delete 'call about car warranty' lol that was a scam",
        "remove the car warranty one, it was a scam",
        "delete the car warranty call lol it was a scam all along",
        "remove the car warranty task coz that was a scam",
        "delete the car warranty one they said it was a scam",
    ],
)
async def test_a_delete_then_why_deletes(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {WARRANTY: "deleted"})


@pytest.mark.parametrize(
    "message",
    [
        "removing the car warranty would be a mistake",
        "deleting the car warranty one is a bad idea",
        "deleting the car warranty call would be silly",
        "remove the car warranty one would be pointless",
    ],
)
async def test_a_delete_judged_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])
