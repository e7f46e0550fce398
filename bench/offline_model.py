"""Time the offline model's own work per chat message (target: median <= 2 ms).

Plays the evaluation cases (dev, extra and the fresh batches) through the real Runner once,
recording every input the model receives, then replays those inputs straight into the model
(no Runner, no tools), summing the model calls of each message. The parse cache is
cleared before each message, so the first call of a turn pays for parsing as it
would in a server. ``--long`` also times conversations grown to 100 history items.

    uv run python bench/offline_model.py [--repeat N] [--stream] [--long]
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.assistant.offline.harness import (  # noqa: E402
    DATA,
    FIXED_TODAY,
    ChatSession,
    TaskStore,
    build_tools,
    load_cases,
)
from todochat.assistant.offline import OfflineModel  # noqa: E402
from todochat.assistant.offline.model import stream_events  # noqa: E402
from todochat.assistant.offline.normalise import correct, normalise  # noqa: E402
from todochat.assistant.offline.understand import parse_message  # noqa: E402

LONG_CHAT = (
    "Add a task to buy groceries",
    "Remind me to call mom tomorrow",
    "add pay the electricity bill with high priority",
    "What's pending?",
    "Mark buy groceries as done",
    "I called mom",
    "What have I completed?",
    "Delete the electricity bill task",
    "Add water the plants and take out the trash",
    "reopen buy groceries",
    "Rename water the plants to water the garden",
    "done with the trash",
    "Please list everything",
    "the second one is done",
    "thanks",
)


class RecordingModel(OfflineModel):
    """Keeps a copy of every input, grouped by the chat message it belongs to."""

    def __init__(self) -> None:
        super().__init__(today=lambda: FIXED_TODAY)
        self.messages: list[list[Any]] = []

    def plan(self, input: Any, tools: Any, instructions: str | None = None) -> Any:
        self.messages[-1].append(copy.deepcopy(input))
        return super().plan(input, tools, instructions)


async def _play(tasks: list[dict[str, Any]], say: list[str], model: RecordingModel) -> None:
    store = TaskStore()
    ids = []
    for spec in tasks:
        task = store.create(spec["title"])
        task["completed"] = bool(spec.get("completed"))
        ids.append(task["id"])
    session = ChatSession(store, model=model)
    for text in say:
        for i, task_id in enumerate(ids, start=1):
            text = text.replace(f"{{t{i}}}", str(task_id))
        model.messages.append([])
        await session.say(text)


async def record(long: bool) -> list[list[Any]]:
    """Every message's model inputs."""
    model = RecordingModel()
    if long:
        await _play([], list(LONG_CHAT) * 4, model)
        return model.messages
    batches = sorted(f"batches/{p.name}" for p in (DATA / "batches").glob("batch-*.jsonl"))
    for name in ("assistant-dev.jsonl", "assistant-extra.jsonl", *batches):
        for case in load_cases(name):
            await _play(case["tasks"], case["say"], model)
    return model.messages


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description="Time the offline model per message.")
    parser.add_argument("--repeat", type=int, default=20, help="timing rounds per message")
    parser.add_argument("--stream", action="store_true", help="also build the stream events")
    parser.add_argument("--long", action="store_true", help="a 60-message conversation")
    args = parser.parse_args()

    messages = asyncio.run(record(args.long))
    tools = build_tools(TaskStore())
    model = OfflineModel(today=lambda: FIXED_TODAY)
    per_message: list[float] = []
    per_call: list[float] = []
    for inputs in messages:
        best = float("inf")
        for _ in range(args.repeat):
            parse_message.cache_clear()
            normalise.cache_clear()
            correct.cache_clear()
            total = 0.0
            for item in inputs:
                start = time.perf_counter()
                output, usage, response_id = model.plan(item, tools)
                if args.stream:
                    stream_events(output, usage, response_id)
                elapsed = time.perf_counter() - start
                total += elapsed
                per_call.append(elapsed)
            best = min(best, total)
        per_message.append(best)

    print(f"messages: {len(per_message)}, model calls: {sum(len(m) for m in messages)}")
    print(
        f"per message: median {statistics.median(per_message) * 1000:.3f} ms, "
        f"p95 {_ms(per_message, 0.95):.3f} ms, max {max(per_message) * 1000:.3f} ms"
    )
    print(
        f"per model call: median {statistics.median(per_call) * 1000:.3f} ms, "
        f"p95 {_ms(per_call, 0.95):.3f} ms"
    )


if __name__ == "__main__":
    main()
