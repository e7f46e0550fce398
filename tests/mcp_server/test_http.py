"""`/api/mcp` on the real `todochat serve` process, with the official Streamable HTTP client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.mcp_server.conftest import as_user, process_env
from tests.support.accounts import Account
from tests.support.servers import ServerProcess, start_server
from todochat.mcp_server.identity import change_meta, identity_meta

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def live_server(
    private_database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    workdir: Path = tmp_path_factory.mktemp("mcp-http")
    server = start_server(process_env(private_database_url), workdir)
    try:
        yield server
    finally:
        server.stop()


def register(server: ServerProcess, name: str) -> Account:
    email = f"{name}@example.com"
    response = httpx2.post(
        f"{server.base_url}/api/auth/register",
        json={"email": email, "password": "password123", "name": name},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    return Account(id=body["user"]["id"], email=email, token=body["token"])


@pytest.fixture(scope="module")
def people(live_server: ServerProcess) -> dict[str, Account]:
    return {name: register(live_server, name) for name in ("alice", "bob")}


@asynccontextmanager
async def connect(server: ServerProcess, token: str) -> AsyncIterator[Client]:
    http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=30)
    async with http:
        transport = streamable_http_client(f"{server.base_url}/api/mcp", http_client=http)
        async with Client(transport) as client:
            yield client


def titles(server: ServerProcess, account: Account) -> list[str]:
    response = httpx2.get(f"{server.base_url}{account.path('/tasks')}", headers=account.headers)
    assert response.status_code == 200
    return [task["title"] for task in response.json()["items"]]


async def test_a_client_with_a_login_token_manages_its_tasks(
    live_server: ServerProcess, people: dict[str, Account]
) -> None:
    alice = people["alice"]
    async with connect(live_server, alice.token) as mcp:
        names = [tool.name for tool in (await mcp.list_tools()).tools]
        added = await mcp.call_tool("add_task", {"title": "Water the plants"})
        listed = await mcp.call_tool("list_tasks", {"status": "pending"})
    assert names == [
        "add_task",
        "list_tasks",
        "complete_task",
        "delete_task",
        "update_task",
        "restore_task",
        "undo",
    ]
    assert added.structured_content is not None
    assert added.structured_content["status"] == "created"
    assert listed.structured_content is not None
    assert [task["title"] for task in listed.structured_content["result"]] == ["Water the plants"]
    assert titles(live_server, alice) == ["Water the plants"]


async def test_meta_naming_another_user_is_ignored(
    live_server: ServerProcess, people: dict[str, Account]
) -> None:
    alice, bob = people["alice"], people["bob"]
    async with connect(live_server, alice.token) as mcp:
        result = await mcp.call_tool("add_task", {"title": "Not Bob's"}, meta=as_user(bob.id))
    assert not result.is_error
    assert "Not Bob's" in titles(live_server, alice)
    assert titles(live_server, bob) == []


async def test_a_time_zone_in_meta_is_ignored_over_http(
    live_server: ServerProcess, people: dict[str, Account]
) -> None:
    """Only an in-process chat turn may bring the user's zone along; over HTTP the
    server reads it from the user's row (UTC here)."""
    alice = people["alice"]
    meta = identity_meta(alice.id, time_zone="America/New_York")
    async with connect(live_server, alice.token) as mcp:
        result = await mcp.call_tool(
            "add_task", {"title": "Zoned", "due": "2027-01-01 17:00"}, meta=meta
        )
    assert not result.is_error
    response = httpx2.get(f"{live_server.base_url}{alice.path('/tasks')}", headers=alice.headers)
    (task,) = [task for task in response.json()["items"] if task["title"] == "Zoned"]
    assert task["due_date"].startswith("2027-01-01T17:00:00")


def test_the_endpoint_refuses_a_missing_token_and_a_foreign_host(
    live_server: ServerProcess, people: dict[str, Account]
) -> None:
    url = f"{live_server.base_url}/api/mcp"
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    accept = {"Accept": "application/json, text/event-stream"}
    missing = httpx2.post(url, json=body, headers=accept)
    foreign = httpx2.post(
        url, json=body, headers={**accept, **people["alice"].headers, "Host": "attacker.example"}
    )
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"].startswith("Bearer")
    assert "detail" in missing.json()
    assert foreign.status_code == 421
    assert httpx2.get(f"{url}/health").json() == {"status": "healthy", "tools": 7}


async def test_a_deletion_is_restored_and_changes_undone_over_http(
    live_server: ServerProcess, people: dict[str, Account]
) -> None:
    bob = people["bob"]
    base = live_server.base_url

    def task(task_id: int) -> httpx2.Response:
        return httpx2.get(f"{base}{bob.path(f'/tasks/{task_id}')}", headers=bob.headers)

    async with connect(live_server, bob.token) as mcp:
        added = await mcp.call_tool(
            "add_task",
            {"title": "Renew passport", "priority": "high", "due": "2031-06-01", "tags": ["id"]},
        )
        assert added.structured_content is not None
        task_id = added.structured_content["task_id"]
        original = task(task_id).json()

        await mcp.call_tool("delete_task", {"task_id": task_id})
        assert task(task_id).status_code == 404
        trash = await mcp.call_tool("list_tasks", {"status": "deleted"})
        assert trash.structured_content is not None
        assert [t["id"] for t in trash.structured_content["result"]] == [task_id]
        restored = await mcp.call_tool("restore_task", {"task_id": task_id})
        assert restored.structured_content == {
            "task_id": task_id,
            "status": "restored",
            "title": "Renew passport",
        }
        assert task(task_id).json() == original

        await mcp.call_tool("update_task", {"task_id": task_id, "title": "High", "tags": []})
        undone = await mcp.call_tool("undo", {})
        assert undone.structured_content is not None
        assert undone.structured_content["changes"] == [
            {"task_id": task_id, "title": "Renew passport", "action": "updated"}
        ]
        assert task(task_id).json() == original

        await mcp.call_tool("complete_task", {"task_id": task_id})
        await mcp.call_tool("undo", {})
        assert task(task_id).json() == original

        await mcp.call_tool("undo", {})  # the restore: back to the trash
        await mcp.call_tool("undo", {})  # the delete: back again
        assert task(task_id).json() == original
        await mcp.call_tool("undo", {})  # the add: to the trash
        assert task(task_id).status_code == 404
        nothing = await mcp.call_tool("undo", {})
        assert nothing.is_error
        assert nothing.content[0].text == "Nothing to undo"  # type: ignore[union-attr]

    activity = httpx2.get(f"{base}{bob.path('/activity')}", headers=bob.headers).json()
    assert {change["source"] for change in activity["items"]} == {"mcp"}


async def test_a_chat_turns_group_is_kept_over_http_without_its_conversation(
    live_server: ServerProcess, people: dict[str, Account]
) -> None:
    alice = people["alice"]
    turn = change_meta("remoteturn1", conversation_id=424242)
    async with connect(live_server, alice.token) as mcp:
        first = await mcp.call_tool("add_task", {"title": "Grouped one"}, meta=turn)
        second = await mcp.call_tool("add_task", {"title": "Grouped two"}, meta=turn)
    assert not first.is_error and not second.is_error
    log = httpx2.get(
        f"{live_server.base_url}{alice.path('/activity')}", headers=alice.headers
    ).json()
    grouped = [c for c in log["items"] if c["group_id"] == "remoteturn1"]
    assert [(c["source"], c["conversation_id"]) for c in grouped] == [("chat", None)] * 2
