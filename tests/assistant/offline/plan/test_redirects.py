"""The plan stage, a change sent to the wrong task: "no not that one, the X" right after one
task was completed, deleted or reopened undoes that change and makes it to
the task meant; a task meant that is unclear is asked about; after an add, "I meant X" still
corrects the words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes


def seed(store: TaskStore) -> None:
    for title in ("Book the florist", "Pay the baker", "Email the caterer"):
        store.create(title)


@pytest.mark.parametrize(
    "message",
    [
        "no not that one, the baker",
        "oops wrong one! I meant the baker",
        "not the florist, the baker. florist is next week",
        "argh that's the wrong task, it should be the baker",
        "sorry i meant the baker not the florist",
        "no no not that one the baker",
        # "it was X, not Y"
        "wait no sorry it was the baker i paid, not the florist. can you fix that",
        "it's the baker I meant, not the florist",
        "no it was the baker not the florist",
        "oops it was the baker we paid not the florist one",
    ],
)
async def test_a_completion_of_the_wrong_task_moves_to_the_one_meant(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store)
    session = session_for(store)
    await session.say("tick off the florist")
    assert store.titles(done=True) == ["Book the florist"]
    await session.say(message)
    assert store.titles(done=True) == ["Pay the baker"]


@pytest.mark.parametrize(
    "message",
    [
        "whoops wrong one, it was the florist",
        "wait no, undo that one, wrong task. i meant the florist one",
        "undo that, i meant the florist",
        "no undo it, wrong one. the florist pls",
    ],
)
async def test_a_delete_of_the_wrong_task_brings_it_back_and_deletes_the_one_meant(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store)
    session = session_for(store)
    await session.say("delete the caterer one")
    await session.say(message)
    titles = sorted(store.titles())
    assert titles == ["Email the caterer", "Pay the baker"]


async def test_a_wrong_task_named_that_was_not_changed_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store)
    session = session_for(store)
    await session.say("tick off the florist")
    await session.say("not the caterer, the baker")
    assert store.titles(done=True) == ["Book the florist"]


async def test_an_unclear_task_meant_asks_after_undoing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed(store)
    store.create("Pay the plumber")
    session = session_for(store)
    await session.say("tick off the florist")
    turn = await session.say("no not that one, the pay one")
    assert store.titles(done=True) == []
    assert "?" in turn.reply


async def test_i_meant_after_an_add_still_corrects_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    session = session_for(store)
    await session.say("add buy almond milk")
    await session.say("i meant oat milk")
    assert store.titles() == ["Buy oat milk"]


DENTIST = "Call the dentist|Pay the dentist bill|Email the caterer"


def seed_dentist(store: TaskStore, *more: str) -> None:
    for title in ("Call the dentist", "Pay the dentist bill", "Email the caterer", *more):
        store.create(title)


@pytest.mark.parametrize(
    "message",
    [
        "no, the other one",
        "i meant the other one",
        "wrong one, the other one pls",
        "nope not that one, the other one",
        "the other one!",
    ],
)
async def test_the_other_one_after_a_change_moves_it_to_the_other_candidate(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed_dentist(store)
    session = session_for(store)
    await session.say("mark the dentist done")
    await session.say("the first one")
    assert store.titles(done=True) == ["Call the dentist"]
    await session.say(message)
    assert store.titles(done=True) == ["Pay the dentist bill"]


@pytest.mark.parametrize(
    ("messages", "changes"),
    [
        # the other one after a change by words is the other task they name
        (["delete call the dentist", "no, the other one"], {"Pay the dentist bill": "deleted"}),
        # a request for the other one keeps the first change
        (
            ["tick off call the dentist", "mark the other one done"],
            {"Call the dentist": "done", "Pay the dentist bill": "done"},
        ),
        # "the second one, not that" answers the question
        (["delete the dentist", "the second one, not that"], {"Pay the dentist bill": "deleted"}),
    ],
)
async def test_the_other_one_after_a_change_by_words_is_the_other_task_they_name(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    messages: list[str],
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, DENTIST, messages, changes)


async def test_the_other_of_two_asked_about_is_the_one_not_changed_before(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed_dentist(store)
    session = session_for(store)
    await session.say("move call the dentist to friday")
    turn = await session.say("mark the dentist done")
    assert "Which one" in turn.reply
    await session.say("the other one")
    assert store.titles(done=True) == ["Pay the dentist bill"]


@pytest.mark.parametrize("message", ["the other one", "mark the other one done"])
async def test_the_other_one_asks_when_it_is_not_clear(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed_dentist(store, "Book dentist checkup")
    session = session_for(store)
    await session.say("mark the dentist done")
    turn = await session.say(message)
    assert store.titles(done=True) == []
    assert "Which one" in turn.reply


async def test_the_other_one_of_three_after_a_change_asks_which(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seed_dentist(store, "Book dentist checkup")
    session = session_for(store)
    await session.say("tick off call the dentist")
    turn = await session.say("no, the other one")
    assert store.titles(done=True) == []
    assert "'Pay the dentist bill'" in turn.reply and "'Book dentist checkup'" in turn.reply


@pytest.mark.parametrize(
    "message", ["the other one is fine", "what about the other one?", "add the other one"]
)
async def test_a_remark_or_question_about_the_other_one_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed_dentist(store)
    session = session_for(store)
    await session.say("tick off call the dentist")
    await session.say(message)
    assert store.titles(done=True) == ["Call the dentist"]
    assert len(store.titles()) in (3, 4)


@pytest.mark.parametrize(
    "message",
    [
        # who did a deed, not which task
        "it was the baker who rang, not the florist",
        # the wrong one named was not the one changed
        "it was the baker i paid, not the caterer",
        # news: no "not"
        "it was the baker i paid yesterday",
    ],
)
async def test_it_was_x_that_names_no_wrong_change_moves_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store)
    session = session_for(store)
    await session.say("tick off the florist")
    await session.say(message)
    assert "Book the florist" in store.titles(done=True)
    assert "Email the caterer" not in store.titles(done=True)
