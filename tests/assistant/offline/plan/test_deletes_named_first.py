"""The plan stage, a delete said loosely: the task named first and leave to delete it after
("the last one you can delete, the router works again", "the telekom one u can get rid of"),
a trip said for a run ("get rid of the one about the bunnings trip": 'Bunnings run for potting
mix'), and Roman Urdu's "hata do" with "list se" after it ("darzi wala task hata do list se,
suit bhai le aaya hai already": the reason after it ticks nothing off). Leave to cross it off
still completes, a leave denied changes nothing, and a trip to another place deletes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

LISTED = "Send Kita registration form|Buy Glühwein for office party|Call Telekom about router"
ERRANDS = "Take the dog to the vet|Bunnings run for potting mix|Pay the water bill"
URDU = "Pay gas bill|Pick up suit from darzi|Renew CNIC"


@pytest.mark.parametrize(
    ("seeds", "messages", "changes"),
    [
        (
            LISTED,
            ["list my open tasks", "the last one you can delete, the router works again"],
            {"Call Telekom about router": "deleted"},
        ),
        (
            LISTED,
            ["list my open tasks", "the last one you can delete"],
            {"Call Telekom about router": "deleted"},
        ),
        (LISTED, ["the telekom one you can delete"], {"Call Telekom about router": "deleted"}),
        (
            LISTED,
            ["list my open tasks", "the first one u can get rid of, sent it already"],
            {"Send Kita registration form": "deleted"},
        ),
        (
            LISTED,
            ["the glühwein one can you delete pls"],
            {"Buy Glühwein for office party": "deleted"},
        ),
        # leave to cross it off is a done; a leave denied is nothing
        (
            LISTED,
            ["list my open tasks", "the last one you can cross off"],
            {"Call Telekom about router": "done"},
        ),
        (LISTED, ["list my open tasks", "the last one you can't delete"], {}),
        # a trip for a run
        (
            ERRANDS,
            [
                "get rid of the one about the bunnings trip, not going anymore my neighbour"
                " gave me a bag"
            ],
            {"Bunnings run for potting mix": "deleted"},
        ),
        (ERRANDS, ["delete the bunnings trip"], {"Bunnings run for potting mix": "deleted"}),
        (ERRANDS, ["scrap the ikea trip"], {}),
        # Roman Urdu: "hata do list se"
        (
            URDU,
            ["darzi wala task hata do list se, suit bhai le aaya hai already"],
            {"Pick up suit from darzi": "deleted"},
        ),
        (URDU, ["darzi wala hata do yahan se"], {"Pick up suit from darzi": "deleted"}),
        (URDU, ["CNIC wala kaam hata do list se please"], {"Renew CNIC": "deleted"}),
    ],
)
async def test_a_delete_said_loosely(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, messages, changes)
