"""The plan stage, a quoted title, then why, with no pause ("remove 'visit mama tunde' she don
travel", "delete 'call bob' he has left", "mark 'pay school fees' done i paid it yesterday"): the
quote names the task, the words after it are a reason (it had asked whether 'visit mama tunde
she has travel' meant the task). And "no need the 'X' anymore" (a learner's "no need" with no
"for"), a deed told of that thing ("i got 5 year visa already") and "remove pls" delete that
one task: the deed is why, never a task of its own. Never harm: "no need to X" and a deed of
another thing beside a delete change what they did before, and a deed of the thing deleted
completes no task that only shares a word with it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

SEEDS = (
    "Visit Aunty Ngozi|Call Bob|Pay school fees|Renew passport|Buy printer ink|"
    "Get ink for the stamp"
)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("remove 'visit aunty ngozi' she don travel", "Visit Aunty Ngozi"),
        ("pls delete 'visit aunty ngozi' she travelled last week", "Visit Aunty Ngozi"),
        ("remove 'call bob' he has left the company", "Call Bob"),
        ("delete 'call bob' they've sorted it themselves", "Call Bob"),
        ("remove 'renew passport' i got a new one already", "Renew passport"),
        (
            "no need the 'renew passport' anymore, i got a 10 year passport already. remove pls",
            "Renew passport",
        ),
        ("no need the 'buy printer ink' anymore, i got ink already. delete it", "Buy printer ink"),
        ("no need the 'call bob' anymore", "Call Bob"),
    ],
)
async def test_a_quoted_title_then_a_reason_deletes_that_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "deleted"})


async def test_a_quoted_title_then_a_reason_is_ticked_when_asked(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["mark 'pay school fees' done i paid it yesterday"],
        {"Pay school fees": "done"},
    )


async def test_an_add_a_tick_and_a_delete_with_a_reason_all_happen(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seeds = "Pay estate dues|Visit Mama Tunde"
    state, _ = await play(
        store,
        session_for,
        seeds,
        [
            "pls add 'fuel the gen' and mark 'pay estate dues' done, "
            "also remove 'visit mama tunde' she has travelled"
        ],
    )
    assert state == expected(
        seeds + "|Fuel the gen", {"Pay estate dues": "done", "Visit Mama Tunde": "deleted"}
    )


async def test_a_deed_of_another_thing_beside_a_delete_is_still_a_deed(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["delete 'call bob', and i paid the school fees"],
        {"Call Bob": "deleted", "Pay school fees": "done"},
    )


async def test_a_quote_then_words_of_no_reason_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["remove 'call bob' tomorrow morning maybe"])
