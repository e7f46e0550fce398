"""Social messages are answered, never taken for requests."""

from __future__ import annotations

import pytest

from todochat.assistant.offline.social import read_social


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hey there", "greet"),
        ("how's it going", "greet"),
        ("thanks a lot", "thanks"),
        ("ok cool", "thanks"),
        ("what can you do?", "help"),
        ("bye for now", "bye"),
    ],
)
def test_social_kinds(text: str, kind: str) -> None:
    intent = read_social(text)
    assert intent is not None and intent.kind == kind


def test_a_request_is_not_social() -> None:
    assert read_social("thanks, now add milk") is None
