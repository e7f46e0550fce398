"""The plan stage, renames said loosely, mostly right after an add or a listing: a new verb
for the task just added keeps the rest of its title ("change it to ring instead" for 'Email
the school about the trip money' gives 'Ring the school about the trip money'; "make that call
her", "sorry change to email, not phone", "switch to collect instead", "change it to order
snags, not grab"); a new title with what a word of it is told after it ("..., that's his name
btw") is the title alone; the right spelling, the wrong one and the task it is in ("its
Aoibheann not Aoibhinn in the training one"); Filipino "po" after the verb ("change po the
'pay tuition' to ..."); and tasks named by their place in the list just shown ("2nd one's
sorted already" ticks it, "put the last one back pls, i haven't finished it" reopens it).

Never harm: "change it to X" with nothing to point at asks; a new verb when "it" could be
either of two tasks just added asks; "the first one's done already" with no listing before
asks; "switch to dark mode" names no task; "change to X, not Y" with nothing just added names
nothing; "i didn't actually finish it" never ticks the task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, assert_titles, play


@pytest.mark.parametrize(
    ("added", "said", "title"),
    [
        (
            "add email the school about the trip money",
            "nah just change it to ring instead",
            "Ring the school about the trip money",
        ),
        (
            "add text Mam about Sunday dinner",
            "make that call her, she doesn't read texts",
            "Call Mam about Sunday dinner",
        ),
        (
            "add buy a birthday card for Grandad",
            "change it to post instead, I'll be away",
            "Post a birthday card for Grandad",
        ),
        (
            "add phone the council about the bins",
            "sorry change to email, not phone",
            "Email the council about the bins",
        ),
        (
            "add order new school shoes for Ava",
            "switch to collect instead",
            "Collect new school shoes for Ava",
        ),
        (
            "add call the landlord for the repair",
            "please change it to message him",
            "Message the landlord for the repair",
        ),
        ("add book the dentist for Mia", "chnage it to ring instead", "Ring the dentist for Mia"),
        (
            "add ring the garage about the MOT",
            "actually make it text them, they never pick up",
            "Text the garage about the MOT",
        ),
        (
            "add grab snags for the barbie",
            "change it to order snags, not grab",
            "Order snags for the barbie",
        ),
        (
            "add pick up the cake from Lidia's",
            "change it to collect cake",
            "Collect the cake from Lidia's",
        ),
        (
            "add thank the neighbour for the parcel",
            "rename it to thank Mr Okafor, that's his name btw",
            "Thank Mr Okafor",
        ),
    ],
)
async def test_a_loose_rename_after_an_add(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    added: str,
    said: str,
    title: str,
) -> None:
    await assert_titles(store, session_for, [], [added, said], [title])


@pytest.mark.parametrize(
    ("tasks", "said", "titles"),
    [
        (
            ["Collect Aoibhinn from training", "Book the hall"],
            "its Aoibheann not Aoibhinn in the training one",
            ["Collect Aoibheann from training", "Book the hall"],
        ),
        (
            ["Buy present for Jaxon", "Wrap present for Mia"],
            "oops typo, it's Jackson not Jaxon on the buy present one",
            ["Buy present for Jackson", "Wrap present for Mia"],
        ),
        (
            ["Pay tuition"],
            "can you change po the 'pay tuition' to 'pay tuition for 2nd sem'",
            ["Pay tuition for 2nd sem"],
        ),
    ],
)
async def test_a_task_named_in_a_loose_rename(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    tasks: list[str],
    said: str,
    titles: list[str],
) -> None:
    await assert_titles(store, session_for, tasks, [said], titles)


@pytest.mark.parametrize(
    ("seeds", "messages", "changes"),
    [
        (
            "Fix the gate|Pay the vet|Call Nan",
            ["what's on my list", "2nd one's sorted already"],
            {"Pay the vet": "done"},
        ),
        (
            "Fix the gate|Pay the vet|Call Nan",
            ["show my tasks", "the last one's done now"],
            {"Call Nan": "done"},
        ),
    ],
)
async def test_a_listed_task_by_its_place(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, messages, changes)


@pytest.mark.parametrize(
    ("listing", "said", "state"),
    [
        (
            "what have i finished",
            "can you put the last one back pls, i haven't finished it",
            ["Call Nan", "Fix the gate", "Pay the vet:done"],
        ),
        (
            "show completed",
            "put the first one back, didnt actually do it",
            ["Call Nan:done", "Fix the gate", "Pay the vet"],
        ),
    ],
)
async def test_a_done_task_put_back_by_its_place(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    listing: str,
    said: str,
    state: list[str],
) -> None:
    seeds = "Fix the gate|Pay the vet:done|Call Nan:done"
    assert (await play(store, session_for, seeds, [listing, said]))[0] == state


@pytest.mark.parametrize(
    ("seeds", "messages"),
    [
        ("Email the bank|Text Sam", ["change it to call instead"]),
        ("", ["add email the bank and text Sam", "change it to ring instead"]),
        ("Email the bank|Text Sam", ["the first one's done already"]),
        ("Email the bank|Text Sam", ["switch to dark mode"]),
        ("Email the bank|Text Sam", ["sorry, change to order cake, not buy"]),
        ("Text Sam about the keys", ["i didn't actually finish it"]),
    ],
)
async def test_a_loose_rename_with_nothing_to_point_at(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, messages: list[str]
) -> None:
    if seeds:
        await assert_changes(store, session_for, seeds, messages)
    else:
        state_after_add = ["Email the bank", "Text Sam"]
        await assert_titles(store, session_for, [], messages, state_after_add)


@pytest.mark.parametrize(
    "said",
    [
        "can you make the bins one repeat weekly? not just a one-off, council's collecting every "
        "week now",
        "make the bins weekly? not just a one-off, they come every week",
    ],
)
async def test_not_only_said_after_a_change_renames_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    """ "not just a one-off, ..." says "not only", never the old words of a correction (it had
    renamed 'Put the bins out' to 'Off', the hyphen in "one-off" read as a break)."""
    await assert_titles(
        store,
        session_for,
        ["Put the bins out", "Feed the chooks"],
        [said],
        ["Put the bins out", "Feed the chooks"],
    )
