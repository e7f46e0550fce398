"""Evaluation cases (shared/eval format) and the rule that says whether one passed."""

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


class ExpectedTask(BaseModel):
    title: list[str]
    completed: bool = False
    description: str | None = None


class Case(BaseModel):
    """One case: seed tasks, messages said in one conversation, the tasks expected after."""

    id: str
    tasks: list[SeedTask] = Field(default_factory=list)
    say: list[str]
    expect: list[ExpectedTask]
    reply_has: list[str] = Field(default_factory=list)
    reply_lacks: list[str] = Field(default_factory=list)

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


def _matches(expected: ExpectedTask, task: dict[str, Any]) -> bool:
    if normalise(task.get("title")) not in {normalise(title) for title in expected.title}:
        return False
    if bool(task.get("completed")) != expected.completed:
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


def check(case: Case, tasks: list[dict[str, Any]], last_reply: str) -> list[str]:
    """Why the case failed; an empty list when it passed."""
    problems = []
    if len(tasks) != len(case.expect) or not _assign(case.expect, tasks):
        shown = [(task.get("title"), bool(task.get("completed"))) for task in tasks]
        wanted = [(item.title[0], item.completed) for item in case.expect]
        problems.append(f"tasks {shown} != expected {wanted}")
    reply = last_reply.casefold()
    problems += [f"reply lacks {text!r}" for text in case.reply_has if text.casefold() not in reply]
    problems += [f"reply has {text!r}" for text in case.reply_lacks if text.casefold() in reply]
    return problems
