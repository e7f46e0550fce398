"""The plan stage, a task ticked with a check mark after a remark ("Max is all fluffy and smells
like coconut again, groomer ✔️", "what a morning - cards ☑️", "library ✓"): the few words after
the last pause, ticked, name the task done; the clause before them is a remark on it. It had
fallen back ("Sorry, I didn't quite get that"), and a plain "✓" ticked nothing. Never harm: a
question ("max needs the groomer ✔️?"), a need ("max needs the groomer ✔️", "tomatoes still need
a drink, watering ✅"), a request ("buy stamps, cards ✅"), a bare list ("cards, groomer ✅") and
words naming two tasks (asked about) change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = (
    "Take Max to the groomer|Post Christmas cards|Return library books|Water the tomatoes|"
    "Email Priya the invoice|Pay parking fine|Renew rego"
)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("Max is all fluffy and smells like coconut again, groomer ✔️", "Take Max to the groomer"),
        ("omg the tomatoes were gasping, watering ✅", "Water the tomatoes"),
        ("sent it to her before lunch - invoice ☑️", "Email Priya the invoice"),
        ("lol the librarian gave me a look, library books ✓", "Return library books"),
        ("the fine went up by $20 ugh, parking fine ✅", "Pay parking fine"),
        ("such a long queue at the post office, chrissy cards ✅", "Post Christmas cards"),
        ("Bella was a menace in the car, groomer done ✓", "Take Max to the groomer"),
        ("finally remembered the login, rego ✔", "Renew rego"),
        ("what a morning - cards ☑️", "Post Christmas cards"),
        ("whew what a week, posted the cards ✅", "Post Christmas cards"),
        ("library ✓", "Return library books"),
    ],
)
async def test_a_tick_after_a_remark_ticks_the_task_it_names(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "done"})


@pytest.mark.parametrize(
    "said",
    [
        "max needs the groomer ✔️?",
        "max needs the groomer ✔️",
        "groomer ✔️?",
        "tomatoes still need a drink, watering ✅",
        "max needs a bath - groomer ✅",
        "I forgot the cards, groomer ✅",
        "cards, groomer ✅",
        "the dog is still stinky - groomer ✅?",
    ],
)
async def test_a_need_a_question_or_a_bare_list_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


async def test_a_request_with_a_tick_stays_a_request(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["buy stamps, cards ✅"])
    assert not [t for t in state if t.endswith(":done")]


async def test_a_tick_on_words_naming_two_tasks_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(
        store,
        session_for,
        "Take Max to the groomer|Book groomer for Bella|Post Christmas cards",
        ["max is finally fluffy, groomer ✅"],
    )
    assert "which one" in reply.lower()
