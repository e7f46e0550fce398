"""Helpers for the understand stage's tests: a message read on a fixed day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from todochat.assistant.offline.understand import Intent, parse_message
from todochat.tasks.dates import Due, parse_due, time_zone

TODAY = date(2026, 11, 23)  # a Monday


def parse(text: str) -> tuple[Intent, ...]:
    return parse_message(text, TODAY)


def one(text: str) -> Intent:
    intents = parse(text)
    assert len(intents) == 1, intents
    return intents[0]


def when(words: str) -> Due:
    """The due date the tools store for ``words`` on TODAY (the words may differ, as
    "friday at half past nine in the morning" and "friday at 9:30am" do; the date may not)."""
    return parse_due(
        words, now=datetime.combine(TODAY, time(10), tzinfo=UTC), zone=time_zone("UTC")
    )
