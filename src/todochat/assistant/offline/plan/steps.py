"""The data the plan stage passes between its parts: planned calls, decisions, the tools on
offer, a target's resolution and an intent's outcome.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from todochat.assistant.offline import replies
from todochat.assistant.offline.matching import TaskInfo

MAX_TOOL_ROUNDS = 4


MUTATING = frozenset({"add_task", "complete_task", "delete_task", "update_task"})


FILTER_ARGS = ("due", "priority", "tag")


BARE_HOUR_RE = re.compile(r"(?:[01]?\d|2[0-3])(?::[0-5]\d)?")


ResolutionState = Literal["ready", "wait_list", "wait_trash", "wait_adds", "wait_due", "problem"]


Problem = Literal[
    "",
    "not_found",
    "ambiguous",
    "no_referent",
    "out_of_range",
    "empty_scope",
    "none_deleted",
    "id_or_place",
]


@dataclass(frozen=True)
class PlannedCall:
    """A tool call the model wants to make; ``key`` identifies it within a turn."""

    name: str
    args: Mapping[str, Any]

    @property
    def key(self) -> str:
        return call_key(self.name, self.args)


def call_key(name: str, args: Mapping[str, Any]) -> str:
    """A stable identity for a call, so a call is never made twice in one turn."""
    return name + json.dumps(args, sort_keys=True, separators=(",", ":"), default=str)


@dataclass(frozen=True)
class Decision:
    """Either calls to make now, or the final text."""

    calls: tuple[PlannedCall, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class ToolBox:
    """The tools the agent offers, by name, with the argument names each accepts."""

    params: Mapping[str, frozenset[str] | None] = field(default_factory=dict)

    @classmethod
    def from_tools(cls, tools: Iterable[Any]) -> ToolBox:
        params: dict[str, frozenset[str] | None] = {}
        for tool in tools:
            name = getattr(tool, "name", None)
            if not isinstance(name, str):
                continue
            schema = getattr(tool, "params_json_schema", None)
            props = schema.get("properties") if isinstance(schema, Mapping) else None
            params[name] = frozenset(props) if isinstance(props, Mapping) else None
        return cls(params)

    def has(self, name: str) -> bool:
        return name in self.params

    def accepts(self, name: str, arg: str) -> bool:
        known = self.params.get(name)
        return name in self.params and (known is None or arg in known)

    def allows(self, call: PlannedCall) -> bool:
        return all(self.accepts(call.name, a) for a in call.args) and self.has(call.name)


@dataclass(frozen=True)
class Resolution:
    """Which tasks an intent's target names, or why that is not known (yet)."""

    state: ResolutionState
    tasks: tuple[TaskInfo, ...] = ()
    problem: Problem = ""
    candidates: tuple[TaskInfo, ...] = ()
    phrase: str = ""
    size: int = 0


@dataclass
class Outcome:
    """What happened for one intent, before it becomes a sentence."""

    kind: str
    done: list[TaskInfo] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    text: str = ""
    title: str = ""
    desc: str = ""
    priority: str = ""

    def render(self) -> str:
        if self.text:
            return self.text
        parts: list[str] = []
        if self.done:
            if self.kind == "add":
                parts.append(replies.added(self.done, self.details))
            else:
                parts.append(
                    replies.acted(self.kind, self.done, self.title, self.desc, self.priority)
                )
        parts.extend(self.extra)
        return " ".join(parts)


UNDO_CALL = PlannedCall("undo", {})


WAIT_LIST = Resolution("wait_list")


WAIT_TRASH = Resolution("wait_trash")


WAIT_ADDS = Resolution("wait_adds")


def problem(
    problem: Problem,
    phrase: str = "",
    candidates: Sequence[TaskInfo] = (),
    size: int = 0,
) -> Resolution:
    return Resolution(
        "problem", problem=problem, phrase=phrase, candidates=tuple(candidates), size=size
    )


def due_list_call(due: str) -> PlannedCall:
    return PlannedCall("list_tasks", {"status": "all", "due": due})


def int_arg(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


WAITS_FOR_THE_LIST = frozenset({"implied", "dated", "bare", "edited"})
"""The adds (by `Intent.text`) that first look at the list: a wish or a dated task may be one
already on it ("I still need to pay rent"), a bare thing may name one ("milk"), and so may the
thing an edit verb is said of ("update the vet")."""
