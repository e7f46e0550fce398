"""The offline model's own work per message (AGENT_MODEL=offline), without server or tools.

Each round plays one conversation of everyday requests. For every message the model is
asked for its next step until it answers with text, as the agent would ask it; tool calls
are answered by an in-memory task list shaped like the MCP tools' results. Only the
model's `plan` calls are timed; a message's time is the sum of its steps, with the
model's parse cache cleared first (a server rarely sees the same message twice).
bench/offline_model.py (the offline model's own script) replays the evaluation cases.

Run alone with `uv run python -m bench.offline`.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from bench.harness import ms, percentile

MESSAGES = (
    "Add a task to buy groceries",
    "Remind me to call mom tomorrow",
    "I need to renew my passport by Friday",
    "add pay the electricity bill with high priority",
    "What's pending?",
    "Show me all my tasks",
    "Mark buy groceries as done",
    "I called mom",
    "What have I completed?",
    "Change the passport task to 'Renew passport and ID card'",
    "Delete the electricity bill task",
    "hello!",
    "what can you do?",
    "Add water the plants and take out the trash",
    "reopen buy groceries",
    "Rename water the plants to water the garden",
    "done with the trash",
    "Please list everything",
    "remove task 2",
    "Don't let me forget to book the dentist next Monday",
    "I finished booking the dentist",
    "What's left to do?",
    "thanks",
    "Add a task: prepare slides for the Thursday meeting",
    "mark 4 as complete",
)
MAX_STEPS = 6
HISTORY_ITEMS = 100  # the server replays at most 50 messages: about 100 items with tool calls


@dataclass
class OfflineResult:
    messages: int
    per_message: list[float]
    per_call: list[float]

    @property
    def p50(self) -> float:
        return ms(percentile(self.per_message, 50))

    @property
    def p95(self) -> float:
        return ms(percentile(self.per_message, 95))

    @property
    def call_p50(self) -> float:
        return ms(percentile(self.per_call, 50))


class FakeTasks:
    """One user's tasks, answering with the MCP tools' result shapes."""

    def __init__(self) -> None:
        self.tasks: dict[int, dict[str, Any]] = {}
        self.next_id = 1

    def call(self, name: str, args: dict[str, Any]) -> str:
        task_id = args.get("task_id")
        task: dict[str, Any] | None
        if name == "add_task":
            task = {
                "id": self.next_id,
                "title": str(args.get("title") or "untitled"),
                "description": args.get("description"),
                "completed": False,
                "priority": args.get("priority"),
                "due_date": args.get("due"),
            }
            self.tasks[self.next_id] = task
            self.next_id += 1
            return json.dumps({"task_id": task["id"], "status": "created", "title": task["title"]})
        if name == "list_tasks":
            status = args.get("status") or "all"
            shown = [
                task
                for task in self.tasks.values()
                if status == "all" or task["completed"] == (status == "completed")
            ]
            return json.dumps(shown)
        task = self.tasks.get(task_id) if isinstance(task_id, int) else None
        if task is None:
            return f"Task {task_id} not found. Call list_tasks to see valid task ids."
        if name == "complete_task":
            task["completed"] = True
            status = "completed"
        elif name == "delete_task":
            del self.tasks[task["id"]]
            status = "deleted"
        else:
            for key in ("title", "description", "priority", "due", "completed"):
                if key in args:
                    task[key] = args[key]
            status = "updated"
        return json.dumps({"task_id": task["id"], "status": status, "title": task["title"]})


async def model_tools() -> list[Any]:
    """The real tool schemas as the agent offers them (no user_id), without a database."""
    from todochat.accounts.tokens import TokenVerifier
    from todochat.assistant.tools import without_user_id
    from todochat.core.config import Settings
    from todochat.core.db import Database
    from todochat.mcp_server.server import build_mcp_server

    settings = Settings(database_url="sqlite://", better_auth_secret="offline-bench-secret")
    database = Database(settings.database_url)
    try:
        server = build_mcp_server(
            database=database,
            settings=settings,
            verifier=TokenVerifier(settings, "offline-bench-secret"),
        )
        tools = without_user_id(list(await server.list_tools()))
    finally:
        await database.dispose()
    return [SimpleNamespace(name=tool.name, params_json_schema=tool.input_schema) for tool in tools]


def _clear_caches() -> None:
    """Forget parsed messages, so every message pays for its parsing as in a server."""
    from todochat.assistant.offline import understand as intents

    cache_clear = getattr(getattr(intents, "parse_message", None), "cache_clear", None)
    if cache_clear is not None:
        cache_clear()


def measure_offline(rounds: int) -> OfflineResult:
    """Play `rounds` conversations of MESSAGES and time the model's steps."""
    from todochat.assistant.offline import OfflineModel

    tools: list[Any] = asyncio.run(model_tools())
    model = OfflineModel()
    per_message: list[float] = []
    per_call: list[float] = []
    for _ in range(rounds):
        tasks = FakeTasks()
        history: list[Any] = []
        for message in MESSAGES:
            items: list[Any] = [*history[-HISTORY_ITEMS:], {"role": "user", "content": message}]
            _clear_caches()
            spent = 0.0
            for _step in range(MAX_STEPS):
                started = time.perf_counter()
                output, _usage, _id = model.plan(items, tools)
                elapsed = time.perf_counter() - started
                spent += elapsed
                per_call.append(elapsed)
                calls: list[Any] = [item for item in output if item.type == "function_call"]
                if not calls:
                    items.extend(item.model_dump(exclude_unset=True) for item in output)
                    break
                for call in calls:
                    items.append(call.model_dump(exclude_unset=True))
                    result = tasks.call(str(call.name), json.loads(call.arguments or "{}"))
                    items.append(
                        {"type": "function_call_output", "call_id": call.call_id, "output": result}
                    )
            per_message.append(spent)
            history = items
    return OfflineResult(len(per_message), per_message, per_call)


def main() -> None:
    result = measure_offline(rounds=20)
    print(
        f"offline model: {result.messages} messages, per message p50 {result.p50:.2f} ms, "
        f"p95 {result.p95:.2f} ms; per step p50 {result.call_p50:.2f} ms"
    )


if __name__ == "__main__":
    main()
