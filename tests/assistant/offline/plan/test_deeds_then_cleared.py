"""The plan stage, a deed told, then the task cleared off the list ("sent the rent via m-pesa,
clear that one"): clearing a thing said done is ticking it, so the task is completed and kept,
never also deleted. A delete asked plainly after the deed ("paid the fine, remove it") deletes;
both only when both are asked ("mark X done and delete it"); "clear X" alone still deletes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

RENT = "Send rent money to Dad via M-Pesa|Book bus seat to Mombasa|Pay the water bill"
HOME = "Fix the leaking tap|Return the drill to Sam|Renew the TV licence"


@pytest.mark.parametrize(
    ("seeds", "message", "meant"),
    [
        (
            RENT,
            "sent dad the rent via mpesa at lunch, clear that one",
            "Send rent money to Dad via M-Pesa",
        ),
        (RENT, "Booked the bus seat to Mombasa. clear it", "Book bus seat to Mombasa"),
        (RENT, "paid the water bill earlier so clear it off", "Pay the water bill"),
        (
            HOME,
            "returned the drill to sam today, can you clear it from my list?",
            "Return the drill to Sam",
        ),
        (HOME, "fixed the leaking tap, clear the tap one", "Fix the leaking tap"),
        (HOME, "the TV licence is renewed, pls clear that", "Renew the TV licence"),
        (HOME, "mark the tap one done and clear it", "Fix the leaking tap"),
    ],
)
async def test_a_deed_then_cleared_only_completes(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    meant: str,
) -> None:
    await assert_changes(store, session_for, seeds, [message], {meant: "done"})


@pytest.mark.parametrize(
    ("seeds", "message", "meant"),
    [
        # a delete asked plainly, alone or after a deed, or both asked
        (HOME, "clear the tap one", "Fix the leaking tap"),
        (HOME, "returned the drill to sam, remove it", "Return the drill to Sam"),
        (HOME, "mark the tap one done and delete it", "Fix the leaking tap"),
        (RENT, "the bus trip is off, clear it", "Book bus seat to Mombasa"),
    ],
)
async def test_a_delete_asked_plainly_deletes(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    meant: str,
) -> None:
    await assert_changes(store, session_for, seeds, [message], {meant: "deleted"})


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        # "it" with no task named before it, or a deed of no task: nothing cleared
        (HOME, "can you clear it from my list?"),
        (HOME, "walked the dog, clear it"),
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])


GATE = "Fix the gate|Pay the house help|Service the generator"


@pytest.mark.parametrize(
    ("messages", "changes"),
    [
        (
            ["add buy airtime, and the one for fixing the gate clear it, the welder don finish"],
            {"Fix the gate": "done"},
        ),
        (
            ["the generator one, clear it, the mechanic has finished"],
            {"Service the generator": "done"},
        ),
        (["the gate one clear it, the welder is done"], {"Fix the gate": "done"}),
        (["add call mama and the one about the gate delete it"], {"Fix the gate": "deleted"}),
        # cleared for another reason: deleted
        (
            ["the generator one, clear it, the job is cancelled"],
            {"Service the generator": "deleted"},
        ),
    ],
)
async def test_cleared_because_someone_finished_only_completes(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    messages: list[str],
    changes: dict[str, str],
) -> None:
    state, _ = await play(store, session_for, GATE, messages)
    assert [t for t in state if t.split(":")[0].split("@")[0] in GATE.split("|")] == expected(
        GATE, changes
    )


async def test_cleared_with_no_task_named_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, GATE, ["clear it, the welder has finished"])
