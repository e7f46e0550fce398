"""Undo without an undo tool: the calls that reverse the previous turn's changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from todochat.assistant.offline import replies
from todochat.assistant.offline.matching import TaskInfo

from .actions import Actions
from .steps import MUTATING, UNDO_CALL, Outcome, PlannedCall, int_arg


class Undo(Actions):
    """The previous turn's changes reversed."""

    def _undo_plan(self) -> list[tuple[PlannedCall, str, TaskInfo]]:
        """Calls reversing the previous turn's changes: (call, what it does, task)."""
        previous = self.conv.previous
        if not previous:
            return []
        turn = previous[-1]
        before: dict[int, TaskInfo] = {}
        for older in previous[:-1]:
            for call in older.calls:
                if call.result is not None and call.result.ok and call.name == "list_tasks":
                    before.update({t.id: t for t in call.result.tasks()})
        for call in turn.calls:
            if call.result is not None and call.result.ok and call.name == "list_tasks":
                for t in call.result.tasks():
                    before.setdefault(t.id, t)
        plan: list[tuple[PlannedCall, str, TaskInfo]] = []
        for call in reversed(turn.calls):
            if call.name not in MUTATING or call.result is None or not call.result.ok:
                continue
            task = call.result.task(fallback_id=int_arg(call.args.get("task_id")))
            if task is None:
                continue
            old = before.get(task.id, task)
            if call.name == "add_task":
                plan.append((PlannedCall("delete_task", {"task_id": task.id}), "delete", task))
            elif call.name == "complete_task":
                undo = PlannedCall("update_task", {"task_id": task.id, "completed": False})
                plan.append((undo, "reopen", task))
            elif call.name == "delete_task":
                args: dict[str, Any] = {"title": old.title or task.title}
                if old.description:
                    args["description"] = old.description
                plan.append((PlannedCall("add_task", args), "restore", old))
            elif call.name == "update_task":
                if call.args.get("completed") is False:
                    plan.append(
                        (PlannedCall("complete_task", {"task_id": task.id}), "complete", task)
                    )
                elif "title" in call.args and old.title and old.title != task.title:
                    undo = PlannedCall("update_task", {"task_id": task.id, "title": old.title})
                    plan.append((undo, "retitle", old))
                elif "description" in call.args and task.id in before:
                    undo = PlannedCall(
                        "update_task", {"task_id": task.id, "description": old.description or ""}
                    )
                    plan.append((undo, "redescribe", old))
        return plan

    def _undo_tool_outcome(self) -> Outcome:
        result = self._result_of(UNDO_CALL)
        if isinstance(result, str):
            return Outcome("undo", text=replies.nothing_to_undo())
        summary = result.data.get("summary") if isinstance(result.data, Mapping) else None
        return Outcome("undo", text=replies.undo_summary(str(summary or "")))

    def _undo_outcome(self, reported: set[str]) -> Outcome:
        plan = self._undo_plan()
        if not plan:
            return Outcome("undo", text=replies.nothing_to_undo())
        undone: list[str] = []
        problems: list[str] = []
        for call, what, task in plan:
            reported.add(call.key)
            result = self._result_of(call)
            if isinstance(result, str):
                problems.append(replies.failed("undo", replies.name(task), result))
                continue
            restored = result.task() if what == "restore" else None
            undone.append(replies.undone(what, restored or task))
        return Outcome("undo", text=" ".join([replies.undo_done(undone)] * bool(undone) + problems))
