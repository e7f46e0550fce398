"""The plan stage, a reminder asked to be set up for the user ("can you set me up a reminder to
put the bins out every tuesday night, I keep missing the truck", "sort me out a reminder to ring
the dentist tomorrow"): the task is what the reminder is for, with its day or repeat (it had
added 'Set me up a reminder to put the bins out'). Never harm: "set me up a meeting with X" is
no reminder, and "can you set up the printer" adds no reminder: the deed itself, 'Set up the
printer' ("can you" is read as "please"; test_field_edits_said_with_any_verb.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

SEEDS = ("Mow the lawn",)


@pytest.mark.parametrize(
    ("said", "title", "due", "repeat"),
    [
        ("can you set me up a reminder to put the recycling out every thursday night, i keep "
         "forgetting", "Put the recycling out", None, "every Thursday at 20:00"),
        ("set me up a reminder to water the plants every sunday", "Water the plants", None,
         "every Sunday"),
        ("could you set us up a reminder to pay the council tax on the 1st",
         "Pay the council tax", "2026-12-01", None),
        ("sort me out a reminder to ring the dentist tomorrow", "Ring the dentist", "2026-11-24",
         None),
        ("set up a reminder to call nan friday", "Call nan", "2026-11-27", None),
    ],
)  # fmt: skip
async def test_the_reminder_is_what_it_is_for(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str | None,
    repeat: str | None,
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    added = [t for t in store.tasks.values() if t["title"] not in SEEDS]
    assert [t["title"] for t in added] == [title]
    if due:
        assert (added[0]["due_date"] or "").startswith(due)
    assert added[0]["repeat_text"] == repeat


async def test_a_thing_to_set_up_is_the_deed(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say("can you set up the printer")
    assert store.titles() == [*SEEDS, "Set up the printer"]


@pytest.mark.parametrize("said", ["set me up a meeting with the landlord"])
async def test_no_reminder_is_no_reminder_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert all(not t["title"].lower().startswith("set") for t in store.tasks.values())
    assert not any("reminder" in t["title"].lower() for t in store.tasks.values())
