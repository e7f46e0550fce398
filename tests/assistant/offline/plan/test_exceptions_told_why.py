"""The plan stage, a bulk completion with its exception and why that one is left: "mark them all
done except the car one, still haven't got round to the NCT" completes every task but 'Book the
NCT' (it had answered it didn't understand; "mark all done except the car one" had spared 'Get
Mam's birthday card' for "car" and ticked the NCT). Why the task is left may name it better than
the exception does. Never harm: an exception that names nothing, or two tasks, or one task while
why names another, is asked about and nothing is ticked; a question ticks nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Renew the car tax|Pay the gas bill|Buy Dad's birthday present|Clean the oven"
ALL_DONE = {t: "done" for t in SEEDS.split("|")}
NCT = "Book the NCT|Pay the ESB bill|Get Mam's birthday card|Hoover the stairs"


def _but(title: str) -> dict[str, str]:
    return {t: c for t, c in ALL_DONE.items() if t != title}


@pytest.mark.parametrize(
    ("said", "left"),
    [
        (
            "tick them all off except the motor one, still haven't got round to the car tax",
            "Renew the car tax",
        ),
        ("mark em all done apart from the oven, not got to it yet", "Clean the oven"),
        (
            "mark them all as done except the present one, haven't wrapped Dad's gift yet",
            "Buy Dad's birthday present",
        ),
        (
            "mark them all complete except the heating one, gas bill not paid yet",
            "Pay the gas bill",
        ),
        ("tick em all off except the car tax", "Renew the car tax"),
        ("tick them all off but the car tax", "Renew the car tax"),
        ("mark them all done but my dad's present, not bought yet", "Buy Dad's birthday present"),
    ],
)
async def test_all_but_the_one_left_are_done(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, left: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], _but(left))


@pytest.mark.parametrize(
    ("seeds", "said"),
    [
        (NCT, "mark them all done except the car one"),
        (NCT, "mark all done except the dentist one, still waiting on a slot"),
        (
            "Pay the ESB bill|Pay the gas bill|Book the NCT",
            "mark them all done except the bill one",
        ),
        (
            "Wash the car|Book the NCT|Hoover the stairs",
            "mark them all done except the car one, still haven't got round to the NCT",
        ),
        (NCT, "did i do the car one?"),
        (NCT, "should i mark them all done except the car one?"),
    ],
)
async def test_unsure_exceptions_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, said: str
) -> None:
    await assert_changes(store, session_for, seeds, [said])
