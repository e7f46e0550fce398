"""The plan stage, adds, listings and changes of many said the ways people say them: "me list"
for "my list" ("chuck X on me list mate"); a remark that the thing is missing from the list
("X is due tmrw and its not on here, add it"), which is no part of its title; all but one
done with a remark after the exception ("..., still waiting on my payment summary"), "all of
it except X", an exception said by part of a word ("the bank visit" for 'Visit GTBank');
the whole list wiped ("wipe the whole list, starting fresh"); the lot shown, done or not, and
Roman Urdu "mere pending kaam dikhao"; a tick after done words ("task 54 finished ✅"); an add's
title without the words around the thing ("also need detergent", "we're out of X", "later"
before the when, "that i must", a greeting's "i hope you are fine"), a holiday's weekend kept
in it; a delete after an add ("... and get rid of the one about calling the realtor back").
Never harm: a question whether it is on the list adds nothing, an exception that names no task
changes nothing, "the whole lot" that is a thing deletes nothing, and words that are the
thing ("see you later alligator poster") stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore, read_due, read_repeat


def _added(store: TaskStore) -> list[tuple[str, str | None, str | None]]:
    return [
        (t["title"], t["due_date"], t["priority"])
        for t in store.tasks.values()
        if t["title"] != "Walk the dog"
    ]


@pytest.mark.parametrize(
    ("said", "title", "priority"),
    [
        ("chuck grab more wood screws from bunnings on me list mate",
         "Grab more wood screws from bunnings", None),
        ("stick ring the plumber on me list", "Ring the plumber", None),
        ("put 'renew the rego' on me to do list, it's urgent", "Renew the rego", "high"),
        ("can you whack pick up the kids' bikes onto me list", "Pick up the kids' bikes", None),
        ("bung 'quote for the Smiths fence' in me list mate, make it high priority they're keen",
         "Quote for the Smiths fence", "high"),
        ("add sort the shed out to me list", "Sort the shed out", None),
    ],
)  # fmt: skip
async def test_me_list_is_my_list(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    priority: str | None,
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert _added(store) == [(title, None, priority)]


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("chem lab writeup is due tmrw and its not on here 😭 add it pls",
         "Chem lab writeup", "tomorrow"),
        ("my maths assignment is due wednesday and it's not even on here lol, add it",
         "My maths assignment", "wednesday"),
        ("history essay due thursday and it isnt on my list yet, put it on there",
         "History essay", "thursday"),
        ("the gas bill is due monday but that's not on the list, add it",
         "The gas bill", "monday"),
        ("the council rates are due friday, its missing from the list, pop it on there",
         "The council rates", "friday"),
    ],
)  # fmt: skip
async def test_missing_from_the_list_is_no_part_of_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, due: str
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert _added(store) == [(title, read_due(due), None)]


@pytest.mark.parametrize(
    "said",
    [
        "the gym one isn't on here, is it?",
        "give me list of what's due",
    ],
)
async def test_a_question_about_the_list_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert _added(store) == []


_FOUR = ("Lodge tax return", "Mow the nature strip", "Return library books", "Pay council rates")


def _states(store: TaskStore) -> dict[str, bool]:
    return {t["title"]: t["completed"] for t in store.tasks.values()}


@pytest.mark.parametrize(
    ("said", "spared"),
    [
        ("mark all of them done except the tax return, still waiting on my payment summary",
         "Lodge tax return"),
        ("finished all of it except the council bill, we're still waiting on the notice",
         "Pay council rates"),
        ("mark all done but the tax one, still waiting on paperwork", "Lodge tax return"),
        ("did them all apart from the tax return", "Lodge tax return"),
        ("I've done everything today except the library run, mark all the rest as done",
         "Return library books"),
    ],
)  # fmt: skip
async def test_all_but_one_with_a_remark_spares_that_one(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, spared: str
) -> None:
    for title in _FOUR:
        store.create(title)
    await session_for(store).say(said)
    assert _states(store) == {t: t != spared for t in _FOUR}


async def test_an_exception_said_as_part_of_a_word_spares_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for title in ("Visit GTBank about ATM card", "Buy fuel", "Call Emeka"):
        store.create(title)
    await session_for(store).say(
        "I've done everything today except the bank visit, mark all the rest as done"
    )
    assert _states(store) == {
        "Visit GTBank about ATM card": False,
        "Buy fuel": True,
        "Call Emeka": True,
    }


async def test_an_exception_that_names_no_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for title in ("Lodge tax return", "Mow the nature strip"):
        store.create(title)
    await session_for(store).say("mark everything done except the dentist one")
    assert _states(store) == {"Lodge tax return": False, "Mow the nature strip": False}


@pytest.mark.parametrize(
    "said",
    [
        "I'm moving to Berlin next week so just wipe the whole list, starting fresh",
        "we're moving house so just clear my entire to do list",
        "wipe the whole list pls",
        "delete everything, clean slate",
        "get rid of it all, fresh start for the new year",
    ],
)
async def test_the_whole_list_wiped_deletes_every_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    for title in ("Cancel the gas contract", "Sell the sofa"):
        store.create(title)
    await session_for(store).say(said)
    assert store.tasks == {}


@pytest.mark.parametrize(
    "said",
    [
        "mow the whole lot before sunday",
        "the parking lot is full, starting fresh tomorrow",
        "finished all of it except the dentist one",
    ],
)
async def test_a_lot_that_is_a_thing_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    for title in ("Cancel the gas contract", "Sell the sofa"):
        store.create(title)
    await session_for(store).say(said)
    states = _states(store)
    assert (states["Cancel the gas contract"], states["Sell the sofa"]) == (False, False)


@pytest.mark.parametrize(
    ("said", "shown", "hidden"),
    [
        ("righto show me the lot, done or not", ["Book the ferry", "Renew licence"], []),
        ("show me everything, finished or not", ["Book the ferry", "Renew licence"], []),
        ("list all my tasks, done and not done", ["Book the ferry", "Renew licence"], []),
        ("yaar mere pending kaam dikhao zara", ["Renew licence"], ["Book the ferry"]),
        ("baqi tasks batao", ["Renew licence"], ["Book the ferry"]),
        ("mukammal kaam dikhao", ["Book the ferry"], ["Renew licence"]),
    ],
)  # fmt: skip
async def test_a_listing_asked_for_shows_those_tasks(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    shown: list[str],
    hidden: list[str],
) -> None:
    store.create("Book the ferry")["completed"] = True
    store.create("Renew licence")
    reply = (await session_for(store).say(said)).reply
    assert all(t in reply for t in shown) and not any(t in reply for t in hidden)


@pytest.mark.parametrize(
    ("said", "done"),
    [
        ("task 2 finished ✅", "Send CV"),
        ("task 2 done ✅", "Send CV"),
        ("task 2 completed ✔️ finally", "Send CV"),
    ],
)
async def test_a_tick_after_done_words_completes_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, done: str
) -> None:
    for title in ("Top up card", "Send CV", "Finish essay"):
        store.create(title)
    await session_for(store).say(said)
    assert [t for t, c in _states(store).items() if c] == [done]


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("laundry sorted. also need detergent tmrw, add that", "Detergent", "tomorrow"),
        ("we still need bin bags, put it on the list", "Bin bags", None),
        ("also need sunscreen for saturday, add it", "Sunscreen", "saturday"),
        ("we're out of dishwasher tablets, add it", "Buy dishwasher tablets", None),
        ("running low on rice, put it on the list", "Buy rice", None),
        ("add book the cottage for the long weekend", "Book the cottage for the long weekend",
         None),
        ("add plan the easter weekend lunch for saturday", "Plan the easter weekend lunch",
         "saturday"),
        ("pls add pick up my parcel at the depot later 3pm today",
         "Pick up my parcel at the depot", "3pm today"),
        ("add call the bank later today", "Call the bank", "today"),
        ("hello good evening i hope you are fine please i want you to add for me that i must "
         "collect my national id card from the civil registry office thank you very much",
         "Collect my national id card from the civil registry office", None),
        ("hi i hope u r fine, please add that i must buy stamps", "Buy stamps", None),
    ],
)  # fmt: skip
async def test_an_add_titles_the_thing_not_the_words_around_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str | None,
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    added = [(t, d) for t, d, _ in _added(store) if t != "Laundry"]
    assert added == [(title, read_due(due) if due else None)]


@pytest.mark.parametrize(
    "said",
    [
        "add book the cottage for the long weekend and get rid of the old one about calling "
        "the realtor back",
        "add paint the fence, and get rid of the one about calling the realtor back",
    ],
)
async def test_an_add_leaves_the_delete_said_after_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Walk the dog")
    store.create("Call the realtor back")
    await session_for(store).say(said)
    titles = [t["title"] for t in store.tasks.values()]
    assert "Call the realtor back" not in titles and len(titles) == 2


@pytest.mark.parametrize(
    "said",
    [
        "delete the one about calling the realtor back",
        "remove the task about ringing the realtor back",
    ],
)
async def test_a_delete_of_a_call_back_deletes_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Walk the dog")
    store.create("Call the realtor back")
    await session_for(store).say(said)
    assert _states(store) == {"Walk the dog": False}


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add see you later alligator poster", "See you later alligator poster"),
        ("i need a hand with the move, add that", "I need a hand with the move"),
    ],
)
async def test_words_that_are_the_thing_stay_in_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert [t for t, _, _ in _added(store)] == [title]


async def test_the_drill_back_still_reads_as_returned(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Return the drill")
    await session_for(store).say("the drill is back")
    assert _states(store) == {"Return the drill": True}


@pytest.mark.parametrize(
    ("said", "title", "repeat"),
    [
        ("Please add water the orchids, it should repeat every Sunday. Thank you dear.",
         "Water the orchids", "every Sunday"),
        ("add pay rent - this needs to recur monthly", "Pay rent", "monthly"),
        ("add bins out, it has to repeat every tuesday", "Bins out", "every tuesday"),
        ("put down take my tablets, which should repeat daily", "Take my tablets", "daily"),
    ],
)  # fmt: skip
async def test_words_saying_it_repeats_are_no_part_of_the_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    repeat: str,
) -> None:
    await session_for(store).say(said)
    assert [(t["title"], t["repeat_text"]) for t in store.tasks.values()] == [
        (title, read_repeat(repeat))
    ]


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("Need a task: book a termin at the Ausländerbehörde",
         "Book a termin at the Ausländerbehörde"),
        ("i need a new reminder: call the GP", "Call the GP"),
        ("need one more task - renew the car insurance", "Renew the car insurance"),
    ],
)  # fmt: skip
async def test_a_task_needed_before_a_colon_adds_what_follows(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await session_for(store).say(said)
    assert [t["title"] for t in store.tasks.values()] == [title]
