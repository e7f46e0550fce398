"""`uv run python -m bench.floor [--turns N] [--database sqlite|postgresql]`: the CPU of a
JSON chat turn with one tool call (two model calls), rung by rung, from the bare client to
the whole server.

One scripted model server (a process of its own, not counted) answers every rung. The
rungs run in this process, but the last, which is the real `todochat serve` over HTTP, as
the benchmark runs it. One turn of each rung in turn, the order rotated every round, so
whatever else the machine does falls on all alike. A rung's CPU per turn is this
process's `time.process_time` across the turn (every thread: aiosqlite's too); the last
rung's is the server process's own, from /proc (every thread, in nanoseconds). This
process runs on the server's event loop (uvloop, as uvicorn picks it; `--loop asyncio`
for the standard library's), its collector is
settled as `todochat serve` settles the server's (core/collector.py) once everything is
loaded, and todochat logs at WARNING, as there.

0. the two requests alone: the same two Chat Completions requests a turn makes, through
   the server's own provider client and transport (`bench.direct`), one tool offered;
1. the Agents SDK on top: the server's model, model settings and instructions, one plain
   function tool `add_task`, `Runner.run` (not streamed);
2. the same with todochat's seven tool schemas (add_task still answered in process): what
   the model is offered in a real turn;
3. the real agent: its tools reached over the in-memory MCP client and server, add_task
   writing the task and its change-log row to a real database;
4. the whole chat turn without HTTP: `ChatService.begin_turn` in a fresh conversation (the
   conversation and the message stored with the turn's lease, the run with its hooks and
   events, the reply stored with the lease's end), as the JSON endpoint awaits it;
5. the whole server over HTTP: `POST /api/{user}/chat` in JSON to `todochat serve`, the
   benchmark's first section's turn (`bench.scenarios.measure_overhead`), a fresh
   conversation each.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import gc
import logging
import os
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx2
from agents import Agent, FunctionTool, RunConfig, Runner, function_tool

from bench.direct import DirectModel
from bench.harness import (
    DEFAULT_POSTGRES_URL,
    BenchClient,
    Stack,
    bench_database,
    http_client,
    percentile,
    running_stack,
    scratch_dir,
    server_env,
)
from tests.support.lifespan import running
from todochat.app import create_app
from todochat.core import collector
from todochat.core.config import Settings
from todochat.core.migrate import upgrade

UTC_ZONE = ZoneInfo("UTC")
RUNGS = (
    ("0. the two requests, provider client only", "the requests' own cost: openai + transport"),
    ("1. + Agents SDK, one plain tool", "the Agents SDK's run, two model calls, one tool"),
    ("2. + todochat's seven tool schemas", "seven schemas sent and converted, twice a turn"),
    ("3. + MCP hop and the task written", "in-memory MCP client/server, the tool's insert"),
    ("4. + the chat turn, no HTTP", "conversation, message, lease, hooks, events, reply"),
    ("5. + HTTP: the whole server", "uvicorn, FastAPI, middleware, auth, the JSON answer"),
)


# Not a rung: the part of rung 3's difference that is the database's, measured alongside.
WRITE = "the task written alone: add_task's session and `tasks.service.create`, no MCP"


@dataclass
class Ladder:
    """CPU seconds per turn of each rung, in the order run; then the write alone."""

    cpu: list[list[float]] = field(default_factory=lambda: [[] for _ in RUNGS])
    write: list[float] = field(default_factory=list)
    # The server's CPU while the counted rounds ran, its own turns included: what it spends
    # after a response is sent (and its timers) falls outside the last rung's figure.
    server_all: float = 0.0


def server_cpu_seconds(pid: int) -> float:
    """A process's CPU so far, every live thread, in nanoseconds (/proc/PID/task/*/schedstat):
    /proc/PID/stat counts in clock ticks, too coarse for one turn."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue
    return total / 1e9


def in_process_settings(database_url: str, provider_url: str) -> Settings:
    """The benchmarked server's settings (`harness.server_env`), for an app in this process."""
    values = {key.lower(): value for key, value in server_env(database_url, provider_url).items()}
    return Settings(_env_file=None, mcp_server_url=None, **values)  # type: ignore[arg-type]


@contextmanager
def settled_heap() -> Iterator[None]:
    """`collector.settle()` as `todochat serve` does, undone afterwards (a test's process)."""
    thresholds = gc.get_threshold()
    collector.settle()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


@contextmanager
def todochat_logs_at_warning() -> Iterator[None]:
    """LOG_LEVEL=WARNING, as the benchmarked server runs."""
    logger = logging.getLogger("todochat")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


@function_tool
def add_task(title: str) -> dict[str, Any]:
    """Add a task to the user's list.

    Args:
        title: The task's title.
    """
    return {"task_id": 1, "status": "created", "title": title}


def one_tool_schema() -> list[dict[str, Any]]:
    """add_task as rung 1's SDK offers it, for rung 0's requests."""
    return [
        {
            "type": "function",
            "function": {
                "name": add_task.name,
                "description": add_task.description,
                "parameters": add_task.params_json_schema,
                "strict": False,
            },
        }
    ]


def answered_in_process(tools: Sequence[Any]) -> list[Any]:
    """The agent's tools with add_task answered here, as rung 1's plain tool answers."""
    return [
        dataclasses.replace(tool, on_invoke_tool=add_task.on_invoke_tool)
        if isinstance(tool, FunctionTool) and tool.name == "add_task"
        else tool
        for tool in tools
    ]


@asynccontextmanager
async def in_process_app(database_url: str, provider_url: str) -> AsyncIterator[Any]:
    await upgrade(database_url)
    app = create_app(in_process_settings(database_url, provider_url))
    async with running(app):
        yield app


async def climb(stack: Stack, database_url: str, turns: int, warmup: int) -> Ladder:
    """Every rung, `warmup` + `turns` turns each, one of each in turn (order rotated)."""
    from todochat.assistant.tools import TurnContext
    from todochat.chat.models import ChatRequest
    from todochat.tasks import service
    from todochat.tasks.models import ChangeSource, Origin, TaskCreate

    ladder = Ladder()
    provider_url = stack.provider.base_url
    async with (
        in_process_app(database_url, provider_url) as app,
        http_client() as http,
        httpx2.AsyncClient(
            transport=httpx2.ASGITransport(app=app), base_url="http://localhost"
        ) as local,
    ):
        chat = app.state.chat
        assistant = await chat.assistant()
        agent: Agent[Any] = await assistant.agent()
        one_tool = agent.clone(tools=[add_task])
        seven_schemas = agent.clone(tools=answered_in_process(agent.tools))
        client = assistant.model.client
        assert client is not None, "the scripted provider's client"
        direct = DirectModel(provider_url, one_tool_schema(), client=client)
        server = BenchClient(stack.base_url, http)
        await server.provision("floor-http")
        for user in ("floor-sdk", "floor-chat"):
            await BenchClient("http://localhost", local).provision(user)
        first = await chat.begin_turn(
            user_id="floor-sdk",
            request=ChatRequest(message="Floor warm-up"),
            bearer_token=None,
            stream=False,
        )
        conversation_id = (await first.task).conversation_id
        settings = assistant.settings
        config = RunConfig(tracing_disabled=True)

        async def run(on: Agent[Any], message: str) -> None:
            context = TurnContext(user_id="floor-sdk", conversation_id=conversation_id)
            result = await Runner.run(
                on,
                input=[{"role": "user", "content": message}],
                context=context,
                max_turns=settings.agent_max_turns,
                run_config=config,
            )
            if not result.final_output:
                raise RuntimeError(f"no answer: {result}")

        async def requests(message: str) -> None:
            await direct.turn(message, stream=False)

        async def chat_turn(message: str) -> None:
            turn = await chat.begin_turn(
                user_id="floor-chat",
                request=ChatRequest(message=message),
                bearer_token=None,
                stream=False,
            )
            outcome = await turn.task
            if outcome.error is not None or len(outcome.tool_calls) != 1:
                raise RuntimeError(f"chat turn failed: {outcome.error}")

        async def write(message: str) -> None:
            origin = Origin(ChangeSource.chat, conversation_id=conversation_id)
            async with app.state.database.session() as session:
                await service.create(
                    session=session,
                    user_id="floor-sdk",
                    task_in=TaskCreate(title=message),
                    origin=origin,
                    zone=UTC_ZONE,
                )

        async def over_http(message: str) -> None:
            result = await server.turn("floor-http", message, stream=False)
            if not result.ok or result.tool_calls != 1:
                raise RuntimeError(f"HTTP turn failed: {result.error}")

        steps: list[Callable[[str], Awaitable[None]]] = [
            requests,
            lambda message: run(one_tool, message),
            lambda message: run(seven_schemas, message),
            lambda message: run(agent, message),
            chat_turn,
            over_http,
            write,
        ]
        http_rung = len(RUNGS) - 1
        pid = stack.server_pid
        server_from = server_cpu_seconds(pid)
        with todochat_logs_at_warning(), settled_heap():
            for number in range(warmup + turns):
                if number == warmup:
                    server_from = server_cpu_seconds(pid)
                for offset in range(len(steps)):
                    index = (number + offset) % len(steps)
                    message = f"Floor task {number} of rung {index}"
                    if index == http_rung:
                        before = server_cpu_seconds(pid)
                        await steps[index](message)
                        spent = server_cpu_seconds(pid) - before
                    else:
                        started = time.process_time()
                        await steps[index](message)
                        spent = time.process_time() - started
                    if number < warmup:
                        continue
                    if index < len(RUNGS):
                        ladder.cpu[index].append(spent)
                    else:
                        ladder.write.append(spent)
            ladder.server_all = server_cpu_seconds(pid) - server_from
    return ladder


def event_loop(name: str) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """`uvloop`: the loop `todochat serve` runs on (uvicorn's `loop="auto"` takes uvloop,
    installed with uvicorn[standard]); `asyncio`: the standard library's."""
    if name == "asyncio":
        return None
    import uvloop

    return uvloop.new_event_loop


def measure(kind: str, turns: int, warmup: int, postgres_url: str, loop: str = "uvloop") -> Ladder:
    with (
        scratch_dir() as workdir,
        bench_database(kind, workdir, postgres_url) as served,
        bench_database(kind, workdir, postgres_url) as local,
        running_stack(served, latency=0.0, workdir=workdir) as stack,
        asyncio.Runner(loop_factory=event_loop(loop)) as runner,
    ):
        return runner.run(climb(stack, local, turns, warmup))


def render(ladder: Ladder) -> list[str]:
    lines = [
        "| rung | CPU ms/turn p50 | mean | mean minus the rung before | what the difference is |",
        "|---|---:|---:|---:|---|",
    ]
    before: float | None = None
    for (name, what), values in zip(RUNGS, ladder.cpu, strict=True):
        p50 = percentile(values, 50) * 1000
        mean = statistics.fmean(values) * 1000
        step = "" if before is None else f"{mean - before:+.2f}"
        lines.append(
            f"| {name} | {p50:.2f} | {mean:.2f} | {step} | {what if before is not None else ''} |"
        )
        before = mean
    lines.append("")
    lines.append(
        f"Of rung 3's difference, {WRITE}: {percentile(ladder.write, 50) * 1000:.2f} ms p50,"
        f" {statistics.fmean(ladder.write) * 1000:.2f} mean; the MCP hop is the rest."
    )
    served = ladder.cpu[-1]
    outside = (ladder.server_all - sum(served)) / len(served) * 1000
    lines.append(
        f"The server's CPU outside its turns (after each response, and its timers):"
        f" {outside:.2f} ms per turn of rung {len(RUNGS) - 1}, not counted in it."
    )
    return lines


def _commit() -> str:
    try:
        found = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return found.stdout.strip()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.floor", description=__doc__)
    parser.add_argument("--turns", type=int, default=200, help="turns of each rung")
    parser.add_argument("--warmup", type=int, default=10, help="turns of each rung not counted")
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="postgresql")
    parser.add_argument(
        "--loop",
        choices=("uvloop", "asyncio"),
        default="uvloop",
        help="this process's event loop for rungs 0-4 (the server runs on uvloop)",
    )
    parser.add_argument(
        "--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    )
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    started = datetime.now(UTC)
    ladder = measure(args.database, args.turns, args.warmup, args.postgres_url, args.loop)
    load_after = os.getloadavg()
    print(
        f"{args.database}, rungs 0-4 on {args.loop}, JSON, one tool call (two model calls),"
        f" fresh conversations: {args.turns} turns a rung (+{args.warmup} not counted),"
        " rungs alternated;"
        f" {started:%Y-%m-%d %H:%M} UTC, commit {_commit()}, {os.cpu_count()} cores,"
        f" load average {load_before[0]:.2f} at the start, {load_after[0]:.2f} at the end"
    )
    print("\n".join(render(ladder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
