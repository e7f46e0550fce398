"""The understand stage, social messages, undo, and bare verbs that ask for what is missing."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one
from todochat.assistant.offline.understand.commands import read_redirect


def test_add_without_a_title_asks() -> None:
    intent = one("add")
    assert (intent.kind, intent.title) == ("add", "")


def test_greeting_is_social() -> None:
    assert one("good morning!").kind == "greet"


def test_thanks_is_social() -> None:
    assert one("thanks a lot!").kind == "thanks"


def test_what_can_you_do_is_help() -> None:
    assert one("what can you do?").kind == "help"


def test_gibberish_is_unknown() -> None:
    assert one("asdkjh qwe zzz").kind == "unknown"


def test_undo_is_recognised() -> None:
    assert one("undo that").kind == "undo"


@pytest.mark.parametrize(
    "text",
    [
        "undo that pls, wrong one",
        "undo, wrong one",
        "revert that, it was a mistake",
        "undo it - my bad, sorry",
    ],
)
def test_an_undo_with_a_remark_after_it_is_still_undo(text: str) -> None:
    """A remark after the undo is no task to reopen (held-out batch 34: "undo that pls,
    wrong one" after a wrong delete was read as reopening a task 'that please, wrong one',
    and the deleted task stayed gone)."""
    assert one(text).kind == "undo"


@pytest.mark.parametrize(
    ("text", "target"), [("undo the laundry", "laundry"), ("undo the milk, wrong one", "milk")]
)
def test_undo_with_a_task_named_is_still_reopening_it(text: str, target: str) -> None:
    intent = one(text)
    assert intent.kind == "reopen"
    assert intent.target is not None and intent.target.text.startswith(target)


def test_bare_delete_asks_which_task() -> None:
    intent = one("delete")
    assert intent.kind == "delete"
    assert intent.target is not None and intent.target.kind == "it"


def test_put_it_back_restores_and_undo_that_is_undo() -> None:
    restore = one("wait no put it back")
    assert restore.kind == "restore"
    assert restore.target is not None and restore.target.kind == "it"
    assert one("undo that").kind == "undo"
    assert one("i didn't mean that").kind == "undo"


@pytest.mark.parametrize(
    ("text", "ids"), [("x 2", (2,)), ("x #14", (14,)), ("x 3, 5", (3, 5)), ("X 7 and 8", (7, 8))]
)
def test_an_x_before_task_numbers_ticks_them(text: str, ids: tuple[int, ...]) -> None:
    """A box ticked with an x, as power users type it (batch 43's terse commands)."""
    intent = one(text)
    assert intent.kind == "complete" and intent.target is not None
    assert intent.target.ids == ids


@pytest.mark.parametrize("text", ["what does x 2 mean?", "x marks the spot", "x 2 is the answer"])
def test_x_in_other_sentences_is_no_command(text: str) -> None:
    assert one(text).kind == "unknown"


def test_an_x_and_a_number_inside_an_add_stay_in_the_title() -> None:
    assert one("add eggs x 2").title == "Eggs x 2"


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("wait no sorry i meant the 3rd one. the ferns still need water, undo that", "the 3rd one"),
        ("oops no i meant the third one", "the third one"),
        ("no not that one, the 1st one", "the 1st one"),
    ],
)
def test_a_place_in_the_list_meant_instead_is_a_redirect(text: str, meant: str) -> None:
    assert read_redirect(text) == (meant, "")


@pytest.mark.parametrize(
    "said",
    [
        "the bins can wait",
        "trash can wait for now",
        "groceries can wait",
        "the ironing will have to wait",
        "the car wash could wait a few days",
    ],
)
def test_a_task_that_can_wait_with_no_day_changes_nothing(said: str) -> None:
    intent = one(said)
    assert intent.kind == "unknown"


@pytest.mark.parametrize("said", ["trash can wait til tmrw", "the bins can wait until tomorrow"])
def test_a_task_that_can_wait_till_a_day_moves_to_that_day(said: str) -> None:
    intent = one(said)
    assert (intent.kind, intent.due) == ("due", "tomorrow")


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("bin the old receipts", "delete"),
        ("trash the gym task", "delete"),
        ("add wait for the plumber", "add"),
        ("can the dentist wait?", "unknown"),
    ],
)
def test_near_misses_of_a_task_that_can_wait(said: str, kind: str) -> None:
    assert one(said).kind == kind
