"""The plan stage, an add with how often and when it is due said after it ("add pay water bill,
it's monthly, due on the 15th", "add renew the domain yearly, due march 3rd"), and a level then
the deadline ("add pay school fees for Wanjiru, high priority, deadline is friday"): the task
repeats and is due that day, and none of those words are its title (the reason a remark after
an add's comma is dropped had dropped both, and "deadline is" had stayed in the title).

Never harm: an adverb of how often inside a title stays ("add daily standup notes, due friday"),
a reason after the comma is still no title ("add buy a new headset, mine is busted"), and a title
about a deadline keeps it ("add ask for an extension on the deadline, due friday")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Call the landlord"


def _added(store: TaskStore) -> dict[str, object]:
    [task] = [t for t in store.tasks.values() if t["title"] != SEEDS]
    return task


@pytest.mark.parametrize(
    ("message", "title", "due", "repeats"),
    [
        ("add pay water bill, it's monthly, due on the 15th", "Pay water bill", "2026-12-15", True),
        (
            "add pay the water bill monthly, due on the 15th",
            "Pay the water bill",
            "2026-12-15",
            True,
        ),
        ("pls add pay rent, its monthly, due the 1st", "Pay rent", "2026-12-01", True),
        (
            "add renew the car insurance yearly, due dec 9",
            "Renew the car insurance",
            "2026-12-09",
            True,
        ),
        (
            "add pay school fees for Wanjiru, high priority, deadline is friday",
            "Pay school fees for Wanjiru",
            "2026-11-27",
            False,
        ),
        (
            "add renew the visa, urgent, last date is the 12th",
            "Renew the visa",
            "2026-12-12",
            False,
        ),
        ("add daily standup notes, due friday", "Daily standup notes", "2026-11-27", False),
        (
            "add ask for an extension on the deadline, due friday",
            "Ask for an extension on the deadline",
            "2026-11-27",
            False,
        ),
    ],
)
async def test_how_often_and_when_due_are_no_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    due: str,
    repeats: bool,
) -> None:
    await play(store, session_for, SEEDS, [message])
    task = _added(store)
    assert (task["title"], task["due_date"], bool(task["repeat_text"])) == (title, due, repeats)


async def test_a_reason_after_the_comma_is_still_no_title(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await play(store, session_for, SEEDS, ["add buy a new headset, mine is busted lol"])
    assert _added(store)["title"] == "Buy a new headset"
