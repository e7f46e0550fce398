"""The plan stage, several requests in one message, none dropped: "delete the netflix one, add
cancel spotify instead and mark ring dad done" deletes 'Cancel Netflix', adds 'Cancel spotify'
and completes 'Ring Dad' (a delete's "reason" rule read ", add cancel spotify ..." as a remark
after the delete, for its word "cancel", and dropped the rest silently). A state said in the
middle ("ring dad is done and add X") is a clause of its own (it had been one more thing to
delete), and "make Y urgent" after a move is a request of its own (it had made the moved task
urgent too). Never harm: a real reason after a delete still goes ("..., plan fell through"),
and an unknown task in a multi-request is reported while the rest is done."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Cancel Netflix|Ring Dad|Buy wrapping paper|Pay gas bill|Email Priya"


@pytest.mark.parametrize(
    ("said", "after"),
    [
        ("remove the gas bill, add book flights and tick off email priya",
         ["Book flights", "Buy wrapping paper", "Cancel Netflix", "Email Priya:done", "Ring Dad"]),
        ("delete the netflix one, add cancel spotify instead and mark ring dad done",
         ["Buy wrapping paper", "Cancel spotify", "Email Priya", "Pay gas bill", "Ring Dad:done"]),
        ("bin the netflix task, add cancel hulu and mark ring dad as done",
         ["Buy wrapping paper", "Cancel hulu", "Email Priya", "Pay gas bill", "Ring Dad:done"]),
        ("scrap the wrapping paper one, add buy gift bags instead, and tick ring dad off",
         ["Buy gift bags", "Cancel Netflix", "Email Priya", "Pay gas bill", "Ring Dad:done"]),
        ("drop the gas bill, add pay water bill, then mark email priya complete",
         ["Buy wrapping paper", "Cancel Netflix", "Email Priya:done", "Pay water bill",
          "Ring Dad"]),
        ("delete netflix, add cancel disney and rename ring dad to ring dad re xmas",
         ["Buy wrapping paper", "Cancel disney", "Email Priya", "Pay gas bill",
          "Ring dad re xmas"]),
        ("remove netflix, ring dad is done and add call nan",
         ["Buy wrapping paper", "Call nan", "Email Priya", "Pay gas bill", "Ring Dad:done"]),
        ("delete netflix, the gas bill is paid and add call nan",
         ["Buy wrapping paper", "Call nan", "Email Priya", "Pay gas bill:done", "Ring Dad"]),
        ("ditch the netflix one, add cancell spotify and mark ring dad done pls",
         ["Buy wrapping paper", "Cancel spotify", "Email Priya", "Pay gas bill",
          "Ring Dad:done"]),
    ],
)  # fmt: skip
async def test_every_request_is_done(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, after: list[str]
) -> None:
    state, reply = await play(store, session_for, SEEDS, [said])
    assert state == after, reply


async def test_a_move_then_a_level_each_for_its_own_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    said = "delete the netflix one and move ring dad to friday and make email priya urgent"
    state, _ = await play(store, session_for, SEEDS, [said])
    assert "Cancel Netflix" not in state and "Ring Dad@2026-11-27" in state
    by_title = {t["title"]: t for t in store.tasks.values()}
    assert by_title["Email Priya"]["priority"] == "high"
    assert by_title["Ring Dad"]["priority"] != "high"


@pytest.mark.parametrize(
    ("said", "after"),
    [
        # a reason after a delete is no request
        ("scrap the wrapping paper, plan fell through",
         ["Cancel Netflix", "Email Priya", "Pay gas bill", "Ring Dad"]),
        ("delete the gas bill, we moved out so no longer need it",
         ["Buy wrapping paper", "Cancel Netflix", "Email Priya", "Ring Dad"]),
        ("remove netflix, changed my mind",
         ["Buy wrapping paper", "Email Priya", "Pay gas bill", "Ring Dad"]),
        # an unknown task: the rest is done, nothing else touched
        ("delete netflix, add cancel disney and mark the dentist done",
         ["Buy wrapping paper", "Cancel disney", "Email Priya", "Pay gas bill", "Ring Dad"]),
        ("mark the dentist done, delete the gas bill and add buy stamps",
         ["Buy stamps", "Buy wrapping paper", "Cancel Netflix", "Email Priya", "Ring Dad"]),
        # a question changes nothing
        ("did i delete netflix and mark ring dad done?",
         ["Buy wrapping paper", "Cancel Netflix", "Email Priya", "Pay gas bill", "Ring Dad"]),
    ],
)  # fmt: skip
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, after: list[str]
) -> None:
    state, reply = await play(store, session_for, SEEDS, [said])
    assert state == after, reply
    if "dentist" in said:
        assert "dentist" in reply
