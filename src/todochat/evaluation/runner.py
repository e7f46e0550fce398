"""Play cases through the HTTP API of an in-process app, each against a fresh user.

The app runs on a throwaway SQLite database (unless one is given) with the configured
model, so the same runner compares providers: `AGENT_MODEL=groq/... todochat eval FILE`.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2

from todochat.app import create_app
from todochat.core.config import Settings
from todochat.core.migrate import upgrade
from todochat.evaluation.cases import Case, check

_PLACEHOLDER = re.compile(r"\{t(\d+)\}")


@dataclass
class CaseResult:
    case: Case
    problems: list[str]
    replies: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return not self.problems


@dataclass
class Report:
    model: str
    results: list[CaseResult]

    @property
    def pass_rate(self) -> float:
        return sum(r.passed for r in self.results) / len(self.results) if self.results else 0.0

    def by_category(self) -> dict[str, tuple[int, int]]:
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for result in self.results:
            counts[result.case.category][0] += result.passed
            counts[result.case.category][1] += 1
        return {name: (passed, total) for name, (passed, total) in sorted(counts.items())}

    def render(self) -> str:
        lines = [f"model: {self.model}", "", f"{'category':<10} {'passed':>8} {'rate':>7}"]
        for name, (passed, total) in self.by_category().items():
            lines.append(f"{name:<10} {passed:>4}/{total:<3} {passed / total:>7.0%}")
        passed = sum(r.passed for r in self.results)
        lines.append(f"{'all':<10} {passed:>4}/{len(self.results):<3} {self.pass_rate:>7.1%}")
        failures = [r for r in self.results if not r.passed]
        if failures:
            lines += ["", "failing cases:"]
            for result in failures:
                lines.append(f"- {result.case.id}: {'; '.join(result.problems)}")
                for said, reply in zip(result.case.say, result.replies, strict=False):
                    lines.append(f"    you> {said}")
                    lines.append(f"    bot> {reply.strip()[:300]}")
        return "\n".join(lines)


async def _play(http: httpx2.AsyncClient, token: str, user_id: str, case: Case) -> CaseResult:
    started = time.perf_counter()
    headers = {"Authorization": f"Bearer {token}"}
    base = f"/api/{user_id}"
    ids: list[int] = []
    for seed in case.tasks:
        created = await http.post(
            f"{base}/tasks",
            json={"title": seed.title, "description": seed.description},
            headers=headers,
        )
        created.raise_for_status()
        ids.append(created.json()["id"])
        if seed.completed:
            (
                await http.patch(f"{base}/tasks/{ids[-1]}/complete", headers=headers)
            ).raise_for_status()

    def fill(text: str) -> str:
        return _PLACEHOLDER.sub(lambda m: str(ids[int(m.group(1)) - 1]), text)

    replies: list[str] = []
    conversation_id: int | None = None
    for said in case.say:
        body: dict[str, Any] = {"message": fill(said), "stream": False}
        if conversation_id is not None:
            body["conversation_id"] = conversation_id
        response = await http.post(f"{base}/chat", json=body, headers=headers)
        if response.status_code != 200:
            replies.append(f"[HTTP {response.status_code}] {response.text[:200]}")
            return CaseResult(case, [f"chat answered {response.status_code}"], replies)
        answer = response.json()
        conversation_id = answer["conversation_id"]
        replies.append(answer["response"])
    listed = await http.get(f"{base}/tasks", params={"limit": 100}, headers=headers)
    listed.raise_for_status()
    problems = check(case, listed.json()["items"], replies[-1] if replies else "")
    return CaseResult(case, problems, replies, time.perf_counter() - started)


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
            model = app.state.chat.assistant.model.name
    return Report(model=model, results=list(results))
