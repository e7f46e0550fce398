"""The plan stage, an add with what someone will do told as why after a comma ("remind me to
water the tulsi plant every morning, my mother-in-law will notice if it dries", "add feed the
fish every evening, the kids will be upset", "..., mum will check"): the remark is no part of
the title, and a repeat or day said before it stays (it had added 'Water the tulsi plant my
mother-in-law will notice if it dries'). Never harm: "ask whether the landlord will fix the
boiler" keeps its words, and "the one that will take 50 people" still says which one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    ("message", "title", "repeat", "due"),
    [
        ("remind me to water the basil every morning, my mother-in-law will notice if it "
         "dries 😅", "Water the basil", "every day at 09:00", None),
        ("add feed the fish every evening, the kids will be upset if they die", "Feed the fish",
         "every day at 18:00", None),
        ("remind me to call gran every sunday, mum will check", "Call gran", "every Sunday",
         None),
        ("add pay the nanny friday, my wife'll ask", "Pay the nanny", None, "2026-11-27"),
        ("remind me to renew the parking permit, the warden won't let it slide",
         "Renew the parking permit", None, None),
        ("add ask whether the landlord will fix the boiler",
         "Ask whether the landlord will fix the boiler", None, None),
        ("add book the venue, the one that will take 50 people",
         "Book the venue, the one that will take 50 people", None, None),
    ],
)  # fmt: skip
async def test_what_someone_will_do_leaves_the_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    repeat: str | None,
    due: str | None,
) -> None:
    await session_for(store).say(message)
    [task] = store.tasks.values()
    assert (task["title"], task["repeat_text"]) == (title, repeat)
    if due is not None:
        assert task["due_date"] == due
