"""The plan stage, a correction after an add that says the thing again with an amount, in its
own order ("add buy cement bags", then "actually make it 10 bags of cement, the mason said 10";
"buy cat food tins" then "no make that 6 tins of cat food"): the title says the new words once,
'Buy 10 bags of cement' (it had kept the old word after them: 'Buy 10 bags of cement bags').
Never harm: what the title says after the thing ("for the patio") stays, and "make it 12 eggs"
or "make it 3 bags" read as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    ("add", "correction", "title"),
    [
        ("add buy cement bags", "actually make it 10 bags of cement, the builder said 10",
         "Buy 10 bags of cement"),
        ("add buy cat food tins", "no make that 6 tins of cat food", "Buy 6 tins of cat food"),
        ("add buy sand bags", "make it 20 bags of sand", "Buy 20 bags of sand"),
        ("add order printer paper reams", "change it to 5 reams of printer paper",
         "Order 5 reams of printer paper"),
        ("add buy cement bags for the patio", "make it 10 bags of cement",
         "Buy 10 bags of cement for the patio"),
        ("add buy eggs", "make it 12 eggs", "Buy 12 eggs"),
        ("add buy dog food", "make it 3 bags", "Buy 3 bags of dog food"),
    ],
)  # fmt: skip
async def test_the_thing_is_said_once(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    add: str,
    correction: str,
    title: str,
) -> None:
    session = session_for(store)
    await session.say(add)
    await session.say(correction)
    [task] = store.tasks.values()
    assert task["title"] == title
