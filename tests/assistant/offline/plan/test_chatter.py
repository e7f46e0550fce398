"""The plan stage, chatter around a request: a statement about something that is not on the
list ("the party is on sunday") asks for nothing and adds nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    "said",
    [
        "ugh forgot the flowers for mum 😩 the party is on sunday",
        "the recital was on friday, it went great",
        "honestly the exams are on monday and i'm not ready",
    ],
)
async def test_a_dated_statement_naming_no_task_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Buy flowers for mum")
    await session_for(store).say(said)
    assert [t["title"] for t in store.tasks.values()] == ["Buy flowers for mum"]
    assert all(not t.get("due_date") for t in store.tasks.values())
