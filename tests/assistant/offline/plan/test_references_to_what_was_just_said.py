"""The plan stage, corrections and references to what was just said or shown:

- a redirect said with an undo of the task just changed ("sorry i meant the post office one,
  undo the pharmacy") reopens that one and makes the change to the one meant (it only reopened);
- "number 2 there", "no. 3 on that list", "the 2nd one there": the place in the listing just
  shown, even where a task has that id (it added a task 'Get rid of number 2 there'); a bare
  "number 2" stays the task's id;
- the task first, then its level, in a learner's order ("the second one put high priority");
- "no wait, is X, not Y": a correction with its "it" left out corrects the last add (it looked
  for a task 'No wait');
- someone else will do it ("nvm, my husband said he'll do it today"): the add taken back, never
  a listing of what is due today;
- "X is for Y, update that one to say so": the task's title with those words (it renamed a task
  'Say'); a new title of only "say so" is no title;
- "wednesday 3:45pm... no wait make that friday, same time": the day corrected, the time kept.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

ERRANDS = "Pick up script from the pharmacy|Drop parcel at the post office|Ring the vet"


@pytest.mark.parametrize(
    "message",
    [
        "sorry no i meant the post office one, undo the pharmacy",
        "undo the pharmacy, i meant the post office",
        "oops wrong one, i meant the post office. untick the pharmacy",
        "no no i meant the parcel one, reopen the pharmacy one",
    ],
)
async def test_a_redirect_with_the_undo_named_makes_the_change_to_the_one_meant(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(
        store,
        session_for,
        ERRANDS,
        ["tick off the pharmacy one", message],
        {"Drop parcel at the post office": "done"},
    )


async def test_an_undo_named_alone_only_reopens(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, ERRANDS, ["tick off the pharmacy one", "undo the pharmacy"]
    )


async def test_a_redirect_after_a_delete_with_its_restore_named(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        ERRANDS,
        ["delete the pharmacy one", "oops i meant the post office one, bring back the pharmacy"],
        {"Drop parcel at the post office": "deleted"},
    )


CHORES = "Book the NCT|Ring Mam|Renew TV licence"


@pytest.mark.parametrize(
    ("message", "change"),
    [
        ("get rid of number 2 there", "deleted"),
        ("delete #2 up there", "deleted"),
        ("tick off no. 2 on that list", "done"),
        ("the 2nd one there, bin it", "deleted"),
    ],
)
async def test_a_number_said_of_the_listing_shown_is_its_place_there(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, change: str
) -> None:
    # a done task first: the 2nd pending task shown is #3 'Ring Mam', and #2 is 'Book the NCT'
    seeds = f"Old errand:done|{CHORES}"
    await assert_changes(store, session_for, seeds, ["what's left", message], {"Ring Mam": change})


async def test_a_bare_number_is_still_the_tasks_id(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        CHORES,
        ["show me me list", "get rid of number 2"],
        {"Ring Mam": "deleted"},
    )


def _priorities(store: TaskStore) -> dict[str, str]:
    return {
        t["title"]: t["priority"]
        for t in store.tasks.values()
        if t.get("priority") not in (None, "none")
    }


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("the second one put high priority", "Call tía Rosa"),
        ("the last one make it low", "Wash the car"),
        ("number 1 put urgent", "Buy empanadas"),
        ("the car one set it to top priority pls", "Wash the car"),
    ],
)
async def test_the_task_first_then_its_level(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    session = session_for(store)
    await session.say("add 3 things: buy empanadas, call tía Rosa, wash the car")
    await session.say(message)
    assert list(_priorities(store)) == [title]


async def test_a_task_named_with_a_level_said_as_news_sets_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    # never a level set of a task the words do not name as a task
    await play(store, session_for, "Wash the car|Call mum", ["my boss put high priority on it"])
    assert _priorities(store) == {}


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("no wait, is water purifier filter, not kimchi fridge", "Buy water purifier filter"),
        ("sorry is water purifier filter not kimchi fridge", "Buy water purifier filter"),
    ],
)
async def test_a_correction_with_its_it_left_out(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    state, _ = await play(store, session_for, "Call mum", ["add buy kimchi fridge filter", message])
    assert state == sorted(["Call mum", title])


async def test_a_question_with_not_is_no_correction(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store,
        session_for,
        "Call mum",
        ["add buy kimchi fridge filter", "is it the big one, not the small one?"],
    )
    assert state == ["Buy kimchi fridge filter", "Call mum"]


KIDS = "Buy school uniform for Ada|Call the gas man"


@pytest.mark.parametrize(
    "message",
    [
        "nvm, my husband said he'll do it today",
        "never mind, my wife said she'll grab them today",
        "scratch that, my sister's doing it tomorrow",
    ],
)
async def test_someone_else_doing_it_takes_the_add_back(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, KIDS, ["add pick up the kids from school", message])


async def test_someone_elses_doing_alone_removes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    # no "never mind": news of a person, nothing taken back (and no listing either)
    state, reply = await play(
        store,
        session_for,
        KIDS,
        ["add pick up the kids from school", "my husband said he'll do it today"],
    )
    assert "Pick up the kids from school" in state
    assert "due today" not in reply


async def test_my_tasks_today_still_lists(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    _, reply = await play(store, session_for, "Call mum@2026-11-23|Pay rent", ["my tasks today"])
    assert "Call mum" in reply and "Pay rent" not in reply


@pytest.mark.parametrize(
    ("seeds", "message", "old", "new"),
    [
        ("Book footy tix|Book haircut",
         "oh the footy tix are for the grand final, can u update that one to say so",
         "Book footy tix", "Book footy tix for the grand final"),
        ("Order the cake|Book haircut", "the cake is for nan's 80th - change it to say that",
         "Order the cake", "Order the cake for nan's 80th"),
        ("Book footy tix|Book haircut",
         "btw the haircut is with Jess, could you edit the task to say that",
         "Book haircut", "Book haircut with Jess"),
    ],
)  # fmt: skip
async def test_what_a_thing_is_for_said_then_say_so(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    old: str,
    new: str,
) -> None:
    state, _ = await play(store, session_for, seeds, [message])
    assert state == sorted([new if s == old else s for s in seeds.split("|")])


@pytest.mark.parametrize(
    "message",
    [
        "the haircut's on saturday, update it to say so pls",
        "update that one to say so",
        "change it to say that",
    ],
)
async def test_say_so_is_never_a_title(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, "Book footy tix|Book haircut", [message])
    assert not any(s.lower() in ("say", "so", "say so", "that", "say that") for s in state)
    assert "Book footy tix" in state


VET = "Take Maple to the vet|Buy Maple's kibble"


@pytest.mark.parametrize(
    ("message", "due"),
    [
        ("put maple's vet appt on wednesday 3:45pm... no wait make that friday, same time",
         "2026-11-27T15:45:00+00:00"),
        ("set the vet for tuesday 9:30am - sorry no, make it thursday, same time pls",
         "2026-11-26T09:30:00+00:00"),
        ("move the vet to thursday at 10am. no wait, saturday, same time",
         "2026-11-28T10:00:00+00:00"),
    ],
)  # fmt: skip
async def test_a_day_corrected_keeps_the_time_said(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, due: str
) -> None:
    state, _ = await play(store, session_for, VET, [message])
    assert state == sorted([f"Take Maple to the vet@{due}", "Buy Maple's kibble"])


async def test_a_day_corrected_without_same_time_keeps_no_time(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, VET, ["put the vet on wednesday 3:45pm... no wait make that friday"]
    )
    assert state == sorted(["Take Maple to the vet@2026-11-27", "Buy Maple's kibble"])
