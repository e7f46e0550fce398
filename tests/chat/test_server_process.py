"""Chat against real `todochat serve` processes and a scripted provider on loopback.

These prove the stateless design: a conversation survives a restart, two processes on
one database serve alternate turns of one conversation, 50 chats run at once, a client
that hangs up leaves a stored reply, and MCP_SERVER_URL sends the agent's tool calls to
another process with the caller's own token.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import jwt
import pytest

from tests.conftest import REDIS_URL, TEST_SECRET
from tests.support.scripted_provider import (
    ScriptedProvider,
    echo_tool_then_text,
    error,
    text,
    tool_call,
)
from tests.support.servers import ServerProcess, start_server

pytestmark = pytest.mark.slow


@pytest.fixture
def provider() -> Iterator[ScriptedProvider]:
    with ScriptedProvider(responder=echo_tool_then_text()) as scripted:
        yield scripted


def server_env(database_url: str, provider: ScriptedProvider, **extra: str) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url,
        "BETTER_AUTH_SECRET": TEST_SECRET,
        "AGENT_BASE_URL": provider.base_url,
        "AGENT_MODEL": "scripted",
        "AGENT_TIMEOUT_SECONDS": "20",
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def token_for(user_id: str) -> str:
    """A token as the Better Auth front end would sign it with the shared secret."""
    claims = {"sub": user_id, "exp": int(time.time()) + 600}
    return jwt.encode(claims, TEST_SECRET, algorithm="HS256")


def chat_json(
    base_url: str, user_id: str, message: str, conversation_id: int | None = None
) -> dict:
    body: dict[str, object] = {"message": message, "stream": False}
    if conversation_id is not None:
        body["conversation_id"] = conversation_id
    response = httpx2.post(
        f"{base_url}/api/{user_id}/chat",
        json=body,
        headers={"Authorization": f"Bearer {token_for(user_id)}"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


def stored_messages(base_url: str, user_id: str, conversation_id: int) -> list[dict]:
    response = httpx2.get(
        f"{base_url}/api/{user_id}/conversations/{conversation_id}/messages",
        params={"limit": 200},
        headers={"Authorization": f"Bearer {token_for(user_id)}"},
    )
    return list(response.json()["items"])


def history(base_url: str, user_id: str, conversation_id: int) -> list[tuple[str, str]]:
    return [(m["role"], m["content"]) for m in stored_messages(base_url, user_id, conversation_id)]


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[list[ServerProcess]]:
    started: list[ServerProcess] = []
    yield started
    for server in started:
        server.stop()


def test_conversation_continues_after_a_restart(
    database_url: str, provider: ScriptedProvider, tmp_path: Path, servers: list[ServerProcess]
) -> None:
    first = start_server(server_env(database_url, provider), tmp_path)
    servers.append(first)
    turn = chat_json(first.base_url, "restart-user", "Buy milk")
    first.stop()
    second = start_server(server_env(database_url, provider), tmp_path)
    servers.append(second)
    provider.script(text("You asked me to add Buy milk."))
    answer = chat_json(second.base_url, "restart-user", "what did I ask?", turn["conversation_id"])
    assert answer["conversation_id"] == turn["conversation_id"]
    sent = [message["role"] for message in provider.requests[-1].messages]
    assert sent == ["system", "user", "assistant", "tool", "assistant", "user"]


def test_two_processes_serve_alternate_turns_of_one_conversation(
    database_url: str, provider: ScriptedProvider, tmp_path: Path, servers: list[ServerProcess]
) -> None:
    one = start_server(server_env(database_url, provider), tmp_path)
    two = start_server(server_env(database_url, provider), tmp_path)
    servers.extend([one, two])
    conversation_id = chat_json(one.base_url, "pair-user", "Task one")["conversation_id"]
    chat_json(two.base_url, "pair-user", "Task two", conversation_id)
    chat_json(one.base_url, "pair-user", "Task three", conversation_id)
    stored = history(two.base_url, "pair-user", conversation_id)
    assert [role for role, _ in stored] == ["user", "assistant"] * 3
    assert [content for role, content in stored if role == "user"] == [
        "Task one",
        "Task two",
        "Task three",
    ]
    tasks = httpx2.get(
        f"{one.base_url}/api/pair-user/tasks",
        headers={"Authorization": f"Bearer {token_for('pair-user')}"},
    ).json()
    assert [task["title"] for task in tasks["items"]] == ["Task one", "Task two", "Task three"]
    # the third turn's first model call: system, two earlier turns (4 items each), the user
    assert len(provider.requests[-2].messages) == 1 + 4 + 4 + 1


def test_fifty_users_chat_at_once(
    database_url: str, provider: ScriptedProvider, tmp_path: Path, servers: list[ServerProcess]
) -> None:
    provider.latency_seconds = 0.3  # a model that takes time, so the turns must overlap
    server = start_server(server_env(database_url, provider), tmp_path)
    servers.append(server)
    users = [f"load-user-{index}" for index in range(50)]

    async def one_chat(http: httpx2.AsyncClient, user_id: str) -> list[str]:
        async with http.stream(
            "POST",
            f"/api/{user_id}/chat",
            json={"message": f"Errand of {user_id}"},
            headers={"Authorization": f"Bearer {token_for(user_id)}"},
        ) as response:
            assert response.status_code == 200
            return [line async for line in response.aiter_lines() if line.startswith("data:")]

    async def all_chats() -> list[list[str]]:
        limits = httpx2.Limits(max_connections=60)
        async with httpx2.AsyncClient(base_url=server.base_url, timeout=60, limits=limits) as http:
            return await asyncio.gather(*(one_chat(http, user) for user in users))

    streams = asyncio.run(all_chats())
    assert all(lines[-1].startswith('data: {"done": true') for lines in streams)
    assert not any('"error"' in line for lines in streams for line in lines)
    for user_id in users[::7]:
        tasks = httpx2.get(
            f"{server.base_url}/api/{user_id}/tasks",
            headers={"Authorization": f"Bearer {token_for(user_id)}"},
        ).json()
        assert [task["title"] for task in tasks["items"]] == [f"Errand of {user_id}"]
    assert provider.max_in_flight >= 10  # the turns really ran at the same time


def test_client_that_hangs_up_mid_stream_leaves_the_reply_stored(
    database_url: str, tmp_path: Path, servers: list[ServerProcess]
) -> None:
    with ScriptedProvider(chunk_delay_seconds=0.05) as provider:
        long_reply = " ".join(f"word{index}" for index in range(40))
        provider.script(text(long_reply))
        server = start_server(server_env(database_url, provider), tmp_path)
        servers.append(server)
        headers = {"Authorization": f"Bearer {token_for('quitter')}"}
        with httpx2.stream(
            "POST",
            f"{server.base_url}/api/quitter/chat",
            json={"message": "tell me a story"},
            headers=headers,
            timeout=30,
        ) as response:
            for line in response.iter_lines():
                if line.startswith("data:"):
                    break  # hang up after the first event
        deadline = time.monotonic() + 15
        stored: list[tuple[str, str]] = []
        while time.monotonic() < deadline:
            conversations = httpx2.get(
                f"{server.base_url}/api/quitter/conversations", headers=headers
            ).json()
            stored = history(server.base_url, "quitter", conversations["items"][0]["id"])
            if len(stored) == 2:
                break
            time.sleep(0.2)
        assert stored == [("user", "tell me a story"), ("assistant", long_reply)]


def test_remote_mcp_server_gets_the_callers_own_token(
    database_url: str, provider: ScriptedProvider, tmp_path: Path, servers: list[ServerProcess]
) -> None:
    tools_server = start_server(server_env(database_url, provider), tmp_path)
    servers.append(tools_server)
    chat_server = start_server(
        server_env(database_url, provider, MCP_SERVER_URL=f"{tools_server.base_url}/api/mcp"),
        tmp_path,
    )
    servers.append(chat_server)
    provider.script(
        tool_call("add_task", {"title": "Remote errand"}),
        tool_call("add_task", {"title": "Second errand"}),
        text("Added remotely."),
    )
    answer = chat_json(chat_server.base_url, "remote-user", "add remote errand")
    assert answer["tool_calls"][0]["result"]["title"] == "Remote errand"
    headers = {"Authorization": f"Bearer {token_for('remote-user')}"}
    tasks = httpx2.get(f"{tools_server.base_url}/api/remote-user/tasks", headers=headers).json()
    assert [task["title"] for task in tasks["items"]] == ["Remote errand", "Second errand"]
    # The turn's two changes are one group there too: one undo takes both back.
    log = httpx2.get(f"{tools_server.base_url}/api/remote-user/activity", headers=headers).json()
    assert {(change["source"], change["group_id"]) for change in log["items"]} == {
        ("chat", log["items"][0]["group_id"])
    }
    undone = httpx2.post(f"{tools_server.base_url}/api/remote-user/undo", headers=headers)
    assert len(undone.json()["changes"]) == 2


def test_several_worker_processes_serve_one_port(
    database_url: str, tmp_path: Path, servers: list[ServerProcess]
) -> None:
    env = {
        "DATABASE_URL": database_url,
        "BETTER_AUTH_SECRET": TEST_SECRET,
        "AGENT_MODEL": "offline",
        "LOG_LEVEL": "WARNING",
    }
    server = start_server(env, tmp_path, args=["--workers", "2"])
    servers.append(server)
    children = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children")
    command_lines = [
        Path(f"/proc/{pid}/cmdline").read_bytes() for pid in children.read_text().split()
    ]
    assert sum(b"spawn_main" in line for line in command_lines) == 2  # two workers

    async def chats() -> list[int]:
        async with httpx2.AsyncClient(base_url=server.base_url, timeout=30) as http:
            answers = await asyncio.gather(
                *(
                    http.post(
                        f"/api/worker-user-{index}/chat",
                        json={"message": f"Add a task to feed cat {index}", "stream": False},
                        headers={"Authorization": f"Bearer {token_for(f'worker-user-{index}')}"},
                    )
                    for index in range(10)
                )
            )
            return [answer.status_code for answer in answers]

    assert asyncio.run(chats()) == [200] * 10
    tasks = httpx2.get(
        f"{server.base_url}/api/worker-user-3/tasks",
        headers={"Authorization": f"Bearer {token_for('worker-user-3')}"},
    ).json()
    assert [task["title"] for task in tasks["items"]] == ["Feed cat 3"]


def test_messages_sent_at_once_through_two_processes_are_answered_in_order(
    database_url: str, provider: ScriptedProvider, tmp_path: Path, servers: list[ServerProcess]
) -> None:
    """One turn at a time per conversation across processes: user, assistant, user, ..."""
    provider.latency_seconds = 0.05
    one = start_server(server_env(database_url, provider), tmp_path)
    two = start_server(server_env(database_url, provider), tmp_path)
    servers.extend([one, two])
    user = "burst-user"
    conversation_id = chat_json(one.base_url, user, "Message start")["conversation_id"]
    sent = [f"Message {index}" for index in range(10)]

    async def burst() -> list[httpx2.Response]:
        async with httpx2.AsyncClient(timeout=60) as http:
            return await asyncio.gather(
                *(
                    http.post(
                        f"{(one, two)[index % 2].base_url}/api/{user}/chat",
                        json={"message": message, "conversation_id": conversation_id},
                        headers={
                            "Authorization": f"Bearer {token_for(user)}",
                            "Accept": "application/json",
                        },
                    )
                    for index, message in enumerate(sent)
                )
            )

    answers = asyncio.run(burst())
    assert [answer.status_code for answer in answers] == [200] * 10
    for message, answer in zip(sent, answers, strict=True):  # each reply answers its message
        assert answer.json()["tool_calls"][0]["arguments"] == {"title": message}
    stored = stored_messages(two.base_url, user, conversation_id)
    assert [m["role"] for m in stored] == ["user", "assistant"] * 11
    for asked, answered in zip(stored[::2], stored[1::2], strict=True):
        assert answered["tool_calls"][0]["arguments"] == {"title": asked["content"]}
    assert sorted(m["content"] for m in stored[2::2]) == sorted(sent)


def test_a_resend_by_id_on_another_process_is_the_same_turn(
    database_url: str, provider: ScriptedProvider, tmp_path: Path, servers: list[ServerProcess]
) -> None:
    env = server_env(database_url, provider, AGENT_MAX_RETRIES="0")
    one, two = start_server(env, tmp_path), start_server(env, tmp_path)
    servers.extend([one, two])
    user, headers = "resend-user", {"Authorization": f"Bearer {token_for('resend-user')}"}
    body = {"message": "Water the plants", "client_message_id": "c-1", "stream": False}
    provider.script(error(400))
    failed = httpx2.post(f"{one.base_url}/api/{user}/chat", json=body, headers=headers, timeout=30)
    assert failed.status_code == 503
    retried = httpx2.post(f"{two.base_url}/api/{user}/chat", json=body, headers=headers, timeout=30)
    assert retried.status_code == 200
    asked = len(provider.requests)
    again = httpx2.post(f"{one.base_url}/api/{user}/chat", json=body, headers=headers, timeout=30)
    assert again.json() == retried.json()
    assert len(provider.requests) == asked  # answered from the store, not the model
    conversation_id = retried.json()["conversation_id"]
    assert [role for role, _ in history(one.base_url, user, conversation_id)] == [
        "user",
        "assistant",
    ]
    tasks = httpx2.get(f"{one.base_url}/api/{user}/tasks", headers=headers).json()
    assert [task["title"] for task in tasks["items"]] == ["Water the plants"]


def read_events(lines: Iterator[str], count: int | None = None) -> list[tuple[str, dict]]:
    """(id, event) pairs from SSE lines: `count` of them, or up to `done`."""
    pairs: list[tuple[str, dict]] = []
    event_id = ""
    for line in lines:
        if line.startswith("id: "):
            event_id = line[4:]
        elif line.startswith("data: "):
            pairs.append((event_id, json.loads(line[6:])))
            if len(pairs) == count or "done" in pairs[-1][1]:
                break
    return pairs


def test_a_dropped_stream_resumes_on_the_other_process_with_nothing_missing_or_repeated(
    database_url: str, tmp_path: Path, servers: list[ServerProcess], redis_prefix: str
) -> None:
    with ScriptedProvider(chunk_delay_seconds=0.05) as provider:
        words = [f"word{index}" for index in range(40)]
        provider.script(text(" ".join(words), chunks=[f"{word} " for word in words]))
        env = server_env(
            database_url,
            provider,
            REDIS_URL=REDIS_URL,
            REDIS_KEY_PREFIX=redis_prefix,
        )
        one, two = start_server(env, tmp_path), start_server(env, tmp_path)
        servers.extend([one, two])
        user, headers = "phone-user", {"Authorization": f"Bearer {token_for('phone-user')}"}
        with httpx2.stream(
            "POST",
            f"{one.base_url}/api/{user}/chat",
            json={"message": "tell me a long story"},
            headers=headers,
            timeout=30,
        ) as response:
            conversation_id = int(response.headers["x-conversation-id"])
            before = read_events(response.iter_lines(), count=5)  # then the network drops
        with httpx2.stream(
            "GET",
            f"{two.base_url}/api/{user}/conversations/{conversation_id}/stream",
            headers={**headers, "Last-Event-ID": before[-1][0]},
            timeout=30,
        ) as resumed:
            after = read_events(resumed.iter_lines())
        events = before + after
        turn = events[0][0].split(".")[0]
        assert [event_id for event_id, _ in events] == [
            f"{turn}.{number}" for number in range(1, len(events) + 1)
        ]
        assert events[-1][1] == {"done": True, "conversation_id": conversation_id}
        said = "".join(event.get("content", "") for _, event in events)
        assert said == " ".join(words) + " "
        stored = history(two.base_url, user, conversation_id)
        assert stored == [("user", "tell me a long story"), ("assistant", said)]
