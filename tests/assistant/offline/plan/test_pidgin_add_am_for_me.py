"""The plan stage, Nigerian Pidgin adds said with "add am for me", "put am for my list", "I go X"
(I will X) and "make I X": "Abeg add am for me: I go collect my agbada from the tailor on
Saturday" adds 'Collect my agbada from the tailor' due saturday. Before, the title kept 'Am for
me: I go'. Never harm: "I go" before a place or an -ing word is English ("I go to the gym"),
"I go market" is no add by itself, and "add am for me" with nothing after it adds nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "Abeg add am for me: I go collect my agbada from the tailor on Saturday",
            "Collect my agbada from the tailor@2026-11-28",
        ),
        ("abeg put am for my list, I go pay NEPA bill tomorrow", "Pay NEPA bill@2026-11-24"),
        ("add am for me, make I call mama on sunday", "Call mama@2026-11-29"),
        ("put am for my list: make I buy fuel", "Buy fuel"),
        (
            "abeg add am for me, i go visit Chidi for hospital friday",
            "Visit Chidi for hospital@2026-11-27",
        ),
        ("I go wash my car tomorrow, add am for me", "Wash my car@2026-11-24"),
        ("we go pay school fees friday, abeg put am for my list", "Pay school fees@2026-11-27"),
        ("i go go market tomorrow, add am", "Go market@2026-11-24"),
        ("oya add am for me - I go renew my plate number", "Renew my plate number"),
    ],
)
async def test_a_pidgin_add_am_for_me_is_read(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, "Buy bread", [said])
    assert state == expected(f"Buy bread|{added}", {})


@pytest.mark.parametrize(
    "said",
    [
        "abeg add am for me",
        "I go to the gym every monday",
        "i go market tomorrow",
        "I go jogging on saturday",
        "wetin I go buy for the party?",
        "I don buy bread",
    ],
)
async def test_pidgin_said_without_a_task_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    changes = {"Buy bread": "done"} if said == "I don buy bread" else {}
    await assert_changes(store, session_for, "Buy bread", [said], changes)
