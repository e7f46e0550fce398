"""The understand stage, reports of deeds: what was done completes its task, what was not
completes nothing."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one, parse


def test_past_tense_statement_completes_by_words() -> None:
    intent = one("I called mom")
    assert intent.kind == "complete"
    assert intent.target is not None and intent.target.text == "called mom"


def test_two_past_tense_reports_are_two_intents() -> None:
    kinds = [i.kind for i in parse("I walked the dog and called mom")]
    assert kinds == ["complete", "complete"]


def test_noun_and_participle_completes() -> None:
    intent = one("passport renewed!")
    assert intent.target is not None and intent.target.text == "renewed passport"


def test_a_deed_on_all_the_x_names_x() -> None:
    target = one("GRADED ALL THE MIDTERMS FINALLY").target
    assert target is not None and (target.kind, target.text) == ("words", "graded midterms")


@pytest.mark.parametrize(
    "text",
    [
        "ugh bailed on the 2k again",
        "skipped the gym today",
        "didn't get to the laundry",
        "I never called the bank",
        "missed the dentist",
    ],
)
def test_a_deed_not_done_completes_nothing(text: str) -> None:
    assert not [i for i in parse(text) if i.kind == "complete"]
