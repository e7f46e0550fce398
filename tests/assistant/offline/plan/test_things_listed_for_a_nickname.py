"""The plan stage, things listed for a task named by a nickname: "change the diego party one, it
has to be cake and cupcakes now because more kids are coming" for 'Order cake for Diego's party'
puts the things where the one the title has stands ('Order cake and cupcakes for Diego's
party'); the "now" and the reason after it are no part of the title. Things of which the title
has none rename it whole, as before; a single thing or a whole title is read as it was."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

_SEEDS = ("Order cake for Diego's party", "Send invitations", "Buy milk")


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "change the diego party one, it has to be cake and cupcakes now because more kids "
            "are coming",
            "Order cake and cupcakes for Diego's party",
        ),
        ("change the party one to cake and cupcakes", "Order cake and cupcakes for Diego's party"),
        (
            "update the party one: it needs to be cake and cupcakes now, more kids coming",
            "Order cake and cupcakes for Diego's party",
        ),
        (
            "change the diego party one, it has to be cake, cupcakes and cookies",
            "Order cake, cupcakes and cookies for Diego's party",
        ),
        (
            "change the cake one to cake and cupcakes",
            "Order cake and cupcakes for Diego's party",
        ),
        # near misses: nothing of the title listed; a whole title with its verb
        ("change the diego party one to balloons and streamers", "Balloons and streamers"),
        (
            "change the party one to order cupcakes for Diego's party",
            "Order cupcakes for Diego's party",
        ),
    ],
)
async def test_things_listed_for_a_nickname_go_in_place(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    for seed in _SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert store.titles() == [title, "Send invitations", "Buy milk"]


async def test_a_correction_of_the_named_word_still_keeps_the_verb(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for seed in _SEEDS:
        store.create(seed)
    await session_for(store).say("change the milk one to oat milk")
    assert store.titles() == [*_SEEDS[:2], "Buy oat milk"]
