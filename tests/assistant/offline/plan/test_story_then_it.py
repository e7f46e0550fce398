"""The plan stage, a message that tells a story and then asks with "it" / "that" for the thing the
story names. An add: the title is the deed the story says must be done, without the story's
words around it ("now i gotta", "i always forget to", a second language's "I need remember to")
nor what happens after it ("... and then the truck comes"), nor a time offered as a guess (",
say 10am??" is the time). A change: the clause before "it" names the task ("the vet called,
they've had to cancel wednesday, move it to friday": the vet task; what "they" did names none),
and a deed someone else did to a thing of a kind ("my sister already ordered one") is only why:
"it" is the task talked about.

Never harm: when the story fits two tasks, or none, ask and change nothing; a deed of someone
else's that names a task only loosely asks first; a question before "put it in" adds nothing;
news ("practice got cancelled") is never a task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play

SEEDS = "Call mum"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "ugh practice got cancelled again, now i gotta return the jerseys to coach by "
            "friday. put that on my list",
            ["Return the jerseys to coach@2026-11-27"],
        ),
        (
            "gotta pick up the dry cleaning tmrw, say 10am?? put it in pls",
            ["Pick up the dry cleaning@2026-11-24T10:00:00+00:00"],
        ),
        (
            "I need remember to renew the visa of my wife, last time we almost miss it",
            ["Renew the visa of my wife"],
        ),
        ("i always forget to defrost the chicken, put that on the list", ["Defrost the chicken"]),
        (
            "every friday i forget to water the ferns and then they droop all weekend. can you "
            "set that up as a repeating thing every friday",
            ["Water the ferns@2026-11-23"],
        ),
        (
            "found the permission slip crumpled in Leo's lunchbox, apparently it's due back "
            "friday. can you put 'sign Leo's permission slip' on there",
            ["Sign Leo's permission slip"],
        ),
        (
            "the parent-teacher meeting is on wednesday 4pm, please put that in",
            ["The parent-teacher meeting@2026-11-25T16:00:00+00:00"],
        ),
    ],
)
async def test_the_title_is_the_deed_the_story_names(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    added: list[str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([SEEDS, *added])


@pytest.mark.parametrize(
    ("seeds", "messages", "changes"),
    [
        (
            "Vet appointment@2026-11-25|Buy milk",
            ["the vet called, they've had to cancel wednesday, can you move it to friday"],
            {"Vet appointment": "@2026-11-27"},
        ),
        (
            "Barber appointment@2026-11-24|Call mum",
            ["the barber texted, he's off sick tuesday so push it to saturday"],
            {"Barber appointment": "@2026-11-28"},
        ),
        (
            "Go to the farmers market|Buy milk",
            ["went to the farmers market super early, got loads of veg, you can tick that off"],
            {"Go to the farmers market": "done"},
        ),
        (
            "Parent-teacher meeting (Year 3)|Buy milk",
            ["the parent-teacher meeting is on wednesday 4pm, please put that in"],
            {"Parent-teacher meeting (Year 3)": "@2026-11-25T16:00:00+00:00"},
        ),
    ],
)
async def test_it_is_the_task_the_story_names(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
    changes: dict[str, str],
) -> None:
    state, _ = await play(store, session_for, seeds, messages)
    assert state == expected(seeds, changes)


async def test_a_thing_of_a_kind_someone_got_is_only_why(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store,
        session_for,
        "Book the venue for the party|Buy milk",
        ["add order the cake", "actually scrap that, my sister already ordered one. delete it"],
    )
    assert state == ["Book the venue for the party", "Buy milk"]


@pytest.mark.parametrize(
    ("seeds", "messages"),
    [
        # two tasks fit the story: asked
        (
            "Dentist appointment@2026-11-24|Book dentist for the kids",
            ["the dentist rang, they've had to cancel tuesday so can you move it to thursday"],
        ),
        # no task fits it: asked, nothing added from the news
        (
            "Pay council tax|Buy milk",
            ["the dentist rang, they've had to cancel tuesday so can you move it to thursday"],
        ),
        # a deed of someone else's naming a task loosely: asked first
        ("Pay the parking fine|Buy milk", ["add walk dog", "tom paid the fine, remove it"]),
        ("Buy dog food|Buy milk", ["my brother got some, remove it"]),
        # a question is no task to put in
        ("Buy milk", ["do i need to renew my passport? put it in"]),
        # news is no task
        ("Buy milk", ["practice got cancelled again"]),
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
) -> None:
    state, _ = await play(store, session_for, seeds, messages)
    after_first = ["Walk dog"] if messages[0] == "add walk dog" else []
    assert state == sorted([*seeds.split("|"), *after_first])


async def test_a_deed_beside_an_add_of_another_thing_still_ticks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, "Pay gas bill|Buy milk", ["paid the gas bill, add pay the water bill"]
    )
    assert state == ["Buy milk", "Pay gas bill:done", "Pay the water bill"]
