"""The plan stage, requests in the words of other Englishes and of Spanish: Nigerian Pidgin "I
don pay Tunde him money" (his money: done) and "the second one don do" (is done); Spanish "ya
terminé la tarea 3" (task 3 by its number); Taglish "grabe productive day today" and a day's
feeling ("productive day today, ...") as a remark; "put on my list that i will go to the bank"
(a plan told is the task). Never harm: "the welder don finish" beside a clear still only
completes, "add plan a productive day" is a task, "I will call mum later" adds nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

NAIJA = "Buy fuel for the gen|Pay Tunde back 5k|Submit assignment"
MX = "Renovar INE|Comprar tortillas|Recoger paquete de Amazon"


@pytest.mark.parametrize(
    "message",
    [
        "I don pay Tunde him money finally o 🙌 tick am",
        "i don pay tunde",
        "we don pay Tunde him money",
    ],
)
async def test_a_pidgin_deed_of_his_money_is_done(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, NAIJA, [message], {"Pay Tunde back 5k": "done"})


@pytest.mark.parametrize(
    ("then", "done"),
    [
        ("the second one don do", "Pay Tunde back 5k"),
        ("the last one don finish o", "Submit assignment"),
        ("task 1 don complete", "Buy fuel for the gen"),
    ],
)
async def test_a_task_said_done_in_pidgin_is_completed(
    store: TaskStore, session_for: Callable[..., ChatSession], then: str, done: str
) -> None:
    await assert_changes(store, session_for, NAIJA, ["wetin dey my list?", then], {done: "done"})


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("ya terminé la tarea 3, márcala como hecha porfa", {"Recoger paquete de Amazon": "done"}),
        ("terminé la tarea 2", {"Comprar tortillas": "done"}),
        ("marca la tarea número 1 como hecha", {"Renovar INE": "done"}),
        ("borra la tarea 2 por favor", {"Comprar tortillas": "deleted"}),
    ],
)
async def test_a_spanish_task_by_its_number(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, MX, [message], changes)


@pytest.mark.parametrize(
    "message",
    [
        "grabe productive day today, everything is done na, mark all as done 🎉",
        "productive day today, everything is done, mark all as done",
        "such a hectic week, mark everything as done",
    ],
)
async def test_how_the_day_went_is_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(
        store,
        session_for,
        NAIJA,
        [message],
        {"Buy fuel for the gen": "done", "Pay Tunde back 5k": "done", "Submit assignment": "done"},
    )


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("put on my list that i will go to the bank on monday", "Go to the bank@2026-11-30"),
        ("add i'll call mum", "Call mum"),
        ("add plan a productive day", "Plan a productive day"),
    ],
)
async def test_a_plan_told_in_an_add_is_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    state, _ = await play(store, session_for, NAIJA, [message])
    assert state == expected(NAIJA + "|" + title, {})


@pytest.mark.parametrize("message", ["I will call mum later", "i'll do it later"])
async def test_a_plan_told_with_no_add_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, NAIJA, [message])


async def test_someone_else_finishing_beside_a_clear_only_completes(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        "Fix the gate|Pay NEPA bill",
        ["the one for fixing the gate clear it, the welder don finish"],
        {"Fix the gate": "done"},
    )
