"""The plan stage, a time said loosely in an add ("at like 7", "like 3ish", "around 7", "7 ish",
"about 6"), with a part of the day ("tmrw night at like 7" is 19:00, "tmrw arvo pls, like 3ish"
15:00): the due date and time, never words of the title. Never harm: a number said roughly
that is no time ("buy like 7 apples", "read about 5 chapters") stays in the title and dates
nothing, and no other task is touched."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play

SEEDS = "Walk the dog|Pay the gas bill"


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("remind me to take the rubbish out tomorrow night at like 7", "Take the rubbish out",
         "2026-11-24T19:00:00+00:00"),
        ("can u remind me to water the plants tmrw evening around 7ish pls", "Water the plants",
         "2026-11-24T19:00:00+00:00"),
        ("remind me to call the vet tmrw arvo pls, like 3ish", "Call the vet",
         "2026-11-24T15:00:00+00:00"),
        ("add pick up the kids friday afternoon at like 4", "Pick up the kids",
         "2026-11-27T16:00:00+00:00"),
        ("remind me to ring nan tomorrow evening around 6", "Ring nan",
         "2026-11-24T18:00:00+00:00"),
        ("add feed the cat tonight 8 ish", "Feed the cat", "2026-11-23T20:00:00+00:00"),
        ("add drop off the parcel thursday at about 5", "Drop off the parcel",
         "2026-11-26T17:00:00+00:00"),
    ],
)  # fmt: skip
async def test_a_loose_time_is_the_due_time(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, due: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == expected(SEEDS + "|" + title, {title: "@" + due})


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add buy like 7 apples", "Buy like 7 apples"),
        ("add read about 5 chapters", "Read about 5 chapters"),
        ("add walk around 3 blocks", "Walk around 3 blocks"),
    ],
)
async def test_a_rough_number_that_is_no_time_stays_in_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == expected(SEEDS + "|" + title, {})
