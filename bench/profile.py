"""`uv run python -m bench.profile`: where a chat turn's server CPU goes, by package.

Starts the scripted model and the real `todochat serve` as `python -m bench` does, attaches
py-spy (a sampling profiler, `uv tool install py-spy`; it reads the process from outside, so
the server runs unchanged) to the server, sends `--turns` one-tool turns one after another,
and prints each package's share of the samples as milliseconds of CPU per turn (the server's
own CPU counter over the turns, split by the samples' shares). A sample is charged to the
innermost frame that belongs to a package named below (the frames under it, such as the
standard library's socket calls, count for that package; asyncio's own frames count as
the event loop); samples with
no such frame are the rest of the standard library. `--history` sends every turn in one
conversation that the warm-up has filled past MAX_CONVERSATION_HISTORY (a full history).

py-spy counts a thread that holds the GIL whether it runs or waits for a core, so on a
busy machine the shares lean towards the calls after which the kernel hands the core to
another process (a socket write that wakes the model server or the client): a write of a
few hundred bytes to a waiting reader costs about 5 µs of CPU here, however many samples
land on it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from bench.harness import (
    DEFAULT_POSTGRES_URL,
    BenchClient,
    Stack,
    bench_database,
    cpu_seconds,
    http_client,
    running_stack,
    scratch_dir,
)

# (label, a piece of a frame's file path); the first match from the innermost frame wins
PACKAGES: tuple[tuple[str, str], ...] = (
    ("todochat", "(todochat"),
    ("agents SDK", "(agents"),
    ("openai client", "(openai"),
    ("mcp SDK", "(mcp"),
    ("httpx / httpcore", "(httpx"),
    ("httpx / httpcore", "(httpcore"),
    ("sqlalchemy / sqlmodel", "(sqlalchemy"),
    ("sqlalchemy / sqlmodel", "(sqlmodel"),
    ("asyncpg / aiosqlite", "(asyncpg"),
    ("asyncpg / aiosqlite", "(aiosqlite"),
    ("pydantic", "(pydantic"),
    ("fastapi / starlette", "(fastapi"),
    ("fastapi / starlette", "(starlette"),
    ("uvicorn / h11 / httptools", "(uvicorn"),
    ("uvicorn / h11 / httptools", "(h11"),
    ("uvicorn / h11 / httptools", "(httptools"),
    ("anyio", "(anyio"),
    ("jwt / cryptography", "(jwt"),
    ("logging", "(logging"),
    ("asyncio event loop", "(asyncio"),
    ("asyncio event loop", "(selectors"),
    ("json", "(json"),
)
OTHER = "stdlib, other"
HISTORY_WARMUP = 30  # turns of two messages each, over the default MAX_CONVERSATION_HISTORY


def _label(stack: str) -> str:
    """The package of a collapsed stack's innermost frame that belongs to one."""
    for frame in reversed(stack.split(";")):
        for label, piece in PACKAGES:
            if piece in frame:
                return label
    return OTHER


def _by_package(raw: Path) -> tuple[Counter[str], int]:
    counts: Counter[str] = Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, number = line.rpartition(" ")
        if not number.isdigit():
            continue
        samples = int(number)
        counts[_label(stack)] += samples
        total += samples
    return counts, total


async def _turns(
    stack: Stack, turns: int, stream: bool, conversation: int | None = None, *, history: bool
) -> int | None:
    """`turns` turns, each in a new conversation, or with `history` all in one (from
    `conversation`, or the first turn's), which grows; the conversation with `history`."""
    async with http_client() as http:
        client = BenchClient(stack.base_url, http)
        await client.provision("profile-user")
        for number in range(turns):
            result = await client.turn(
                "profile-user", f"Profile task {number}", conversation, stream=stream
            )
            if not result.ok:
                raise RuntimeError(f"turn {number} failed: {result.error}")
            if history:
                conversation = result.conversation_id
        return conversation


def profile(
    kind: str,
    turns: int,
    stream: bool,
    postgres_url: str,
    rate: int,
    output: Path,
    history: bool = False,
) -> str:
    """The report; with `history`, every turn in one conversation, which the warm-up fills
    past MAX_CONVERSATION_HISTORY so that each turn replays a full history."""
    spy = shutil.which("py-spy")
    if spy is None:
        raise SystemExit("py-spy is not on PATH: `uv tool install py-spy`")
    command = [spy, "record", "--pid", "", "--rate", str(rate), "--gil"]
    command += ["--format", "raw", "--output", str(output)]
    with (
        scratch_dir() as workdir,
        bench_database(kind, workdir, postgres_url) as url,
        running_stack(url, latency=0.0, workdir=workdir) as stack,
    ):
        warmup = HISTORY_WARMUP if history else 20
        conversation = asyncio.run(_turns(stack, warmup, stream, history=history))  # unrecorded
        command[3] = str(stack.server_pid)
        recorder = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            cpu_before = cpu_seconds(stack.server_pid)
            asyncio.run(_turns(stack, turns, stream, conversation, history=history))
            cpu = cpu_seconds(stack.server_pid) - cpu_before
        finally:
            recorder.send_signal(signal.SIGINT)
            recorder.wait(60)
    counts, total = _by_package(output)
    per_turn = cpu * 1000 / turns
    mode = ("stream" if stream else "json") + (", full history" if history else "")
    lines = [
        f"{kind}, {mode}: {turns} turns, server CPU {per_turn:.1f} ms per turn"
        f" (load average {os.getloadavg()[0]:.1f}); py-spy, {total} samples at {rate} Hz",
        "",
        "| package | share | ms per turn |",
        "|---|---:|---:|",
    ]
    for label, samples in counts.most_common():
        share = samples / total if total else 0.0
        lines.append(f"| {label} | {share:.0%} | {share * per_turn:.1f} |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    parser.add_argument("--turns", type=int, default=300)
    parser.add_argument("--mode", choices=("json", "stream"), default="json")
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="postgresql")
    parser.add_argument(
        "--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    )
    parser.add_argument("--rate", type=int, default=250, help="py-spy samples per second")
    parser.add_argument(
        "--output",
        type=Path,
        default=Path("bench/results/profile.txt"),
        help="the collapsed stacks (py-spy's raw format; flamegraph.pl and speedscope read it)",
    )
    parser.add_argument(
        "--history",
        action="store_true",
        help="every turn in one conversation, past MAX_CONVERSATION_HISTORY after the warm-up",
    )
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    report = profile(
        args.database,
        args.turns,
        args.mode == "stream",
        args.postgres_url,
        args.rate,
        args.output,
        history=args.history,
    )
    print(report)
    print(f"stacks written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
