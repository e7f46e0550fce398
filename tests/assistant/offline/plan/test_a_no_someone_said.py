"""The plan stage, a delete whose why is a no someone said: "dlete dye hair my mom said no"
deletes 'Dye hair'. A rule for a bare "no" said last ("delete the gutters? nah") had read the
mother's no as the user taking the delete back (batch 4, caught by its test).

Never harm: a bare no, nah or nope said last by the user still takes the delete back."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = "Finish Spanish vlog|Dye hair"


@pytest.mark.parametrize(
    "message",
    [
        "dlete dye hair my mom said no",
        "delete dye hair, she says no",
        "remove dye hair mum said no",
        "delete the dye hair one, my boss told me no",
        "take off dye hair lol dad said no",
        "delete dye hair my mom say no",
    ],
)
async def test_a_no_someone_said_is_why(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {"Dye hair": "deleted"})


@pytest.mark.parametrize(
    "message",
    [
        "delete dye hair? nah",
        "delete dye hair. no",
        "remove dye hair.. nope",
        "delete dye hair, no",
    ],
)
async def test_a_no_said_last_by_the_user_takes_it_back(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])
