"""The plan stage, adds with words around the task that are no part of it: the listener called
after "add one task" ("sir, stitch the kameez"), a note's heading ("note to self grab more
fittings"), a please before a colon ("agrégame una tarea porfa: llevar ..."), where a person
named lives ("my grandson Tinashe who is in UK"), and when or how often said after the list
("put it on the list so that it reminds me every sunday"). Never harm: a question about who is
somewhere, a place that is part of the task ("my aunt who is in hospital") and a day said not to
be the day ("not for today") stay out of what is read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play


def _added(store: TaskStore) -> list[tuple[str, str | None, str | None]]:
    return [
        (t["title"], t["due_date"], t["repeat_text"])
        for t in store.tasks.values()
        if t["title"] != "Pay rent"
    ]


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        (
            "Please add one task sir, stitch the 3 shalwar kameez for Mr Tariq by friday",
            "Stitch the 3 shalwar kameez for Mr Tariq",
            "2026-11-27",
        ),
        ("add a task madam: renew the shop licence", "Renew the shop licence", None),
        ("note to self grab more pvc fittings tmrw 👍", "Grab more pvc fittings", "2026-11-24"),
        ("Note to self - renew rego friday", "Renew rego", "2026-11-27"),
        (
            "Agrégame una tarea porfa: llevar a mi mamá al doctor el viernes",
            "Llevar a mi mamá al doctor",
            "2026-11-27",
        ),
        (
            "bhai pls add one task, tomorrow morning 10 o clock i have to collect the payment "
            "from Rahim Traders",
            "Collect the payment from Rahim Traders",
            "2026-11-24T10:00:00+00:00",
        ),
        ("add call my brother who lives in Canada", "Call my brother", None),
        ("put bread on the list, not for today", "Bread", None),
    ],
)
async def test_words_around_the_task_are_no_part_of_its_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, due: str
) -> None:
    await play(store, session_for, "Pay rent", [said])
    assert _added(store) == [(title, due, None)]


@pytest.mark.parametrize(
    ("said", "title", "repeat"),
    [
        (
            "Good evening. Every Sunday I must phone my grandson Tinashe who is in UK. Please "
            "put it on the list so that it reminds me every sunday. Thank you my dear",
            "Phone my grandson Tinashe",
            "every Sunday",
        ),
        (
            "I must water the tomatoes. put it on the list every evening",
            "Water the tomatoes",
            "every day at 18:00",
        ),
        ("put the bins on the list, they go out every monday", "The bins", "every Monday"),
    ],
)
async def test_how_often_said_after_the_list_repeats_the_task_put_there(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, repeat: str
) -> None:
    await play(store, session_for, "Pay rent", [said])
    [(added, _, every)] = _added(store)
    assert (added, every) == (title, repeat)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add ask who is in the team", "Ask who is in the team"),
        ("add visit my aunt who is in hospital", "Visit my aunt who is in hospital"),
        ("add find out who's in charge", "Find out who's in charge"),
    ],
)
async def test_who_is_somewhere_that_is_the_task_stays(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await play(store, session_for, "Pay rent", [said])
    assert _added(store) == [(title, None, None)]
