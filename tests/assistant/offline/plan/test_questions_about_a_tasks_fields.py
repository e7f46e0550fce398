"""The plan stage, two clumsy replies beside a repeat:

1. a remark said beside a change to a task ("the bins one should repeat weekly now, we got a new
   bin") is why, no deed: the change is made and no question asks whether 'got new bin' means
   the task (a "yes" to it would have ticked the bins off);
2. a yes/no question about a task's repeat, due date or priority ("does the bins one repeat
   weekly?", "is the rego due friday?", "is the rego urgent?") finds the task and answers from
   that field (it said "I couldn't find a task matching 'does the bins one repeat weekly'").

Never harm: a question changes nothing; a loose deed said alone is still asked about; a change
asked after a question is still made; "is the milk done?" still answers whether it is done.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, repeats, seed

SEEDS = "Put the bins out|Renew the rego@2026-11-27|Buy milk"


@pytest.mark.parametrize(
    "said",
    [
        "the bins one should repeat weekly now, we got a new bin",
        "make the bins one repeat every week, we got a new wheelie bin",
        "put the bins out should repeat weekly, we got a brand new bin lol",
        "bins should be weekly from now on, we got new bins",
    ],
)
async def test_a_remark_beside_a_change_asks_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, [said])
    assert repeats(store) == {"Put the bins out": "every week"}, reply
    assert "not sure" not in reply and "Is that the one" not in reply, reply


async def test_a_loose_deed_alone_still_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, ["we got a new bin"])
    assert "Put the bins out" in reply and "?" in reply, reply


async def _asked(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> tuple[str, list[str]]:
    seed(store, SEEDS)
    store.tasks[1]["repeat_text"] = "every week"
    store.tasks[2]["priority"] = "high"
    before = [dict(t) for t in store.tasks.values()]
    reply = (await session_for(store).say(said)).reply
    assert [dict(t) for t in store.tasks.values()] == before, reply
    return reply, [t["title"] for t in store.tasks.values()]


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("does the bins one repeat weekly?", "'Put the bins out' (#1) repeats every week."),
        ("do the bins repeat every week", "'Put the bins out' (#1) repeats every week."),
        ("how often does the bins one repeat?", "'Put the bins out' (#1) repeats every week."),
        ("is the bins task repeating weekly?", "'Put the bins out' (#1) repeats every week."),
        ("does the milk repeat?", "'Buy milk' (#3) doesn't repeat."),
        ("is the rego due friday?", "'Renew the rego' (#2) is due"),
        ("is the rego set for this week?", "'Renew the rego' (#2) is due"),
        ("is the rego urgent?", "'Renew the rego' (#2) is high priority."),
        ("is the rego high priority", "'Renew the rego' (#2) is high priority."),
        ("what priority is the milk?", "'Buy milk' (#3) has no priority set."),
        ("is the milk done?", "'Buy milk' (#3) is still pending."),
        ("did i mark the milk done?", "'Buy milk' (#3) is still pending."),
    ],
)
async def test_a_question_about_a_field_answers_from_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, answer: str
) -> None:
    reply, _ = await _asked(store, session_for, said)
    assert reply.startswith(answer), reply


async def test_a_change_after_the_question_is_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store, SEEDS)
    await session_for(store).say("is the bins one repeating weekly? make it fortnightly")
    assert repeats(store) == {"Put the bins out": "every 2 weeks"}
