"""The plan stage, a command said as a wish ("i want to delete the milk task", "i wanna make the
report high priority", "i would like to change the date of X to Y"): the command is carried out,
as it would be said bare. Only where the rest can only be about the list (a list verb, a field,
a priority, a task named as "the X one" or in quotes, every task, the done ones). Never harm:
"i want to change the oil", "i wanna clear out the garage", "i'd like to make a cake" are needs,
added as before, and touch no task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play, played_new

SEEDS = (
    "Buy milk|Expense report|Roadmap|Gloves order|Driving licence renew|Paint fence"
    "|Old receipts:done"
)


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("i want to delete the milk task", {"Buy milk": "deleted"}),
        ("i wanna remove the gloves one", {"Gloves order": "deleted"}),
        ("i would like to mark the roadmap as done", {"Roadmap": "done"}),
        (
            "i want to change the date of driving licence renew to 2026-12-30",
            {"Driving licence renew": "@2026-12-30"},
        ),
        ("we would like to move the paint fence one to friday", {"Paint fence": "@2026-11-27"}),
        ("i wanna clear out the done stuff", {"Old receipts": "deleted"}),
        ("i'd like to clear off all the ones i already finished", {"Old receipts": "deleted"}),
        (
            "i want to finish everything except the roadmap",
            {
                "Buy milk": "done",
                "Expense report": "done",
                "Gloves order": "done",
                "Driving licence renew": "done",
                "Paint fence": "done",
            },
        ),
        ("i really want to tick off the expense report", {"Expense report": "done"}),
        ("i wanna clear out all the stuff i already finished", {"Old receipts": "deleted"}),
    ],
)
async def test_a_command_wished_is_carried_out(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)


@pytest.mark.parametrize(
    "message",
    [
        "i would like to make the expense report high priority",
        "i wanna set expense report to high prio",
        "i want to put the expense report on top priority",
        "i wanna make the expense report urgent, the audit is monday",
    ],
)
async def test_a_priority_wished_is_set(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted(SEEDS.split("|"))
    assert [t["priority"] for t in store.tasks.values() if t["title"] == "Expense report"] == [
        "high"
    ]


async def test_a_rename_wished_in_quotes_renames(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, SEEDS, ["i want to change 'Paint fence' to 'Paint fence white'"]
    )
    assert "Paint fence white" in state and "Paint fence" not in state


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("i would like to put call the bank on my list", ["Call the bank"]),
        (
            "i wanna put down ring the landlord about the boiler",
            ["Ring the landlord about the boiler"],
        ),
        (
            "i wanna add buy gift for tomasz and book table at nandos",
            ["Buy gift for tomasz", "Book table at nandos"],
        ),
    ],
)
async def test_an_add_wished_adds(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    assert sorted(await played_new(store, session_for, SEEDS, [message])) == sorted(added)


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("i want to change the oil", "Change the oil"),
        ("i wanna clear out the garage", "Clear out the garage"),
        ("i would like to make a cake", "Make a cake"),
        ("i want to finish the novel", "Finish the novel"),
        ("i want to move the couch", "Move the couch"),
        ("i want to update my cv", "Update my cv"),
        ("i want to make an urgent call to the bank", "Make an urgent call to the bank"),
        ("i want to put the kids to bed early", "Put the kids to bed early"),
    ],
)
async def test_a_need_that_is_no_command_is_added_and_touches_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: str
) -> None:
    assert await played_new(store, session_for, SEEDS, [message]) == [added]


async def test_a_repeat_wished_is_set(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["i wanna make buy milk repeat every day pls"])
    assert [t["repeat_text"] for t in store.tasks.values() if t["title"] == "Buy milk"] == [
        "every day"
    ]
    assert len(state) == len(SEEDS.split("|"))
