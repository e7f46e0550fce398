"""The official MCP conformance suite, and the same checks at protocol revision 2026-07-28.

`@modelcontextprotocol/conformance` (pinned in tests/node, run with Node 22 from npm) plays
its server scenarios against a real `todochat serve` through `TokenProxy` (the suite
cannot send an Authorization header). Its client speaks 2025-11-25; the scenarios todochat
does not claim are listed, each with its reason, in conformance/expected-failures.yml, and
any other failure (or a listed scenario that passes) fails the test.

The suite has no 2026-07-28 scenarios yet, so the second half checks the same properties
with the official Python client over HTTP, at 2026-07-28 (`server/discover`) and again at
2025-11-25 (`initialize`).

Marked `conformance`: not part of the default run (it does not depend on the database,
so CI runs it once, with `uv run pytest -m conformance`).
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from mcp_types import METHOD_NOT_FOUND, EmptyResult, Request, RequestParams

from tests.mcp_server.conftest import process_env
from tests.support.better_auth import NODE_DIR, ensure_node_tooling
from tests.support.servers import ServerProcess, start_server
from tests.support.token_proxy import TokenProxy

pytestmark = [pytest.mark.conformance, pytest.mark.slow]

EXPECTED_FAILURES = Path(__file__).parent / "conformance" / "expected-failures.yml"
SUITE = NODE_DIR / "node_modules" / "@modelcontextprotocol" / "conformance" / "dist" / "index.js"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, str]]:
    """A real server on its own SQLite file, and a token of a user registered on it."""
    workdir = tmp_path_factory.mktemp("conformance")
    database = f"sqlite:///{workdir / 'todochat.db'}"
    server = start_server(process_env(database), workdir, timeout=120)
    try:
        response = httpx2.post(
            f"{server.base_url}/api/auth/register",
            json={"email": "conformance@example.com", "password": "password123"},
            timeout=30,
        )
        assert response.status_code == 201, response.text
        yield server, response.json()["token"]
    finally:
        server.stop()


def expected_failures() -> dict[str, str]:
    """The listed scenarios and their reasons (the comment after each entry)."""
    entries = {}
    for line in EXPECTED_FAILURES.read_text().splitlines():
        match = re.match(r"^\s+- ([\w-]+)(?:\s+#\s*(.*))?$", line)
        if match:
            entries[match[1]] = (match[2] or "").strip()
    return entries


def scenario_results(output_dir: Path) -> dict[str, bool]:
    """Whether each scenario the suite ran passed: every check a success (a warning, such
    as "no session id", counts against it, as the suite's exit code does)."""
    results = {}
    for checks_file in output_dir.glob("server-*/checks.json"):
        name = re.sub(r"^server-|-\d{4}-\d\d-\d\dT.*$", "", checks_file.parent.name)
        statuses = {check["status"] for check in json.loads(checks_file.read_text())}
        results[name] = statuses <= {"SUCCESS", "INFO"}
    return results


def test_every_unclaimed_scenario_has_a_reason() -> None:
    entries = expected_failures()
    assert entries
    assert all(entries.values()), [name for name, reason in entries.items() if not reason]


def test_the_official_conformance_suite_passes_all_it_claims(
    live: tuple[ServerProcess, str], tmp_path: Path
) -> None:
    node = ensure_node_tooling()
    server, token = live
    with TokenProxy(server.base_url, token) as proxy:
        run = subprocess.run(
            [
                str(node),
                str(SUITE),
                "server",
                "--url",
                f"{proxy.url}/api/mcp",
                "--expected-failures",
                str(EXPECTED_FAILURES),
                "--output-dir",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
    output = run.stdout + run.stderr
    results = scenario_results(tmp_path)
    unclaimed = set(expected_failures())
    passed = sorted(name for name, ok in results.items() if ok)
    failed = sorted(name for name, ok in results.items() if not ok)
    print(
        f"MCP conformance (client at 2025-11-25): {len(results)} scenarios, "
        f"{len(passed)} passed, {len(failed)} failed, "
        f"{len(set(failed) & unclaimed)} of them expected\n"
        f"passed: {', '.join(passed)}"
    )
    assert run.returncode == 0, output[-6000:]
    assert set(failed) == unclaimed, output[-6000:]
    assert {"server-initialize", "tools-list", "tools-call-simple-text", "tools-call-error"} <= (
        set(passed)
    )
    assert "dns-rebinding-protection" in passed
    assert "Traceback" not in server.log()


# --- the same properties at 2026-07-28 (and again at 2025-11-25), with the Python client ---


@asynccontextmanager
async def connect(server: ServerProcess, token: str, mode: str) -> AsyncIterator[Client]:
    http = httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=30)
    async with http:
        transport = streamable_http_client(f"{server.base_url}/api/mcp", http_client=http)
        async with Client(transport, mode=mode) as client:  # type: ignore[arg-type]
            yield client


REVISIONS = {"auto": "2026-07-28", "legacy": "2025-11-25"}


@pytest.mark.parametrize("mode", REVISIONS, ids=REVISIONS.values())
async def test_discovery_lists_only_the_tools(live: tuple[ServerProcess, str], mode: str) -> None:
    server, token = live
    async with connect(server, token, mode) as client:
        assert client.protocol_version == REVISIONS[mode]
        assert client.server_capabilities.model_dump(by_alias=True, exclude_none=True) == {
            "tools": {"listChanged": False}
        }
        assert client.server_info is not None
        assert client.server_info.name == "todochat"
        tools = (await client.list_tools()).tools
    assert [tool.name for tool in tools] == [
        "add_task",
        "list_tasks",
        "complete_task",
        "delete_task",
        "update_task",
        "restore_task",
        "undo",
    ]
    assert all(tool.output_schema for tool in tools)


@pytest.mark.parametrize("mode", REVISIONS, ids=REVISIONS.values())
async def test_tool_calls_answer_results_and_tool_errors(
    live: tuple[ServerProcess, str], mode: str
) -> None:
    server, token = live
    async with connect(server, token, mode) as client:
        added = await client.call_tool("add_task", {"title": f"Conformance {mode}"})
        missing = await client.call_tool("complete_task", {"task_id": 999_999})
    assert not added.is_error
    assert added.structured_content is not None
    assert added.structured_content["status"] == "created"
    assert missing.is_error
    assert "list_tasks" in str(missing.content[0])


UNOFFERED: dict[str, Callable[[Client], Awaitable[object]]] = {
    "unknown prompt": lambda client: client.get_prompt("nope"),
    "unknown resource": lambda client: client.read_resource("file:///etc/passwd"),
    "unknown method": lambda client: client.session.send_request(
        Request[RequestParams, str](method="no/such/method", params=RequestParams()),
        EmptyResult,
    ),
}


@pytest.mark.parametrize("mode", REVISIONS, ids=REVISIONS.values())
@pytest.mark.parametrize("ask", UNOFFERED.values(), ids=UNOFFERED.keys())
async def test_unknown_prompts_resources_and_methods_are_method_not_found(
    live: tuple[ServerProcess, str], mode: str, ask: Callable[[Client], Awaitable[object]]
) -> None:
    server, token = live
    async with connect(server, token, mode) as client:
        with pytest.raises(MCPError) as caught:
            await ask(client)
    assert caught.value.error.code == METHOD_NOT_FOUND
    assert "Traceback" not in server.log()


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 200),
        ({"Origin": "SELF"}, 200),
        ({"Origin": "http://localhost:6274"}, 200),
        ({"Host": "attacker.example"}, 421),
        ({"Origin": "http://attacker.example"}, 403),
    ],
)
def test_dns_rebinding_guard_at_2026_07_28(
    live: tuple[ServerProcess, str], headers: dict[str, str], status: int
) -> None:
    server, token = live
    if headers.get("Origin") == "SELF":
        headers = {"Origin": server.base_url}
    response = httpx2.post(
        f"{server.base_url}/api/mcp",
        json={
            "jsonrpc": "2.0",
            "id": 1,
            "method": "server/discover",
            "params": {
                "_meta": {
                    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
                    "io.modelcontextprotocol/clientCapabilities": {},
                }
            },
        },
        headers={
            "Authorization": f"Bearer {token}",
            "Accept": "application/json, text/event-stream",
            "MCP-Protocol-Version": "2026-07-28",
            "Mcp-Method": "server/discover",
            **headers,
        },
        timeout=30,
    )
    assert response.status_code == status, response.text
    if status != 200:
        assert set(response.json()) == {"detail"}
