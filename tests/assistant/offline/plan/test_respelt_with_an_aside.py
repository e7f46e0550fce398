"""The plan stage, a spelling fix of a quoted task asked for, then the word as it should be
with an aside after it or in capitals for emphasis: "lol can u fix the spelling on the 'by new
thongs' one, should be BUY obviously" respells the one word like it, "By" to "Buy" (it had asked
which word was misspelt: "obviously" was read as part of the word, and "the 'X' one" was not
read as the title written), "fix the typo on 'by new thongs', it's meant to be buy of course"
too (it had renamed the task 'Buy obviously'). A word like none of the title's still asks, as
does a task named loosely ("the thongs one"), and a title with the word right already is
kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "By new thongs|Sunscreen for the beach"


@pytest.mark.parametrize(
    "message",
    [
        "lol can u fix the spelling on the 'by new thongs' one, should be BUY obviously 🤦‍♀️",
        "fix the spelling on my 'by new thongs' task, should be buy",
        "fix the typo on 'by new thongs', it's meant to be buy of course lol",
        "correct the typo in the 'by new thongs' item, it should be BUY duh",
        "i typed by new thongs, it should be BUY",
    ],
)
async def test_the_one_word_is_respelt(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted(["Buy new thongs", "Sunscreen for the beach"])


@pytest.mark.parametrize(
    "message",
    [
        "fix the spelling on the thongs one, should be shoes obviously",
        "fix the spelling on the beach one, should be sunscreen obviously",
        # a task named loosely: which word is meant is asked, never guessed
        "fix the spelling on the thongs one, should be BUY obviously",
    ],
)
async def test_a_word_like_none_or_already_right_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, reply = await play(store, session_for, SEEDS, [message])
    assert state == sorted(SEEDS.split("|"))
    assert "haven't changed" in reply
