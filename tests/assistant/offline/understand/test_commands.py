"""The understand stage, social messages, undo, and bare verbs that ask for what is missing."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one


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
