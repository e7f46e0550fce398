"""The plan stage, a rename said in Roman Urdu with the verb of changing around the two names:
"'Doodh lana' ko change kar ke 'Doodh aur anday lana' kar do" (change X and make it Y), "X ko
badal ke Y kar dein", "X ko Y mein badal do" (change X into Y), "X ko Y se badal do" (replace
X with Y), "X ki jagah Y likh do" (write Y instead of X): the task is renamed (it had answered
"I didn't quite get that"). Without a verb of changing ("doodh lana ko friday kar do") it is
still a move, and "X ko change kar do" with no new name renames nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Doodh lana|Bachon ki fees jama karwani"


@pytest.mark.parametrize(
    ("message", "renamed"),
    [
        ("'Doodh lana' ko change kar ke 'Doodh aur anday lana' kar do", "Doodh aur anday lana"),
        ("doodh lana ko badal ke doodh aur dahi lana kar dein", "Doodh aur dahi lana"),
        ("'Doodh lana' ko 'Chai patti lana' mein badal do", "Chai patti lana"),
        ("doodh lana ko anday lana se badal dein please", "Anday lana"),
        ("'doodh lana' ki jagah 'doodh aur bread lana' likh do", "Doodh aur bread lana"),
    ],
)
async def test_the_task_is_renamed(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, renamed: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([renamed, "Bachon ki fees jama karwani"])


async def test_a_day_without_a_verb_of_changing_moves_it(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["doodh lana ko friday kar do"])
    assert state == sorted(["Doodh lana@2026-11-27", "Bachon ki fees jama karwani"])


@pytest.mark.parametrize(
    "message",
    ["Doodh lana ko change kar do", "kya doodh lana ko badal ke chai lana kar dun?"],
)
async def test_no_new_name_or_a_question_renames_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted(SEEDS.split("|"))
