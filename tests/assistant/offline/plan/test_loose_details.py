"""The plan stage, the details of a task said loosely, the way people type: a tag said after an
add ("put tag flat", "label uni") and a level said before it ("urgent!! call the bank")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@pytest.mark.parametrize(
    ("said", "title", "tags"),
    [
        ("add clean the bathroom, is my turn this week 🙃 put tag flat", "Clean the bathroom",
         ["flat"]),
        ("add clean the bathroom put tag flat", "Clean the bathroom", ["flat"]),
        ("add clean the bathroom, under flat", "Clean the bathroom", ["flat"]),
        ("add buy bin bags, tag flat pls", "Buy bin bags", ["flat"]),
        ("add buy bin bags, put it in flat tag", "Buy bin bags", ["flat"]),
        ("add buy bin bags, label flat", "Buy bin bags", ["flat"]),
        ("add buy bin bags - add tag flat", "Buy bin bags", ["flat"]),
        ("add buy bin bags put under the flat tag", "Buy bin bags", ["flat"]),
        ("add buy bin bags, tags flat and home", "Buy bin bags", ["flat", "home"]),
        ("add buy bin bags #flat", "Buy bin bags", ["flat"]),
    ],
)  # fmt: skip
async def test_a_tag_said_after_an_add_is_its_tag(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    tags: list[str],
) -> None:
    await session_for(store).say(said)
    assert [(t["title"], t["tags"]) for t in store.tasks.values()] == [(title, tags)]


@pytest.mark.parametrize("then", ["tag flat", "put tag flat", "#flat", "label it flat"])
async def test_a_tag_said_alone_after_an_add_tags_it(
    store: TaskStore, session_for: Callable[..., ChatSession], then: str
) -> None:
    session = session_for(store)
    await session.say("add buy bin bags")
    await session.say(then)
    assert [(t["title"], t["tags"]) for t in store.tasks.values()] == [("Buy bin bags", ["flat"])]


@pytest.mark.parametrize(
    ("said", "title", "level"),
    [
        ("top prio: renew passport", "Renew passport", "high"),
        ("top prio. renew passport", "Renew passport", "high"),
        ("urgent!! call the bank", "Call the bank", "high"),
        ("this is urgent, add call the plumber", "Call the plumber", "high"),
        ("important!! can you add renew passport", "Renew passport", "high"),
        ("not urgent: clean the garage", "Clean the garage", "low"),
    ],
)
async def test_a_level_said_first_is_the_priority_of_the_task_after_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, level: str
) -> None:
    await session_for(store).say(said)
    assert [(t["title"], t["priority"]) for t in store.tasks.values()] == [(title, level)]


async def test_a_level_said_first_then_also_add_is_the_level_of_the_task_before(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    session = session_for(store)
    await session.say("add call mom")
    await session.say("urgent! also add buy milk")
    assert [(t["title"], t["priority"]) for t in store.tasks.values()] == [
        ("Call mom", "high"),
        ("Buy milk", None),
    ]


@pytest.mark.parametrize(
    "said", ["show me the important stuff", "what's urgent?", "list my important tasks"]
)
async def test_important_in_a_listing_is_a_filter_and_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Pay rent", priority="high")
    store.create("Print important documents")
    result = await session_for(store).say(said)
    assert store.titles() == ["Pay rent", "Print important documents"]
    assert "Pay rent" in result.reply and "Print important documents" not in result.reply
