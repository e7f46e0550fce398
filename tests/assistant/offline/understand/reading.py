"""Helpers for the understand stage's tests: a message read on a fixed day."""

from __future__ import annotations

from datetime import date

from todochat.assistant.offline.understand import Intent, parse_message

TODAY = date(2026, 11, 23)  # a Monday


def parse(text: str) -> tuple[Intent, ...]:
    return parse_message(text, TODAY)


def one(text: str) -> Intent:
    intents = parse(text)
    assert len(intents) == 1, intents
    return intents[0]
