"""The plan stage, words around a request that are no part of it: a word for the listener
("mate chuck on my list to ...", "hello dear could you add to my list ..."), an Irish "would ya
ever", thanks for help before ("thank you for yesterday help"), a feeling ("sorry a bit lost
today"), "dat" for "that"; and words that carry a field: "mark the NEPA bill one as paid" (done,
as "mark the NEPA bill as paid"), "high priority cuz i need em by saturday" (its date),
"everything on my list is done today, tick them all" (every task). Never harm: "my mate", "my
love" stay in a title; "add mark the essay as submitted" is a task; "what's done? tick them all"
asks."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

SEEDS = "Invoice the Hendersons|Pay NEPA bill"


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "mate chuck on my list to ring the sparky about the switchboard job tmrw arvo at 2",
            "Ring the sparky about the switchboard job@2026-11-24T14:00:00+00:00",
        ),
        (
            "Hello dear could you add to my list collect my prescription from Boots on Thursday "
            "thank you very much",
            "Collect my prescription from Boots@2026-11-26",
        ),
        (
            "would ya ever stick renew the motor tax on the list for me, i keep forgettin 🙈",
            "Renew the motor tax",
        ),
        ("thank you for yesterday help. add call mum", "Call mum"),
        ("bro add buy protein", "Buy protein"),
        ("add call my mate", "Call my mate"),
        ("add text my love", "Text my love"),
        ("add mark the essay as submitted", "Mark the essay as submitted"),
        (
            "add pick up my scrubs, high priority cuz i need em by saturday",
            "Pick up my scrubs@2026-11-28",
        ),
        ("add pick up my scrubs, bc i need them for friday lol", "Pick up my scrubs@2026-11-27"),
    ],
)
async def test_the_words_around_an_add_are_no_part_of_its_title(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == expected(SEEDS + "|" + title, {})


async def test_a_feeling_after_a_question_is_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, SEEDS, ["what i still have to do ya? 🙏 sorry a bit lost today"]
    )


@pytest.mark.parametrize(
    "messages",
    [
        ["mark the NEPA bill one as paid"],
        ["set the NEPA bill task as paid"],
        ["what's on my list", "tick dat one off", "the second one"],
    ],
)
async def test_a_deed_word_after_mark_as_is_done(
    store: TaskStore, session_for: Callable[..., ChatSession], messages: list[str]
) -> None:
    await assert_changes(store, session_for, SEEDS, messages, {"Pay NEPA bill": "done"})


async def test_everything_said_done_then_them_is_every_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS + "|Buy feed:done",
        ["everything on my list is done today alhamdulillah, tick them all"],
        {"Invoice the Hendersons": "done", "Pay NEPA bill": "done"},
    )


async def test_them_after_a_question_of_what_is_done_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, SEEDS + "|Buy feed:done", ["what's done? tick them all"]
    )


async def test_a_deed_told_after_a_delete_is_news_of_its_own(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """Found by the deeds helper: "delete the gym one, paid the rent" deleted both tasks (the
    deed was read as a second target); the rent is paid, so it is ticked off, and kept."""
    await assert_changes(
        store,
        session_for,
        "Cancel gym membership|Pay the rent|Buy milk",
        ["delete the gym one, paid the rent"],
        {"Cancel gym membership": "deleted", "Pay the rent": "done"},
    )


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("the van passed its MOT today", {"Book MOT for the van": "done"}),
        ("sweet as, car passed its wof 👍", {"Get WOF for the car": "done"}),
        ("mum passed the salt", {}),
    ],
)
async def test_a_thing_that_passed_its_check_has_had_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, changes: dict[str, str]
) -> None:
    await assert_changes(
        store, session_for, "Book MOT for the van|Get WOF for the car|Call mum", [message], changes
    )
