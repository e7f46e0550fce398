"""The plan stage, a name said for a new task ("can u put bin night in for every tuesday, just
call it put the wheelie bins out", "add a reminder for the dentist on friday at 3, call it
dentist checkup"): the name is the title, as said, and the date or repeat said before it stays.
Never harm: "call it" of a task's own words ("tell Sam to call it off", "call it a day") keeps
them, and a rename said with "call it" still renames."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import expected, play, seed


@pytest.mark.parametrize(
    ("said", "added"),
    [
        (
            "can u put bin night in for every tuesday, just call it put the wheelie bins out",
            ("Put the wheelie bins out", "2026-11-23", "every Tuesday"),
        ),
        (
            "add a reminder for the dentist on friday at 3, call it dentist checkup",
            ("Dentist checkup", "2026-11-27T15:00:00+00:00", ""),
        ),
        (
            "add a weekly one for the recycling every wednesday, just call it recycling out",
            ("Recycling out", "2026-11-23", "every Wednesday"),
        ),
        ("add gym every monday, title it leg day", ("Leg day", "2026-11-23", "every Monday")),
        (
            "add something for the school trip money by thursday - just call it pay school trip",
            ("Pay school trip", "2026-11-26", ""),
        ),
        (
            "can you add renew my licence, name it licence renewal please",
            ("Licence renewal", "", ""),
        ),
        ("add tell Sam to call it off", ("Tell Sam to call it off", "", "")),
        (
            "remind me to call it a day at 5",
            ("Call it a day", "2026-11-23T17:00:00+00:00", ""),
        ),
    ],
)
async def test_the_name_said_is_the_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    added: tuple[str, str, str],
) -> None:
    seed(store, "Pay rent")
    await session_for(store).say(said)
    (task,) = [t for t in store.tasks.values() if t["title"] != "Pay rent"]
    assert (task["title"], task["due_date"] or "", task["repeat_text"] or "") == added


async def test_a_rename_said_with_call_it_still_renames(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, "Gym|Pay rent", ["rename the gym one, call it leg day"]
    )
    assert state == expected("Leg day|Pay rent", {})
