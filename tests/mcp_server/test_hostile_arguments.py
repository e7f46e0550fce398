"""Hostile tool arguments through the official MCP client: an error a model can act on
(which field, what to do), never "Error executing tool", and nothing stored."""

from __future__ import annotations

from typing import Any

import pytest

from tests.mcp_server.conftest import InMemoryTools, as_user, tasks_of
from tests.mcp_server.test_server import add, error
from todochat.core.db import Database
from todochat.core.inputs import ROW_ID_MAX

HOSTILE = {"NUL": "Buy\x00milk", "escape": "Buy\x1b[2Jmilk", "noncharacter": "Buy\ufffemilk"}


@pytest.mark.parametrize("name", list(HOSTILE))
@pytest.mark.parametrize(
    ("tool", "field"),
    [
        ("add_task", "title"),
        ("add_task", "description"),
        ("add_task", "due"),
        ("add_task", "repeat"),
        ("add_task", "tags"),
        ("update_task", "title"),
        ("update_task", "description"),
        ("list_tasks", "tag"),
    ],
)
async def test_unstorable_text_is_an_actionable_tool_error(
    mcp: InMemoryTools, database: Database, alice_id: str, tool: str, field: str, name: str
) -> None:
    existing = await add(database, alice_id, "Existing")
    value: Any = [HOSTILE[name]] if field == "tags" else HOSTILE[name]
    arguments: dict[str, Any] = {field: value}
    if tool == "add_task" and field != "title":
        arguments["title"] = "Buy milk"
    if tool == "update_task":
        arguments["task_id"] = existing.id
    message = error(await mcp.call_tool(tool, arguments, meta=as_user(alice_id)))
    assert message.startswith(f"Invalid arguments for {tool}: {field}"), message
    assert "Fix them and call again." in message
    assert "Error executing tool" not in message
    assert await tasks_of(database, alice_id) == [existing]


@pytest.mark.parametrize("task_id", [ROW_ID_MAX + 1, 2**63, 2**64, 0, -1])
@pytest.mark.parametrize("tool", ["complete_task", "delete_task", "update_task"])
async def test_a_task_id_beyond_its_column_is_an_actionable_tool_error(
    mcp: InMemoryTools, database: Database, alice_id: str, tool: str, task_id: int
) -> None:
    existing = await add(database, alice_id, "Existing")
    arguments: dict[str, Any] = {"task_id": task_id}
    if tool == "update_task":
        arguments["title"] = "Renamed"
    message = error(await mcp.call_tool(tool, arguments, meta=as_user(alice_id)))
    assert message.startswith(f"Invalid arguments for {tool}: task_id"), message
    assert "Error executing tool" not in message
    assert await tasks_of(database, alice_id) == [existing]


async def test_the_largest_task_id_is_not_found(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    arguments = {"task_id": ROW_ID_MAX}
    message = error(await mcp.call_tool("complete_task", arguments, meta=as_user(alice_id)))
    assert "Call list_tasks to see valid task ids" in message
