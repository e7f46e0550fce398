"""The plan stage, a remark said around a request: "nah" before a delete ("nah forget the snags,
barbie's been called off cos of the rain"), why a repeat is asked after it ("can you make the
bins one repeat every tuesday, its always tuesday nights round here"), a voice assistant called
by name ("hey siri ..."), and the dropped g of chat ("every saturday mornin"). None of them is a
task or part of one. Never harm: "nah forget it" changes nothing; "google the recipe" is a task;
a day asked of a task ("can you make the bins one tuesday") is still its due date."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

BBQ = "Buy snags for the barbie|Mow the nature strip"
BINS = "Put the bins out|Ring Grandad"


@pytest.mark.parametrize(
    "message",
    [
        "nah forget the snags, barbie's been called off cos of the rain",
        "nah, forget the snags",
        "nah take off the snags one",
        "naw scratch the snags, nobody's coming",
    ],
)
async def test_nah_before_a_delete_deletes(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(
        store, session_for, BBQ, [message], {"Buy snags for the barbie": "deleted"}
    )


@pytest.mark.parametrize("message", ["nah forget it", "nah forget about it"])
async def test_nah_forget_it_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, BBQ, [message])


@pytest.mark.parametrize(
    ("message", "repeat"),
    [
        (
            "can you make the bins one repeat every tuesday, its always tuesday nights round here",
            "every tuesday",
        ),
        ("could you make the bins one repeat weekly", "weekly"),
        (
            "make the bins one repeat every tuesday, they're usually collected early",
            "every tuesday",
        ),
    ],
)
async def test_why_a_repeat_is_asked_is_no_part_of_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, repeat: str
) -> None:
    await assert_changes(store, session_for, BINS, [message])
    bins = next(t for t in store.tasks.values() if t["title"] == "Put the bins out")
    assert (bins["repeat_text"] or "").lower().replace("every week", "weekly") == repeat


async def test_a_day_asked_of_a_task_is_its_due_date(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        BINS,
        ["can you make the bins one tuesday"],
        {"Put the bins out": "@2026-11-24"},
    )


async def test_a_voice_assistant_called_by_name_is_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, BBQ, ["hey siri whats the weather like tomorrow"])


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("alexa, add buy milk", "Buy milk"),
        ("ok google remind me to call mum", "Call mum"),
        ("add google the recipe", "Google the recipe"),
    ],
)
async def test_a_request_after_a_name_is_made(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    state, _ = await play(store, session_for, BBQ, [message])
    assert state == expected(BBQ + "|" + title, {})


async def test_a_dropped_g_is_the_word(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await play(
        store, session_for, BBQ, ["chuck drench the hoggets on there, every saturday mornin ta"]
    )
    added = next(t for t in store.tasks.values() if t["title"].startswith("Drench"))
    assert added["title"] == "Drench the hoggets"
    assert "saturday" in (added["repeat_text"] or "").lower()
