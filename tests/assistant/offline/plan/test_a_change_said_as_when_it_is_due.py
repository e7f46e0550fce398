"""The plan stage, a change asked of a task and then said as when it is to be done: "please change
the Steuererklärung task, it has to be done until Tuesday" moves the task to Tuesday (it had
renamed it 'Done until Tuesday', a harm). "until" is a learner's "by". (Said with "update" or
"edit", and "it's due friday": test_a_new_title_that_says_when_it_is_due.py, the one rule.)

Never harm: a change said as what the task is to be now still renames ("change the diego party
one, it has to be cake and cupcakes now"; "update the landlord task, i want 'Send passport copy to
landlord'")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Buy Brötchen|Send Steuererklärung|Call the Hausverwaltung|Pay the gas bill"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        (
            "Please change the Steuererklärung task, it has to be done until Tuesday",
            {"Send Steuererklärung": "@2026-11-24"},
        ),
        (
            "change the Steuererklärung task, it has to be done by Tuesday",
            {"Send Steuererklärung": "@2026-11-24"},
        ),
        (
            "pls change the gas bill task, it needs to be paid by friday",
            {"Pay the gas bill": "@2026-11-27"},
        ),
        (
            "change the hausverwaltung one, it must be done before thursday",
            {"Call the Hausverwaltung": "@2026-11-26"},
        ),
        (
            "change the gas bill task - it has to be paid until wednesday",
            {"Pay the gas bill": "@2026-11-25"},
        ),
        (
            "change the Steuererklärung task: it should be sent by friday",
            {"Send Steuererklärung": "@2026-11-27"},
        ),
        (
            "change the brötchen task, it has to be done by saturday",
            {"Buy Brötchen": "@2026-11-28"},
        ),
        (
            "change the gas bill one, it needs to be sorted by tuesday",
            {"Pay the gas bill": "@2026-11-24"},
        ),
    ],
)
async def test_when_it_is_to_be_done_dates_the_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "change the gas bill task, it has to be pay the electricity bill",
            "Pay the electricity bill",
        ),
        ("update the brötchen task, i want 'Buy Brezeln'", "Buy Brezeln"),
        ("change the Steuererklärung task, it should be send tax forms", "Send tax forms"),
        ("change the gas bill one, make it pay the water bill", "Pay the water bill"),
        ("rename the brötchen task to buy croissants", "Buy croissants"),
    ],
)
async def test_what_the_task_is_to_be_still_renames(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert title in state
