"""The plan stage, a Nigerian/West African reminder with "say" for "that": "remind me say i
need to X", "remember say we must X", "(abeg) tell me say i have to X" add X ("say" before a
need of the speaker's is "that", and "i need to" is no word of the title). Never harm: "tell me
say" inside news ("my oga dey tell me say i need to rest") adds nothing, "tell me say wetin i
never do" still lists, "say make i" keeps reading as before, and no seed is touched."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore, read_due
from tests.assistant.offline.plan.seeded import new_tasks, play

SEEDS = "Pay the light bill|Call mama"


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("abeg remind me say i need to carry the generator for servicing",
         ["Carry the generator for servicing"]),
        ("remind me sey i have to collect my parcel from the park", [
            "Collect my parcel from the park"]),
        ("remember say we must pay the school fees friday",
         [f"Pay the school fees@{read_due('friday')}"]),
        ("abeg tell me say i need to top up my data", ["Top up my data"]),
        ("tell me say i should wash the car tomorrow", [f"Wash the car@{read_due('tomorrow')}"]),
    ],
)  # fmt: skip
async def test_say_before_a_need_is_that(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert new_tasks(state, SEEDS) == added
    assert all(seed in state for seed in SEEDS.split("|"))


@pytest.mark.parametrize(
    "said",
    [
        "my oga dey tell me say i need to rest",
        "he tell me say we must finish am today",
        "she dey remind me say i need to chop well",
        "my sister tell me say i have to come home",
        "nobody go tell me say i need to pay again",
    ],
)
async def test_say_in_news_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [said])
    assert state == sorted(SEEDS.split("|"))


async def test_say_make_i_and_a_question_read_as_before(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, reply = await play(
        store,
        session_for,
        SEEDS,
        ["remind me say make i buy bread", "tell me say wetin i never do"],
    )
    assert new_tasks(state, SEEDS) == ["Buy bread"]
    assert "Call mama" in reply
