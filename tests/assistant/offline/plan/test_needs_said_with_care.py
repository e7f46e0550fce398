"""The plan stage, a need said with care inside a story ("My grandson Tyler is coming to stay
for the holidays and I want to be sure to get the spare room ready before he arrives. Could you
please add that to my list?"): the task is the need ('Get the spare room ready'; the whole story
had been the title), and "before that" / "before then", pointing at news told before, is no
part of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "Good morning. My grandson Tyler is coming to stay for the holidays and I want to be"
            " sure to get the spare room ready before he arrives. Could you please add that to"
            " my list? Thank you.",
            "Get the spare room ready",
        ),
        ("i must make sure i renew my passport, add it pls", "Renew my passport"),
        (
            "ugh my landlord just texted that there's an inspection coming up so i gotta replace"
            " the batteries in the smoke detectors before that. can u put it on my list",
            "Replace the batteries in the smoke detectors",
        ),
        ("add call mum before then", "Call mum"),
        # the care is the task itself when it is all there is
        ("remind me to make sure the door is locked", "Make sure the door is locked"),
    ],
)
async def test_the_need_is_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    await session_for(store).say(message)
    assert store.titles() == [title]
