"""The understand stage, edits of priority, description and due date, never a rename."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one


def test_set_description_of_task() -> None:
    intent = one("Set the description of task 1 to two coats, buy brushes")
    assert (intent.kind, intent.description) == ("describe", "two coats, buy brushes")


def test_priority_change_is_its_own_intent() -> None:
    intent = one("make task 2 high priority")
    assert (intent.kind, intent.priority) == ("priority", "high")


def test_due_date_change_is_not_a_rename() -> None:
    intent = one("change due date of car insurance to 2026-07-15")
    assert (intent.kind, intent.due) == ("due", "2026-07-15")
    assert intent.target is not None and intent.target.text == "car insurance"


@pytest.mark.parametrize(
    ("text", "target", "level"),
    [
        ("set the hendricks one to high", "hendricks", "high"),
        ("change the milk one to low", "milk", "low"),
        ("update the report to medium prio", "report", "medium"),
        ("set rent to lowest", "rent", "low"),
    ],
)
def test_a_rename_to_a_priority_level_sets_the_priority(text: str, target: str, level: str) -> None:
    intent = one(text)
    assert (intent.kind, intent.priority) == ("priority", level)
    assert intent.target is not None and target in intent.target.text


def test_move_it_to_a_weekday_sets_the_due_date() -> None:
    intent = one("move it to friday")
    assert (intent.kind, intent.due) == ("due", "friday")


def test_set_the_priority_of_x() -> None:
    intent = one("set the priority of the report to high")
    assert (intent.kind, intent.priority) == ("priority", "high")


def test_high_prio_is_priority() -> None:
    assert one("make it high prio").kind == "priority"


def test_a_priority_on_a_task_without_a_verb() -> None:
    intent = one("low prio on the docs task")
    assert (intent.kind, intent.priority) == ("priority", "low")


def test_a_priority_with_a_reason_after_it_is_never_a_rename() -> None:
    intent = one("make it high priority, race is soon")
    assert (intent.kind, intent.priority) == ("priority", "high")


@pytest.mark.parametrize(
    ("text", "title", "due", "repeat"),
    [
        ("añade llamar al banco mañana", "Llamar al banco", "tomorrow", None),
        ("añade comprar pan el viernes", "Comprar pan", "friday", None),
        ("apunta: reunión hoy a las 3", "Reunión", "today at 3", None),
        ("añade ir al gimnasio todos los lunes", "Ir al gimnasio", None, "every monday"),
        ("kal doodh lena hai add karo", "Doodh lena", "tomorrow", None),
        ("adiciona pagar a luz amanhã", "Pagar a luz", "tomorrow", None),
    ],
)
def test_dates_in_other_languages_are_read_as_dates(
    text: str, title: str, due: str | None, repeat: str | None
) -> None:
    intent = one(text)
    assert (intent.kind, intent.title, intent.due, intent.repeat) == ("add", title, due, repeat)


@pytest.mark.parametrize(
    ("text", "target", "due"),
    [
        ("the report deadline got pushed back to monday", "report", "monday"),
        ("essay deadline extended till next wednesday", "essay", "next wednesday"),
        ("rent deadline is now the 3rd", "rent", "the 3rd"),
        ("the vat return isn't due until the 7th", "vat return", "the 7th"),
        ("the lab report deadline moved to friday", "lab report", "friday"),
    ],
)
def test_a_deadline_said_to_have_moved_sets_the_tasks_due_date(
    text: str, target: str, due: str
) -> None:
    intent = one(text)
    assert intent.kind == "due" and intent.target is not None
    assert (intent.target.text, intent.due) == (target, due)
