"""`uv run python -m bench`: what a chat turn costs beyond the model, on SQLite and PostgreSQL.

Starts a scripted model server and the real `todochat serve` on 127.0.0.1, measures the
overhead per turn, throughput under load, history growth and the offline model, prints a
table and writes it to bench/results/latest.md (the README's Benchmarks section explains it).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.harness import (
    DEFAULT_POSTGRES_URL,
    bench_database,
    running_stack,
    scratch_dir,
)
from bench.harness import server_env as harness_server_env
from bench.offline import OfflineResult, measure_offline
from bench.report import machine, print_table, render
from bench.scenarios import (
    ServerRun,
    Sizes,
    measure_history,
    measure_load,
    measure_overhead,
    measure_startup,
)
from tests.support.databases import postgres_available

RESULTS = Path(__file__).parent / "results" / "latest.md"
QUICK_RESULTS = Path(__file__).parent / "results" / "quick.md"  # git-ignored: smoke runs


def _postgres_version(url: str) -> str | None:
    import asyncpg

    from tests.support.databases import asyncpg_dsn

    async def query() -> str:
        connection = await asyncpg.connect(asyncpg_dsn(url), timeout=10)
        try:
            return str(await connection.fetchval("SHOW server_version"))
        finally:
            await connection.close()

    try:
        return asyncio.run(query()).split()[0]
    except Exception:
        return None


def run_database(
    kind: str, sizes: Sizes, postgres_url: str, workdir: Path, server_env: dict[str, str]
) -> ServerRun:
    """All server benchmarks on one kind of database (its own fresh database)."""
    run = ServerRun(kind)
    with bench_database(kind, workdir, postgres_url) as url:
        print(f"[{kind}] overhead and history (instant model)", flush=True)
        with running_stack(url, latency=0.0, workdir=workdir, env=server_env) as stack:
            run.overhead = asyncio.run(measure_overhead(stack, sizes, ("stream", "json")))
            run.history = asyncio.run(measure_history(stack, sizes))
            print(f"[{kind}] start-up ({sizes.startup_runs} runs)", flush=True)
            env = {**harness_server_env(url, stack.provider.base_url), **server_env}
            run.startup = measure_startup(env, workdir, sizes.startup_runs)
        for processes in sizes.load_processes:
            print(
                f"[{kind}] load ({sizes.load_users} users, {sizes.load_latency}s model,"
                f" {processes} process{'es' if processes > 1 else ''})",
                flush=True,
            )
            args = ("--workers", str(processes)) if processes > 1 else ()
            with running_stack(
                url, latency=sizes.load_latency, workdir=workdir, env=server_env, server_args=args
            ) as stack:
                run.loads.append(asyncio.run(measure_load(stack, sizes, processes)))
    return run


@dataclass
class Results:
    """What one run measured, and its Markdown table."""

    runs: list[ServerRun]
    offline: OfflineResult
    markdown: str


def run(
    *,
    sizes: Sizes,
    databases: Sequence[str],
    postgres_url: str,
    output: Path | None,
    command: str,
    server_src: Path | None = None,
) -> Results:
    """Run everything asked for; the Markdown is also written to `output`."""
    started = time.perf_counter()
    load_before = os.getloadavg()
    server_env = {"PYTHONPATH": str(server_src)} if server_src else {}
    runs: list[ServerRun] = []
    pg_version: str | None = None
    with scratch_dir() as workdir:
        for kind in databases:
            if kind == "postgresql":
                if not postgres_available(postgres_url):
                    print(f"[postgresql] skipped: {postgres_url} does not answer", flush=True)
                    continue
                pg_version = _postgres_version(postgres_url)
            runs.append(run_database(kind, sizes, postgres_url, workdir, server_env))
    print("[offline] offline model", flush=True)
    offline = measure_offline(sizes.offline_rounds)
    markdown = render(
        runs,
        offline,
        sizes,
        machine_text=machine(pg_version),
        seconds=time.perf_counter() - started,
        command=command,
        load_average=(load_before, os.getloadavg()),
        server_src=str(server_src) if server_src else None,
    )
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(markdown)
    return Results(runs, offline, markdown)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny sizes (a smoke run)")
    parser.add_argument(
        "--databases",
        default="sqlite,postgresql",
        help="comma-separated: sqlite, postgresql (default both; PostgreSQL is skipped when"
        " it does not answer)",
    )
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL),
        help="an existing database on the server where todochat_bench_<random> is created"
        " and dropped (default: $BENCH_POSTGRES_URL or %(default)s)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="where to write the table (default: bench/results/latest.md, or quick.md with"
        " --quick, so a smoke run never replaces the published table)",
    )
    parser.add_argument(
        "--server-src",
        type=Path,
        default=None,
        help="run the server from another source tree (the src/ folder of an older checkout),"
        " for before/after figures; the harness itself stays this one",
    )
    args = parser.parse_args(argv)
    if args.output is None:
        args.output = QUICK_RESULTS if args.quick else RESULTS
    databases = [name.strip() for name in args.databases.split(",") if name.strip()]
    unknown = set(databases) - {"sqlite", "postgresql"}
    if unknown:
        parser.error(f"unknown database kind(s): {', '.join(sorted(unknown))}")
    command = "uv run python -m bench" + (" --quick" if args.quick else "")
    if args.server_src:
        command += f" --server-src {args.server_src}"
    results = run(
        sizes=Sizes.quick() if args.quick else Sizes(),
        databases=databases,
        postgres_url=args.postgres_url,
        output=args.output,
        command=command,
        server_src=args.server_src,
    )
    print()
    print_table(results.markdown)
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
