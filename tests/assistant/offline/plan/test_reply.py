"""The plan stage's replies: what a listing of the tasks this chat added names."""

from __future__ import annotations

from collections.abc import Callable

from tests.assistant.offline.harness import ChatSession, TaskStore


async def test_what_did_i_just_add_names_the_tasks_this_chat_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Water the ferns")
    session = session_for(store)
    await session.say("add buy stamps")
    await session.say("and add mail the rent check")
    reply = (await session.say("ok wait what did i just add? i lost track")).reply
    assert "Buy stamps" in reply and "Mail the rent check" in reply
    assert "ferns" not in reply
    assert store.titles() == ["Water the ferns", "Buy stamps", "Mail the rent check"]


async def test_what_did_i_add_before_any_add_lists_everything(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Water the ferns")
    reply = (await session_for(store).say("what have i added so far?")).reply
    assert "Water the ferns" in reply
    assert store.titles() == ["Water the ferns"]
