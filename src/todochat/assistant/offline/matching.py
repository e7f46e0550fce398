"""Find the task a person means from the words they used.

People rarely repeat a title exactly ("the groceries task", "I called mom"), so the
matcher compares stems, weighs words that begin many titles ("buy", "call") less,
tolerates one-letter typos, and reports ambiguity instead of guessing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from .text import LIGHT_VERBS, content_stems, edit_distance_at_most_one, words

MatchKind = Literal["unique", "ambiguous", "none"]

_LIGHT_WEIGHT = 0.5
_FUZZY_FACTOR = 0.8
_MIN_QUERY_COVERAGE = 0.5
_MIN_TITLE_COVERAGE = 0.75


@dataclass(frozen=True)
class TaskInfo:
    """The fields of a task the assistant needs to talk about it."""

    id: int
    title: str
    completed: bool = False
    description: str | None = None
    due: str | None = None  # as the tools show it: "Fri 5 Dec, 17:00"
    repeat: str | None = None  # "every month on the 1st"
    tags: tuple[str, ...] = ()
    overdue: bool = False
    deleted_at: str | None = None  # ISO 8601, for a task in the trash

    @property
    def stems(self) -> tuple[str, ...]:
        """Content stems of the title (computed on demand; titles are short)."""
        return tuple(content_stems(self.title))


@dataclass(frozen=True)
class MatchResult:
    """The outcome of matching a phrase against a task list."""

    kind: MatchKind
    tasks: tuple[TaskInfo, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class _Scored:
    task: TaskInfo
    matched: float
    query_coverage: float
    title_coverage: float


def _weight(stem: str) -> float:
    return _LIGHT_WEIGHT if stem in LIGHT_VERBS else 1.0


def _normalise_title(text: str) -> str:
    return " ".join(words(text))


def _score(query: Sequence[str], task: TaskInfo) -> _Scored:
    title = task.stems
    title_set = set(title)
    total = sum(_weight(s) for s in query) or 1.0
    matched = 0.0
    hit_title: set[str] = set()
    for s in query:
        w = _weight(s)
        if s in title_set:
            matched += w
            hit_title.add(s)
            continue
        for t in title:
            if t in hit_title or min(len(s), len(t)) < 4:
                continue
            if (
                edit_distance_at_most_one(s, t)
                or (len(s) >= 4 and t.startswith(s))
                or (len(t) >= 4 and s.startswith(t))
            ):
                matched += w * _FUZZY_FACTOR
                hit_title.add(t)
                break
    title_total = sum(_weight(t) for t in title) or 1.0
    title_hit = sum(_weight(t) for t in hit_title)
    return _Scored(task, matched, matched / total, title_hit / title_total)


def match_tasks(
    phrase: str,
    tasks: Sequence[TaskInfo],
    *,
    prefer_completed: bool | None = None,
    exact: bool = False,
) -> MatchResult:
    """Pick the task(s) ``phrase`` refers to.

    ``prefer_completed`` breaks ties by status (completing prefers pending tasks,
    reopening prefers done ones). ``exact`` is set for quoted titles: only a title
    equal to the phrase (case-insensitively) counts, when one exists.
    """
    wanted = _normalise_title(phrase)
    same = [t for t in tasks if _normalise_title(t.title) == wanted]
    if len(same) == 1:
        return MatchResult("unique", (same[0],))
    if len(same) > 1:
        return _break_tie(same, prefer_completed)
    if exact:
        contains = [t for t in tasks if wanted and wanted in _normalise_title(t.title)]
        if len(contains) == 1:
            return MatchResult("unique", (contains[0],))
    query = content_stems(phrase)
    if not query:
        return MatchResult("none")
    scored = [_score(query, t) for t in tasks]
    candidates = [
        s for s in scored if s.matched > 0 and s.query_coverage >= _MIN_QUERY_COVERAGE - 1e-9
    ]
    if not candidates:
        # A long phrase ("I stayed up late but managed to read chapter four for book club")
        # names the task whose title it contains almost whole.
        covered = [s for s in scored if s.title_coverage >= _MIN_TITLE_COVERAGE and s.matched >= 2]
        if not covered:
            return MatchResult("none")
        best_cover = max(s.title_coverage for s in covered)
        top = [s.task for s in covered if abs(s.title_coverage - best_cover) < 1e-9]
        return (
            MatchResult("unique", (top[0],)) if len(top) == 1 else _break_tie(top, prefer_completed)
        )
    candidates.sort(key=lambda s: (-s.matched, -s.title_coverage))
    best = candidates[0]
    tied = [c for c in candidates if abs(c.matched - best.matched) < 1e-9]
    if len(tied) == 1:
        return MatchResult("unique", (best.task,))
    full = [c for c in tied if c.title_coverage >= 1 - 1e-9]
    if len(full) == 1:
        return MatchResult("unique", (full[0].task,))
    return _break_tie([c.task for c in tied], prefer_completed)


def _break_tie(tasks: Sequence[TaskInfo], prefer_completed: bool | None) -> MatchResult:
    if prefer_completed is not None:
        preferred = [t for t in tasks if t.completed == prefer_completed]
        if len(preferred) == 1:
            return MatchResult("unique", (preferred[0],))
    return MatchResult("ambiguous", tuple(tasks))


def filter_by_words(phrase: str, tasks: Sequence[TaskInfo]) -> list[TaskInfo]:
    """Every task whose title shares a meaningful word with ``phrase`` (for "all the X tasks")."""
    query = content_stems(phrase)
    if not query:
        return list(tasks)
    out: list[TaskInfo] = []
    for t in tasks:
        s = _score(query, t)
        if s.matched > 0 and s.query_coverage >= _MIN_QUERY_COVERAGE - 1e-9:
            out.append(t)
    return out


def overlapping(phrase: str, tasks: Sequence[TaskInfo]) -> list[TaskInfo]:
    """Tasks sharing a meaningful word (not a light verb) with ``phrase``, for loose references."""
    query = [s for s in content_stems(phrase) if s not in LIGHT_VERBS]
    if not query:
        return []
    return [t for t in tasks if _score(query, t).matched > 0]
