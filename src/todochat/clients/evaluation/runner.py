"""Play cases through the HTTP API of an in-process app, each against a fresh user.

The app runs on a throwaway SQLite database (unless one is given) with the configured
model, so the same runner compares providers: `AGENT_MODEL=groq/... todochat eval FILE`.
When a turn pauses for approval (a bulk delete), the runner answers it as the case says
(`"approve"`, true by default) and counts the question.
"""

from __future__ import annotations

import asyncio
import json
import re
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx2

from todochat.app import create_app
from todochat.clients.evaluation.cases import Case, SeedTask, check, harmed, seed_due
from todochat.core.config import Settings
from todochat.core.migrate import upgrade

_PLACEHOLDER = re.compile(r"\{t(\d+)\}")
_MAX_APPROVALS_PER_MESSAGE = 5


@dataclass
class Exchange:
    """One message of a case and what the assistant did with it."""

    said: str
    reply: str = ""
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    approvals: int = 0


@dataclass
class CaseResult:
    case: Case
    problems: list[str]
    exchanges: list[Exchange] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    harmed: int = 0

    @property
    def passed(self) -> bool:
        return not self.problems

    @property
    def replies(self) -> list[str]:
        return [exchange.reply for exchange in self.exchanges]

    @property
    def approvals(self) -> int:
        return sum(exchange.approvals for exchange in self.exchanges)


def _short(value: Any, limit: int = 300) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class Report:
    model: str
    results: list[CaseResult]

    @property
    def pass_rate(self) -> float:
        return sum(r.passed for r in self.results) / len(self.results) if self.results else 0.0

    @property
    def harmful(self) -> int:
        """Tasks that should have stayed as they were but were deleted, renamed or flipped."""
        return sum(r.harmed for r in self.results)

    @property
    def approvals(self) -> int:
        return sum(r.approvals for r in self.results)

    def by_category(self) -> dict[str, tuple[int, int]]:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for result in self.results:
            counts[result.case.category][0] += result.passed
            counts[result.case.category][1] += 1
        return {name: (passed, total) for name, (passed, total) in sorted(counts.items())}

    def summary(self) -> str:
        """One line: pass rate, harmful misses, approvals asked, and the figure per category."""
        passed = sum(r.passed for r in self.results)
        categories = ", ".join(f"{n} {p}/{t}" for n, (p, t) in self.by_category().items())
        return (
            f"{passed}/{len(self.results)} = {self.pass_rate:.1%}; harmful misses {self.harmful};"
            f" approvals asked {self.approvals}; {categories}"
        )

    def render(self, *, verbose: bool = False) -> str:
        lines = [f"model: {self.model}", "", f"{'category':<10} {'passed':>8} {'rate':>7}"]
        for name, (passed, total) in self.by_category().items():
            lines.append(f"{name:<10} {passed:>4}/{total:<3} {passed / total:>7.0%}")
        passed = sum(r.passed for r in self.results)
        lines.append(f"{'all':<10} {passed:>4}/{len(self.results):<3} {self.pass_rate:>7.1%}")
        lines.append(f"harmful misses: {self.harmful}")
        lines.append(f"approvals asked: {self.approvals}")
        shown = self.results if verbose else [r for r in self.results if not r.passed]
        if shown:
            lines += ["", "cases:" if verbose else "failing cases:"]
        for result in shown:
            verdict = "ok" if result.passed else "; ".join(result.problems)
            harm = f" [HARMFUL: {result.harmed}]" if result.harmed else ""
            lines.append(f"- {result.case.id}{harm}: {verdict}")
            for exchange in result.exchanges:
                lines.append(f"    you> {exchange.said}")
                if verbose:
                    for call in exchange.tool_calls:
                        arguments = _short(call.get("arguments"), 200)
                        lines.append(f"      {call.get('name')}({arguments})")
                        lines.append(f"        -> {_short(call.get('result'))}")
                    if exchange.approvals:
                        lines.append(f"      [approval asked {exchange.approvals}x]")
                reply = exchange.reply.strip()
                reply = reply.replace("\n", "\n         ") if verbose else _short(reply)
                lines.append(f"    bot> {reply}")
            if verbose:
                for task in result.tasks:
                    done = "x" if task.get("completed") else " "
                    extras = [
                        f"{key}={task[key]}"
                        for key in ("description", "priority", "due_date", "repeat_text")
                        if task.get(key) and task.get(key) != "none"
                    ]
                    if task.get("tags"):
                        extras.append("tags=" + ",".join(map(str, task["tags"])))
                    more = f" ({', '.join(extras)})" if extras else ""
                    lines.append(f"    [{done}] #{task.get('id')} {task.get('title')}{more}")
        return "\n".join(lines)


async def _say(
    http: httpx2.AsyncClient,
    base: str,
    headers: dict[str, str],
    body: dict[str, Any],
    exchange: Exchange,
    approve: bool,
) -> int | None:
    """Send one message (answering approval questions); the conversation id, or None."""
    response = await http.post(f"{base}/chat", json=body, headers=headers)
    for _ in range(_MAX_APPROVALS_PER_MESSAGE + 1):
        if response.status_code != 200:
            exchange.reply = f"[HTTP {response.status_code}] {response.text[:200]}"
            return None
        answer = response.json()
        exchange.tool_calls.extend(answer.get("tool_calls") or [])
        exchange.reply = str(answer.get("response") or "")
        pending = answer.get("approval_required")
        if not pending or exchange.approvals >= _MAX_APPROVALS_PER_MESSAGE:
            return int(answer["conversation_id"])
        exchange.approvals += 1
        response = await http.post(
            f"{base}/chat",
            json={
                "conversation_id": answer["conversation_id"],
                "approval": {"id": pending["id"], "approve": approve},
                "stream": False,
            },
            headers=headers,
        )
    return None


def _seed_body(seed: SeedTask, today: date) -> dict[str, Any]:
    """The REST body that creates a seed task, its relative dates read from `today`."""
    body = seed.model_dump(
        include={"title", "description", "priority", "repeat", "tags"}, exclude_none=True
    )
    due = seed_due(seed, today)
    if due is not None:
        body["due"] = due
    return body


async def _play(http: httpx2.AsyncClient, token: str, user_id: str, case: Case) -> CaseResult:
    started = time.perf_counter()
    headers = {"Authorization": f"Bearer {token}"}
    base = f"/api/{user_id}"
    if case.time_zone:
        zone = {"time_zone": case.time_zone}
        (await http.patch("/api/auth/me", json=zone, headers=headers)).raise_for_status()
    today = case.today()
    ids: list[int] = []
    for seed in case.tasks:
        created = await http.post(f"{base}/tasks", json=_seed_body(seed, today), headers=headers)
        created.raise_for_status()
        ids.append(created.json()["id"])
        if seed.completed:  # done for good: a seed that repeats stays done as written
            done = f"{base}/tasks/{ids[-1]}/complete"
            params = {"for_good": "true"} if seed.repeat else None
            (await http.patch(done, params=params, headers=headers)).raise_for_status()

    def fill(text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: str(ids[int(m.group(1)) - 1]), text)

    exchanges: list[Exchange] = []
    conversation_id: int | None = None
    for said in case.say:
        exchange = Exchange(fill(said))
        exchanges.append(exchange)
        body: dict[str, Any] = {"message": exchange.said, "stream": False}
        if conversation_id is not None:
            body["conversation_id"] = conversation_id
        conversation_id = await _say(http, base, headers, body, exchange, case.approve)
        if conversation_id is None:
            return CaseResult(case, ["chat failed: " + exchange.reply], exchanges)
    listed = await http.get(f"{base}/tasks", params={"limit": 100}, headers=headers)
    listed.raise_for_status()
    tasks = listed.json()["items"]
    problems = check(case, tasks, exchanges[-1].reply if exchanges else "", today=today)
    harm = harmed(case, ids, tasks) if problems else 0
    return CaseResult(case, problems, exchanges, tasks, time.perf_counter() - started, harm)


async def run_cases(
    cases: list[Case], settings: Settings, *, concurrency: int = 4, database_url: str | None = None
) -> Report:
    """Play every case; a fresh user each, in one in-process app."""
    with tempfile.TemporaryDirectory(prefix="todochat-eval-") as folder:
        url = database_url or f"sqlite:///{Path(folder) / 'eval.db'}"
        await upgrade(url)
        eval_settings = settings.model_copy(update={"database_url": url})
        app = create_app(eval_settings)
        async with app.router.lifespan_context(app):
            verifier = app.state.verifier
            transport = httpx2.ASGITransport(app=app)
            limit = asyncio.Semaphore(concurrency)
            async with httpx2.AsyncClient(
                transport=transport, base_url="http://localhost", timeout=None
            ) as http:

                async def one(case: Case) -> CaseResult:
                    async with limit:
                        user_id = f"eval-{uuid.uuid4().hex[:12]}"
                        token, _ = verifier.issue(user_id)
                        return await _play(http, token, user_id, case)

                results = await asyncio.gather(*(one(case) for case in cases))
            model = (await app.state.chat.assistant()).model.name
    return Report(model=model, results=list(results))
