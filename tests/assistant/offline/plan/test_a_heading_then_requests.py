"""The plan stage, a heading of "a few things:" whose items are requests said after "so",
"please" or "can you", or news of what was done: "OK a few things: the signage has been ordered
so tick that off, and can you add two new ones, ..." ticks the signage and adds the two (the
heading had made the news a task, 'These: the signage has been ordered'); "Two things please:
the invoice of Mr. Reyes I sent yesterday, and please remove the printer paper" ticks the invoice
and deletes the paper ("Mr." is no sentence end).

Never harm: a heading of things to add still adds them ("ok few things before i forget: book flu
shots, renew my licence, and cancel the gym").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Order table plan signage|Send invoice to Mr. Reyes|Order printer paper"


@pytest.mark.parametrize(
    ("message", "after"),
    [
        (
            "OK a few things: the signage has been ordered so tick that off, and can you add "
            "two new ones, send the timeline to the photographer and confirm the bus times",
            [
                "Confirm the bus times",
                "Order printer paper",
                "Order table plan signage:done",
                "Send invoice to Mr. Reyes",
                "Send the timeline to the photographer",
            ],
        ),
        (
            "Good morning! Two things please: the invoice of Mr. Reyes I sent yesterday, and "
            "please remove the printer paper, my boss already bought it.",
            ["Order table plan signage", "Send invoice to Mr. Reyes:done"],
        ),
        (
            "couple of things: the printer paper was delivered so tick it off, and pls delete "
            "the signage",
            ["Order printer paper:done", "Send invoice to Mr. Reyes"],
        ),
        (
            "ok few things before i forget: book flu shots, renew my licence, and cancel the gym",
            [
                "Book flu shots",
                "Cancel the gym",
                "Order printer paper",
                "Order table plan signage",
                "Renew my licence",
                "Send invoice to Mr. Reyes",
            ],
        ),
    ],
)
async def test_a_heading_of_requests_does_each(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    after: list[str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == after
