"""The plan stage, a task's hour corrected as a statement, "X is N not M", with a remark after
it: "mia's pickup tmrw is 6:30 not 5:30, coach changed practice times 🙄" moves 'Pick up Mia
from soccer' from 17:30 to 18:30 the same day (it said it could not find 'mia's pickup tomorrow
to 6': the remark was read as words of the old hour, then as the task's name); "the tiles task
is 4 not 3" moves 'Grout the tiles' from 15:00 to 16:00 on its own day. Never harm: the day is
kept, no other task moves, a request after the remark is still made, and a question or a
correction of nothing on the list changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

MIA = "Pick up Mia from soccer@2026-11-24T17:30:00+00:00"
TILES = "Grout the tiles@2026-11-26T15:00:00+00:00"
DENTIST = "Dentist with Dr Patel@2026-11-25T09:00:00+00:00"
SEEDS = f"{MIA}|{TILES}|{DENTIST}|Go to the gym"


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("mia's pickup tmrw is 6:30 not 5:30, coach changed practice times 🙄",
         "Pick up Mia from soccer", "2026-11-24T18:30:00+00:00"),
        ("mias pickup is 6.30 not 5.30 - the coach moved training",
         "Pick up Mia from soccer", "2026-11-24T18:30:00+00:00"),
        ("the tiles task is 4 not 3", "Grout the tiles", "2026-11-26T16:00:00+00:00"),
        ("the tiles one is 4 not 3, tiler running late",
         "Grout the tiles", "2026-11-26T16:00:00+00:00"),
        ("grouting should be at 4 not 3, the adhesive needs longer to set",
         "Grout the tiles", "2026-11-26T16:00:00+00:00"),
        ("dentist is 10 not 9, receptionist called to move it",
         "Dentist with Dr Patel", "2026-11-25T10:00:00+00:00"),
        ("the dentist is at 10 not 9, dr patel moved me",
         "Dentist with Dr Patel", "2026-11-25T10:00:00+00:00"),
        ("dentist wed is 10 not 9 - dr patel is off early lol",
         "Dentist with Dr Patel", "2026-11-25T10:00:00+00:00"),
        ("the patel appt is at 10am not 9am, clinic rang this morning",
         "Dentist with Dr Patel", "2026-11-25T10:00:00+00:00"),
    ],
)  # fmt: skip
async def test_the_hour_moves_on_the_same_day(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, due: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "@" + due})


async def test_a_request_after_the_remark_is_still_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["the dentist is at 10 not 9, and delete the gym one"],
        {"Dentist with Dr Patel": "@2026-11-25T10:00:00+00:00", "Go to the gym": "deleted"},
    )


@pytest.mark.parametrize(
    "said",
    [
        "is mia's pickup 6:30 not 5:30?",
        "is the tiles task at 4 or 3?",
        "the piano lesson is 6 not 5, teacher texted",
        "the car service is at 10 not 9, garage rang",
        "what time is mia's pickup, 6:30 or 5:30?",
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
