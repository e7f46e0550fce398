"""The plan stage, tasks named by their place after a listing or adds, and a bare follow-up
that repeats the change just made: "the middle one can go" (the one half way down the list
shown), "the last one can go i never use it anyway" (a reason with no pause), "actually scratch
the last one i added", "ok did the rogers call this morning, and the last one can go" (a deed
told with its "i" left out), and after "the second one is done" a bare "and the last one too"
(that change again, to that task). Never harm: with no list shown, with a list of even length
("the middle one"), or with no single change just made, it asks or changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

THREE = "Book the boiler service|Cancel gym membership|Buy stamps"
ROGERS = "Call Rogers about the bill|Pick up Timbits for the meeting|Renew library card"


@pytest.mark.parametrize(
    "said",
    [
        "the middle one can go, decided to keep going to be fair",
        "delete the middle one",
        "bin the one in the middle",
        "the middle one can go i never go anyway",
        "scratch the middle one",
    ],
)
async def test_the_middle_one_of_a_list_shown(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(
        store, session_for, THREE, ["what's on my list", said], {"Cancel gym membership": "deleted"}
    )


async def test_the_middle_one_done(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        THREE,
        ["show my list", "the middle one is done"],
        {"Cancel gym membership": "done"},
    )


@pytest.mark.parametrize(
    ("seeds", "messages"),
    [
        (THREE + "|Call mum", ["what's on my list", "the middle one can go"]),  # even: two
        (THREE, ["the middle one can go"]),  # no list shown
        (THREE, ["delete the one in the middle"]),
    ],
)
async def test_a_middle_not_clear_asks(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, messages: list[str]
) -> None:
    reply = await assert_changes(store, session_for, seeds, messages)
    assert "?" in reply


@pytest.mark.parametrize(
    "said",
    [
        "the last one can go i never use it anyway",
        "the last one can go, never use it",
        "the bottom one can go we sorted it another way",
        "the last one can go because i dont drive any more",
    ],
)
async def test_a_place_can_go_with_a_reason(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(
        store,
        session_for,
        ROGERS,
        ["which ones r still open", said],
        {"Renew library card": "deleted"},
    )


async def test_a_deed_told_without_its_i_then_a_place(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        ROGERS,
        [
            "which ones r still open",
            "ok did the rogers call this morning, and the last one can go i never use it anyway",
        ],
        {"Call Rogers about the bill": "done", "Renew library card": "deleted"},
    )


@pytest.mark.parametrize(
    "said", ["did the plumber come yesterday", "did the plumber call this morning?"]
)
async def test_a_question_of_someone_elses_doing_ticks_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, "Call the plumber|Buy stamps", [said])


@pytest.mark.parametrize(
    "said",
    [
        "actually scratch the last one i added, we still have a full bag",
        "scratch the last one i added",
        "delete the last one i added",
        "actually bin the one i just added",
    ],
)
async def test_the_last_one_added_goes(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    state, _ = await play(
        store, session_for, "Buy stamps", ["add pick up dog food", "and cat litter", said]
    )
    assert state == ["Buy stamps", "Pick up dog food"]


@pytest.mark.parametrize(
    ("first", "again", "changes"),
    [
        (
            "the second one is done",
            "and the last one too",
            {"Pick up Timbits for the meeting": "done", "Renew library card": "done"},
        ),
        (
            "the second one is done",
            "the first one as well",
            {"Pick up Timbits for the meeting": "done", "Call Rogers about the bill": "done"},
        ),
        (
            "delete the timbits one",
            "and the library one as well",
            {"Pick up Timbits for the meeting": "deleted", "Renew library card": "deleted"},
        ),
        (
            "tick off 2",
            "same with 3",
            {"Pick up Timbits for the meeting": "done", "Renew library card": "done"},
        ),
        (
            "mark the rogers one done",
            "oh and the last one too",
            {"Call Rogers about the bill": "done", "Renew library card": "done"},
        ),
    ],
)
async def test_a_bare_follow_up_repeats_the_change(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    first: str,
    again: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, ROGERS, ["show me my tasks", first, again], changes)


@pytest.mark.parametrize(
    "messages",
    [
        ["show me my tasks", "and the last one too"],  # no change just made
        ["and the last one too"],
        ["show me my tasks", "add buy milk", "and the last one too"],  # an add is no change of one
    ],
)
async def test_a_bare_follow_up_with_no_change_to_repeat_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], messages: list[str]
) -> None:
    state, _ = await play(store, session_for, ROGERS, messages)
    assert all(not t.endswith(":done") for t in state) and len(state) >= 3


@pytest.mark.parametrize("said", ["thanks, you too", "me too", "you too lol"])
async def test_chatter_with_too_repeats_no_change(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(
        store,
        session_for,
        ROGERS,
        ["tick off 2", said],
        {"Pick up Timbits for the meeting": "done"},
    )
