"""The three server benchmarks: overhead per turn, throughput under load, history growth."""

from __future__ import annotations

import asyncio
import math
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx2
from sqlalchemy import insert, text

from bench.direct import DirectModel
from bench.harness import (
    BenchClient,
    Stack,
    TurnResult,
    bytecode_cache_env,
    cpu_seconds,
    http_client,
    ms,
    peak_rss_mb,
    percentile,
    tree_cpu_seconds,
    tree_peak_rss_mb,
    tree_schedstat,
)
from tests.support.servers import launch_server
from todochat.chat.models import Conversation, Message
from todochat.chat.store import recent_messages_query
from todochat.core.db import create_engine


@dataclass(frozen=True)
class Sizes:
    """How much each benchmark does; `quick()` is for the smoke test."""

    overhead_warmup: int = 10
    overhead_turns: int = 100
    load_users: int = 50
    load_turns: int = 6
    load_latency: float = 0.3
    load_processes: tuple[int, ...] = (1, 2)
    history_small: int = 0
    history_large: int = 10_000
    history_turns: int = 30
    history_loaded: int = 50
    offline_rounds: int = 20
    startup_runs: int = 3

    @classmethod
    def quick(cls) -> Sizes:
        return cls(
            overhead_warmup=1,
            overhead_turns=4,
            load_users=4,
            load_turns=2,
            load_latency=0.05,
            history_small=0,
            history_large=200,
            history_turns=3,
            offline_rounds=1,
            startup_runs=1,
        )


# --- 1. overhead per turn --------------------------------------------------------------------


@dataclass
class Overhead:
    """One mode on one database: the turn through the server and the same calls direct."""

    mode: str
    turns: list[float]
    direct: list[float]
    errors: int
    server_cpu: float  # the server's CPU seconds over the measured turns

    @property
    def cpu_per_turn(self) -> float:
        """Server CPU ms per turn: our own work, whatever else the machine is doing."""
        return ms(self.server_cpu / len(self.turns)) if self.turns else float("nan")

    @property
    def turn_p50(self) -> float:
        return ms(percentile(self.turns, 50))

    @property
    def turn_p95(self) -> float:
        return ms(percentile(self.turns, 95))

    @property
    def direct_p50(self) -> float:
        return ms(percentile(self.direct, 50))

    @property
    def direct_p95(self) -> float:
        return ms(percentile(self.direct, 95))

    @property
    def overhead_p50(self) -> float:
        return self.turn_p50 - self.direct_p50

    @property
    def overhead_p95(self) -> float:
        return self.turn_p95 - self.direct_p95


async def measure_overhead(stack: Stack, sizes: Sizes, modes: tuple[str, ...]) -> list[Overhead]:
    """Alternate a turn through the server and the same two calls made directly."""
    results = []
    async with http_client() as http:
        client = BenchClient(stack.base_url, http)
        direct = DirectModel(stack.provider.base_url, await client.model_tools())
        try:
            for mode in modes:
                stream = mode == "stream"
                user = f"overhead-{mode}"
                await client.provision(user)
                turns: list[float] = []
                direct_times: list[float] = []
                errors = 0
                cpu = 0.0
                for number in range(sizes.overhead_warmup + sizes.overhead_turns):
                    message = f"Overhead task {number}"
                    direct_seconds = await direct.turn(message, stream=stream)
                    cpu_before = cpu_seconds(stack.server_pid)
                    result = await client.turn(user, message, stream=stream)
                    cpu_after = cpu_seconds(stack.server_pid)
                    if number < sizes.overhead_warmup:
                        continue
                    cpu += cpu_after - cpu_before
                    direct_times.append(direct_seconds)
                    if result.ok and result.tool_calls == 1:
                        turns.append(result.seconds)
                    else:
                        errors += 1
                results.append(Overhead(mode, turns, direct_times, errors, cpu))
        finally:
            await direct.close()
    return results


# --- 2. throughput under load ----------------------------------------------------------------


@dataclass
class Load:
    processes: int
    users: int
    turns_per_user: int
    latency: float
    wall: float
    latencies: list[float]
    errors: list[str]
    stored_ok: int
    lost: list[str]
    peak_rss_mb: float
    server_cpu: float
    generator_cpu: float = math.nan  # the load generator's (this process's) CPU seconds
    provider_cpu: float = math.nan  # the scripted model server's CPU seconds
    # The server processes' event-loop threads: seconds running, and seconds runnable but
    # waiting for a core (taken by the other parties or anything else on the machine).
    loop_running: float = math.nan
    loop_waiting: float = math.nan
    cores: int = field(default_factory=lambda: os.cpu_count() or 1)

    @property
    def cpu_per_turn(self) -> float:
        return ms(self.server_cpu / len(self.latencies)) if self.latencies else float("nan")

    @property
    def generator_cpu_per_turn(self) -> float:
        return ms(self.generator_cpu / len(self.latencies)) if self.latencies else math.nan

    @property
    def provider_cpu_per_turn(self) -> float:
        return ms(self.provider_cpu / len(self.latencies)) if self.latencies else math.nan

    @property
    def total_cpu_per_turn(self) -> float:
        """The CPU a turn costs the whole machine: server, load generator, model server."""
        return self.cpu_per_turn + self.generator_cpu_per_turn + self.provider_cpu_per_turn

    @property
    def loop_busy(self) -> float:
        """The share of the run the servers' event loops had work: running, or ready to
        run and waiting for a core. Near 1, the server's CPU (or a core for it) is what
        limits the figure; well below 1, the server sat idle waiting for the users."""
        if not self.wall:
            return math.nan
        return (self.loop_running + self.loop_waiting) / (self.wall * self.processes)

    @property
    def loop_waiting_share(self) -> float:
        """The share of the run the servers' event loops waited for a core."""
        return self.loop_waiting / (self.wall * self.processes) if self.wall else math.nan

    @property
    def reachable(self) -> float:
        """The share of the ideal the CPU per turn allows at all (a queueing bound).

        Asymptotic bounds of a closed system: 50 users who each wait 2 x latency for the
        model per turn; each server process runs on one core at a time (one event loop), so
        `processes` of them serve at most processes x 1000 / (server ms per turn) turns a
        second; and all three parties share the machine's cores, so at most
        cores x 1000 / (all parties' ms per turn). Whatever the server does, the measured
        figure cannot pass the least of these on this machine.
        """
        if not self.latencies:
            return math.nan
        by_server = self.processes * 1000 / self.cpu_per_turn
        by_cores = self.cores * 1000 / self.total_cpu_per_turn
        return min(1.0, by_server / self.ideal_throughput, by_cores / self.ideal_throughput)

    @property
    def in_step(self) -> float:
        """The share of the ideal when the users move in step (a queueing estimate).

        The users start together and every model call takes the same time, so at each step
        of a turn (the message in; the tool call and the second model call; the reply) a
        process's n = users / processes requests arrive together and queue behind its event
        loop: the k-th in line waits for the k - 1 before it. Over a turn's steps a user
        waits (n - 1) / 2 times the server's CPU per turn on average, besides its own, so a
        turn takes at best 2 x latency + (n + 1) / 2 x that CPU. Capped by `reachable`.
        """
        if not self.latencies:
            return math.nan
        in_line = self.users / self.processes
        best_turn = ms(2 * self.latency) + (in_line + 1) / 2 * self.cpu_per_turn
        return min(self.reachable, ms(2 * self.latency) / best_turn)

    @property
    def turns(self) -> int:
        return self.users * self.turns_per_user

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.wall if self.wall else 0.0

    @property
    def ideal_throughput(self) -> float:
        """Closed loop: each user waits for two model calls per turn, and nothing else."""
        return self.users / (2 * self.latency)

    @property
    def efficiency(self) -> float:
        return self.throughput / self.ideal_throughput

    @property
    def p50(self) -> float:
        return ms(percentile(self.latencies, 50))

    @property
    def p95(self) -> float:
        return ms(percentile(self.latencies, 95))


SETTLE_POLL_SECONDS = 0.25
SETTLE_IDLE_CPU_SECONDS = 0.01
SETTLE_LIMIT_SECONDS = 30.0
WARM_UP_TURNS_PER_PROCESS = 4


async def warm_up(stack: Stack, client: BenchClient, processes: int) -> None:
    """Bring a just-started server to its steady state before anything is counted.

    `todochat serve` answers /health before its agent stack is loaded (core/deferred.py
    imports it in the background: about 1.5 s of CPU a process, the start-up section's
    own figure). Counted inside the first turns, that start-up CPU was charged to the
    turns (5-10 ms a turn of a 300-turn run) and the first turns waited for it. So: wait
    until the server's processes have gone idle (a poll's CPU under 10 ms), then play
    `WARM_UP_TURNS_PER_PROCESS` turns per process at once from users of their own, on as
    many connections (the kernel hands a `--workers` server's connections to whichever
    process accepts first, so each process gets some), and wait for idle again.
    """

    async def settle() -> None:
        deadline = time.monotonic() + SETTLE_LIMIT_SECONDS
        before = tree_cpu_seconds(stack.server_pid)
        while time.monotonic() < deadline:
            await asyncio.sleep(SETTLE_POLL_SECONDS)
            now = tree_cpu_seconds(stack.server_pid)
            if now - before < SETTLE_IDLE_CPU_SECONDS:
                return
            before = now

    await settle()
    users = [f"warm-up-{number}" for number in range(WARM_UP_TURNS_PER_PROCESS * processes)]
    await asyncio.gather(*(client.provision(user) for user in users))
    results = await asyncio.gather(*(client.turn(user, f"{user} task") for user in users))
    failed = [result.error for result in results if not result.ok]
    if failed:
        raise RuntimeError(f"warm-up turns failed: {failed[:3]}")
    await settle()


async def measure_load(stack: Stack, sizes: Sizes, processes: int = 1) -> Load:
    """`load_users` users at once, each a conversation of `load_turns` turns, then verify.

    `processes`: the server's worker count (its CPU and memory are read for all of them).
    The server is warmed up first (`warm_up`): this is the steady state, and start-up is
    the start-up section's figure.
    """
    users = [f"load-user-{number}" for number in range(sizes.load_users)]
    async with http_client(limit=sizes.load_users * 2) as http:
        client = BenchClient(stack.base_url, http)
        await warm_up(stack, client, processes)
        await asyncio.gather(*(client.provision(user) for user in users))
        sent: dict[str, list[str]] = {user: [] for user in users}
        conversations: dict[str, int | None] = {user: None for user in users}
        latencies: list[float] = []
        errors: list[str] = []

        async def converse(user: str) -> None:
            for number in range(sizes.load_turns):
                message = f"{user} task {number}"
                sent[user].append(message)
                result: TurnResult = await client.turn(user, message, conversations[user])
                if not result.ok or result.tool_calls != 1:
                    errors.append(f"{user} turn {number}: {result.error or 'no answer'}")
                    continue
                if conversations[user] is None:
                    conversations[user] = result.conversation_id
                latencies.append(result.seconds)

        cpu_before = tree_cpu_seconds(stack.server_pid)
        provider_before = cpu_seconds(stack.provider.process.pid)
        generator_before = time.process_time()
        running_before, waiting_before = tree_schedstat(stack.server_pid)
        started = time.perf_counter()
        await asyncio.gather(*(converse(user) for user in users))
        wall = time.perf_counter() - started
        generator_cpu = time.process_time() - generator_before
        running_after, waiting_after = tree_schedstat(stack.server_pid)
        server_cpu = tree_cpu_seconds(stack.server_pid) - cpu_before
        provider_cpu = cpu_seconds(stack.provider.process.pid) - provider_before
        rss = tree_peak_rss_mb(stack.server_pid)
        stored_ok, lost = await _verify_stored(client, sent, conversations)
    return Load(
        processes=processes,
        users=sizes.load_users,
        turns_per_user=sizes.load_turns,
        latency=sizes.load_latency,
        wall=wall,
        latencies=latencies,
        errors=errors,
        stored_ok=stored_ok,
        lost=lost,
        peak_rss_mb=rss,
        server_cpu=server_cpu,
        generator_cpu=generator_cpu,
        provider_cpu=provider_cpu,
        loop_running=running_after - running_before,
        loop_waiting=waiting_after - waiting_before,
    )


async def measure_alone(stack: Stack, sizes: Sizes) -> float:
    """The server's CPU ms a turn for the load's conversations sent one turn at a time.

    The same `load_users` x `load_turns` turns as `measure_load` (every user's first turn,
    then every user's second, ...), each sent when the one before it has answered: what
    those turns cost the server with nothing else in flight, the figure the load's
    `cpu_per_turn` is read against. The overhead section's turns are each a fresh
    conversation; turns 2-6 of a load conversation read and send a history.
    """
    users = [f"alone-user-{number}" for number in range(sizes.load_users)]
    async with http_client() as http:
        client = BenchClient(stack.base_url, http)
        await warm_up(stack, client, 1)
        await asyncio.gather(*(client.provision(user) for user in users))
        conversations: dict[str, int | None] = dict.fromkeys(users)
        before = tree_cpu_seconds(stack.server_pid)
        for number in range(sizes.load_turns):
            for user in users:
                result = await client.turn(user, f"{user} task {number}", conversations[user])
                if not result.ok or result.tool_calls != 1:
                    raise RuntimeError(f"{user} turn {number}: {result.error or 'no answer'}")
                conversations[user] = result.conversation_id
        cpu = tree_cpu_seconds(stack.server_pid) - before
    return ms(cpu / (sizes.load_users * sizes.load_turns))


async def _verify_stored(
    client: BenchClient, sent: dict[str, list[str]], conversations: dict[str, int | None]
) -> tuple[int, list[str]]:
    """Every turn's user message, reply (with its tool call and result) and task are stored."""
    stored_ok = 0
    lost: list[str] = []
    for user, messages in sent.items():
        conversation_id = conversations[user]
        if conversation_id is None:
            lost.append(f"{user}: no conversation")
            continue
        stored = await client.messages(user, conversation_id)
        titles = await client.task_titles(user)
        for number, message in enumerate(messages):
            pair = stored[2 * number : 2 * number + 2]
            good = (
                len(pair) == 2
                and pair[0]["role"] == "user"
                and pair[0]["content"] == message
                and pair[1]["role"] == "assistant"
                and bool(pair[1]["content"])
                and len(pair[1].get("tool_calls") or []) == 1
                and pair[1]["tool_calls"][0].get("result") is not None
                and message in titles
            )
            if good:
                stored_ok += 1
            else:
                lost.append(f"{user} turn {number}")
        if len(stored) != 2 * len(messages):
            lost.append(f"{user}: {len(stored)} messages stored, {2 * len(messages)} expected")
    return stored_ok, lost


# --- 3. history growth -----------------------------------------------------------------------


@dataclass
class History:
    small: int
    large: int
    small_turns: list[float]
    large_turns: list[float]
    errors: int
    plan: str
    indexed: bool
    small_cpu: float = 0.0  # server CPU seconds over the measured turns
    large_cpu: float = 0.0

    @property
    def small_cpu_per_turn(self) -> float:
        return ms(self.small_cpu / len(self.small_turns)) if self.small_turns else float("nan")

    @property
    def large_cpu_per_turn(self) -> float:
        return ms(self.large_cpu / len(self.large_turns)) if self.large_turns else float("nan")

    @property
    def small_p50(self) -> float:
        return ms(percentile(self.small_turns, 50))

    @property
    def large_p50(self) -> float:
        return ms(percentile(self.large_turns, 50))

    @property
    def ratio(self) -> float:
        return self.large_p50 / self.small_p50 if self.small_p50 else float("nan")


def _history_rows(conversation_id: int, user_id: str, count: int) -> list[dict[str, Any]]:
    """Stored turns as the server writes them: a user message, a reply with its tool call."""
    now = datetime.now(UTC)
    rows = []
    for number in range(count):
        turn = number // 2
        if number % 2 == 0:
            rows.append(
                {
                    "conversation_id": conversation_id,
                    "user_id": user_id,
                    "role": "user",
                    "content": f"Add history task {turn}",
                    "tool_calls": None,
                    "created_at": now,
                }
            )
            continue
        call = {
            "id": f"call_history_{conversation_id}_{turn}",
            "name": "add_task",
            "arguments": {"title": f"Add history task {turn}"},
            "result": {"task_id": turn + 1, "status": "created", "title": f"History task {turn}"},
        }
        rows.append(
            {
                "conversation_id": conversation_id,
                "user_id": user_id,
                "role": "assistant",
                "content": f"I've added 'History task {turn}' (#{turn + 1}) to your list.",
                "tool_calls": [call],
                "created_at": now,
            }
        )
    return rows


async def _seed_history(
    database_url: str, user_id: str, small: int, small_count: int, large: int
) -> tuple[list[int], int, str, bool]:
    """Conversations with `small` and `large` stored messages, inserted with SQL; the plan."""
    engine = create_engine(database_url)
    try:
        async with engine.begin() as connection:
            now = datetime.now(UTC)
            ids = []
            for number in range(small_count + 1):
                result = await connection.execute(
                    insert(Conversation.__table__).returning(  # type: ignore[attr-defined]
                        Conversation.__table__.c.id  # type: ignore[attr-defined]
                    ),
                    {
                        "user_id": user_id,
                        "title": f"history {number}",
                        "created_at": now,
                        "updated_at": now,
                    },
                )
                ids.append(int(result.scalar_one()))
            *small_ids, large_id = ids
            rows: list[dict[str, Any]] = []
            for conversation_id in small_ids:
                rows.extend(_history_rows(conversation_id, user_id, small))
            rows.extend(_history_rows(large_id, user_id, large))
            await connection.execute(insert(Message.__table__), rows)  # type: ignore[attr-defined]
        async with engine.begin() as connection:
            # the planner may choose differently for the big conversation and a small one
            large_plan, large_indexed = await _explain(connection, large_id)
            small_plan, small_indexed = await _explain(connection, small_ids[0])
        plan = f"{large:,} messages: {large_plan} | {small} messages: {small_plan}"
        indexed = large_indexed and small_indexed
    finally:
        await engine.dispose()
    return small_ids, large_id, plan, indexed


async def _explain(connection: Any, conversation_id: int) -> tuple[str, bool]:
    """EXPLAIN the history query as the store runs it; indexed when no full scan shows."""
    query = recent_messages_query().params(conversation=conversation_id, limit=50)
    dialect = connection.dialect
    compiled = str(query.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    if dialect.name == "sqlite":
        rows = (await connection.execute(text("EXPLAIN QUERY PLAN " + compiled))).all()
        plan = "; ".join(str(row[-1]) for row in rows)
        # a full scan reads "SCAN messages"; sorting without the index adds a TEMP B-TREE
        indexed = "SEARCH messages USING" in plan and "TEMP B-TREE" not in plan
    else:
        await connection.execute(text("ANALYZE messages"))  # as autovacuum would, in time
        rows = (await connection.execute(text("EXPLAIN " + compiled))).all()
        plan = "; ".join(str(row[0]).strip() for row in rows)
        indexed = "Index" in plan and "Seq Scan" not in plan
    return plan, indexed


async def measure_history(stack: Stack, sizes: Sizes) -> History:
    """Turns in conversations of `history_small` and of `history_large` stored messages."""
    user = "history-user"
    async with http_client() as http:
        client = BenchClient(stack.base_url, http)
        await client.provision(user)
        small_ids, large_id, plan, indexed = await _seed_history(
            stack.database_url,
            user,
            sizes.history_small,
            sizes.history_turns + 2,
            sizes.history_large,
        )
        small_turns: list[float] = []
        large_turns: list[float] = []
        errors = 0
        cpu = {"small": 0.0, "large": 0.0}
        # one fresh small conversation per turn, so it stays at `history_small` messages
        for number in range(sizes.history_turns + 2):
            pairs = (
                ("small", small_ids[number], small_turns),
                ("large", large_id, large_turns),
            )
            for size, conversation_id, bucket in pairs:
                before = cpu_seconds(stack.server_pid)
                result = await client.turn(user, f"History turn {number}", conversation_id)
                spent = cpu_seconds(stack.server_pid) - before
                if number < 2:
                    continue  # warm-up
                if result.ok:
                    bucket.append(result.seconds)
                    cpu[size] += spent
                else:
                    errors += 1
    return History(
        small=sizes.history_small,
        large=sizes.history_large,
        small_turns=small_turns,
        large_turns=large_turns,
        errors=errors,
        plan=plan,
        indexed=indexed,
        small_cpu=cpu["small"],
        large_cpu=cpu["large"],
    )


# --- 4. start-up ----------------------------------------------------------------------------


@dataclass
class Startup:
    """`todochat serve` on a migrated database: its first answered request, then its first
    chat turn, sent the moment /health answers (the agent stack may still be warming up)."""

    seconds: list[float]  # wall time from launch to the first 200 of /health
    cpu: list[float]  # the process's CPU seconds by then
    chat_seconds: list[float] = field(default_factory=list)  # launch to the chat's answer
    chat_cpu: list[float] = field(default_factory=list)  # the process's CPU seconds by then
    peak_rss_mb: list[float] = field(default_factory=list)  # after that first chat turn

    @property
    def p50(self) -> float:
        return percentile(self.seconds, 50)

    @property
    def cpu_p50(self) -> float:
        return percentile(self.cpu, 50)

    @property
    def chat_p50(self) -> float:
        return percentile(self.chat_seconds, 50)

    @property
    def chat_cpu_p50(self) -> float:
        return percentile(self.chat_cpu, 50)


def _first_chat_turn(base_url: str) -> TurnResult:
    """One JSON turn with one tool call, as a new user (the request provisions it)."""

    async def send() -> TurnResult:
        async with http_client() as http:
            return await BenchClient(base_url, http).turn(
                "startup-user", "Start-up task", None, stream=False
            )

    return asyncio.run(send())


def start_once(env: dict[str, str], workdir: Path, startup: Startup) -> None:
    """Launch the server once; time its first answered request (/health) and its first chat
    turn into `startup`, then stop it. Raises when the server or the turn fails."""
    started = time.perf_counter()
    server = launch_server(env, workdir)
    try:
        deadline = started + 120
        while True:
            if server.process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{server.log()}")
            try:
                if httpx2.get(server.base_url + "/health", timeout=5).status_code == 200:
                    break
            except httpx2.HTTPError:
                if time.perf_counter() > deadline:
                    raise
            time.sleep(0.01)
        startup.seconds.append(time.perf_counter() - started)
        startup.cpu.append(cpu_seconds(server.process.pid))
        result = _first_chat_turn(server.base_url)
        if not result.ok or result.tool_calls != 1:
            raise RuntimeError(f"the first chat turn failed: {result.error}\n{server.log()}")
        startup.chat_seconds.append(time.perf_counter() - started)
        startup.chat_cpu.append(cpu_seconds(server.process.pid))
        startup.peak_rss_mb.append(peak_rss_mb(server.process.pid))
    finally:
        server.stop()


def measure_startup(env: dict[str, str], workdir: Path, runs: int) -> Startup:
    """Launch the server `runs` times (see `start_once`), with a bytecode cache as an
    installed todochat has (`bytecode_cache_env`), filled by one launch not counted."""
    env = {**env, **bytecode_cache_env(workdir)}
    start_once(env, workdir, Startup([], []))
    startup = Startup([], [])
    for _ in range(runs):
        start_once(env, workdir, startup)
    return startup


@dataclass
class ServerRun:
    """Everything measured on one database."""

    database: str
    overhead: list[Overhead] = field(default_factory=list)
    loads: list[Load] = field(default_factory=list)
    history: History | None = None
    startup: Startup | None = None
