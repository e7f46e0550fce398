"""The plan stage, a move said as a wish: the task named first ("LIC premium date I want to shift
to day after tomorrow, grace period is there", "the school shoes one we need to move to friday")
or "it" ("i'd like to push it to tomorrow") is moved; the remark after a comma goes with it.
Never harm: "i want to move to spain" is a task; with no task talked about, "I want to move to
friday" asks which; a request after the comma is still made."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

SEEDS = "Pay LIC premium@2026-11-24|Buy school shoes"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        (
            "LIC premium date I want to shift to day after tomorrow, grace period is there",
            {"Pay LIC premium": "@2026-11-25"},
        ),
        ("the school shoes one we need to move to friday", {"Buy school shoes": "@2026-11-27"}),
        ("LIC premium I would like to postpone till monday", {"Pay LIC premium": "@2026-11-30"}),
    ],
)
async def test_a_task_named_then_a_wish_to_move_it_moves_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)


async def test_a_wish_to_move_it_moves_the_task_just_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, SEEDS, ["add call bank", "i'd like to push it to tomorrow"]
    )
    assert state == expected(SEEDS + "|Call bank@2026-11-24", {})


async def test_a_request_after_the_comma_is_still_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store,
        session_for,
        SEEDS,
        ["LIC premium date I want to shift to friday, also add call bank"],
    )
    assert state == expected(SEEDS + "|Call bank", {"Pay LIC premium": "@2026-11-27"})


async def test_a_wish_to_move_house_is_a_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["i want to move to spain"])
    assert state == expected(SEEDS + "|Move to spain", {})


async def test_with_no_task_talked_about_a_wished_move_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, ["I want to move to friday"])
    assert "which task" in reply.lower()
