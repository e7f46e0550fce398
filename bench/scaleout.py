"""`uv run python -m bench.scaleout`: several `todochat serve` processes on one PostgreSQL.

For each process count (default 1, 2 and 4) it starts that many real servers on one fresh
PostgreSQL database, behind a small round-robin TCP proxy of its own on 127.0.0.1 (every
new connection goes to the next server), and a scripted model with 300 ms calls. Then:

1. load: 50 users, each a conversation of `turns` messages one after another (two model
   calls per turn, so the ideal is users / 0.6 s turns a second);
2. bursts: 10 of those conversations each get 4 messages at once (spread over the
   processes by the proxy), which must be answered one at a time, in order.

It reads every conversation back and counts acknowledged turns (answered with `done` and
no error), stored turns (a user message followed by its own reply), and order violations
(two messages of one role in a row, or a reply whose tool call names another message):
the last must be 0. The table goes to bench/results/scaleout.md (`--quick`: quick-scaleout.md).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.harness import (
    DEFAULT_POSTGRES_URL,
    BenchClient,
    bench_database,
    http_client,
    scratch_dir,
    server_env,
)
from tests.support.databases import postgres_available
from tests.support.scripted_provider import start_provider_process
from tests.support.servers import ServerProcess, free_port, launch_server

RESULTS = Path(__file__).parent / "results"


# --- the round-robin proxy -------------------------------------------------------------------


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        writer.close()


async def _serve_proxy(port: int, backends: Sequence[int], ready: Any) -> None:
    turn = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal turn
        backend = backends[turn % len(backends)]
        turn += 1
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", backend)
        except OSError:
            writer.close()
            return
        await asyncio.gather(_pipe(reader, upstream_writer), _pipe(upstream_reader, writer))

    server = await asyncio.start_server(handle, "127.0.0.1", port, backlog=1024)
    ready.set()
    async with server:
        await server.serve_forever()


def _proxy_main(port: int, backends: Sequence[int], ready: Any) -> None:
    asyncio.run(_serve_proxy(port, backends, ready))


@contextmanager
def round_robin_proxy(backends: Sequence[int]) -> Iterator[str]:
    """A TCP proxy on 127.0.0.1 in its own process; each new connection goes to the next."""
    port = free_port()
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    process = context.Process(target=_proxy_main, args=(port, list(backends), ready), daemon=True)
    process.start()
    try:
        if not ready.wait(30):
            raise RuntimeError("the proxy did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.join(10)


# --- one run ---------------------------------------------------------------------------------


@dataclass
class ScaleRun:
    """What one process count measured."""

    processes: int
    users: int
    turns_per_user: int
    latency: float
    wall: float = 0.0
    acknowledged: int = 0
    errors: list[str] = field(default_factory=list)
    burst_sent: int = 0
    burst_acknowledged: int = 0
    burst_conflicts: int = 0
    stored: int = 0
    violations: list[str] = field(default_factory=list)

    @property
    def throughput(self) -> float:
        return self.acknowledged / self.wall if self.wall else 0.0

    @property
    def ideal(self) -> float:
        return self.users / (2 * self.latency)


@dataclass(frozen=True)
class Sizes:
    users: int = 50
    turns: int = 6
    latency: float = 0.3
    bursts: int = 10
    burst_size: int = 4

    @classmethod
    def quick(cls) -> Sizes:
        return cls(users=6, turns=2, latency=0.05, bursts=2, burst_size=3)


async def _load(run: ScaleRun, base_url: str, sizes: Sizes) -> dict[str, int | None]:
    users = [f"scale-user-{number}" for number in range(sizes.users)]
    conversations: dict[str, int | None] = dict.fromkeys(users)
    async with http_client(limit=sizes.users * 2) as http:
        client = BenchClient(base_url, http)
        await asyncio.gather(*(client.provision(user) for user in users))

        async def converse(user: str) -> None:
            for number in range(sizes.turns):
                result = await client.turn(user, f"{user} task {number}", conversations[user])
                if result.ok and result.tool_calls == 1:
                    run.acknowledged += 1
                    conversations[user] = conversations[user] or result.conversation_id
                else:
                    run.errors.append(f"{user} turn {number}: {result.error}")

        started = time.perf_counter()
        await asyncio.gather(*(converse(user) for user in users))
        run.wall = time.perf_counter() - started

        async def burst(user: str) -> None:
            conversation_id = conversations[user]
            if conversation_id is None:
                return
            results = await asyncio.gather(
                *(
                    client.turn(user, f"{user} burst {number}", conversation_id)
                    for number in range(sizes.burst_size)
                )
            )
            run.burst_sent += len(results)
            run.burst_acknowledged += sum(result.ok for result in results)
            run.burst_conflicts += sum(result.error == "HTTP 409" for result in results)

        await asyncio.gather(*(burst(user) for user in users[: sizes.bursts]))
    return conversations


async def _verify(run: ScaleRun, base_url: str, conversations: dict[str, int | None]) -> None:
    """Count stored turns and order violations in every conversation."""
    async with http_client() as http:
        client = BenchClient(base_url, http)
        for user, conversation_id in conversations.items():
            if conversation_id is None:
                continue
            stored = await client.messages(user, conversation_id)
            for index, message in enumerate(stored):
                expected = "user" if index % 2 == 0 else "assistant"
                if message["role"] != expected:
                    run.violations.append(f"{user} #{index}: {message['role']} after its like")
                    break
                if expected == "assistant":
                    asked = stored[index - 1]["content"]
                    calls = message.get("tool_calls") or []
                    title = calls[0]["arguments"].get("title") if calls else None
                    if title != asked:
                        run.violations.append(f"{user} #{index}: reply to {title!r}, not {asked!r}")
                    else:
                        run.stored += 1


def measure(processes: int, sizes: Sizes, postgres_url: str, workdir: Path) -> ScaleRun:
    run = ScaleRun(processes, sizes.users, sizes.turns, sizes.latency)
    provider = start_provider_process(mode="echo-tool", latency_seconds=sizes.latency)
    with ExitStack() as stack:
        stack.callback(provider.stop)
        url = stack.enter_context(bench_database("postgresql", workdir, postgres_url))
        # Turns queued behind others in one conversation wait as long as a turn may take.
        env = {**server_env(url, provider.base_url), "CHAT_TURN_WAIT_SECONDS": "30"}
        servers: list[ServerProcess] = [launch_server(env, workdir) for _ in range(processes)]
        for server in servers:
            stack.callback(server.stop)
        for server in servers:  # started together: they migrate under the lock
            server.wait_ready(120)
        ports = [int(server.base_url.rsplit(":", 1)[1]) for server in servers]
        base_url = stack.enter_context(round_robin_proxy(ports))
        conversations = asyncio.run(_load(run, base_url, sizes))
        asyncio.run(_verify(run, base_url, conversations))
    return run


# --- the report ------------------------------------------------------------------------------


def render(runs: Sequence[ScaleRun], sizes: Sizes, command: str, seconds: float) -> str:
    lines = [
        "# todochat scale-out benchmark",
        "",
        f"`{command}` ({seconds:.0f} s; load average {os.getloadavg()[0]:.1f} at the end;"
        f" {os.cpu_count()} cores). {sizes.users} users, {sizes.turns} turns each,"
        f" {sizes.latency * 1000:.0f} ms model calls; then {sizes.bursts} conversations get"
        f" {sizes.burst_size} messages at once. Servers, proxy, model and client share the"
        " machine.",
        "",
        "| processes | turns/s | ideal | of ideal | errors | acknowledged | stored |"
        " burst: answered / sent (409) | order violations |",
        "|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for run in runs:
        acknowledged = run.acknowledged + run.burst_acknowledged
        lines.append(
            f"| {run.processes} | {run.throughput:.1f} | {run.ideal:.0f} |"
            f" {run.throughput / run.ideal:.0%} | {len(run.errors)} | {acknowledged} |"
            f" {run.stored} | {run.burst_acknowledged} / {run.burst_sent}"
            f" ({run.burst_conflicts}) | {len(run.violations)} |"
        )
    for run in runs:
        for problem in (run.errors + run.violations)[:5]:
            lines.append(f"\n- {run.processes} processes: {problem}")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scaleout", description=__doc__)
    parser.add_argument("--processes", default="1,2,4", help="process counts (default 1,2,4)")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (a smoke run)")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL),
        help="where todochat_bench_<random> is created and dropped",
    )
    args = parser.parse_args(argv)
    counts = [int(part) for part in args.processes.split(",") if part.strip()]
    sizes = Sizes.quick() if args.quick else Sizes()
    if not postgres_available(args.postgres_url):
        print(f"{args.postgres_url} does not answer: this benchmark needs PostgreSQL")
        return 2
    started = time.perf_counter()
    runs = []
    with scratch_dir() as workdir:
        for count in counts:
            print(f"[{count} process(es)] {sizes.users} users", flush=True)
            runs.append(measure(count, sizes, args.postgres_url, workdir))
    command = "uv run python -m bench.scaleout" + (" --quick" if args.quick else "")
    if args.processes != "1,2,4":
        command += f" --processes {args.processes}"
    report = render(runs, sizes, command, time.perf_counter() - started)
    output = RESULTS / ("quick-scaleout.md" if args.quick else "scaleout.md")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(report)
    print(report)
    print(f"written to {output}")
    return 0 if all(not run.violations for run in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
