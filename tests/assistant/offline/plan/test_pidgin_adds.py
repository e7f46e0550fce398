"""The plan stage, a Nigerian Pidgin add ("Abeg put am for my list make I buy diesel for the
gen on saturday, light no dey at all this week"): 'Buy diesel for the gen' due saturday; "put
am" (put it) before "make I" asks for the add, and news after a comma ("light no dey", there
is no power) is no part of the title nor its date. Never harm: "put am for friday" names no
task to add, and the news alone adds nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "Abeg put am for my list make I buy diesel for the gen on saturday, light no dey at "
            "all this week",
            "Buy diesel for the gen@2026-11-28",
        ),
        ("abeg write am for my list make I pay NEPA bill tomorrow", "Pay NEPA bill@2026-11-24"),
        ("put am for list make I call mama on sunday", "Call mama@2026-11-29"),
        ("add buy candles, light no dey", "Buy candles"),
    ],
)
async def test_a_pidgin_add_is_read(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, "Buy bread", [said])
    assert state == expected(f"Buy bread|{added}", {})


@pytest.mark.parametrize("said", ["abeg, light no dey at all this week", "put am for friday"])
async def test_pidgin_news_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, "Buy bread", [said])
