"""Social messages are answered, never taken for requests."""

from __future__ import annotations

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from todochat.assistant.offline.social import read_social


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hey there", "greet"),
        ("how's it going", "greet"),
        ("thanks a lot", "thanks"),
        ("ok cool", "thanks"),
        ("what can you do?", "help"),
        ("bye for now", "bye"),
        ("sorry!", "thanks"),
        ("oops, my bad", "thanks"),
        ("I confused myself", "thanks"),
    ],
)
def test_social_kinds(text: str, kind: str) -> None:
    intent = read_social(text)
    assert intent is not None and intent.kind == kind


def test_a_request_is_not_social() -> None:
    assert read_social("thanks, now add milk") is None


def test_an_apology_with_a_request_is_not_social() -> None:
    assert read_social("sorry, delete the milk") is None
    assert read_social("sorry i forgot to call mom") is None


async def test_an_apology_after_a_request_changes_nothing_more(store: TaskStore) -> None:
    """ "I confused myself" once read as a deed done ('confused myself'), a clause of its own
    beside a change asks for nothing."""
    store.create("Call mom")
    store.create("Confused myself at the quiz")  # a task its words would name
    session = ChatSession(store)
    turn = await session.say("move call mom to friday. I confused myself, sorry")
    assert store.tasks[1]["due_date"] == "2026-11-27"
    assert [t["completed"] for t in store.tasks.values()] == [False, False]
    assert "couldn't find" not in turn.reply
    turn = await ChatSession(store).say("oops, my bad")
    assert turn.tool_calls == [] and "anything else" in turn.reply
    await session.say("sorry, delete call mom")  # a request after an apology is made
    assert list(store.tasks) == [2]
