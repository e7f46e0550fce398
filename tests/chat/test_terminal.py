"""The terminal client's pieces: tool lines, SSE parsing, remembered credentials."""

from __future__ import annotations

import io
import stat
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from todochat.chat.terminal import (
    ChatPrinter,
    credentials_path,
    describe_tool_result,
    load_credentials,
    parse_sse,
    save_credentials,
)


def test_tool_results_read_as_short_lines() -> None:
    added = {"task_id": 5, "status": "created", "title": "Buy groceries"}
    assert describe_tool_result("add_task", added) == "+ added #5 Buy groceries"
    done = {"task_id": 3, "status": "completed", "title": "Call mom"}
    assert describe_tool_result("complete_task", done) == "✓ completed #3 Call mom"
    assert describe_tool_result("list_tasks", {"result": [{}, {}]}) == "= listed 2 tasks"
    assert describe_tool_result("delete_task", "Task 9 not found.") == "! Task 9 not found."


async def test_sse_data_lines_are_parsed() -> None:
    async def lines() -> AsyncIterator[str]:
        for line in ['data: {"content": "Hi"}', "", ": comment", 'data: {"done": true}']:
            yield line

    assert [event async for event in parse_sse(lines())] == [{"content": "Hi"}, {"done": True}]


def test_printer_shows_text_then_tool_line_and_keeps_the_conversation() -> None:
    out = io.StringIO()
    printer = ChatPrinter(out)
    printer.handle({"content": "Adding it"})
    printer.handle(
        {
            "tool_result": {
                "id": "c",
                "name": "add_task",
                "result": {"task_id": 1, "status": "created", "title": "Milk"},
            }
        }
    )
    printer.handle({"done": True, "conversation_id": 12})
    assert out.getvalue() == "Adding it\n  + added #1 Milk\n"
    assert printer.conversation_id == 12


def test_credentials_are_saved_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    save_credentials("http://127.0.0.1:8000", {"token": "t", "user_id": "u", "email": "e"})
    assert load_credentials("http://127.0.0.1:8000") == {"token": "t", "user_id": "u", "email": "e"}
    assert load_credentials("http://elsewhere") is None
    mode = stat.S_IMODE(credentials_path().stat().st_mode)
    assert mode == 0o600
