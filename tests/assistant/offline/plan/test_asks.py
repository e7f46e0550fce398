"""The plan stage, simple questions said loosely: a listing in chat spelling ("wotz still to do",
"what needs doing"), a count with "how much" ("how much is left?"), a filtered listing said
with the filter first ("only the top priority ones pls, what have i got"), the same questions
in Spanish and Roman Urdu, a Roman Urdu add of "the task of doing X" with its day after the
request, and a search by a person ("got anything with Tomás?") that a follow-up can act on.

A question changes nothing; near wordings ("how much is the rent", "what's the plumber's
number") are no listing and change nothing either."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, seed, state

# FIXED_TODAY is Monday 23 November 2026
TOMORROW = "2026-11-24"

HOUSE = "Clean the gutters|Renew car tax:done|Book the boiler service|Return library books"
OPEN = ("Clean the gutters", "Book the boiler service", "Return library books")


@pytest.mark.parametrize(
    "message",
    [
        "wotz still to do?",
        "wats left on the list",
        "whtz left 2 do",
        "what needs doing",
        "wot still needs to be done?",
        "whatz there left to do",
    ],
)
async def test_a_listing_in_chat_spelling_lists_what_is_left(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    reply = await assert_changes(store, session_for, HOUSE, [message])
    assert all(title in reply for title in OPEN)
    assert "Renew car tax" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "how much is still open?",
        "how much left to do lol",
        "how much have i got left",
        "how much stuff is still pending",
    ],
)
async def test_how_much_with_a_status_counts(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    reply = await assert_changes(store, session_for, HOUSE, [message])
    assert "3" in reply


@pytest.mark.parametrize(
    "message",
    [
        "only the high priority stuff, what have i got?",
        "only the high prio ones pls, what's on",
        "only high priority things please",
    ],
)
async def test_a_filter_said_first_lists_only_those(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    store.create("Renew the visa", priority="high")
    store.create("Water the ferns", priority="low")
    store.create("Book the notary", priority="high")
    reply = (await session_for(store).say(message)).reply
    assert "Renew the visa" in reply and "Book the notary" in reply
    assert "Water the ferns" not in reply


SPANISH = "Comprar leche|Pagar el gas:done|Llamar a la abuela"


@pytest.mark.parametrize(
    "message",
    [
        "¿Qué me queda pendiente por hacer?",
        "que tengo todavía pendiente",
        "¿qué nos falta aún por hacer?",
        "qué cosas hay pendientes para hacer",
    ],
)
async def test_a_spanish_listing_question_lists_what_is_left(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    reply = await assert_changes(store, session_for, SPANISH, [message])
    assert "Comprar leche" in reply and "Llamar a la abuela" in reply
    assert "Pagar el gas" not in reply


URDU = "Bijli ka bill bharna|Doodh lena:done|Gari dhulwana|Bachon ki fees"


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("meri kitni cheezein abhi tak baaki hain?", "3"),
        ("abhi kitne tasks reh gaye", "3"),
        ("kitne kaam pending hain mere", "3"),
        ("kitne kaam ho gaye hain ab tak?", "1"),
    ],
)
async def test_a_roman_urdu_count_counts(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, number: str
) -> None:
    reply = await assert_changes(store, session_for, URDU, [message])
    assert number in reply


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("bank jane ka task add kar do kal ke liye", "Bank jana"),
        ("abbu ki dawai lene ka reminder daal do kal", "Abbu ki dawai lena"),
        ("gas ka bill bharne ka kaam add karo kal ke liye", "Gas ka bill bharna"),
    ],
)
async def test_a_roman_urdu_task_of_doing_is_added_for_its_day(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    await session_for(store).say(message)
    assert state(store) == [f"{title}@{TOMORROW}"]


PEOPLE = "Take Tomás to the dentist|Buy a gift for Ines|Pay the council tax"


@pytest.mark.parametrize(
    "message",
    ["got anything with Tomás?", "do i have something with tomás", "is there anything with Tomás"],
)
async def test_a_search_by_a_name_lists_the_match_and_the_next_turn_can_close_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store, PEOPLE)
    session = session_for(store)
    reply = (await session.say(message)).reply
    assert "Take Tomás to the dentist" in reply
    assert "Pay the council tax" not in reply
    await session.say("great, that one's done, we went earlier")
    assert state(store) == expected(PEOPLE, {"Take Tomás to the dentist": "done"})


@pytest.mark.parametrize(
    "message",
    [
        "how much is the council tax",
        "how much do i owe the plumber",
        "any tasks with a due date?",
        "kitne din baqi hain eid mein",
        "what's the plumber's number?",
    ],
)
async def test_near_questions_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seeds = "Pay the council tax|Call the plumber|Send the report"
    await assert_changes(store, session_for, seeds, [message])
