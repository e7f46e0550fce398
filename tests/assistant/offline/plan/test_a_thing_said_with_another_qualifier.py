"""The plan stage, a thing said with a qualifier the title does not have: "car passed its
warrant" had ticked 'Renew the search warrant paperwork', the only warrant task (the "car" no
task has was dropped by the matcher). A word said right before a matched one, where the title
has a qualifier of its own ("search"), and no task has the word said, names another thing: the
deed or the delete asks which, never acts on a guess.

Never harm: a word only left out ("paid the gas" for 'Pay the gas bill'), the title's own
qualifier said ("the search warrant one"), or a deed said before the thing ("renewed the
warrant") still acts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = (
    "Renew the search warrant paperwork|Pay the gas bill|Write the english essay|"
    "Send the visa form|Fix the bathroom tap|Book the car service|Call mom|"
    "Fix the back door lock|Change the fridge water filter|Return the hire car keys|"
    "Service the lawn mower engine"
)


@pytest.mark.parametrize(
    ("task", "message"),
    [
        ("Renew the search warrant paperwork", "car passed its warrant"),
        ("Renew the search warrant paperwork", "the van passed its warrant"),
        ("Renew the search warrant paperwork", "delete the bike warrant"),
        ("Clean the kitchen window frames", "cleaned the car window"),
        ("Replace the smoke alarm battery", "car battery replaced"),
        ("Change the fridge water filter", "changed the pool filter"),
        ("Fix the back door lock", "fixed the bike lock"),
        ("Paint the garden shed roof", "remove the car roof"),
        ("Order new kitchen curtains", "ordered the shower curtains"),
        ("Return the hire car keys", "returned the house keys"),
        ("Service the lawn mower engine", "boat engine serviced"),
        ("Replace the bathroom light bulbs", "delete car bulbs"),
    ],
)
async def test_another_qualifier_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], task: str, message: str
) -> None:
    state, _ = await play(store, session_for, f"{task}|Call mom", [message])
    assert state == sorted([task, "Call mom"])


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("paid the gas", {"Pay the gas bill": "done"}),
        ("renewed the warrant", {"Renew the search warrant paperwork": "done"}),
        ("warrant paperwork done", {"Renew the search warrant paperwork": "done"}),
        ("delete the search warrant one", {"Renew the search warrant paperwork": "deleted"}),
        ("the english essay is done", {"Write the english essay": "done"}),
        ("sent the visa form", {"Send the visa form": "done"}),
        ("finished my essay", {"Write the english essay": "done"}),
        ("tap fixed", {"Fix the bathroom tap": "done"}),
        ("paid the gas bill", {"Pay the gas bill": "done"}),
        ("fixed the door lock", {"Fix the back door lock": "done"}),
        ("changed the water filter", {"Change the fridge water filter": "done"}),
        ("returned the car keys", {"Return the hire car keys": "done"}),
        ("mower engine serviced", {"Service the lawn mower engine": "done"}),
    ],
)
async def test_a_word_only_left_out_still_acts(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)
