"""The plan stage, bulk requests and several requests in one message: a scope of the done
tasks with a remark after it ("clear the finished tasks, too many already", "the ticked off
ones"), "all the bills" said in a deed before "mark all of them" (a time said before the doer:
"today I paid ..."), a heading of things to add ("few things before i forget: A, B, and cancel
C") whose items are each a task, a task pointed at as "the X one" after an add and then its verb
("add X, and the enrollment one pls delete"), and a tag given to the task just added ("add 'X'
and give it the tag Y").

Never harm: a heading of adds deletes nothing; "clear the finished tasks" never touches an open
task; "mark all of them" with no scope said asks; a heading whose items are requests ("couple of
things: tick off X, delete Y") stays requests; "today I need to X" is no deed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play, seed

DONE_SEEDS = "Buy stamps:done|Return library books:done|Email the landlord:done|Water the ferns"
BILLS = "Pay gas bill|Pay phone bill|Pay council tax bill|Buy flowers for Ana|Walk the dog"


@pytest.mark.parametrize(
    "message",
    [
        "pls clear the finished tasks, too many already",
        "delete the completed ones, list is way too long now",
        "clear out the ticked off tasks",
        "can you remove the done items - they clutter everything",
    ],
)
async def test_the_done_ones_are_cleared_with_a_remark_after(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(
        store,
        session_for,
        DONE_SEEDS,
        [message],
        {
            "Buy stamps": "deleted",
            "Return library books": "deleted",
            "Email the landlord": "deleted",
        },
    )


@pytest.mark.parametrize(
    "message",
    [
        "today I paid all the bills finally, can mark all of them",
        "yesterday we paid all the bills, tick them all",
        "this morning i paid all the bills, mark them all done pls",
    ],
)
async def test_all_of_them_is_the_scope_said_before(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(
        store,
        session_for,
        BILLS,
        [message],
        {"Pay gas bill": "done", "Pay phone bill": "done", "Pay council tax bill": "done"},
    )


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "ok few things before i forget: book flu shots for the kids, renew my licence, "
            "and cancel the crave subscription",
            ["Book flu shots for the kids", "Renew my licence", "Cancel the crave subscription"],
        ),
        (
            "couple of things: call the dentist, renew passport",
            ["Call the dentist", "Renew passport"],
        ),
        (
            "few things to add: fix the gate latch, cancel the newspaper, order printer ink",
            ["Fix the gate latch", "Cancel the newspaper", "Order printer ink"],
        ),
    ],
)
async def test_a_heading_of_things_adds_each_item(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    now, _ = await play(store, session_for, "Water the ferns", [message])
    assert now == sorted(["Water the ferns", *added])


SCHOOL = "Pay Meralco bill|Enroll Ana at St. Paul|Renew passport"


@pytest.mark.parametrize(
    ("message", "changes", "added"),
    [
        (
            "hi po! paid the meralco bill already. pls add buy uniform for Ana, and the "
            "enrollment one pls delete, she moved school",
            {"Pay Meralco bill": "done", "Enroll Ana at St. Paul": "deleted"},
            "Buy uniform for Ana",
        ),
        (
            "add get passport photos and the enrollment one you can remove, not needed",
            {"Enroll Ana at St. Paul": "deleted"},
            "Get passport photos",
        ),
        (
            "add buy uniform for Ana and the passport one you can tick off, got it last week",
            {"Renew passport": "done"},
            "Buy uniform for Ana",
        ),
    ],
)
async def test_the_x_one_after_an_add_is_a_request_of_its_own(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
    added: str,
) -> None:
    now, _ = await play(store, session_for, SCHOOL, [message])
    assert now == sorted([*expected(SCHOOL, changes), added])


@pytest.mark.parametrize(
    ("message", "title", "tag"),
    [
        (
            "eh please add 'send mum fees for Kevo via M-Pesa' and tag it family",
            "Send mum fees for Kevo via M-Pesa",
            "family",
        ),
        (
            "Add 'Steuererklärung abgeben' and give it the tag finanzen please",
            "Steuererklärung abgeben",
            "finanzen",
        ),
        ("add renew car insurance and give it the tag car", "Renew car insurance", "car"),
    ],
)
async def test_a_tag_said_with_an_add_goes_on_the_new_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    tag: str,
) -> None:
    seed(store, "Water the ferns")
    await session_for(store).say(message)
    tags = {t["title"]: t.get("tags") or [] for t in store.tasks.values()}
    assert tags == {"Water the ferns": [], title: [tag]}


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        # a heading whose items are requests stays requests: nothing added, nothing else touched
        (
            DONE_SEEDS,
            "couple of things: tick off the ferns one, delete the stamps one",
            {"Water the ferns": "done", "Buy stamps": "deleted"},
        ),
        # no scope said: "all of them" asks
        (BILLS, "can you mark all of them", {}),
        # "need" is no deed: nothing ticked
        (BILLS, "today I need to pay all the bills", None),
        # the finished ones, with "the rest" kept: never an open task deleted
        (DONE_SEEDS, "remove the done ones, keep the rest", None),
        # a day before "I" with no deed: a plan, nothing done
        (BILLS, "tomorrow I pay the gas bill", None),
        # a heading of adds deletes nothing, even with a verb of deleting in an item
        (DONE_SEEDS, "few things to add: cancel the magazine, buy stamps again", None),
    ],
)
async def test_near_misses(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str] | None,
) -> None:
    if changes is not None:
        await assert_changes(store, session_for, seeds, [message], changes)
        return
    # (None: no open task is ticked or removed; a day may be set, an add may be made)
    seed(store, seeds)
    await session_for(store).say(message)
    after = {t["title"]: t["completed"] for t in store.tasks.values()}
    for said in seeds.split("|"):
        title = said.removesuffix(":done")
        if not said.endswith(":done"):
            assert after.get(title) is False
