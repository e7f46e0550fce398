"""The plan stage, the list asked for in everyday words and bulk ticks with a remark: "today"
after what is left is when the person asks ("what's still left on the list today?" lists every
pending task, not only those due today), the list handed over ("flick us the to-do list mate,
head's wrecked", "hit me with the list") is shown (it had asked which task to delete), "works"
for tasks ("show my balance works") lists them (it had looked for a task 'balance works'), and a
remark after the exception of a bulk tick ("..., except the vet, had a huge day") is how the day
went, no task spared (it had looked for a task 'had a huge day'). A kind of task ("the shopping
ones") names the buying tasks; a need already on the list ("ugh i really need to ring nan this
week, she's been lonely" with 'Ring Nan') is said back, not added; who already did it, then
"forget it", takes back the add just made; "add X, and the car tax i already renewed it" adds X
and ticks the car tax.

Never harm: "what's due today" and "what's left for today" keep the day; "chuck the old list"
with no one to hand it to is no listing; an exception that names two tasks is asked about; a
remark that names a thing ("..., and the car wash") is still one more spared; a kind that
names every task or none asks or finds nothing; a need that only shares words with a task ("ring
the plumber" beside 'Ring Nan') is added; who already did something, with no "forget it", takes
nothing back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

LIST = "Renew car insurance|Water the plants@2026-11-30|Pay the council tax:done"


@pytest.mark.parametrize(
    "said",
    [
        "hiya, what's still left on the list today?",
        "anything still pending today??",
        "what tasks are remaining on my list today",
        "flick us the to-do list mate, head's wrecked",
        "hit me with the list pls",
        "can u send me my tasks, im all over the place",
        "bung us the list would ya",
        "Please show all my works",
        "what are my pending works",
        "pls show me remaining works",
    ],
)
async def test_the_list_asked_lists_what_is_left(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, LIST, [said])
    assert "Renew car insurance" in reply and "Water the plants" in reply


@pytest.mark.parametrize("said", ["what's due today", "what's left for today"])
async def test_a_day_meant_keeps_the_day(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, LIST, [said])
    assert "Renew car insurance" not in reply


BULK = "Book the vet for Rex|Renew car insurance|Buy printer ink|Ring the landlord"


@pytest.mark.parametrize(
    ("said", "spared"),
    [
        ("tick everything off except the vet, had a huge day 🎉", "Book the vet for Rex"),
        ("mark em all done apart from the landlord, such a productive arvo", "Ring the landlord"),
        ("everything's done besides the printer ink. what a day!!", "Buy printer ink"),
        (
            "tick them all off except the insurance, been flat out but got there",
            "Renew car insurance",
        ),
        ("all done except for the vet one, felt so good", "Book the vet for Rex"),
        ("mark all as complete except landlord, very busy day today", "Ring the landlord"),
    ],
)
async def test_a_remark_after_the_exception_spares_nothing_more(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, spared: str
) -> None:
    others = [t for t in BULK.split("|") if t != spared]
    await assert_changes(store, session_for, BULK, [said], dict.fromkeys(others, "done"))


@pytest.mark.parametrize(
    "said",
    [
        # two tasks are the car ones: which is spared is asked
        "tick everything off except the car one, had a big day",
        "chuck the old list",
        "tick everything except the ink and the gym, had a good one",
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, BULK + "|Wash the car", [said])


SHOP = "Buy atta|Pick up washing powder|Order the birthday cake|Get the car serviced|Call sparky"
BOUGHT = ("Buy atta", "Pick up washing powder", "Order the birthday cake")


@pytest.mark.parametrize(
    "said",
    [
        "tick off all the shopping ones, went to the market and got everything",
        "mark the shopping ones done pls",
        "all my shopping stuff is done now, tick em off",
        "tick off every grocery one, just back from Coles",
        "pls mark all shoping task as completed",
    ],
)
async def test_a_kind_of_task_names_the_tasks_of_that_kind(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SHOP, [said], dict.fromkeys(BOUGHT, "done"))


@pytest.mark.parametrize(
    ("seeds", "said"),
    [
        # every task is a buying one: which are meant is asked
        ("Buy atta|Buy detergent", "mark all the shopping ones done"),
        # none is: nothing to tick
        ("Call sparky|Book the dentist", "tick off all the shopping ones"),
    ],
)
async def test_a_kind_that_sets_none_apart_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, said: str
) -> None:
    await assert_changes(store, session_for, seeds, [said])


ON_IT = "Ring Nan|Book the NCT|Pay the gas bill"


@pytest.mark.parametrize(
    "said",
    [
        "ugh i really need to ring nan this week, she's been lonely",
        "i really gotta book the NCT soon, it's nearly out",
        "I must pay the gas bill today, they sent a reminder",
        "i need to ring nan at some point, she keeps asking",
        "honestly i have to book the nct at some point, been dodging it",
    ],
)
async def test_a_need_already_listed_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, ON_IT, [said])
    assert "already on your list" in reply


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("ugh i really need to ring the plumber this week, sink's blocked", "plumber"),
        ("i need to ring nan about xmas this week", "xmas"),
        ("gotta pay the water bill soon", "water bill"),
    ],
)
async def test_a_need_sharing_only_some_words_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    titles, _ = await play(store, session_for, ON_IT, [said])
    new = [t for t in titles if t not in ON_IT.split("|")]
    assert len(new) == 1 and added in new[0].lower()


@pytest.mark.parametrize(
    "said",
    [
        "oh no, my mum already got them, forget it",
        "wait my flatmate just sorted it, scratch that",
        "ah, she's already booked it, never mind",
    ],
)
async def test_who_already_did_it_then_forget_that_takes_the_add_back(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    added = "i need to get new shin pads for Liam"
    titles, _ = await play(store, session_for, "Buy milk", [added, said])
    assert titles == ["Buy milk"]


async def test_who_already_did_it_alone_takes_nothing_back(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    added = "i need to get new shin pads for Liam"
    titles, _ = await play(store, session_for, "Buy milk", [added, "my mum already got the milk"])
    assert len(titles) == 2


@pytest.mark.parametrize(
    ("said", "added", "ticked"),
    [
        (
            "pls add book haircut for saturday and the car tax i already renewed it",
            "Book haircut@2026-11-28",
            "Renew car tax",
        ),
        (
            "add collect the parcel, and my gas bill we already paid it",
            "Collect the parcel",
            "Pay the gas bill",
        ),
    ],
)
async def test_a_deed_with_already_after_an_add_is_told_apart(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str, ticked: str
) -> None:
    seeds = "Renew car tax|Pay the gas bill"
    titles, _ = await play(store, session_for, seeds, [said])
    others = [t for t in seeds.split("|") if t != ticked]
    assert titles == sorted([added, f"{ticked}:done", *others])
