"""The plan stage, four short forms: "show us the lot, done ones too" lists everything (it had
looked for a task 'us the lot'); "ok the last one, done ✔️" after a listing ticks the last task
shown (it had asked which of all three); "Right, boiler man's been and gone. Tick that one off"
ticks 'Get the boiler serviced' (it had looked for 'gone boiler man's been and'); an aside in
brackets at the end of a new title ("bring the empty bottles back to Rewe (Pfand, there are like
3 bags already 🙈)") is no part of it. Never harm: "has the boiler man been?" and "when the gas
man's been, remind me to pay him" tick nothing; "return bottles (Pfand)" keeps its word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

LISTED = "Buy sugar and Omo|Renew driving licence|Send money to mum"


@pytest.mark.parametrize(
    "said",
    ["show us the lot, done ones too", "show me the lot", "tell us what's left", "list us the lot"],
)
async def test_the_lot_is_listed(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    _, reply = await play(store, session_for, "Mow the front lawn|Clean the gutters:done", [said])
    assert "Mow the front lawn" in reply and "couldn't find" not in reply


@pytest.mark.parametrize(
    ("said", "done"),
    [
        ("ok the last one, done ✔️", "Send money to mum"),
        ("the first one - finished", "Buy sugar and Omo"),
        ("right, the second one: sorted now", "Renew driving licence"),
    ],
)
async def test_a_place_in_the_list_said_done(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, done: str
) -> None:
    await assert_changes(
        store, session_for, LISTED, ["show me what's pending", said], {done: "done"}
    )


@pytest.mark.parametrize(
    "said",
    [
        "Right, boiler man's been and gone. Tick that one off 👍",
        "the boiler engineer has been this morning, tick it off",
        "boiler guy's been, you can cross that off",
    ],
)
async def test_the_one_who_did_the_job_has_been(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(
        store, session_for, "Get the boiler serviced|Buy card for Nan", [said],
        {"Get the boiler serviced": "done"},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("can you please note for me: bring the empty bottles back to Rewe (Pfand, there are "
         "like 3 bags already 🙈). Tag it errands", "Bring the empty bottles back to Rewe"),
        ("add buy milk (the oat one, not soy)", "Buy milk"),
        ("add return bottles (Pfand)", "Return bottles (Pfand)"),
    ],
)  # fmt: skip
async def test_an_aside_in_brackets_leaves_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, "Call Telekom", [said])
    assert state == sorted(["Call Telekom", added])


@pytest.mark.parametrize(
    "said",
    ["has the boiler man been?", "the boiler man's been? no idea", "the last one, done?"],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, "Get the boiler serviced|Buy card for Nan", [said])


async def test_a_visit_to_come_adds_only_what_is_asked(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    said = "when the gas man's been, remind me to pay him"
    state, _ = await play(store, session_for, "Get the boiler serviced", [said])
    assert "Get the boiler serviced" in state and len(state) == 2
