"""The understand stage's passes: a date in a sentence about the list, or in a statement
beside a request, adds no task; a dated task said on its own still does."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "My grandson Theo turns six on friday and I must not forget to wrap his present, "
            "put that down for me",
            "Wrap Theo's present",
        ),
        ("my niece Mia starts school monday, add label her uniform", "Label Mia's uniform"),
        ("our neighbour Priya is away, add water her plants", "Water Priya's plants"),
        ("my dad Ken is moving house so add book his van", "Book Ken's van"),
        # the "her" of whom is passed over for the one of whose after it
        ("my wife Ana is turning 40, add take her to her party", "Take her to Ana's party"),
        # "her" said of whom, two people introduced, or no one: the pronoun stays
        ("my wife Ana is sad, add buy her flowers", "Buy her flowers"),
        ("my sister Jo is in hospital, add call her back", "Call her back"),
        ("my sister Jo and my brother Tom are here, add make up his bed", "Make up his bed"),
        ("add iron his shirts", "Iron his shirts"),
    ],
)
def test_a_pronoun_in_a_title_names_the_one_person_the_message_introduced(
    message: str, title: str
) -> None:
    assert [i.title for i in parse(message) if i.kind == "add"] == [title]


def test_a_misspelt_family_word_in_a_title_is_spelt_right() -> None:
    got = parse("add buy a card for my grandaughter Emma")
    assert [i.title for i in got] == ["Buy a card for my granddaughter Emma"]


@pytest.mark.parametrize(
    "said",
    [
        "the dentist called, move the checkup to friday",
        "mum rang, add buy eggs",
        "the school emailed. tag the trip form urgent",
        "the garage phoned, push the MOT back a week",
    ],
)
def test_someone_who_got_in_touch_before_a_request_completes_nothing(said: str) -> None:
    """ "X rang" reads as "rang X", a deed of the user's; before a request it is the news
    that prompted it, and 'Call the dentist' must stay open."""
    intents = parse(said)
    assert all(i.kind != "complete" for i in intents), intents
    assert any(i.kind not in ("unknown", "complete") for i in intents)


def test_a_call_said_alone_or_by_the_user_is_still_a_deed() -> None:
    assert [i.kind for i in parse("called the dentist, move the checkup to friday")] == [
        "complete",
        "due",
    ]
    assert [i.kind for i in parse("mum rang")] == ["complete"]
