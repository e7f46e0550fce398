"""The plan stage, an edit of a task, most often the one just added: named as "the one I just
added" ("the task we only just made, put it on friday"), with a reason that says another day
first ("her birthday is saturday so put it for friday": the day asked for wins), and a task
named as a task before the edit ("the task call Ahmed, make it call Ahmed about the flat": the
task's words, never a report that it was done).

Never harm: a task named as a task is never ticked off; a thing said to be on a day and then
added with "it" on that same day is still added; "it" with no task just added asks."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Call mum|Pay the water bill"


@pytest.mark.parametrize(
    ("added", "message", "after"),
    [
        (
            "add buy a piñata for Santi's birthday",
            "the one I just added, put it for saturday",
            "Buy a piñata for Santi's birthday@2026-11-28",
        ),
        (
            "add book the vet for Luna",
            "ok the task I just made, can you put it on friday",
            "Book the vet for Luna@2026-11-27",
        ),
        (
            "add order the cake",
            "the thing we added just now - make it tuesday",
            "Order the cake@2026-11-24",
        ),
        (
            "add renew the car rego",
            "that one i just put in: due thursday pls",
            "Renew the car rego@2026-11-26",
        ),
        (
            "add buy gift for Ana",
            "her birthday is saturday so put it for friday",
            "Buy gift for Ana@2026-11-27",
        ),
        (
            "add order the cake",
            "the party's on sunday, so put it for thursday",
            "Order the cake@2026-11-26",
        ),
        (
            "add get flowers for mum",
            "mother's day is on sunday so make it saturday",
            "Get flowers for mum@2026-11-28",
        ),
        (
            "add buy the wrapping paper",
            "xmas dinner's on friday so can you put it for wednesday",
            "Buy the wrapping paper@2026-11-25",
        ),
    ],
)
async def test_the_task_just_added_gets_the_day_asked_for(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    added: str,
    message: str,
    after: str,
) -> None:
    state, _ = await play(store, session_for, SEEDS, [added, message])
    assert state == sorted([*SEEDS.split("|"), after])


@pytest.mark.parametrize(
    ("seeds", "message", "renamed"),
    [
        (
            "Call Ahmed|Go to the gym|Buy kahk for Eid",
            "please delete gym task, I stop going. and the task call Ahmed, make it call "
            "Ahmed about the apartment",
            {"Go to the gym": "deleted"},
        ),
        ("Call Ahmed|Buy bread", "the task call Ahmed, make it call Ahmed about the rent", {}),
        (
            "Text Khaled|Buy bread",
            "the todo text Khaled, change it to text Khaled about the keys",
            {},
        ),
        (
            "Ring Mohammed|Buy bread",
            "task ring Mohammed - rename it to ring Mohammed re the van",
            {},
        ),
    ],
)
async def test_a_task_named_as_a_task_is_renamed_never_ticked(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    renamed: dict[str, str],
) -> None:
    state, _ = await play(store, session_for, seeds, [message])
    assert not any(t.endswith(":done") for t in state)
    assert len(state) == len(seeds.split("|")) - len(renamed)
    assert any(" about " in t or " re " in t for t in state)


@pytest.mark.parametrize(
    ("seeds", "messages", "changes"),
    [
        # a thing on a day, added with "it" on that day: added
        ("Call mum", ["mum's birthday is on the 12th. put it for the 12th"], None),
        # "it" with no task just added asks
        (
            "Call mum|Buy gift for Ana|Book flights",
            ["her birthday is saturday so put it for friday"],
            {},
        ),
        ("Call mum|Buy gift for Ana", ["the one I just added, put it for saturday"], {}),
        # done said of a task named as a task is done
        ("Call Ahmed|Buy bread", ["the task call Ahmed is done"], {"Call Ahmed": "done"}),
        (
            "Call Ahmed|Email Khaled",
            ["called ahmed and emailed khaled"],
            {"Call Ahmed": "done", "Email Khaled": "done"},
        ),
    ],
)
async def test_near_misses(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
    changes: dict[str, str] | None,
) -> None:
    if changes is None:
        state, _ = await play(store, session_for, seeds, messages)
        assert state == sorted([*seeds.split("|"), "Mum's birthday@2026-12-12"])
        return
    await assert_changes(store, session_for, seeds, messages, changes)
