"""The plan stage, a qualifier said before a title's thing that the matcher had read as
something else: "sent off the job application" had ticked 'Renew the passport application
forms' ("job" is a word the matcher leaves out after a thing, as in "the gas bill job"), and
"got a new phone battery, done" or "phone battery done" 'Replace the smoke alarm battery'
("phone" read as the verb "call"). Said right before the title's thing where the title has a
qualifier of its own, such a word names another thing: asked, never ticked or deleted.

Never harm: the title's own qualifier ("sent the passport application forms"), a word only
left out, or the title's own deed said before the thing still act."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = (
    "Renew the passport application forms|Replace the smoke alarm battery|Buy milk|"
    "Call the emergency plumber|Book the dentist appointment|Submit the expense report"
)


@pytest.mark.parametrize(
    ("task", "message"),
    [
        ("Renew the passport application forms", "sent off the job application"),
        ("Renew the passport application forms", "job application done"),
        ("Renew the passport application forms", "delete the job application"),
        ("Renew the passport application forms", "finally submitted my job application!"),
        ("Submit the expense report", "status report done"),
        ("Submit the expense report", "remove the status report"),
        ("Replace the smoke alarm battery", "phone battery done"),
        ("Replace the smoke alarm battery", "replaced the phone battery"),
        ("Replace the smoke alarm battery", "got a new phone battery, done"),
        ("Replace the smoke alarm battery", "bought a phone battery"),
        ("Replace the smoke alarm battery", "delete phone battery"),
        ("Fix the bathroom shelf", "ring light shelf sorted"),
    ],
)
async def test_another_qualifier_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], task: str, message: str
) -> None:
    state, _ = await play(store, session_for, f"{task}|Buy milk", [message])
    assert state == sorted([task, "Buy milk"])


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("replaced the smoke alarm battery", {"Replace the smoke alarm battery": "done"}),
        ("smoke alarm battery done", {"Replace the smoke alarm battery": "done"}),
        ("replaced the alarm battery", {"Replace the smoke alarm battery": "done"}),
        ("renewed the passport application", {"Renew the passport application forms": "done"}),
        ("passport application forms done", {"Renew the passport application forms": "done"}),
        ("delete the passport application", {"Renew the passport application forms": "deleted"}),
        ("rang the emergency plumber", {"Call the emergency plumber": "done"}),
        ("phone plumber done", {"Call the emergency plumber": "done"}),
        ("booked the dentist appointment", {"Book the dentist appointment": "done"}),
        ("expense report submitted", {"Submit the expense report": "done"}),
    ],
)
async def test_the_titles_own_words_still_act(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)


async def test_sent_the_passport_application_forms_changes_nothing_wrong(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    # "sent" is no renewing: asked (as before), never another task ticked
    state, _ = await play(store, session_for, SEEDS, ["sent the passport application forms"])
    assert state == sorted(SEEDS.split("|"))
