"""The plan stage, a cancel told as a deed and a tick asked of the same task: "I cancelled the
DSTV, tick it off" reads a delete told ("cancelled") and a completion asked ("tick it off") of
'Renew DSTV subscription'. The completion is what was asked: the task is ticked, never deleted
(a delete first left nothing to complete and the turn answered with an error).

Never harm: a cancel told alone still deletes what was cancelled; a delete asked for beside a tick
("mark the milk done then delete it") does both; a tick of one task and a cancel of another do
each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Renew DSTV subscription|Pay house rent|Book the gym class"


@pytest.mark.parametrize(
    ("message", "ticked"),
    [
        ("I cancelled the DSTV, tick it off", "Renew DSTV subscription"),
        ("cancelled the dstv today, u can mark it done", "Renew DSTV subscription"),
        ("I have cancelled DSTV, please mark it as completed", "Renew DSTV subscription"),
        ("scrapped the DSTV altogether lol, tick that one off", "Renew DSTV subscription"),
        ("dropped the gym class, cross it off", "Book the gym class"),
        ("ditched the gym class thing, you can check it off", "Book the gym class"),
        ("I cancelled the DSTV. Tick it off pls", "Renew DSTV subscription"),
        ("ok i canceled the dstv, mark it complete", "Renew DSTV subscription"),
    ],
)
async def test_a_cancel_told_then_a_tick_asked_ticks_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, ticked: str
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, [message], {ticked: "done"})
    assert "deleted" not in reply.lower() and "couldn't" not in reply.lower()


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("I cancelled the DSTV", {"Renew DSTV subscription": "deleted"}),
        ("mark the rent done then delete it", {"Pay house rent": "deleted"}),
        (
            "tick off the rent and delete the gym class",
            {"Pay house rent": "done", "Book the gym class": "deleted"},
        ),
        (
            "I cancelled the gym class, and the rent is paid",
            {"Book the gym class": "deleted", "Pay house rent": "done"},
        ),
        ("did I cancel the DSTV?", {}),
        # two deletes told and ticks asked: each delete asks what the ticks cover
        (
            "cancelled the DSTV and the gym class, tick them both off",
            {"Renew DSTV subscription": "done", "Book the gym class": "done"},
        ),
        (
            "dropped the gym class, the rent is paid, and I cancelled the DSTV, tick it off",
            {
                "Book the gym class": "deleted",
                "Pay house rent": "done",
                "Renew DSTV subscription": "done",
            },
        ),
        (
            "I cancelled the DSTV, tick it off, and delete the gym class",
            {"Renew DSTV subscription": "done", "Book the gym class": "deleted"},
        ),
    ],
)
async def test_other_deletes_and_ticks_are_as_before(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)
