"""The five task tools through the official in-memory MCP client (the chat agent's path)."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from mcp.server.mcpserver import MCPServer
from mcp.shared.exceptions import MCPError
from mcp_types import (
    METHOD_NOT_FOUND,
    CallToolResult,
    EmptyResult,
    Request,
    RequestParams,
    TextContent,
    ToolAnnotations,
)
from sqlalchemy.exc import OperationalError

from tests.mcp_server.conftest import InMemoryTools, as_user, tasks_of
from todochat.accounts.tokens import TokenVerifier
from todochat.core.config import Settings
from todochat.core.db import Database
from todochat.mcp_server.server import build_mcp_server
from todochat.tasks import service as tasks
from todochat.tasks.models import TaskCreate, TaskRead

SNAPSHOT = Path(__file__).parent / "snapshots" / "tools.json"
TOOLS = ["add_task", "list_tasks", "complete_task", "delete_task", "update_task"]
HISTORY_TOOLS = ["restore_task", "undo"]


def text_of(result: CallToolResult) -> str:
    assert len(result.content) == 1
    block = result.content[0]
    assert isinstance(block, TextContent)
    return block.text


def ok(result: CallToolResult) -> dict[str, Any]:
    """The structured result of a successful call, checked against its text twin."""
    assert not result.is_error, text_of(result)
    assert result.structured_content is not None
    shown = json.loads(text_of(result))
    expected = result.structured_content.get("result", result.structured_content)
    assert shown == expected
    return dict(result.structured_content)


def error(result: CallToolResult) -> str:
    assert result.is_error
    return text_of(result)


async def add(database: Database, user_id: str, title: str, **fields: Any) -> TaskRead:
    async with database.session() as session:
        task = await tasks.create(
            session=session, user_id=user_id, task_in=TaskCreate(title=title, **fields)
        )
    return TaskRead.model_validate(task)


def catalog(tools: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": tool.name,
            "title": tool.title,
            "description": tool.description,
            "input_schema": tool.input_schema,
            "output_schema": tool.output_schema,
            "annotations": tool.annotations.model_dump(by_alias=True, exclude_none=True),
        }
        for tool in tools
    ]


async def test_the_five_phase_three_tools_are_listed_then_restore_and_undo(
    mcp: InMemoryTools,
) -> None:
    names = [tool.name for tool in await mcp.list_tools()]
    assert names == [*TOOLS, *HISTORY_TOOLS]


async def test_tool_schemas_match_the_snapshot(mcp: InMemoryTools) -> None:
    """A change to a tool's name, schema, text or hints must be deliberate.

    Regenerate with `UPDATE_MCP_SNAPSHOT=1 uv run pytest tests/mcp_server -k snapshot`.
    """
    current = catalog(await mcp.list_tools())
    if os.environ.get("UPDATE_MCP_SNAPSHOT"):
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(json.dumps(current, indent=2, ensure_ascii=False) + "\n")
    assert current == json.loads(SNAPSHOT.read_text())


async def test_annotations_tell_clients_what_each_tool_does(mcp: InMemoryTools) -> None:
    hints: dict[str, ToolAnnotations] = {}
    for tool in await mcp.list_tools():
        assert tool.annotations is not None, tool.name
        hints[tool.name] = tool.annotations
    assert hints["list_tasks"].read_only_hint is True
    for name in ("add_task", "complete_task", "delete_task", "update_task", *HISTORY_TOOLS):
        assert hints[name].read_only_hint is False
    for name in ("delete_task", "update_task", "undo"):  # each can overwrite or remove
        assert hints[name].destructive_hint is True
    for name in ("add_task", "complete_task", "restore_task"):
        assert hints[name].destructive_hint is False
    for name in ("list_tasks", "complete_task", "delete_task", "update_task", "restore_task"):
        assert hints[name].idempotent_hint is True
    for name in ("add_task", "undo"):
        assert hints[name].idempotent_hint is False
    assert all(hint.open_world_hint is False for hint in hints.values())


async def test_every_tool_has_an_output_schema(mcp: InMemoryTools) -> None:
    for tool in await mcp.list_tools():
        assert tool.output_schema is not None, tool.name
        assert tool.output_schema["type"] == "object"


async def test_add_task_creates_a_task_for_the_caller(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    result = ok(await mcp.call_tool("add_task", {"title": "  Buy milk "}, meta=as_user(alice_id)))
    saved = await tasks_of(database, alice_id)
    assert [task.title for task in saved] == ["Buy milk"]
    assert result == {"task_id": saved[0].id, "status": "created", "title": "Buy milk"}


async def test_add_task_keeps_description_priority_and_due_date(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    arguments = {
        "title": "Dentist",
        "description": "Bring the forms",
        "priority": "high",
        "due": "2026-05-01",
    }
    result = ok(await mcp.call_tool("add_task", arguments, meta=as_user(alice_id)))
    assert result["due"] in ("Fri 1 May", "Fri 1 May 2026")
    (task,) = await tasks_of(database, alice_id)
    assert (task.description, task.priority, str(task.due_date)) == (
        "Bring the forms",
        "high",
        "2026-05-01",
    )


async def test_list_tasks_filters_by_status(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    done = await add(database, alice_id, "Call mom", completed=True)
    open_ = await add(database, alice_id, "Buy milk")

    async def ids(status: str | None) -> list[int]:
        arguments = {"status": status} if status else {}
        listed = ok(await mcp.call_tool("list_tasks", arguments, meta=as_user(alice_id)))
        return [task["id"] for task in listed["result"]]

    assert await ids(None) == [done.id, open_.id]
    assert await ids("all") == [done.id, open_.id]
    assert await ids("pending") == [open_.id]
    assert await ids("completed") == [done.id]


async def test_list_tasks_shows_the_spec_fields(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    await add(database, alice_id, "Buy milk", description="2 litres")
    listed = ok(await mcp.call_tool("list_tasks", {}, meta=as_user(alice_id)))
    (task,) = listed["result"]
    assert {"id", "title", "description", "completed"} <= task.keys()
    assert (task["title"], task["description"], task["completed"]) == (
        "Buy milk",
        "2 litres",
        False,
    )


async def test_list_tasks_of_an_empty_list_is_an_empty_array(
    mcp: InMemoryTools, alice_id: str
) -> None:
    result = await mcp.call_tool("list_tasks", {}, meta=as_user(alice_id))
    assert ok(result) == {"result": []}
    assert text_of(result) == "[]"


async def test_list_tasks_shows_only_the_callers_tasks(
    mcp: InMemoryTools, database: Database, alice_id: str, bob_id: str
) -> None:
    await add(database, bob_id, "Bob's secret")
    mine = await add(database, alice_id, "Mine")
    listed = ok(await mcp.call_tool("list_tasks", {}, meta=as_user(alice_id)))
    assert [task["title"] for task in listed["result"]] == [mine.title]


async def test_complete_task_marks_it_done_and_repeating_changes_nothing(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    task = await add(database, alice_id, "Call mom")
    for _ in range(2):
        result = ok(
            await mcp.call_tool("complete_task", {"task_id": task.id}, meta=as_user(alice_id))
        )
        assert result == {"task_id": task.id, "status": "completed", "title": "Call mom"}
        (saved,) = await tasks_of(database, alice_id)
        assert saved.completed is True


async def test_delete_task_removes_it(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    task = await add(database, alice_id, "Old idea")
    result = ok(await mcp.call_tool("delete_task", {"task_id": task.id}, meta=as_user(alice_id)))
    assert result == {"task_id": task.id, "status": "deleted", "title": "Old idea"}
    assert await tasks_of(database, alice_id) == []


async def test_update_task_changes_only_the_given_fields(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    task = await add(database, alice_id, "Buy milk", description="2 litres", priority="low")
    result = ok(
        await mcp.call_tool(
            "update_task", {"task_id": task.id, "title": " Buy oat milk "}, meta=as_user(alice_id)
        )
    )
    assert result == {"task_id": task.id, "status": "updated", "title": "Buy oat milk"}
    (saved,) = await tasks_of(database, alice_id)
    assert (saved.title, saved.description, saved.priority) == ("Buy oat milk", "2 litres", "low")


async def test_update_task_clears_a_description_given_as_empty(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    task = await add(database, alice_id, "Buy milk", description="2 litres", due="2026-05-01")
    arguments = {"task_id": task.id, "description": "", "due": ""}
    ok(await mcp.call_tool("update_task", arguments, meta=as_user(alice_id)))
    (saved,) = await tasks_of(database, alice_id)
    assert (saved.title, saved.description, saved.due_date) == ("Buy milk", None, None)


async def test_update_task_reopens_a_completed_task(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    task = await add(database, alice_id, "Call mom", completed=True)
    arguments = {"task_id": task.id, "completed": False}
    ok(await mcp.call_tool("update_task", arguments, meta=as_user(alice_id)))
    (saved,) = await tasks_of(database, alice_id)
    assert saved.completed is False


async def test_update_task_with_nothing_to_change_is_refused(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    task = await add(database, alice_id, "Buy milk")
    message = error(
        await mcp.call_tool("update_task", {"task_id": task.id}, meta=as_user(alice_id))
    )
    assert message.startswith("Nothing to update")


def arguments_for(tool: str, task_id: int) -> dict[str, Any]:
    arguments: dict[str, dict[str, Any]] = {
        "add_task": {"title": "Injected"},
        "list_tasks": {},
        "complete_task": {"task_id": task_id},
        "delete_task": {"task_id": task_id},
        "update_task": {"task_id": task_id, "title": "Renamed"},
    }
    return arguments[tool]


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("whose_task", ["callers", "named_users"])
async def test_naming_another_user_is_refused_and_changes_nothing(
    mcp: InMemoryTools, database: Database, alice_id: str, bob_id: str, tool: str, whose_task: str
) -> None:
    alice_task = await add(database, alice_id, "Alice's task")
    bob_task = await add(database, bob_id, "Bob's task")
    target = alice_task if whose_task == "callers" else bob_task
    arguments = {**arguments_for(tool, target.id or 0), "user_id": bob_id}

    message = error(await mcp.call_tool(tool, arguments, meta=as_user(alice_id)))

    assert "user_id does not match" in message
    assert await tasks_of(database, alice_id) == [alice_task]
    assert await tasks_of(database, bob_id) == [bob_task]


@pytest.mark.parametrize("tool", TOOLS)
async def test_naming_yourself_is_accepted(
    mcp: InMemoryTools, database: Database, alice_id: str, tool: str
) -> None:
    task = await add(database, alice_id, "Mine")
    arguments = {**arguments_for(tool, task.id or 0), "user_id": alice_id}
    ok(await mcp.call_tool(tool, arguments, meta=as_user(alice_id)))


@pytest.mark.parametrize("tool", TOOLS)
async def test_a_call_without_identity_is_refused(
    mcp: InMemoryTools, database: Database, alice_id: str, tool: str
) -> None:
    task = await add(database, alice_id, "Mine")
    arguments = {**arguments_for(tool, task.id or 0), "user_id": alice_id}
    assert error(await mcp.call_tool(tool, arguments)) == "not authenticated"
    assert await tasks_of(database, alice_id) == [task]


@pytest.mark.parametrize("tool", ["complete_task", "delete_task", "update_task"])
async def test_an_unknown_task_id_says_how_to_find_valid_ones(
    mcp: InMemoryTools, alice_id: str, tool: str
) -> None:
    message = error(await mcp.call_tool(tool, arguments_for(tool, 42), meta=as_user(alice_id)))
    assert message == "Task 42 not found. Call list_tasks to see valid task ids."


@pytest.mark.parametrize("tool", ["complete_task", "delete_task", "update_task"])
async def test_another_users_task_is_not_found_and_unchanged(
    mcp: InMemoryTools, database: Database, alice_id: str, bob_id: str, tool: str
) -> None:
    bob_task = await add(database, bob_id, "Bob's task")
    message = error(
        await mcp.call_tool(tool, arguments_for(tool, bob_task.id or 0), meta=as_user(alice_id))
    )
    assert message == f"Task {bob_task.id} not found. Call list_tasks to see valid task ids."
    assert await tasks_of(database, bob_id) == [bob_task]


@pytest.mark.parametrize(
    ("tool", "arguments", "expected"),
    [
        ("add_task", {"title": ""}, "title: must not be empty"),
        ("add_task", {"title": "   "}, "title: must not be empty"),
        ("add_task", {"title": "x" * 201}, "title: must be at most 200 characters (got 201)"),
        ("add_task", {}, "title: Field required"),
        ("add_task", {"title": 5}, "title: Input should be a valid string"),
        ("add_task", {"title": "Milk", "priority": "urgent"}, "priority: Input should be"),
        ("add_task", {"title": "Milk", "due": "someday"}, "due: could not read 'someday'"),
        ("add_task", {"title": "Milk", "repeat": "now and then"}, "repeat: could not read"),
        (
            "add_task",
            {"title": "Milk", "tags": ["a b c" * 20]},
            "tags.0: must be at most 40 characters",
        ),
        ("list_tasks", {"due": "later"}, "due: Input should be 'today', 'tomorrow'"),
        ("list_tasks", {"limit": 101}, "limit: Input should be less than or equal to 100"),
        ("list_tasks", {"cursor": "not-a-cursor"}, "cursor: not one list_tasks gave"),
        ("list_tasks", {"tag": "#"}, "tag: must not be empty"),
        ("add_task", {"title": "Milk", "description": "d" * 1001}, "description: must be at"),
        ("list_tasks", {"status": "done"}, "status: Input should be 'all', 'pending', "),
        ("complete_task", {"task_id": "abc"}, "task_id: Input should be a valid integer"),
        ("delete_task", {}, "task_id: Field required"),
        ("update_task", {"task_id": 1, "title": ""}, "title: must not be empty"),
        ("update_task", {"task_id": 1, "completed": "maybe"}, "completed: Input should be"),
    ],
)
async def test_invalid_arguments_are_a_clear_tool_error(
    mcp: InMemoryTools,
    database: Database,
    alice_id: str,
    tool: str,
    arguments: dict[str, Any],
    expected: str,
) -> None:
    existing = await add(database, alice_id, "Existing")
    message = error(await mcp.call_tool(tool, arguments, meta=as_user(alice_id)))
    assert message.startswith(f"Invalid arguments for {tool}: ")
    assert expected in message
    assert "Traceback" not in message
    assert await tasks_of(database, alice_id) == [existing]


async def test_a_server_bound_to_one_user_ignores_meta(
    database: Database, settings: Settings, verifier: TokenVerifier, alice_id: str, bob_id: str
) -> None:
    server = build_mcp_server(
        database=database, settings=settings, verifier=verifier, fixed_user_id=alice_id
    )
    async with Client(server) as client:
        ok(await client.call_tool("add_task", {"title": "Mine"}, meta=as_user(bob_id)))
    assert [task.title for task in await tasks_of(database, alice_id)] == ["Mine"]
    assert await tasks_of(database, bob_id) == []


async def test_the_legacy_handshake_client_passes_meta_too(
    server: MCPServer, database: Database, alice_id: str
) -> None:
    async with Client(server, mode="legacy") as client:
        ok(await client.call_tool("add_task", {"title": "Legacy"}, meta=as_user(alice_id)))
    assert [task.title for task in await tasks_of(database, alice_id)] == ["Legacy"]


async def test_each_call_uses_its_own_identity(
    mcp: InMemoryTools, database: Database, alice_id: str, bob_id: str
) -> None:
    ok(await mcp.call_tool("add_task", {"title": "A"}, meta=as_user(alice_id)))
    ok(await mcp.call_tool("add_task", {"title": "B"}, meta=as_user(bob_id)))
    assert [task.title for task in await tasks_of(database, alice_id)] == ["A"]
    assert [task.title for task in await tasks_of(database, bob_id)] == ["B"]


async def test_an_unreachable_database_is_a_tool_error_not_a_crash(
    mcp: InMemoryTools, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def unreachable(**_: Any) -> None:
        raise OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))

    monkeypatch.setattr(tasks, "get_all", unreachable)
    message = error(await mcp.call_tool("list_tasks", {}, meta=as_user("someone")))
    assert message == "The task database is unavailable; try again shortly."


# --- what the server says it offers, and what it answers for what it does not ---


@pytest.mark.parametrize("mode", ["auto", "legacy"])
async def test_capabilities_list_only_the_tools_without_change_notifications(
    server: MCPServer, mode: str
) -> None:
    """2026-07-28 (`server/discover`) and 2025-11-25 (`initialize`) alike: tools, nothing
    else; no `listChanged` (a stateless server has no stream to send it on)."""
    async with Client(server, mode=mode) as client:  # type: ignore[arg-type]
        capabilities = client.server_capabilities
        version = client.session.protocol_version
    assert version == ("2026-07-28" if mode == "auto" else "2025-11-25")
    assert capabilities is not None
    assert capabilities.model_dump(by_alias=True, exclude_none=True) == {
        "tools": {"listChanged": False}
    }


UNOFFERED: dict[str, Callable[[Client], Awaitable[object]]] = {
    "unknown prompt": lambda client: client.get_prompt("nope"),
    "prompt list": lambda client: client.list_prompts(),
    "unknown resource": lambda client: client.read_resource("file:///etc/passwd"),
    "resource list": lambda client: client.list_resources(),
    "resource templates": lambda client: client.list_resource_templates(),
    "unknown method": lambda client: client.session.send_request(
        Request[RequestParams, str](method="no/such/method", params=RequestParams()), EmptyResult
    ),
}


@pytest.mark.parametrize("mode", ["auto", "legacy"])
@pytest.mark.parametrize("ask", UNOFFERED.values(), ids=UNOFFERED.keys())
async def test_what_the_server_does_not_offer_is_method_not_found(
    server: MCPServer,
    mode: str,
    ask: Callable[[Client], Awaitable[object]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """JSON-RPC -32601 under both revisions, and no traceback in the log."""
    async with Client(server, mode=mode) as client:  # type: ignore[arg-type]
        with pytest.raises(MCPError) as caught:
            await ask(client)
    assert caught.value.error.code == METHOD_NOT_FOUND
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
