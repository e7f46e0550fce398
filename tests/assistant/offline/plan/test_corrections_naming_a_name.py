"""The plan stage, a correction that names only the replaced part, a name or a place ("add book
flights to Lisbon" -> "wait no, make it Porto"): the name said takes the place of the title's
name ('Book flights to Porto'; before, 'Book porto'), as "make it Sarah" does for 'Call Sara
about the party' and "actually 3" for the amount of 'Buy 2 loaves'. A name typed small only
respells one ("sarah" for 'Sara'). Never harm: a title with two names, neither spelt like the
one said, is asked about and left as it was; a thing typed small ("make it chocolates") is no
name; a day or a priority keeps its field; with nothing just added, "make it X" asks which
task; right after an add, an older task is never renamed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import new_tasks, play

SEEDS = "Book flights to Lisbon|Call Sara about the party"


@pytest.mark.parametrize(
    ("added", "said", "title"),
    [
        ("add book flights to Madrid", "wait no, make it Porto", "Book flights to Porto"),
        ("add book a hotel in Madrid", "no, make it Barcelona", "Book a hotel in Barcelona"),
        ("add book train to Leeds for the conference", "actually make that York",
         "Book train to York for the conference"),
        ("add email Mr Patel about the invoice", "oops make that Shah",
         "Email Mr Shah about the invoice"),
        ("add buy a present for Leo's birthday", "wait, make it Mia",
         "Buy a present for Mia's birthday"),
        ("add text priya about the rota", "wait make it Priyanka",
         "Text Priyanka about the rota"),
        ("add book flights to Lisbon", "no wait, make it New York", "Book flights to New York"),
        ("add call Sarah about the BBQ", "sorry make it sara", "Call Sara about the BBQ"),
        ("add ring Jon re the van", "make that John", "Ring John re the van"),
        ("add book a cabin in Banff", "no sorry make it Jasper", "Book a cabin in Jasper"),
        ("add buy 2 loaves", "actually 3", "Buy 3 loaves"),
        ("add buy 2 loaves", "nah sorry make it 4", "Buy 4 loaves"),
        ("add buy 6 eggs", "make that 12", "Buy 12 eggs"),
    ],
)  # fmt: skip
async def test_the_name_said_takes_the_names_place(
    store: TaskStore, session_for: Callable[..., ChatSession], added: str, said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [added, said])
    assert new_tasks(state, SEEDS) == [title], state
    assert all(seed in state for seed in SEEDS.split("|")), state


async def test_two_names_neither_like_it_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, reply = await play(
        store, session_for, SEEDS, ["add call Maria about the Rome trip", "make it Porto"]
    )
    assert new_tasks(state, SEEDS) == ["Call Maria about the Rome trip"], state
    assert "which part" in reply and "haven't changed" in reply


@pytest.mark.parametrize(
    ("added", "said", "title"),
    [
        # a thing typed small is no name
        ("add buy flowers for mum", "make it chocolates", "Buy chocolates"),
        # a field
        ("add call Dana about the lease", "make it high priority", "Call Dana about the lease"),
        ("add call Dana about the lease", "make it friday", "Call Dana about the lease@2026-11-27"),
        ("add call Dana about the lease", "make it Friday", "Call Dana about the lease@2026-11-27"),
    ],
)  # fmt: skip
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], added: str, said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [added, said])
    assert new_tasks(state, SEEDS) == [title], state
    assert all(seed in state for seed in SEEDS.split("|")), state


async def test_nothing_just_added_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, reply = await play(store, session_for, SEEDS, ["make it Porto"])
    assert state == sorted(SEEDS.split("|"))
    assert "Which task" in reply
