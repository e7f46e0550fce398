"""The plan stage, a Roman Urdu add with its wrapper ("yaar kal subah mujhe bijli ka bill jama
karwana hai, isko list mein daal do please"): 'Bijli ka bill jama karwana' due tomorrow morning;
"isko" (it) before "list mein daal do" asks for the add, and "mujhe" (for me) before the task and
"hai" after its verb are no words of the title. Never harm: a question of what is due adds
nothing, and "tick it" after a deed still ticks that task off."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "yaar kal subah mujhe bijli ka bill jama karwana hai, isko list mein daal do please",
            "Bijli ka bill jama karwana@2026-11-24T09:00:00+00:00",
        ),
        ("kal mujhe doodh lena hai, isko list mein daal do", "Doodh lena@2026-11-24"),
        ("mujhe gas ka bill bharna hai, ise list mein daal do", "Gas ka bill bharna"),
        (
            "yaar friday ko mujhe gaari ki service karwani hai, isko list mein likh do",
            "Gaari ki service karwani@2026-11-27",
        ),
        (
            "parson ammi ko call karna hai, usko list mein add kar do",
            "Ammi ko call karna@2026-11-25",
        ),
    ],
)
async def test_an_urdu_add_wrapped_is_read(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, "Pay rent", [said])
    assert state == expected(f"Pay rent|{added}", {})


async def test_a_question_of_what_is_due_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, "Doodh lena", ["kal kya kya karna hai mujhe?"])


async def test_tick_it_after_a_deed_ticks_it_off(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        "Doodh lena",
        ["doodh le liya, isko tick kar dein"],
        {"Doodh lena": "done"},
    )
