"""The reply sentences: what the assistant says it did."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from todochat.assistant.offline import replies
from todochat.assistant.offline.matching import TaskInfo
from todochat.assistant.offline.replies import acted

TASK = TaskInfo(3, "Patch Exchange server")


def test_tags_set_are_said_as_a_list() -> None:
    said = acted("tag", [TASK], priority="infra,security")
    assert said == "I've tagged 'Patch Exchange server' (#3) infra and security."
    assert acted("tag", [TASK], priority="garden-club").endswith(" garden-club.")


def test_tags_removed_are_said_as_a_list() -> None:
    said = acted("tag", [TASK], priority="-infra,security")
    assert said == "I've removed the tag infra and security from 'Patch Exchange server' (#3)."


@pytest.mark.parametrize(
    ("said", "now"),
    [
        (
            "Which one did you mean? I haven't changed anything yet.",
            "Which one did you mean? I haven't made that change yet.",
        ),
        (
            "I couldn't find a task matching 'x', so I haven't changed anything. Say 'show'",
            "I couldn't find a task matching 'x', so I haven't made that change. Say 'show'",
        ),
        (
            "so I haven't brought anything back or changed anything. To restore",
            "so I haven't brought anything back. To restore",
        ),
    ],
)
def test_a_turn_that_changed_something_never_says_nothing_changed(said: str, now: str) -> None:
    assert replies.nothing_else_changed(said) == now


def test_when_a_task_is_due_is_said_with_its_repeat_and_state() -> None:
    due = TaskInfo(3, "Dentist appointment", due="Fri 27 Nov, 15:00", repeat="every Friday")
    assert replies.when_line(due) == (
        "'Dentist appointment' (#3) is due Fri 27 Nov, 15:00 (every Friday)."
    )
    undated = TaskInfo(7, "Pay rent", completed=True)
    assert "no due date" in replies.when_line(undated)
    assert "already done" in replies.when_line(undated)


@pytest.mark.parametrize(
    "message", ["when is the dentist?", "when's the dentist due", "what day is the dentist one"]
)
async def test_when_a_task_is_due_is_answered_and_nothing_changes(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    store.create("Dentist appointment")
    store.create("Pay rent")
    session = session_for(store)
    await session.say("move the dentist to friday")
    before = {k: dict(v) for k, v in store.tasks.items()}
    turn = await session.say(message)
    assert "'Dentist appointment' (#1) is due" in turn.reply
    assert "27" in turn.reply
    assert all(c[0] == "list_tasks" for c in turn.tool_calls)
    assert {k: dict(v) for k, v in store.tasks.items()} == before


async def test_when_asked_of_two_tasks_asks_which(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Dentist appointment")
    store.create("Call the dentist")
    turn = await session_for(store).say("when is the dentist?")
    assert "Which one" in turn.reply


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (
            "Invalid arguments for update_task: due: there is no 30 February. Fix them and call "
            "again.",
            "there is no 30 February.",
        ),
        (
            "Invalid arguments for add_task: due: there is no 31 April. Fix them and call again.",
            "there is no 31 April.",
        ),
        ("Task 121 not found. Call list_tasks to see valid task ids.", "Task 121 not found."),
    ],
)
def test_a_tool_error_keeps_its_reason_for_people(error: str, said: str) -> None:
    """The MCP server's "Invalid arguments for update_task: due: <reason>. Fix them and call
    again." had been cut to "Fix them and call again.": the reason was lost."""
    assert replies.clean_error(error) == said
