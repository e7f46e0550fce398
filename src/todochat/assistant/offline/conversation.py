"""Read the model input (history + this turn's tool traffic) into turns.

The offline model is stateless: everything it knows comes from the items the
Runner passes in. This module turns those items, in whatever form they arrive
(plain dicts from ``to_input_list()``, replayed history from the database, or SDK
objects), into a small typed view: one ``Turn`` per user message with its tool
calls, their parsed results and the assistant's reply.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .matching import TaskInfo

_TEXT_PART_TYPES = frozenset({"input_text", "output_text", "text", None})
_SDK_ERROR_PREFIX_RE = re.compile(
    r"^An error occurred while running the tool\.(?: Please try again\.)?(?: Error:)?\s*", re.I
)
_OWN_MENTION_RE = re.compile(r"\(#(\d+)\)")
_MENTION_RE = re.compile(r"#(\d+)\b|\b(?:task|id)\s*#?\s*(\d+)\b", re.I)
_QUOTED_RE = re.compile(r"(?<!\w)'[^']*'(?!\w)|\"[^\"]*\"|‘[^’]*’|“[^”]*”")


@dataclass(frozen=True)
class ToolResult:
    """A tool's answer: ``ok`` with parsed JSON ``data``, or an ``error`` text."""

    ok: bool
    data: Any = None
    error: str = ""

    def tasks(self) -> list[TaskInfo]:
        """The task list of a ``list_tasks`` result (a list, or wrapped in an object)."""
        return tasks_from(self.data) if self.ok else []

    def task(self, fallback_id: int | None = None) -> TaskInfo | None:
        """The task an add/complete/delete/update result names."""
        if not self.ok or not isinstance(self.data, Mapping):
            return None
        raw_id = self.data.get("task_id", self.data.get("id", fallback_id))
        task_id = _as_int(raw_id)
        if task_id is None:
            return None
        title = self.data.get("title")
        status = self.data.get("status")
        completed = self.data.get("completed")
        return TaskInfo(
            id=task_id,
            title=str(title) if title is not None else "",
            completed=bool(completed) if completed is not None else status == "completed",
        )


_NO_OUTPUT = object()


@dataclass
class Call:
    """One function call this model made, with the result the Runner fed back.

    The output is parsed on first use: long histories hold many listings that a
    step never looks at.
    """

    call_id: str
    name: str
    raw_args: Any
    batch: int
    raw_output: Any = _NO_OUTPUT
    _args: dict[str, Any] | None = field(default=None, repr=False)
    _result: ToolResult | None = field(default=None, repr=False)

    @property
    def args(self) -> dict[str, Any]:
        if self._args is None:
            self._args = _args_of(self.raw_args)
        return self._args

    @property
    def result(self) -> ToolResult | None:
        if self.raw_output is _NO_OUTPUT:
            return None
        if self._result is None:
            self._result = parse_tool_output(self.raw_output)
        return self._result


@dataclass
class Turn:
    """A user message and everything the assistant did in answer to it."""

    user_text: str
    calls: list[Call] = field(default_factory=list)
    reply: str = ""
    batches: int = 0

    def mentioned_ids(self) -> list[int]:
        """Task ids named in the assistant's reply, in order (what "the second one" indexes)."""
        # Replies name tasks as 'Title' (#id); only when none does (another model wrote the
        # history) are looser forms read, so a "#12" inside a title is not taken for an id.
        found = [int(n) for n in _OWN_MENTION_RE.findall(self.reply)]
        if not found:
            # (a quoted passage is an example or a title: "mark them done ('mark task 3 as
            # done')" in the help names no task)
            loose = _QUOTED_RE.sub(" ", self.reply)
            found = [int(m.group(1) or m.group(2)) for m in _MENTION_RE.finditer(loose)]
        return list(dict.fromkeys(found))

    def listed(self) -> list[TaskInfo] | None:
        """The tasks of the last successful listing in this turn, if it made one."""
        for call in reversed(self.calls):
            if call.name == "list_tasks" and call.result is not None and call.result.ok:
                return call.result.tasks()
        return None


@dataclass
class Conversation:
    """All turns, the last one being the message being answered now."""

    turns: list[Turn]
    word_count: int
    last_call_id: str
    item_count: int

    @property
    def current(self) -> Turn:
        return self.turns[-1]

    @property
    def previous(self) -> list[Turn]:
        return self.turns[:-1]


def _get(item: Any, key: str) -> Any:
    if type(item) is dict:
        return item.get(key)
    if isinstance(item, Mapping):
        return item.get(key)
    return getattr(item, key, None)


def text_of(content: Any) -> str:
    """The text of a message's content: a string or a list of text parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, Mapping) or not isinstance(content, Iterable):
        t = _get(content, "text")
        return t if isinstance(t, str) else ""
    parts: list[str] = []
    for part in content:
        if isinstance(part, str):
            parts.append(part)
            continue
        if _get(part, "type") not in _TEXT_PART_TYPES:
            continue
        t = _get(part, "text")
        if isinstance(t, str):
            parts.append(t)
    return "\n".join(parts)


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def tasks_from(data: Any) -> list[TaskInfo]:
    """Tasks from a list_tasks payload: a list, or ``{"result"|"tasks"|"items": [...]}``."""
    if isinstance(data, Mapping):
        for key in ("result", "tasks", "items", "data"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            return []
    if not isinstance(data, list):
        return []
    out: list[TaskInfo] = []
    for row in data:
        if not isinstance(row, Mapping):
            continue
        task_id = _as_int(row.get("id", row.get("task_id")))
        if task_id is None:
            continue
        desc = row.get("description")
        due, repeat, tags = row.get("due_text"), row.get("repeat_text"), row.get("tags")
        out.append(
            TaskInfo(
                id=task_id,
                title=str(row.get("title") or ""),
                completed=bool(row.get("completed")) or row.get("status") == "completed",
                description=str(desc) if desc else None,
                due=str(due) if due else None,
                repeat=str(repeat) if repeat else None,
                tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
                overdue=row.get("overdue") is True,
                deleted_at=str(row["deleted_at"]) if row.get("deleted_at") else None,
                priority=str(row["priority"]) if row.get("priority") else None,
            )
        )
    return out


def _looks_like_error(data: Mapping[str, Any]) -> str | None:
    if data.get("isError") or data.get("is_error"):
        return text_of(data.get("content")) or str(data.get("error") or "The tool failed.")
    for key in ("error", "detail"):
        if key in data and "task_id" not in data and "result" not in data:
            value = data[key]
            if isinstance(value, Mapping):
                value = value.get("message", value)
            return str(value)
    return None


def parse_tool_output(raw: Any) -> ToolResult:
    """Interpret a function_call_output's ``output`` in every form a tool may return.

    Success is a JSON string (an object or a list); MCP results may arrive as a
    list of text parts, one per JSON value. Anything that is not JSON is an error
    message meant for the model ("Task 42 not found. Call list_tasks ...").
    """
    if raw is None:
        return ToolResult(ok=False, error="The tool returned nothing.")
    if isinstance(raw, Mapping) and _get(raw, "type") not in _TEXT_PART_TYPES - {None}:
        return _interpret(dict(raw))
    texts: list[str]
    if isinstance(raw, str):
        texts = [raw]
    elif isinstance(raw, Mapping):
        texts = [text_of(raw)]
    elif isinstance(raw, Sequence):
        texts = [text_of([p]) for p in raw]
        texts = [t for t in texts if t]
    else:
        texts = [str(raw)]
    values: list[Any] = []
    for t in texts:
        values.extend(_json_values(t))
    if not values:
        return ToolResult(ok=False, error="The tool returned nothing.")
    if len(values) == 1:
        return _interpret(values[0])
    if all(isinstance(v, Mapping) and _looks_like_error(v) is None for v in values):
        return ToolResult(ok=True, data=list(values))
    return _interpret(" ".join(str(v) for v in values))


def _json_values(text: str) -> list[Any]:
    """JSON in a text part: one value, JSON lines, or a JSON-encoded list of text parts."""
    try:
        value = json.loads(text)
    except (ValueError, TypeError):
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) > 1:
            try:
                return [json.loads(line) for line in lines]
            except ValueError:
                pass
        return [text]
    if (
        isinstance(value, list)
        and value
        and all(
            isinstance(v, Mapping) and v.get("type") in _TEXT_PART_TYPES and "text" in v
            for v in value
        )
    ):
        out: list[Any] = []
        for part in value:
            out.extend(_json_values(str(part["text"])))
        return out
    return [value]


def _interpret(value: Any) -> ToolResult:
    if isinstance(value, str):
        message = _SDK_ERROR_PREFIX_RE.sub("", value.strip()) or "The tool failed."
        return ToolResult(ok=False, error=message)
    if isinstance(value, Mapping):
        err = _looks_like_error(value)
        if err is not None:
            return ToolResult(ok=False, error=err)
        return ToolResult(ok=True, data=dict(value))
    return ToolResult(ok=True, data=value)


def _args_of(raw: Any) -> dict[str, Any]:
    if isinstance(raw, Mapping):
        return dict(raw)
    if isinstance(raw, str) and raw.strip():
        try:
            value = json.loads(raw)
        except ValueError:
            return {}
        return dict(value) if isinstance(value, Mapping) else {}
    return {}


def _rough_words(raw: Any) -> int:
    """About one token per word; cheap enough to run over long listings."""
    if raw is None:
        return 0
    text = raw if isinstance(raw, str) else str(raw)
    return text.count(" ") + 1


def read_conversation(items: str | Sequence[Any]) -> Conversation:
    """Group the input items into turns; unknown item types are skipped."""
    if isinstance(items, str):
        items = [{"role": "user", "content": items}]
    turns: list[Turn] = [Turn(user_text="")]
    by_id: dict[str, Call] = {}
    last_kind = "start"
    word_count = 0
    last_call_id = ""
    for item in items:
        # Items are plain dicts on every path the Runner takes; objects are the exception.
        get = item.get if type(item) is dict else functools.partial(_get, item)
        kind = get("type")
        role = get("role")
        if kind == "function_call":
            turn = turns[-1]
            if last_kind != "call":
                turn.batches += 1
            call_id = str(get("call_id") or get("id") or "")
            call = Call(
                call_id=call_id,
                name=str(get("name") or ""),
                raw_args=get("arguments"),
                batch=turn.batches,
            )
            turn.calls.append(call)
            if call_id:
                by_id[call_id] = call
                last_call_id = call_id
            last_kind = "call"
        elif kind == "function_call_output":
            raw = get("output")
            found = by_id.get(str(get("call_id") or ""))
            if found is not None:
                found.raw_output = raw
            word_count += _rough_words(raw)
            last_kind = "output"
        elif role == "user" and kind in (None, "message"):
            text = text_of(get("content"))
            word_count += _rough_words(text)
            turns.append(Turn(user_text=text))
            last_kind = "user"
        elif role == "assistant" and kind in (None, "message"):
            text = text_of(get("content"))
            word_count += _rough_words(text)
            if text:
                turns[-1].reply = f"{turns[-1].reply}\n{text}".strip()
            last_kind = "assistant"
    if len(turns) > 1 and not turns[0].user_text and not turns[0].calls:
        turns.pop(0)
    return Conversation(
        turns=turns, word_count=word_count, last_call_id=last_call_id, item_count=len(items)
    )
