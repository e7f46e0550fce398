"""Approvals across real `todochat serve` processes and a scripted provider on loopback.

The paused run's state lives in the database: another process resumes it, a restart
between pause and answer loses nothing, and the remote-tools path (MCP_SERVER_URL)
pauses and resumes the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from tests.chat.test_server_process import server_env, token_for
from tests.support.scripted_provider import ScriptedProvider, text, tool_calls
from tests.support.servers import ServerProcess, start_server

pytestmark = pytest.mark.slow


@pytest.fixture
def servers() -> Iterator[list[ServerProcess]]:
    started: list[ServerProcess] = []
    yield started
    for server in started:
        server.stop()


def headers(user_id: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token_for(user_id)}"}


def add_tasks(base_url: str, user_id: str, *titles: str) -> list[int]:
    ids = []
    for title in titles:
        response = httpx2.post(
            f"{base_url}/api/{user_id}/tasks", json={"title": title}, headers=headers(user_id)
        )
        assert response.status_code == 201, response.text
        ids.append(int(response.json()["id"]))
    return ids


def titles(base_url: str, user_id: str) -> list[str]:
    tasks = httpx2.get(f"{base_url}/api/{user_id}/tasks", headers=headers(user_id)).json()
    return [task["title"] for task in tasks["items"]]


def chat(base_url: str, user_id: str, body: dict[str, Any]) -> dict[str, Any]:
    response = httpx2.post(
        f"{base_url}/api/{user_id}/chat",
        json={"stream": False, **body},
        headers=headers(user_id),
        timeout=60,
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def stream_events(base_url: str, user_id: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    response = httpx2.post(
        f"{base_url}/api/{user_id}/chat", json=body, headers=headers(user_id), timeout=60
    )
    assert response.status_code == 200, response.text
    return [json.loads(line[5:]) for line in response.text.splitlines() if line.startswith("data:")]


def pause(base_url: str, user_id: str, provider: ScriptedProvider) -> dict[str, Any]:
    """Two tasks and a turn deleting both at once: the paused JSON answer."""
    ids = add_tasks(base_url, user_id, "Buy milk", "Call mom")
    provider.script(tool_calls([("delete_task", {"task_id": i}) for i in ids]))
    paused = chat(base_url, user_id, {"message": "delete both"})
    assert [a["arguments"]["task_id"] for a in paused["approval_required"]["actions"]] == ids
    assert titles(base_url, user_id) == ["Buy milk", "Call mom"]
    return paused


def test_approving_on_another_process_resumes_the_turn(
    database_url: str, provider: ScriptedProvider, tmp_path: Path, servers: list[ServerProcess]
) -> None:
    one = start_server(server_env(database_url, provider), tmp_path)
    two = start_server(server_env(database_url, provider), tmp_path)
    servers.extend([one, two])
    paused = pause(one.base_url, "pair-user", provider)
    provider.script(text("Deleted both."))
    events = stream_events(
        two.base_url,
        "pair-user",
        {
            "conversation_id": paused["conversation_id"],
            "approval": {"id": paused["approval_required"]["id"], "approve": True},
        },
    )
    assert "".join(event.get("content", "") for event in events) == "Deleted both."
    assert [e["tool_result"]["result"]["status"] for e in events if "tool_result" in e] == [
        "deleted",
        "deleted",
    ]
    assert titles(one.base_url, "pair-user") == []
    # the model was given both deletes' results on the resumed call
    last = provider.requests[-1].messages
    assert [m["role"] for m in last[-2:]] == ["tool", "tool"]


def test_a_restart_between_pause_and_answer_loses_nothing(
    database_url: str, provider: ScriptedProvider, tmp_path: Path, servers: list[ServerProcess]
) -> None:
    first = start_server(server_env(database_url, provider), tmp_path)
    servers.append(first)
    paused = pause(first.base_url, "restart-user", provider)
    first.stop()
    second = start_server(server_env(database_url, provider), tmp_path)
    servers.append(second)
    provider.script(text("Kept them both."))
    answer = chat(
        second.base_url,
        "restart-user",
        {"conversation_id": paused["conversation_id"], "message": "no"},
    )
    assert answer["response"] == "Kept them both."
    assert titles(second.base_url, "restart-user") == ["Buy milk", "Call mom"]


def test_remote_tools_pause_and_resume(
    database_url: str, provider: ScriptedProvider, tmp_path: Path, servers: list[ServerProcess]
) -> None:
    tools_server = start_server(server_env(database_url, provider), tmp_path)
    servers.append(tools_server)
    chat_server = start_server(
        server_env(database_url, provider, MCP_SERVER_URL=f"{tools_server.base_url}/api/mcp"),
        tmp_path,
    )
    servers.append(chat_server)
    paused = pause(chat_server.base_url, "remote-user", provider)
    provider.script(text("Deleted remotely."))
    answer = chat(
        chat_server.base_url,
        "remote-user",
        {
            "conversation_id": paused["conversation_id"],
            "approval": {"id": paused["approval_required"]["id"], "approve": True},
        },
    )
    assert answer["response"] == "Deleted remotely."
    assert titles(tools_server.base_url, "remote-user") == []
