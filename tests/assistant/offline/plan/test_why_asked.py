"""The plan stage, why a question is asked, said after it: "tryna see if i can go out
tonight", "want to know if i can take friday off", "just wondering", "hoping to sleep in
tomorrow" after a listing or a count tells why the user asks and adds nothing (word list
why_asked; "tryna" is chat for "trying to"). Never harm: a request after the question
("what's due today? add call the bank tomorrow") is still made, and the answer is given."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

SEEDS = ("Walk the dog", "Pay the gas bill", "Email Sam:done")


def _state(store: TaskStore) -> list[tuple[str, bool, str | None]]:
    return sorted((t["title"], t["completed"], t["due_date"]) for t in store.tasks.values())


def _seed(store: TaskStore) -> None:
    for seed in SEEDS:
        title, _, done = seed.partition(":")
        store.create(title)["completed"] = bool(done)


@pytest.mark.parametrize(
    "said",
    [
        "how many left to do? tryna see if i can go out tonight",
        "how many tasks are pending? trying to work out if i can take friday off",
        "what's due today? want to know if i can leave early tonight",
        "what's still open? wanna see if i can chill this weekend lol",
        "how many things left, just wondering if i can sleep in tomorrow",
        "what have i got on? hoping to get to the beach on saturday",
        "anything pending? i was wondering if i could skip the gym tonight",
    ],
)
async def test_why_a_question_is_asked_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    _seed(store)
    before = _state(store)
    reply = (await session_for(store).say(said)).reply
    assert _state(store) == before
    assert "added" not in reply.lower()


@pytest.mark.parametrize(
    ("said", "title"),
    [
        # a request after the question is made
        ("what's due today? add call the bank tomorrow", "Call the bank"),
        ("how many left? also remind me to buy bread tonight", "Buy bread"),
        ("what's pending? pls add book the mechanic friday", "Book the mechanic"),
        # why asked, said without a question before it: a task all the same
        ("want to know if the shop has eggs, add check the shop tomorrow", "Check the shop"),
    ],
)
async def test_never_harm_a_request_after_a_question_is_made(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    _seed(store)
    await session_for(store).say(said)
    added = [
        t["title"]
        for t in store.tasks.values()
        if t["title"] not in {"Walk the dog", "Pay the gas bill", "Email Sam"}
    ]
    assert added == [title]
    assert not any(t["completed"] for t in store.tasks.values() if t["title"] != "Email Sam")


@pytest.mark.parametrize(
    "said",
    [
        "how many pending left? tryna see if i can go out tonight lol",
        "how many tasks left? just wondering",
    ],
)
async def test_never_harm_the_count_is_still_answered(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    _seed(store)
    reply = (await session_for(store).say(said)).reply
    assert "2" in reply
