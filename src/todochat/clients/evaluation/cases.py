"""Evaluation cases (shared/eval format) and the rules that say whether one passed or harmed."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field, field_validator

from todochat.tasks.dates import DateWordsError, Due, parse_repeat, time_zone

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_WINDOW = 14
"""A `due_weekday` passes for a date with that weekday from today to this many days ahead."""
_RELATIVE_DAY = re.compile(r"([+-])(\d{1,4})d")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WALL_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def _day_text(value: str | None) -> str | None:
    """ "+1d", "-1d", "+0d" (relative to the day the case runs) or "2026-06-01"."""
    if value is None:
        return None
    value = value.strip()
    if _RELATIVE_DAY.fullmatch(value):
        return value
    if _ISO_DAY.fullmatch(value):
        date.fromisoformat(value)  # ValueError for 2026-02-30
        return value
    raise ValueError(f"due_date {value!r}: write +1d, -2d, +0d or 2026-06-01")


_WEEKDAY_NAMES = {
    **{code: code for code in WEEKDAYS},
    **{
        name: name[:3]
        for name in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    },
}


def _weekday_text(value: str | None) -> str | None:
    if value is None:
        return None
    if value.strip().lower() not in _WEEKDAY_NAMES:
        raise ValueError(f"due_weekday {value!r}: write mon, tue, wed, thu, fri, sat or sun")
    return _WEEKDAY_NAMES[value.strip().lower()]


def _time_text(value: str | None) -> str | None:
    if value is not None and not _WALL_TIME.fullmatch(value.strip()):
        raise ValueError(f"due_time {value!r}: write 24-hour HH:MM, e.g. 17:00")
    return value.strip() if value is not None else None


def _repeat_text(value: str | None) -> str | None:
    if value is not None:
        try:
            parse_repeat(value)
        except DateWordsError as exc:
            raise ValueError(f"repeat {value!r}: {exc}") from exc
    return value


def _tag(name: str) -> str:
    """Tags compare as the server keeps them: lower case, no leading `#`, dashes for spaces."""
    return re.sub(r"\s+", "-", name.strip().lstrip("#").strip().lower())


class _Dated(BaseModel):
    """The date fields seed and expected tasks share (see the README's eval section)."""

    priority: str | None = None
    due_date: str | None = None
    due_weekday: str | None = None
    due_time: str | None = None
    repeat: str | None = None

    @field_validator("due_date")
    @classmethod
    def _day(cls, value: str | None) -> str | None:
        return _day_text(value)

    @field_validator("due_weekday")
    @classmethod
    def _weekday(cls, value: str | None) -> str | None:
        return _weekday_text(value)

    @field_validator("due_time")
    @classmethod
    def _time(cls, value: str | None) -> str | None:
        return _time_text(value)

    @field_validator("repeat")
    @classmethod
    def _repeat(cls, value: str | None) -> str | None:
        return _repeat_text(value)


class SeedTask(_Dated):
    """A task created before the case's messages; its dates relative to the day it runs."""

    title: str
    description: str | None = None
    completed: bool = False
    tags: list[str] = Field(default_factory=list)


class ExpectedTask(_Dated):
    """A task expected at the end; every field but the title and completion is checked
    only when given (`"due_date": null`: no due date; `"repeat": null`: no repeat)."""

    title: list[str]
    completed: bool = False
    description: str | None = None
    tags: list[str] | None = None


class Case(BaseModel):
    """One case: seed tasks, messages said in one conversation, the tasks expected after.

    `approve` is the answer the runner gives when the assistant asks for approval;
    `time_zone` is the user's (UTC when absent), in which relative dates are read.
    """

    id: str
    tasks: list[SeedTask] = Field(default_factory=list)
    say: list[str]
    expect: list[ExpectedTask]
    reply_has: list[str] = Field(default_factory=list)
    reply_lacks: list[str] = Field(default_factory=list)
    approve: bool = True
    time_zone: str | None = None

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            time_zone(value)
        return value

    @property
    def category(self) -> str:
        return self.id.split("-", 1)[0]

    @property
    def zone(self) -> ZoneInfo:
        return time_zone(self.time_zone or "UTC")

    def today(self, now: datetime | None = None) -> date:
        """The user's day the case runs on (relative dates count from it)."""
        return (now or datetime.now(UTC)).astimezone(self.zone).date()


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


def resolve_day(text: str, today: date) -> date:
    """A case's day: "+1d" is the day after `today`, "2026-06-01" itself."""
    m = _RELATIVE_DAY.fullmatch(text)
    if m is None:
        return date.fromisoformat(text)
    days = int(m[2])
    return today + timedelta(days=days if m[1] == "+" else -days)


def seed_due(seed: SeedTask, today: date) -> str | None:
    """The `due` a seed task is created with: its day (the next `due_weekday` when that is
    given instead), at `due_time` on the user's wall clock when given."""
    if seed.due_date is not None:
        day = resolve_day(seed.due_date, today)
    elif seed.due_weekday is not None:
        ahead = (WEEKDAYS.index(seed.due_weekday) - today.weekday()) % 7 or 7
        day = today + timedelta(days=ahead)
    elif seed.due_time is not None:
        day = today
    else:
        return None
    return f"{day.isoformat()}T{seed.due_time}" if seed.due_time else day.isoformat()


@dataclass(frozen=True, slots=True)
class When:
    """The day a case ran on, in its user's zone: what relative dates are read against."""

    today: date
    zone: ZoneInfo


def due_of(task: dict[str, Any], zone: ZoneInfo) -> Due | None:
    """A task's due date as the user's wall clock shows it (the API gives a day, or an
    instant in UTC for a task due at a time)."""
    value = task.get("due_date")
    if not value:
        return None
    text = str(value)
    if len(text) == 10:
        return Due(date.fromisoformat(text))
    return Due.at(datetime.fromisoformat(text.replace("Z", "+00:00")), zone)


def _priority(value: Any) -> str | None:
    """A priority, `None` for none (the API answers "none")."""
    return None if value in (None, "", "none") else str(value)


def _same_repeat(words: str, rule: Any, due: Due | None, today: date) -> bool:
    """Whether the task's rule (RRULE text) means what the case's words say: the same next
    occurrences from its due date, and the same time of day when the words name one."""
    if not rule:
        return False
    start = due or Due(today)
    # the words as the service keeps them: anchored on the first due date ("every 3 months"
    # from the 30th falls on the last day of February, as the stored rule does)
    wanted, actual = parse_repeat(words).anchored(start), parse_repeat(str(rule))
    mine, theirs = start, start
    for _ in range(6):
        mine_next, theirs_next = wanted.next_after(mine), actual.next_after(theirs)
        if mine_next is None or theirs_next is None:
            return mine_next is None and theirs_next is None
        if mine_next.day != theirs_next.day:
            return False
        if wanted.time is not None and theirs_next.time != wanted.time:
            return False
        mine, theirs = mine_next, theirs_next
    return True


def _matches_dates(expected: ExpectedTask, task: dict[str, Any], when: When) -> bool:
    given = expected.model_fields_set
    due = due_of(task, when.zone)
    if "due_date" in given:
        if expected.due_date is None:
            if due is not None:
                return False
        elif due is None or due.day != resolve_day(expected.due_date, when.today):
            return False
    if expected.due_weekday is not None:
        if due is None or WEEKDAYS[due.day.weekday()] != expected.due_weekday:
            return False
        if not 0 <= (due.day - when.today).days <= WEEKDAY_WINDOW:
            return False
    if expected.due_time is not None:
        wanted = clock.fromisoformat(expected.due_time)
        if due is None or due.time is None or due.time.replace(second=0) != wanted:
            return False
    if "repeat" in given:
        if expected.repeat is None:
            return not task.get("repeat")
        return _same_repeat(expected.repeat, task.get("repeat"), due, when.today)
    return True


def _matches(expected: ExpectedTask, task: dict[str, Any], when: When) -> bool:
    if normalise(task.get("title")) not in {normalise(title) for title in expected.title}:
        return False
    if bool(task.get("completed")) != expected.completed:
        return False
    given = expected.model_fields_set
    if "priority" in given and _priority(task.get("priority")) != _priority(expected.priority):
        return False
    if expected.tags is not None and {_tag(t) for t in expected.tags} != {
        _tag(str(t)) for t in task.get("tags") or []
    }:
        return False
    if not _matches_dates(expected, task, when):
        return False
    return expected.description is None or normalise(task.get("description")) == normalise(
        expected.description
    )


def _assign(expected: Sequence[ExpectedTask], tasks: list[dict[str, Any]], when: When) -> bool:
    """True when each expected task matches a distinct actual task (small backtracking)."""
    if not expected:
        return not tasks
    first, rest = expected[0], expected[1:]
    for index, task in enumerate(tasks):
        if _matches(first, task, when) and _assign(rest, tasks[:index] + tasks[index + 1 :], when):
            return True
    return False


def _shown(task: dict[str, Any]) -> str:
    text = f"{task.get('title')!r}" + (" (done)" if task.get("completed") else "")
    extras = [
        f"{key}={task[key]}"
        for key in ("priority", "due_date", "repeat_text")
        if task.get(key) and task.get(key) != "none"
    ]
    if task.get("tags"):
        extras.append("tags=" + ",".join(map(str, task["tags"])))
    return text + (f" [{', '.join(extras)}]" if extras else "")


def _wanted(task: ExpectedTask, when: When) -> str:
    text = f"{task.title[0]!r}" + (" (done)" if task.completed else "")
    given = task.model_fields_set
    extras = []
    for key in ("priority", "due_date", "due_weekday", "due_time", "repeat", "tags"):
        if key in given:
            value = getattr(task, key)
            if key == "due_date" and value is not None:
                value = resolve_day(value, when.today).isoformat()
            extras.append(f"{key}={','.join(value) if isinstance(value, list) else value}")
    return text + (f" [{', '.join(extras)}]" if extras else "")


def check(
    case: Case, tasks: list[dict[str, Any]], last_reply: str, *, today: date | None = None
) -> list[str]:
    """Why the case failed; an empty list when it passed. `today` is the user's day the
    case ran on (relative dates count from it); the current one when not given."""
    when = When(today or case.today(), case.zone)
    problems = []
    if len(tasks) != len(case.expect) or not _assign(case.expect, tasks, when):
        shown = ", ".join(_shown(task) for task in tasks)
        wanted = ", ".join(_wanted(item, when) for item in case.expect)
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
    """Seed tasks that should have stayed as they were but were deleted, renamed or flipped,
    and seed tasks that should have been completed or reopened but were deleted.

    A seed should keep its title and completion when an expected task has them (other fields,
    such as a due date, may be meant to change); it kept them when the task with its id is
    still there with that title and completion. A seed whose title an expected task has
    with the other completion was meant to be ticked off (or reopened), never lost: deleting
    it is harm too ("dropped off the cake" read as "called off" deleted the task it meant to
    complete). A restored task keeps its id, so a delete taken back is no harm; a task
    re-added under a new id is.
    """
    after = {task.get("id"): task for task in tasks}

    def kept(right: int, seed: SeedTask, flipped: bool) -> bool:
        """The seed is still there; unless it was meant to flip, with its title and completion."""
        now = after.get(ids[right]) if right < len(ids) else None
        if now is None or flipped:
            return now is not None
        same_title = normalise(now.get("title")) == normalise(seed.title)
        return same_title and bool(now.get("completed")) == seed.completed

    def pairs(flipped: bool, intact: bool) -> dict[int, list[int]]:
        found: dict[int, list[int]] = {}
        for left, expected in enumerate(case.expect):
            titles = {normalise(title) for title in expected.title}
            found[left] = [
                right
                for right, seed in enumerate(case.tasks)
                if normalise(seed.title) in titles
                and (seed.completed != expected.completed) == flipped
                and (not intact or kept(right, seed, flipped))
            ]
        return found

    return sum(
        _matching(pairs(flipped, False)) - _matching(pairs(flipped, True))
        for flipped in (False, True)
    )
