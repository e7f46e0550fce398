"""The plan stage, the add just made taken back with a reason in between: after "add buy bus
ticket to Cusco", "ah no forget it, my cousin is driving, delete" deletes 'Buy bus ticket to
Cusco' (it said "I couldn't find a task matching 'cousin is driving'"). A clause with its own
subject and verb before a bare "delete" is why, never a task's name; a bare "delete", "remove
it", "scrap that" after it, in a message that opens by taking something back ("no", "wait",
"forget it"), is the one task the previous turn added. Never harm: with no add just before,
after several adds, or with no word taking it back, it asks which task; news that names a task
still names that task."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Buy milk|Call mum|Book dentist"


@pytest.mark.parametrize(
    ("add", "said", "added"),
    [
        ("add buy bus ticket to Cusco", "ah no forget it, my cousin is driving, delete",
         "Buy bus ticket to Cusco"),
        ("add buy bus ticket to Cusco", "oh wait my cousin's driving us, scrap that",
         "Buy bus ticket to Cusco"),
        ("add book a taxi to the airport", "no wait the hotel has a shuttle, delete",
         "Book a taxi to the airport"),
        ("remind me to buy a birthday cake for Lena",
         "nah forget that, her sister is baking one, remove it", "Buy a birthday cake for Lena"),
        ("add get a gift for the secret santa",
         "actually no, my boss already bought one, delete it", "Get a gift for the secret santa"),
        ("add hire a van for saturday", "no no, my brother's lending us his truck, delete",
         "Hire a van for saturday"),
        ("put renew gym membership on my list",
         "wait, the gym is closing down, scrap that", "Renew gym membership"),
        ("add print the boarding passes", "forget it, the airline sent them to my phone, delete",
         "Print the boarding passes"),
    ],
)  # fmt: skip
async def test_the_add_just_made_goes(
    store: TaskStore, session_for: Callable[..., ChatSession], add: str, said: str, added: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [add, said])
    assert added not in [t["title"] for t in store.tasks.values()]
    assert len(store.tasks) == 3


@pytest.mark.parametrize(
    ("messages", "after"),
    [
        (["forget it"], SEEDS),
        (["ah no forget it, my cousin is driving, delete"], SEEDS),
        (["add buy bus ticket to Cusco", "my cousin is driving, delete"],
         SEEDS + "|Buy bus ticket to Cusco"),
        (["delete the milk", "no wait my cousin's driving, scrap that"], "Call mum|Book dentist"),
        (["add buy bus ticket to Cusco", "ok thanks", "no wait my cousin's driving, scrap that"],
         SEEDS + "|Buy bus ticket to Cusco"),
        (["add buy bus ticket to Cusco and pack bags",
          "ah no forget it, my cousin is driving, delete"],
         SEEDS + "|Buy bus ticket to Cusco|Pack bags"),
        # news that names a task still names it
        (["add buy bus ticket to Cusco", "no wait the dentist is cancelled, delete it"],
         "Buy milk|Call mum|Buy bus ticket to Cusco"),
    ],
)  # fmt: skip
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], messages: list[str], after: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, messages)
    assert state == sorted(after.split("|"))
