"""The plan stage, a correction of the words of a task's title said right after adding it (or
naming it), in the many ways people say it: the new words after an opener and before the old
("wait no, fedex store not ups"), after an "it's"/"is"/"na" ("ah no sorry its the home
improvement loan not the car loan", "actually is not the plumber, is the electrician. change it
please", "sorry not Emeka o, na Chidi. change am"), after "not X," and a "change it to" ("sorry
not pulsa, change it to buy paket data for mama"), after a spelling owned up to ("oh god I spelt
her name wrong, it's Siobhan not Shivawn"; "I spelled her name wrong on the present one, it's
Siobhan not Shivon"), a whose said before the old word ("is Rina's sister wedding, not Rina"), a
"for" said for more than "just me", "just X" of things listed ("actually just bread, we've
still got loads of milk") and one more thing put "in the same one". The words replaced (Y) are
found whole in the title, the new ones (X) go in their place, and the rest stays.

Never harm: the correction goes to the task just added or named; with none, or when no such
task has the old words, nothing is renamed (a question or a fallback, never another task
changed). A level ("it's not urgent"), a day ("not today, tomorrow") and a bare "no not that
one" are no corrections of words. Not covered: a thing put "in the same one" with no task just
added, and "just X" where the title lists no X (left as it was)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import new_tasks, play

SEEDS = "Water the plants|Book dentist"


@pytest.mark.parametrize(
    ("added", "said", "title"),
    [
        # the examples the family was found with
        ("add return the amazon package at the ups store", "wait no, fedex store not ups",
         "Return the amazon package at the fedex store"),
        ("put down ring the credit union about the car loan",
         "ah no sorry its the home improvement loan not the car loan",
         "Ring the credit union about the home improvement loan"),
        ("add call Emeka about the generator", "sorry not Emeka o, na Chidi. change am",
         "Call Chidi about the generator"),
        ("pop 'book flu jab' on there", "whoops make that for the whole family, not just me",
         "Book flu jab for the whole family"),
        ("add call the plumber",
         "actually is not the plumber, is the electrician. change it please",
         "Call the electrician"),
        ("add buy pulsa for mama", "sorry not pulsa, change it to buy paket data for mama",
         "Buy paket data for mama"),
        ("add buy gift for Rina wedding",
         "sorry, is Rina's sister wedding, not Rina. please change",
         "Buy gift for Rina's sister wedding"),
        ("add grab milk and bread on the way home",
         "actually just bread, we've still got loads of milk", "Grab bread on the way home"),
        ("add buy a new kettle, ours has packed in",
         "oh and the toaster's gone as well ffs, put that in the same one",
         "Buy a new kettle and toaster"),
        # wordings of our own
        ("add pick up the dry cleaning from the high street shop",
         "oops, the station shop not the high street shop",
         "Pick up the dry cleaning from the station shop"),
        ("add email the landlord about the boiler",
         "no sorry its the letting agent not the landlord",
         "Email the letting agent about the boiler"),
        ("add book the vet for the dog", "sorry is not the dog, is the cat. change it",
         "Book the vet for the cat"),
        ("add call Tunde about the rent", "abeg not Tunde o, na Segun",
         "Call Segun about the rent"),
        ("add order the blue curtains", "sorry not blue, change it to order the green curtains",
         "Order the green curtains"),
        ("add buy present for Ama birthday", "sorry, is Ama's brother birthday, not Ama",
         "Buy present for Ama's brother birthday"),
        ("add book haircut", "oops make that for me and the kids, not just me",
         "Book haircut for me and the kids"),
        ("add buy chicken and rice for dinner",
         "actually only rice, there's chicken in the freezer", "Buy rice for dinner"),
        ("add buy oat milk and bananas", "wait just the bananas, we have milk", "Buy bananas"),
        ("add fix the bike", "and the scooter is broken too, put it in the same one",
         "Fix the bike and scooter"),
        ("add renew the car insurance", "hmm, home insurance not car insurance",
         "Renew the home insurance"),
        ("add call Kieran about the van", "oh god I spelt his name wrong, it's Ciaran not Kieran",
         "Call Ciaran about the van"),
    ],
)  # fmt: skip
async def test_the_new_words_take_the_old_ones_place(
    store: TaskStore, session_for: Callable[..., ChatSession], added: str, said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [added, said])
    assert new_tasks(state, SEEDS) == [title], state
    assert all(seed in state for seed in SEEDS.split("|")), state


@pytest.mark.parametrize(
    ("seeds", "said", "title"),
    [
        ("Buy card for Shivawn|Water the plants",
         "oh god I spelt her name wrong, it's Siobhan not Shivawn, can you fix that",
         "Buy card for Siobhan"),
        ("Buy present for Shivon|Water the plants",
         "I spelled her name wrong on the present one, it's Siobhan not Shivon",
         "Buy present for Siobhan"),
        ("Buy birthday card for Eefa|Water the plants",
         "i spelled her name wrong on the birthday one, its Aoife not Eefa",
         "Buy birthday card for Aoife"),
    ],
)  # fmt: skip
async def test_a_name_spelt_anew_in_the_task_that_has_it(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, said: str, title: str
) -> None:
    state, _ = await play(store, session_for, seeds, [said])
    assert new_tasks(state, seeds) == [title], state


@pytest.mark.parametrize(
    ("seeds", "messages"),
    [
        # nothing just added, and no task has either word
        ("Buy bread|Call mum", ["not the milk, the eggs"]),
        # nothing named
        ("Buy bread|Call mum", ["no not that one"]),
        # the old words are in no task just added: another task is never renamed
        ("Book dentist|Water the plants",
         ["add call the plumber", "wait no, electrician not dentist"]),
        ("Buy milk|Call mum", ["add grab bread", "sorry not milk, eggs"]),
        # "just" of no thing listed in the title
        ("Buy bread|Call mum", ["add call the plumber", "actually just the bread"]),
        # a thing in the same one with nothing just added
        ("Buy a new kettle|Call mum",
         ["oh and the toaster's gone as well, put that in the same one"]),
        # a correction said after a request of the same message takes that request back
        ("Gym session|Yoga class", ["delete the gym one... no wait, yoga not gym"]),
        # a filter of a listing
        ("Buy bread|Call mum", ["add grab milk and bread", "only the high priority ones"]),
        # "just" as a remark
        ("Buy bread|Call mum", ["add grab milk and bread", "just checking that saved"]),
    ],
)  # fmt: skip
async def test_no_task_renamed(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, messages: list[str]
) -> None:
    state, _ = await play(store, session_for, seeds, messages)
    added = [m.removeprefix("add ").capitalize() for m in messages if m.startswith("add ")]
    assert sorted(new_tasks(state, seeds)) == sorted(added), state
    assert all(seed in state for seed in seeds.split("|")), state


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("it's not urgent", "Call the plumber"),  # a level
        ("not today, tomorrow", "Call the plumber@2026-11-24"),  # a day
    ],
)
async def test_a_level_or_a_day_is_no_new_words(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add call the plumber", said])
    assert new_tasks(state, SEEDS) == [title], state


async def test_just_a_deed_is_a_deed(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seeds = "Car wash|Buy milk"
    state, _ = await play(
        store, session_for, seeds, ["add call the plumber", "just bought the milk"]
    )
    assert sorted(new_tasks(state, seeds)) == ["Buy milk:done", "Call the plumber"], state


@pytest.mark.parametrize(
    ("message", "done"),
    [
        ("just back from woolies, got the nappies 👍 forgot the cream tho ugh", "Buy nappies"),
        ("just home from aldi, got the nappies", "Buy nappies"),
        ("just back from the shops. got the nappies", "Buy nappies"),
    ],
)
async def test_just_back_is_where_one_was_not_a_correction(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, done: str
) -> None:
    """ "just back from woolies, ..." had asked which task to rename (batch 227)."""
    seeds = "Buy nappies|Buy nappy cream|Ring Mum"
    state, _ = await play(store, session_for, seeds, [message])
    assert new_tasks(state, seeds) == [f"{done}:done"], state


async def test_a_change_asked_after_the_correction_asks_nothing_more(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    messages = [
        "add buy gift for Rina wedding",
        "sorry, is Rina's sister wedding, not Rina. please change",
    ]
    state, reply = await play(store, session_for, SEEDS, messages)
    assert new_tasks(state, SEEDS) == ["Buy gift for Rina's sister wedding"], state
    assert "?" not in reply, reply
