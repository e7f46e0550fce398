"""The plan stage, a title put on the list with no place said: "put" (or "pop", "stick") then
a quoted title, or one that starts with a verb of a task, with its tag ("with the tag X", "with
tag X", "tagged X") or date, is that task to add ("put 'fix the gate latch' with the tag
casa", "pop email the accountant tagged work"). Never harm: a put that names a task on the list
("put the ferns one under garden", "put 'water the ferns' as done") is that edit, and an
unquoted put with nothing understood after it ("put call the council in admin") adds nothing
("put the bins out" is a deed of its own: test_adds_put_on_with_when)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

SEEDS = ("Water the ferns", "Walk the dog")


def _added(store: TaskStore) -> list[tuple[str, str | None, list[str]]]:
    return [
        (t["title"], t["priority"], t["tags"])
        for t in store.tasks.values()
        if t["title"] not in SEEDS
    ]


def _seeds(store: TaskStore) -> list[tuple[str, bool, list[str]]]:
    return [
        (t["title"], t["completed"], t["tags"]) for t in store.tasks.values() if t["title"] in SEEDS
    ]


@pytest.mark.parametrize(
    ("said", "title", "level", "tags"),
    [
        ("put 'fix the gate latch' with the tag casa", "Fix the gate latch", None, ["casa"]),
        ("pls put 'ring the insurer about the claim' with tag admin",
         "Ring the insurer about the claim", None, ["admin"]),
        ("stick 'order printer ink' tagged office", "Order printer ink", None, ["office"]),
        ("pop email the accountant tagged work", "Email the accountant", None, ["work"]),
        ("put book the electrician with the tag house", "Book the electrician", None, ["house"]),
        ("put 'renew the car rego' with the tags car and admin", "Renew the car rego", None,
         ["car", "admin"]),
        ("put 'sort the loft'", "Sort the loft", None, []),
    ],
)  # fmt: skip
async def test_a_title_put_with_its_tag_is_added(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    level: str | None,
    tags: list[str],
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert _added(store) == [(title, level, tags)]
    assert _seeds(store) == [(s, False, []) for s in SEEDS]


@pytest.mark.parametrize(
    ("said", "seeds"),
    [
        # where it goes, said in no way a tag is read: nothing added
        ("put call the council in admin", [(s, False, []) for s in SEEDS]),
        ("put water the plants", [(s, False, []) for s in SEEDS]),
        ("put it under garden", [(s, False, []) for s in SEEDS]),
        # a task on the list named: that edit, no add
        ("put the ferns one under garden", [("Water the ferns", False, ["garden"]),
                                            ("Walk the dog", False, [])]),
        ("put 'water the ferns' as done", [("Water the ferns", True, []),
                                           ("Walk the dog", False, [])]),
    ],
)  # fmt: skip
async def test_never_harm_a_put_that_is_no_new_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    seeds: list[tuple[str, bool, list[str]]],
) -> None:
    for seed in SEEDS:
        store.create(seed)
    await session_for(store).say(said)
    assert _added(store) == []
    assert _seeds(store) == seeds
