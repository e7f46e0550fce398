"""The results as a Markdown table, with the machine they were measured on and the targets."""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench.offline import OfflineResult
from bench.scenarios import ServerRun, Sizes

TARGET_OVERHEAD_P50 = {"sqlite": 10.0, "postgresql": 15.0}
TARGET_OVERHEAD_P95 = 25.0
TARGET_EFFICIENCY = 0.90
TARGET_HISTORY_RATIO = 1.2
TARGET_OFFLINE_P50 = 2.0
TARGET_PEAK_RSS_MB = 250.0


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory_gb() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.0f} GB"
    except OSError:
        pass
    return "? GB"


def machine(postgres_version: str | None) -> str:
    parts = [
        f"{_cpu()}, {os.cpu_count()} cores, {_memory_gb()} RAM",
        f"{platform.system()} {platform.release()}",
        f"Python {platform.python_version()}",
        f"SQLite {sqlite3.sqlite_version}",
    ]
    if postgres_version:
        parts.append(f"PostgreSQL {postgres_version}")
    return "; ".join(parts)


def _mark(ok: bool) -> str:
    return "yes" if ok else "**no**"


def _f(value: float, digits: int = 1) -> str:
    return "n/a" if math.isnan(value) else f"{value:.{digits}f}"


def render(
    runs: list[ServerRun],
    offline: OfflineResult | None,
    sizes: Sizes,
    *,
    machine_text: str,
    seconds: float,
    command: str,
    load_average: tuple[tuple[float, ...], tuple[float, ...]] | None = None,
    server_src: str | None = None,
) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# todochat benchmark",
        "",
        f"`{command}` on {now}, {seconds:.0f} s in all.",
        f"Machine: {machine_text}.",
        "Server, scripted model server and client all on this machine, over loopback.",
    ]
    if load_average is not None:
        start, end = load_average[0][0], load_average[1][0]
        lines.append(
            f"Load average (1 min) {start:.2f} at the start, {end:.2f} at the end:"
            " other work on the machine slows every wall time below, not the server CPU times."
        )
    if server_src:
        lines.append(f"Server run from `{server_src}`.")
    lines += [
        "",
        "## 1. Overhead per chat turn (one tool call and a final answer: two model calls)",
        "",
        f"{sizes.overhead_turns} turns per row after {sizes.overhead_warmup} warm-up, each in a"
        " new conversation, with a model that answers at once. *Direct* is the same two calls"
        " made straight to the model server with the openai client; the overhead is the"
        " difference (p50 − p50, p95 − p95).",
        "",
        "| database | mode | turn p50 ms | turn p95 ms | direct p50 ms | direct p95 ms"
        " | overhead p50 ms | overhead p95 ms | server CPU ms/turn | errors | target met |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for run in runs:
        for row in run.overhead:
            ok = (
                row.overhead_p50 <= TARGET_OVERHEAD_P50[run.database]
                and row.overhead_p95 <= TARGET_OVERHEAD_P95
                and row.errors == 0
            )
            lines.append(
                f"| {run.database} | {row.mode} | {_f(row.turn_p50)} | {_f(row.turn_p95)}"
                f" | {_f(row.direct_p50)} | {_f(row.direct_p95)} | {_f(row.overhead_p50)}"
                f" | {_f(row.overhead_p95)} | {_f(row.cpu_per_turn)} | {row.errors} | {_mark(ok)} |"
            )
    lines += [
        "",
        "Targets: overhead p50 ≤ 10 ms (SQLite), ≤ 15 ms (PostgreSQL); p95 ≤ 25 ms. Server CPU"
        " per turn is the server process's own CPU time (from /proc) over the measured turns:"
        " it does not depend on what else the machine runs, the wall times do.",
        "",
        "## 2. Throughput under load",
        "",
        f"{sizes.load_users} users at once, each a conversation of {sizes.load_turns} streamed"
        f" turns, every model call taking {sizes.load_latency * 1000:.0f} ms (so a turn cannot"
        f" take less than {2 * sizes.load_latency * 1000:.0f} ms). Ideal = users / that time."
        " Afterwards every user message, reply (with its tool call and result) and task is"
        " read back through the API. Peak memory is the server's VmHWM.",
        "",
        "| database | turns | turns/s | ideal turns/s | of ideal | p50 ms | p95 ms | errors"
        " | stored | lost | server CPU ms/turn | peak RSS MB | target met |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for run in runs:
        load = run.load
        if load is None:
            continue
        ok = (
            load.efficiency >= TARGET_EFFICIENCY
            and not load.errors
            and not load.lost
            and load.peak_rss_mb <= TARGET_PEAK_RSS_MB
        )
        lines.append(
            f"| {run.database} | {load.turns} | {_f(load.throughput)} | {_f(load.ideal_throughput)}"
            f" | {load.efficiency * 100:.0f}% | {_f(load.p50, 0)} | {_f(load.p95, 0)}"
            f" | {len(load.errors)} | {load.stored_ok}/{load.turns} | {len(load.lost)}"
            f" | {_f(load.cpu_per_turn)} | {_f(load.peak_rss_mb, 0)} | {_mark(ok)} |"
        )
    lines += [
        "",
        "Targets: ≥ 90% of ideal, no errors, nothing lost, peak server memory ≤ 250 MB.",
        "",
        "## 3. History growth",
        "",
        f"Turn time (streamed, instant model) in conversations of {sizes.history_small} and"
        f" {sizes.history_large:,} stored messages (inserted with SQL; half are replies with a"
        f" tool call). At most MAX_CONVERSATION_HISTORY ({sizes.history_loaded}) are loaded, so"
        " the bigger conversation also sends the model more context. The plan is the"
        " database's EXPLAIN of the history query.",
        "",
        f"| database | turns each | {sizes.history_small} msgs p50 ms"
        f" | {sizes.history_large:,} msgs p50 ms | ratio | errors | indexed | target met |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    plans = []
    for run in runs:
        history = run.history
        if history is None:
            continue
        ok = history.ratio <= TARGET_HISTORY_RATIO and history.indexed and not history.errors
        lines.append(
            f"| {run.database} | {len(history.large_turns)} | {_f(history.small_p50)}"
            f" | {_f(history.large_p50)} | {_f(history.ratio, 2)} | {history.errors}"
            f" | {_mark(history.indexed)} | {_mark(ok)} |"
        )
        plans.append(f"- {run.database}: `{history.plan}`")
    lines += ["", "Target: ratio ≤ 1.2, the query indexed. Plans:", "", *plans]
    if offline is not None:
        ok = offline.p50 <= TARGET_OFFLINE_P50
        lines += [
            "",
            "## 4. Offline model (AGENT_MODEL=offline)",
            "",
            f"The model's own work per user message (all its steps until it answers), over"
            f" {offline.messages} messages of everyday requests; no server, tools answered in"
            " memory.",
            "",
            "| messages | per message p50 ms | per message p95 ms | per step p50 ms | target met |",
            "|---:|---:|---:|---:|---|",
            f"| {offline.messages} | {_f(offline.p50, 2)} | {_f(offline.p95, 2)}"
            f" | {_f(offline.call_p50, 2)} | {_mark(ok)} |",
            "",
            "Target: ≤ 2 ms per message at the median.",
        ]
    lines.append("")
    return "\n".join(lines)


def print_table(markdown: str) -> None:
    sys.stdout.write(markdown)
    sys.stdout.flush()
