"""`uv run python -m bench.load`: the 50-user figure alone, with every party's CPU per turn.

The benchmark's section 2 (`python -m bench` runs it with everything else): 50 users at
once, each a conversation of 6 streamed turns, every model call taking 300 ms, against one
server process and against `--workers 2`, then every turn read back. Printed per run: the
share of the ideal reached, and the CPU a turn cost the server, the load generator (this
process) and the scripted model server, from which the share the machine's cores allow at
all (`Load.reachable`). `--alone` also sends the same conversations one turn at a time to
a fresh server (the model answering at once): the server's CPU a turn with nothing else in
flight, against which the load's figure shows what concurrency itself adds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.harness import DEFAULT_POSTGRES_URL, bench_database, running_stack, scratch_dir
from bench.scenarios import Load, Sizes, measure_alone, measure_load


def measure(
    kind: str, sizes: Sizes, postgres_url: str, env: dict[str, str] | None = None
) -> list[Load]:
    """One Load per process count in `sizes.load_processes`, on one fresh database."""
    loads = []
    with scratch_dir() as workdir, bench_database(kind, workdir, postgres_url) as url:
        for processes in sizes.load_processes:
            args = ("--workers", str(processes)) if processes > 1 else ()
            with running_stack(
                url, latency=sizes.load_latency, workdir=workdir, env=env, server_args=args
            ) as stack:
                loads.append(asyncio.run(measure_load(stack, sizes, processes)))
    return loads


def measure_alone_turns(
    kind: str, sizes: Sizes, postgres_url: str, env: dict[str, str] | None = None
) -> float:
    """`measure_alone` on a fresh database and server (one process)."""
    with (
        scratch_dir() as workdir,
        bench_database(kind, workdir, postgres_url) as url,
        running_stack(url, latency=0.0, workdir=workdir, env=env) as stack,
    ):
        return asyncio.run(measure_alone(stack, sizes))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--processes", default="1,2", help="comma-separated worker counts")
    parser.add_argument("--users", type=int, default=Sizes.load_users)
    parser.add_argument("--turns", type=int, default=Sizes.load_turns)
    parser.add_argument("--latency", type=float, default=Sizes.load_latency)
    parser.add_argument(
        "--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    )
    parser.add_argument(
        "--server-src", type=Path, help="run the server from another src/ folder (an older one)"
    )
    parser.add_argument(
        "--alone",
        action="store_true",
        help="also send the same turns one at a time: the server's CPU a turn without load",
    )
    args = parser.parse_args(argv)
    sizes = Sizes(
        load_users=args.users,
        load_turns=args.turns,
        load_latency=args.latency,
        load_processes=tuple(int(n) for n in args.processes.split(",")),
    )
    load_before = os.getloadavg()[0]
    env = {"PYTHONPATH": str(args.server_src.resolve())} if args.server_src else None
    loads = measure(args.database, sizes, args.postgres_url, env)
    alone = (
        measure_alone_turns(args.database, sizes, args.postgres_url, env) if args.alone else None
    )
    print(
        f"{args.database}: {args.users} users x {args.turns} turns, {args.latency:.3f} s model"
        f" calls; load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    )
    print(
        "| processes | turns/s | of ideal | reachable | in step | p50 ms | errors | stored"
        " | CPU ms/turn: server | generator | model server | all"
        " | event loop busy (of it waiting for a core) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for load in loads:
        print(
            f"| {load.processes} | {load.throughput:.1f} | {load.efficiency:.0%}"
            f" | {load.reachable:.0%} | {load.in_step:.0%} | {load.p50:.0f} | {len(load.errors)}"
            f" | {load.stored_ok}/{load.turns} | {load.cpu_per_turn:.1f}"
            f" | {load.generator_cpu_per_turn:.1f} | {load.provider_cpu_per_turn:.1f}"
            f" | {load.total_cpu_per_turn:.1f}"
            f" | {load.loop_busy:.0%} ({load.loop_waiting_share:.0%}) |"
        )
    if alone is not None:
        print(
            f"The same {args.users} x {args.turns} turns one at a time (one process, the model"
            f" answering at once): {alone:.1f} ms of server CPU a turn"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
