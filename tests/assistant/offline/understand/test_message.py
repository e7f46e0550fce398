"""The understand stage, whole messages: several requests, references, languages and
self-corrections."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one, parse
from todochat.assistant.offline.understand import parse_target


def test_pronoun_target() -> None:
    intent = one("Never mind, delete it")
    assert intent.target is not None and intent.target.kind == "it"


def test_ordinal_target() -> None:
    intent = one("Mark the third one done")
    assert intent.target is not None and intent.target.ordinal == 3


def test_last_one_is_ordinal_minus_one() -> None:
    assert parse_target("the last one").ordinal == -1


def test_first_two_is_a_span() -> None:
    target = parse_target("the first two")
    assert (target.ordinal, target.span) == (1, 2)


def test_two_actions_in_one_message() -> None:
    intents = parse("Add buy paint and mark paint fence as done")
    assert [i.kind for i in intents] == ["add", "complete"]
    assert intents[0].title == "Buy paint"


def test_and_inside_a_title_does_not_split() -> None:
    assert one("Change task 1 to Buy milk and eggs").title == "Buy milk and eggs"


def test_separate_sentences_are_separate_commands() -> None:
    assert [i.title for i in parse("add buy printer paper. add call the landlord.")] == [
        "Buy printer paper",
        "Call the landlord",
    ]


def test_not_doing_x_anymore_then_delete_it() -> None:
    intents = parse("we're not doing the pizza anymore so delete it")
    assert [i.kind for i in intents] == ["delete", "delete"]


def test_trailing_emoji_is_ignored() -> None:
    assert one("bedroom's repainted 🎉").kind == "complete"


def test_spanish_and_roman_urdu_requests() -> None:
    assert (one("añade llamar al banco").title) == "Llamar al banco"
    assert one("meri list dikhao").kind == "list"
    assert one("doodh lena hai add karo").title == "Doodh lena"


def test_developers_shorthand() -> None:
    assert one("todo fix flaky ci test").title == "Fix flaky ci test"
    assert one("add `bump node to v20`").title == "Bump node to v20"
    rename = one("rename 28 -> Upgrade postgres to 16")
    assert (rename.kind, rename.title) == ("rename", "Upgrade postgres to 16")
    assert [i.kind for i in parse("rm 66, close 67")] == ["delete", "complete"]
    assert [i.kind for i in parse("renew domain: done. next: add configure dns")] == [
        "complete",
        "add",
    ]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("add nappies size 4 no wait size 5", "add", "Nappies size 5"),
        ("add book soft play for saturday no wait sunday", "add", "sunday"),
        ("make it high prio no wait medium", "priority", "medium"),
    ],
)
def test_a_short_self_correction_replaces_the_words_it_stands_for(
    text: str, kind: str, value: str
) -> None:
    intent = one(text)
    assert intent.kind == kind
    assert value in (intent.title, intent.due, intent.priority)


@pytest.mark.parametrize(
    ("said", "kinds"),
    [
        ("1) add milk 2) add eggs", ["add", "add"]),
        ("two things: 1) add call the vet 2) delete the gym one", ["add", "delete"]),
        (
            "1) add pay rent by friday 2) mark the laundry done 3) show my list",
            ["add", "complete", "list"],
        ),
        ("pls 1) add buy nappies (urgent!!) 2) the pram one, delete it", ["add", "delete"]),
    ],
)
def test_a_numbered_list_is_one_request_per_number(said: str, kinds: list[str]) -> None:
    """ "1) add X 2) add Y" was one clause no rule read (nothing done)."""
    intents = [i for i in parse(said) if i.kind != "unknown"]
    assert [i.kind for i in intents] == kinds


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add call bob about option 2) tomorrow", "Call bob about option 2)"),
        ("add read section (1) and (2)", "Read section (1) and (2)"),
    ],
)
def test_a_number_in_brackets_without_a_list_stays_in_the_title(said: str, title: str) -> None:
    assert one(said).title == title


def test_stress_marks_in_brackets_are_the_word_in_brackets() -> None:
    intent = one("add buy nappies (urgent!!)")
    assert (intent.title, intent.priority) == ("Buy nappies", "high")


@pytest.mark.parametrize(
    ("said", "level"),
    [("make it high", "high"), ("make it medium", "medium"), ("make that one low", "low")],
)
def test_a_bare_level_as_a_new_title_sets_the_priority(said: str, level: str) -> None:
    intent = one(said)
    assert (intent.kind, intent.priority) == ("priority", level)


def test_a_near_miss_of_a_bare_level_renames() -> None:
    intent = one("rename it to low fat milk")
    assert (intent.kind, intent.title) == ("rename", "Low fat milk")


@pytest.mark.parametrize(
    ("said", "kind", "task"),
    [
        (
            "set the car registration one to high priority... actually no, make it medium, "
            "i'm being dramatic",
            "priority",
            "car registration one",
        ),
        ("move the dentist to friday, actually no, make it saturday", "due", "dentist"),
        ("mark the gym done, no wait, delete it", "delete", "gym"),
        ("tag the report work, actually no, tag it urgent", "tag", "report"),
    ],
)
def test_it_in_a_request_after_a_retraction_is_the_task_taken_back(
    said: str, kind: str, task: str
) -> None:
    changes = [i for i in parse(said) if i.kind != "unknown"]
    assert [i.kind for i in changes] == [kind]
    assert changes[0].target is not None and changes[0].target.text == task
