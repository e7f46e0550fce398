"""The reply sentences: what the assistant says it did."""

from __future__ import annotations

import pytest

from todochat.assistant.offline import replies
from todochat.assistant.offline.matching import TaskInfo
from todochat.assistant.offline.replies import acted

TASK = TaskInfo(3, "Patch Exchange server")


def test_tags_set_are_said_as_a_list() -> None:
    said = acted("tag", [TASK], priority="infra,security")
    assert said == "I've tagged 'Patch Exchange server' (#3) infra and security."
    assert acted("tag", [TASK], priority="garden-club").endswith(" garden-club.")


def test_tags_removed_are_said_as_a_list() -> None:
    said = acted("tag", [TASK], priority="-infra,security")
    assert said == "I've removed the tag infra and security from 'Patch Exchange server' (#3)."


@pytest.mark.parametrize(
    ("said", "now"),
    [
        (
            "Which one did you mean? I haven't changed anything yet.",
            "Which one did you mean? I haven't made that change yet.",
        ),
        (
            "I couldn't find a task matching 'x', so I haven't changed anything. Say 'show'",
            "I couldn't find a task matching 'x', so I haven't made that change. Say 'show'",
        ),
        (
            "so I haven't brought anything back or changed anything. To restore",
            "so I haven't brought anything back. To restore",
        ),
    ],
)
def test_a_turn_that_changed_something_never_says_nothing_changed(said: str, now: str) -> None:
    assert replies.nothing_else_changed(said) == now
