"""The plan stage, two harms:

1. a hedged remark cut from an add's title ("remind me to book the WOF for the hilux, pretty sure
   it runs out next month", "add book the vet, i think the clinic shuts at 5") gave its time to
   the task as a due date; the time is of what the remark tells, so the task now has none.
   A remark that says a deadline keeps its date ("..., it's due friday", "..., needs doing by
   friday", "..., deadline is friday", "..., i think it's due monday").
2. "the fun run is the same day as the hen party. take it off" deleted the fun run without
   asking (the reason rewrite had cut "as the hen party" too); when the sentence before names
   two tasks side by side, "it" is open and the model asks which one.

Never harm: a sentence naming one task still gives "it" its task; nothing is deleted on a
question.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play, played_new

SEED = "Water the plants"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("remind me to book the WOF for the hilux, pretty sure it runs out next month",
         "Book the WOF for the hilux"),
        ("add book the vet, i think the clinic shuts at 5", "Book the vet"),
        ("add renew passport, i reckon the office closes on friday", "Renew passport"),
        ("remind me to pay the nanny, pretty sure she finishes at 3 tomorrow", "Pay the nanny"),
        ("add ring the council, i think the tip opens at 8 on saturday", "Ring the council"),
        ("add buy sunscreen, pretty sure the chemist shuts at 6", "Buy sunscreen"),
        ("add book the hairdresser, pretty sure the salon opens at 9 tomorrow",
         "Book the hairdresser"),
    ],
)  # fmt: skip
async def test_a_hedged_remarks_time_is_no_due(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    assert await played_new(store, session_for, SEED, [said]) == [title]


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("add pay rates, it's due friday", "Pay rates@2026-11-27"),
        ("add mow lawn, needs doing by friday", "Mow lawn@2026-11-27"),
        ("add essay, deadline is friday", "Essay@2026-11-27"),
        ("add file tax return, i think it's due monday", "File tax return@2026-11-30"),
        ("add call the plumber, i think it needs doing by friday", "Call the plumber@2026-11-27"),
    ],
)
async def test_a_deadline_in_a_remark_keeps_its_date(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, kept: str
) -> None:
    assert await played_new(store, session_for, SEED, [said]) == [kept]


SEEDS = "Sign up for the fun run|Book the hen party venue"
BOTH = ["Book the hen party venue", "Sign up for the fun run"]


@pytest.mark.parametrize(
    "said",
    [
        "the fun run is the same day as the hen party. take it off",
        "the fun run is on the same day as the hen party. delete it",
        "the fun run clashes with the hen party. remove it",
        "the hen party is the same day as the fun run. take it off",
        "the fun run is the same weekend as the hen party. delete it",
        "the hen party clashes with the fun run. get rid of it",
    ],
)
async def test_it_after_two_tasks_named_asks(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, reply = await play(store, session_for, SEEDS, [said])
    assert sorted(state) == BOTH, (state, reply)


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("the fun run got cancelled. delete it", ["Book the hen party venue"]),
        ("the hen party is off. remove it", ["Sign up for the fun run"]),
        ("the fun run is the same day as my birthday. take it off", ["Book the hen party venue"]),
    ],
)
async def test_it_after_one_task_named_still_acts(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, left: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == left


@pytest.mark.parametrize(
    ("said", "after"),
    [
        ("The photographer for the Martins and the Harris deposit are both urgent now, can you "
         "bump both of them up to high priority please?", None),
        ("Photographer and videographer for the Martins are both booked now! Please mark both of "
         "those done", "done"),
    ],
)  # fmt: skip
async def test_them_after_a_clause_naming_two_means_the_two(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, after: str | None
) -> None:
    # "both of them" after a clause naming two tasks is the two, never a question (only a
    # singular "it" is left open)
    seeds = "Book photographer for the Martins|Pay venue deposit for the Harris wedding"
    if after == "done":
        seeds = "Book photographer for the Martins|Book videographer for the Martins"
    await play(store, session_for, seeds, [said])
    tasks = list(store.tasks.values())
    if after == "done":
        assert all(t["completed"] for t in tasks), tasks
    else:
        assert all(t["priority"] == "high" for t in tasks), tasks
