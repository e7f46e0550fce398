"""The plan stage, adds whose title kept a remark, a reason or a wrapper:

1. a hedged remark after a comma ("remind me to book the WOF for the hilux, pretty sure it runs
   out next month") is why, never the title (the remark had stayed in the title);
2. "before <someone> arrives / comes / gets here / descends" at a title's end is why or when
   ("vacuum the hallway before the in-laws arrive" -> 'Vacuum the hallway'; it had stayed);
3. a hedge typed short ("prob", "prolly", "def", "defo") is no word of the title ("i should prob
   renew my passport" had added 'Prob renew my passport'; "i def need to X" added nothing);
4. "add that as a repeating thing / a recurring one / a regular thing so i stop forgetting" is
   how to add the task said before it (it had added 'As a repeating thing so i stop forgetting'
   as a second task);
5. a story after a priority said alone ("HIGH priority, nearly got caught at a checkpoint last
   week" had added the story), "..., it runs out end of the month and i cant be without a car"
   (it had added only 'I can't be without a car'), "gonna get the tyres changed saturday" (it
   had added 'Going to get ...').

Never harm: a second task said in the same message still adds; a "before" that says when ("pay
rent before the 1st", "before the trip in june", "before the truck comes") keeps today's
reading; "no probs", "the prob with the sink", "def leppard" keep their words; a hedge with no
subject and verb after it ("probably the blue ones") stays; the tasks already on the list stay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play, repeats

SEEDS = "Water the plants|Essay draft@2026-11-27"
_SEEDED = ("Water the plants", "Essay draft")


def _added(store: TaskStore) -> list[dict[str, Any]]:
    return [t for t in store.tasks.values() if t["title"] not in _SEEDED]


async def _one_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> dict[str, Any]:
    state, _ = await play(store, session_for, SEEDS, [said])
    added = _added(store)
    assert [t["title"] for t in added] == [title], state
    assert "Water the plants" in state and "Essay draft@2026-11-27" in state, state
    return added[0]


# --- 1. a hedged remark after a comma ----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("remind me to book the WOF for the hilux, pretty sure it runs out next month",
         "Book the WOF for the hilux"),
        ("add renew the dog's registration, i reckon it lapses in january",
         "Renew the dog's registration"),
        ("put get the chimney swept on my list, im pretty sure the sweep retires soon",
         "Get the chimney swept"),
        ("remind me to top up the gas bottle, reckon the tank is nearly empty",
         "Top up the gas bottle"),
        ("add cancel the netflix trial, fairly sure it charges on the 30th",
         "Cancel the netflix trial"),
        ("add buy more printer ink, i think the cartridge runs dry soon", "Buy more printer ink"),
        ("remind me to ring the bank, pretty sure my card expires soon", "Ring the bank"),
        ("add renew car rego, pretty sure it expired haha", "Renew car rego"),
        ("sort the recycling, probably the council collects on thursdays", "Sort the recycling"),
    ],
)  # fmt: skip
async def test_a_hedged_remark_is_no_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await _one_added(store, session_for, said, title)


# --- 2. before someone comes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("hoover the stairs n skirting boards before the mother-in-law descends 🙃",
         "Hoover the stairs and skirting boards", None),
        ("vacuum the hallway before the in-laws arrive", "Vacuum the hallway", None),
        ("add clean the guest room before my sister comes to stay", "Clean the guest room", None),
        ("tidy the kids rooms b4 grandma gets here", "Tidy the kids rooms", None),
        ("remind me to mop the kitchen before the landlord visits", "Mop the kitchen", None),
        ("wash the good towels before the guests arrive saturday", "Wash the good towels",
         "2026-11-28"),
        ("put dust the lounge on my list before mum and dad rock up", "Dust the lounge", None),
        ("clean the oven before the inspector comes on thursday", "Clean the oven", "2026-11-26"),
    ],
)  # fmt: skip
async def test_someone_coming_is_no_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str | None,
) -> None:
    task = await _one_added(store, session_for, said, title)
    assert (task["due_date"] or None) == due


# --- 3. a hedge typed short -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("i should prolly book the vet for the cat", "Book the vet for the cat"),
        ("i def need to pay the water bill friday", "Pay the water bill"),
        ("add probs call the insurance people", "Call the insurance people"),
        ("we def have to book the hall for the party", "Book the hall for the party"),
        ("i prob gotta renew the rego before it lapses", "Renew the rego"),
        ("i'll prolly need to call the landlord about the leak",
         "Call the landlord about the leak"),
        ("add defo book the venue", "Book the venue"),
        ("gonna sort the garage on sunday", "Sort the garage"),
    ],
)  # fmt: skip
async def test_a_short_hedge_is_no_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await _one_added(store, session_for, said, title)


async def test_a_hedged_item_of_a_list(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add milk, eggs, probably bread"])
    assert sorted(t["title"] for t in _added(store)) == ["Bread", "Eggs", "Milk"], state


async def test_the_passport_with_its_tag(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    said = (
        "I should prob renew my passport before the trip in june, can you add that? tag it travel"
    )
    task = await _one_added(store, session_for, said, "Renew my passport before the trip in june")
    assert task["tags"] == ["travel"]


# --- 4. "add that as a repeating thing" -----------------------------------------------------


@pytest.mark.parametrize(
    ("said", "title", "often"),
    [
        ("every sunday i gotta call my parents, add that as a repeating thing so i stop "
         "forgetting", "Call my parents", "every Sunday"),
        ("every tuesday i have to put the recycling out, add it as a weekly one",
         "Put the recycling out", "every Tuesday"),
        ("on fridays i gotta pay the cleaner, add that as a repeating thing pls",
         "Pay the cleaner", "every Friday"),
        ("every month i must check the smoke alarms, stick that on as a recurring thing",
         "Check the smoke alarms", "every month"),
        ("each wednesday i have to take the dog to training, put that in as a repeating one",
         "Take the dog to training", "every Wednesday"),
        ("every friday i gotta put the bins out, add that as a regular thing",
         "Put the bins out", "every Friday"),
        ("i have to ring nan every saturday, add that as a weekly thing so i stop forgetting",
         "Ring nan", "every Saturday"),
        ("every sunday i gotta call my parents. add that as a recurring one so i dont keep "
         "forgetting", "Call my parents", "every Sunday"),
    ],
)  # fmt: skip
async def test_how_to_add_is_no_second_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    often: str,
) -> None:
    await _one_added(store, session_for, said, title)
    assert repeats(store) == {title: often}


# --- 5. the known misses --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "title", "priority", "due"),
    [
        ("add renew car insurance. HIGH priority, nearly got caught at a checkpoint last week",
         "Renew car insurance", "high", None),
        ("add pay the speeding fine. high prio - almost got clamped last time",
         "Pay the speeding fine", "high", None),
        ("remind me to renew the tv licence. top priority, got a warning letter last month",
         "Renew the tv licence", "high", None),
        ("can you pop book MOT for the corsa on my list for friday, it runs out end of the "
         "month and i cant be without a car", "Book MOT for the corsa", None, "2026-11-27"),
        ("add book the MOT for the astra for friday and i can't be without a car",
         "Book the MOT for the astra", None, "2026-11-27"),
        ("gonna get the tyres changed saturday", "Get the tyres changed", None, "2026-11-28"),
        ("gonna take the car in for a service tomorrow", "Take the car in for a service", None,
         "2026-11-24"),
        ("gonna book the dentist tomorrow", "Book the dentist", None, "2026-11-24"),
    ],
)  # fmt: skip
async def test_the_known_misses(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    priority: str | None,
    due: str | None,
) -> None:
    task = await _one_added(store, session_for, said, title)
    assert (task.get("priority") or None) == priority
    assert (task["due_date"] or None) == due


# --- never harm -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "titles"),
    [
        # a second task said in the same message
        ("add call the bank, and add book flights", ["Call the bank", "Book flights"]),
        ("every sunday i gotta call my parents, add that as a repeating thing. and add book "
         "flights", ["Call my parents", "Book flights"]),
        ("add renew car insurance. high priority, call the broker too",
         ["Renew car insurance", "Call the broker"]),
        # a "before" that says when, or a thing coming, keeps today's reading
        ("add pay rent before the 1st", ["Pay rent"]),
        ("add renew my passport before the trip in june",
         ["Renew my passport before the trip in june"]),
        ("add put the bins out before the truck comes",
         ["Put the bins out before the truck comes"]),
        ("add clean the gutters before winter comes", ["Clean the gutters before winter comes"]),
        ("add clean the kitchen before the party starts",
         ["Clean the kitchen before the party starts"]),
        # words that only look like a hedge keep their place
        ("add no probs reply to sam", ["No probs reply to sam"]),
        ("add def leppard tickets", ["Def leppard tickets"]),
        ("add prob with the sink", ["Prob with the sink"]),
        ("add going to the gym saturday", ["Going to the gym"]),
        # a hedge with no subject and verb after it stays
        ("add buy paint, probably the blue ones", ["Buy paint, probably the blue ones"]),
        ("add buy milk, probs 2 litres", ["Buy milk, probs 2 litres"]),
    ],
)  # fmt: skip
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, titles: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert sorted(t["title"] for t in _added(store)) == sorted(titles), state
    assert "Water the plants" in state and "Essay draft@2026-11-27" in state, state


async def test_news_of_a_move_still_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["the dentist moved my appointment to friday"])
    assert state == sorted(["Water the plants", "Essay draft@2026-11-27"])
