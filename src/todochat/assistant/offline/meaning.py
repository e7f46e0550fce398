"""What a message means: the data the understand stage hands to the planner.

An ``Intent`` is one thing the user asked for (add, complete, delete, ...); its ``Target``
is the phrase naming the task(s) it acts on, read but not yet resolved to ids (the planner
resolves it against the task list). Every stage after "understand" only sees these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Status = Literal["all", "pending", "completed"]
TargetKind = Literal["ids", "words", "it", "them", "ordinal", "all"]
IntentKind = Literal[
    "add",
    "list",
    "count",
    "status",
    "complete",
    "delete",
    "reopen",
    "rename",
    "describe",
    "priority",
    "due",
    "restore",
    "undo",
    "greet",
    "thanks",
    "help",
    "bye",
    "unknown",
]
Priority = Literal["low", "medium", "high"]

TARGETED_KINDS = frozenset(
    {"complete", "delete", "reopen", "rename", "describe", "status", "priority", "due", "restore"}
)
SOCIAL_KINDS = frozenset({"greet", "thanks", "help", "bye", "unknown"})


@dataclass(frozen=True)
class Target:
    """What a command points at: ids, title words, a pronoun, an ordinal or a scope."""

    kind: TargetKind
    ids: tuple[int, ...] = ()
    text: str = ""
    exact: bool = False
    ordinal: int = 0
    status: Status = "all"
    hint: str = ""
    within: tuple[int, ...] = ()
    span: int = 1
    ordinals: tuple[int, ...] = ()
    exclude: tuple[str, ...] = ()
    relative: bool = False


@dataclass(frozen=True)
class Intent:
    """One thing the user asked for, with the details a tool call needs."""

    kind: IntentKind
    target: Target | None = None
    title: str = ""
    description: str | None = None
    priority: Priority | None = None
    due: str | None = None
    status: Status = "all"
    query: str = ""
    text: str = ""
