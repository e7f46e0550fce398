"""`todochat mcp` as a desktop client runs it: a child process speaking MCP on stdio."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from tests.conftest import TEST_SECRET
from tests.mcp_server.conftest import as_user, process_env, tasks_of
from tests.support.jwks import better_auth_claims, generate_key
from tests.support.servers import free_port
from todochat.accounts import service as accounts
from todochat.accounts.tokens import TokenVerifier
from todochat.core.config import Settings
from todochat.core.db import Database

pytestmark = pytest.mark.slow

ALICE = "stdio-alice"
ALICE_EMAIL = "stdio-alice@example.com"
BOB = "stdio-bob"


@pytest.fixture(scope="module")
def stdio_database_url(private_database_url: str) -> str:
    """The module's database with two users in it."""

    async def provision() -> None:
        database = Database(private_database_url)
        try:
            async with database.session() as session:
                await accounts.provision(session=session, user_id=ALICE, email=ALICE_EMAIL)
                await accounts.provision(session=session, user_id=BOB)
        finally:
            await database.dispose()

    asyncio.run(provision())
    return private_database_url


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "todochat", "mcp", *args]


def stdio_server(database_url: str, workdir: Path, *args: str) -> StdioServerParameters:
    executable, *rest = command(*args)
    return StdioServerParameters(
        command=executable, args=rest, env=process_env(database_url), cwd=workdir
    )


async def read_tasks(database_url: str, user_id: str) -> list[str]:
    database = Database(database_url)
    try:
        return [task.title for task in await tasks_of(database, user_id)]
    finally:
        await database.dispose()


@pytest.mark.parametrize("who", [ALICE, ALICE_EMAIL])
async def test_serves_the_given_user_and_ignores_meta(
    stdio_database_url: str, tmp_path: Path, who: str
) -> None:
    title = f"Added as {who}"
    async with Client(stdio_server(stdio_database_url, tmp_path, "--user", who)) as mcp:
        names = [tool.name for tool in (await mcp.list_tools()).tools]
        added = await mcp.call_tool("add_task", {"title": title}, meta=as_user(BOB))
        listed = await mcp.call_tool("list_tasks", {})
    assert names == [
        "add_task",
        "list_tasks",
        "complete_task",
        "delete_task",
        "update_task",
        "restore_task",
        "undo",
    ]
    assert not added.is_error
    assert listed.structured_content is not None
    assert title in [task["title"] for task in listed.structured_content["result"]]
    assert title in await read_tasks(stdio_database_url, ALICE)
    assert await read_tasks(stdio_database_url, BOB) == []


async def test_a_token_selects_and_provisions_its_user(
    stdio_database_url: str, tmp_path: Path
) -> None:
    settings = Settings(_env_file=None, database_url=stdio_database_url)
    token, _ = TokenVerifier(settings, TEST_SECRET).issue("stdio-newcomer")
    async with Client(stdio_server(stdio_database_url, tmp_path, "--token", token)) as mcp:
        added = await mcp.call_tool("add_task", {"title": "Via token"})
    assert not added.is_error
    assert await read_tasks(stdio_database_url, "stdio-newcomer") == ["Via token"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--user", "nobody"), "no user 'nobody'"),
        (("--token", "not-a-jwt"), "the token was refused: Malformed bearer token"),
    ],
)
def test_an_unknown_user_or_bad_token_stops_with_a_message_on_stderr(
    stdio_database_url: str, tmp_path: Path, args: tuple[str, str], message: str
) -> None:
    finished = subprocess.run(
        command(*args),
        env={**process_env(stdio_database_url), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 2
    assert message in finished.stderr.decode()
    assert finished.stdout == b""


def test_a_better_auth_token_while_better_auth_is_down_stops_with_a_message(
    stdio_database_url: str, tmp_path: Path
) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    token = generate_key("EdDSA").sign(better_auth_claims(url, "ba-user"))
    finished = subprocess.run(
        command("--token", token),
        env={**process_env(stdio_database_url), "BETTER_AUTH_URL": url, "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 2
    assert "the token could not be checked: Sign-in keys are unavailable" in (
        finished.stderr.decode()
    )
    assert "Traceback" not in finished.stderr.decode()


async def test_a_deletion_is_restored_and_an_add_undone_over_stdio(
    stdio_database_url: str, tmp_path: Path
) -> None:
    database = Database(stdio_database_url)
    try:
        async with Client(stdio_server(stdio_database_url, tmp_path, "--user", BOB)) as mcp:
            added = await mcp.call_tool(
                "add_task", {"title": "Stdio task", "repeat": "every friday", "tags": ["a"]}
            )
            assert added.structured_content is not None
            task_id = added.structured_content["task_id"]
            (original,) = [t for t in await tasks_of(database, BOB) if t.id == task_id]
            await mcp.call_tool("delete_task", {"task_id": task_id})
            assert task_id not in [t.id for t in await tasks_of(database, BOB)]
            restored = await mcp.call_tool("restore_task", {"task_id": task_id})
            assert not restored.is_error
            assert [t for t in await tasks_of(database, BOB) if t.id == task_id] == [original]

            await mcp.call_tool("update_task", {"task_id": task_id, "repeat": ""})
            await mcp.call_tool("undo", {})
            assert [t for t in await tasks_of(database, BOB) if t.id == task_id] == [original]
            await mcp.call_tool("complete_task", {"task_id": task_id, "for_good": True})
            await mcp.call_tool("undo", {})
            assert [t for t in await tasks_of(database, BOB) if t.id == task_id] == [original]
            await mcp.call_tool("undo", {})  # the restore
            await mcp.call_tool("undo", {})  # the delete
            await mcp.call_tool("undo", {})  # the add
        assert task_id not in [t.id for t in await tasks_of(database, BOB)]
    finally:
        await database.dispose()
