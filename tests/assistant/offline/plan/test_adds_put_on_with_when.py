"""The plan stage, the everyday ways people ask to put something on the list, with its when and
how often: a request wrapper ("chuck X on", "stick X on", "stick down to X", "bung X on", "put
for me: X", "note down X", "set a reminder to X", "remind me to X", "X pls", "need to X") around a
deed and a when ("for saturday", "before the end of the month", "every sunday at 7pm", "for a week
today", "in a fortnight", "tmrw arvo", "until 5pm today"). The task is the deed alone, due then
or repeating so ('Chuck grab a slab for the footy', 'Stick down to get the car NCT'd', 'Tengo que
llevar el coche a la ITV' had kept the wrapper; "for a week today" was due today).

A date said of a thing that is not on the list never moves another task: "car rego's due friday,
chuck it on the list" with 'Book car service' adds 'Car rego' (it had set the car service's date);
"the car rego is due friday" alone asks. Never harm: "the car service is due friday" still dates
'Book car service', "chuck the reminder to call mum" still deletes it, "chuck X on" is never a
delete; "chuck out the old paint", "put the bins out" are tasks whole (a thing put out), and
"stick the kettle on", "pop down to the shops" change nothing.

Not covered: "stick the kettle on" said alone is no add (the model does not know which "X on" is
a thing put on the list and which a deed), nor is "X's due friday" said alone of a thing on no
list read well (its title keeps the "'s"); "put the bins out tonight" still looks for a task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play, repeats

SEEDS = "Book car service|Pay Telstra bill"

WRAPPERS = [
    "chuck {x} on {w}",
    "stick {x} on {w}",
    "stick down to {x} {w}",
    "pop {x} on {w}",
    "bung {x} on {w}",
    "throw {x} on {w}",
    "put for me: {x} {w}",
    "put down {x} {w}",
    "jot down {x} {w}",
    "note down {x} {w}",
    "make a note to {x} {w}",
    "set up a reminder to {x} {w}",
    "set a reminder to {x} {w}",
    "set a reminder for {x} {w}",
    "remind me to {x} {w}",
    "don't let me forget {x} {w}",
    "{x} {w} pls",
    "need to {x} {w}",
]

# (the when, the due day it gives on Mon 2026-11-23, the repeat)
WHENS = [
    ("for saturday", "2026-11-28", None),
    ("on friday", "2026-11-27", None),
    ("before the end of the month", "2026-11-30", None),
    ("every sunday at 7pm", None, "every Sunday at 19:00"),
    ("for a week today", "2026-11-30", None),
    ("a week from today", "2026-11-30", None),
    ("in a fortnight", "2026-12-07", None),
    ("tmrw arvo", "2026-11-24T15:00", None),
    ("until 5pm today", "2026-11-23T17:00", None),
]


@pytest.mark.parametrize("wrapper", WRAPPERS)
@pytest.mark.parametrize(("when", "due", "repeat"), WHENS)
async def test_the_grid_adds_the_deed_with_its_when(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    wrapper: str,
    when: str,
    due: str | None,
    repeat: str | None,
) -> None:
    await play(store, session_for, SEEDS, [wrapper.format(x="ring the plumber", w=when)])
    added = [t for t in store.tasks.values() if t["title"] not in SEEDS.split("|")]
    assert [t["title"] for t in added] == ["Ring the plumber"]
    assert all(not t["due_date"] for t in store.tasks.values() if t not in added)
    if due:
        assert (added[0]["due_date"] or "").startswith(due)
    assert repeats(store) == ({"Ring the plumber": repeat} if repeat else {})


@pytest.mark.parametrize(
    ("message", "title", "due", "repeat"),
    [
        # the family's own examples
        ("chuck grab a slab for the footy on for saturday", "Grab a slab for the footy",
         "2026-11-28", None),
        ("car rego's due friday, chuck it on the list so i actually pay it this time",
         "Car rego", "2026-11-27", None),
        ("grand so stick down to get the car NCT'd before the end of the month",
         "Get the car NCT'd", "2026-11-30", None),
        ("put for me: pay the IPVA of the car until 5pm today pls", "Pay the IPVA of the car",
         "2026-11-23T17:00", None),
        ("Apúntame que tengo que llevar el coche a la ITV el jueves, que se me pasa siempre",
         "Llevar el coche a la ITV", "2026-11-26", None),
        ("can u set up a reminder every sunday at 7pm to put the recycling out to the curb, the "
         "city keeps changing the schedule", "Put the recycling out to the curb", None,
         "every Sunday at 19:00"),
        ("need to cancel my puregym membership before it renews, stick it on for a week today x",
         "Cancel my puregym membership", "2026-11-30", None),
        # wordings of our own
        ("bung book the vet on for thursday", "Book the vet", "2026-11-26", None),
        ("throw pick up the dry cleaning on in a fortnight", "Pick up the dry cleaning",
         "2026-12-07", None),
        ("jot down to renew the passport before the end of the month", "Renew the passport",
         "2026-11-30", None),
        ("put for me - collect the parcel tmrw arvo", "Collect the parcel", "2026-11-24T15:00",
         None),
        ("note down call the landlord a week today", "Call the landlord", "2026-11-30", None),
        ("whack order the turkey on for a fortnight tomorrow", "Order the turkey", "2026-12-08",
         None),
        ("chuck water the tomatoes on every evening", "Water the tomatoes", None,
         "every day at 18:00"),
        ("remind me to ring nan today week", "Ring nan", "2026-11-30", None),
        ("apunta que hay que pagar la luz el viernes", "Pagar la luz", "2026-11-27", None),
        ("set up a reminder every monday at 8am to take the bins out, the truck comes early",
         "Take the bins out", None, "every Monday at 08:00"),
        ("gas bill's due friday, stick it on the list", "Gas bill", "2026-11-27", None),
        ("chuck ring the sparky on", "Ring the sparky", None, None),
    ],
)  # fmt: skip
async def test_a_put_on_adds_the_deed(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    due: str | None,
    repeat: str | None,
) -> None:
    await play(store, session_for, SEEDS, [message])
    added = [t for t in store.tasks.values() if t["title"] not in SEEDS.split("|")]
    assert [t["title"] for t in added] == [title]
    assert all(not t["due_date"] for t in store.tasks.values() if t not in added)
    if due:
        assert (added[0]["due_date"] or "").startswith(due)
    assert added[0]["repeat_text"] == repeat


@pytest.mark.parametrize(
    "message",
    [
        "the car rego is due friday",
        "move the car rego to friday",
        "stick the car rego on for friday",
        "stick the kettle on",
        "pop down to the shops",
        "the boiler service is due friday",
    ],
)
async def test_a_thing_on_no_list_moves_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert all("@" not in said for said in state)
    assert [said for said in state if said in SEEDS.split("|")] == sorted(SEEDS.split("|"))


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("the car service is due friday", {"Book car service": "@2026-11-27"}),
        ("stick the car service on for friday", {"Book car service": "@2026-11-27"}),
        ("chuck the telstra one", {"Pay Telstra bill": "deleted"}),
    ],
)
async def test_a_task_on_the_list_is_still_changed(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("chuck out the old paint", "Chuck out the old paint"),
        ("put the bins out", "Put the bins out"),
        ("chuck out the old paint on saturday", "Chuck out the old paint"),
        ("throw the old bike out", "Throw the old bike out"),
    ],
)
async def test_a_thing_put_out_is_a_deed_of_its_own(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    await play(store, session_for, SEEDS, [message])
    added = [t["title"] for t in store.tasks.values() if t["title"] not in SEEDS.split("|")]
    assert added == [title]


async def test_a_deed_put_on_is_no_delete(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, "Ring the plumber", ["chuck ring the plumber on"])
    assert "Ring the plumber" in state
