"""The plan stage, several requests in one message with a deed or a reason among them: an add,
then the user's own deed and "check that off" ("add call the vet re: Maple's shots, and I
already got the hockey tape so check that off"): the new task is added alone and the deed's
task ticked; an exception with why it is spared ("tick off everything except the gutters one,
didn't get to it"): the reason spares nothing more; a heading before the requests ("party prep:
add get cake ..."): no part of a title; a delete with a laugh and a reason after it ("delete
the clown booking lol Tobi says clowns are scary"): the task named goes.

Never harm: what the add's task says of a deed with no "and" ("add tell dave i paid the rent"),
having a thing ("and I've got the receipt"), one more task spared with its own name ("..., and I
haven't washed the car") and a heading that is a note, a day or a level ("note: add more salt",
"urgent: add pay rent") are read as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Buy hockey tape|Pay the rent|Make signs for the garage sale"


@pytest.mark.parametrize(
    ("message", "added", "done"),
    [
        (
            "add book the dentist, and we already paid the rent so tick that off",
            "Book the dentist",
            "Pay the rent",
        ),
        (
            "add call the school but I've just picked up the hockey tape, check it off",
            "Call the school",
            "Buy hockey tape",
        ),
        (
            "add email the coach, I already got the hockey tape so cross that off",
            "Email the coach",
            "Buy hockey tape",
        ),
        (
            "add call the vet re: Maple's shots, and I already got the hockey tape so check "
            "that off",
            "Call the vet re: Maple's shots",
            "Buy hockey tape",
        ),
    ],
)
async def test_an_add_then_a_deed_ticked(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    added: str,
    done: str,
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert f"{done}:done" in state
    assert added in state
    assert len(state) == 4


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("add tell dave i paid the rent", "Tell dave i paid the rent"),
        ("add buy eggs and I've got the receipt", "Buy eggs and I've got the receipt"),
        ("note: add more salt", "Add more salt"),
    ],
)
async def test_one_task_added_as_said(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([*SEEDS.split("|"), title])


YARD = "Mow front lawn|Clean the gutters|Wash the car|Weed the garden beds"


@pytest.mark.parametrize(
    ("message", "left"),
    [
        ("mark everything done except the gutters, still need to do that", {"Clean the gutters"}),
        ("tick off everything but the car one, ran out of time", {"Wash the car"}),
        ("all done except the gutters, it's too wet", {"Clean the gutters"}),
        (
            "big day in the yard 💪 tick off everything except the gutters one, didn't get to it",
            {"Clean the gutters"},
        ),
        (
            "tick off everything except the gutters one, and I haven't washed the car",
            {"Clean the gutters", "Wash the car"},
        ),
    ],
)
async def test_everything_but_the_spared(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, left: set[str]
) -> None:
    state, _ = await play(store, session_for, YARD, [message])
    assert state == sorted(t if t in left else f"{t}:done" for t in YARD.split("|"))


PARTY = "Buy balloons|Book the clown"


@pytest.mark.parametrize(
    ("message", "after"),
    [
        ("garden stuff: add buy compost", [*PARTY.split("|"), "Buy compost"]),
        ("xmas prep: tick off the balloons and delete the clown", ["Buy balloons:done"]),
        ("scrap the clown lol kids hate clowns", ["Buy balloons"]),
        (
            "ok party prep: add get cake for Tobi's bday on friday, tick off the balloons (got "
            "them), and delete the clown booking lol Tobi says clowns are scary",
            ["Buy balloons:done", "Get cake for Tobi's birthday@2026-11-27"],
        ),
    ],
)
async def test_a_heading_or_a_laugh_is_no_title(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, after: list[str]
) -> None:
    state, _ = await play(store, session_for, PARTY, [message])
    assert state == sorted(after)


async def test_a_level_heading_is_kept(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await play(store, session_for, PARTY, ["urgent: add pay rent"])
    added = [t for t in store.tasks.values() if t["title"] == "Pay rent"]
    assert len(added) == 1 and added[0]["priority"] == "high"
