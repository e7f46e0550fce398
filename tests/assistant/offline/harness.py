"""Drive the OfflineModel through the real agents Runner against an in-memory task store.

The five tools return exactly the JSON shapes of the MCP tools (list_tasks a list,
errors as text the model should act on), and history is replayed the way the chat
endpoint replays it: each turn's ``result.to_input_list()`` becomes the next turn's
input prefix. ``play_case`` scores one evaluation case as shared/eval/README.md says.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal

from agents import Agent, FunctionTool, RunConfig, Runner
from agents.items import ModelResponse, TResponseInputItem
from agents.tool_context import ToolContext
from openai.types.responses import ResponseFunctionToolCall, ResponseTextDeltaEvent

from todochat.assistant.offline import OfflineModel
from todochat.clients.evaluation import DEV_SET
from todochat.tasks.dates import (
    DateWordsError,
    Due,
    describe_due,
    parse_due,
    parse_repeat,
    time_zone,
)

DATA = Path(__file__).parent / "data"
FIXED_TODAY = date(2026, 11, 23)
FIXED_NOW = datetime.combine(FIXED_TODAY, time(10), tzinfo=UTC)
UTC_ZONE = time_zone("UTC")


def read_due(words: Any) -> str | None:
    """The tools' `due`, read like they read it (the shared parser, in UTC, at FIXED_NOW):
    an ISO day, or an ISO instant for a task due at a time. `DateWordsError` otherwise."""
    if not words:
        return None
    due = parse_due(str(words), now=FIXED_NOW, zone=UTC_ZONE)
    instant = due.instant(UTC_ZONE)
    return instant.isoformat() if instant is not None else due.day.isoformat()


def due_text(value: Any) -> str | None:
    """A stored due date as the tools show it ("Tue 24 Nov, 15:00")."""
    if not value:
        return None
    text = str(value)
    if "T" in text:
        due = Due.at(datetime.fromisoformat(text), UTC_ZONE)
    else:
        due = Due(date.fromisoformat(text))
    return describe_due(due, today=FIXED_TODAY)


def overdue(task: Mapping[str, Any]) -> bool:
    """Pending and due before FIXED_NOW (a day before today, or a time already past)."""
    value = task.get("due_date")
    if not value or task.get("completed"):
        return False
    text = str(value)
    if "T" in text:
        return datetime.fromisoformat(text) < FIXED_NOW
    return date.fromisoformat(text) < FIXED_TODAY


def read_repeat(words: Any) -> str | None:
    return parse_repeat(str(words)).describe() if words else None


ErrorStyle = Literal["text", "parts"]


class TaskStore:
    """A user's tasks in memory, answering like the MCP tools do."""

    def __init__(
        self, *, id_base: int = 1, error_style: ErrorStyle = "text", wrap_list: bool = False
    ) -> None:
        self.tasks: dict[int, dict[str, Any]] = {}
        self.next_id = id_base
        self.error_style = error_style
        self.wrap_list = wrap_list
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.trash: dict[int, dict[str, Any]] = {}
        self.changes: list[tuple[str, int, dict[str, Any]]] = []
        """What ``undo`` takes back, latest last: the kind of change, the task, its state before."""

    def create(self, title: str, description: str | None = None, **extra: Any) -> dict[str, Any]:
        now = "2026-11-23T10:00:00+00:00"
        task = {
            "id": self.next_id,
            "title": title,
            "description": description,
            "completed": False,
            "priority": extra.get("priority"),
            "due_date": extra.get("due_date"),
            "repeat_text": extra.get("repeat_text"),
            "tags": list(extra.get("tags") or []),
            "created_at": now,
            "updated_at": now,
        }
        self.tasks[self.next_id] = task
        self.next_id += 1
        return task

    def titles(self, done: bool | None = None) -> list[str]:
        """The titles in the order the tasks were added: with ``done``, of the completed tasks
        only (or of the open ones), as a test asserts what a message changed."""
        return [
            t["title"] for t in self.tasks.values() if done is None or bool(t["completed"]) == done
        ]

    def _error(self, message: str) -> Any:
        if self.error_style == "parts":
            return [{"type": "text", "text": message}]
        return message

    def _missing(self, task_id: Any) -> Any:
        return self._error(f"Task {task_id} not found. Call list_tasks to see valid task ids.")

    def add_task(self, args: Mapping[str, Any]) -> Any:
        title = str(args.get("title") or "").strip()
        if not title or len(title) > 200:
            return self._error("Title must be 1-200 characters.")
        try:
            due, repeat = read_due(args.get("due")), read_repeat(args.get("repeat"))
        except DateWordsError as exc:
            return self._error(f"Invalid arguments for add_task: {exc}")
        if repeat and not due:
            due = FIXED_TODAY.isoformat()
        task = self.create(
            title,
            args.get("description"),
            priority=args.get("priority"),
            due_date=due,
            repeat_text=repeat,
            tags=args.get("tags"),
        )
        return json.dumps(
            {
                "task_id": task["id"],
                "status": "created",
                "title": task["title"],
                "due": due,
                "repeat": repeat,
            }
        )

    def list_tasks(self, args: Mapping[str, Any]) -> Any:
        status = args.get("status") or "all"
        if status == "deleted":
            return json.dumps([dict(t) for t in self.trash.values()])
        if status not in ("all", "pending", "completed"):
            return self._error("status must be all, pending or completed.")
        try:
            day = read_due(args.get("due_on"))
        except DateWordsError as exc:
            return self._error(f"Invalid arguments for list_tasks: due_on: {exc}")
        if day:
            args = {**args, "due_on": day[:10]}
        rows = [
            {**t, "due_text": due_text(t.get("due_date")), "overdue": overdue(t)}
            for t in self.tasks.values()
            if (status == "all" or t["completed"] == (status == "completed"))
            and self._listed(t, args)
        ]
        return json.dumps({"result": rows} if self.wrap_list else rows)

    @staticmethod
    def _listed(task: Mapping[str, Any], args: Mapping[str, Any]) -> bool:
        """list_tasks' due, due_on (an ISO day here), priority and tag filters (days in UTC,
        today FIXED_TODAY)."""
        if args.get("priority") and task.get("priority") != args["priority"]:
            return False
        if args.get("tag") and args["tag"] not in (task.get("tags") or []):
            return False
        day = date.fromisoformat(str(task["due_date"])[:10]) if task.get("due_date") else None
        if args.get("due_on") and (day is None or day.isoformat() != args["due_on"]):
            return False
        wanted = args.get("due")
        if not wanted:
            return True
        if wanted == "none":
            return day is None
        if day is None:
            return False
        return {
            "today": day == FIXED_TODAY,
            "tomorrow": day == FIXED_TODAY + timedelta(days=1),
            "week": FIXED_TODAY <= day < FIXED_TODAY + timedelta(days=7),
            "overdue": day < FIXED_TODAY and not task["completed"],
        }.get(str(wanted), False)

    def complete_task(self, args: Mapping[str, Any]) -> Any:
        task = self.tasks.get(args.get("task_id"))  # type: ignore[arg-type]
        if task is None:
            return self._missing(args.get("task_id"))
        self.changes.append(("complete", task["id"], dict(task)))
        task["completed"] = True
        if args.get("for_good"):
            task["repeat_text"] = None
        return json.dumps({"task_id": task["id"], "status": "completed", "title": task["title"]})

    def delete_task(self, args: Mapping[str, Any]) -> Any:
        task = self.tasks.pop(args.get("task_id"), None)  # type: ignore[arg-type]
        if task is None:
            return self._missing(args.get("task_id"))
        self.trash[task["id"]] = task
        self.changes.append(("delete", task["id"], dict(task)))
        return json.dumps({"task_id": task["id"], "status": "deleted", "title": task["title"]})

    def restore_task(self, args: Mapping[str, Any]) -> Any:
        task = self.trash.pop(args.get("task_id"), None)  # type: ignore[arg-type]
        if task is None:
            return self._error(f"Task {args.get('task_id')} is not in the trash.")
        self.tasks[task["id"]] = task
        return json.dumps({"task_id": task["id"], "status": "restored", "title": task["title"]})

    def undo(self, args: Mapping[str, Any]) -> Any:
        """Issue 10's contract, in small: revert the latest delete, completion or update."""
        if not self.changes:
            return self._error("Nothing to undo.")
        kind, task_id, before = self.changes.pop()
        self.trash.pop(task_id, None)
        self.tasks[task_id] = before
        done = {"delete": "restored", "complete": "reopened"}.get(kind, "reverted")
        return json.dumps({"summary": f"{done} '{before['title']}'", "reverted": [task_id]})

    def update_task(self, args: Mapping[str, Any]) -> Any:
        task = self.tasks.get(args.get("task_id"))  # type: ignore[arg-type]
        if task is None:
            return self._missing(args.get("task_id"))
        self.changes.append(("update", task["id"], dict(task)))
        if "title" in args:
            title = str(args["title"]).strip()
            if not title or len(title) > 200:
                return self._error("Title must be 1-200 characters.")
            task["title"] = title
        if "description" in args:
            task["description"] = args["description"]
        if "completed" in args:
            task["completed"] = bool(args["completed"])
        if "priority" in args:
            task["priority"] = args["priority"]
        try:
            if "due" in args:
                task["due_date"] = read_due(args["due"])
            if "repeat" in args:
                task["repeat_text"] = read_repeat(args["repeat"])
        except DateWordsError as exc:
            return self._error(f"Invalid arguments for update_task: {exc}")
        if "tags" in args:
            task["tags"] = list(args["tags"])
        return json.dumps(
            {
                "task_id": task["id"],
                "status": "updated",
                "title": task["title"],
                "due": task["due_date"],
                "repeat": task["repeat_text"],
            }
        )


_SCHEMAS: dict[str, dict[str, Any]] = {
    "add_task": {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "description": {"type": "string"},
            "priority": {"type": "string", "enum": ["low", "medium", "high"]},
            "due": {"type": "string"},
            "repeat": {"type": "string"},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["title"],
    },
    "list_tasks": {
        "type": "object",
        "properties": {
            "status": {"type": "string", "enum": ["all", "pending", "completed"]},
            "due": {"type": "string", "enum": ["today", "tomorrow", "week", "overdue", "none"]},
            "due_on": {"type": "string"},
            "priority": {"type": "string", "enum": ["low", "medium", "high"]},
            "tag": {"type": "string"},
        },
    },
    "complete_task": {
        "type": "object",
        "properties": {"task_id": {"type": "integer"}, "for_good": {"type": "boolean"}},
        "required": ["task_id"],
    },
    "delete_task": {
        "type": "object",
        "properties": {"task_id": {"type": "integer"}},
        "required": ["task_id"],
    },
    "update_task": {
        "type": "object",
        "properties": {
            "task_id": {"type": "integer"},
            "title": {"type": "string"},
            "description": {"type": "string"},
            "priority": {"type": "string", "enum": ["low", "medium", "high"]},
            "due": {"type": "string"},
            "repeat": {"type": "string"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "completed": {"type": "boolean"},
        },
        "required": ["task_id"],
    },
}


_SCHEMAS["restore_task"] = _SCHEMAS["delete_task"]
_SCHEMAS["undo"] = {"type": "object", "properties": {}}
SPEC_TOOLS = ("add_task", "list_tasks", "complete_task", "delete_task", "update_task")


def build_tools(store: TaskStore, names: Sequence[str] = SPEC_TOOLS) -> list[FunctionTool]:
    """The five task tools (or ``names``, which may add restore_task and undo) over ``store``."""

    def invoker(name: str) -> Callable[[ToolContext[Any], str], Awaitable[Any]]:
        method: Callable[[Mapping[str, Any]], Any] = getattr(store, name)

        async def invoke(ctx: ToolContext[Any], raw: str) -> Any:
            args = json.loads(raw) if raw else {}
            store.calls.append((name, args))
            return method(args)

        return invoke

    return [
        FunctionTool(
            name=name,
            description=f"{name.replace('_', ' ')} for the current user",
            params_json_schema=schema,
            on_invoke_tool=invoker(name),
            strict_json_schema=False,
        )
        for name, schema in _SCHEMAS.items()
        if name in names
    ]


@dataclass
class TurnResult:
    """What one chat turn produced."""

    reply: str
    tool_calls: list[tuple[str, dict[str, Any]]]
    deltas: list[str] = field(default_factory=list)
    event_names: list[str] = field(default_factory=list)
    steps: list[list[str]] = field(default_factory=list)
    """The tools each model answer of the turn called at once (the SDK runs them together)."""


def _steps(responses: Sequence[ModelResponse]) -> list[list[str]]:
    return [
        [item.name for item in response.output if isinstance(item, ResponseFunctionToolCall)]
        for response in responses
    ]


# A session's ``say``, as a fixture hands it to a test whose tasks it set up.
Say = Callable[[str], Awaitable[TurnResult]]


class ChatSession:
    """One conversation: replays history into each turn like the chat endpoint does."""

    def __init__(
        self,
        store: TaskStore,
        *,
        streamed: bool = False,
        model: OfflineModel | None = None,
        tools: list[FunctionTool] | None = None,
    ) -> None:
        self.store = store
        self.streamed = streamed
        self.agent = Agent(
            name="todo-assistant",
            instructions="You manage the user's tasks with the tools.",
            model=model or OfflineModel(today=lambda: FIXED_TODAY),
            tools=list(tools if tools is not None else build_tools(store)),
        )
        self.history: list[TResponseInputItem] = []
        self.config = RunConfig(tracing_disabled=True)

    async def say(self, message: str) -> TurnResult:
        items = [*self.history, {"role": "user", "content": message}]
        before = len(self.store.calls)
        if self.streamed:
            streamed = Runner.run_streamed(self.agent, items, max_turns=10, run_config=self.config)
            deltas: list[str] = []
            names: list[str] = []
            async for event in streamed.stream_events():
                if event.type == "raw_response_event" and isinstance(
                    event.data, ResponseTextDeltaEvent
                ):
                    deltas.append(event.data.delta)
                elif event.type == "run_item_stream_event":
                    names.append(event.name)
            self.history = streamed.to_input_list()
            reply = str(streamed.final_output)
            calls = self.store.calls[before:]
            return TurnResult(reply, calls, deltas, names, _steps(streamed.raw_responses))
        result = await Runner.run(self.agent, items, max_turns=10, run_config=self.config)
        self.history = result.to_input_list()
        calls = self.store.calls[before:]
        return TurnResult(str(result.final_output), calls, steps=_steps(result.raw_responses))


# ---------------------------------------------------------------- evaluation cases


@dataclass
class CaseOutcome:
    """The verdict on one evaluation case."""

    case_id: str
    passed: bool
    problems: list[str]
    replies: list[str]


def load_cases(name: str) -> list[dict[str, Any]]:
    path = DEV_SET if name == DEV_SET.name else DATA / name
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _norm_title(title: str) -> str:
    t = title.strip().lower()
    return t[:-1].strip() if t.endswith(".") else t


def _fits(expected: Mapping[str, Any], task: Mapping[str, Any]) -> bool:
    titles = {_norm_title(t) for t in expected["title"]}
    if _norm_title(task["title"]) not in titles:
        return False
    if bool(task["completed"]) != bool(expected.get("completed", False)):
        return False
    for field_name in ("priority", "due_date"):
        if field_name in expected and (task.get(field_name) or None) != expected[field_name]:
            return False
    return "description" not in expected or (task.get("description") or "") == (
        expected["description"] or ""
    )


def _assign(expected: list[Mapping[str, Any]], actual: list[Mapping[str, Any]]) -> bool:
    """Whether every expected task matches a distinct actual task (and none is left)."""
    if len(expected) != len(actual):
        return False
    if not expected:
        return True
    first, rest = expected[0], expected[1:]
    for i, task in enumerate(actual):
        if _fits(first, task) and _assign(rest, actual[:i] + actual[i + 1 :]):
            return True
    return False


async def play_case(
    case: Mapping[str, Any], *, streamed: bool = False, id_base: int = 1
) -> CaseOutcome:
    """Play one case: seed tasks, say each message in one conversation, compare."""
    store = TaskStore(id_base=id_base)
    ids: list[int] = []
    for spec in case.get("tasks", []):
        task = store.create(
            spec["title"],
            spec.get("description"),
            priority=spec.get("priority"),
            due_date=spec.get("due_date"),
        )
        if spec.get("completed"):
            task["completed"] = True
        ids.append(task["id"])
    session = ChatSession(store, streamed=streamed)
    replies: list[str] = []
    problems: list[str] = []
    for message in case["say"]:
        text = re.sub(r"\{t(\d+)\}", lambda m: str(ids[int(m.group(1)) - 1]), message)
        turn = await session.say(text)
        replies.append(turn.reply)
        if streamed and "".join(turn.deltas) != turn.reply:
            problems.append("streamed deltas differ from the final reply")
    actual = list(store.tasks.values())
    if not _assign(list(case["expect"]), actual):
        problems.append(
            "tasks: expected "
            + json.dumps(case["expect"])
            + " got "
            + json.dumps(
                [
                    {
                        "title": t["title"],
                        "completed": t["completed"],
                        "description": t["description"],
                    }
                    for t in actual
                ]
            )
        )
    last = replies[-1].lower() if replies else ""
    for needle in case.get("reply_has", []):
        if needle.lower() not in last:
            problems.append(f"reply lacks {needle!r}")
    for needle in case.get("reply_lacks", []):
        if needle.lower() in last:
            problems.append(f"reply has {needle!r}")
    return CaseOutcome(str(case["id"]), not problems, problems, replies)


def describe_failures(outcomes: Sequence[CaseOutcome], cases: Sequence[Mapping[str, Any]]) -> str:
    by_id = {str(c["id"]): c for c in cases}
    lines: list[str] = []
    for o in outcomes:
        if o.passed:
            continue
        lines.append(f"FAIL {o.case_id}: say={by_id[o.case_id]['say']}")
        lines.extend(f"    {p}" for p in o.problems)
        lines.extend(f"    reply: {r!r}" for r in o.replies)
    return "\n".join(lines)


def relative_dates(case: dict[str, object]) -> bool:
    """Whether the case checks dates relative to the day it runs ("+1d", a weekday)."""
    text = json.dumps(case.get("expect"))
    return str(case["id"]).startswith("date") or bool(
        re.search(r'"(?:[+-]\d+d|due_weekday)"?', text)
    )
