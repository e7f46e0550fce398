"""How a chat turn reads in a terminal: text inline as it streams, tool calls as short lines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

VERBS = {
    "created": "+ added",
    "completed": "✓ completed",
    "deleted": "- deleted",
    "updated": "~ updated",
    "restored": "↺ restored",
}


def describe_tool_result(name: str, result: Any) -> str:
    """A short line for a tool call: "+ added #5 Buy groceries", with its due date and
    repeat when it has them."""
    if isinstance(result, str):
        return f"! {result}"
    if isinstance(result, dict) and "result" in result and name == "list_tasks":
        result = result["result"]
    if name == "list_tasks" and isinstance(result, list):
        return f"= listed {len(result)} task{'s' if len(result) != 1 else ''}"
    if isinstance(result, dict):
        verb = VERBS.get(str(result.get("status")), f"· {name}")
        line = f"{verb} #{result.get('task_id', '?')} {result.get('title', '')}".rstrip()
        # "+ added #5 Pay rent · due Fri 1 Jan · every month on the 1st"
        when = [
            f"{label}{result[key]}"
            for key, label in (("due", "due "), ("next_due", "next "), ("repeat", ""))
            if result.get(key)
        ]
        return " · ".join([line, *when])
    return f"· {name}"


def parse_sse(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The JSON objects of an SSE stream's `data:` lines (comments and `id:` lines skipped)."""
    for line in lines:
        if line.startswith("data:"):
            payload = line[5:].strip()
            if payload:
                event = json.loads(payload)
                if isinstance(event, dict):
                    yield event


class ChatPrinter:
    """Prints a turn's events as they come and remembers what the session needs from them."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.conversation_id: int | None = None
        self.approval: dict[str, Any] | None = None  # the turn's `approval_required`, if any
        self._mid_line = False

    def handle(self, event: dict[str, Any]) -> None:
        if "content" in event:
            text = str(event["content"])
            self.out.write(text)
            self._mid_line = not text.endswith("\n")
        elif "tool_result" in event:
            result = event["tool_result"]
            self.end_line()
            self.out.write(f"  {describe_tool_result(result['name'], result['result'])}\n")
        elif "approval_required" in event:
            self.approval = dict(event["approval_required"])
            self.end_line()
            for action in self.approval.get("actions") or []:
                self.out.write(f"  ? {action.get('summary') or action.get('name')}\n")
        elif "error" in event:
            self.end_line()
            self.out.write(f"[error] {event['error'].get('message', 'the turn failed')}\n")
        elif event.get("done"):
            if event.get("conversation_id") is not None:
                self.conversation_id = int(event["conversation_id"])
            self.end_line()
        self.out.flush()

    def end_line(self) -> None:
        """Finish a line of streamed text, so the next output starts on its own line."""
        if self._mid_line:
            self.out.write("\n")
            self._mid_line = False
            self.out.flush()
