"""The plan stage, a second request said after a delete or a completion with its own task put
first: ", and <task> <request with it>" ("bin the gym one, and the dentist one move it to
friday", "tick off the bread and the water bill set it to low priority") is a request on that
task alone, never one more target of the first. Never harm: two tasks named with one verb are
both its targets, and a change asked of "it" after a delete of several (where the comma leaves
the task unclear) asks and deletes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play

# FIXED_TODAY is Monday 23 November 2026
FRIDAY = "2026-11-27"

HOUSE = "Cancel the gym membership|Book the dentist|Pay the water bill|Buy dog food"


def _fields(store: TaskStore) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    return {
        t["title"]: (t.get("priority") or "", t.get("due_date") or "", tuple(t.get("tags") or ()))
        for t in store.tasks.values()
    }


@pytest.mark.parametrize(
    ("message", "gone", "edited", "field"),
    [
        (
            "delete the gym one, and the water bill make it urgent",
            "Cancel the gym membership",
            "Pay the water bill",
            ("high", "", ()),
        ),
        (
            "bin the gym one and the dentist one move it to friday",
            "Cancel the gym membership",
            "Book the dentist",
            ("", FRIDAY, ()),
        ),
        (
            "remove the dog food, and the dentist one set it to low priority",
            "Buy dog food",
            "Book the dentist",
            ("low", "", ()),
        ),
    ],
)
async def test_a_task_put_first_with_its_own_request_is_no_second_target(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    gone: str,
    edited: str,
    field: tuple[str, str, tuple[str, ...]],
) -> None:
    state, _ = await play(store, session_for, HOUSE, [message])
    changes = {gone: "deleted"} | ({edited: "@" + field[1]} if field[1] else {})
    assert state == expected(HOUSE, changes)
    assert _fields(store)[edited][:2] == field[:2]


async def test_after_a_completion_too(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, HOUSE, ["tick off the dog food, and the water bill make it urgent"]
    )
    assert state == expected(HOUSE, {"Buy dog food": "done"})
    assert _fields(store)["Pay the water bill"][0] == "high"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        # one verb, two tasks named: both are its targets
        (
            "delete the gym one and the water bill",
            {"Cancel the gym membership": "deleted", "Pay the water bill": "deleted"},
        ),
        (
            "delete the gym one, and the water bill too",
            {"Cancel the gym membership": "deleted", "Pay the water bill": "deleted"},
        ),
        # a task named in a remark after a delete is no request of its own
        ("delete the gym one, and the water bill is paid anyway", None),
        # a change of "it" after a delete of several said with a comma: which one is asked
        ("delete the gym one, and the water bill, make it urgent", {}),
        ("scrap the dog food and the dentist. push it to friday", {}),
    ],
)
async def test_near_misses_never_delete_the_task_asked_about(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str] | None,
) -> None:
    state, _ = await play(store, session_for, HOUSE, [message])
    if changes is None:
        titles = {s.split("@")[0].removesuffix(":done") for s in state}
        assert "Pay the water bill" in titles
    else:
        assert state == expected(HOUSE, changes)
    if changes == {}:
        assert _fields(store)["Pay the water bill"][0] in ("", "none")
