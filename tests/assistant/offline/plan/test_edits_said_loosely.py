"""The plan stage, an existing task's day, time, repeat or level changed in loose words: a task made
"a weekly thing, tuesdays" or "an everyday thing would ya" with why after it, moved to "friday
this week", a day taken back in the next sentence ("to saturday. no wait, sunday": one change, to
the day said last), "tomorrow after work, like 6" said of the task just added, and a task named
as a task before "put it for ..." ("the last one put it for tomorrow at 6 in the evening") after
a listing, said with "vos" ("cambiá lo de la luz para el viernes") or with Taglish particles
("just make it low priority lang"). Never harm: a change asked for a task that does not exist
adds nothing and changes no other task; "make it a weekly thing" with nothing to point at asks; a
day told as news ("collection's on thursday now") changes nothing; two different fields in two
sentences are two changes; a task thrown onto a day ("chuck the bins on friday instead") is
moved, never deleted."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play, repeats

_SEEDS = ("Feed the chooks", "Put the recycling out", "Walk the dog")


@pytest.mark.parametrize(
    ("said", "title", "repeat"),
    [
        ("make feeding the chooks an everyday thing would ya", "Feed the chooks", "every day"),
        (
            "make the recycling a weekly thing, tuesdays. council changed the days again",
            "Put the recycling out",
            "every Tuesday",
        ),
        (
            "pls make walking the dog a daily thing, hes getting fat lol",
            "Walk the dog",
            "every day",
        ),
        (
            "can u turn the recycling one into a weekly job, fridays",
            "Put the recycling out",
            "every Friday",
        ),
        ("make feeding the chooks a every day routine", "Feed the chooks", "every day"),
        ("make walk the dog weekly on saturdays", "Walk the dog", "every Saturday"),
    ],
)
async def test_a_repeat_said_loosely_sets_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    repeat: str,
) -> None:
    for seed in _SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert store.titles() == list(_SEEDS)
    assert repeats(store) == {title: repeat}


@pytest.mark.parametrize(
    ("seeds", "messages", "changes"),
    [
        (
            "Renew the car rego|Call the bank",
            ["shift the rego to friday this week, the office is shut monday"],
            {"Renew the car rego": "@2026-11-27"},
        ),
        (
            "Book the NCT|Call the bank",
            ["push the NCT to wednesday. no wait, thursday, wednesday im in galway"],
            {"Book the NCT": "@2026-11-26"},
        ),
        (
            "Book the NCT|Call the bank",
            ["move the nct to tuesday. actually no, make it friday"],
            {"Book the NCT": "@2026-11-27"},
        ),
        (
            "Call the bank",
            ["add collect the parcel", "actually make it tomorrow after work, like 6"],
            {"Collect the parcel": "@2026-11-24T18:00:00+00:00"},
        ),
        (
            "Call the bank",
            ["add collect the parcel", "nah make it thursday, around 5pm"],
            {"Collect the parcel": "@2026-11-26T17:00:00+00:00"},
        ),
        (
            "Call the bank|Pay the gas|Book the NCT",
            ["show my list", "ok the last one put it for tomorrow at 6 in the evening"],
            {"Book the NCT": "@2026-11-24T18:00:00+00:00"},
        ),
        (
            "Call the bank|Pay the gas|Book the NCT",
            ["show my list", "the first one, put it on friday pls"],
            {"Call the bank": "@2026-11-27"},
        ),
        (
            "Call the bank|Pay the gas",
            ["the gas one - put it for monday"],
            {"Pay the gas": "@2026-11-30"},
        ),
        (
            "Put the green bin out|Pay the gas",
            ["chuck the bin one on thursday instead mate"],
            {"Put the green bin out": "@2026-11-26"},
        ),
        (
            "Renew the car rego|Pay the gas",
            ["bung the rego on for next monday"],
            {"Renew the car rego": "@2026-11-30"},
        ),
        (
            "Pagar la luz|Llamar a mamá",
            ["cambiá lo de la luz para el viernes, no me da el sueldo antes"],
            {"Pagar la luz": "@2026-11-27"},
        ),
        (
            "Pagar la luz|Llamar a mamá",
            ["mové lo de mamá a mañana, que hoy trabajo hasta tarde"],
            {"Llamar a mamá": "@2026-11-24"},
        ),
        (
            "Pay Meralco|Buy rice",
            ["move the meralco one to friday na lang po"],
            {"Pay Meralco": "@2026-11-27"},
        ),
    ],
)
async def test_a_day_said_loosely_moves_the_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
    changes: dict[str, str],
) -> None:
    # (a task added in the conversation is among the seeds after it, as it was added)
    added = [title for title in changes if title not in seeds.split("|")]
    state, _ = await play(store, session_for, seeds, messages)
    assert state == expected("|".join([seeds, *added]), changes)


async def test_a_day_taken_back_is_one_change(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Book the NCT")
    reply = (await session_for(store).say("push the NCT to wednesday. no wait, thursday")).reply
    assert "2026-11-25" not in reply


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        # no such task: nothing added, nothing else moved
        ("Call the bank|Pay the gas", "the dentist one put it for friday"),
        ("Call the bank|Pay the gas", "make feeding the cat an everyday thing would ya"),
        # nothing to point at: it asks
        ("", "make it a weekly thing"),
        # a day told as news
        ("Put the recycling out|Pay the gas", "collection's on thursday now"),
        ("Put the recycling out|Pay the gas", "the recycling truck comes thursday this week"),
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])


@pytest.mark.parametrize(
    "said",
    [
        "the rice one is not urgent na, just make it low priority lang",
        "the rice one pls make it low priority lang",
    ],
)
async def test_a_level_said_with_taglish_particles_sets_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Pay Meralco", priority="high")
    store.create("Buy rice at SM", priority="high")
    await session_for(store).say(said)
    levels = {t["title"]: t["priority"] for t in store.tasks.values()}
    assert levels == {"Pay Meralco": "high", "Buy rice at SM": "low"}


async def test_two_fields_in_two_sentences_are_two_changes(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Book the NCT")
    await session_for(store).say("move the nct to friday. make it high priority too")
    (task,) = store.tasks.values()
    assert task["due_date"] == "2026-11-27"
    assert task["priority"] == "high"
