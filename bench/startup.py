"""`uv run python -m bench.startup [--before OLD/src]`: start-up, launched again and again.

Each run launches `python -m todochat serve` on a migrated database with the scripted
model, times its first answered request (`/health`), then sends one JSON chat turn with one
tool call the moment /health answers and times its answer too (the agent stack may still be
warming up then), and stops it. With `--before` (the src/ folder of an older checkout) the
two source trees are launched alternately, so whatever else the machine does falls on both
alike. Printed: medians of the wall seconds from launch and of the server's CPU by then.

By default the launches run with compiled bytecode, as an installed todochat does (the
README installs with `--compile-bytecode`): a cache under the scratch folder, filled by one
launch of each tree that is not counted. `--bytecode none` launches as a checkout synced
without `--compile-bytecode` under PYTHONDONTWRITEBYTECODE=1 runs, compiling every module
from source each time; `--bytecode both` alternates the two.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

from bench.harness import (
    DEFAULT_POSTGRES_URL,
    bench_database,
    bytecode_cache_env,
    percentile,
    running_stack,
    scratch_dir,
    server_env,
)
from bench.scenarios import Startup, start_once

HERE = Path(__file__).resolve().parent.parent / "src"


def no_bytecode_cache_env(workdir: Path) -> dict[str, str]:
    """Launch compiling every module from source: nothing compiled is written, and none is
    read (an empty cache folder replaces any `__pycache__` the environment may hold)."""
    return {"PYTHONPYCACHEPREFIX": str(workdir / "no-pycache"), "PYTHONDONTWRITEBYTECODE": "1"}


def measure(
    sources: Sequence[Path],
    *,
    kind: str,
    runs: int,
    postgres_url: str,
    caches: Sequence[bool] = (True,),
) -> list[Startup]:
    """`runs` launches of each source tree in each bytecode condition (`caches`: with a
    cache or not), alternately; one Startup per tree and condition, in that order."""
    with scratch_dir() as workdir, ExitStack() as exits:
        envs = []
        for source in sources:
            url = exits.enter_context(bench_database(kind, workdir, postgres_url))
            extra = {"PYTHONPATH": str(source)}
            # The stack migrates the database and runs the scripted model the launches use.
            stack = exits.enter_context(running_stack(url, latency=0.0, workdir=workdir, env=extra))
            env = {**server_env(url, stack.provider.base_url), **extra}
            for cached in caches:
                bytecode = bytecode_cache_env if cached else no_bytecode_cache_env
                envs.append({**env, **bytecode(workdir)})
        for env in envs:
            if not env["PYTHONDONTWRITEBYTECODE"]:
                start_once(env, workdir, Startup([], []))  # fills the cache; not counted
        results = [Startup([], []) for _ in envs]
        for _ in range(runs):
            for env, startup in zip(envs, results, strict=True):
                start_once(env, workdir, startup)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__)
    parser.add_argument("--before", type=Path, help="an older src/ folder, launched alternately")
    parser.add_argument("--after", type=Path, default=HERE, help="default: this checkout's src/")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument(
        "--bytecode",
        choices=("cached", "none", "both"),
        default="cached",
        help="launch with compiled bytecode (as installed), without, or both alternately",
    )
    parser.add_argument(
        "--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    )
    args = parser.parse_args(argv)
    sources = [args.after.resolve()]
    trees = ["this"]
    if args.before:
        sources.insert(0, args.before.resolve())
        trees = ["before", "after"]
    caches = {"cached": (True,), "none": (False,), "both": (True, False)}[args.bytecode]
    names = [
        f"{tree}{'' if len(caches) == 1 else (', cached' if cached else ', no cache')}"
        for tree in trees
        for cached in caches
    ]
    load_before = os.getloadavg()[0]
    results = measure(
        sources, kind=args.database, runs=args.runs, postgres_url=args.postgres_url, caches=caches
    )
    alternately = ", alternately" if len(names) > 1 else ""
    print(
        f"{args.database}: {args.runs} launches each{alternately}, bytecode {args.bytecode};"
        f" load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    )
    print(
        "| server | first request s (CPU s) | first chat turn s (CPU s) | peak MB |"
        " first request, every run (s) |"
    )
    print("|---|---:|---:|---:|---|")
    for name, startup in zip(names, results, strict=True):
        every = " ".join(f"{seconds:.2f}" for seconds in startup.seconds)
        print(
            f"| {name} | {startup.p50:.2f} ({startup.cpu_p50:.2f})"
            f" | {startup.chat_p50:.2f} ({startup.chat_cpu_p50:.2f})"
            f" | {percentile(startup.peak_rss_mb, 100):.0f} | {every} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
