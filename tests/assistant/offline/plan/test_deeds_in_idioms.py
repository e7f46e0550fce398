"""The plan stage, a completion told with an idiom: "done and dusted", "over and done with"
(done), a "pressie" or "prezzie" (a present) sorted or got, "knocked over" (Australian for got
done) then ticked off. Never harm: a thing knocked over with no tick is no deed, a forgotten
present, a question and an idiom said of no task change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

TRADE = "Tile the splashback|Invoice Mr Okafor|Book the skip bin"
GIFTS = "Buy present for Priya's leaving do|Descale the kettle|Email the landlord"
AUSSIE = "Lodge the BAS|Fix the fence paling|Buy a new vase"


@pytest.mark.parametrize(
    ("seeds", "message", "meant"),
    [
        (TRADE, "#2 done and dusted", "Invoice Mr Okafor"),
        (TRADE, "splashback tiling done and dusted 🙌", "Tile the splashback"),
        (TRADE, "the okafor invoice is over and done with", "Invoice Mr Okafor"),
        (GIFTS, "sorted priyas pressie x", "Buy present for Priya's leaving do"),
        (
            GIFTS,
            "got the prezzie for priya's leaving do today",
            "Buy present for Priya's leaving do",
        ),
        (AUSSIE, "knocked over the BAS this morning, tick it off mate", "Lodge the BAS"),
        (
            AUSSIE,
            "we knocked over the fence paling yesterday. tick that off",
            "Fix the fence paling",
        ),
    ],
)
async def test_a_deed_in_an_idiom_completes_its_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    meant: str,
) -> None:
    await assert_changes(store, session_for, seeds, [message], {meant: "done"})


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        (AUSSIE, "knocked over the vase"),
        (AUSSIE, "i knocked over the BAS folder lol"),
        (GIFTS, "i forgot priyas pressie"),
        (GIFTS, "did i sort the prezzie for priya?"),
        (TRADE, "the footy season is done and dusted"),
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])


BILLS = "Pay water bill|Pay internet bill|Book train to Leeds"
THREE_BILLS = "Pay water bill|Pay internet bill|Pay council tax bill"


@pytest.mark.parametrize(
    "message",
    [
        "household bills done, both of them. paid online",
        "paid the bills, both of them",
        "sorted the bills, both of em",
        "the bills are paid, the two of them",
    ],
)
async def test_both_said_after_a_deed_completes_the_two_tasks_that_fit(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(
        store,
        session_for,
        BILLS,
        [message],
        {"Pay water bill": "done", "Pay internet bill": "done"},
    )


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        # two tasks fit, with no "both": a question
        (BILLS, "household bills done"),
        # "both" of three that fit, or of one: a question
        (THREE_BILLS, "bills done, both of them"),
        (BILLS, "paid the water bill, both of them"),
        # denied or asked
        (BILLS, "havent paid the bills, both of them still due"),
        (BILLS, "are both bills paid?"),
    ],
)
async def test_both_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])
