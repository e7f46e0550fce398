"""The plan stage, an add whose way of reaching someone is corrected in the same message ("add
ring the plumber about the leaky tap.. no wait make it text him instead he never answers his
phone", "remind me to email the landlord about the boiler... actually make it a call, he ignores
emails"): the new verb takes the old one's place, whom the add named stays ("him" is the
plumber), and why it was corrected is no part of the title. Never harm: the same verb said
again with someone else ("add call mom, no wait call dad") and a day corrected keep their
readings, and a request after the correction is still made."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Get quotes for new hot water cylinder|Call the plumber"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "add ring the plumber about the leaky tap.. no wait make it text him instead he never "
            "answers his phone",
            ["Text the plumber about the leaky tap"],
        ),
        (
            "add call mum about sunday lunch, no wait text her instead",
            ["Text mum about sunday lunch"],
        ),
        (
            "remind me to email the landlord about the boiler... actually make it a call, he "
            "ignores emails",
            ["Call the landlord about the boiler"],
        ),
        (
            "add phone the dentist tomorrow. no wait, i'll just email them",
            ["Email the dentist@2026-11-24"],
        ),
        (
            "add text sam re the keys, no wait, call him instead and also add buy milk",
            ["Call sam re the keys", "Buy milk"],
        ),
        ("add call mom, no wait call dad", ["Call dad"]),
        (
            "add call the plumber on thursday, no wait, make it wednesday",
            ["Call the plumber@2026-11-25"],
        ),
    ],
)
async def test_the_corrected_verb_takes_the_old_ones_place(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), *added])
