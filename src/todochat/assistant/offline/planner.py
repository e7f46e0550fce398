"""Decide the next step of a turn: which tools to call, or what to say.

The Runner calls the model again after every round of tool calls, so the planner
is a pure function of the conversation: it re-reads the user's message, looks at
the calls already made in this turn and their results, and returns the calls that
are still missing (adds and id-based actions first, with a ``list_tasks`` when a
task is named by its words; the resolved actions after that) or, when nothing is
missing, the final reply. Ids are never invented: they come from the user, from
earlier tool results, or from a listing made in this turn.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cached_property
from typing import Any, Literal

from todochat.assistant.approvals import REJECTION_MESSAGE

from . import replies
from .conversation import Call, Conversation, ToolResult, Turn
from .intents import (
    SOCIAL_KINDS,
    TARGETED_KINDS,
    Intent,
    Target,
    followup_add,
    parse_message,
    parse_target,
)
from .matching import TaskInfo, filter_by_words, match_tasks, overlapping
from .slots import keeping_time, list_filter, shifted
from .text import LIGHT_VERBS, TASK_VERBS, content_stems

MAX_TOOL_ROUNDS = 4
_CLARIFY_MARKERS = ("which one did you mean", "which task would you like me to", "is that the one?")
# "yes" to "Is that the one?": the one task the question named.
_YES_RE = re.compile(
    r"^(?:yes|yeah|yep|yup|yea|ya|sure|correct|right|exactly|affirmative|ok(?:ay)?|si|sí|oo|opo|"
    r"haan|ji|that'?s\s+(?:it|the\s+one|right)|that\s+one|this\s+one|the\s+same)"
    r"(?:[\s,!.]+(?:yes|please|pls|that\s+one|that'?s\s+(?:it|the\s+one|right)|it\s+is|thanks|"
    r"go\s+ahead|do\s+it|po))*[\s!.]*$",
    re.IGNORECASE,
)
_PARTS_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&|plus)\s+", re.IGNORECASE)
# A narrative clause with an exception ("everything's done except the rebar") never names
# the task "it" / "them" stands for: its words are the one task NOT meant.
_TURN_AROUND_RE = re.compile(
    r"\b(?:except|apart\s+from|other\s+than|besides|excluding|but\s+not|not|n't)\b", re.IGNORECASE
)
_MUTATING = frozenset({"add_task", "complete_task", "delete_task", "update_task"})
_FILTER_ARGS = ("due", "priority", "tag")
# "bring it back" with nothing deleted in the chat: the task deleted last, if this recent.
RECENTLY_DELETED = timedelta(minutes=15)
_PARTICLES = frozenset({"up", "out", "off", "down", "in", "back", "over"})
_BARE_HOUR_RE = re.compile(r"(?:[01]?\d|2[0-3])(?::[0-5]\d)?")

ResolutionState = Literal["ready", "wait_list", "wait_trash", "wait_adds", "wait_due", "problem"]
Problem = Literal[
    "", "not_found", "ambiguous", "no_referent", "out_of_range", "empty_scope", "none_deleted"
]


@dataclass(frozen=True)
class PlannedCall:
    """A tool call the model wants to make; ``key`` identifies it within a turn."""

    name: str
    args: Mapping[str, Any]

    @property
    def key(self) -> str:
        return call_key(self.name, self.args)


def call_key(name: str, args: Mapping[str, Any]) -> str:
    """A stable identity for a call, so a call is never made twice in one turn."""
    return name + json.dumps(args, sort_keys=True, separators=(",", ":"), default=str)


@dataclass(frozen=True)
class Decision:
    """Either calls to make now, or the final text."""

    calls: tuple[PlannedCall, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class ToolBox:
    """The tools the agent offers, by name, with the argument names each accepts."""

    params: Mapping[str, frozenset[str] | None] = field(default_factory=dict)

    @classmethod
    def from_tools(cls, tools: Iterable[Any]) -> ToolBox:
        params: dict[str, frozenset[str] | None] = {}
        for tool in tools:
            name = getattr(tool, "name", None)
            if not isinstance(name, str):
                continue
            schema = getattr(tool, "params_json_schema", None)
            props = schema.get("properties") if isinstance(schema, Mapping) else None
            params[name] = frozenset(props) if isinstance(props, Mapping) else None
        return cls(params)

    def has(self, name: str) -> bool:
        return name in self.params

    def accepts(self, name: str, arg: str) -> bool:
        known = self.params.get(name)
        return name in self.params and (known is None or arg in known)

    def allows(self, call: PlannedCall) -> bool:
        return all(self.accepts(call.name, a) for a in call.args) and self.has(call.name)


@dataclass(frozen=True)
class Resolution:
    """Which tasks an intent's target names, or why that is not known (yet)."""

    state: ResolutionState
    tasks: tuple[TaskInfo, ...] = ()
    problem: Problem = ""
    candidates: tuple[TaskInfo, ...] = ()
    phrase: str = ""
    size: int = 0


@dataclass
class _Outcome:
    """What happened for one intent, before it becomes a sentence."""

    kind: str
    done: list[TaskInfo] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    text: str = ""
    title: str = ""
    desc: str = ""
    priority: str = ""

    def render(self) -> str:
        if self.text:
            return self.text
        parts: list[str] = []
        if self.done:
            if self.kind == "add":
                parts.append(replies.added(self.done, self.details))
            else:
                parts.append(
                    replies.acted(self.kind, self.done, self.title, self.desc, self.priority)
                )
        parts.extend(self.extra)
        return " ".join(parts)


_UNDO_CALL = PlannedCall("undo", {})
_WAIT_LIST = Resolution("wait_list")
_WAIT_TRASH = Resolution("wait_trash")
_WAIT_ADDS = Resolution("wait_adds")


def _restores_it(intent: Intent) -> bool:
    return (
        intent.kind == "restore"
        and intent.target is not None
        and (intent.target.kind in ("it", "them"))
    )


def _problem(
    problem: Problem,
    phrase: str = "",
    candidates: Sequence[TaskInfo] = (),
    size: int = 0,
) -> Resolution:
    return Resolution(
        "problem", problem=problem, phrase=phrase, candidates=tuple(candidates), size=size
    )


def _unique(values: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(values))


class Planner:
    """One decision over one conversation snapshot (build a new one per model call)."""

    def __init__(self, conversation: Conversation, toolbox: ToolBox, today: date) -> None:
        self.conv = conversation
        self.toolbox = toolbox
        self.today = today
        self.executed: dict[str, Call] = {
            call_key(c.name, c.args): c for c in conversation.current.calls
        }
        self.snapshot = self._snapshot()
        self.snapshot_by_id = {t.id: t for t in self.snapshot or []}
        self.trash = self._listed("deleted")
        self.intents = self._intents()
        self._cache: dict[int, Resolution] = {}

    # ------------------------------------------------------------ reading state

    def _snapshot(self) -> list[TaskInfo] | None:
        for call in reversed(self.conv.current.calls):
            if call.name != "list_tasks" or call.args.get("status", "all") != "all":
                continue
            if any(call.args.get(key) for key in _FILTER_ARGS):
                continue  # a filtered listing is not the whole list
            if call.result is not None and call.result.ok:
                return call.result.tasks()
        return None

    def _listed(self, status: str) -> list[TaskInfo] | None:
        for call in reversed(self.conv.current.calls):
            if call.name == "list_tasks" and call.args.get("status") == status:
                return call.result.tasks() if call.result is not None and call.result.ok else []
        return None

    @cached_property
    def known(self) -> dict[int, TaskInfo]:
        """Titles of tasks seen in earlier turns, to name a task known only by its id."""
        known: dict[int, TaskInfo] = {}
        for turn in self.conv.previous:
            for call in turn.calls:
                if call.result is None or not call.result.ok:
                    continue
                if call.name == "list_tasks":
                    for t in call.result.tasks():
                        known[t.id] = t
                    continue
                task = call.result.task(fallback_id=_int_arg(call.args.get("task_id")))
                if task is not None and task.title:
                    known[task.id] = replace(known.get(task.id, task), title=task.title)
        return known

    def _task(self, task_id: int) -> TaskInfo:
        return self.snapshot_by_id.get(task_id) or self.known.get(task_id) or TaskInfo(task_id, "")

    def _intents(self) -> list[Intent]:
        intents = [
            self._on_the_list(self._or_add(i))
            for i in parse_message(self.conv.current.user_text, self.today)
        ]
        if any(i.kind == "undo" for i in intents):
            # "I didn't mean that, bring it back": the undo already brings it back.
            intents = [i for i in intents if not _restores_it(i)] or intents
        answer = self._clarification_answer(intents)
        if answer is not None:
            return [answer]
        if self._takes_back(intents):
            # "delete the milk" then "no wait, keep it": the change just made is reverted.
            return [Intent("undo")]
        if all(i.kind == "unknown" for i in intents) and self._just_added():
            more = followup_add(self.conv.current.user_text, self.today)
            if more is not None:
                return [replace(more, title=self._like_last_add(more.title))]
        return intents

    def _like_last_add(self, title: str) -> str:
        """ "and flat 3 too" after "Fix door lock flat 1" is "Fix door lock flat 3"; "and a
        capo" after "Pick up guitar picks" is "Pick up a capo": a follow-up that is not a task of
        its own takes the words of the task just added that it does not replace."""
        added = [
            c.args.get("title")
            for c in self.conv.previous[-1].calls
            if c.name == "add_task" and c.result is not None and c.result.ok
        ]
        last = str(added[-1]) if added and added[-1] else ""
        words, new = last.split(), title.split()
        if len(words) < 2 or not new or new[0].lower() in TASK_VERBS | LIGHT_VERBS:
            return title
        first = new[0].lower()
        for i in range(len(words) - 1, 0, -1):
            if words[i].lower() == first and i + len(new) >= len(words):
                # "flat 3" for the "flat 1" that ends the title
                return " ".join([*words[:i], new[0].lower(), *new[1:]])
        if words[0].lower() not in TASK_VERBS | LIGHT_VERBS:
            return title
        verb = words[:2] if words[1].lower() in _PARTICLES else words[:1]
        said = re.search(
            rf"\b(a|an|some)\s+{re.escape(new[0])}\b", self.conv.current.user_text, re.IGNORECASE
        )
        article = [said[1].lower()] if said else []
        return " ".join([*verb, *article, title[:1].lower() + title[1:]])

    def _or_add(self, intent: Intent) -> Intent:
        """ "moodboard due in 5 days": a date for a task by words that name none is an add
        (the slot stage gives its title)."""
        target = intent.target
        if (
            intent.kind != "due"
            or not intent.title
            or target is None
            or target.kind != "words"
            or self.snapshot is None
            or match_tasks(target.text, self.snapshot).kind != "none"
        ):
            return intent
        return Intent(
            "add",
            title=intent.title,
            due=intent.due or None,
            repeat=intent.repeat or None,
            priority=intent.priority,
        )

    def _takes_back(self, intents: list[Intent]) -> bool:
        """Whether "keep it" / "don't delete the milk" speaks of a delete, completion or edit
        the previous turn made (an add is never taken back this way)."""
        keeps = [i for i in intents if i.kind == "keep" and i.text != "contradiction"]
        if not keeps or any(i.kind not in SOCIAL_KINDS for i in intents) or not self.conv.previous:
            return False
        changed: list[TaskInfo] = []
        for call in self.conv.previous[-1].calls:
            if call.name in ("delete_task", "complete_task", "update_task") and call.result:
                task = call.result.task(fallback_id=_int_arg(call.args.get("task_id")))
                if call.result.ok and task is not None:
                    changed.append(self.known.get(task.id, task))
        if not changed:
            return False
        target = keeps[0].target
        if target is None or target.kind in ("it", "them"):
            return True
        return target.kind == "words" and match_tasks(target.text, changed).kind == "unique"

    def _on_the_list(self, intent: Intent) -> Intent:
        """ "I still need to pay rent" with 'Pay rent' on the list adds no second one; "call
        grandma sunday instead" with 'Call grandma' on it moves that task to sunday."""
        if intent.kind != "add" or intent.text not in ("implied", "dated") or not self.snapshot:
            return intent
        wanted = content_stems(intent.title)
        same = [t for t in self.snapshot if not t.completed and content_stems(t.title) == wanted]
        if len(same) != 1 or not wanted:
            return intent
        target = Target("ids", ids=(same[0].id,))
        if intent.text == "dated":
            return Intent("due", target=target, due=intent.due, repeat=intent.repeat)
        return Intent("keep", target=target, text="already")

    def _just_added(self) -> bool:
        """Whether the previous turn added tasks (so "and bananas" adds another)."""
        previous = self.conv.previous
        return bool(previous) and any(
            c.name == "add_task" and c.result is not None and c.result.ok
            for c in previous[-1].calls
        )

    def _clarification_answer(self, intents: list[Intent]) -> Intent | None:
        """Read "the first one" / "Ann" after "Which one did you mean?" as that answer."""
        previous = self.conv.previous
        if not previous:
            return None
        last = previous[-1]
        if not any(m in last.reply.lower() for m in _CLARIFY_MARKERS):
            return None
        candidates = last.mentioned_ids()
        if len(candidates) == 1 and _YES_RE.match(self.conv.current.user_text.strip()):
            original = self._pending_request(previous)
            if original is None:
                return None
            return replace(original, target=Target("ids", ids=(candidates[0],)))
        target = parse_target(self.conv.current.user_text)
        if target.kind == "it":
            return None
        if not all(i.kind == "unknown" for i in intents):
            if not (len(intents) == 1 and intents[0].kind == "add" and target.kind == "words"):
                return None
            pool = [self._task(i) for i in candidates]
            if match_tasks(target.text, pool).kind != "unique":
                return None
        original = self._pending_request(previous)
        if original is None:
            return None
        return replace(original, target=replace(target, within=tuple(candidates)))

    def _pending_request(self, previous: Sequence[Turn]) -> Intent | None:
        for turn in reversed(previous[-3:]):
            for intent in parse_message(turn.user_text, self.today):
                if intent.kind in TARGETED_KINDS and intent.target is not None:
                    return intent
        return None

    # ------------------------------------------------------------ resolution

    def resolve(self, index: int) -> Resolution:
        """Resolve intent ``index``'s target; memoised because replies re-ask."""
        if index not in self._cache:
            res = self._resolve(index)
            kind = self.intents[index].kind
            if (
                res.state == "ready"
                and kind in ("complete", "reopen")
                and len(res.tasks) > 1
                and self.snapshot is None
            ):
                # Several tasks change state: check which already are, before acting.
                res = _WAIT_LIST
            timed = kind == "due" and self.intents[index].text in ("time", "shift")
            intent = self.intents[index]
            timed = timed or (
                kind == "rename"
                and intent.text == "correction"
                and bool(_BARE_HOUR_RE.fullmatch(intent.title))
            )
            if res.state == "ready" and (kind == "tag" or timed) and self.snapshot is None:
                res = _WAIT_LIST  # tags are set as a whole: read the ones a task has
            self._cache[index] = res
        return self._cache[index]

    def _resolve(self, index: int) -> Resolution:
        intent = self.intents[index]
        target = intent.target
        if target is None:
            return _problem("no_referent")
        if target.kind == "ids":
            return Resolution("ready", tuple(self._task(i) for i in target.ids))
        if intent.kind == "restore" and target.kind in ("it", "them"):
            # "bring it back": the task deleted just before, never another one.
            if self.toolbox.has("restore_task"):
                return self._from_trash(target)
            return self._readd(intent, target)
        if target.kind in ("it", "them"):
            return self._pronoun(index, intent, target)
        if target.kind == "ordinal":
            return self._ordinal(intent, target)
        if intent.kind == "restore" and self.toolbox.has("restore_task"):
            return self._from_trash(target)
        if intent.kind == "restore":
            return self._readd(intent, target)
        if target.kind == "words":
            return self._words(intent, target)
        return self._scope(intent, target)

    def _pronoun(self, index: int, intent: Intent, target: Target) -> Resolution:
        antecedent = self._antecedent(index, intent)
        if antecedent is not None and target.kind == "it" and len(antecedent.tasks) > 1:
            # "it" names one task: an antecedent that covers several is a question.
            return _problem("ambiguous", candidates=antecedent.tasks)
        if antecedent is not None:
            return antecedent
        ids, candidates = self._history_referent(plural=target.kind == "them", want=target.span)
        if target.span == 2 and ids and len(ids) != 2:
            # "both" names two tasks: anything else is a question.
            return _problem("ambiguous", candidates=[self._task(i) for i in ids])
        if ids:
            return Resolution("ready", tuple(self._task(i) for i in ids))
        if target.hint:
            return self._words(intent, Target("words", text=target.hint))
        if candidates:
            return _problem("ambiguous", candidates=[self._task(i) for i in candidates])
        return _problem("no_referent")

    def _antecedent(self, index: int, intent: Intent) -> Resolution | None:
        """What "it" means inside one message: the task the previous clause named or added."""
        for j in range(index - 1, -1, -1):
            prev = self.intents[j]
            if prev.kind == "add":
                result = self._add_result(j)
                if result is None:
                    return _WAIT_ADDS
                task = result.task()
                if task is None:
                    return _problem("no_referent")
                return Resolution("ready", (task,))
            if prev.kind in TARGETED_KINDS and prev.target is not None:
                res = self.resolve(j)
                if res.state != "problem":
                    return res
                continue
            if prev.kind == "unknown" and prev.text and not _TURN_AROUND_RE.search(prev.text):
                # A narrative clause ("the tomatoes aren't urgent, so lower that one"): its
                # words name the task when they name exactly one.
                res = self._words(intent, Target("words", text=prev.text))
                if res.state != "problem":
                    return res
                if self.snapshot is not None:
                    loose = overlapping(prev.text, self.snapshot)
                    if len(loose) == 1:
                        return Resolution("ready", tuple(loose))
                continue
            if prev.kind in ("list", "count"):
                break
        return None

    def _history_referent(self, plural: bool, want: int = 1) -> tuple[list[int], list[int]]:
        """The tasks "it"/"them" name from earlier turns: the last ones acted on, or shown.

        ``want`` tasks ("both" wants two) may come from several turns of single changes
        ("add X", "add Y", "both done").
        """
        gathered: list[int] = []
        for turn in reversed(self.conv.previous):
            acted: list[int] = []
            for call in turn.calls:
                if call.name not in _MUTATING or call.result is None or not call.result.ok:
                    continue
                task = call.result.task(fallback_id=_int_arg(call.args.get("task_id")))
                if task is not None:
                    acted.append(task.id)
            if acted:
                gathered = _unique([*acted, *gathered])
                if plural and len(gathered) < want:
                    continue
                return (gathered if plural else [gathered[-1]]), []
            if gathered:
                return gathered, []
            listed = turn.listed()
            shown = turn.mentioned_ids() or [t.id for t in listed or []]
            if len(shown) == 1:
                return shown, []
            if shown:
                return (shown, []) if plural else ([], shown)
        return gathered, []

    def _history_sequence(self) -> list[int] | None:
        """The last list the user saw (two or more tasks), which ordinals index into."""
        for turn in reversed(self.conv.previous):
            mentioned = turn.mentioned_ids()
            if len(mentioned) > 1:
                return mentioned
            listed = turn.listed()
            display = listed is not None and not any(c.name in _MUTATING for c in turn.calls)
            if display and listed is not None:
                return mentioned or [t.id for t in listed]
            if mentioned or turn.calls:
                # One task named (e.g. "I've added 'X'"): no list to index; use the task list.
                return None
        return None

    def _ordinal(self, intent: Intent, target: Target) -> Resolution:
        sequence = list(target.within) or self._history_sequence()
        if sequence is None:
            if self.snapshot is None:
                return _WAIT_LIST
            pool = self.snapshot
            if intent.kind == "complete":
                pool = [t for t in pool if not t.completed] or pool
            sequence = [t.id for t in pool]
        if target.ordinals:
            picks = [(n, 1) for n in target.ordinals]
        else:
            picks = [(target.ordinal, target.span)]
        chosen: list[int] = []
        for n, span in picks:
            idx = n - 1 if n > 0 else len(sequence) + n
            if not 0 <= idx < len(sequence) or idx + span > len(sequence):
                return _problem("out_of_range", size=len(sequence), phrase=str(n))
            chosen.extend(sequence[idx : idx + span])
        return Resolution("ready", tuple(self._task(i) for i in dict.fromkeys(chosen)))

    def _words(self, intent: Intent, target: Target) -> Resolution:
        if self.snapshot is None:
            return _WAIT_LIST
        pool: Sequence[TaskInfo] = self.snapshot
        if target.within:
            inside = [t for t in self.snapshot if t.id in target.within]
            if match_tasks(target.text, inside).kind != "none":
                pool = inside
        prefer = {"complete": False, "reopen": True}.get(intent.kind)
        result = match_tasks(target.text, pool, prefer_completed=prefer, exact=target.exact)
        if (
            result.kind == "ambiguous"
            and len(result.tasks) == 1
            and len(content_stems(target.hint)) >= 2  # "car washed" is too little to go on
        ):
            # "flat 4 tenant finally paid": the deed's verb may be absent from the title
            # ('Chase flat 4 tenant about late rent'); the words without it must name it alone.
            plain = match_tasks(target.hint, pool, prefer_completed=prefer)
            if plain.kind == "unique" and plain.tasks == result.tasks:
                return Resolution("ready", result.tasks)
        if result.kind == "unique":
            return Resolution("ready", result.tasks)
        several = self._several(target.text, pool, prefer)
        if several:
            return Resolution("ready", several)
        if result.kind == "ambiguous":
            return _problem("ambiguous", target.text, result.tasks)
        head = target.text.split(",", 1)[0].strip()
        if head != target.text and not target.exact and content_stems(head):
            # "the gym one, no tengo tiempo": a reason after a comma names no task.
            return self._words(intent, replace(target, text=head))
        return _problem("not_found", target.text)

    def _from_trash(self, target: Target) -> Resolution:
        """A deleted task named by id or words, found in the trash (list_tasks status=deleted)."""
        if target.kind == "ids":
            return Resolution("ready", tuple(TaskInfo(i, "") for i in target.ids))
        if self.trash is None:
            return _WAIT_TRASH
        if target.kind in ("it", "them", "all"):
            pool = self.trash if target.kind == "all" else self._recently_deleted(self.trash)
            if len(pool) == 1 or (pool and target.kind != "it"):
                return Resolution("ready", tuple(pool))
            return _problem("ambiguous", candidates=pool) if pool else _problem("none_deleted")
        result = match_tasks(target.text, self.trash)
        if result.kind == "unique":
            return Resolution("ready", result.tasks)
        if result.kind == "ambiguous":
            return _problem("ambiguous", target.text, result.tasks)
        return _problem("not_found", target.text)

    def _recently_deleted(self, trash: Sequence[TaskInfo]) -> list[TaskInfo]:
        """The trashed tasks this chat deleted in its last three turns (a delete that
        failed deleted nothing); else the one deleted last anywhere (the web app, another
        chat), when that was within RECENTLY_DELETED (the trash lists it first)."""
        ids = {
            _int_arg(c.args.get("task_id"))
            for turn in self.conv.previous[-3:]
            for c in turn.calls
            if c.name == "delete_task" and c.result is not None and c.result.ok
        }
        here = [t for t in trash if t.id in ids]
        if here or not trash:
            return here
        latest = trash[0]
        try:
            deleted = datetime.fromisoformat(str(latest.deleted_at).replace("Z", "+00:00"))
        except ValueError:
            return []
        if deleted.tzinfo is None:
            deleted = deleted.replace(tzinfo=UTC)
        return [latest] if datetime.now(UTC) - deleted <= RECENTLY_DELETED else []

    def _readd(self, intent: Intent, target: Target) -> Resolution:
        """No trash: a task deleted earlier in this conversation comes back as a new task."""
        deleted: list[TaskInfo] = []
        for turn in self.conv.previous:
            for call in turn.calls:
                if call.name == "delete_task" and call.result is not None and call.result.ok:
                    task = call.result.task(fallback_id=_int_arg(call.args.get("task_id")))
                    if task is not None and task.title:
                        deleted.append(self.known.get(task.id, task))
        if target.kind == "words":
            result = match_tasks(target.text, deleted)
            if result.kind == "unique":
                return Resolution("ready", result.tasks)
        elif target.kind in ("it", "them"):
            if not deleted:
                return _problem("none_deleted")
            return Resolution("ready", tuple(deleted[-1:] if target.kind == "it" else deleted))
        # Nothing deleted here by that name: "restore X" may mean "reopen X".
        return (
            self._words(replace(intent, kind="reopen"), target)
            if target.kind == "words"
            else (_problem("not_found", target.text))
        )

    @staticmethod
    def _several(text: str, pool: Sequence[TaskInfo], prefer: bool | None) -> tuple[TaskInfo, ...]:
        """ "groceries and the dog": each part names its own task."""
        parts = [p.strip() for p in _PARTS_RE.split(text) if p and p.strip()]
        if len(parts) < 2:
            return ()
        found: list[TaskInfo] = []
        for part in parts:
            r = match_tasks(part, pool, prefer_completed=prefer)
            if r.kind != "unique":
                return ()
            found.append(r.tasks[0])
        unique = tuple(dict.fromkeys(found))
        return unique if len(unique) == len(parts) else ()

    def _scope(self, intent: Intent, target: Target) -> Resolution:
        if self.snapshot is None:
            return _WAIT_LIST
        status = target.status
        if status == "all" and intent.kind == "complete":
            status = "pending"
        elif status == "all" and intent.kind == "reopen":
            status = "completed"
        pool = [
            t for t in self.snapshot if status == "all" or t.completed == (status == "completed")
        ]
        due = list_filter(target.text).due if target.text else None
        if due and self.toolbox.accepts("list_tasks", "due"):
            # "mark everything due today as done": the tool knows the user's today
            listed = self.executed.get(_due_list_call(due).key)
            if listed is None:
                return Resolution("wait_due", phrase=due)
            if listed.result is None or not listed.result.ok:
                return _problem("not_found", target.text)
            ids = {t.id for t in listed.result.tasks()}
            pool = [t for t in pool if t.id in ids]
        elif due == "overdue":
            pool = [t for t in pool if t.overdue]  # "mark all overdue as done"
        elif target.text:
            pool = filter_by_words(target.text, pool)
        if target.relative and not target.exclude:
            # "mark the rest as done" with no word of what the rest is beside: ask.
            return _problem("no_referent")
        for phrase in target.exclude:
            # "everything except the visa form": an exception that names nothing is a question.
            spared = [t for t in self.snapshot if match_tasks(phrase, [t]).kind != "none"]
            if not spared:
                return _problem("not_found", phrase)
            pool = [t for t in pool if t not in spared]
        if not pool:
            return _problem("empty_scope", target.text, size=0)
        if target.span > 1 and len(pool) != target.span:
            # "both of the Kwame ones" names two tasks: anything else is a question.
            return _problem("ambiguous", target.text, pool)
        return Resolution("ready", tuple(pool))

    def _add_result(self, index: int) -> ToolResult | None:
        call = self.executed.get(self._add_call(self.intents[index]).key)
        if call is None or call.result is None:
            return None
        return call.result

    # ------------------------------------------------------------ calls

    def _add_call(self, intent: Intent) -> PlannedCall:
        args: dict[str, Any] = {"title": intent.title}
        extras = {
            "description": intent.description,
            "priority": intent.priority,
            "due": intent.due,
            "repeat": intent.repeat,
            "tags": list(intent.tags),
        }
        for key, value in extras.items():
            if value and self.toolbox.accepts("add_task", key):
                args[key] = value
        return PlannedCall("add_task", args)

    @staticmethod
    def _list_call(status: str) -> PlannedCall:
        return PlannedCall("list_tasks", {"status": status})

    def _listing_call(self, intent: Intent) -> PlannedCall:
        """A listing's call: its status, and the filters the tool takes ("due this week" is
        computed by the tool, in the user's time zone)."""
        args: dict[str, Any] = {"status": intent.status}
        for key, value in intent.filter.args().items():
            if self.toolbox.accepts("list_tasks", key):
                args[key] = value
        return PlannedCall("list_tasks", args)

    def _action_calls(
        self, intent: Intent, resolution: Resolution
    ) -> tuple[list[PlannedCall], list[TaskInfo]]:
        """The tool calls for a resolved action, and the tasks already in the wanted state."""
        calls: list[PlannedCall] = []
        skipped: list[TaskInfo] = []
        if intent.kind in ("rename", "describe") and len(resolution.tasks) != 1:
            return calls, skipped
        if intent.kind == "rename" and not intent.title:
            return calls, skipped
        for task in resolution.tasks:
            snap = self.snapshot_by_id.get(task.id)
            if intent.kind == "complete":
                if snap is not None and snap.completed:
                    skipped.append(snap)
                    continue
                done: dict[str, Any] = {"task_id": task.id}
                if intent.text == "for_good" and self.toolbox.accepts("complete_task", "for_good"):
                    done["for_good"] = True  # "done for good": the repeat ends
                calls.append(PlannedCall("complete_task", done))
            elif intent.kind == "delete":
                calls.append(PlannedCall("delete_task", {"task_id": task.id}))
            elif intent.kind == "reopen":
                if snap is not None and not snap.completed:
                    skipped.append(snap)
                    continue
                calls.append(PlannedCall("update_task", {"task_id": task.id, "completed": False}))
            elif intent.kind == "rename":
                title = self.new_title(intent, task)
                due_text = (snap or task).due
                hour = intent.title if intent.text == "correction" else title
                if _BARE_HOUR_RE.fullmatch(hour) and due_text and "," in due_text:
                    # "actually make that 11" for a task due at a time: the hour, not a title
                    new_due = f"{due_text.split(',')[0]} at {hour}"
                    calls.append(PlannedCall("update_task", {"task_id": task.id, "due": new_due}))
                    continue
                if title == (snap or task).title or not title:
                    continue  # nothing the correction could replace
                calls.append(PlannedCall("update_task", {"task_id": task.id, "title": title}))
            elif intent.kind == "due":
                when: dict[str, Any] = {"task_id": task.id}
                old_due = (snap or task).due
                if intent.due is not None:
                    when["due"] = (
                        keeping_time(intent.due, old_due, self.today) if intent.due else ""
                    )
                if intent.text == "shift" and intent.due:  # "bump X by 2 days"
                    when["due"] = shifted(old_due, int(intent.due), self.today)
                if intent.text == "time" and intent.due and old_due:
                    # "make that 4pm": the day it is due on ("Tue 1 Dec"), at the new time
                    when["due"] = f"{old_due.split(',')[0]} {intent.due}"
                if intent.repeat is not None:
                    when["repeat"] = intent.repeat
                if intent.priority is not None:  # "due fri, low prio"
                    when["priority"] = intent.priority
                calls.append(PlannedCall("update_task", when))
            elif intent.kind == "tag":
                have = (snap or task).tags
                if intent.text == "remove":
                    tags = [t for t in have if intent.tags and t not in intent.tags]
                else:
                    tags = list(dict.fromkeys([*have, *intent.tags]))
                if tags == list(have):
                    skipped.append(snap or task)
                    continue
                calls.append(PlannedCall("update_task", {"task_id": task.id, "tags": tags}))
            elif intent.kind == "restore" and self.toolbox.has("restore_task"):
                calls.append(PlannedCall("restore_task", {"task_id": task.id}))
            elif intent.kind == "restore" and snap is not None:
                if not snap.completed:
                    skipped.append(snap)
                    continue
                calls.append(PlannedCall("update_task", {"task_id": task.id, "completed": False}))
            elif intent.kind == "restore":
                args: dict[str, Any] = {"title": task.title}
                if task.description:
                    args["description"] = task.description
                calls.append(PlannedCall("add_task", args))
            elif intent.kind == "priority":
                calls.append(
                    PlannedCall("update_task", {"task_id": task.id, "priority": intent.priority})
                )
            elif intent.kind == "describe":
                calls.append(
                    PlannedCall(
                        "update_task", {"task_id": task.id, "description": intent.description}
                    )
                )
        return calls, skipped

    def new_title(self, intent: Intent, task: TaskInfo) -> str:
        """The title a rename sets; a correction edits only the part it names.

        After "add buy 1 pack of AA batteries", "make it 4 packs" gives "buy 4 packs of AA
        batteries"; "make that laptop charger" after "order new charger" gives "order laptop
        charger"; a correction that starts with a verb is a whole new title.
        """
        if intent.text != "correction":
            return intent.title
        old = (self.snapshot_by_id.get(task.id) or self.known.get(task.id) or task).title
        named = intent.target.text if intent.target is not None else ""
        return corrected_title(old, intent.title, named, intent.query)

    def decide(self) -> Decision:
        """The next step: the calls still missing in this turn, else the reply."""
        current = self.conv.current
        if current.batches >= MAX_TOOL_ROUNDS or not current.user_text.strip():
            return Decision(text=self.reply())
        wanted: list[PlannedCall] = []
        need_list = False
        # A listing asked for after a change waits for it, so it shows the result.
        changing = False
        for i, intent in enumerate(self.intents):
            waits = intent.kind == "add" and intent.text in ("implied", "dated")
            if waits and self.snapshot is None:
                need_list = True  # first see whether the task is on the list already
                changing = True
                continue
            if intent.kind == "add" and intent.title:
                add = self._add_call(intent)
                wanted.append(add)
                changing = changing or add.key not in self.executed
            elif intent.kind in ("list", "count"):
                if not changing:
                    wanted.append(self._listing_call(intent))
            elif intent.kind == "undo" and self.toolbox.has("undo"):
                wanted.append(_UNDO_CALL)
            elif intent.kind == "undo":
                wanted.extend(call for call, _, _ in self._undo_plan())
            elif intent.kind in TARGETED_KINDS:
                res = self.resolve(i)
                if res.state == "wait_list" or (intent.kind == "status" and self.snapshot is None):
                    need_list = True
                if res.state == "wait_trash":
                    wanted.append(self._list_call("deleted"))
                if res.state == "wait_due":
                    wanted.append(_due_list_call(res.phrase))
                if res.state in ("wait_list", "wait_adds", "wait_trash", "wait_due"):
                    changing = True
                if res.state == "ready" and intent.kind != "status":
                    calls = self._action_calls(intent, res)[0]
                    wanted.extend(calls)
                    changing = changing or any(
                        c.key not in self.executed and self.toolbox.allows(c) for c in calls
                    )
        if need_list:
            wanted.append(self._list_call("all"))
        fresh: list[PlannedCall] = []
        seen: set[str] = set()
        for call in wanted:
            if call.key in self.executed or call.key in seen or not self.toolbox.allows(call):
                continue
            seen.add(call.key)
            fresh.append(call)
        if fresh:
            return Decision(calls=tuple(fresh))
        return Decision(text=self.reply())

    # ------------------------------------------------------------ reply

    def reply(self) -> str:
        """The final answer, one sentence (or block) per intent, in the user's order.

        Consecutive successes of one kind are merged ("I've added 'A' (#1) and 'B' (#2)").
        """
        actionable = [i for i in self.intents if i.kind not in SOCIAL_KINDS]
        outcomes: list[_Outcome] = []
        reported: set[str] = set()
        for i, intent in enumerate(self.intents):
            if intent.kind in SOCIAL_KINDS:
                if not actionable:
                    outcomes.append(_Outcome(intent.kind, text=self._reply_social(intent)))
                continue
            outcome = self._outcome(i, intent, reported)
            if outcome is None:
                continue
            last = outcomes[-1] if outcomes else None
            if (
                last is not None
                and last.kind == outcome.kind
                and outcome.kind in ("add", "complete", "delete", "reopen")
                and last.done
                and outcome.done
                and not last.extra
                and not last.text
                and not outcome.text
            ):
                last.done.extend(outcome.done)
                last.details.extend(outcome.details)
                last.extra.extend(outcome.extra)
                continue
            outcomes.append(outcome)
        sentences = list(dict.fromkeys(t for t in (o.render() for o in outcomes) if t))
        if any("Which one did you mean?" in t for t in sentences):
            # One question at a time: "emailed raj, tick it" asks which Raj task, once.
            sentences = [t for t in sentences if not t.startswith("Which task would you like")]
        if not sentences:
            return replies.unknown()
        sep = "\n\n" if any("\n" in t for t in sentences) else " "
        return sep.join(sentences)

    def _reply_social(self, intent: Intent) -> str:
        if intent.kind == "greet":
            return replies.greeting(intent.text == "how")
        if intent.kind == "thanks":
            return replies.thanks(intent.text == "ack")
        if intent.kind == "bye":
            return replies.goodbye()
        if intent.kind == "keep" and intent.text == "already" and intent.target:
            return replies.already_listed(self._task(intent.target.ids[0]))
        if intent.kind == "keep":
            return replies.left_as_is(intent.text == "contradiction")
        if intent.kind == "help":
            return replies.HELP_TEXT
        return replies.unknown()

    def _outcome(self, index: int, intent: Intent, reported: set[str]) -> _Outcome | None:
        if intent.kind == "add":
            return self._add_outcome(intent)
        if intent.kind in ("list", "count"):
            return _Outcome(intent.kind, text=self._reply_list(intent))
        if intent.kind == "undo" and self.toolbox.has("undo"):
            return self._undo_tool_outcome()
        if intent.kind == "undo":
            return self._undo_outcome(reported)
        if intent.kind == "rename" and not intent.title:
            return _Outcome("rename", text=replies.ask_new_title())
        res = self.resolve(index)
        if res.state in ("wait_list", "wait_adds", "wait_trash", "wait_due"):
            return _Outcome(intent.kind, text=self._reply_lookup_failed(intent))
        if res.state == "problem":
            return _Outcome(intent.kind, text=self._reply_problem(intent, res))
        if intent.kind == "status":
            return _Outcome("status", text=" ".join(self._status_text(t) for t in res.tasks))
        if intent.kind in ("rename", "describe") and len(res.tasks) != 1:
            phrase = intent.target.text if intent.target else ""
            return _Outcome(intent.kind, text=replies.ambiguous(phrase, res.tasks))
        calls, skipped = self._action_calls(intent, res)
        fresh = [c for c in calls if c.key not in reported]
        if calls and not fresh and not skipped:
            return None
        outcome = _Outcome(intent.kind, title=intent.title, desc=intent.description or "")
        outcome.priority = intent.priority or ""
        if intent.kind == "tag":
            outcome.priority = ("-" if intent.text == "remove" else "") + ",".join(intent.tags)
        kept: list[TaskInfo] = []  # deletes the user did not approve
        for call in fresh:
            reported.add(call.key)
            if "task_id" not in call.args:  # a deleted task added back
                readded = self._result_of(call)
                if isinstance(readded, str):
                    outcome.extra.append(
                        replies.failed("restore", f"'{call.args['title']}'", readded)
                    )
                else:
                    outcome.done.append(readded.task() or TaskInfo(0, str(call.args["title"])))
                continue
            task_id = int(call.args["task_id"])
            before = self._task(task_id)
            result = self._result_of(call)
            if result == REJECTION_MESSAGE:
                kept.append(before)
                continue
            if isinstance(result, str):
                outcome.extra.append(
                    replies.unavailable(intent.kind)
                    if result == "unavailable"
                    else replies.failed(intent.kind, replies.name(before), result)
                )
                continue
            after = result.task(fallback_id=task_id)
            next_due = result.data.get("next_due") if isinstance(result.data, Mapping) else None
            if intent.kind == "complete" and next_due:
                outcome.extra.append(replies.repeats_next(after or before, str(next_due)))
            if intent.kind == "due":
                outcome.priority = _when(result, intent.due, intent.repeat)
                if intent.priority:
                    outcome.priority += f", {intent.priority} priority"
            if intent.kind == "rename" and "due" in call.args:  # a bare hour: a new time
                outcome.kind = "due"
                outcome.priority = _when(result, call.args["due"], None)
                outcome.done.append(before)
            elif intent.kind == "rename":
                outcome.title = str(call.args.get("title", intent.title))
                outcome.done.append(before)
            else:
                outcome.done.append(after if after and after.title else before)
            outcome.details.append("")
        if kept:
            outcome.extra.append(replies.kept(kept))
        outcome.extra = list(dict.fromkeys(outcome.extra))
        if skipped:
            outcome.extra.append(replies.already(intent.kind, skipped))
        return outcome

    def _result_of(self, call: PlannedCall) -> ToolResult | str:
        """The call's successful result, or why there is none ("unavailable" or an error)."""
        executed = self.executed.get(call.key)
        if executed is None:
            return "unavailable" if not self.toolbox.allows(call) else "I ran out of steps"
        result = executed.result or ToolResult(ok=False, error="no result came back")
        return result if result.ok else result.error

    def _add_outcome(self, intent: Intent) -> _Outcome:
        if not intent.title:
            return _Outcome("add", text=replies.no_title())
        call = self._add_call(intent)
        result = self._result_of(call)
        if isinstance(result, str):
            if result == "unavailable":
                return _Outcome("add", text=replies.unavailable("add"))
            return _Outcome("add", text=replies.failed("add", f"'{intent.title}'", result))
        task = result.task() or TaskInfo(0, intent.title)
        if not task.title:
            task = replace(task, title=intent.title)
        notes: list[str] = []
        if intent.priority and "priority" in call.args:
            notes.append(f"{intent.priority} priority")
        if ("due" in call.args or "repeat" in call.args) and (
            when := _when(result, call.args.get("due"), call.args.get("repeat"))
        ):
            notes.append(when)
        if intent.tags and "tags" in call.args:
            notes.append("tagged " + ", ".join(intent.tags))
        detail = f" ({', '.join(notes)})" if notes else ""
        if intent.description:
            detail += f" with the description '{intent.description}'"
        return _Outcome("add", done=[task], details=[detail])

    # ------------------------------------------------------------ undo

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
            if call.name not in _MUTATING or call.result is None or not call.result.ok:
                continue
            task = call.result.task(fallback_id=_int_arg(call.args.get("task_id")))
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

    def _undo_tool_outcome(self) -> _Outcome:
        result = self._result_of(_UNDO_CALL)
        if isinstance(result, str):
            return _Outcome("undo", text=replies.nothing_to_undo())
        summary = result.data.get("summary") if isinstance(result.data, Mapping) else None
        return _Outcome("undo", text=replies.undo_summary(str(summary or "")))

    def _undo_outcome(self, reported: set[str]) -> _Outcome:
        plan = self._undo_plan()
        if not plan:
            return _Outcome("undo", text=replies.nothing_to_undo())
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
        return _Outcome(
            "undo", text=" ".join([replies.undo_done(undone)] * bool(undone) + problems)
        )

    def _status_text(self, task: TaskInfo) -> str:
        snap = self.snapshot_by_id.get(task.id)
        if snap is None:
            return f"I couldn't find task #{task.id}."
        return replies.status_line(snap)

    def _reply_list(self, intent: Intent) -> str:
        call = self.executed.get(self._listing_call(intent).key)
        if call is None:
            if not self.toolbox.has("list_tasks"):
                return replies.unavailable("list")
            return replies.failed("list", "your tasks", "I ran out of steps")
        result = call.result or ToolResult(ok=False, error="no result came back")
        if not result.ok:
            return replies.failed("list", "your tasks", result.error)
        tasks = result.tasks()
        if intent.status != "all":
            tasks = [t for t in tasks if t.completed == (intent.status == "completed")]
        if intent.filter:
            return replies.filtered(tasks, intent.filter.args(), intent.kind == "count")
        query = intent.query
        if query and intent.text == "tag":
            tagged = [t for t in tasks if query in t.tags]
            if tagged:
                return replies.filtered(tagged, {"tag": query}, intent.kind == "count")
        if query and intent.text == "loose":
            query = " ".join(w for w in query.split() if filter_by_words(w, result.tasks()))
        if query:
            tasks = filter_by_words(query, tasks)
        if intent.kind == "count":
            return replies.count(tasks, intent.status, query)
        return replies.listing(tasks, intent.status, query)

    def _reply_lookup_failed(self, intent: Intent) -> str:
        for call in reversed(self.conv.current.calls):
            if call.name == "list_tasks" and call.result is not None and not call.result.ok:
                return replies.failed("list", "your tasks", call.result.error)
        if not self.toolbox.has("list_tasks"):
            return replies.unavailable(intent.kind)
        return replies.which_task(intent.kind)

    def _reply_problem(self, intent: Intent, res: Resolution) -> str:
        if res.problem == "not_found":
            return replies.not_found(res.phrase)
        if res.problem == "none_deleted":
            return replies.nothing_deleted()
        if res.problem == "ambiguous":
            return replies.ambiguous(res.phrase, res.candidates)
        if res.problem == "out_of_range":
            return replies.out_of_range(int(res.phrase or 0), res.size)
        if res.problem == "empty_scope":
            status = intent.target.status if intent.target else "all"
            return replies.empty_scope(intent.kind, status, res.phrase)
        return replies.which_task(intent.kind)


_QUANTITY_RE = re.compile(
    r"\d+(?:[.,]\d+)?|(?:half\s+)?a\s+dozen|a\s+couple(?:\s+of)?|a\s+few|dozen|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve",
    re.IGNORECASE,
)


_NUMBER_VALUES = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
    "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
}  # fmt: skip


def _same_word(a: str, b: str) -> bool:
    a, b = a.lower().strip(".,"), b.lower().strip(".,")
    return _NUMBER_VALUES.get(a, a) == _NUMBER_VALUES.get(b, b)


def _replacing(old_words: list[str], new_words: list[str], was: str) -> str | None:
    """ "Chase flat 2 tenant", "flat 4" instead of "2": the old words swapped in place."""
    was_words = was.split()
    n = len(was_words)
    for k in range(len(old_words) - n + 1):
        if not all(_same_word(o, w) for o, w in zip(old_words[k : k + n], was_words, strict=True)):
            continue
        extra = len(new_words) - n
        start, end = k, k + n
        lead = new_words[:extra] if extra > 0 else []
        if (
            lead
            and k >= extra
            and all(_same_word(o, w) for o, w in zip(old_words[k - extra : k], lead, strict=True))
        ):
            start = k - extra  # "flat 4" for the "2" of "flat 2"
        else:
            tail = new_words[n:] if extra > 0 else []
            while tail and end < len(old_words) and _same_word(old_words[end], tail[0]):
                end += 1  # "thirty bales" for the "20" of "20 bales"
                tail = tail[1:]
        first = new_words[0]
        if start > 0 and old_words[start][:1].islower() and first[1:] == first[1:].lower():
            new_words = [first[:1].lower() + first[1:], *new_words[1:]]
        return " ".join(old_words[:start] + new_words + old_words[end:])
    return None


def corrected_title(old: str, value: str, named: str = "", was: str = "") -> str:
    """``old`` with the span that ``value`` corrects replaced by it (see Planner.new_title).

    ``named`` is how the user named the task ("the letter to Margaret"): when nothing else
    places a short correction ("so it says Arthur"), it replaces the last word of that name.
    ``was`` is the old value when the user said it ("flat 4 not 2"). A bare number for a
    title without one changes nothing (the title comes back as it was).
    """
    old_words, new_words = old.split(), value.split()
    if was and old_words and new_words:
        swapped = _replacing(old_words, new_words, was)
        if swapped is not None:
            return swapped
    if _QUANTITY_RE.fullmatch(value.strip()) and not any(
        _QUANTITY_RE.fullmatch(w) for w in old_words
    ):
        return old
    if not old_words or not new_words or new_words[0].lower() in TASK_VERBS:
        return value
    leading_verb = 1 if old_words[0].lower() in TASK_VERBS else 0
    last = content_stems(new_words[-1])
    ends = [i for i, w in enumerate(old_words) if last and content_stems(w) == last]
    if ends:
        end = ends[-1]
        start = max(end - len(new_words) + 1, leading_verb)
        if start > end:
            return value
        first = new_words[0]
        if start > 0 and not (first.isupper() or not first[1:].islower()):
            new_words[0] = first[:1].lower() + first[1:]
        return " ".join(old_words[:start] + new_words + old_words[end + 1 :])
    if _QUANTITY_RE.fullmatch(value.strip()):
        # "make that a dozen" after "buy 6 eggs": the amount changes, the rest stays.
        numbers = [i for i, w in enumerate(old_words) if _QUANTITY_RE.fullmatch(w)]
        if numbers:
            amount = value.strip()
            old_words[numbers[0]] = amount[:1].lower() + amount[1:] if numbers[0] else amount
            return " ".join(old_words)
    named_stems = content_stems(named)
    if len(named_stems) >= 2 and len(new_words) <= 3:
        spots = [i for i, w in enumerate(old_words) if content_stems(w) == named_stems[-1:]]
        if spots:
            at = spots[-1]
            return " ".join(old_words[:at] + new_words + old_words[at + 1 :])
    if leading_verb:
        first = new_words[0]
        keep = first.isupper() or not first[1:].islower()
        return f"{old_words[0]} {value if keep else value[:1].lower() + value[1:]}"
    return value


def _due_list_call(due: str) -> PlannedCall:
    return PlannedCall("list_tasks", {"status": "all", "due": due})


def _when(result: ToolResult, due: Any, repeat: Any) -> str:
    """ "due Fri 5 Dec, 17:00, every month on the 1st": the tool's own words for when a task
    is due and how it repeats (the words sent when the tool does not say)."""
    data = result.data if isinstance(result.data, Mapping) else {}
    shown_due = data.get("due") or due
    shown_repeat = data.get("repeat") if "repeat" in data else repeat
    parts = [f"due {shown_due}" if shown_due else "", str(shown_repeat or "")]
    if repeat == "" and not shown_repeat:
        parts.append("no longer repeating")
    return ", ".join(part for part in parts if part)


def _int_arg(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None
