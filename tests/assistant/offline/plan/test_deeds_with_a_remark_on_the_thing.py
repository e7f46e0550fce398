"""The plan stage, a deed said of "that" thing with words of annoyance and a remark ("ok I finally
cancelled that stupid free trial before it charged me" for 'Cancel Peacock free trial', "paid
that bloody parking fine before it went up"): "stupid", "bloody", "freaking" after a determiner
say how the user feels, and "before it charged me", "cos she kept asking" when or why; neither
is any part of the task's name. A task of calling a thing off ('Cancel Peacock free trial',
'Unsubscribe from ...') reported as cancelled is done, never deleted. It had said "couldn't
find 'that stupid free trial before it charged me'", and "I cancelled the free trial" had
DELETED the task. Never harm: a deed forgotten, a question, news of the thing and a need change
nothing; "I cancelled the dentist" still calls off 'Dentist appointment'; two trials that fit
are asked about, and the answer ticks the one picked, never deletes it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = (
    "Cancel Peacock free trial|Pay parking fine|Return library books|Dentist appointment|"
    "Email Priya the invoice|Unsubscribe from the gym newsletter"
)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "ok I finally cancelled that stupid free trial before it charged me",
            "Cancel Peacock free trial",
        ),
        ("cancelled that bloody peacock trial lol", "Cancel Peacock free trial"),
        ("I canceled the freaking free trial before they billed me", "Cancel Peacock free trial"),
        ("I cancelled the free trial", "Cancel Peacock free trial"),
        ("paid that bloody parking fine before it went up", "Pay parking fine"),
        ("returned those annoying library books before they fined me", "Return library books"),
        ("emailed that damn invoice to priya cos she kept asking", "Email Priya the invoice"),
        ("mark that stupid parking fine done", "Pay parking fine"),
        ("I cancelled the gym newsletter", "Unsubscribe from the gym newsletter"),
    ],
)
async def test_a_deed_with_annoyance_and_a_remark_completes_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "done"})


@pytest.mark.parametrize(
    "said",
    [
        "I forgot to cancel that stupid free trial",
        "did I cancel that stupid free trial?",
        "that stupid free trial charged me again",
        "the free trial is still charging me",
        "didn't pay that bloody parking fine before it went up",
        "cancel that stupid free trial",
    ],
)
async def test_a_deed_not_done_asked_or_news_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


async def test_a_thing_cancelled_that_is_no_task_of_cancelling_is_still_called_off(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, SEEDS, ["I cancelled the dentist"], {"Dentist appointment": "deleted"}
    )


_TWO_TRIALS = "Cancel Peacock free trial|Cancel Stan free trial|Buy milk"


async def test_two_trials_that_fit_are_asked_about(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(
        store, session_for, _TWO_TRIALS, ["I cancelled that stupid free trial"]
    )
    assert "which one" in reply.lower()


@pytest.mark.parametrize("answer", ["the first one", "peacock"])
async def test_the_trial_picked_is_ticked_never_deleted(
    store: TaskStore, session_for: Callable[..., ChatSession], answer: str
) -> None:
    seeds = _TWO_TRIALS
    await assert_changes(
        store,
        session_for,
        seeds,
        ["I cancelled that stupid free trial", answer],
        {"Cancel Peacock free trial": "done"},
    )
