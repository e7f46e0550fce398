"""The plan stage, an add taken back with "no wait" / "wait no" run straight on into why, said
with its own subject and verb ("add renew passport.. wait no my passport's good til 2029, renew
health card", "add buy bread no wait we've got bread, buy eggs instead"): the first add is not
made, the one asked after it is, and why is no request (it had added both, or a task 'Buy bread
no wait we've got bread'). Never harm: "we've got bread" after it is never a deed ticking a
task, a delete taken back with why keeps the task, and "no wait" with no why before a new title
("add renew passport.. wait no, renew health card") reads as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Buy bread|Call the bank"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("add renew passport.. wait no my passport's good til 2029, it's the health card "
         "thats expiring. renew health card", ["Renew health card"]),
        ("add buy bread no wait we've got bread, buy eggs instead", ["Buy eggs"]),
        ("add book the car in for its mot wait no the mot isn't due till march. book a service",
         ["Book a service"]),
        ("add renew the car tax no wait the car tax is paid till june, add renew the tv licence",
         ["Renew the tv licence"]),
        ("add pick up the kids at 3 no wait they're at nan's today", []),
        ("remind me to water the lawn no wait we had rain all week", []),
    ],
)  # fmt: skip
async def test_only_the_add_asked_after_why_is_made(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted(["Buy bread", "Call the bank", *added])


async def test_a_deed_said_as_why_ticks_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, SEEDS, ["remind me to call the bank no wait i already called them"]
    )


async def test_a_delete_taken_back_with_why_keeps_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, SEEDS, ["delete the bread one no wait we still need bread"]
    )


async def test_a_new_title_after_no_wait_reads_as_before(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(
        store, session_for, SEEDS, ["add renew passport.. wait no, renew health card"]
    )
    assert state == sorted(["Buy bread", "Call the bank", "Renew health card"])
