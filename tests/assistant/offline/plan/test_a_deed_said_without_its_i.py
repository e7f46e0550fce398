"""The plan stage, a deed said with its "I" left out ("Have bought the tokens now, the lights are
back", "have paid the rent", common in Indian, Kenyan and Nigerian English): the task is ticked,
as "I have bought the tokens" ticks it. Never harm: "have to pay the rent" is a need, "have
paid the rent?" a question, and a deed of nothing on the list ticks nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Buy KPLC tokens|Buy airtime for Mum|Pay rent|Send the parcel to Wanjiru"


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("Have bought the tokens now, the lights are back 🙌", {"Buy KPLC tokens": "done"}),
        ("have paid the rent", {"Pay rent": "done"}),
        ("have already paid the rent, kindly mark", {"Pay rent": "done"}),
        ("has sent the parcel to wanjiru already", {"Send the parcel to Wanjiru": "done"}),
        ("have just bought airtime for mum", {"Buy airtime for Mum": "done"}),
        # never harm
        ("have to pay the rent", {}),
        ("have paid the rent?", {}),
        ("have bought a new phone", {}),
    ],
)
async def test_a_deed_said_without_its_i_ticks_its_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], changes)
