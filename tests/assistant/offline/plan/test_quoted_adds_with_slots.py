"""The plan stage, quoted titles added together, each with what is said of it alone ("add 'send
raya cards' by saturday and 'book bus to Ipoh' as high priority"): one task per title, each
with its own date or level only (the level of the second is never the first's, and the second
is never dropped). Never harm: words after a title that are no slots keep the old reading, and
a deed said after the adds still ticks off only its task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore, read_due

SEEDS = ("Beli kuih",)


def _added(store: TaskStore) -> list[tuple[str, str | None, str | None]]:
    return [
        (t["title"], t["due_date"], t["priority"])
        for t in store.tasks.values()
        if t["title"] not in SEEDS
    ]


@pytest.mark.parametrize(
    ("said", "added"),
    [
        ("add 'send raya cards' by saturday and 'book bus to Ipoh' as high priority",
         [("Send raya cards", "saturday", None), ("Book bus to Ipoh", None, "high")]),
        ("add 'call the landlord' tomorrow, 'pay rent' friday and 'buy milk'",
         [("Call the landlord", "tomorrow", None), ("Pay rent", "friday", None),
          ("Buy milk", None, None)]),
        ('add "renew the visa" high priority and "book flights" by monday',
         [("Renew the visa", None, "high"), ("Book flights", "monday", None)]),
        ("add 'wash the car' low priority & 'mow the lawn' on sunday",
         [("Wash the car", None, "low"), ("Mow the lawn", "sunday", None)]),
    ],
)  # fmt: skip
async def test_each_quoted_title_keeps_its_own_slots(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    added: list[tuple[str, str | None, str | None]],
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert _added(store) == [(t, read_due(d) if d else None, p) for t, d, p in added]


async def test_a_deed_after_the_adds_ticks_off_only_its_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(
        "add 'send raya cards' by saturday and 'book bus to Ipoh' as high priority. "
        "oh and beli kuih already done"
    )
    assert _added(store) == [
        ("Send raya cards", read_due("saturday"), None),
        ("Book bus to Ipoh", None, "high"),
    ]
    assert [t["completed"] for t in store.tasks.values() if t["title"] == "Beli kuih"] == [True]


async def test_words_after_a_title_that_are_no_slots_keep_the_old_reading(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("add 'call mum' and 'pay rent' because i forgot")
    assert [t["title"] for t in store.tasks.values()] == ["Call mum", "Pay rent"]
