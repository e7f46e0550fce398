"""The pieces every benchmark uses: databases, the server and provider processes, a client.

Everything runs on 127.0.0.1: a scripted OpenAI-compatible provider in its own process
(tests/support/scripted_provider.py), the real `python -m todochat serve`, and this
process as the client. Each run makes its own database and removes it afterwards.
"""

from __future__ import annotations

import json
import math
import os
import secrets
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx2
import jwt

from tests.support.databases import create_postgres_database, drop_postgres_database
from tests.support.scripted_provider import ProviderProcess, start_provider_process
from tests.support.servers import ServerProcess, start_server
from todochat.assistant.prompt import get_system_prompt

BENCH_SECRET = "bench-secret-for-hs256-tokens-" + "0123456789abcdef"
DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"
TURN_TIMEOUT_SECONDS = 30.0


# --- numbers ---------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), nearest rank; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def ms(seconds: float) -> float:
    return seconds * 1000.0


def peak_rss_mb(pid: int) -> float:
    """A process's peak resident memory (VmHWM) in MB, from /proc; NaN where unreadable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return math.nan


def process_tree(pid: int) -> list[int]:
    """`pid` and its descendants (a `--workers N` server's worker processes), from /proc."""
    found = [pid]
    for parent in found:  # grows while walking: breadth first
        try:
            for task in Path(f"/proc/{parent}/task").iterdir():
                found.extend(int(child) for child in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds so far of `pid` and every live descendant."""
    return sum(cpu_seconds(member) for member in process_tree(pid))


def tree_schedstat(pid: int) -> tuple[float, float]:
    """Seconds on a CPU, and seconds runnable but waiting for one, of the main thread of
    `pid` and of each descendant (where each server process runs its event loop), from
    /proc/PID/schedstat; NaN where unreadable."""
    running = waiting = 0.0
    for member in process_tree(pid):
        try:
            on_cpu, run_delay, _ = Path(f"/proc/{member}/schedstat").read_text().split()
        except (OSError, ValueError):
            return math.nan, math.nan
        running += int(on_cpu) / 1e9
        waiting += int(run_delay) / 1e9
    return running, waiting


def tree_peak_rss_mb(pid: int) -> float:
    """The largest peak resident memory among `pid` and its descendants (per process)."""
    return max(peak_rss_mb(member) for member in process_tree(pid))


def cpu_seconds(pid: int) -> float:
    """A process's CPU time so far (user + system), from /proc; NaN where unreadable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return math.nan
    # after the command name: state is field 3, utime and stime are fields 14 and 15
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- databases -------------------------------------------------------------------------------


@contextmanager
def bench_database(kind: str, workdir: Path, postgres_url: str) -> Iterator[str]:
    """An empty database for one benchmark: a SQLite file, or `todochat_bench_<random>`."""
    if kind == "sqlite":
        yield f"sqlite:///{workdir / f'bench-{secrets.token_hex(4)}.db'}"
        return
    url = create_postgres_database(postgres_url, prefix="todochat_bench")
    try:
        yield url
    finally:
        drop_postgres_database(url, postgres_url)


# --- processes -------------------------------------------------------------------------------


@dataclass
class Stack:
    """A scripted provider and a todochat server that uses it, on one database."""

    provider: ProviderProcess
    server: ServerProcess
    database_url: str

    @property
    def base_url(self) -> str:
        return self.server.base_url

    @property
    def server_pid(self) -> int:
        return self.server.process.pid


def bytecode_cache_env(workdir: Path) -> dict[str, str]:
    """Launch with a bytecode cache, as an installed todochat runs.

    `uv tool install --compile-bytecode` (the README's install) and any Python started
    without PYTHONDONTWRITEBYTECODE keep compiled modules; a checkout synced without
    `--compile-bytecode` under PYTHONDONTWRITEBYTECODE=1 (as on the benchmark machine)
    has none, so every launch compiles SQLAlchemy, FastAPI, pydantic and the rest from
    source again (about 1.3 s of CPU a start). The cache goes under `workdir`
    (PYTHONPYCACHEPREFIX), so neither the checkout nor its environment is written to;
    the first launch fills it (see `measure_startup`). An empty PYTHONDONTWRITEBYTECODE
    counts as unset.
    """
    return {"PYTHONPYCACHEPREFIX": str(workdir / "pycache"), "PYTHONDONTWRITEBYTECODE": ""}


def server_env(database_url: str, provider_url: str) -> dict[str, str]:
    """The environment of a benchmarked server: the scripted model, no retries, quiet logs,
    no per-user limits."""
    return {
        "DATABASE_URL": database_url,
        "BETTER_AUTH_SECRET": BENCH_SECRET,
        "AGENT_BASE_URL": provider_url,
        "AGENT_MODEL": "scripted",
        "AGENT_TIMEOUT_SECONDS": str(TURN_TIMEOUT_SECONDS),
        "AGENT_MAX_RETRIES": "0",
        "LOG_LEVEL": "WARNING",
        # Benchmarks measure speed: many turns per user, bursts of messages at once.
        "CHAT_RATE_LIMIT": "",
        "MCP_RATE_LIMIT": "",
        "DAILY_TOKEN_LIMIT": "0",
    }


@contextmanager
def running_stack(
    database_url: str,
    *,
    latency: float,
    workdir: Path,
    env: dict[str, str] | None = None,
    server_args: tuple[str, ...] = (),
) -> Iterator[Stack]:
    """Start the provider (echo-tool: one tool call, then text) and the server; stop both."""
    provider = start_provider_process(mode="echo-tool", latency_seconds=latency)
    try:
        server = start_server(
            {**server_env(database_url, provider.base_url), **(env or {})},
            workdir,
            timeout=60,
            args=server_args,
        )
        try:
            yield Stack(provider, server, database_url)
        finally:
            log = server.stop()
            errors = [line for line in log.splitlines() if "Traceback" in line or "ERROR" in line]
            if errors:
                print(f"  server log had {len(errors)} error line(s); see {server.log_path}")
    finally:
        provider.stop()


@contextmanager
def scratch_dir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="todochat-bench-") as name:
        yield Path(name)


# --- the client ------------------------------------------------------------------------------


def token_for(user_id: str) -> str:
    """An HS256 token as the front end would sign it with the shared secret."""
    claims = {"sub": user_id, "exp": int(time.time()) + 3600}
    return jwt.encode(claims, BENCH_SECRET, algorithm="HS256")


@dataclass
class TurnResult:
    """One chat turn as the client saw it."""

    seconds: float
    conversation_id: int | None
    ok: bool
    error: str | None = None
    tool_calls: int = 0
    text: str = ""


def chat_body(message: str, conversation_id: int | None, *, stream: bool) -> dict[str, Any]:
    body: dict[str, Any] = {"message": message, "stream": stream}
    if conversation_id is not None:
        body["conversation_id"] = conversation_id
    return body


def json_turn(status: int, content: bytes, seconds: float) -> TurnResult:
    """A JSON turn's answer as the client reads it (raises ValueError for a body not JSON)."""
    if status != 200:
        return TurnResult(seconds, None, False, f"HTTP {status}")
    data = json.loads(content)
    error = data.get("error")
    return TurnResult(
        seconds,
        data.get("conversation_id"),
        error is None and bool(data.get("response")),
        json.dumps(error) if error else None,
        len(data.get("tool_calls") or []),
        str(data.get("response") or ""),
    )


@dataclass
class BenchClient:
    """An httpx2 client for one server, with tokens minted once per user."""

    base_url: str
    http: httpx2.AsyncClient
    _tokens: dict[str, str] = field(default_factory=dict)

    def headers(self, user_id: str) -> dict[str, str]:
        token = self._tokens.get(user_id)
        if token is None:
            token = self._tokens[user_id] = token_for(user_id)
        return {"Authorization": f"Bearer {token}"}

    async def provision(self, user_id: str) -> None:
        """The first request of a user creates it; do it before anything is timed."""
        response = await self.http.get(
            f"{self.base_url}/api/{user_id}/conversations", headers=self.headers(user_id)
        )
        response.raise_for_status()

    async def turn(
        self,
        user_id: str,
        message: str,
        conversation_id: int | None = None,
        *,
        stream: bool = True,
    ) -> TurnResult:
        """Send one message and wait for the whole answer (the `done` event in SSE)."""
        started = time.perf_counter()
        try:
            if stream:
                body = chat_body(message, conversation_id, stream=True)
                return await self._streamed(self.chat_url(user_id), user_id, body, started)
            request = self.json_turn_request(user_id, message, conversation_id)
            response = await self.http.send(request)
            return json_turn(response.status_code, response.content, time.perf_counter() - started)
        except (httpx2.HTTPError, ValueError) as exc:
            return TurnResult(time.perf_counter() - started, None, False, repr(exc))

    def chat_url(self, user_id: str) -> str:
        return f"{self.base_url}/api/{user_id}/chat"

    def json_turn_request(
        self, user_id: str, message: str, conversation_id: int | None = None
    ) -> httpx2.Request:
        """A JSON turn's request as `turn` sends it: bench.floor hands the same bytes to the
        app in process."""
        return self.http.build_request(
            "POST",
            self.chat_url(user_id),
            json=chat_body(message, conversation_id, stream=False),
            headers=self.headers(user_id),
        )

    async def _streamed(
        self, url: str, user_id: str, body: dict[str, Any], started: float
    ) -> TurnResult:
        text: list[str] = []
        tool_calls = 0
        error: str | None = None
        async with self.http.stream(
            "POST", url, json=body, headers=self.headers(user_id)
        ) as response:
            if response.status_code != 200:
                await response.aread()
                return TurnResult(
                    time.perf_counter() - started, None, False, f"HTTP {response.status_code}"
                )
            async for line in response.aiter_lines():
                if not line.startswith("data:"):
                    continue
                event = json.loads(line[5:])
                if "content" in event:
                    text.append(event["content"])
                elif "tool_call" in event:
                    tool_calls += 1
                elif "error" in event:
                    error = json.dumps(event["error"])
                elif event.get("done"):
                    elapsed = time.perf_counter() - started
                    ok = error is None and bool(text)
                    return TurnResult(
                        elapsed, event.get("conversation_id"), ok, error, tool_calls, "".join(text)
                    )
        return TurnResult(time.perf_counter() - started, None, False, "stream ended without done")

    async def messages(self, user_id: str, conversation_id: int) -> list[dict[str, Any]]:
        """Every stored message of a conversation, oldest first (paged by 200)."""
        items: list[dict[str, Any]] = []
        while True:
            response = await self.http.get(
                f"{self.base_url}/api/{user_id}/conversations/{conversation_id}/messages",
                params={"limit": 200, "offset": len(items)},
                headers=self.headers(user_id),
            )
            response.raise_for_status()
            page = response.json()
            items.extend(page["items"])
            if not page["items"] or len(items) >= page["total"]:
                return items

    async def task_titles(self, user_id: str) -> list[str]:
        response = await self.http.get(
            f"{self.base_url}/api/{user_id}/tasks",
            params={"limit": 100},
            headers=self.headers(user_id),
        )
        response.raise_for_status()
        return [task["title"] for task in response.json()["items"]]

    async def model_tools(self) -> list[dict[str, Any]]:
        """The tools as the agent offers them to the model (Chat Completions form, no user_id)."""
        response = await self.http.get(f"{self.base_url}/api/mcp/tools")
        response.raise_for_status()
        tools = []
        for tool in response.json()["tools"]:
            schema = dict(tool["input_schema"])
            schema["properties"] = {
                k: v for k, v in schema.get("properties", {}).items() if k != "user_id"
            }
            if "required" in schema:
                schema["required"] = [name for name in schema["required"] if name != "user_id"]
            tools.append(
                {
                    "type": "function",
                    "function": {
                        "name": tool["name"],
                        "description": tool.get("description") or "",
                        "parameters": schema,
                        "strict": False,
                    },
                }
            )
        return tools


def http_client(limit: int = 200) -> httpx2.AsyncClient:
    """A client for up to `limit` concurrent requests (enter it inside the event loop)."""
    return httpx2.AsyncClient(
        timeout=httpx2.Timeout(TURN_TIMEOUT_SECONDS + 10),
        limits=httpx2.Limits(max_connections=limit, max_keepalive_connections=limit),
    )


def system_prompt() -> str:
    return get_system_prompt(now=datetime.now(UTC))
