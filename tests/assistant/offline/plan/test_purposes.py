"""The plan stage, a rename said with its purpose: "change 'buy present' to 'buy present for
jacks party' so i know which one" renames to the new words only; a purpose of another kind, or
words that are the title, stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, Say, TaskStore


def seed(store: TaskStore) -> None:
    for title in ("buy present", "email mrs patel", "Call bank"):
        store.create(title)


@pytest.fixture
def say(store: TaskStore, session_for: Callable[..., ChatSession]) -> Say:
    """A chat over the tasks ``seed`` adds: its ``say``."""
    seed(store)
    return session_for(store).say


@pytest.mark.parametrize(
    ("message", "old", "new"),
    [
        ("can u change 'buy present' to 'buy present for jacks party' so i know which one lol",
         "buy present", "Buy present for jacks party"),
        ("can u change email mrs patel to email mrs patel re school trip form so i remember what "
         "its about", "email mrs patel", "Email mrs patel re school trip form"),
        ("change 'call bank' to 'call HDFC about the credit card charge' so i remember what it is "
         "for", "Call bank", "Call HDFC about the credit card charge"),
        ("rename call bank to call HDFC so i dont forget which bank", "Call bank", "Call HDFC"),
        ("rename the present one to buy present for mia so i can tell them apart", "buy present",
         "Buy present for mia"),
    ],
)  # fmt: skip
async def test_a_rename_with_a_purpose_renames_to_the_new_words_only(
    store: TaskStore, say: Say, message: str, old: str, new: str
) -> None:
    await say(message)
    assert new in store.titles()
    assert old not in store.titles()


async def test_a_purpose_that_is_the_task_stays_in_the_new_title(
    store: TaskStore, say: Say
) -> None:
    await say("rename call bank to call bank so i can pay the fine")
    assert "Call bank so i can pay the fine" in store.titles()
