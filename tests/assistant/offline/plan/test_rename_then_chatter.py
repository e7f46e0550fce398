"""The plan stage, a new title followed by chatter about it, its subject and verb typed without
the apostrophe ("can u change jacks present one to buy lego for jacks bday, hes obsessed atm",
"rename the card one to get a card for gran, shes turning 90", "..., theyre out of the red
ones"): the chatter is no part of the new title. Never harm: commas inside the new title (a
list of things) stay in it, and the other task is not renamed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Buy present for Jack|Book dentist"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "can u change jacks present one to buy lego for jacks bday, hes obsessed atm",
            "Buy lego for jacks birthday",
        ),
        ("rename the present one to get a card for gran, shes turning 90", "Get a card for gran"),
        ("change the jack one to buy a red scooter, theyre his fave", "Buy a red scooter"),
        ("change the present one to buy lego, youre a star", "Buy lego"),
        ("rename jacks present to buy lego technic, hes really into cars", "Buy lego technic"),
        ("change the jack task to get lego, weve run out of ideas", "Get lego"),
    ],
)
async def test_the_chatter_after_a_new_title_is_left_out(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == sorted(["Book dentist", title])


async def test_a_list_in_a_new_title_stays(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, "Buy groceries|Book dentist", ["rename groceries to eggs, milk, bread"]
    )
    assert state == ["Book dentist", "Eggs, milk, bread"]
