"""The plan stage, a deed told by its result in regional words ("chrissy cards are in the
post!!" for 'Post Christmas cards', "car passed its warrant yusss" for 'Get the car's WOF', "all
the pressies are wrapped"): "chrissy" and "chrissie" are Christmas in Australia, the "warrant" is
New Zealand's WOF, "pressies" are presents, and a thing that "passed its X" has had the X check
done, a cheer or a remark after it or not. It had asked "I'm not sure 'chrissy cards' means..."
or found nothing ('car warrant yusss'). Never harm: a deed forgotten ("I forgot to post the
cards"), a question ("did the car pass its warrant?"), a need ("the cards still need to go in
the post"), a check failed or a thing still not done change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = (
    "Post Christmas cards|Get the car's WOF|Wrap Christmas presents|Book the van's MOT|"
    "Water the tomatoes"
)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("chrissy cards are in the post!!", "Post Christmas cards"),
        ("the chrissie cards are in the mail", "Post Christmas cards"),
        ("chrissy cards posted at last", "Post Christmas cards"),
        ("car passed its warrant yusss", "Get the car's WOF"),
        ("the car's passed its warrant first time", "Get the car's WOF"),
        ("my car just passed its warrant", "Get the car's WOF"),
        ("ute passed its warrant, stoked", "Get the car's WOF"),
        ("all the pressies are wrapped", "Wrap Christmas presents"),
        ("the van passed its mot yasss", "Book the van's MOT"),
    ],
)
async def test_a_result_in_regional_words_completes_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "done"})


@pytest.mark.parametrize(
    "said",
    [
        "I forgot to post the cards",
        "did the car pass its warrant?",
        "did the car pass its warrant",
        "the cards still need to go in the post",
        "the car failed its warrant",
        "chrissy cards are still not in the post",
        "haven't wrapped the pressies yet",
    ],
)
async def test_a_deed_not_done_or_asked_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
