"""The plan stage, a question of what the assistant can do besides the list ("can you also send
whatsapp messages for me or only the list?", "can you send emails for me?", "are you able to
text my wife?"): no task is added, the reply says honestly that it only keeps the list. Never
harm: a request of the list said with "can you" ("can you add send whatsapp to Tunde", "can you
remind me to call mum for me?") and a deed asked with no "for me" nor "or only" ("can you send
whatsapp to Tunde", "can you please buy milk for me?") still add."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play


@pytest.mark.parametrize(
    "said",
    [
        "can you also send whatsapp messages for me or only the list?",
        "can you send emails for me?",
        "can you book appointments for me or just remind me?",
        "are you able to text my wife?",
        "could you pay my bills for me or no",
        "so can you also like order stuff online or is it just tasks",
    ],
)
async def test_a_question_of_what_it_can_do_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, "Pay rent", [said])
    assert "to-do list" in reply and "can't" in reply


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("can you add send whatsapp to Tunde", "Send whatsapp to Tunde"),
        ("can you send whatsapp to Tunde", "Send whatsapp to Tunde"),
        ("can you remind me to call mum for me?", "Call mum"),
        ("can you please buy milk for me?", "Buy milk"),
    ],
)
async def test_a_request_said_with_can_you_still_adds(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, "Pay rent", [said])
    assert state == expected(f"Pay rent|{added}", {})
