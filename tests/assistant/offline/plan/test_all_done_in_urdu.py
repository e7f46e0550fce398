"""The plan stage, every task said done in Roman Urdu ("tamam kaam mukammal ho gaye", "sabhi
tasks done mark kar do", "sab kaam ho gaye, sab ko tick kar do"): the words for all and every
("saare", "sab", "sabhi", "tamam") with the tasks ("kaam", "tasks") or alone before a tick say
what "all my tasks are done" and "mark all done" say in English, so every open task is
completed (it had looked for a task named 'saare kaam'). Never harm: a question, a denial, the
tasks still left, a listing, and deeds named before "sab done kar do" (only those) change no
other task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Kapre press karne|Sabzi lani|Bachon ka homework check karna|Bijli ka bill bharna:done"
ALL_DONE = {
    "Kapre press karne": "done",
    "Sabzi lani": "done",
    "Bachon ka homework check karna": "done",
}


@pytest.mark.parametrize(
    "said",
    [
        "tamam kaam mukammal ho gaye",
        "sabhi tasks done mark kar do",
        "sab kaam ho gaye, sab ko tick kar do",
        "saare kaam khatam ho gaye yaar",
        "sab done mark kar dein please",
        "aaj saare kaam ho gaye alhamdulillah, sabko done kar do",
        "tamaam tasks complete kar do",
    ],
)
async def test_every_task_said_done_completes_every_open_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], ALL_DONE)


@pytest.mark.parametrize(
    "said",
    [
        "kya saare kaam ho gaye?",
        "saare kaam abhi baaki hain",
        "saare kaam nahi hue",
        "sab kaam dikhao",
        "sabhi tasks dikhao",
        "saare kaam kab honge?",
    ],
)
async def test_a_question_a_denial_or_a_listing_completes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


async def test_deeds_named_before_sab_done_are_the_only_ones_ticked(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["sabzi le li aur kapre press kar diye, sab done kar do"],
        {"Sabzi lani": "done", "Kapre press karne": "done"},
    )
