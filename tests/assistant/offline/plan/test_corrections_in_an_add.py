"""The plan stage, a correction said inside an add ("add call the plumber on thursday, no wait,
make it wednesday, he's busy thursday"; "add renew residence card at the ward office... no
wait, it's the immigration office not the ward office, sorry"): one task, with the corrected
words, never a question of which task to change nor nothing done. Never harm: a whole add taken
back ("add X, no wait, don't") adds nothing, and a change said after "no wait" of a task named
still goes to that task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

SEEDS = "Walk the dog|Pay the gas bill"


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("add call the plumber on thursday, no wait, make it wednesday, he's busy thursday",
         "Call the plumber@2026-11-25"),
        ("add book the vet for friday, no wait, change it to saturday", "Book the vet@2026-11-28"),
        ("remind me to ring nan on monday... no wait, make it tuesday", "Ring nan@2026-11-24"),
        ("add renew residence card at the ward office... no wait, it's the immigration office "
         "not the ward office, sorry", "Renew residence card at the immigration office"),
        ("add pick up the parcel at the post office, no wait, it's the depot not the post office",
         "Pick up the parcel at the depot"),
    ],
)  # fmt: skip
async def test_a_correction_inside_an_add_corrects_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == expected(SEEDS + "|" + added, {})


async def test_an_add_taken_back_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["add call the plumber, no wait, don't"])


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "add pick up the ute from the mechanic at 4 .. no wait he said 4.30",
            "Pick up the ute from the mechanic@2026-11-23T16:30:00+00:00",
        ),
        (
            "add go to immigration for 90 day report on thursday, no wait its friday not thursday",
            "Go to immigration for 90 day report@2026-11-27",
        ),
        ("add call mum on monday, no wait it's tuesday", "Call mum@2026-11-24"),
    ],
)
async def test_a_day_or_time_said_again_after_no_wait_corrects_the_add(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    """Found by batches 129 and 130: "he said" and "its" before the new day or time, and "not
    thursday" after it, had left the old time or made a question."""
    state, _ = await play(store, session_for, "Quote", [message])
    assert state == expected("Quote|" + title, {})
