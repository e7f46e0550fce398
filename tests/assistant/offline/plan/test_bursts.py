"""The plan stage, messages typed in bursts: a visit reported by coming back from its place
completes only the task that is that visit; the words of a change said beside an add name a
task that was there before; an answer to "What should the task say?" keeps the date said
with it; a level said after a wish for a task already listed sets that task's level."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, Say, TaskStore

FRIDAY = "2026-11-27"  # FIXED_TODAY is Monday 23 November 2026


@pytest.fixture
def say(store: TaskStore, session_for: Callable[..., ChatSession]) -> Say:
    return session_for(store).say


def done(store: TaskStore) -> list[str]:
    return store.titles(done=True)


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("Dentist appointment", "just got back from the dentist!! no cavities"),
        ("Vet appointment for Luna", "back from the vet, luna is fine"),
        ("Haircut", "just came back from my haircut, love it"),
        ("Physio session", "home from physio finally"),
        ("Dentist appointment", "i went to the dentist"),
        ("Vet appointment for Luna", "been to the vet with luna"),
        ("Barber appointment", "was at the barber's this morning"),
        ("See the doctor", "saw the doctor today"),
        ("Dentist appointment", "had my dentist appt"),
        ("Visit grandma", "visited grandma"),
        ("Go to the gym", "went to the gym"),
        ("Physio session", "finally went to see the physio"),
        ("Book club meeting at the library", "went to the book club meeting last night"),
    ],
)
async def test_a_visit_reported_completes_the_one_task_that_is_it(
    store: TaskStore, say: Say, title: str, message: str
) -> None:
    store.create(title)
    store.create("Buy milk")
    await say(message)
    assert done(store) == [title]


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("Call the dentist", "just got back from the dentist"),
        ("Cancel gym membership", "just got back from the gym"),
        ("Buy cat food at the vet", "back from the vet, all good"),
        ("Work on essay", "i'm back from work"),
        ("Call the dentist", "i went to the dentist"),
        ("Email the vet about Luna", "been to the vet with luna"),
        ("Book the barber", "was at the barber's this morning"),
        ("Cancel gym membership", "went to the gym"),
        ("Buy cat food at the vet", "we were at the vet yesterday"),
        ("Call the doctor", "saw the doctor today"),
        ("Call grandma", "visited grandma"),
        ("Return books to the library", "was at the library this afternoon"),
    ],
)
async def test_a_visit_reported_never_completes_another_deed_there(
    store: TaskStore, say: Say, title: str, message: str
) -> None:
    store.create(title)
    store.create("Buy milk")
    await say(message)
    assert done(store) == []


async def test_back_from_a_place_with_two_visits_there_asks(store: TaskStore, say: Say) -> None:
    store.create("Dentist appointment")
    store.create("Dentist checkup")
    turn = await say("just got back from the dentist")
    assert done(store) == [] and "?" in turn.reply


async def test_going_to_a_place_with_two_visits_there_asks(store: TaskStore, say: Say) -> None:
    store.create("Dentist appointment")
    store.create("Dentist checkup")
    turn = await say("i went to the dentist")
    assert done(store) == [] and "?" in turn.reply


async def test_going_to_a_place_picks_the_visit_beside_a_call_there(
    store: TaskStore, say: Say
) -> None:
    store.create("Call the dentist")
    store.create("Dentist appointment")
    await say("i went to the dentist")
    assert done(store) == ["Dentist appointment"]


@pytest.mark.parametrize(
    ("title", "message"),
    [("Call the dentist", "called the dentist"), ("Book the vet", "booked the vet")],
)
async def test_the_deed_itself_on_a_place_still_completes_it(
    store: TaskStore, say: Say, title: str, message: str
) -> None:
    store.create(title)
    store.create("Buy milk")
    await say(message)
    assert done(store) == [title]


@pytest.mark.parametrize(
    ("old", "message", "new"),
    [
        (
            "Therapy session",
            "move therapy to friday pls. and also add a task to write down stuff to talk about "
            "in therapy",
            "Write down stuff to talk about in therapy",
        ),
        (
            "Yoga class",
            "move yoga to friday pls. and add a task to buy a new yoga mat",
            "Buy a new yoga mat",
        ),
    ],
)
async def test_a_change_beside_an_add_names_the_task_that_was_there(
    store: TaskStore, say: Say, old: str, message: str, new: str
) -> None:
    store.create(old)
    store.create("Buy groceries")
    await say(message)
    tasks = {t["title"]: t for t in store.tasks.values()}
    assert set(tasks) == {old, "Buy groceries", new}
    assert str(tasks[old]["due_date"]).startswith(FRIDAY)
    assert tasks[new]["due_date"] is None


WHAT = "What should the task say?"


@pytest.mark.parametrize(
    ("first", "answer", "title", "asked"),
    [
        # an add of the thing from before asks what, and the answer is added
        (
            "can u add the thing from before",
            "oh sorry, the meal prep thing. for friday",
            "Meal prep",
            "?",
        ),
        (
            "can you add that thing we talked about",
            "oh the car wash thing. for friday",
            "Car wash",
            "?",
        ),
        ("add the idea from yesterday pls", "book the plumber for friday", "Book the plumber", "?"),
        # a task asked for on a day without saying it asks, and keeps the day
        ("remind me friday", "call the bank", "Call the bank", WHAT),
        ("set a reminder for friday pls", "pick up the suit", "Pick up the suit", WHAT),
        ("can u add a task for friday", "email the landlord", "Email the landlord", WHAT),
        ("add something for fri", "book the vet", "Book the vet", WHAT),
    ],
)
async def test_an_add_that_says_no_task_asks_what_and_the_answer_is_added_for_its_day(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    first: str,
    answer: str,
    title: str,
    asked: str,
) -> None:
    """ "remind me friday" said no task: it added 'Remind me' ('Friday' for "set a reminder
    for friday"). It asks what, and the answer is added for that day (the thing from before
    likewise, for the day the answer says)."""
    session = session_for(store)
    turn = await session.say(first)
    assert store.titles() == [] and asked in turn.reply
    await session.say(answer)
    assert [(t["title"], str(t["due_date"])[:10]) for t in store.tasks.values()] == [
        (title, FRIDAY)
    ]


@pytest.mark.parametrize(
    ("first", "then", "title"),
    [
        ("add pick up prescription", "and it's for friday btw", "Pick up prescription"),
        ("add call grandma", "oh and it's for friday by the way", "Call grandma"),
    ],
)
async def test_a_date_said_after_an_add_with_btw_dates_it(
    store: TaskStore, session_for: Callable[..., ChatSession], first: str, then: str, title: str
) -> None:
    session = session_for(store)
    await session.say(first)
    await session.say(then)
    assert [(t["title"], str(t["due_date"])[:10]) for t in store.tasks.values()] == [
        (title, FRIDAY)
    ]


async def test_a_level_after_a_wish_for_a_listed_task_sets_its_level(
    store: TaskStore, say: Say
) -> None:
    store.create("Pay rent")
    await say("i still need to pay rent. urgent")
    assert [(t["title"], t["priority"]) for t in store.tasks.values()] == [("Pay rent", "high")]


@pytest.mark.parametrize(
    ("message", "kept"),
    [
        ("delete the yoga class, and actually also the one about the dentist", ["Buy milk"]),
        ("scrap the yoga task, and also the dentist one, not going anymore", ["Buy milk"]),
        (
            "delete the yoga class, and also add buy eggs",
            ["Call the dentist", "Buy milk", "Buy eggs"],
        ),
    ],
)
async def test_a_second_task_after_and_also_in_a_delete_is_deleted_too(
    store: TaskStore, say: Say, message: str, kept: list[str]
) -> None:
    for title in ("Yoga class", "Call the dentist", "Buy milk"):
        store.create(title)
    await say(message)
    assert store.titles() == kept


@pytest.mark.parametrize(
    ("listing", "change", "redirect", "done_after"),
    [
        (
            "what's on my list",
            "ok the 2nd one's done",
            "wait no sorry i meant the 3rd one. the ferns still need water, undo that",
            ["Text Maya back"],
        ),
        (
            "show my list",
            "the first one is done",
            "oops no i meant the third one",
            ["Text Maya back"],
        ),
        (
            "whats on my list",
            "mark the 2nd one done",
            "no not that one, the 1st one",
            ["Buy oat milk"],
        ),
    ],
)
async def test_a_place_in_the_list_meant_instead_moves_the_completion(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    listing: str,
    change: str,
    redirect: str,
    done_after: list[str],
) -> None:
    for title in ("Buy oat milk", "Water the ferns", "Text Maya back"):
        store.create(title)
    session = session_for(store)
    for said in (listing, change, redirect):
        await session.say(said)
    assert done(store) == done_after


async def test_a_place_meant_instead_of_a_delete_deletes_that_one(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for title in ("Buy oat milk", "Water the ferns", "Text Maya back"):
        store.create(title)
    session = session_for(store)
    for said in ("what do i have", "delete the 2nd one", "sorry, i meant the last one"):
        await session.say(said)
    assert store.titles() == ["Buy oat milk", "Water the ferns"]


async def test_a_task_meant_instead_by_its_words_still_moves_the_completion(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for title in ("Buy oat milk", "Water the ferns"):
        store.create(title)
    session = session_for(store)
    await session.say("mark the ferns done")
    await session.say("sorry i meant the milk one")
    assert done(store) == ["Buy oat milk"]
