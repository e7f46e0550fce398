"""The plan stage, a group of tasks named by a phrase they share: "delete the school camp
ones", "tag the netball stuff as kids", "the two tasks of buying there" after "I went to
Éxito". A plural head ("ones", "stuff", "things", "tasks", "bits", "jobs", "items") after the
words names every task carrying them, for any change asked (done, delete, tag, priority, due,
repeat); before, each such request asked which one was meant.

A group named by several words takes the tasks carrying all of them: "all the wedding
committee things" is never 'Buy gift for Njeri's wedding' (it ticked it), nor "the school camp
ones" 'Pay school donation'. "The bins thing should be every fortnight not every week" is the
one task that repeats every week: the value the message says to replace picks it out.

Never harm: "the netball one" (singular) with two netball tasks still asks; a group whose
a task carrying only one of its words is no part of it; a count said ("the two vet tasks") that the
tasks do not fit asks; a value to replace that no task (or both) carries asks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

Seed = str | tuple[str, dict[str, Any]]


def _state(store: TaskStore) -> dict[str, tuple[Any, ...]]:
    """Each task by title: done, priority, due day, repeat, tags."""
    return {
        t["title"]: (
            bool(t["completed"]),
            t["priority"] or "none",
            t["due_date"],
            t["repeat_text"],
            tuple(sorted(t["tags"] or [])),
        )
        for t in store.tasks.values()
    }


async def _play(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: list[Seed], message: str
) -> tuple[dict[str, tuple[Any, ...]], dict[str, tuple[Any, ...]], str]:
    for s in seeds:
        title, extra = (s, {}) if isinstance(s, str) else s
        done = extra.pop("done", False) if extra else False
        task = store.create(title, **extra)
        task["completed"] = done
    before = _state(store)
    reply = (await session_for(store).say(message)).reply
    return before, _state(store), reply


_FIELD = {"done": 0, "priority": 1, "due": 2, "repeat": 3, "tags": 4}


def _expect(before: dict[str, tuple[Any, ...]], changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(before)
    for title, change in changes.items():
        if change == "deleted":
            del out[title]
            continue
        row = list(out[title])
        for field, value in change.items():
            row[_FIELD[field]] = value
        out[title] = tuple(row)
    return out


WEEKLY = {"repeat_text": "every week", "due_date": "2026-11-26"}

WORKS: list[tuple[list[Seed], str, dict[str, Any]]] = [
    (
        [
            "School camp form for Nikau",
            "Pay school donation",
            "School camp gear list",
            "Book Nikau's haircut",
        ],
        "delete the school camp ones, nikau's not going now",
        {"School camp form for Nikau": "deleted", "School camp gear list": "deleted"},
    ),
    (
        ["Netball uniform for Aroha", "Book Rarotonga flights", "Pay netball fees"],
        "tag the netball stuff as kids",
        {"Netball uniform for Aroha": {"tags": ("kids",)}, "Pay netball fees": {"tags": ("kids",)}},
    ),
    (
        ["Buy arepas at Éxito", "Pay Claro bill", "Buy milk at Éxito"],
        "I went to Éxito, the two tasks of buying there mark them done",
        {"Buy arepas at Éxito": {"done": True}, "Buy milk at Éxito": {"done": True}},
    ),
    (
        [("Put out bins", dict(WEEKLY)), "Pay bin charges"],
        "the bins thing should be every fortnight not every week, they changed the collection",
        {"Put out bins": {"repeat": "every 2 weeks"}},
    ),
    (
        [
            ("Wedding committee: collect pledges", {"done": True}),
            "Pay Zuku internet",
            "Wedding committee: book tent",
            "Buy gift for Njeri's wedding",
            "Wedding committee: confirm MC",
        ],
        "All the wedding committee things are done now, mark them",
        {
            "Wedding committee: book tent": {"done": True},
            "Wedding committee: confirm MC": {"done": True},
        },
    ),
    # invented
    (
        ["Swim club fees", "Swim club relay sheet", "Swim goggles for Tama", "Call plumber"],
        "mark the swim club ones done",
        {"Swim club fees": {"done": True}, "Swim club relay sheet": {"done": True}},
    ),
    (
        ["Renew passport for Mia", "Passport photos", "Book dentist"],
        "make the passport stuff high priority",
        {"Renew passport for Mia": {"priority": "high"}, "Passport photos": {"priority": "high"}},
    ),
    (
        ["Tax return", "Send tax docs to accountant", "Walk the dog"],
        "move the tax things to friday",
        {"Tax return": {"due": "2026-11-27"}, "Send tax docs to accountant": {"due": "2026-11-27"}},
    ),
    (
        ["Garage sale signs", "Garage sale float", "Fix garage door"],
        "delete both garage sale tasks, we cancelled it",
        {"Garage sale signs": "deleted", "Garage sale float": "deleted"},
    ),
    (
        ["Band practice snacks", "Band practice lift for Sam", "Order band tshirts"],
        "remove the band practice bits",
        {"Band practice snacks": "deleted", "Band practice lift for Sam": "deleted"},
    ),
    (
        ["Uni library books", "Uni fees instalment", "Call Gran"],
        "tag the uni stuff with study",
        {"Uni library books": {"tags": ("study",)}, "Uni fees instalment": {"tags": ("study",)}},
    ),
    (
        ["Book club: read chapter 3", "Book club: bring snacks", "Book flights to Perth"],
        "mark all the book club things done",
        {"Book club: read chapter 3": {"done": True}, "Book club: bring snacks": {"done": True}},
    ),
    (
        ["Vet appointment for Milo", "Pay vet bill", "Buy dog food"],
        "the two vet tasks are done",
        {"Vet appointment for Milo": {"done": True}, "Pay vet bill": {"done": True}},
    ),
    (
        ["Choir concert tickets", "Choir concert dress", "Choir fees"],
        "the choir concert ones are low priority",
        {"Choir concert tickets": {"priority": "low"}, "Choir concert dress": {"priority": "low"}},
    ),
    (
        [("Water the plants", dict(WEEKLY)), "Buy plant food"],
        "the plants thing should be every 3 days instead of every week",
        {"Water the plants": {"repeat": "every 3 days"}},
    ),
    (
        ["School camp form for Nikau", "Pay school donation", "School camp gear list"],
        "delete all the school camp ones",
        {"School camp form for Nikau": "deleted", "School camp gear list": "deleted"},
    ),
    (
        ["Buy arepas at Éxito", "Pay Claro bill", "Buy milk at Éxito"],
        "went to Éxito, tick both off",
        {"Buy arepas at Éxito": {"done": True}, "Buy milk at Éxito": {"done": True}},
    ),
    (
        ["Fence repair quote", "Fence paint", "Paint the bedroom"],
        "make the fence jobs low priority, they can wait",
        {"Fence repair quote": {"priority": "low"}, "Fence paint": {"priority": "low"}},
    ),
    (
        ["Buy gift for Njeri's wedding", "Wedding committee: book tent", "Pay Zuku"],
        "mark all the wedding committee things done",
        {"Wedding committee: book tent": {"done": True}},
    ),
    (
        ["Netball uniform for Aroha", "Book Rarotonga flights"],
        "tag the netball stuff as kids",
        {"Netball uniform for Aroha": {"tags": ("kids",)}},
    ),
]


@pytest.mark.parametrize(("seeds", "message", "changes"), WORKS, ids=[w[1] for w in WORKS])
async def test_a_group_named_by_a_phrase_is_each_task_carrying_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: list[Seed],
    message: str,
    changes: dict[str, Any],
) -> None:
    before, after, _ = await _play(store, session_for, seeds, message)
    assert after == _expect(before, changes)


NEAR_MISSES: list[tuple[list[Seed], str]] = [
    # singular: which one is asked
    (["Netball uniform for Aroha", "Pay netball fees", "Book flights"], "delete the netball one"),
    (["School camp form", "School camp gear list", "Pay school donation"], "tick off the camp one"),
    # a deed told of a thing ("school stuff bought"), not a group asked of
    (["Buy school shoes", "Buy school uniform", "Pay the gas bill"], "school stuff bought lol"),
    # a count the tasks do not fit
    (
        ["Vet appointment for Milo", "Pay vet bill", "Vet vaccine reminder"],
        "the two vet tasks are done",
    ),
    # the value to replace: no task carries it, or both do
    (
        ["Put out bins", "Pay bin charges"],
        "the bins thing should be every fortnight not every week",
    ),
    (
        [("Put out bins", dict(WEEKLY)), ("Pay bin charges", dict(WEEKLY))],
        "the bins thing should be every fortnight not every week",
    ),
    # a singular "it" after a visit to a place two tasks carry
    (
        ["Buy arepas at Éxito", "Pay Claro bill", "Buy milk at Éxito"],
        "I went to Éxito, mark it done",
    ),
    # "both" after a visit to a place three tasks carry
    (
        ["Buy arepas at Éxito", "Buy milk at Éxito", "Buy eggs at Éxito"],
        "went to Éxito, tick both off",
    ),
    # words no task carries
    (["Netball uniform for Aroha", "Pay netball fees"], "delete the hockey stuff"),
]


@pytest.mark.parametrize(("seeds", "message"), NEAR_MISSES, ids=[n[1] for n in NEAR_MISSES])
async def test_a_group_not_named_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: list[Seed], message: str
) -> None:
    before, after, _ = await _play(store, session_for, seeds, message)
    assert after == before
