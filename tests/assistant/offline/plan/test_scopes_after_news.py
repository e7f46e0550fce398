"""The plan stage, a scope said right after news of a thing called off ("our cebu trip got
cancelled, remove all the trip stuff", "... remove it all", "... bin everything for it"): the
stuff of that thing, by either name the news and the scope give it; never the whole list (it
had deleted every task), and never one task deleted while another is asked about. With no task
of that thing, it asks."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

CEBU = "Book ferry to Cebu|Reserve hotel in Cebu|Buy sunblock for the trip|Pay tuition fee"
PARIS = "Book hotel in Paris|Buy euros for the holiday|Book Paris museum tickets|Pay council tax"
GONE = "deleted"


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        (
            CEBU,
            "our cebu trip got cancelled 😭 remove all the trip stuff pls",
            {
                "Book ferry to Cebu": GONE,
                "Reserve hotel in Cebu": GONE,
                "Buy sunblock for the trip": GONE,
            },
        ),
        (
            CEBU,
            "our cebu trip got cancelled, remove it all",
            {
                "Book ferry to Cebu": GONE,
                "Reserve hotel in Cebu": GONE,
                "Buy sunblock for the trip": GONE,
            },
        ),
        (
            PARIS,
            "the paris holiday is cancelled, delete all the holiday stuff",
            {
                "Book hotel in Paris": GONE,
                "Buy euros for the holiday": GONE,
                "Book Paris museum tickets": GONE,
            },
        ),
        (
            PARIS,
            "paris holiday got called off so bin everything for it",
            {
                "Book hotel in Paris": GONE,
                "Buy euros for the holiday": GONE,
                "Book Paris museum tickets": GONE,
            },
        ),
        (
            PARIS,
            "the paris holiday is off, remove it all",
            {
                "Book hotel in Paris": GONE,
                "Buy euros for the holiday": GONE,
                "Book Paris museum tickets": GONE,
            },
        ),
    ],
)
async def test_the_stuff_of_the_thing_called_off_goes(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, [message], changes)


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        # nothing on the list is of the thing called off: a question, never the whole list
        (PARIS, "the wedding is off, remove it all"),
        (CEBU, "the wedding got cancelled so delete everything for it"),
        # "for it" with nothing named before it
        (CEBU, "remove everything for it"),
    ],
)
async def test_a_scope_of_nothing_named_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])
