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


@pytest.mark.parametrize(
    ("message", "kept", "ticked"),
    [
        # a list to add whose items go on to a request after "and", a comma, "so" or "then",
        # asked with "can you", "pls", "please also": the request is done, never a title
        ("need 3 things on the list: eggs, flour, and delete the signage", False, False),
        ("2 things to add - printer ink and please remove the signage", False, False),
        ("two things to add: printer ink, and can you delete the signage", False, False),
        ("3 things to add: printer ink, stamps; pls tick off the printer paper", True, True),
        ("a few things to add: printer ink then could u remove the signage", False, False),
        ("add these: printer ink so please also delete the signage", False, False),
    ],
)
async def test_a_list_to_add_with_a_request_in_it_does_the_request(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    kept: bool,
    ticked: bool,
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert ("Order table plan signage" in state) == kept
    assert ("Order printer paper:done" in state) == ticked
    assert not any(
        word in title.lower() for title in state for word in ("delete", "remove", "tick")
    )
