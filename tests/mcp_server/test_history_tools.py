"""restore_task, undo and the trash through the in-memory client the chat agent uses."""

from __future__ import annotations

from typing import Any

from mcp_types import CallToolResult

from tests.mcp_server.conftest import InMemoryTools, as_user, tasks_of
from todochat.chat import store
from todochat.core.db import Database
from todochat.mcp_server.identity import identity_meta
from todochat.tasks import service as tasks


def ok(result: CallToolResult) -> dict[str, Any]:
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return result.structured_content


def error(result: CallToolResult) -> str:
    assert result.is_error
    return result.content[0].text  # type: ignore[union-attr]


async def test_list_tasks_shows_the_trash_only_when_asked(
    mcp: InMemoryTools, alice_id: str
) -> None:
    kept = ok(await mcp.call_tool("add_task", {"title": "Kept"}, meta=as_user(alice_id)))
    gone = ok(await mcp.call_tool("add_task", {"title": "Gone"}, meta=as_user(alice_id)))
    ok(await mcp.call_tool("delete_task", {"task_id": gone["task_id"]}, meta=as_user(alice_id)))

    live = ok(await mcp.call_tool("list_tasks", {}, meta=as_user(alice_id)))["result"]
    assert [task["id"] for task in live] == [kept["task_id"]]
    assert "deleted_at" not in live[0]
    trash = ok(await mcp.call_tool("list_tasks", {"status": "deleted"}, meta=as_user(alice_id)))
    assert [task["id"] for task in trash["result"]] == [gone["task_id"]]
    assert trash["result"][0]["deleted_at"]
    again = await mcp.call_tool("delete_task", {"task_id": gone["task_id"]}, meta=as_user(alice_id))
    assert (
        error(again) == f"Task {gone['task_id']} not found. Call list_tasks to see valid task ids."
    )


async def test_restore_task_brings_back_an_identical_task(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    added = ok(
        await mcp.call_tool(
            "add_task",
            {"title": "Gym", "due": "2031-01-06 07:00", "repeat": "every monday"},
            meta=as_user(alice_id),
        )
    )
    (original,) = await tasks_of(database, alice_id)
    ok(await mcp.call_tool("delete_task", {"task_id": added["task_id"]}, meta=as_user(alice_id)))
    assert await tasks_of(database, alice_id) == []
    restored = await mcp.call_tool(
        "restore_task", {"task_id": added["task_id"]}, meta=as_user(alice_id)
    )
    assert ok(restored) == {"task_id": added["task_id"], "status": "restored", "title": "Gym"}
    assert await tasks_of(database, alice_id) == [original]
    twice = await mcp.call_tool(
        "restore_task", {"task_id": added["task_id"]}, meta=as_user(alice_id)
    )
    assert error(twice).startswith(f"Task {added['task_id']} not found in the trash.")


async def test_restore_and_undo_touch_only_the_callers_tasks(
    mcp: InMemoryTools, database: Database, alice_id: str, bob_id: str
) -> None:
    added = ok(await mcp.call_tool("add_task", {"title": "Alice's"}, meta=as_user(alice_id)))
    ok(await mcp.call_tool("delete_task", {"task_id": added["task_id"]}, meta=as_user(alice_id)))
    stolen = await mcp.call_tool(
        "restore_task", {"task_id": added["task_id"]}, meta=as_user(bob_id)
    )
    assert "not found" in error(stolen)
    assert error(await mcp.call_tool("undo", {}, meta=as_user(bob_id))) == "Nothing to undo"
    named = await mcp.call_tool("undo", {"user_id": alice_id}, meta=as_user(bob_id))
    assert "user_id does not match" in error(named)
    assert error(await mcp.call_tool("undo", {})) == "not authenticated"
    assert await tasks_of(database, alice_id) == []
    assert await tasks_of(database, bob_id) == []


async def test_undo_reverts_an_update_a_completion_and_an_add(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    me = as_user(alice_id)
    added = ok(await mcp.call_tool("add_task", {"title": "Dentist", "priority": "medium"}, meta=me))
    task_id = added["task_id"]
    (original,) = await tasks_of(database, alice_id)

    ok(await mcp.call_tool("update_task", {"task_id": task_id, "title": "High"}, meta=me))
    undone = ok(await mcp.call_tool("undo", {}, meta=me))
    assert undone == {
        "status": "undone",
        "summary": 'Put back the earlier fields of "Dentist".',
        "changes": [{"task_id": task_id, "title": "Dentist", "action": "updated"}],
    }
    assert await tasks_of(database, alice_id) == [original]

    ok(await mcp.call_tool("complete_task", {"task_id": task_id}, meta=me))
    assert ok(await mcp.call_tool("undo", {}, meta=me))["changes"][0]["action"] == "reopened"
    assert await tasks_of(database, alice_id) == [original]

    assert ok(await mcp.call_tool("undo", {}, meta=me))["changes"][0]["action"] == "deleted"
    assert await tasks_of(database, alice_id) == []


async def test_a_chat_turns_calls_share_one_group_and_name_the_conversation(
    mcp: InMemoryTools, database: Database, alice_id: str
) -> None:
    async with database.session() as session:
        conversation = await store.create(session=session, user_id=alice_id, title="chat")
    turn = identity_meta(alice_id, group_id="turn0001", conversation_id=conversation.id)
    first = ok(await mcp.call_tool("add_task", {"title": "One"}, meta=turn))
    ok(await mcp.call_tool("add_task", {"title": "Two"}, meta=turn))
    ok(await mcp.call_tool("complete_task", {"task_id": first["task_id"]}, meta=turn))

    async with database.session() as session:
        log = await tasks.get_changes(session=session, user_id=alice_id, limit=10, offset=0)
    assert {(c.group_id, c.source, c.conversation_id) for c in log.items} == {
        ("turn0001", "chat", conversation.id)
    }
    undone = ok(await mcp.call_tool("undo", {}, meta=as_user(alice_id)))
    assert [c["action"] for c in undone["changes"]] == ["reopened", "deleted", "deleted"]
    assert await tasks_of(database, alice_id) == []
