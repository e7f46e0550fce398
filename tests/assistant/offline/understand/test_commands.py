"""The understand stage, social messages, undo, and bare verbs that ask for what is missing."""

from __future__ import annotations

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
