"""The plan stage, a repeat said as "every second <day>" or "every 2nd week" ("add call nan
every 2nd sunday", "its every second friday btw" after an add): every other one, every 2 weeks
on that day (it had been read as a due day with 'every second' left in the title, or as
nothing at all). Never harm: "second" in a title ("sort the second drawer every monday") stays,
"the second friday is a bank holiday" changes nothing, and "every second friday of the month"
is never read as every 2 weeks."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    ("messages", "title", "repeat"),
    [
        (["add put the bins out", "its every second friday btw"], "Put the bins out",
         "every 2 weeks on Friday"),
        (["add call nan every 2nd sunday"], "Call nan", "every 2 weeks on Sunday"),
        (["remind me to mow the lawn each second saturday"], "Mow the lawn",
         "every 2 weeks on Saturday"),
        (["add water the ferns every second day"], "Water the ferns", "every 2 days"),
        (["add clean the gutters", "make it every second week"], "Clean the gutters",
         "every 2 weeks"),
        (["add sort the second drawer every monday"], "Sort the second drawer", "every Monday"),
    ],
)  # fmt: skip
async def test_every_second_is_every_other(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    messages: list[str],
    title: str,
    repeat: str,
) -> None:
    store.create("Book car service")
    session = session_for(store)
    for message in messages:
        await session.say(message)
    added = [t for t in store.tasks.values() if t["title"] != "Book car service"]
    assert [(t["title"], t["repeat_text"]) for t in added] == [(title, repeat)]


async def test_a_remark_about_the_second_friday_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Book car service")
    await session_for(store).say("the second friday is a bank holiday")
    [task] = store.tasks.values()
    assert (task["title"], task["due_date"], task["repeat_text"]) == (
        "Book car service",
        None,
        None,
    )


async def test_the_second_friday_of_the_month_is_not_every_two_weeks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("add pay rent every second friday of the month")
    for task in store.tasks.values():
        assert "2 weeks" not in (task["repeat_text"] or "")
