"""The plan stage, fields said right after an add: "oh and high priority, she'll kill me if I
forget again", "I have to book it by the 10th latest. make it high priority too", "ponle para
el viernes", "y que sea prioridad alta" set the level or day of the task just added (or just
changed); a remark after the level is no task, and the edit's words never become a title
('Make it', 'Ponle', 'Get high priority')."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    "said",
    [
        "oh and high priority, she'll kill me if I forget again",
        "oh and make it high priority, she'd never forgive me",
        "and high prio pls, my mum will kill me otherwise",
        "oh and urgent - she'll kill me",
        "also high priority, i can't miss it again",
        "oh and top priority, wife's birthday is no joke",
        "oh and high priority, the shop closes early",
        "and high priority. she'll kill me if I forget again",
        # the one who minds named without "my" ("mam will kill me", "mum'll go mad")
        "oh and high priority, mam will kill me if I forget",
        "oh and high priority, mum'll go mad",
        "oh and urgent, boss is gonna freak",
    ],
)
async def test_a_level_then_a_remark_after_an_add_sets_the_level(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Pay rent")
    session = session_for(store)
    await session.say("add get Nana's birthday present")
    await session.say(said)
    assert store.titles() == ["Pay rent", "Get Nana's birthday present"]
    assert [t["priority"] for t in store.tasks.values()] == [None, "high"]


async def test_a_level_after_a_date_change_sets_the_level(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    session = session_for(store)
    await session.say("add get Nana's birthday present")
    await session.say("make it due saturday")
    await session.say("oh and high priority, she'll kill me if I forget again")
    assert store.titles() == ["Get Nana's birthday present"]
    task = next(iter(store.tasks.values()))
    assert (task["priority"], task["due_date"]) == ("high", "2026-11-28")


@pytest.mark.parametrize(
    ("said", "due", "level"),
    [
        (
            "and I have to book it by 10th of december latest. make it high priority too",
            "2026-12-10",
            "high",
        ),
        ("I have to pay it by friday. make it high priority", "2026-11-27", "high"),
        ("I need to send it off by thursday at the latest", "2026-11-26", None),
        ("gotta book it before the 10th, urgent", "2026-12-10", "high"),
    ],
)
async def test_a_deed_done_to_it_with_a_date_dates_the_task_just_added(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    due: str,
    level: str | None,
) -> None:
    store.create("Pay DSTV subscription")
    session = session_for(store)
    await session.say("I need to book my flight to Lagos for christmas")
    await session.say(said)
    assert store.titles() == ["Pay DSTV subscription", "Book my flight to Lagos for christmas"]
    task = list(store.tasks.values())[1]
    assert (task["due_date"], task["priority"]) == (due, level)


async def test_a_deed_done_to_it_with_nothing_before_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Pay rent")
    store.create("Call mum")
    result = await session_for(store).say("I have to book it by friday")
    assert store.titles() == ["Pay rent", "Call mum"]
    assert "?" in result.reply


@pytest.mark.parametrize(
    ("said", "due", "level"),
    [
        (["ponle para el viernes", "y que sea prioridad alta porfa"], "2026-11-27", "high"),
        (["que sea para el viernes, y de prioridad alta"], "2026-11-27", "high"),
        (["que sea para el viernes"], "2026-11-27", None),
        (["pónselo para el lunes porfa"], "2026-11-30", None),
    ],
)
async def test_spanish_fields_after_an_add_set_them(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: list[str],
    due: str,
    level: str | None,
) -> None:
    store.create("Comprar regalos para el intercambio")
    session = session_for(store)
    await session.say("agrega pagar la tarjeta de crédito")
    for message in said:
        await session.say(message)
    assert store.titles() == ["Comprar regalos para el intercambio", "Pagar la tarjeta de crédito"]
    task = list(store.tasks.values())[1]
    assert (task["due_date"], task["priority"]) == (due, level)


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("and eggs", "Get eggs"),
        ("and a top for mum too", "Get a top for mum"),
        ("and low fat milk", "Get low fat milk"),
    ],
)
async def test_one_more_after_an_add_still_adds(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    session = session_for(store)
    await session.say("add get Nana's birthday present")
    await session.say(said)
    assert store.titles() == ["Get Nana's birthday present", added]


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("high priority - call the bank", "Call the bank"),
        ("urgent, my passport renewal", "My passport renewal"),
    ],
)
async def test_a_level_as_a_label_still_adds_what_follows(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    await session_for(store).say(said)
    assert store.titles() == [added]
    assert next(iter(store.tasks.values()))["priority"] == "high"


async def test_a_level_then_a_task_naming_will_is_an_add(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("high priority: call will about the van")
    [task] = store.tasks.values()
    assert (task["title"], task["priority"]) == ("Call will about the van", "high")
