"""The understand stage, text in quotes anywhere in a message: it is kept as written and never
breaks the reading. Every reader that names a task from a clause gets the clause's quotes (a
reader given none once raised IndexError on "the task 'buy unga' please change it to ...", and
the chat answered 503)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from tests.assistant.offline.understand.reading import one, parse


@pytest.mark.parametrize(
    ("message", "kind", "named"),
    [
        ("the task 'buy unga' please change it to buy unga and sukuma", "rename", "buy unga"),
        ("'buy unga' is done", "complete", "buy unga"),
        ("oops i marked 'taxes done' by accident, can u undo that", "reopen", "taxes done"),
        ("the 'Costco run' one, move it to friday", "due", "Costco run"),
    ],
)
def test_a_task_named_in_quotes_is_named_as_written(message: str, kind: str, named: str) -> None:
    intent = one(message)
    assert intent.kind == kind
    assert intent.target is not None and named in intent.target.text


def _said() -> list[str]:
    data = resources.files("todochat.clients.evaluation") / "data" / "assistant-dev.jsonl"
    cases = [json.loads(line) for line in data.read_text().splitlines() if line.strip()]
    return [m for case in cases for m in case["say"]]


def _quoted(message: str) -> list[str]:
    """The message with each third pair of words in quotes."""
    words = message.split()
    return [
        " ".join([*words[:i], "'" + " ".join(words[i : i + 2]) + "'", *words[i + 2 :]])
        for i in range(0, max(1, len(words) - 1), 3)
    ]


def test_quotes_anywhere_in_the_dev_set_never_break_the_reading() -> None:
    said = _said()
    assert len(said) >= 50
    for message in said:
        for variant in _quoted(message):
            parse(variant)  # raises if a reader loses the quotes
