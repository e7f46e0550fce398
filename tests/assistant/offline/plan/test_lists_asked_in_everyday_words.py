"""The plan stage, the list asked for in everyday words: "show me my jobs", "read me out
what's on my list please, left my glasses in the car" (why it is asked, after a comma, is no
search: it had searched for 'card'), "everything, done and not done" and "all my tasks, the
finished also" (all of it, not the done ones alone), "what have i actually managed to get done"
(the done ones, not what is left), Roman Urdu "dikhao kya kya kaam reh gaye hain abhi tak,
dimagh kharab ho gaya hai" (what is left; it had read nothing). Never harm: a listing changes
nothing, a search said before a remark still searches, and a remark or a question about one
task lists nothing wrongly."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, seed

SEEDS = "Water the ferns|Post card to Gran:done|Cancel gym membership:done|Ring the carpet fitter"
URDU = "Abbu ka chashma banwana|Gas ka bill bharna:done|Bachon ki fees jama karna"
PENDING = ("Water the ferns", "Ring the carpet fitter")
DONE = ("Post card to Gran", "Cancel gym membership")


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("could you read out my list for me, left my specs upstairs", "all"),
        ("what's on my list, forgot my phone in the car", "all"),
        ("show me my chores please, brain is fried", "all"),
        ("list my jobs", "all"),
        ("can you show me all of it, finished and unfinished. i've lost the plot", "all"),
        ("give me my whole list, the done ones also", "all"),
        ("what have we managed to get done this week", "completed"),
        ("what have i managed to get finished lately haha", "completed"),
    ],
)
async def test_everyday_listings_list_what_is_asked(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, status: str
) -> None:
    seed(store, SEEDS)
    turn = await session_for(store).say(message)
    assert turn.tool_calls == [("list_tasks", {"status": status})]
    for title in PENDING:
        assert (title in turn.reply) == (status != "completed")
    for title in DONE:
        assert (title in turn.reply) == (status != "pending")


@pytest.mark.parametrize(
    "message",
    [
        "batao kya kya kaam baqi hain abhi tak, aaj bohat thak gayi hoon",
        "kya reh gaya hai abhi, sar dard ho raha hai",
        "dikhao kaun se kaam reh gaye hain",
    ],
)
async def test_what_is_left_in_roman_urdu_before_a_remark(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    reply = await assert_changes(store, session_for, URDU, [message])
    assert "Abbu ka chashma" in reply and "Bachon ki fees" in reply
    assert "Gas ka bill" not in reply


async def test_a_search_before_a_remark_still_searches(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(
        store, session_for, SEEDS, ["show me anything about the carpet, i forgot his name"]
    )
    assert "Ring the carpet fitter" in reply and "Water the ferns" not in reply


@pytest.mark.parametrize(
    "message",
    [
        "my list is so long lol",
        "left my glasses in the car",
        "did i ring the carpet fitter?",
        "i've lost track of my jobs, the fitter is coming at 3",
    ],
)
async def test_remarks_and_questions_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])
