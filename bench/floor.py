"""`uv run python -m bench.floor [--turns N] [--database sqlite|postgresql] [--rungs 4,5,6]`:
the CPU of a JSON chat turn with one tool call (two model calls), rung by rung, from the
bare client to the whole server.

One scripted model server (a process of its own, not counted) answers every rung. The
rungs run in this process, but the last, which is the real `todochat serve` over HTTP, as
the benchmark runs it. One turn of each rung in turn, the order rotated every round, so
whatever else the machine does falls on all alike (`--rungs` picks some: fewer turns of
other rungs between two of one). A rung's CPU per turn is this process's
`time.process_time` across the turn (every thread: aiosqlite's too), the building of a
request and the reading of an answer outside it; the last rung's is the server
process's own, from /proc (every thread, in nanoseconds). The system part of each (the
kernel's: system calls) is beside it. This
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
5. the app in process: the ASGI callable of `create_app()` (the server's settings, its
   lifespan started once) handed rung 6's request (the same bytes, headers and token) by
   a hand-made `receive` and `send`: FastAPI, the middleware, the dependencies with the
   token check, the body's validation and the JSON answer, with no socket and no uvicorn;
6. the whole server over HTTP: `POST /api/{user}/chat` in JSON to `todochat serve`, the
   benchmark's first section's turn (`bench.scenarios.measure_overhead`), a fresh
   conversation each: uvicorn, the sockets and a process of its own on top of rung 5.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import functools
import gc
import itertools
import logging
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import httpx2
from agents import Agent, FunctionTool, RunConfig, Runner, function_tool
from starlette.types import ASGIApp, Message, Scope

from bench.direct import DirectModel
from bench.harness import (
    DEFAULT_POSTGRES_URL,
    BenchClient,
    Stack,
    TurnResult,
    bench_database,
    http_client,
    json_turn,
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

T = TypeVar("T")
UTC_ZONE = ZoneInfo("UTC")
RUNGS = (
    ("0. the two requests, provider client only", "the requests' own cost: openai + transport"),
    ("1. + Agents SDK, one plain tool", "the Agents SDK's run, two model calls, one tool"),
    ("2. + todochat's seven tool schemas", "seven schemas sent and converted, twice a turn"),
    ("3. + MCP hop and the task written", "in-memory MCP client/server, the tool's insert"),
    ("4. + the chat turn, no HTTP", "conversation, message, lease, hooks, events, reply"),
    ("5. + the app in process, no socket", "FastAPI, middleware, auth, validation, JSON answer"),
    ("6. + HTTP: the whole server", "uvicorn and httptools, the sockets, its own process"),
)


ALL = tuple(range(len(RUNGS)))

# Not a rung: the part of rung 3's difference that is the database's, measured alongside.
WRITE = "the task written alone: add_task's session and `tasks.service.create`, no MCP"


@dataclass(frozen=True)
class Spent:
    """CPU seconds, and the part of them in the kernel (system calls: sockets, epoll, files)."""

    cpu: float
    system: float

    def __sub__(self, other: Spent) -> Spent:
        return Spent(self.cpu - other.cpu, self.system - other.system)


@dataclass
class Ladder:
    """CPU seconds per turn of each rung, in the order run; then the write alone."""

    cpu: list[list[float]] = field(default_factory=lambda: [[] for _ in RUNGS])
    system: list[list[float]] = field(default_factory=lambda: [[] for _ in RUNGS])
    write: list[float] = field(default_factory=list)
    # The server's CPU while the counted rounds ran, its own turns included: what it spends
    # after a response is sent (and its timers) falls outside the last rung's figure.
    server_all: Spent = Spent(0.0, 0.0)


def own_cpu() -> Spent:
    """This process's CPU so far, every thread: `time.process_time` (in nanoseconds), the
    system part from getrusage (microseconds)."""
    return Spent(time.process_time(), resource.getrusage(resource.RUSAGE_SELF).ru_stime)


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


def server_cpu(pid: int) -> Spent:
    """A process's CPU so far; the system part from /proc/PID/stat in clock ticks (summed
    over many turns, the ticks that fell in them)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return Spent(server_cpu_seconds(pid), int(fields[12]) / os.sysconf("SC_CLK_TCK"))


def answered(result: TurnResult, how: str) -> None:
    if not result.ok or result.tool_calls != 1:
        raise RuntimeError(f"{how} turn failed: {result.error}")


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


def asgi_scope(request: httpx2.Request) -> Scope:
    """The scope uvicorn builds for `request` (header names lower-cased, as httptools gives
    them; `state` a copy of the lifespan's, empty here)."""
    path, _, query = request.url.raw_path.partition(b"?")
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "server": ("127.0.0.1", request.url.port or 80),
        "client": ("127.0.0.1", 40000),
        "scheme": request.url.scheme,
        "method": request.method,
        "root_path": "",
        "path": request.url.path,
        "raw_path": path,
        "query_string": query,
        "headers": [(name.lower(), value) for name, value in request.headers.raw],
        "state": {},
    }


async def call_in_process(app: ASGIApp, request: httpx2.Request) -> tuple[int, bytes]:
    """Hand `request` to `app` as an ASGI server would, without a socket: the body in one
    `http.request`, then `http.disconnect` once the answer is complete. (status, body)."""
    body = request.content
    answered = asyncio.Event()
    status = 0
    chunks: list[bytes] = []

    async def receive() -> Message:
        nonlocal body
        if body is not None:
            message: Message = {"type": "http.request", "body": body, "more_body": False}
            body = None
            return message
        await answered.wait()
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                answered.set()

    await app(asgi_scope(request), receive, send)
    return status, b"".join(chunks)


Step = Callable[[str], Awaitable[Spent]]  # one turn with this message: its CPU


async def provision_in_process(app: ASGIApp, server: BenchClient, user_id: str) -> None:
    """The user's first request, to the app in process: it creates the user."""
    url = f"{server.base_url}/api/{user_id}/conversations"
    request = server.http.build_request("GET", url, headers=server.headers(user_id))
    status, _ = await call_in_process(app, request)
    if status != 200:
        raise RuntimeError(f"provisioning {user_id} in process: HTTP {status}")


async def served_rungs(app: ASGIApp, server: BenchClient, pid: int) -> tuple[Step, Step]:
    """Rungs 5 and 6, one user provisioned on both: the same request, built (the client's
    work) before the count starts and its answer read after it."""
    await server.provision("floor-http")
    await provision_in_process(app, server, "floor-http")

    async def in_process(message: str) -> Spent:
        request = server.json_turn_request("floor-http", message)
        before = own_cpu()
        status, answer = await call_in_process(app, request)
        spent = own_cpu() - before
        answered(json_turn(status, answer, 0.0), "in-process")
        return spent

    async def over_http(message: str) -> Spent:
        request = server.json_turn_request("floor-http", message)
        before = server_cpu(pid)
        response = await server.http.send(request)
        spent = server_cpu(pid) - before
        answered(json_turn(response.status_code, response.content, 0.0), "HTTP")
        return spent

    return in_process, over_http


async def climb(
    stack: Stack, database_url: str, turns: int, warmup: int, rungs: Sequence[int] = ALL
) -> Ladder:
    """Each of `rungs` (the write alone with rung 3), `warmup` + `turns` turns each, one of
    each in turn (order rotated)."""
    from todochat.assistant.tools import TurnContext
    from todochat.chat.models import ChatRequest
    from todochat.tasks import service
    from todochat.tasks.models import ChangeSource, Origin, TaskCreate

    ladder = Ladder()
    provider_url = stack.provider.base_url
    async with in_process_app(database_url, provider_url) as app, http_client() as http:
        chat = app.state.chat
        assistant = await chat.assistant()
        agent: Agent[Any] = await assistant.agent()
        one_tool = agent.clone(tools=[add_task])
        seven_schemas = agent.clone(tools=answered_in_process(agent.tools))
        client = assistant.model.client
        assert client is not None, "the scripted provider's client"
        direct = DirectModel(provider_url, one_tool_schema(), client=client)
        server = BenchClient(stack.base_url, http)
        in_process, over_http = await served_rungs(app, server, stack.server_pid)
        for user in ("floor-sdk", "floor-chat"):
            await provision_in_process(app, server, user)
        first = await chat.begin_turn(
            user_id="floor-sdk",
            request=ChatRequest(message="Floor warm-up"),
            bearer_token=None,
            stream=False,
        )
        conversation_id = (await first.task).conversation_id
        settings = assistant.settings
        config = RunConfig(tracing_disabled=True)

        own = own_cpu

        async def run(on: Agent[Any], message: str) -> Spent:
            context = TurnContext(user_id="floor-sdk", conversation_id=conversation_id)
            before = own()
            result = await Runner.run(
                on,
                input=[{"role": "user", "content": message}],
                context=context,
                max_turns=settings.agent_max_turns,
                run_config=config,
            )
            spent = own() - before
            if not result.final_output:
                raise RuntimeError(f"no answer: {result}")
            return spent

        async def requests(message: str) -> Spent:
            before = own()
            await direct.turn(message, stream=False)
            return own() - before

        async def chat_turn(message: str) -> Spent:
            before = own()
            turn = await chat.begin_turn(
                user_id="floor-chat",
                request=ChatRequest(message=message),
                bearer_token=None,
                stream=False,
            )
            outcome = await turn.task
            spent = own() - before
            if outcome.error is not None or len(outcome.tool_calls) != 1:
                raise RuntimeError(f"chat turn failed: {outcome.error}")
            return spent

        async def write(message: str) -> Spent:
            origin = Origin(ChangeSource.chat, conversation_id=conversation_id)
            before = own()
            async with app.state.database.session() as session:
                await service.create(
                    session=session,
                    user_id="floor-sdk",
                    task_in=TaskCreate(title=message),
                    origin=origin,
                    zone=UTC_ZONE,
                )
            return own() - before

        steps: list[Step] = [
            requests,
            lambda message: run(one_tool, message),
            lambda message: run(seven_schemas, message),
            lambda message: run(agent, message),
            chat_turn,
            in_process,
            over_http,
            write,
        ]
        chosen = [*rungs, *([len(RUNGS)] if 3 in rungs else [])]
        served = functools.partial(server_cpu, stack.server_pid)
        server_from = served()
        with todochat_logs_at_warning(), settled_heap():
            for number in range(warmup + turns):
                if number == warmup:
                    server_from = served()
                for offset in range(len(chosen)):
                    index = chosen[(number + offset) % len(chosen)]
                    spent = await steps[index](f"Floor task {number} of rung {index}")
                    if number < warmup:
                        continue
                    if index < len(RUNGS):
                        ladder.cpu[index].append(spent.cpu)
                        ladder.system[index].append(spent.system)
                    else:
                        ladder.write.append(spent.cpu)
            ladder.server_all = served() - server_from
    return ladder


RUN_LENGTHS = (1, 2, 4, 7)
AFTER = 3  # turns of its own rung just before a turn, counted up to "3 or more"


@dataclass
class Alternation:
    """CPU seconds of rungs 5 and 6 by how many turns of the same rung ran just before."""

    in_process: list[list[float]] = field(default_factory=lambda: [[] for _ in range(AFTER + 1)])
    over_http: list[list[float]] = field(default_factory=lambda: [[] for _ in range(AFTER + 1)])


async def alternate(stack: Stack, database_url: str, turns: int, warmup: int) -> Alternation:
    """Rungs 5 and 6 alone, in runs of RUN_LENGTHS turns of one then of the other, until each
    has `turns` counted: whether a turn costs more right after the other process worked."""
    found = Alternation()
    per_round = sum(RUN_LENGTHS)
    uncounted = -(-warmup // per_round)  # whole rounds, rounded up
    async with (
        in_process_app(database_url, stack.provider.base_url) as app,
        http_client() as http,
    ):
        server = BenchClient(stack.base_url, http)
        in_process, over_http = await served_rungs(app, server, stack.server_pid)
        runs = ((in_process, found.in_process), (over_http, found.over_http))
        with todochat_logs_at_warning(), settled_heap():
            for number in range(uncounted + -(-turns // per_round)):
                for length, (step, into) in itertools.product(RUN_LENGTHS, runs):
                    for position in range(length):
                        spent = await step(f"Alternating task {number}, {length}, {position}")
                        if number >= uncounted:
                            into[min(position, AFTER)].append(spent.cpu)
    return found


def render_alternation(found: Alternation) -> list[str]:
    lines = [
        "| turns of its own rung just before it | rung 5, in process: CPU ms/turn mean"
        " | rung 6, over HTTP | rung 6 minus rung 5 | turns of each |",
        "|---|---:|---:|---:|---:|",
    ]
    for position, (local, served) in enumerate(zip(found.in_process, found.over_http, strict=True)):
        label = "none (the other ran before)" if position == 0 else f"{position}"
        label += " or more" if position == AFTER else ""
        local_ms, served_ms = statistics.fmean(local) * 1000, statistics.fmean(served) * 1000
        lines.append(
            f"| {label} | {local_ms:.2f} | {served_ms:.2f} | {served_ms - local_ms:+.2f}"
            f" | {min(len(local), len(served))} |"
        )
    return lines


def event_loop(name: str) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """`uvloop`: the loop `todochat serve` runs on (uvicorn's `loop="auto"` takes uvloop,
    installed with uvicorn[standard]); `asyncio`: the standard library's."""
    if name == "asyncio":
        return None
    import uvloop

    return uvloop.new_event_loop


def measure(
    kind: str,
    postgres_url: str,
    loop: str,
    run: Callable[[Stack, str], Coroutine[Any, Any, T]],
) -> T:
    """`run(stack, database_url)` on `loop`: a server and its model server on one database of
    `kind`, and another database for the app in this process."""
    with (
        scratch_dir() as workdir,
        bench_database(kind, workdir, postgres_url) as served,
        bench_database(kind, workdir, postgres_url) as local,
        running_stack(served, latency=0.0, workdir=workdir) as stack,
        asyncio.Runner(loop_factory=event_loop(loop)) as runner,
    ):
        return runner.run(run(stack, local))


def render(ladder: Ladder) -> list[str]:
    """The rungs measured, each against the one measured before it."""
    lines = [
        "| rung | CPU ms/turn p50 | mean | of which system | mean minus the rung before"
        " | what the difference is |",
        "|---|---:|---:|---:|---:|---|",
    ]
    before: float | None = None
    for (name, what), values, system in zip(RUNGS, ladder.cpu, ladder.system, strict=True):
        if not values:
            continue
        p50 = percentile(values, 50) * 1000
        mean = statistics.fmean(values) * 1000
        kernel = statistics.fmean(system) * 1000
        step = "" if before is None else f"{mean - before:+.2f}"
        lines.append(
            f"| {name} | {p50:.2f} | {mean:.2f} | {kernel:.2f} | {step}"
            f" | {what if before is not None else ''} |"
        )
        before = mean
    lines.append("")
    if ladder.write:
        lines.append(
            f"Of rung 3's difference, {WRITE}: {percentile(ladder.write, 50) * 1000:.2f} ms p50,"
            f" {statistics.fmean(ladder.write) * 1000:.2f} mean; the MCP hop is the rest."
        )
    served, system = ladder.cpu[-1], ladder.system[-1]
    if served:
        outside = (ladder.server_all.cpu - sum(served)) / len(served) * 1000
        outside_system = (ladder.server_all.system - sum(system)) / len(served) * 1000
        lines.append(
            f"The server's CPU outside its turns (after each response, and its timers):"
            f" {outside:.2f} ms per turn of rung {len(RUNGS) - 1} ({outside_system:.2f}"
            " system), not counted in it."
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
        "--rungs",
        default=",".join(str(rung) for rung in ALL),
        help="which rungs, e.g. 4,5,6 (default all): fewer rungs between two turns of one",
    )
    parser.add_argument(
        "--alternate",
        action="store_true",
        help="rungs 5 and 6 alone, in runs of 1, 2, 4 and 7 turns of each in turn: a turn's"
        " CPU by how many turns of its own rung ran just before it",
    )
    parser.add_argument(
        "--loop",
        choices=("uvloop", "asyncio"),
        default="uvloop",
        help="this process's event loop for rungs 0-5 (the server runs on uvloop)",
    )
    parser.add_argument(
        "--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    )
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    started = datetime.now(UTC)
    rungs = sorted({int(rung) for rung in args.rungs.split(",")})
    if not set(rungs) <= set(ALL):
        parser.error(f"--rungs: from 0 to {len(RUNGS) - 1}")
    if args.alternate:
        found = measure(
            args.database,
            args.postgres_url,
            args.loop,
            lambda stack, url: alternate(stack, url, args.turns, args.warmup),
        )
        lines = render_alternation(found)
        what = (
            f"rungs 5 and 6 alone, in runs of {', '.join(map(str, RUN_LENGTHS))} turns of one"
            " then of the other"
        )
    else:
        ladder = measure(
            args.database,
            args.postgres_url,
            args.loop,
            lambda stack, url: climb(stack, url, args.turns, args.warmup, rungs),
        )
        lines = render(ladder)
        what = f"rungs {','.join(map(str, rungs))} alternated"
    load_after = os.getloadavg()
    print(
        f"{args.database}, {what} (0-5 in this process on {args.loop}), JSON, one tool call"
        f" (two model calls), fresh conversations: {args.turns} turns a rung"
        f" (+{args.warmup} not counted); {started:%Y-%m-%d %H:%M} UTC, commit {_commit()},"
        f" {os.cpu_count()} cores, load average {load_before[0]:.2f} at the start,"
        f" {load_after[0]:.2f} at the end"
    )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
