"""The plan stage, an undo asked with the change it means, when the latest change is another
one (the user's own, made elsewhere): the change described is undone on its task, or nothing is
and the reply says what to say instead; the undo tool never takes back an unrelated change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import SPEC_TOOLS, ChatSession, TaskStore, build_tools


def with_unrelated_last_change(store: TaskStore) -> ChatSession:
    """'Submit timesheet' done, then 'Order new uniform' deleted elsewhere: the undo tool's
    latest change is that delete."""
    store.create("Submit timesheet")["completed"] = True
    store.create("Pay the window cleaner")
    store.delete_task({"task_id": store.create("Order new uniform")["id"]})
    return ChatSession(store, tools=build_tools(store, [*SPEC_TOOLS, "undo", "restore_task"]))


def titles(store: TaskStore) -> list[str]:
    return sorted(t["title"] for t in store.tasks.values())


@pytest.mark.parametrize(
    "message",
    [
        "oops i marked submit timesheet as done by accident, havent sent it yet. can u undo that",
        "i accidentally ticked off the timesheet, undo pls",
        "undo marking submit timesheet done",
        "you marked the timesheet one complete by mistake, put it back",
    ],
)
async def test_a_completion_described_reopens_it_and_leaves_the_latest_change(
    store: TaskStore, message: str
) -> None:
    session = with_unrelated_last_change(store)
    turn = await session.say(message)
    assert ("undo", {}) not in turn.tool_calls
    assert store.tasks[1]["completed"] is False
    assert titles(store) == ["Pay the window cleaner", "Submit timesheet"]  # uniform stays out


async def test_an_edit_described_that_was_not_the_latest_change_changes_nothing(
    store: TaskStore,
) -> None:
    session = with_unrelated_last_change(store)
    turn = await session.say("i renamed pay the window cleaner by mistake, can you undo that")
    assert [name for name, _ in turn.tool_calls if name != "list_tasks"] == []
    assert titles(store) == ["Pay the window cleaner", "Submit timesheet"]
    assert "haven't undone anything" in turn.reply


async def test_a_date_change_described_that_was_not_the_latest_asks_when(
    store: TaskStore,
) -> None:
    session = with_unrelated_last_change(store)
    turn = await session.say("i moved the window cleaner to friday by mistake, undo that")
    assert [name for name, _ in turn.tool_calls if name != "list_tasks"] == []
    assert "When should 'Pay the window cleaner'" in turn.reply


async def test_an_edit_described_that_was_my_last_change_is_undone(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Buy milk")
    session = session_for(store)
    await session.say("rename buy milk to buy oat milk")
    await session.say("oops i renamed the milk by mistake, undo that")
    assert titles(store) == ["Buy milk"]


@pytest.mark.parametrize(
    "message",
    [
        "undo that",
        "i changed my mind, undo that",
        "wait no undo that, wrong one 🤦‍♀️",
        "oops wrong one, undo",
        "undo that one pls",
        "wrong one!! undo",
        "no wait undo that, got mixed up",
        "ugh undo that, was confused",
    ],
)
async def test_a_plain_undo_still_takes_back_the_latest_change(
    store: TaskStore, message: str
) -> None:
    session = with_unrelated_last_change(store)
    turn = await session.say(message)
    assert turn.tool_calls == [("undo", {})]
    assert "Order new uniform" in titles(store)


@pytest.mark.parametrize(
    "correction",
    [
        "wait no sorry i meant the 3rd one. the ferns still need water, undo that",
        "no wait, i meant the third one",
        "not that one, i meant the 3rd",
    ],
)
async def test_an_undo_runs_alone_before_the_change_said_with_it(
    store: TaskStore, correction: str
) -> None:
    """The calls of one model answer run at once: an undo sent beside the completion it makes
    room for could reopen that completion instead of the one it means (with the undo tool,
    the server's latest change would be the new completion). Without the undo tool the undo
    is a reopening of the task, made alone, then the completion meant."""
    for title in ("Buy oat milk", "Water the ferns", "Text Maya back"):
        store.create(title)
    session = ChatSession(store)
    await session.say("what's on my list")
    await session.say("ok the 2nd one's done")
    turn = await session.say(correction)
    assert turn.tool_calls == [
        ("update_task", {"task_id": 2, "completed": False}),
        ("complete_task", {"task_id": 3}),
    ]
    assert [step for step in turn.steps if step] == [["update_task"], ["complete_task"]]
    assert store.titles(done=True) == ["Text Maya back"]


@pytest.mark.parametrize("with_trash", [False, True])
@pytest.mark.parametrize(
    ("listing", "said", "still_done"),
    [
        ("what have i finished?", "put the first one back", "Return the library books"),
        ("show my completed tasks", "bring back the second one", "Pay the gas bill"),
        ("which ones are done", "put the last one back pls", "Pay the gas bill"),
    ],
)
async def test_putting_back_a_completed_task_just_listed_reopens_it(
    store: TaskStore, with_trash: bool, listing: str, said: str, still_done: str
) -> None:
    """ "put the first one back" after a list of completed tasks re-added a copy of it."""
    for title in ("Pay the gas bill", "Return the library books"):
        store.create(title)["completed"] = True
    store.create("Wash the car")
    names = [*SPEC_TOOLS, "undo", "restore_task"] if with_trash else list(SPEC_TOOLS)
    session = ChatSession(store, tools=build_tools(store, names))
    await session.say(listing)
    await session.say(said)
    assert len(store.tasks) == 3
    assert store.titles(done=True) == [still_done]


async def test_putting_back_an_open_task_just_listed_changes_nothing(store: TaskStore) -> None:
    store.create("Pay the gas bill")
    store.create("Wash the car")
    session = ChatSession(store, tools=build_tools(store, [*SPEC_TOOLS, "undo", "restore_task"]))
    await session.say("show my list")
    await session.say("put the first one back")
    assert store.titles() == ["Pay the gas bill", "Wash the car"]
    assert store.titles(done=True) == []


# ---------------------------------------------------------------- an undo with the task meant


def _after(store: TaskStore, seeds: list[str]) -> ChatSession:
    for title in seeds:
        store.create(title)
    return ChatSession(store, tools=build_tools(store, [*SPEC_TOOLS, "undo", "restore_task"]))


_CLINICS = ["Book dentist cleaning", "Book optometrist appt for Noah", "Buy diapers"]


@pytest.mark.parametrize(
    "message",
    [
        "undo that and mark the optometrist one",
        "wait no I mixed them up, it was the optometrist. undo that and do that one instead",
        "undo that and do the optometrist one instead",
        "undo that. tick off the optometrist one",
        "oops undo, i wanted the optometrist appt",
        "ugh undo that, it was the optometrist i booked",
        "undo it then complete the optometrist one",
        "undo that and complete the optometrist one",
    ],
)
async def test_an_undo_with_the_task_meant_moves_the_completion(
    store: TaskStore, message: str
) -> None:
    session = _after(store, _CLINICS)
    await session.say("mark the dentist one done")
    assert store.tasks[1]["completed"] is True
    turn = await session.say(message)
    assert ("undo", {}) in turn.tool_calls
    assert [t["completed"] for t in store.tasks.values()] == [False, True, False]


@pytest.mark.parametrize(
    "message",
    [
        "ugh sorry, undo that — I do still need to go",
        "undo that – wrong one",
        "undo that and delete the diapers one instead",
    ],
)
async def test_an_undo_after_a_delete_brings_the_task_back(store: TaskStore, message: str) -> None:
    session = _after(store, _CLINICS)
    await session.say("delete the dentist task")
    assert 1 not in store.tasks
    await session.say(message)
    assert 1 in store.tasks
    assert (3 in store.tasks) is ("diapers" not in message)


@pytest.mark.parametrize(
    ("message", "done"),
    [
        # a change of another kind beside the undo is its own request
        ("undo that and delete the diapers", [False, False]),
        # "that one" with nothing named: only the undo
        ("undo that and do that one instead", [False, False, False]),
        ("undo that, it was a mistake", [False, False, False]),
        ("undo that and show me what's left", [False, False, False]),
    ],
)
async def test_an_undo_with_no_task_meant_only_undoes(
    store: TaskStore, message: str, done: list[bool]
) -> None:
    session = _after(store, _CLINICS)
    await session.say("mark the dentist one done")
    turn = await session.say(message)
    assert ("undo", {}) in turn.tool_calls
    assert [t["completed"] for t in store.tasks.values()] == done


@pytest.mark.parametrize(
    "message", ["revert that, it was a mistake", "undo that, it's wrong", "undo, my bad"]
)
async def test_a_remark_on_the_change_names_no_task(store: TaskStore, message: str) -> None:
    session = _after(store, ["Book dentist cleaning", "Fix the mistake in the invoice"])
    await session.say("mark the dentist one done")
    await session.say(message)
    assert [t["completed"] for t in store.tasks.values()] == [False, False]


_SUBS = ["Cancel Sky Sports subscription", "Book eye test at Specsavers", "Buy a leaving present"]


@pytest.mark.parametrize(
    "message",
    [
        "argh no undo that!! wrong one, I meant get rid of the Sky one",
        "wrong one, i meant delete the sky one",
        "undo that, i wanted to bin the sky sports one",
        "no not that one, i meant remove the sky subscription",
    ],
)
async def test_the_task_meant_said_with_its_verb_gets_the_change(
    store: TaskStore, message: str
) -> None:
    session = _after(store, _SUBS)
    await session.say("bin the eye test one")
    await session.say(message)
    assert sorted(t["title"] for t in store.tasks.values()) == [
        "Book eye test at Specsavers",
        "Buy a leaving present",
    ]


# ---------------------------------------------------------------- a remark with the undo


@pytest.mark.parametrize(
    "message",
    [
        "hold on i havent actually started it, undo",
        "nope, I didn't do that one yet. undo",
        "argh not finished yet, pls undo that",
        "hmm i haven't done it yet – revert it",
        "undo that, not done yet",
    ],
)
async def test_a_remark_before_an_undo_reopens_and_says_nothing_else(
    store: TaskStore, message: str
) -> None:
    session = _after(store, _CLINICS)
    await session.say("mark the dentist one done")
    turn = await session.say(message)
    assert [name for name, _ in turn.tool_calls] == ["undo"]
    assert [t["completed"] for t in store.tasks.values()] == [False, False, False]
    assert "pending" not in turn.reply


@pytest.mark.parametrize(
    ("message", "listed"),
    [
        ("oh no I still need that one, undo it", False),
        ("undo that — we do still need it", False),
        ("undo that and show me my list", True),
        ("undo that. what's still to do?", True),
    ],
)
async def test_beside_an_undo_only_a_listing_asked_for_lists(
    store: TaskStore, message: str, listed: bool
) -> None:
    session = _after(store, _CLINICS)
    await session.say("delete the dentist task")
    turn = await session.say(message)
    assert 1 in store.tasks
    assert ("list_tasks" in [name for name, _ in turn.tool_calls]) is listed


@pytest.mark.parametrize(
    "message", ["add pick up the cake, then undo", "mark the diapers one done, undo"]
)
async def test_a_request_before_an_undo_is_still_read(store: TaskStore, message: str) -> None:
    session = _after(store, _CLINICS)
    await session.say("mark the dentist one done")
    turn = await session.say(message)
    assert ("undo", {}) in turn.tool_calls
    assert len([name for name, _ in turn.tool_calls if name != "list_tasks"]) == 2
