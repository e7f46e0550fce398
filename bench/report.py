"""The results as a Markdown table, with the machine they were measured on and the targets."""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from bench.offline import OfflineResult
from bench.scenarios import Load, Overhead, ServerRun, Sizes

# issue 16's targets, on a quiet machine
T = TypeVar("T")

TARGET_CPU_PER_TURN = {"json": 8.0, "stream": 11.0}
TARGET_OVERHEAD_P50 = {"json": 8.0, "stream": 10.0}
TARGET_EFFICIENCY = {1: 0.70, 2: 0.85}
TARGET_HISTORY_RATIO = 1.2
TARGET_OFFLINE_P50 = 2.0
TARGET_PEAK_RSS_MB = 200.0
TARGET_STARTUP_SECONDS = 1.5


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
    lines += ["", *summary(runs, offline, sizes)]
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
                row.overhead_p50 <= TARGET_OVERHEAD_P50[row.mode]
                and row.cpu_per_turn <= TARGET_CPU_PER_TURN[row.mode]
                and row.errors == 0
            )
            lines.append(
                f"| {run.database} | {row.mode} | {_f(row.turn_p50)} | {_f(row.turn_p95)}"
                f" | {_f(row.direct_p50)} | {_f(row.direct_p95)} | {_f(row.overhead_p50)}"
                f" | {_f(row.overhead_p95)} | {_f(row.cpu_per_turn)} | {row.errors} | {_mark(ok)} |"
            )
    lines += [
        "",
        "Targets: overhead p50 ≤ 8 ms (JSON), ≤ 10 ms (stream); server CPU per turn ≤ 8 ms"
        " (JSON), ≤ 11 ms (stream). Server CPU per turn is the server process's own CPU time"
        " (from /proc) over the measured turns: it depends far less on what else the machine"
        " runs than the wall times do.",
        "",
        "## 2. Throughput under load",
        "",
        f"{sizes.load_users} users at once, each a conversation of {sizes.load_turns} streamed"
        f" turns, every model call taking {sizes.load_latency * 1000:.0f} ms (so a turn cannot"
        f" take less than {2 * sizes.load_latency * 1000:.0f} ms). Ideal = users / that time."
        " Afterwards every user message, reply (with its tool call and result) and task is"
        " read back through the API. One process, then `todochat serve --workers 2`. Peak"
        " memory is the largest VmHWM among the server's processes; CPU is all of them."
        " The load generator (this process) and the scripted model server run on the same"
        " cores: their CPU per turn is beside the server's, and *reachable* is the share of"
        " the ideal that CPU allows at all (each server process serves at most 1000 / its ms"
        " per turn turns a second, the machine at most cores × 1000 / all three's ms per"
        " turn); *in step* is the share left when the users' requests arrive together at"
        " each step of a turn, as they do here, and queue behind a process's event loop"
        " (a turn takes at best 2 × the model's time + (users per process + 1) / 2 × the"
        " server's ms per turn). The server is warmed up first (its agent stack loaded,"
        " a few turns answered): start-up is section 4's.",
        "",
        "| database | processes | turns | turns/s | ideal turns/s | of ideal | reachable"
        " | in step | p50 ms | p95 ms | errors | stored | lost | server CPU ms/turn"
        " | generator, model server CPU ms/turn | peak RSS MB | target met |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for run in runs:
        for load in run.loads:
            lines.append(_load_row(run.database, load))
    lines += [
        "",
        "Targets: ≥ 70% of ideal with one process, ≥ 85% with two; no errors, nothing lost,"
        " peak memory ≤ 200 MB per process.",
        "",
        "## 3. History growth",
        "",
        f"Turns (streamed, instant model) in a fresh conversation ({sizes.history_small}"
        f" stored messages) and in one of {sizes.history_large:,} (inserted with SQL; half"
        " are replies with a tool call), alternately. At most MAX_CONVERSATION_HISTORY"
        f" ({sizes.history_loaded}) are loaded, so the bigger conversation also sends the model"
        " a full history. The plan is the database's EXPLAIN of the history query.",
        "",
        "| database | turns each | fresh p50 ms | full p50 ms | ratio"
        " | fresh CPU ms/turn | full CPU ms/turn | errors | indexed | target met |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    plans = []
    for run in runs:
        history = run.history
        if history is None:
            continue
        ok = history.ratio <= TARGET_HISTORY_RATIO and history.indexed and not history.errors
        lines.append(
            f"| {run.database} | {len(history.large_turns)} | {_f(history.small_p50)}"
            f" | {_f(history.large_p50)} | {_f(history.ratio, 2)}"
            f" | {_f(history.small_cpu_per_turn)} | {_f(history.large_cpu_per_turn)}"
            f" | {history.errors} | {_mark(history.indexed)} | {_mark(ok)} |"
        )
        plans.append(f"- {run.database}: `{history.plan}`")
    lines += ["", "Target: ratio ≤ 1.2, the query indexed. Plans:", "", *plans]
    lines += [
        "",
        "## 4. Start-up",
        "",
        "`python -m todochat serve` on the migrated database until `/health` first answers 200"
        " (median of the runs), and the CPU the process had used by then, with compiled"
        " bytecode as an installed todochat has (a launch before the runs fills the cache);"
        " then one JSON chat"
        " turn (one tool call) sent at once, until its answer (the agent stack may still be"
        " warming up when it arrives).",
        "",
        "| database | runs | first request s p50 | its CPU s p50 | first chat turn s p50"
        " | its CPU s p50 | target met |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for run in runs:
        if run.startup is not None:
            startup = run.startup
            ok = startup.p50 <= TARGET_STARTUP_SECONDS
            lines.append(
                f"| {run.database} | {len(startup.seconds)} | {_f(startup.p50, 2)}"
                f" | {_f(startup.cpu_p50, 2)} | {_f(startup.chat_p50, 2)}"
                f" | {_f(startup.chat_cpu_p50, 2)} | {_mark(ok)} |"
            )
    lines += ["", "Target: ≤ 1.5 s."]
    if offline is not None:
        ok = offline.p50 <= TARGET_OFFLINE_P50
        lines += [
            "",
            "## 5. Offline model (AGENT_MODEL=offline)",
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


def _load_ok(load: Load) -> bool:
    return (
        load.efficiency >= TARGET_EFFICIENCY.get(load.processes, TARGET_EFFICIENCY[2])
        and not load.errors
        and not load.lost
        and load.peak_rss_mb <= TARGET_PEAK_RSS_MB
    )


def _load_row(database: str, load: Load) -> str:
    return (
        f"| {database} | {load.processes} | {load.turns} | {_f(load.throughput)}"
        f" | {_f(load.ideal_throughput)}"
        f" | {load.efficiency * 100:.0f}% | {load.reachable * 100:.0f}%"
        f" | {load.in_step * 100:.0f}% | {_f(load.p50, 0)} | {_f(load.p95, 0)}"
        f" | {len(load.errors)} | {load.stored_ok}/{load.turns} | {len(load.lost)}"
        f" | {_f(load.cpu_per_turn)}"
        f" | {_f(load.generator_cpu_per_turn)}, {_f(load.provider_cpu_per_turn)}"
        f" | {_f(load.peak_rss_mb, 0)} | {_mark(_load_ok(load))} |"
    )


def _by_database(runs: list[ServerRun], value: Callable[[ServerRun], str | None]) -> list[str]:
    cells = []
    for database in ("sqlite", "postgresql"):
        run = next((run for run in runs if run.database == database), None)
        cells.append((value(run) if run is not None else None) or "–")
    return cells


def summary(runs: list[ServerRun], offline: OfflineResult | None, sizes: Sizes) -> list[str]:
    """Issue 16's one table: each figure on SQLite and PostgreSQL, its target, met or not."""
    # (label, the figure of one run, the target, met: None where the figure has no target)
    rows: list[
        tuple[str, Callable[[ServerRun], str | None], str, Callable[[ServerRun], bool | None]]
    ]
    rows = []

    def overhead(run: ServerRun, mode: str) -> Overhead | None:
        return next((row for row in run.overhead if row.mode == mode), None)

    for mode, label in (("json", "JSON"), ("stream", "streamed")):
        rows.append(
            (
                f"server CPU per turn, {label} (ms)",
                lambda run, m=mode: _maybe(overhead(run, m), lambda o: _f(o.cpu_per_turn)),
                f"≤ {TARGET_CPU_PER_TURN[mode]:g}",
                lambda run, m=mode: _ok(
                    overhead(run, m), lambda o: o.cpu_per_turn <= TARGET_CPU_PER_TURN[m]
                ),
            )
        )
    for mode, label in (("json", "JSON"), ("stream", "streamed")):
        rows.append(
            (
                f"overhead beyond the model p50, {label} (ms)",
                lambda run, m=mode: _maybe(overhead(run, m), lambda o: _f(o.overhead_p50)),
                f"≤ {TARGET_OVERHEAD_P50[mode]:g}",
                lambda run, m=mode: _ok(
                    overhead(run, m), lambda o: o.overhead_p50 <= TARGET_OVERHEAD_P50[m]
                ),
            )
        )
    rows.append(
        (
            f"full history ({sizes.history_loaded} of {sizes.history_large:,}) vs fresh, p50",
            lambda run: _maybe(
                run.history,
                lambda h: f"{h.ratio:.2f}× ({_f(h.large_p50)} / {_f(h.small_p50)} ms)",
            ),
            f"≤ {TARGET_HISTORY_RATIO:g}×",
            lambda run: _ok(run.history, lambda h: h.ratio <= TARGET_HISTORY_RATIO),
        )
    )
    for processes in sizes.load_processes:
        target = TARGET_EFFICIENCY.get(processes, TARGET_EFFICIENCY[2])

        def load_of(run: ServerRun, p: int = processes) -> Load | None:
            return next((load for load in run.loads if load.processes == p), None)

        rows.append(
            (
                f"{sizes.load_users} users, {sizes.load_latency * 1000:.0f} ms model,"
                f" {processes} process{'es' if processes > 1 else ''}: of ideal",
                lambda run, f=load_of: _maybe(
                    f(run),
                    lambda load: (
                        f"{load.efficiency * 100:.0f}% ({_f(load.throughput)} turns/s),"
                        f" {len(load.errors)} errors, {load.stored_ok}/{load.turns} stored"
                    ),
                ),
                f"≥ {target * 100:.0f}%, 0 errors, all stored",
                lambda run, f=load_of: _ok(f(run), _load_ok),
            )
        )
    rows.append(
        (
            "start-up to the first answered request (s)",
            lambda run: _maybe(run.startup, lambda s: f"{_f(s.p50, 2)} (CPU {_f(s.cpu_p50, 2)})"),
            f"≤ {TARGET_STARTUP_SECONDS:g}",
            lambda run: _ok(run.startup, lambda s: s.p50 <= TARGET_STARTUP_SECONDS),
        )
    )
    rows.append(
        (
            "... to the first answered chat turn (s)",
            lambda run: _maybe(
                run.startup, lambda s: f"{_f(s.chat_p50, 2)} (CPU {_f(s.chat_cpu_p50, 2)})"
            ),
            "",
            lambda run: None,
        )
    )
    rows.append(
        (
            "peak memory per process under load (MB)",
            lambda run: _f(max(load.peak_rss_mb for load in run.loads), 0) if run.loads else None,
            f"≤ {TARGET_PEAK_RSS_MB:g}",
            lambda run: (
                bool(run.loads)
                and max(load.peak_rss_mb for load in run.loads) <= TARGET_PEAK_RSS_MB
            ),
        )
    )
    lines = [
        "## Summary",
        "",
        "| | SQLite | PostgreSQL | target | met |",
        "|---|---:|---:|---|---|",
    ]
    for label, value, target, met in rows:
        sqlite, postgresql = _by_database(runs, value)
        verdicts = [met(run) for run in runs]
        verdict = "yes" if verdicts and all(verdicts) else "**no**"
        if None in verdicts:
            verdict = ""
        lines.append(f"| {label} | {sqlite} | {postgresql} | {target} | {verdict} |")
    if offline is not None:
        ok = offline.p50 <= TARGET_OFFLINE_P50
        lines.append(
            f"| offline model per message, p50 (ms) | {_f(offline.p50, 2)} | | ≤ 2 | {_mark(ok)} |"
        )
    return lines


def _maybe(value: T | None, render: Callable[[T], str]) -> str | None:
    return render(value) if value is not None else None


def _ok(value: T | None, check: Callable[[T], bool]) -> bool:
    return value is not None and check(value)


def print_table(markdown: str) -> None:
    sys.stdout.write(markdown)
    sys.stdout.flush()
