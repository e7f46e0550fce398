"""The plan stage, a day taken back inside an add and the day meant said after it: "add submit
stats assignment fri.. no wait its due thursday" adds it due thursday (it had asked which task
to date); "add pick up my refill at CVS on wednesday no wait thursday, thursday at 3 pm" adds
'Pick up my refill at CVS' due thursday 15:00 (it had added the whole sentence); "visit my
grandmother on friday, no wait saturday is better because ..." due saturday, why no part of
the title; in Spanish, "no espera, mejor el sábado, el domingo vamos a misa" after an add moves
it. Never harm: "mejor el sábado" with no task talked about asks which; "mejor compra leche"
and "saturday is better for me anyway" change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Walk the dog"


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("add submit stats assignment fri.. no wait its due thursday 😩",
         "Submit stats assignment@2026-11-26"),
        ("add return the library books monday, no wait it's due tuesday",
         "Return the library books@2026-11-24"),
        ("okay um add pick up my refill at CVS on wednesday no wait thursday, thursday at 3 pm",
         "Pick up my refill at CVS@2026-11-26T15:00:00+00:00"),
        ("add call the plumber on friday no wait saturday, saturday at 10",
         "Call the plumber@2026-11-28T10:00:00+00:00"),
        ("i want to add task for visit my grandmother on friday, no wait saturday is better "
         "because friday we have prayer and family lunch", "Visit my grandmother@2026-11-28"),
        ("add book the vet for thursday, no wait friday would be better, the clinic is shut thurs",
         "Book the vet@2026-11-27"),
    ],
)  # fmt: skip
async def test_the_day_meant_dates_the_add(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == sorted([SEEDS, added])


@pytest.mark.parametrize(
    "said",
    [
        "no espera, mejor el sábado, el domingo vamos a misa temprano",
        "mejor el sábado",
        "no, mejor para el sábado",
    ],
)
async def test_a_better_day_in_spanish_moves_the_add(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["agrega llamar a mi abuela el domingo", said])
    assert state == ["Llamar a mi abuela@2026-11-28", SEEDS]


@pytest.mark.parametrize(
    "said", ["mejor el sábado", "mejor compra leche", "saturday is better for me anyway"]
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, f"{SEEDS}|Comprar tamales@2026-11-27", [said])
