"""Targets: the phrase naming the task(s) a request acts on."""

from __future__ import annotations

import pytest

from todochat.assistant.offline.targets import parse_target, status_of


def test_ids_pronouns_and_ordinals() -> None:
    assert parse_target("tasks 3 and 5").ids == (3, 5)
    assert parse_target("the one I just added").kind == "it"
    assert parse_target("both of them").kind == "them"
    last_two = parse_target("the last two")
    assert (last_two.kind, last_two.ordinal, last_two.span) == ("ordinal", -2, 2)


def test_words_lose_list_furniture() -> None:
    target = parse_target("the dentist task from my list please")
    assert (target.kind, target.text) == ("words", "dentist")


def test_scopes_with_status_and_exceptions() -> None:
    done = parse_target("all the completed ones")
    assert (done.kind, done.status) == ("all", "completed")
    rest = parse_target("everything except the visa form and the gym")
    assert (rest.kind, rest.exclude) == ("all", ("visa form", "gym"))


def test_only_x_not_yet_spares_x() -> None:
    assert parse_target("everything, only the garbage not yet").exclude == ("garbage",)


def test_the_rest_with_nothing_beside_is_relative() -> None:
    assert parse_target("all the rest").relative


def test_status_words() -> None:
    assert status_of("what's still left") == "pending"
    assert status_of("what have I finished") == "completed"
    assert status_of("my to-do list") == "all"


# (the words naming what a request acts on) -> (kind, text): "all", "whole" and "entire"
# inside a title name one task; as a quantifier they name a scope.
SCOPES: list[tuple[str, tuple[str, str]]] = [
    ("the whole wheat bread", ("words", "whole wheat bread")),
    ("the entire contract", ("words", "entire contract")),
    ("all-hands slides", ("words", "all-hands slides")),
    ("the all hands slides", ("words", "all hands slides")),
    ("the all-day workshop prep", ("words", "all-day workshop prep")),
    ("the promoter in berlin, all good", ("words", "promoter in berlin, all good")),
    ("my whole list", ("all", "")),
    # "the whole thing" is the task talked about, never every task (plan/test_whole_thing.py)
    ("the whole thing", ("it", "")),
    ("all", ("all", "")),
    ("all the call tasks", ("all", "call")),
    ("every mopping task", ("all", "mopping")),
    ("all of my tasks", ("all", "")),
    ("flat 4", ("words", "flat 4")),
    ("bed 12 obs", ("words", "bed 12 obs")),
    ("PR 1234", ("words", "PR 1234")),
]


@pytest.mark.parametrize(("raw", "expected"), SCOPES)
def test_quantifier_or_title_words(raw: str, expected: tuple[str, str]) -> None:
    target = parse_target(raw)
    assert (target.kind, target.text) == expected


# Words for the tasks just named: "them", with how many they are when said.
THEM: list[tuple[str, int]] = [
    ("them", 1),
    ("both", 2),
    ("both of those", 2),
    ("both of these tasks", 2),
    ("both of em", 2),
    ("the two of them", 2),
    ("those 2", 2),
    ("all 3 of them", 3),
    ("all three", 3),
]


@pytest.mark.parametrize(("raw", "span"), THEM)
def test_them_and_how_many(raw: str, span: int) -> None:
    target = parse_target(raw)
    assert (target.kind, target.span) == ("them", span)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("the dentist reminder", "dentist"),
        ("the gym entry", "gym"),
        ("my passport reminder pls", "passport"),
        ("the car insurance reminder", "car insurance"),
    ],
)
def test_reminder_or_entry_after_a_name_is_a_word_for_a_task(raw: str, words: str) -> None:
    target = parse_target(raw)
    assert (target.kind, target.text) == ("words", words)


@pytest.mark.parametrize(
    "raw",
    [
        "the dentist task from my list altogether",
        "the dentist task entirely",
        "dentist from the list completely",
        "the dentist task for good",
    ],
)
def test_how_wholly_a_task_goes_is_no_part_of_its_name(raw: str) -> None:
    target = parse_target(raw)
    assert (target.kind, target.text) == ("words", "dentist")


@pytest.mark.parametrize(
    ("raw", "ids"),
    [
        ("3 please, mum did it", (3,)),
        ("#12 pls, not happening this week", (12,)),
        ("task 7 plz; sorted it myself", (7,)),
    ],
)
def test_a_please_with_a_remark_after_it_ends_the_target(raw: str, ids: tuple[int, ...]) -> None:
    assert parse_target(raw).ids == ids


def test_both_after_two_names_is_no_part_of_either() -> None:
    assert parse_target("dishes and vacuuming both").text == "dishes and vacuuming"
    assert parse_target("them both").span == 2


@pytest.mark.parametrize(
    "phrase", ["the other one", "other one", "the other task", "the other one instead"]
)
def test_the_other_one_is_the_candidate_not_in_focus(phrase: str) -> None:
    assert parse_target(phrase).other


@pytest.mark.parametrize("phrase", ["the other dentist bill", "another one", "the one other thing"])
def test_other_words_name_a_task(phrase: str) -> None:
    assert not parse_target(phrase).other


def test_the_one_not_meant_after_an_ordinal_is_no_part_of_it() -> None:
    for phrase in ("the second one not that one", "the second one, not that"):
        target = parse_target(phrase)
        assert (target.kind, target.ordinal) == ("ordinal", 2)


@pytest.mark.parametrize(
    "words",
    ["except", "except for", "apart from", "other than", "besides", "excluding", "save for"],
)
def test_every_word_of_an_exception_leaves_its_task_out(words: str) -> None:
    """One list (``EXCEPT_WORDS``) for a target and for an exception said in the message."""
    target = parse_target(f"everything {words} the milk")
    assert (target.kind, target.exclude) == ("all", ("milk",))


@pytest.mark.parametrize("left", ["not done", "isn't done", "left", "stays"])
def test_only_x_left_is_an_exception(left: str) -> None:
    target = parse_target(f"everything, only the milk {left}")
    assert (target.kind, target.exclude) == ("all", ("milk",))


@pytest.mark.parametrize(
    ("said", "ids"),
    [
        ("task 44 its a dupe", (44,)),
        ("task 12 it's a duplicate", (12,)),
        ("#7 they cancelled on me", (7,)),
        ("number 5 i did it this morning", (5,)),
        ("task 3 dont need it anymore", (3,)),
        ("#4 dupe", (4,)),
    ],
)
def test_a_remark_after_a_task_number_is_no_part_of_it(said: str, ids: tuple[int, ...]) -> None:
    target = parse_target(said)
    assert (target.kind, target.ids) == ("ids", ids)


@pytest.mark.parametrize("said", ["task 9 the dentist", "#4 my passport renewal"])
def test_words_after_a_task_number_that_may_describe_it_are_kept(said: str) -> None:
    """The number and the words may name different tasks: the planner checks they agree."""
    assert parse_target(said).kind == "words"
