"""The plan stage, a deed said in slang ("smashed out", "knocked out", "banged out", "nailed",
"got X done") of the task's own noun form ("the ute clean" for 'Clean out the ute', "the lawn
mow" for 'Mow the lawn'), with when it was done typed as said ("this mornin", "yday", "this
evenin", "last nite"): the task is done (the dropped g had kept 'this mornin' in the words
looked for). Never harm: a deed of a thing that is no task, a plan or a deed not done changes
nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = (
    "Clean out the ute|Pick up bread from the servo|Pay the water bill|Mow the lawn|"
    "Write the essay|Wash the dog"
)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("smashed out the essay this mornin, tick it off 👍", "Write the essay"),
        ("knocked out the lawn mow yday", "Mow the lawn"),
        ("banged out the dog wash this evenin", "Wash the dog"),
        ("got the ute clean done last nite", "Clean out the ute"),
        ("blitzed the ute clean this mornin", "Clean out the ute"),
        ("nailed the water bill this arvo", "Pay the water bill"),
    ],
)
async def test_a_slang_deed_of_the_task_said_as_a_noun_completes_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "done"})


@pytest.mark.parametrize(
    "said",
    [
        "smashed out a big breakfast this mornin",
        "i'll smash out the ute clean tomorrow mornin",
        "didn't get the ute clean done this mornin",
        "smashed the car this mornin",
    ],
)
async def test_a_thing_of_no_task_a_plan_or_a_deed_not_done_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])
