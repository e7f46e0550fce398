"""The plan stage, titles: a correction edits only the part of a title it names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from todochat.assistant.offline.plan import corrected_title
from todochat.assistant.offline.plan.titles import renamed_title


def test_a_correction_edits_only_the_part_it_names() -> None:
    assert corrected_title("1 pack of AA batteries", "4 packs") == "4 packs of AA batteries"
    assert corrected_title("Order new charger", "laptop charger") == "Order laptop charger"
    assert corrected_title("Buy batteries", "AA batteries") == "Buy AA batteries"
    assert corrected_title("Book a table", "book a table for four") == "book a table for four"
    assert corrected_title("Buy 2 eggs", "6") == "Buy 6 eggs"


@pytest.mark.parametrize(
    ("old", "value", "new"),
    [
        ("Buy tea bags for the room", "2 boxes", "Buy 2 boxes of tea bags for the room"),
        (
            "Order eucalyptus spray for the mats",
            "Two bottles",
            "Order two bottles of eucalyptus spray for the mats",
        ),
        ("Get some dog treats", "3 bags", "Get 3 bags of dog treats"),
        ("Pick up printer paper", "a dozen reams", "Pick up a dozen reams of printer paper"),
        # an amount there already changes; no verb or no measure, no amount put in
        ("Buy 1 liter of milk", "2 liters", "Buy 2 liters of milk"),
        ("Tea bags for the room", "2 boxes", "2 boxes"),
    ],
)
def test_an_amount_in_a_measure_goes_after_the_verb(old: str, value: str, new: str) -> None:
    assert corrected_title(old, value) == new


@pytest.mark.parametrize(
    ("old", "value", "named", "new"),
    [
        ("Buy milk", "Oat milk", "the milk one", "Buy oat milk"),
        (
            "Book flight to Rome",
            "Rome and Florence",
            "the rome task",
            "Book flight to Rome and Florence",
        ),
        (
            "Pick up dry cleaning",
            "Dry cleaning and shoes",
            "cleaning",
            "Pick up dry cleaning and shoes",
        ),
        ("Call dentist", "The kids dentist", "the dentist one", "Call the kids dentist"),
        # the value goes on past the word, and the title too: no place for it, the verb stays
        ("Book flight to Rome", "Flight to Milan", "the flight one", "Book flight to Milan"),
    ],
)
def test_a_value_with_the_word_that_named_the_task_replaces_that_word(
    old: str, value: str, named: str, new: str
) -> None:
    """ "change the milk one to oat milk": the value goes where the word that named the task
    is, and the words before it the title has already are not said twice."""
    assert corrected_title(old, value, named) == new


@pytest.mark.parametrize(
    ("old", "value", "new"),
    [
        ("Comprar leche", "comprar tortillas", "comprar tortillas"),
        ("Comprar leche", "comprar leche deslactosada", "comprar leche deslactosada"),
        ("Llamar al banco", "llamar a la abuela", "llamar a la abuela"),
        # a part of the title named with the verb's English word: only that part changes
        ("Buy milk", "buy oat milk", "buy oat milk"),
        ("Order new charger", "laptop charger", "Order laptop charger"),
    ],
)
def test_a_value_saying_the_spanish_verb_again_is_the_whole_title(
    old: str, value: str, new: str
) -> None:
    """ "cambia comprar leche por comprar tortillas": "comprar" is "buy", so the value that
    starts with the title's verb is the whole new title, as in English."""
    assert corrected_title(old, value) == new


@pytest.mark.parametrize(
    ("old", "new", "was", "title"),
    [
        ("Renew library card", "Hub", "library", "Renew Hub card"),
        ("Call the bank", "Revolut", "bank", "Call the Revolut"),
        (
            "Send 1099s to Patel LLC",
            "Patel & Sons LLC",
            "Patel LLC",
            "Send 1099s to Patel & Sons LLC",
        ),
        ("Book the book club room", "reading circle", "book club", "Book the reading circle room"),
    ],
)
def test_a_new_name_replaces_the_old_and_keeps_its_capitals(
    old: str, new: str, was: str, title: str
) -> None:
    assert renamed_title(old, new, was) == title


@pytest.mark.parametrize(
    ("said", "title", "extra"),
    [
        ("add dog food to the list pls, big bag not the small one", "Dog food", {}),
        ("put bin bags on the list. the big ones", "Bin bags", {}),
        ("add milk to the list, and eggs", "Milk, and eggs", {}),  # nothing said is dropped
        ("gotta book the car in for its wof, do it friday", "Book the car in for its wof", {}),
        ("book the dentist, get it done by friday", "Book the dentist", {}),
        (
            "need to invoice the hendersons, make it urgent theyre 2 wks behind paying me",
            "Invoice the hendersons",
            {"priority": "high"},
        ),
        # news of whose or what day it is, with no comma: why, and its day is when
        ("add get a card for nana its her 90th on sunday", "Get a card for nana", {}),
        (
            "add bake a cake for jo it's her birthday friday",
            "Bake a cake for jo",
            {"due_date": "2026-11-27"},
        ),
        ("add book the vet, she's the only one open saturday", "Book the vet", {}),
        # "coming" said of someone is their coming; the day alone is when
        ("add check if dad's coming saturday", "Check if dad's coming", {"due_date": "2026-11-28"}),
        (
            "add ask the kids who is coming thursday",
            "Ask the kids who is coming",
            {"due_date": "2026-11-26"},
        ),
        ("add book the hall this coming saturday", "Book the hall", {"due_date": "2026-11-28"}),
        # a possessive "its" belongs to the title
        ("add wash the dog and its bed", "Wash the dog and its bed", {}),
    ],
)
async def test_what_is_said_after_the_title_is_no_part_of_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    extra: dict[str, str],
) -> None:
    """ "to the list pls, <remark>", ", do it <when>", "make it urgent <remark>" had stayed in
    the title (or, for the level, the whole message was not understood)."""
    await session_for(store).say(said)
    assert store.titles() == [title]
    assert all(store.tasks[1][k] == v for k, v in extra.items())
