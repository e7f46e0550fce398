"""Evaluation cases (shared/eval format) and the rules that say whether one passed or harmed."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field


class SeedTask(BaseModel):
    title: str
    description: str | None = None
    completed: bool = False
    priority: str | None = None
    due_date: str | None = None


class ExpectedTask(BaseModel):
    """A task expected at the end; `priority` and `due_date` are checked only when given."""

    title: list[str]
    completed: bool = False
    description: str | None = None
    priority: str | None = None
    due_date: str | None = None


class Case(BaseModel):
    """One case: seed tasks, messages said in one conversation, the tasks expected after.

    `approve` is the answer the runner gives when the assistant asks for approval.
    """

    id: str
    tasks: list[SeedTask] = Field(default_factory=list)
    say: list[str]
    expect: list[ExpectedTask]
    reply_has: list[str] = Field(default_factory=list)
    reply_lacks: list[str] = Field(default_factory=list)
    approve: bool = True

    @property
    def category(self) -> str:
        return self.id.split("-", 1)[0]


def load_cases(path: Path) -> list[Case]:
    """Read a JSONL file of cases (blank lines ignored)."""
    cases = []
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if line.strip():
            try:
                cases.append(Case.model_validate(json.loads(line)))
            except (json.JSONDecodeError, ValueError) as exc:
                raise ValueError(f"{path}:{number}: not a valid case: {exc}") from exc
    return cases


def normalise(text: str | None) -> str:
    """Compare case-insensitively, ignoring surrounding spaces and a final full stop."""
    value = (text or "").strip().casefold()
    return value[:-1].rstrip() if value.endswith(".") else value


def _same_date(expected: str, actual: Any) -> bool:
    """A date matches a date-time on the same day ("2026-07-15" and "2026-07-15T09:00:00Z")."""
    value = str(actual or "")
    return value[: len(expected)] == expected if len(expected) == 10 else value == expected


def _priority(task: dict[str, Any]) -> str | None:
    """The task's priority, `None` for none (the API answers "none")."""
    value = task.get("priority")
    return None if value in (None, "", "none") else str(value)


def _matches(expected: ExpectedTask, task: dict[str, Any]) -> bool:
    if normalise(task.get("title")) not in {normalise(title) for title in expected.title}:
        return False
    if bool(task.get("completed")) != expected.completed:
        return False
    given = expected.model_fields_set
    if "priority" in given and _priority(task) != expected.priority:
        return False
    if "due_date" in given and not (
        _same_date(expected.due_date, task.get("due_date"))
        if expected.due_date
        else not task.get("due_date")
    ):
        return False
    return expected.description is None or normalise(task.get("description")) == normalise(
        expected.description
    )


def _assign(expected: Sequence[ExpectedTask], tasks: list[dict[str, Any]]) -> bool:
    """True when each expected task matches a distinct actual task (small backtracking)."""
    if not expected:
        return not tasks
    first, rest = expected[0], expected[1:]
    for index, task in enumerate(tasks):
        if _matches(first, task) and _assign(rest, tasks[:index] + tasks[index + 1 :]):
            return True
    return False


def _shown(task: dict[str, Any]) -> str:
    text = f"{task.get('title')!r}" + (" (done)" if task.get("completed") else "")
    extras = [
        f"{key}={task[key]}"
        for key in ("priority", "due_date")
        if task.get(key) and task.get(key) != "none"
    ]
    return text + (f" [{', '.join(extras)}]" if extras else "")


def _wanted(task: ExpectedTask) -> str:
    text = f"{task.title[0]!r}" + (" (done)" if task.completed else "")
    given = task.model_fields_set
    extras = [f"{key}={getattr(task, key)}" for key in ("priority", "due_date") if key in given]
    return text + (f" [{', '.join(extras)}]" if extras else "")


def check(case: Case, tasks: list[dict[str, Any]], last_reply: str) -> list[str]:
    """Why the case failed; an empty list when it passed."""
    problems = []
    if len(tasks) != len(case.expect) or not _assign(case.expect, tasks):
        shown = ", ".join(_shown(task) for task in tasks)
        wanted = ", ".join(_wanted(item) for item in case.expect)
        problems.append(f"tasks [{shown}] != expected [{wanted}]")
    reply = last_reply.casefold()
    problems += [f"reply lacks {text!r}" for text in case.reply_has if text.casefold() not in reply]
    problems += [f"reply has {text!r}" for text in case.reply_lacks if text.casefold() in reply]
    return problems


def _matching(pairs: dict[int, list[int]]) -> int:
    """Size of a maximum matching (expected index -> seed indexes), by augmenting paths."""
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in pairs[left]:
            if right not in seen:
                seen.add(right)
                if right not in owner or augment(owner[right], seen):
                    owner[right] = left
                    return True
        return False

    return sum(augment(left, set()) for left in pairs)


def harmed(case: Case, ids: Sequence[int], tasks: list[dict[str, Any]]) -> int:
    """Seed tasks that should have stayed as they were but were deleted, renamed or flipped.

    A seed should keep its title and completion when an expected task has them (other fields,
    such as a due date, may be meant to change); it kept them when the task with its id is
    still there with that title and completion. A restored task keeps its id,
    so a delete taken back is no harm; a task re-added under a new id is.
    """
    after = {task.get("id"): task for task in tasks}

    def pairs(intact: bool) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for left, expected in enumerate(case.expect):
            found[left] = []
            for right, seed in enumerate(case.tasks):
                titles = {normalise(title) for title in expected.title}
                if normalise(seed.title) not in titles or seed.completed != expected.completed:
                    continue
                now = after.get(ids[right]) if right < len(ids) else None
                if intact and (
                    now is None
                    or normalise(now.get("title")) != normalise(seed.title)
                    or bool(now.get("completed")) != seed.completed
                ):
                    continue
                found[left].append(right)
        return found

    return _matching(pairs(False)) - _matching(pairs(True))
