"""`uv run python -m bench.compare --before OLD/src`: two servers, turns interleaved.

For a before/after figure on a busy machine: the server of another source tree (`--before`,
the src/ folder of an older checkout) and this one (`--after`, default this checkout's src/)
run side by side, each with its own scripted model and database, and receive one-tool
turns alternately (before, after, before, ...), so whatever else the machine does falls
on both alike. Reported per server: its own CPU per turn (from /proc) and the turn's p50
and p95 as the client saw it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

from bench.harness import (
    DEFAULT_POSTGRES_URL,
    BenchClient,
    Stack,
    bench_database,
    cpu_seconds,
    http_client,
    ms,
    percentile,
    running_stack,
    scratch_dir,
)

HERE = Path(__file__).resolve().parent.parent / "src"


async def _interleave(
    stacks: Sequence[Stack], turns: int, warmup: int, stream: bool, history: bool
) -> list[tuple[float, list[float]]]:
    """(server CPU seconds, turn seconds) per stack, turns sent to each in turn."""
    results: list[tuple[float, list[float]]] = [(0.0, []) for _ in stacks]
    async with http_client() as http:
        clients = [BenchClient(stack.base_url, http) for stack in stacks]
        for client in clients:
            await client.provision("compare-user")
        conversations: list[int | None] = [None for _ in stacks]
        for number in range(warmup + turns):
            for index, (stack, client) in enumerate(zip(stacks, clients, strict=True)):
                before = cpu_seconds(stack.server_pid)
                result = await client.turn(
                    "compare-user",
                    f"Compare task {number}",
                    conversations[index] if history else None,
                    stream=stream,
                )
                cpu = cpu_seconds(stack.server_pid) - before
                if not result.ok or result.tool_calls != 1:
                    raise RuntimeError(f"turn {number} failed: {result.error}")
                if history and conversations[index] is None:
                    conversations[index] = result.conversation_id
                if number >= warmup:
                    total, times = results[index]
                    times.append(result.seconds)
                    results[index] = (total + cpu, times)
    return results


def compare(
    sources: Sequence[Path],
    *,
    kind: str,
    turns: int,
    warmup: int,
    stream: bool,
    history: bool,
    postgres_url: str,
) -> list[tuple[float, list[float]]]:
    with scratch_dir() as workdir, ExitStack() as exits:
        stacks = []
        for source in sources:
            url = exits.enter_context(bench_database(kind, workdir, postgres_url))
            env = {"PYTHONPATH": str(source)}
            stacks.append(
                exits.enter_context(running_stack(url, latency=0.0, workdir=workdir, env=env))
            )
        return asyncio.run(_interleave(stacks, turns, warmup, stream, history))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.compare", description=__doc__)
    parser.add_argument("--before", type=Path, required=True, help="the older src/ folder")
    parser.add_argument("--after", type=Path, default=HERE, help="default: this checkout's src/")
    parser.add_argument("--turns", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--mode", choices=("json", "stream"), default="json")
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="postgresql")
    parser.add_argument(
        "--history", action="store_true", help="all turns in one conversation (it grows)"
    )
    parser.add_argument(
        "--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    )
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    results = compare(
        [args.before.resolve(), args.after.resolve()],
        kind=args.database,
        turns=args.turns,
        warmup=args.warmup,
        stream=args.mode == "stream",
        history=args.history,
        postgres_url=args.postgres_url,
    )
    print(
        f"{args.database}, {args.mode}{', one growing conversation' if args.history else ''}:"
        f" {args.turns} turns each, interleaved; load average {load_before:.1f} at the start,"
        f" {os.getloadavg()[0]:.1f} at the end"
    )
    print("| server | CPU ms/turn | turn p50 ms | turn p95 ms |")
    print("|---|---:|---:|---:|")
    for name, (cpu, times) in zip(("before", "after"), results, strict=True):
        print(
            f"| {name} | {ms(cpu / len(times)):.1f} | {ms(percentile(times, 50)):.1f}"
            f" | {ms(percentile(times, 95)):.1f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
