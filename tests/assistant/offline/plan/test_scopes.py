"""The plan stage, bulk scopes: a scope by tag or shared word with chatter around it, the
completed tasks by a deed clause ("the stuff I already did"), "everything to do with it"
after the topic was said; counts and lists by a tag; what was done this week. A scope whose
words name nothing changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, Say, TaskStore


def seed(store: TaskStore) -> None:
    store.create("Revise for the chem exam", tags=["school"])
    store.create("Hand in history essay", tags=["school"])
    store.create("Take the bins out", tags=["chores"])
    store.create("Hoover the stairs", tags=["chores"])
    store.create("Book a haircut")


@pytest.fixture
def say(store: TaskStore, session_for: Callable[..., ChatSession]) -> Say:
    """A chat over the tasks ``seed`` adds: its ``say``."""
    seed(store)
    return session_for(store).say


@pytest.mark.parametrize(
    "message",
    [
        "exams are finished!! tick off all the school stuff",
        "mark every school task as done pls",
        "all my school things are done, mark them off",
        "can u mark all the school ones complete",
        "term's over lol complete everything tagged school",
    ],
)
async def test_a_tag_names_a_bulk_completion(store: TaskStore, say: Say, message: str) -> None:
    await say(message)
    assert store.titles(done=True) == ["Revise for the chem exam", "Hand in history essay"]


@pytest.mark.parametrize(
    "message",
    [
        "get rid of all my chores tasks, the cleaner does them now",
        "delete every chores item we hired a cleaner",
        "bin all the chores stuff",
        "wipe all my chores jobs the cleaner started today",  # batch 28's wording, other tasks
    ],
)
async def test_a_bulk_delete_by_tag_leaves_a_reason_out(
    store: TaskStore, say: Say, message: str
) -> None:
    await say(message)
    assert store.titles() == ["Revise for the chem exam", "Hand in history essay", "Book a haircut"]


@pytest.mark.parametrize(
    "message",
    [
        "remove all my shift tasks, the restaurant shut down",
        "delete everything to do with my shifts",
        "scrap all the shift stuff i quit lol",
    ],
)
async def test_a_word_shared_by_titles_names_a_bulk_delete(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    for title in ("Saturday opening shift", "Swap Tuesday shift with Ana", "Pay phone bill"):
        store.create(title)
    await session_for(store).say(message)
    assert store.titles() == ["Pay phone bill"]


@pytest.mark.parametrize(
    "message",
    [
        "clear out the stuff i already did",
        "delete all the ones I've finished, it's cluttered",
        "get rid of everything we've ticked off",
        "remove all the tasks that I completed",
        "clean out everything ive knocked out this week",
    ],
)
async def test_a_deed_clause_makes_the_completed_tasks_the_scope(
    store: TaskStore, say: Say, message: str
) -> None:
    for task in list(store.tasks.values())[:2]:
        task["completed"] = True
    await say(message)
    assert store.titles() == ["Take the bins out", "Hoover the stairs", "Book a haircut"]


async def test_everything_to_do_with_it_is_the_topic_said_before(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for title in ("Order the wedding cake", "Send wedding invites", "Renew passport"):
        store.create(title)
    await session_for(store).say(
        "the wedding got called off, so sad. please remove everything related to it"
    )
    assert store.titles() == ["Renew passport"]


async def test_everything_to_do_with_it_with_no_topic_asks(store: TaskStore, say: Say) -> None:
    turn = await say("delete everything to do with it")
    assert len(store.tasks) == 5
    assert "?" in turn.reply


async def test_a_scope_naming_nothing_deletes_nothing(store: TaskStore, say: Say) -> None:
    await say("delete all my dentist stuff")
    assert len(store.tasks) == 5


@pytest.mark.parametrize(
    "message",
    [
        "how many school things r left",
        "how many school tasks have i got left?",
        "number of school things still to do",
    ],
)
async def test_a_count_by_tag_counts_those_tasks(say: Say, message: str) -> None:
    turn = await say(message)
    assert "2" in turn.reply and "5" not in turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "what did i get done this week?",
        "lemme see what i've knocked out today",
        "show me what I've dealt with this week",
        "what have we taken care of so far today",
    ],
)
async def test_what_was_done_lists_the_completed_tasks(
    store: TaskStore, say: Say, message: str
) -> None:
    store.tasks[3]["completed"] = True
    turn = await say(message)
    assert "Take the bins out" in turn.reply and "Book a haircut" not in turn.reply


@pytest.mark.parametrize(
    ("message", "done"),
    [
        ("all done exc the haircut, pls mark", [0, 1, 2, 3]),
        ("did all my chores, hoovering still not done tho", [2]),
        ("all the school stuff is finished except the essay", [0]),
        ("finished everything on the list - the haircut is still left", [0, 1, 2, 3]),
        ("all my chores are sorted but the bins", [3]),
    ],
)
async def test_a_done_report_with_a_scope_and_an_exception_spares_the_exception(
    store: TaskStore, say: Say, message: str, done: list[int]
) -> None:
    await say(message)
    everything = store.titles()
    assert store.titles(done=True) == [everything[i] for i in done]


async def test_all_done_before_another_request_is_no_report(store: TaskStore, say: Say) -> None:
    await say("all done, now add buy stamps")
    assert store.titles(done=True) == []
    assert "Buy stamps" in store.titles()


@pytest.mark.parametrize(
    "message",
    [
        "finished the essay, the hoovering still not done",  # no scope: never a bulk change
        "all done except the dentist thing",  # an exception naming nothing is asked about
    ],
)
async def test_an_exception_without_a_scope_or_a_task_completes_nothing_in_bulk(
    store: TaskStore, say: Say, message: str
) -> None:
    await say(message)
    assert "Hoover the stairs" not in store.titles(done=True)
    assert "Book a haircut" not in store.titles(done=True)


@pytest.mark.parametrize(
    ("message", "done"),
    [
        ("I got through all my school stuff today, so please mark every one of them done", [0, 1]),
        ("sorted all the chores this morning, tick off each of them", [2, 3]),
        ("everything except the haircut, mark em all", [0, 1, 2, 3]),
        ("finished all the school stuff. mark all of those done", [0, 1]),
    ],
)
async def test_them_names_the_scope_said_just_before(
    store: TaskStore, say: Say, message: str, done: list[int]
) -> None:
    await say(message)
    everything = store.titles()
    assert store.titles(done=True) == [everything[i] for i in done]


async def test_them_after_a_bulk_deed_deletes_only_that_scope(store: TaskStore, say: Say) -> None:
    await say("I knocked out all my chores, bin every one of them")
    assert store.titles() == ["Revise for the chem exam", "Hand in history essay", "Book a haircut"]


@pytest.mark.parametrize("message", ["all good, mark them done", "mark every one of them done"])
async def test_them_with_no_scope_said_asks(store: TaskStore, say: Say, message: str) -> None:
    turn = await say(message)
    assert store.titles(done=True) == []
    assert "?" in turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "clear off all the ones i already finish",
        "remove everything we already complete",
        "delete the ones i already finish pls",
        "clear all the ones i've done",
    ],
)
async def test_the_ones_i_already_finish_are_the_completed_tasks(
    store: TaskStore, say: Say, message: str
) -> None:
    store.tasks[3]["completed"] = True
    before = store.titles(done=False)
    await say(message)
    assert store.titles() == before


@pytest.mark.parametrize(
    "message",
    [
        "just my school stuff",
        "show only the school ones",
        "whats on for school",
        "anything for school?",
        "what have i got on the school front",
        "anything school related?",
        "school things only pls",
        # the scope said anywhere in a listing, with chatter around it
        "whats on my school list atm? just the ones i havent done yet ta",
        "Good morning. Kindly show me the tasks I have for school",
        "pls list my school stuff that is still open, thanks",
        "can u show me what school tasks i got left",
    ],
)
async def test_a_listing_scoped_by_a_word_lists_what_is_left_of_that_tag(
    store: TaskStore, say: Say, message: str
) -> None:
    """A listing narrowed to one word ("just my work stuff", "whats on for home") lists the
    pending tasks with that tag; it listed every task, or searched for "only the ... ones"."""
    store.tasks[2]["completed"] = True
    turn = await say(message)
    assert "Revise for the chem exam" in turn.reply
    assert "history essay" not in turn.reply and "bins" not in turn.reply
    assert "1 pending task tagged school" in turn.reply


async def test_a_scope_word_no_tag_has_lists_the_titles_with_it(store: TaskStore, say: Say) -> None:
    turn = await say("anything for the haircut?")
    assert "Book a haircut" in turn.reply and "bins" not in turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "how many chores things left",
        "how many chores ones are still open",
        "How many chores tasks I still not finish?",
        "hey how many of my chores tasks are left to do",
    ],
)
async def test_a_count_scoped_by_a_word_counts_what_is_left(
    store: TaskStore, say: Say, message: str
) -> None:
    store.tasks[4]["completed"] = True
    turn = await say(message)
    assert "1 pending task tagged chores" in turn.reply and "Hoover" not in turn.reply


@pytest.mark.parametrize(
    ("message", "listed"),
    [
        ("show me the done school ones", ["Hand in history essay"]),
        ("whats on for tomorrow", []),  # a day, not a tag: nothing is due tomorrow
        ("the school ones", None),  # may answer a question: no listing of its own
        ("whats on my plate", None),  # the plate is the whole list, not a tag
        ("show me tasks", None),  # "me" is no scope
        ("gimme the full list, done stuff too", None),
        ("what's on my whole list", None),
        ("how many tasks do i have", None),
        ("show me all my pending tasks", None),
    ],
)
async def test_near_misses_of_a_scoped_listing(
    store: TaskStore, say: Say, message: str, listed: list[str] | None
) -> None:
    store.tasks[2]["completed"] = True
    turn = await say(message)
    if listed is None:
        assert "tagged school" not in turn.reply
        return
    assert [t for t in store.titles() if f"'{t}'" in turn.reply] == listed


@pytest.mark.parametrize(
    ("message", "listed"),
    [
        ("oya list the tasks wey I don complete", "Indomie"),  # it completed a task
        ("oya show me the ones wey I don finish", "Indomie"),
        ("show me the ones wey I never finish", "Chinedu"),
        ("which all tasks are urgent? pls tell", "Indomie"),
        ("ano pa ba natitira sa list ko?", "Chinedu"),
    ],
)
async def test_a_listing_said_in_pidgin_taglish_or_indian_english_changes_nothing(
    message: str, listed: str
) -> None:
    store = TaskStore()
    store.create("Restock Indomie cartons", priority="high")["completed"] = True
    store.create("Pay Chinedu salary")
    turn = await ChatSession(store).say(message)
    assert [t["completed"] for t in store.tasks.values()] == [True, False]
    other = "Chinedu" if listed == "Indomie" else "Indomie"
    assert listed in turn.reply and other not in turn.reply


@pytest.mark.parametrize(
    ("said", "shown", "left_out"),
    [
        ("anything about Bea's swimming?", ["Enroll Bea in swimming"], ["school supplies"]),
        ("do i have anything about mom's birthday", ["birthday gift"], ["Call mom"]),
        ("find tasks about mom", ["Call mom", "birthday gift"], []),
        ("anything about Bea?", ["Enroll Bea", "school supplies"], []),
    ],
)
async def test_a_search_shows_the_tasks_carrying_all_its_words_when_some_do(
    said: str, shown: list[str], left_out: list[str]
) -> None:
    store = TaskStore()
    for title in ("Call mom", "Buy mom's birthday gift", "Enroll Bea in swimming"):
        store.create(title)
    store.create("Buy school supplies for Bea")
    turn = await ChatSession(store).say(said)
    assert all(s in turn.reply for s in shown) and not any(s in turn.reply for s in left_out)


@pytest.mark.parametrize(
    ("message", "done"),
    [("Wipe the lot, I'm starting fresh", False), ("mark the whole lot done", True)],
)
async def test_the_lot_after_a_change_is_everything(message: str, done: bool) -> None:
    store = TaskStore()
    for title in ("Sand the deck", "Cancel Spotify"):
        store.create(title)
    await ChatSession(store).say(message)
    if done:
        assert all(t["completed"] for t in store.tasks.values())
    else:
        assert store.tasks == {}


@pytest.mark.parametrize(
    ("message", "listed", "left_out"),
    [
        ("is there anything I missed? I mean overdue things", "Pay the old bill", "Book a haircut"),
        ("anything i forgot? like overdue stuff", "Pay the old bill", "Book a haircut"),
        ("what have i got for school still to do", "chem exam", "Book a haircut"),
    ],
)
async def test_a_question_then_what_it_meant_lists_that(
    store: TaskStore, say: Say, message: str, listed: str, left_out: str
) -> None:
    """ "I mean overdue things" after a question had been read as a rename of the last add."""
    store.create("Pay the old bill", due_date="2026-11-20")
    turn = await say(message)
    assert listed in turn.reply and left_out not in turn.reply
    assert "rename" not in turn.reply
