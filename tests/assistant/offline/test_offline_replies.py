"""The reply sentences: what the assistant says it did."""

from __future__ import annotations

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
