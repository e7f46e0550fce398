"""The understand stage's passes: a date in a sentence about the list, or in a statement
beside a request, adds no task; a dated task said on its own still does."""

from __future__ import annotations

from tests.assistant.offline.understand.reading import parse


def test_a_dated_sentence_about_the_list_beside_a_request_adds_nothing() -> None:
    got = parse(
        "clear all the finished ones please. The list is way too long and I'd love a fresh "
        "start on monday"
    )
    assert [i.kind for i in got] == ["delete", "unknown"]


def test_a_dated_task_beside_a_request_is_still_added() -> None:
    got = parse("delete the gym task. dentist tomorrow at 3")
    assert [(i.kind, i.title) for i in got][1] == ("add", "Dentist")
