"""The plan stage, edits of a task named in passing: a topic then a request ("the dentist one —
move it to friday", "groceries task tag it home", "passport renewal bump to next week"); a task
then the title it should have, after a story ("ugh typo, the piano one should be 'X'"); a word
the user says they spelt wrong ("i spelt plumber wrong"); news of a thing, then "set that one
to ...". Near wordings that name no task plainly, or two, change no task; a rename or a date
change of the wrong task would be worse than a question."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play, seed

# FIXED_TODAY is Monday 23 November 2026
TUESDAY = "2026-11-24"
FRIDAY = "2026-11-27"
NEXT_MONDAY = "2026-11-30"

DENTIST = f"Book the dentist@{TUESDAY}|Buy milk"
PASSPORT = f"Renew the passport@{TUESDAY}|Pick up kids"


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        (DENTIST, "the dentist one — move it to friday", {"Book the dentist": f"@{FRIDAY}"}),
        (DENTIST, "dentist – push to friday pls", {"Book the dentist": f"@{FRIDAY}"}),
        (PASSPORT, "passport renewal bump to friday", {"Renew the passport": f"@{FRIDAY}"}),
        (
            PASSPORT,
            "passport renewal could you push it to friday",
            {"Renew the passport": f"@{FRIDAY}"},
        ),
        (
            PASSPORT,
            "passport renewal shift to next monday, office closed friday",
            {"Renew the passport": f"@{NEXT_MONDAY}"},
        ),
    ],
)
async def test_a_topic_then_a_move_moves_the_task_it_names(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, [message], changes)


@pytest.mark.parametrize(
    ("message", "field", "value"),
    [
        ("groceries task tag it home", "tags", ["home"]),
        ("the groceries one put tag home pls", "tags", ["home"]),
        ("groceries: make it high priority", "priority", "high"),
    ],
)
async def test_a_topic_then_a_field_sets_it_on_the_task_it_names(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    field: str,
    value: object,
) -> None:
    seed(store, "Order groceries|Call the bank")
    await session_for(store).say(message)
    tasks = {t["title"]: t for t in store.tasks.values()}
    assert tasks["Order groceries"][field] == value
    assert not tasks["Call the bank"][field]


@pytest.mark.parametrize(
    ("message", "titles"),
    [
        (
            "the bank one — change it to call the bank about the mortgage",
            ["Call the bank about the mortgage", "Order groceries"],
        ),
        (
            "ugh typo, the groceries one should be 'Order groceries for Nan'",
            ["Call the bank", "Order groceries for Nan"],
        ),
        (
            "i mixed them up, the bank one should be call the bank before noon",
            ["Call the bank before noon", "Order groceries"],
        ),
    ],
)
async def test_a_task_named_then_its_new_title_renames_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, titles: list[str]
) -> None:
    seed(store, "Order groceries|Call the bank")
    await session_for(store).say(message)
    assert sorted(store.titles()) == titles


@pytest.mark.parametrize(
    ("seeds", "message", "titles"),
    [
        ("Call the plumbr|Buy milk", "i spelt plumber wrong", ["Buy milk", "Call the plumber"]),
        (
            "Book rehersal room|Buy milk",
            "we misspelled rehearsal, can u fix it",
            ["Book rehearsal room", "Buy milk"],
        ),
        (
            "Book rehersal room|Buy milk",
            "spelt rehearsal wrong on the list lol, fix pls",
            ["Book rehearsal room", "Buy milk"],
        ),
        (
            "Update calender|Buy milk",
            "oops i typed calendar wrong",
            ["Buy milk", "Update calendar"],
        ),
    ],
)
async def test_a_word_spelt_wrong_is_respelt_in_the_task_that_has_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    titles: list[str],
) -> None:
    seed(store, seeds)
    await session_for(store).say(message)
    assert sorted(store.titles()) == titles


async def test_news_then_that_one_sets_the_task_the_news_is_about(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store, "Give Nana her tablets|Buy bread")
    await session_for(store).say(
        "the doctor said Nana needs the tablets every morning now, set that one to repeat daily"
    )
    tasks = {t["title"]: t for t in store.tasks.values()}
    assert sorted(tasks) == ["Buy bread", "Give Nana her tablets"]
    assert tasks["Give Nana her tablets"].get("repeat_text")


@pytest.mark.parametrize(
    ("seeds", "messages"),
    [
        # a topic named by nothing but its words, with a request that is no move: an add
        (PASSPORT, ["kids move to new school friday"]),
        # no title said whole, nor quoted
        (DENTIST, ["the dentist one should be easier"]),
        (DENTIST, ["the milk should be done by friday"]),
        # no word said
        (DENTIST, ["i spelt it wrong"]),
        (DENTIST, ["i wrote that wrong, sorry"]),
        # two tasks spelt nearly so: asked, never guessed
        ("Pick up perscription|Call about perscription", ["i spelt prescription wrong"]),
        # spelt right already
        ("Pick up prescription|Buy milk", ["i spelt prescription wrong"]),
    ],
)
async def test_near_wordings_change_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, messages: list[str]
) -> None:
    after, _ = await play(store, session_for, seeds, messages)
    for task in expected(seeds, {}):
        assert task in after


GIFT = f"Eid gift for Ali|Service the car@{TUESDAY}|Call the bank"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        # a task called so, a comma, then a request with no "it": a field of that task
        ("car task, move to friday", {"Service the car": f"@{FRIDAY}"}),
        ("the car one, push to friday pls", {"Service the car": f"@{FRIDAY}"}),
    ],
)
async def test_a_task_called_so_then_a_request_with_no_it_edits_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, GIFT, [message], changes)


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("eid gift task, change to buy a watch for Ali", "Buy a watch for Ali"),
        ("the bank one, rename to ring the bank re mortgage", "Ring the bank re mortgage"),
    ],
)
async def test_a_task_called_so_then_change_to_renames_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    seed(store, GIFT)
    await session_for(store).say(message)
    titles = sorted(t["title"] for t in store.tasks.values())
    assert title in titles and len(titles) == 3


@pytest.mark.parametrize(
    "message",
    [
        # no task called so before it: "change to X" is itself a task, as typed
        "change to winter tyres",
        # a topic that calls no task so: no rename of a task it may share a word with
        "new year new me, change to a better diet",
        "the car, change to winter tyres before it snows",
    ],
)
async def test_change_to_after_no_task_called_so_renames_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store, GIFT)
    await session_for(store).say(message)
    assert {"Eid gift for Ali", "Service the car", "Call the bank"} <= {
        t["title"] for t in store.tasks.values()
    }


TANK = f"Water tank cleaning@{TUESDAY}|Call mum"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        # a task, a day said not to be it, then the move: the task moves, none is added
        (
            "water tank cleaning - not tuesday, move to friday",
            {"Water tank cleaning": f"@{FRIDAY}"},
        ),
        ("call mum, not today. move it to friday", {"Call mum": f"@{FRIDAY}"}),
        # the new day said alone after the comma
        ("call mum not today, friday", {"Call mum": f"@{FRIDAY}"}),
        ("call mum - not today, friday pls", {"Call mum": f"@{FRIDAY}"}),
        ("water tank cleaning, not tuesday, on friday", {"Water tank cleaning": f"@{FRIDAY}"}),
        # a task that is not there is asked about, never added as 'Call the plumber not today'
        ("call the plumber not today, friday", {}),
    ],
)
async def test_a_day_denied_before_a_move_is_no_add(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, TANK, [message], changes)


@pytest.mark.parametrize("message", ["water the plants not today", "call mum - not today"])
async def test_a_day_denied_alone_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, TANK, [message])


async def test_a_day_for_a_day_is_still_a_correction(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    messages = ["move call mum to friday", "sorry, thursday, not friday"]
    await assert_changes(store, session_for, TANK, messages, {"Call mum": "@2026-11-26"})
