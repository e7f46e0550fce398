"""The plan stage, a reason or remark said after a comma inside an add ("need to chase up the
Henderson invoice, its 3 wks overdue now so make it high priority pls", "remind me every Monday
to take the taxi for a wash at the garage, the owner checks on Tuesdays"): no part of the title,
and a request after it (its level) is still made. Never harm: days in the plural in a remark
tell someone's habit, never the task's date or repeat; a thing more named after the comma ("the
swim goggles on the shelf") and a date said in the remark ("the deadline is friday") are kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import seed


async def _added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> tuple[str, str, str, str]:
    seed(store, "Pay rent")
    await session_for(store).say(said)
    (task,) = [t for t in store.tasks.values() if t["title"] != "Pay rent"]
    return (
        task["title"],
        task["due_date"] or "",
        task["repeat_text"] or "",
        task["priority"] or "",
    )


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "need to chase up the Henderson invoice, its 3 wks overdue now so make it high "
            "priority pls",
            ("Chase up the Henderson invoice", "", "", "high"),
        ),
        (
            "add chase up the Henderson invoice, its 3 wks overdue now so make it high priority",
            ("Chase up the Henderson invoice", "", "", "high"),
        ),
        (
            "add chase the deposit, its overdue so make it urgent",
            ("Chase the deposit", "", "", "high"),
        ),
        (
            "Remind me every Monday to take the taxi for a wash at the garage, the owner checks "
            "on Tuesdays 😅",
            ("Take the taxi for a wash at the garage", "2026-11-23", "every Monday", ""),
        ),
        (
            "I need to book the vet for Rex, the clinic fills up on fridays",
            ("Book the vet for Rex", "", "", ""),
        ),
        ("add mow the lawn, the grass grows so fast", ("Mow the lawn", "", "", "")),
        (
            "need to return the library books, its 2 weeks late already",
            ("Return the library books", "", "", ""),
        ),
    ],
)
async def test_a_reason_after_a_comma_is_no_part_of_the_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    added: tuple[str, str, str, str],
) -> None:
    assert await _added(store, session_for, said) == added


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "remind me to pay the rent, the deadline is friday",
            ("Pay the rent", "2026-11-27", "", ""),
        ),
        (
            "add email the team, the client wants an update by friday",
            ("Email the team", "2026-11-27", "", ""),
        ),
        (
            "add pack the bag, the swim goggles on the shelf",
            ("Pack the bag, the swim goggles on the shelf", "", "", ""),
        ),
        (
            "I need to water the plants on tuesdays",
            ("Water the plants", "2026-11-23", "every Tuesday", ""),
        ),
    ],
)
async def test_what_the_task_says_after_a_comma_is_kept(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    added: tuple[str, str, str, str],
) -> None:
    assert await _added(store, session_for, said) == added
