"""The plan stage, a description said with a quoted title: "Add a task 'Book hotel in Porto' and
in the description put: near São Bento" adds the task with its description (it had looked for a
task called 'Add a task Book hotel in Porto'); "in the description of 'Book hotel' put: cheap"
describes that task (it had described the task just talked about, with "of Book hotel put:
cheap"). Never harm: a description for a task not on the list changes no other task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play


def _described(store: TaskStore) -> dict[str, str | None]:
    return {t["title"]: t["description"] for t in store.tasks.values()}


@pytest.mark.parametrize(
    ("message", "title", "description"),
    [
        (
            "Add a task 'Book hotel in Porto' and in the description put: near São Bento, max 80 "
            "euros per night",
            "Book hotel in Porto",
            "near São Bento, max 80 euros per night",
        ),
        (
            "Can you add a task 'Buy gift for Elif's engagement' and in the description write: "
            "gold bracelet, ask Ayşe abla for budget",
            "Buy gift for Elif's engagement",
            "gold bracelet, ask Ayşe abla for budget",
        ),
        ("add 'Renew visa' and in the notes put: bring photos", "Renew visa", "bring photos"),
        # the verb of putting it first ("and put description: ..."): the description had been
        # dropped without a word
        (
            "I want to add task 'Buy fertilizer for maize shamba' and put description: 2 bags "
            "UREA, 1 bag DAP",
            "Buy fertilizer for maize shamba",
            "2 bags UREA, 1 bag DAP",
        ),
        ("add fix the gate, and write the notes: hinge is loose", "Fix the gate", "hinge is loose"),
        ("add buy paint and give it the description: matt white", "Buy paint", "matt white"),
        ("add 'Call bank' and set the notes as: ask about card", "Call bank", "ask about card"),
    ],
)
async def test_an_add_of_a_quoted_title_keeps_its_description(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    description: str,
) -> None:
    await play(store, session_for, "Pay the aidat", [message])
    assert _described(store) == {"Pay the aidat": None, title: description}


@pytest.mark.parametrize(
    "message",
    [
        "in the description of 'Book hotel' put: cheap",
        "in the notes for the hotel task write: cheap",
        "set the description of 'Book hotel' to: cheap",
    ],
)
async def test_a_description_of_a_task_named_goes_to_that_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await play(store, session_for, "Pay the aidat|Book hotel", ["add buy gift", message])
    assert _described(store) == {"Pay the aidat": None, "Book hotel": "cheap", "Buy gift": None}


async def test_a_description_of_a_task_not_listed_changes_no_other(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await play(
        store,
        session_for,
        "Pay the aidat|Book hotel",
        ["in the description of the car task put: cheap"],
    )
    assert _described(store) == {"Pay the aidat": None, "Book hotel": None}


@pytest.mark.parametrize(
    "title",
    [
        "write notes for the meeting",
        "type up the description of the flat for the listing",
        "put the details in the form",
    ],
)
async def test_a_task_about_notes_or_a_description_is_its_own_title(
    store: TaskStore, session_for: Callable[..., ChatSession], title: str
) -> None:
    await play(store, session_for, "Pay the aidat", [f"add {title}"])
    assert _described(store) == {"Pay the aidat": None, title.capitalize(): None}
