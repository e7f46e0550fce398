"""The plan stage, "what is left" in Roman Urdu with "abhi tak" / "ab tak" (until now) after it:
"yaar meri list dikhao, kya kya reh gaya hai abhi tak?" lists the pending tasks only (it had
listed every task, the done one too), as "kya kya reh gaya hai abhi?" did; "meri list mein abhi
tak kya hai" (what is on my list) still lists them all."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Bijli ka bill jama karwana|Abbu ki dawai lana|Car wash karwana:done"


@pytest.mark.parametrize(
    "message",
    [
        "yaar meri list dikhao, kya kya reh gaya hai abhi tak?",
        "kya baqi hai ab tak",
        "abhi tak kya pending hai",
        "meri list dikhao, kya reh gaya abhi tak",
    ],
)
async def test_only_the_pending_ones_are_listed(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, reply = await play(store, session_for, SEEDS, [message])
    assert state == sorted(SEEDS.split("|"))
    assert "Bijli ka bill" in reply
    assert "Car wash" not in reply


async def test_whats_on_the_list_is_all_of_it(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    _, reply = await play(store, session_for, SEEDS, ["meri list mein abhi tak kya hai"])
    assert "Car wash" in reply
