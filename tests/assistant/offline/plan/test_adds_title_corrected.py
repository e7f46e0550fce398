"""The plan stage, an add whose title is corrected in the same message ("add task defrost the
freezer no wait make it clean out the freezer", "new task. get the car serviced. no wait, make
that get the car washed, service was done last month", "add call the plumber about the sink no
wait not call I mean book the plumber", "i got to ring the bank... actually just put it as call
bank re card, sunday at 10am", "put down to get a birthday card for grandad, no wait make that a
card AND a present"): the new title takes the old one's place, the thing named again takes the
old thing's word, a day said after it stays and why it was corrected goes. Never harm: a day or a
priority corrected keeps its reading, "make it ..." in a later message is still an edit of that
task, and "no wait" before a different request is no correction of the add."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Renew passport|Call plumber"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "can you put down to get a birthday card for grandad, no wait make that a card AND a "
            "present",
            ["Get a birthday card and present for grandad"],
        ),
        ("add buy milk, no wait make it oat milk", ["Buy oat milk"]),
        ("add milk, no wait make it eggs", ["Eggs"]),
        ("add buy milk... actually make that oat milk", ["Buy oat milk"]),
        (
            "remind me to call the vet, no wait make it book the vet online, tomorrow",
            ["Book the vet online@2026-11-24"],
        ),
        ("add buy bread no wait make that bread and eggs", ["Buy bread and eggs"]),
        (
            "add task defrost the freezer no wait make it clean out the freezer",
            ["Clean out the freezer"],
        ),
        (
            "add wash the car, no wait, change that to vacuum the car",
            ["Vacuum the car"],
        ),
        (
            "new task. get the car serviced. no wait, make that get the car washed, service was "
            "done last month",
            ["Get the car washed"],
        ),
        (
            "remind me to water the plants no wait make it repot the plants, they've outgrown them",
            ["Repot the plants"],
        ),
        (
            "okay add call the plumber about the kitchen sink no wait not call I mean book the "
            "plumber through the app for the kitchen sink",
            ["Book the plumber through the app for the kitchen sink"],
        ),
        (
            "add fix the gate, sorry no I mean paint the gate by friday",
            ["Paint the gate@2026-11-27"],
        ),
        (
            "i gotta ring the bank about the card thats been declining... actually just put it as "
            "call bank re card, friday",
            ["Call bank re card@2026-11-27"],
        ),
        (
            "need to sort out the mess with the council tax. actually just put it down as call "
            "the council",
            ["Call the council"],
        ),
        # never harm: a day or a priority corrected, another request after "no wait"
        ("add buy milk on thursday, no wait, make it wednesday", ["Buy milk@2026-11-25"]),
        ("add call mom, no wait call dad", ["Call dad"]),
    ],
)
async def test_the_corrected_title_takes_the_old_ones_place(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), *added])


async def test_no_wait_before_another_request_makes_that_request(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, SEEDS, ["add defrost the freezer, no wait, delete call plumber"]
    )
    assert state == ["Renew passport"]


async def test_make_it_in_a_later_message_still_edits_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, SEEDS, ["add defrost the freezer", "make it clean out the freezer"]
    )
    assert state == sorted([*SEEDS.split("|"), "Clean out the freezer"])
