"""The plan stage, a thing said done in the passive, then more said of it after an "and" ("the
kids school forms are signed and back in their bags yay 🎉", "the permission slips have been
signed and sent back to school", "lunchbox snacks are bought and packed"): the thing is done,
so its task is ticked off (the detail had left it unread); more with its own subject ("and the
snacks are bought") is read as its own news. Never harm: a thing still to do, a question, more
that undoes it ("signed and then lost", "signed and not sent yet") change nothing, and a request
after the "and" is still made."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Sign school permission forms|Buy lunchbox snacks"
FORMS = "Sign school permission forms"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("the kids school forms are signed and back in their bags yay 🎉", FORMS),
        ("the permission slips have been signed and sent back to school", FORMS),
        ("school forms are all signed n handed in 🙌", FORMS),
        ("the forms are signed and i need to drop them at school tomorrow", FORMS),
        ("lunchbox snacks are bought and packed", "Buy lunchbox snacks"),
    ],
)
async def test_a_thing_said_done_with_more_completes_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "done"})


async def test_more_with_its_own_subject_is_its_own_news(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    said = "the forms are signed and the snacks are bought"
    await assert_changes(
        store, session_for, SEEDS, [said], {FORMS: "done", "Buy lunchbox snacks": "done"}
    )


async def test_a_request_after_the_and_is_still_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["the forms are signed and add buy stickers"])
    assert state == sorted([f"{FORMS}:done", "Buy lunchbox snacks", "Buy stickers"])


@pytest.mark.parametrize(
    "said",
    [
        "the school forms need to be signed",
        "are the school forms signed?",
        "the school forms were signed and then lost",
        "the forms are signed and not sent yet",
        "the school forms need signing and the snacks need buying",
        "i was exhausted and went to bed early",
    ],
)
async def test_a_thing_to_do_asked_or_undone_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
