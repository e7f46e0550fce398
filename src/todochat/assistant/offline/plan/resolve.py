"""Which tasks an intent's target names: ids, "it" and "both" from the message or earlier
turns, ordinals, words matched against the list, scopes ("everything except X") and the
trash. A target that is not clear is a problem the reply turns into a question.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import cache

from todochat.assistant.offline.matching import (
    CALL_OFF_STEMS,
    MatchResult,
    TaskInfo,
    covering,
    giving,
    match_deed_loosely,
    match_tasks,
    names_another_thing,
    overlapping,
    shared_words,
)
from todochat.assistant.offline.normalise import word_list, word_stems
from todochat.assistant.offline.scope import (
    kind_tasks,
    scope_tasks,
    spoken_topic,
    without_reason,
)
from todochat.assistant.offline.slots import list_filter, same_repeat
from todochat.assistant.offline.targets import GROUP_RE, copy_of
from todochat.assistant.offline.text import (
    MIDDLE,
    TASK_VERBS,
    THING_DETERMINER,
    content_stems,
    is_past_tense,
    lexicon,
    stem,
    task_noun,
    words,
)
from todochat.assistant.offline.understand import (
    TARGETED_KINDS,
    Intent,
    Target,
    without_when,
)
from todochat.assistant.offline.understand.deeds import brings_about
from todochat.assistant.offline.understand.vocabulary import CONTACT_TASK_RE, CONTACTED_RE

from .steps import (
    BARE_HOUR_RE,
    MUTATING,
    WAIT_ADDS,
    WAIT_LIST,
    WAIT_TRASH,
    Resolution,
    due_list_call,
    int_arg,
    problem,
)
from .turn import TurnState

# News of a thing of its own, its subject ("the old bike is in the shed"; "I've changed my mind"
# is news of the user), and words pointing back to the
# task talked about ("i paid it already")
_NEWS_OF_A_THING_RE = re.compile(rf"^\W*{THING_DETERMINER}\s+[a-z]", re.IGNORECASE)
_POINTS_BACK_RE = re.compile(r"\b(?:it|that|this|them|those|these|one)\b", re.IGNORECASE)


# "ah no forget it, my cousin is driving, delete", "wait no, the bus is free, scrap that": the
# add just made taken back, said first (a "no", a "wait", a "forget it": the ``says_no`` and
# ``takes_back`` word lists, which plan/turn.py reads too)
@cache
def _takes_back_re() -> re.Pattern[str]:
    return re.compile(
        rf"^\W*(?:(?:oh|ah+|hmm+|um+|ok(?:ay)?|actually)[\s,!.]+)*"
        rf"(?:{word_list('says_no')}|{word_list('takes_back')})\b",
        re.IGNORECASE,
    )


_PARTS_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&|\+|plus)\s+", re.IGNORECASE)
# a part said as a task of its own: "the yoga one", "the other one", "my dentist thing"
_A_TASK_SAID_RE = re.compile(
    r"(?:the|my|that)\s+(?:[\w'-]+\s+){0,3}(?:one|thing|task|stuff)", re.IGNORECASE
)


# A narrative clause with an exception ("everything's done except the rebar") never names
# the task "it" / "them" stands for: its words are the one task NOT meant.
_TURN_AROUND_RE = re.compile(
    r"\b(?:except|apart\s+from|other\s+than|besides|excluding|but\s+not|not|n't)\b", re.IGNORECASE
)


# Words someone else's deed must share with a title to complete it without asking.
_HEARSAY_WORDS = 2
# Someone else's deed "about" a thing is news of it ("mum texted about the lift").
_NEWS_ABOUT_RE = re.compile(r"\b(?:about|regarding|re)\b", re.IGNORECASE)
# "just got back from the dentist": a visit done completes a task that is only that visit
# ('Dentist appointment', 'Haircut', 'Vet check-up for Luna'), never another deed on its place
# ('Call the dentist', 'Cancel gym membership')
_VISIT_STEMS = frozenset(
    content_stems(
        "appointment appt session visit checkup check-up check up class lesson consult "
        "consultation exam examination cleaning scan trip run workout treatment therapy "
        # 'Go to the gym', 'See the doctor', 'Visit grandma', 'Hit the gym': the visit itself
        "go see visit attend hit haircut "
        # 'Weekly shop at Tesco', 'Big food shop', 'Grocery shopping': the shop is the visit
        "shop shopping grocery groceries food big weekly"
    )
)
# 'Vet appointment for Luna', 'Garden club meeting at the library': who it is for, or where
_VISIT_FOR_RE = re.compile(r"\s+(?:for|with|at|in)\s+.*$", re.IGNORECASE)


def _only_the_visit(said: str, task: TaskInfo) -> bool:
    """Whether the title is the place or person said, with only words for a visit beside it
    (or who it is for, or where: 'Buy cat food at the vet' is still more than the visit)."""
    heard = set(content_stems(said))
    return any(
        set(content_stems(title)) - heard <= _VISIT_STEMS
        for title in (task.title, _VISIT_FOR_RE.sub("", task.title))
    )


_PURPOSE_RE = re.compile(r"\bto\s+(?P<v>[a-z]+)\b", re.IGNORECASE)
_LIGHT_STEMS = frozenset(content_stems("make do get have"))


def _visit_for_its_purpose(said: str, task: TaskInfo) -> bool:
    """ "I already went to the bank for make the deposit" for 'Go to bank to deposit rent': the
    visit and what it was for said, only the thing it was for ("rent") left out; every word said
    is the title's (a deposit of "my paycheck" is another, and "went to the bank" alone says no
    purpose: both still ask)."""
    heard = set(content_stems(said)) - _LIGHT_STEMS
    if not heard <= set(content_stems(task.title)) | _VISIT_STEMS:
        return False
    return any(
        stem(m["v"].lower()) in heard
        and set(content_stems(task.title[: m.start()])) - heard <= _VISIT_STEMS
        for m in _PURPOSE_RE.finditer(task.title)
    )


# "bring it back" with nothing deleted in the chat: the task deleted last, if this recent.
RECENTLY_DELETED = timedelta(minutes=15)


def _a_deed_for_it(said: str, task: TaskInfo) -> bool:
    """Whether the task is a deed done for the thing said ('Book the train' for "the train"):
    its first word a task's verb that the words said lack ("the plumber thing" names the
    task itself)."""
    if re.search(r"\b(?:thing|one|task|job|item|reminder|todo|to-do|plan)s?\b", said, re.I):
        return False
    first = stem(words(task.title)[0]) if words(task.title) else ""
    if first in CALL_OFF_STEMS:
        # 'Cancel Netflix' for "netflix is cancelled from next month": the news may be the
        # task done, never a task to throw away unasked
        return True
    return first in _TASK_VERB_STEMS and first not in {stem(w) for w in words(said)}


# Verbs of taking part in the thing itself ('Go to Leila's party', 'Watch the match'): when
# the thing is off, so is the task.
_TASK_VERB_STEMS = frozenset(stem(w) for w in TASK_VERBS) - frozenset(
    stem(w) for w in ("go", "attend", "visit", "watch", "meet", "join", "see")
)


def unique(values: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(values))


# "they don't want a videographer after all, so take that off": what is not wanted is the
# task, not an exception to it.
# "the fun run is the same day as the hen party", "the gym clashes with the dentist": words
# that set two things side by side (each side may name a task of its own)
_SIDE_BY_SIDE_RE = re.compile(
    r"\s+(?:as|and|with|than|or|vs|versus|clashes\s+with|overlaps\s+with)\s+", re.IGNORECASE
)
_UNWANTED_RE = re.compile(
    r"\b(?:(?:do|does|did)\s*n[o']?t|no\s+longer)\s+(?:want|need)\b", re.IGNORECASE
)
_UNWANTED_THING_RE = re.compile(
    r"\b(?:(?:do|does|did)\s*n[o']?t|no\s+longer)\s+(?:want|need)\s+(?:the\s+|a\s+|an\s+|any\s+)?"
    r"(?P<x>[^(,;.]+?)(?=\s*(?:[(,;.]|\bafter\s+all\b|\bany\s*more\b|\bso\b|\bbecause\b|$))",
    re.IGNORECASE,
)
_LONG_NUMBER_RE = re.compile(r"(?<![\d.,])\d{3,}(?![\d.,]\d)")
_STATE_SAID_RE = re.compile(
    # ("photographer and deposit both urgent now": "are" left out)
    r"\s+(?:(?:is|are|was|were|'s|'re)\s+(?:both\s+|all\s+|now\s+)*|(?:both|all)\s+)\S.*$",
    re.I,
)


def _talking(title: str) -> bool:
    """Whether the title opens with a verb of talking with someone ('Talk to Dave ...')."""
    first = words(title)[:1]
    return bool(first) and stem(first[0]) in word_stems("talking")


# a remark that tells what is still to do, or a deed not done ("still need to venmo him", "but
# not the tix"), says nothing of which task was done
_NOT_DONE_REMARK_RE = re.compile(
    r"\b(?:but|still|yet|need|needs|have\s+to|has\s+to|got\s+to|gotta|must|should|remind|"
    r"tomorrow|later|next|not|never|no)\b|n't\b",
    re.IGNORECASE,
)


# changes to a task's fields, asked of a task that stays
_EDITS = frozenset({"rename", "describe", "priority", "due", "tag"})
# The changes made to the one task the words name: a deed said as a thing where the title has
# a thing of its own asks first (``names_another_thing``)
_NAMED_CHANGES = frozenset({"delete", "complete", "rename"})


class Resolver(TurnState):
    """Targets resolved to tasks, memoised per intent because replies re-ask."""

    def resolve(self, index: int) -> Resolution:
        """Resolve intent ``index``'s target; memoised because replies re-ask. A request said
        again with "it" ("not doing the run and the icing anymore, take it off my list") is
        one request: when that "it" cannot tell which of the tasks is meant, the message asks
        and changes nothing (it deleted both, then asked which one). Another request about
        "it" ("delete every boat task. sold it") leaves this one as it is."""
        res = self._base(index)
        if res.state != "ready" or len(res.tasks) < 2:
            return res
        for later in range(index + 1, len(self.intents)):
            target = self.intents[later].target
            if target is None or target.kind != "it":
                continue
            # a change asked of "it" after a delete of several is about one of them, kept
            # ("delete the netflix one, and the electricity bill, make it urgent"): ask
            kind = self.intents[index].kind
            asked = self.intents[later].kind
            if asked != kind and not (kind == "delete" and asked in _EDITS):
                continue
            if self._base(later).problem == "ambiguous" and self._referred.get(later) == index:
                return problem("ambiguous", candidates=res.tasks)
        return res

    def _base(self, index: int) -> Resolution:
        """Intent ``index``'s target resolved on its own (``resolve`` without the hold)."""
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
                res = WAIT_LIST
            if res.state == "problem" and self._asked_to_tick(index):
                res = self._deed_loosely(index, res)
            if res.state == "ready" and self.intents[index].doubt:
                # "mark the invoice done? not sure it's paid": a doubt said after it; ask first
                res = problem("ambiguous", candidates=res.tasks)
            timed = kind == "due" and self.intents[index].text in ("time", "shift")
            intent = self.intents[index]
            timed = timed or (
                kind == "rename"
                and intent.text == "correction"
                and bool(BARE_HOUR_RE.fullmatch(intent.title))
            )
            if res.state == "ready" and (kind == "tag" or timed) and self.snapshot is None:
                res = WAIT_LIST  # tags are set as a whole: read the ones a task has
            self._cache[index] = res
        return self._cache[index]

    def _asked_to_tick(self, index: int) -> bool:
        """Whether intent ``index`` is a deed told by words and the next one asks to tick it
        ("I have posted the parcel to my sister down in Dunedin, you can tick that one off")."""
        intent = self.intents[index]
        after = self.intents[index + 1] if index + 1 < len(self.intents) else None
        return (
            intent.kind == "complete"
            and intent.target is not None
            and intent.target.kind == "words"
            and not intent.target.exact
            and intent.text != "hearsay"
            and not intent.doubt
            and after is not None
            and after.kind == "complete"
            and after.target is not None
            and after.target.kind == "it"
        )

    def _deed_loosely(self, index: int, res: Resolution) -> Resolution:
        """A deed told with more words than its task's, asked to be ticked: the one open task
        it fits (``match_deed_loosely``); two, or none, leave the question as it was."""
        if self.snapshot is None:
            return res
        target = self.intents[index].target
        assert target is not None
        open_tasks = [t for t in self.snapshot if not t.completed]
        for said in dict.fromkeys((target.text, without_when(target.text))):
            found = match_deed_loosely(said, open_tasks)
            if found.kind == "unique":
                return Resolution("ready", found.tasks)
        return res

    def _resolve(self, index: int) -> Resolution:
        intent = self.intents[index]
        target = intent.target
        if target is None:
            return problem("no_referent")
        if target.other:
            return self._other(target)
        if target.kind == "ids" and target.bare and intent.kind != "restore":
            return self._bare_number(target.ids[0])
        if target.kind == "ids" and intent.kind != "restore":
            return self._numbers(target.ids)
        if target.kind == "ids":
            return Resolution("ready", tuple(self._task(i) for i in target.ids))
        if intent.kind == "restore" and target.kind in ("it", "them"):
            # "bring it back": the task deleted just before, never another one.
            if self.toolbox.has("restore_task"):
                return self._from_trash(target)
            return self._readd(intent, target)
        if target.kind in ("it", "them"):
            return self._pronoun(index, intent, target)
        if intent.kind == "restore" and target.kind == "ordinal" and self.snapshot is None:
            # "put the first one back" after a list of finished tasks: whether the task is
            # still there (a reopen, never a copy) shows in the list
            return WAIT_LIST
        if target.kind == "ordinal":
            return self._ordinal(intent, target)
        if intent.kind == "restore" and self.toolbox.has("restore_task"):
            return self._from_trash(target)
        if intent.kind == "restore":
            return self._readd(intent, target)
        if target.kind == "words" and target.copy:
            return self._copy(index, intent, target)
        if target.kind == "words":
            return self._by_remark(index, self._words(intent, target))
        return self._scope(intent, target)

    def _by_remark(self, index: int, res: Resolution) -> Resolution:
        """ "spoke to dave, he's cool with moving the bbq to sunday": a deed whose words fit
        several tasks, told with a remark after it, is the one task the remark's words name
        more than they name any other; a remark of what is still to do ("still need to venmo
        him") names no deed done, and the question stays."""
        intent = self.intents[index]
        if res.problem != "ambiguous" or intent.kind != "complete" or len(res.candidates) < 2:
            return res
        after = self.intents[index + 1] if index + 1 < len(self.intents) else None
        if after is None or after.kind != "unknown" or not after.text:
            return res
        if _NOT_DONE_REMARK_RE.search(after.text):
            return res
        said = sorted(((shared_words(after.text, t), t.id) for t in res.candidates), reverse=True)
        if said[0][0] == 0 or said[0][0] == said[1][0]:
            return res
        task = next(t for t in res.candidates if t.id == said[0][1])
        target = intent.target
        assert target is not None
        if CONTACTED_RE.match(target.text) and not (
            CONTACT_TASK_RE.match(task.title) or _talking(task.title)
        ):
            return res  # ("called dave, he's paying me back for the concert": no Venmo done)
        return Resolution("ready", (task,))

    def _other(self, target: Target) -> Resolution:
        """ "no, the other one": of the candidates (the tasks a question named, else those the
        words of the request loosely name), the ones not in focus (the task acted on or asked
        about). One is the task meant; several (or none) are a question, never a guess."""
        pool = list(target.within)
        if not pool and target.text:
            if self.snapshot is None:
                return WAIT_LIST
            pool = [t.id for t in overlapping(target.text, self.snapshot)]
        # (an undo with no trash to restore from brings the task in focus back as a new one)
        others = [i for i in pool if i not in target.ids and i not in self._added_now()]
        if len(others) == 1:
            return Resolution("ready", (self._task(others[0]),))
        if not others:
            return problem("no_referent")
        return problem("ambiguous", candidates=[self._task(i) for i in others])

    def _copy(self, index: int, intent: Intent, target: Target) -> Resolution:
        """ "I added the permit thing twice, delete one of them": the newest copy of the one
        open title listed more than once that the words (or the clause before) name; a
        question when no title, or more than one, is listed twice."""
        if self.snapshot is None:
            return WAIT_LIST
        copies: dict[str, list[TaskInfo]] = {}
        for task in self.snapshot:
            if not task.completed:
                copies.setdefault(" ".join(task.title.casefold().split()), []).append(task)
        groups = [tasks for tasks in copies.values() if len(tasks) > 1]
        words = copy_of(target.text) or ""
        if not groups and words:
            # "delete the copy of lease task" with 'Make copy of lease' listed once
            return self._words(intent, replace(target, copy=False))
        said = words or next(
            (i.text for i in reversed(self.intents[:index]) if i.kind == "unknown" and i.text),
            "",
        )
        if said and len(groups) > 1:
            named = {t.id for t in match_tasks(said, self.snapshot).tasks}
            groups = [g for g in groups if named & {t.id for t in g}]
        if not groups and said:
            groups = _near_copies(said, [t for t in self.snapshot if not t.completed])
        if not groups:
            return problem("no_referent")
        if len(groups) > 1:
            return problem("ambiguous", candidates=[t for g in groups for t in g])
        return Resolution("ready", (max(groups[0], key=lambda t: t.id),))

    def _pronoun(self, index: int, intent: Intent, target: Target) -> Resolution:
        res = self._pronoun_set(index, intent, target)
        if target.kind != "them" or not target.ordinal or res.state != "ready":
            return res
        # "the first of those two": one task of the ones named, by its place among them
        n = target.ordinal
        if len(res.tasks) < 2 or len(res.tasks) < abs(n):
            return problem("ambiguous", candidates=res.tasks)
        return Resolution("ready", (res.tasks[n - 1 if n > 0 else n],))

    def _pronoun_set(self, index: int, intent: Intent, target: Target) -> Resolution:
        antecedent = self._antecedent(index, intent)
        if antecedent is not None and target.kind == "it" and len(antecedent.tasks) > 1:
            # "it" names one task: an antecedent that covers several is a question.
            return problem("ambiguous", candidates=antecedent.tasks)
        if antecedent is not None:
            return antecedent
        if (
            intent.kind in ("delete", "complete")
            and self._after_news(index)
            and not (intent.kind == "delete" and self._one_add_taken_back())
        ):
            # "the old bike is in the shed, delete it": news naming no task, then "it", is
            # never the task talked about before; which one is asked
            return problem("no_referent")
        if _new_verb(intent) and target.kind == "it":
            # "change it to call instead" after "add email Dr Lee and text the plumber": a new
            # verb fits either task just added, so which one is asked, never the last guessed
            several, _ = self._history_referent(plural=True)
            if len(several) > 1:
                return problem("ambiguous", candidates=[self._task(i) for i in several])
        ids, candidates = self._history_referent(plural=target.kind == "them", want=target.span)
        if target.span == 2 and ids and len(ids) != 2:
            # "both" names two tasks: anything else is a question.
            return problem("ambiguous", candidates=[self._task(i) for i in ids])
        if ids:
            return Resolution("ready", tuple(self._task(i) for i in ids))
        if target.hint:
            return self._words(intent, Target("words", text=target.hint))
        if candidates:
            return problem("ambiguous", candidates=[self._task(i) for i in candidates])
        if (
            intent.kind == "complete"
            and target.kind == "them"
            and target.every
            and target.span > 1
            and not any(i.kind in ("list", "count") for i in self.intents[:index])
        ):
            # (never after a listing asked in the message: "what's done? tick them all"; and
            # never "all of them" with no count said: "mark all of them done na, I'm tired of
            # seeing them" is a question, as a wrong tick of every task would be a harm)
            return self._every_open(target)
        return problem("no_referent")

    def _every_open(self, target: Target) -> Resolution:
        """ "all 3 done", "both are done" with no task talked about: every open task, when they
        are as many as said ("both" with three open tasks, or "all 4" with three, is a
        question)."""
        if self.snapshot is None:
            return WAIT_LIST
        pending = tuple(t for t in self.snapshot if not t.completed)
        if not pending or (target.span > 1 and len(pending) != target.span):
            return problem("no_referent")
        return Resolution("ready", pending)

    def _one_add_taken_back(self) -> bool:
        """Whether the message takes back the one task the previous turn added, said first
        ("ah no forget it, my cousin is driving, delete" after "add buy bus ticket to Cusco"):
        the news after it is why, and "it" is that task. Never after other changes, nor
        after several adds (which one is asked)."""
        if not self.conv.previous or not _takes_back_re().match(self.said):
            return False
        changes = [
            c
            for c in self.conv.previous[-1].calls
            if c.name in MUTATING and c.result is not None and c.result.ok
        ]
        return len(changes) == 1 and changes[0].name == "add_task"

    def _after_news(self, index: int) -> bool:
        """Whether the clause before this one in the message was news of a thing of its own
        ("the old bike is in the shed"), no request; news that points back ("i paid it
        already") is of the task talked about."""
        before = self.intents[index - 1] if index > 0 else None
        return (
            before is not None
            and before.kind == "unknown"
            and _NEWS_OF_A_THING_RE.search(before.text) is not None
            and _POINTS_BACK_RE.search(before.text) is None
        )

    def _two_named(self, intent: Intent, said: str) -> Resolution | None:
        """ "the fun run is the same day as the hen party. take it off": a clause whose sides
        each name a task of their own leaves "it" open, a question; None otherwise."""
        parts = _SIDE_BY_SIDE_RE.split(said)
        if len(parts) < 2:
            return None
        named: dict[int, TaskInfo] = {}
        for part in parts:
            if not content_stems(part):
                continue
            res = self._clause_words(intent, part)
            if res.state == "ready" and len(res.tasks) == 1:
                named.setdefault(res.tasks[0].id, res.tasks[0])
            elif self.snapshot is not None:
                # ("the fun run falls on the same weekend as ...": a side with words of its own
                # beside the task's still names it, when it shares words with no other)
                loose = overlapping(part, self.snapshot)
                if len(loose) == 1:
                    named.setdefault(loose[0].id, loose[0])
        if len(named) < 2:
            return None
        return problem("ambiguous", candidates=list(named.values()))

    def _clause_words(self, intent: Intent, text: str) -> Resolution:
        """The tasks a narrative clause (or one side of it) names for ``intent``, matched once
        a turn however many "it"s look back to the clause (``_words`` reads of the intent only
        its kind, text, verb and title)."""
        key = (intent.kind, intent.text, intent.verb, intent.title, text)
        if key not in self._clauses:
            self._clauses[key] = self._words(intent, Target("words", text=text))
        return self._clauses[key]

    def _tasks_there(
        self, visit: Intent, target: Target | None, res: Resolution
    ) -> tuple[TaskInfo, ...]:
        """ "I went to Éxito, mark them done" with 'Buy arepas at Éxito' and 'Buy milk at
        Éxito': a plural "them" (or "both") after a visit to a place several open tasks carry
        the name of is each of them (as many as said); () otherwise (a singular "it" still
        asks which)."""
        if (
            target is None
            or target.kind != "them"
            or visit.text != "visit"
            or visit.target is None
            or visit.target.kind != "words"
            or res.problem != "ambiguous"
            or self.snapshot is None
        ):
            return ()
        there = covering(visit.target.text, [t for t in self.snapshot if not t.completed])
        if len(there) < 2 or (target.span > 1 and len(there) != target.span):
            return ()
        return tuple(there)

    def _antecedent(self, index: int, intent: Intent) -> Resolution | None:
        """What "it" means inside one message: the task the previous clause named or added;
        "both" / "them" after several adds: all the tasks those adds made."""
        target = self.intents[index].target
        adds = list(
            itertools.takewhile(lambda j: self.intents[j].kind == "add", range(index - 1, -1, -1))
        )
        if target is not None and target.kind == "them" and len(adds) >= 2:
            results = [self._add_result(j) for j in reversed(adds)]
            if any(r is None for r in results):
                return WAIT_ADDS
            made = tuple(t for r in results if r is not None and (t := r.task()) is not None)
            return Resolution("ready", made) if made else problem("no_referent")
        for j in range(index - 1, -1, -1):
            prev = self.intents[j]
            if prev.kind == "add":
                result = self._add_result(j)
                if result is None:
                    return WAIT_ADDS
                task = result.task()
                if task is None:
                    return problem("no_referent")
                return Resolution("ready", (task,))
            if prev.kind in TARGETED_KINDS and prev.target is not None:
                res = self._base(j)
                if res.state != "problem":
                    self._referred[index] = j
                    return res
                there = self._tasks_there(prev, target, res)
                if there:
                    self._referred[index] = j
                    return Resolution("ready", there)
                continue
            unwanted = _UNWANTED_RE.sub(" ", prev.text)  # "they don't want a videographer"
            # ("the payment of the water bill didn't go through, make it open again": news that
            # something is not so names the task a reopen is of)
            turned = intent.kind != "reopen" and _TURN_AROUND_RE.search(unwanted)
            if prev.kind == "unknown" and prev.text and not turned:
                # A narrative clause ("the tomatoes aren't urgent, so lower that one"): its
                # words name the task when they name exactly one.
                # ("the photographer and the Harris deposit are both urgent now, bump both of
                # them": "them" means the two; only a singular "it" is left open)
                both = (
                    None
                    if target is not None and target.kind == "them"
                    else self._two_named(intent, prev.text)
                )
                if both is not None:
                    return both
                res = self._clause_words(intent, prev.text)
                if res.state != "problem":
                    return res
                unwanted_thing = _UNWANTED_THING_RE.search(prev.text)
                if unwanted_thing is not None and content_stems(unwanted_thing["x"]):
                    res = self._words(intent, Target("words", text=unwanted_thing["x"]))
                    if res.state == "ready":
                        return res
                named = _STATE_SAID_RE.sub("", prev.text)
                if named != prev.text and content_stems(named):
                    # "the photographer and the Harris deposit are both urgent now": the words
                    # before what is said of them name the tasks
                    res = self._words(intent, Target("words", text=named))
                    if res.state != "problem":
                        return res
                if self.snapshot is not None:
                    loose = overlapping(prev.text, self.snapshot)
                    if len(loose) == 1:
                        return Resolution("ready", tuple(loose))
                    coded = self._by_number(prev.text)
                    if coded is not None:
                        return Resolution("ready", (coded,))
                continue
            if prev.kind in ("list", "count"):
                break
        return None

    def _bare_number(self, number: int) -> Resolution:
        """ "4412 resolved": task 4412 when there is one, else the one task whose title
        carries the number (a ticket, a load); the list is read first to tell which."""
        if self.snapshot is None:
            return WAIT_LIST
        if number in self.snapshot_by_id:
            return Resolution("ready", (self.snapshot_by_id[number],))
        carried = self._by_number(str(number))
        if carried is not None:
            return Resolution("ready", (carried,))
        return problem("not_found", str(number))

    def _numbers(self, ids: tuple[int, ...]) -> Resolution:
        """ "done 2" names task #2: todochat's lists show ids ('X' (#91)), not places. But a
        number that is a place in the list just shown and not one of its ids ("done 2" under
        #90, #91, #92) may mean that place: when task #2 does not exist, or is not in that
        list, ask which (naming the task at that place), never act on either by guess."""
        shown = self._history_sequence() or []
        unsure = [n for n in ids if n not in shown and 1 <= n <= len(shown)]
        if not unsure:
            return Resolution("ready", tuple(self._task(i) for i in ids))
        if self.snapshot is None:
            return WAIT_LIST
        n = unsure[0]
        place = self._task(shown[n - 1])
        by_id = self.snapshot_by_id.get(n)
        return problem("id_or_place", str(n), candidates=[t for t in (by_id, place) if t])

    def _added_now(self) -> set[int]:
        """The tasks this turn's adds made."""
        return {
            t.id
            for c in self.conv.current.calls
            if c.name == "add_task" and c.result is not None and (t := c.result.task())
        }

    def _by_number(self, text: str) -> TaskInfo | None:
        """ "4415 hits Raj too. retitle it ...": the one task whose title carries a number of
        three digits or more said in the clause (a ticket, a load, an invoice)."""
        found: set[int] = set()
        added = self._added_now()  # never the one a number reports on
        for number in _LONG_NUMBER_RE.findall(text):
            rx = re.compile(rf"(?<!\d){re.escape(number)}(?!\d)")
            found.update(t.id for t in self.snapshot or [] if rx.search(t.title))
        found -= added
        return self._task(found.pop()) if len(found) == 1 else None

    def _history_referent(self, plural: bool, want: int = 1) -> tuple[list[int], list[int]]:
        """The tasks "it"/"them" name from earlier turns: the last ones acted on, or shown.

        ``want`` tasks ("both" wants two) may come from several turns of single changes
        ("add X", "add Y", "both done").
        """
        gathered: list[int] = []
        for turn in reversed(self.conv.previous):
            acted: list[int] = []
            for call in turn.calls:
                if call.name not in MUTATING or call.result is None or not call.result.ok:
                    continue
                task = call.result.task(fallback_id=int_arg(call.args.get("task_id")))
                if task is not None:
                    acted.append(task.id)
            if acted:
                gathered = unique([*acted, *gathered])
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

    def _history_sequence(self, singles: bool = False) -> list[int] | None:
        """The last list the user saw: a listing, or a reply naming several tasks; None when
        there is none, or the last listing showed nothing ("I couldn't find any tasks matching
        'home'"). With ``singles`` (what ordinals index into) the tasks named one at a time
        since ("I've added 'X'") follow it, and with no list they are the list, in the order
        the chat named them."""
        named: list[int] = []  # tasks named one at a time, newest first
        for turn in reversed(self.conv.previous):
            mentioned = turn.mentioned_ids()
            listed = turn.listed()
            display = listed is not None and not any(c.name in MUTATING for c in turn.calls)
            if len(mentioned) > 1 or (display and mentioned):
                return list(dict.fromkeys([*mentioned, *reversed(named)]))
            if display or (not singles and (mentioned or turn.calls)):
                break
            named.extend(reversed(mentioned))
        return list(dict.fromkeys(reversed(named))) or None

    def _ordinal(self, intent: Intent, target: Target) -> Resolution:
        """ "the second one" indexes the last list the user saw. With none shown in this
        conversation the user may be reading any list (a listing that failed, another app), so
        a change asks about the task at that place in the whole list before acting on it."""
        sequence = list(target.within) or self._history_sequence(singles=True)
        unseen = sequence is None
        if sequence is None:
            if self.snapshot is None:
                return WAIT_LIST
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
            if n == MIDDLE:
                # "the middle one": of an odd list the one half way down; else ask which
                half = len(sequence) // 2
                if len(sequence) % 2 == 0 or len(sequence) < 3:
                    middle = sequence[max(half - 1, 0) : half + 1]
                    return problem("ambiguous", candidates=tuple(self._task(i) for i in middle))
                chosen.append(sequence[half])
                continue
            idx = n - 1 if n > 0 else len(sequence) + n
            if not 0 <= idx < len(sequence) or idx + span > len(sequence):
                return problem("out_of_range", size=len(sequence), phrase=str(n))
            chosen.extend(sequence[idx : idx + span])
        tasks = tuple(self._task(i) for i in dict.fromkeys(chosen))
        if unseen and intent.kind != "status":
            return problem("ambiguous", candidates=tasks)
        return Resolution("ready", tasks)

    def _words(self, intent: Intent, target: Target) -> Resolution:
        if self.snapshot is None:
            return WAIT_LIST
        pool: Sequence[TaskInfo] = self.snapshot
        added = self._added_now()
        if added and intent.kind != "add":
            # "move therapy to thursday. and add a task to write down stuff for therapy": the
            # words of a change name a task that was there before this message, when one fits
            # (the list may have been read after the add, or before it)
            before = [t for t in pool if t.id not in added]
            if match_tasks(target.text, before).kind != "none":
                pool = before
        if target.within:
            inside = [t for t in self.snapshot if t.id in target.within]
            if match_tasks(target.text, inside).kind != "none":
                pool = inside
        if target.status != "all":
            # "delete the Mehta one which is already done": of the tasks the words name, those
            # of the status said; when none is, the words alone do not decide: ask
            said = [t for t in pool if t.completed == (target.status == "completed")]
            if match_tasks(target.text, said, exact=target.exact).kind == "none":
                named = match_tasks(target.text, pool, exact=target.exact)
                if named.tasks:
                    return problem("ambiguous", target.text, named.tasks)
                return problem("not_found", target.text)
            pool = said
        prefer = {"complete": False, "reopen": True}.get(intent.kind)
        if intent.text == "state":
            return _by_state(intent.verb, target.text, pool, prefer)
        if target.span > 1 and not target.exact:
            each = self._each_named(target, pool, prefer)
            if each is not None:
                return each
        result = match_tasks(target.text, pool, prefer_completed=prefer, exact=target.exact)
        if result.kind == "ambiguous" and not target.exact and intent.text == "":
            result = self._before_reason(target.text, pool, prefer, result)
        if result.kind == "ambiguous" and not target.exact:
            result = _on_its_day(target.text, pool, prefer, result)
        if result.kind in ("unique", "ambiguous") and _leaves_undone(intent, result.tasks):
            # "the tokens are finished" for 'Pay KPLC tokens', "milk is finished" for 'Buy
            # milk': in many Englishes the thing ran out; "the gas bill came" for 'Pay the gas
            # bill': it was received. The task is still to do; ask.
            return problem("ambiguous", target.hint or target.text, result.tasks)
        if (
            result.kind == "ambiguous"
            and len(result.tasks) == 1
            and len(content_stems(target.hint)) >= 2  # "car washed" is too little to go on
        ):
            # "flat 4 tenant finally paid": the deed's verb may be absent from the title
            # ('Chase flat 4 tenant about late rent'); the words without it must name it alone.
            plain = match_tasks(target.hint, pool, prefer_completed=prefer)
            if plain.kind == "unique" and plain.tasks == result.tasks:
                if intent.text != "hearsay":
                    return Resolution("ready", result.tasks)
                # someone else's deed is still weighed below ("the mombasa supplier called"
                # for 'Send stock list to Mombasa supplier': they contacted the user; ask)
                result = plain
        if (
            result.kind == "unique"
            and intent.kind in _NAMED_CHANGES
            and names_another_thing(target.text, result.tasks[0], deed=True)
        ):
            # "delete the task about car wash" with only 'Renew car license': the words share
            # "car" but name a deed done to it (a wash, not the license); asked, never a
            # change of the task that only half fits
            return problem("ambiguous", target.text, result.tasks)
        if result.kind == "unique" and _repeats_title(intent, target, result.tasks[0]):
            return problem("ambiguous", target.text, result.tasks)
        if result.kind == "unique" and _deed_names_the_thing(intent, target, result.tasks[0]):
            return problem("ambiguous", target.text, result.tasks)
        if (
            result.kind == "unique"
            and intent.text == "hearsay"
            and shared_words(target.text, result.tasks[0]) < _HEARSAY_WORDS
        ):
            # "the landlord fixed the boiler" for 'Fix the boiler': someone else's deed on
            # one shared word may be news, not the task done; ask first.
            return problem("ambiguous", target.text, result.tasks)
        if (
            result.kind == "unique"
            and intent.text == "hearsay"
            and _handed_over_by_them(intent.verb, target.text, result.tasks[0].title)
        ):
            # "kofi gave back the drill" for 'Borrow drill from Kofi' or 'Return Kofi's drill':
            # the one the thing is got from or given to handed it over, their deed, the other
            # way from the user's; ask
            return problem("ambiguous", target.hint or target.text, result.tasks)
        if (
            result.kind == "unique"
            and intent.text == "hearsay"
            and _given_the_other_way(intent.verb, result.tasks[0].title)
        ):
            # "mama sent me money" for 'Send money to Mama', "jake paid me back" for 'Pay Jake
            # back': the user was given what the task is to give; ask.
            return problem("ambiguous", target.hint or target.text, result.tasks)
        if (
            result.kind == "unique"
            and intent.text == "hearsay"
            and (
                intent.verb.endswith(" me")
                if CONTACT_TASK_RE.match(result.tasks[0].title)
                else CONTACTED_RE.match(intent.verb) or _NEWS_ABOUT_RE.search(target.text)
            )
        ):
            # "sarah emailed me about the report" for 'Email Sarah about the report', "the
            # plumber called" for 'Call the plumber': they contacted the user ("my husband
            # called the plumber" still does it); a contact does no other task ("school rang,
            # kids need picking up early" for 'Pick up kids from school'), nor does news about
            # one ("the school sent a note about picking up the kids"). Whether it does the
            # task is the user's to say.
            return problem("ambiguous", target.hint or target.text, result.tasks)
        if (
            result.kind == "unique"
            and intent.kind == "delete"
            and intent.text == "news"
            and _a_deed_for_it(target.text, result.tasks[0])
        ):
            # "the train to Leipzig is cancelled" for 'Book Zugticket to Leipzig': the thing is
            # off, but whether the task of doing something for it goes is the user's to say
            return problem("ambiguous", target.text, result.tasks)
        if (
            result.kind == "unique"
            and intent.text == "visit"
            and not _only_the_visit(target.text, result.tasks[0])
            and not _visit_for_its_purpose(target.text, result.tasks[0])
        ):
            return problem("ambiguous", target.text, result.tasks)
        if intent.text == "visit":
            # "i went to the dentist" with 'Call the dentist' and 'Dentist appointment': the
            # one that is the visit; two visits there (or none) ask
            visits = [t for t in result.tasks if _only_the_visit(target.text, t)]
            if result.kind == "ambiguous" and len(visits) == 1:
                return Resolution("ready", tuple(visits))
        several = (
            ()
            if target.exact or intent.text == "visit"
            else self._several(target.text, pool, prefer)
        )
        dropped = (
            self._dropped_part(target.text, pool, prefer, result.tasks[0])
            if result.kind == "unique" and not several and not target.exact
            else ""
        )
        if dropped:
            # "mark council tax and the yoga one done": a part said as a task of its own that
            # names none is asked about, never silently left out
            return problem("not_found", dropped)
        if result.kind == "unique" and not (
            len(several) > 1
            and not set(content_stems(target.text)) <= set(content_stems(result.tasks[0].title))
        ):
            # "the signage one and the cake tasting" may match the cake task best of all, but
            # names two tasks: the one that has every word said is the one, else each part
            return Resolution("ready", result.tasks)
        if several:
            return Resolution("ready", several)
        if result.kind == "ambiguous" and not target.exact:
            group = _group_named(target.text, pool, prefer)
            if group:
                return Resolution("ready", group)
            carrying = [t for t in result.tasks if same_repeat(intent.replaced, t.repeat)]
            if len(carrying) == 1:
                # "the bins thing should be every fortnight not every week" with 'Put out bins'
                # (every week) and 'Pay bin charges': the one carrying the value to replace
                return Resolution("ready", tuple(carrying))
        if result.kind == "ambiguous":
            return problem("ambiguous", target.text, result.tasks)
        head = without_reason(target.text)
        if head != target.text and content_stems(head):
            # "the gym one, no tengo tiempo", "'apply for the Fulbright', missed the deadline",
            # "the clinic flyers corporate is sending them": a reason after it names no task
            return self._words(intent, replace(target, text=head, exact=False))
        bare = without_when(target.text)
        if intent.kind == "complete" and bare != target.text and content_stems(bare):
            # "booked the NCT on my way to work": when or on the way to where a deed was done
            # names no task
            return self._words(intent, replace(target, text=bare, exact=False))
        return problem("not_found", target.text)

    @staticmethod
    def _before_reason(
        text: str, pool: Sequence[TaskInfo], prefer: bool | None, result: MatchResult
    ) -> MatchResult:
        """ "scrap the PTA cupcakes thing they cancelled the sale": the words of a reason said
        after the task's name without a pause make the whole a weak match; the words before
        it name the task when they name it alone, it was among those the whole half-named, and
        the reason's own words name no other task."""
        head = without_reason(text)
        tail = text[len(head) :]
        if head == text or not content_stems(head):
            return result
        if _NEGATED_RE.search(tail) and not _PAUSED_RE.match(tail):
            return result  # "pay rent isn't (done)": a word that turns it around is no reason
        named = match_tasks(head, pool, prefer_completed=prefer)
        if named.kind != "unique" or named.tasks[0] not in result.tasks:
            return result
        rest = [t for t in pool if t != named.tasks[0]]
        if match_tasks(text[len(head) :], rest).kind != "none":
            return result
        return named

    def _from_trash(self, target: Target) -> Resolution:
        """A deleted task named by id or words, found in the trash (list_tasks status=deleted)."""
        if target.kind == "ids":
            return Resolution("ready", tuple(TaskInfo(i, "") for i in target.ids))
        if self.trash is None:
            return WAIT_TRASH
        if target.kind in ("it", "them", "all"):
            pool = self.trash if target.kind == "all" else self._recently_deleted(self.trash)
            if len(pool) == 1 or (pool and target.kind != "it"):
                return Resolution("ready", tuple(pool))
            return problem("ambiguous", candidates=pool) if pool else problem("none_deleted")
        result = match_tasks(target.text, self.trash)
        if result.kind == "unique":
            return Resolution("ready", result.tasks)
        if result.kind == "ambiguous":
            return problem("ambiguous", target.text, result.tasks)
        return problem("not_found", target.text)

    def _recently_deleted(self, trash: Sequence[TaskInfo]) -> list[TaskInfo]:
        """The trashed tasks this chat deleted in its last three turns (a delete that
        failed deleted nothing); else the one deleted last anywhere (the web app, another
        chat), when that was within RECENTLY_DELETED (the trash lists it first)."""
        ids = {
            int_arg(c.args.get("task_id"))
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
                    task = call.result.task(fallback_id=int_arg(call.args.get("task_id")))
                    if task is not None and task.title:
                        deleted.append(self.known.get(task.id, task))
        if target.kind == "words":
            result = match_tasks(target.text, deleted)
            if result.kind == "unique":
                return Resolution("ready", result.tasks)
        elif target.kind in ("it", "them"):
            if not deleted:
                return problem("none_deleted")
            return Resolution("ready", tuple(deleted[-1:] if target.kind == "it" else deleted))
        # Nothing deleted here by that name: "restore X" may mean "reopen X".
        return (
            self._words(replace(intent, kind="reopen"), target)
            if target.kind == "words"
            else (problem("not_found", target.text))
        )

    @staticmethod
    def _dropped_part(
        text: str, pool: Sequence[TaskInfo], prefer: bool | None, found: TaskInfo
    ) -> str:
        """The part of "X and the Y one" said as a task of its own ("the ... one", "the other
        one") that names no task and no word of the task found, else ""."""
        parts = [p.strip() for p in _PARTS_RE.split(text) if p and p.strip()]
        if len(parts) < 2:
            return ""
        for part in parts[1:]:
            if not _A_TASK_SAID_RE.fullmatch(part):
                continue
            if set(content_stems(part)) & set(content_stems(found.title)):
                continue
            if match_tasks(part, pool, prefer_completed=prefer).kind == "none":
                return part
        return ""

    @staticmethod
    def _each_named(
        target: Target, pool: Sequence[TaskInfo], prefer: bool | None
    ) -> Resolution | None:
        """ "both the visa photos and the bank transfer", "finished both, the asado shopping and
        the call to the plumber": as many things named as said, each the one task it names,
        even loosely (the count says each is a task: 'asado shopping' is 'Buy meat for the
        asado'); a thing that names no task is said so (``phrase``), and no other task is
        ticked for it; one that names several asks. None when the parts are not as many as
        said, or two name one task: the words are read as a whole."""
        parts = [p.strip() for p in _PARTS_RE.split(target.text) if p and p.strip()]
        if len(parts) != target.span:
            return None
        found: list[TaskInfo] = []
        missing: list[str] = []
        for part in parts:
            r = match_tasks(part, pool, prefer_completed=prefer)
            if r.kind == "none" and without_when(part) != part:
                r = match_tasks(without_when(part), pool, prefer_completed=prefer)
            if r.kind == "none":
                missing.append(part)
            elif r.kind == "unique" or len(r.tasks) == 1:
                found.append(r.tasks[0])
            else:
                return problem("ambiguous", part, r.tasks)
        if not found or len(set(found)) != len(found):
            return None
        return Resolution("ready", tuple(found), phrase="' and '".join(missing))

    @staticmethod
    def _several(text: str, pool: Sequence[TaskInfo], prefer: bool | None) -> tuple[TaskInfo, ...]:
        """ "groceries and the dog": each part names its own task."""
        parts = [p.strip() for p in _PARTS_RE.split(text) if p and p.strip()]
        if len(parts) < 2:
            return ()
        found: list[TaskInfo] = []
        for part in parts:
            r = match_tasks(part, pool, prefer_completed=prefer)
            if r.kind == "none" and without_when(part) != part:
                # "and I grabbed the dry cleaning on the way home": when it was done names no task
                r = match_tasks(without_when(part), pool, prefer_completed=prefer)
            if r.kind != "unique":
                return ()
            found.append(r.tasks[0])
        unique = tuple(dict.fromkeys(found))
        return unique if len(unique) == len(parts) else ()

    def _scope(self, intent: Intent, target: Target) -> Resolution:
        if self.snapshot is None:
            return WAIT_LIST
        status = target.status
        if status == "all" and intent.kind == "complete":
            status = "pending"
        elif status == "all" and intent.kind == "reopen":
            status = "completed"
        pool = [
            t for t in self.snapshot if status == "all" or t.completed == (status == "completed")
        ]
        if target.hint and not target.text:
            # "delete everything to do with it": the topic said before, if it names tasks
            topic = spoken_topic(target.hint, pool)
            if not topic:
                return problem("no_referent")
            target = replace(target, text=topic)
        due = list_filter(target.text).due if target.text else None
        if due and self.toolbox.accepts("list_tasks", "due"):
            # "mark everything due today as done": the tool knows the user's today
            listed = self.executed.get(due_list_call(due).key)
            if listed is None:
                return Resolution("wait_due", phrase=due)
            if listed.result is None or not listed.result.ok:
                return problem("not_found", target.text)
            ids = {t.id for t in listed.result.tasks()}
            pool = [t for t in pool if t.id in ids]
        elif due == "overdue":
            pool = [t for t in pool if t.overdue]  # "mark all overdue as done"
        elif target.text:
            scoped = scope_tasks(target.text, pool, whole=not target.hint)
            if target.hint:
                # "remove all the trip stuff" after "our cebu trip got cancelled": the tasks
                # either name says (see understand/passes.py ``news_then_asked``)
                also = {t.id for t in scope_tasks(target.hint, pool)}
                scoped = [t for t in pool if t in scoped or t.id in also]
            if len(scoped) == len(pool) > 1 and kind_tasks(target.text, pool) is not None:
                # "mark all the shopping ones done" when every task is a buying one: the kind
                # sets none apart, so which are meant is asked, never the whole list ticked
                return problem("ambiguous", target.text, scoped)
            pool = scoped
        if target.relative and not target.exclude:
            # "mark the rest as done" with no word of what the rest is beside: ask.
            return problem("no_referent")
        for n, phrase in enumerate(target.exclude):
            # "everything except the visa form": an exception that names nothing is a question.
            # the one task the words name among all of them, else each they may name ("the
            # passport one" is 'Renew passport', though 'pass' alone is in 'Print boarding pass')
            named = match_tasks(phrase, self.snapshot)
            spared = (
                list(named.tasks)
                if named.kind == "unique"
                else [t for t in self.snapshot if match_tasks(phrase, [t]).kind != "none"]
            )
            if not spared and n > 0 and (_REASON_RE.search(phrase) or _REMARK_RE.match(phrase)):
                continue  # "except the stats hw, semester's basically over": a reason, no task
            told = (
                _named_by_why(target.why, self.snapshot)
                if target.why and n == len(target.exclude) - 1
                else None
            )
            if told is not None:
                # "except the car one, still haven't got round to the NCT": the task why names
                # ('Book the NCT'), unless the exception's own words name another (ask)
                if named.kind == "unique" and named.tasks[0] != told:
                    return problem("ambiguous", phrase, [named.tasks[0], told])
                spared = [told]
            elif named.kind == "ambiguous":
                # "except the bill one" with two bills: which one is left is asked, never
                # guessed (the rest would be ticked or deleted on the guess)
                return problem("ambiguous", phrase, named.tasks)
            if not spared:
                spared = _spared_loosely(phrase, self.snapshot)
            if not spared:
                return problem("not_found", phrase)
            pool = [t for t in pool if t not in spared]
        if not pool:
            return problem("empty_scope", target.text, size=0)
        if target.span > 1 and len(pool) != target.span:
            # "both of the Kwame ones" names two tasks: anything else is a question.
            return problem("ambiguous", target.text, pool)
        return Resolution("ready", tuple(pool))


def _group_named(text: str, pool: Sequence[TaskInfo], prefer: bool | None) -> tuple[TaskInfo, ...]:
    """The tasks a group said with a plural head names ("delete the school camp ones", "tag the
    netball stuff as kids"): each carrying all its words (of the status a tick or a reopen
    wants, when it has them); () when the words are not such a group or fit fewer than two
    tasks (one, or none, is read as before). A plural head says the words name more than one
    task, so the words naming several is no question of which; a singular head ("the netball
    one") still asks."""
    m = GROUP_RE.match(text.strip())
    if m is None or not content_stems(m["x"]) or any(is_past_tense(w) for w in words(m["x"])):
        # ("school stuff bought thank god": a deed told of a thing, not a group asked of)
        return ()
    group = covering(m["x"], pool)
    if prefer is not None:
        group = [t for t in group if t.completed == prefer] or group
    return tuple(group) if len(group) > 1 else ()


_PAUSED_RE = re.compile(r"\s*(?:[,;:(]|[-–—]\s)")
_NEGATED_RE = re.compile(r"\b(?:not|never|no|nor)\b|n'?t\b", re.IGNORECASE)
# "the flat viewing on saturday", "saturday's flat viewing": a day said beside the task's name
_DAY_SAID_RE = re.compile(
    r"\b(?:(?:on|this|next|for)\s+)?(?:the\s+)?(?P<d>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"(?:day|nesday|rsday|urday)?(?:'s)?\b",
    re.IGNORECASE,
)


# "theres two mot ones on there somehow", "i have the dentist one twice": what was said twice
_TWO_OF_RE = re.compile(
    r"\b(?:two|2|double|duplicate)\s+(?P<w>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:ones|tasks|entries|"
    r"items|reminders)\b|\b(?:the\s+)?(?P<w2>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:one|task)\s+"
    r"(?:twice|two\s+times)\b",
    re.IGNORECASE,
)


def _near_copies(said: str, open_tasks: Sequence[TaskInfo]) -> list[list[TaskInfo]]:
    """ "theres two mot ones on there somehow, delete one of them" with 'book MOT' and 'book mot
    for the car': two open tasks the words name, one title's words all in the other's, are
    one task listed twice (a copy); any other pair, or more than two, is none."""
    m = _TWO_OF_RE.search(said)
    if m is None:
        return []
    named = covering(m["w"] or m["w2"], open_tasks)
    if len(named) != 2:
        return []
    a, b = (set(content_stems(t.title)) for t in named)
    return [list(named)] if a and b and (a <= b or b <= a) else []


def _on_its_day(
    text: str, pool: Sequence[TaskInfo], prefer: bool | None, result: MatchResult
) -> MatchResult:
    """ "nvm the flat viewing on saturday" for 'Flat viewing in Kreuzberg' due Sat 5 Dec: the day
    said is the task's own day, so it names the task rather than weakening the match; the
    words without it must name that task alone among those the whole half-named."""
    days = list(_DAY_SAID_RE.finditer(text))
    if len(days) != 1:
        return result
    bare = " ".join((text[: days[0].start()] + " " + text[days[0].end() :]).split())
    if not content_stems(bare):
        return result
    named = match_tasks(bare, pool, prefer_completed=prefer)
    day = days[0]["d"].lower()[:3]
    if named.kind == "ambiguous" and all(t.due for t in named.tasks):
        # "delete ellas swimming on tuesday" with 'Swimming lesson for Ella' due Tuesday and
        # again Thursday: among tasks each due some day, the day said names the one due then
        on_day = [t for t in named.tasks if (t.due or "").lower().startswith(day)]
        if len(on_day) == 1 and on_day[0] in result.tasks:
            return MatchResult("unique", (on_day[0],))
        return result
    if named.kind != "unique" or named.tasks[0] not in result.tasks:
        return result
    due = (named.tasks[0].due or "").lower()
    return named if due.startswith(day) else result


# A clause said after an exception ("..., semester's basically over", "..., we're closing"):
# it has a verb of being, where a task's name has none.
_REASON_RE = re.compile(
    r"\b(?:is|are|was|were|am|been|being)\b|\w'(?:s|re|m)\s+(?:\w+\s+)?(?:over|done|finished|"
    r"closing|closed|here|gone|away|off|back|busy|tired|basically|nearly|almost|all)\b",
    re.IGNORECASE,
)
# ... or a remark that starts as one does: who is still at it, waiting or unable ("..., still
# waiting on my payment summary", "..., i haven't heard back"), never a task's name.
_REMARK_RE = re.compile(
    r"^(?:still|not\s+yet|yet\s+to|waiting|i|i'?m|im|i'?ve|we|we'?re|we'?ve|they|they'?re|"
    r"haven'?t|hasn'?t|can'?t|cannot|because|since|cause|coz|cuz|bc)\b",
    re.IGNORECASE,
)


def _spared_loosely(phrase: str, tasks: Sequence[TaskInfo]) -> list[TaskInfo]:
    """The tasks an exception names by a part of a word of their title: "except the bank visit"
    spares 'Visit GTBank about ATM card' ("bank" in "gtbank"). Sparing is the safe way to
    err (the bulk change then leaves more alone), so an exception reads this loosely where a
    target never would."""
    said = content_stems(phrase)
    if not said:
        return []
    return [
        t
        for t in tasks
        if all(any(_inside(w, word) for word in words(t.title.lower())) for w in said)
    ]


def _inside(said: str, word: str) -> bool:
    """``said`` inside a word of a title, loosely: "bank" in "gtbank"; a word of three letters
    at the start of a longer one is another word ("car" is not "card", nor "carpet")."""
    return said in word and (len(said) > 3 or said == word or not word.startswith(said))


# Words of why an exception is left that name no task: how it is put off ("still haven't got
# round to", "not yet", "waiting on")
_WHY_FILLER = frozenset(
    stem(w)
    for w in lexicon(
        "still yet not never haven't hasnt hasn't havent didn't didnt don't dont isn't isnt "
        "aren't round around got get gotten chance time waiting wait later tomorrow pending "
        "done finished sorted even started start need needs one"
    )
    | TASK_VERBS
)


def _named_by_why(why: str, tasks: Sequence[TaskInfo]) -> TaskInfo | None:
    """The one task a word of ``why`` (an exception's reason) names, by a whole word of its
    title ("still haven't got round to the NCT": 'Book the NCT'); None for none or several."""
    said = {w for w in content_stems(why) if w not in _WHY_FILLER}
    if not said:
        return None
    named = [t for t in tasks if said & set(content_stems(t.title))]
    return named[0] if len(named) == 1 else None


# A delete that calls what it names a task ("the wipe-the-counters one", "that entry") means a
# task; not 'note' or 'thing', words of titles ("clear the notes").
_TASK_NOUN_RE = re.compile(r"\b" + task_noun("one", "entry") + r"\b", re.IGNORECASE)


def _repeats_title(intent: Intent, target: Target, task: TaskInfo) -> bool:
    """Whether a delete said with a verb repeats the title of the task it found: "wipe the
    counters", "clear the gutters", "cancel the gym membership" with 'Wipe the counters',
    'Clear the gutters', 'Cancel the gym membership' on the list may be the task said again
    (to add it, or as done) as well as a delete. A wrong delete costs a task, so the planner
    asks first ("Is that the one?"). Not when the words also name the verb ("delete wipe the
    counters"), call it a task ("remove the wipe-the-counters task") or quote it."""
    verb = intent.verb
    if intent.kind != "delete" or not verb or target.exact:
        return False
    first = task.title.split(None, 1)[0].lower() if task.title.strip() else ""
    said = target.text.lower()
    return (
        first == verb
        and not re.search(rf"\b{re.escape(verb)}\b", said)
        and not (_TASK_NOUN_RE.search(said))
    )


def _deed_names_the_thing(intent: Intent, target: Target, task: TaskInfo) -> bool:
    """Whether the past form a completion starts with is the thing's own name in the title it
    found: "fried chicken friday" for 'Buy fried chicken', "scrambled eggs lol" for 'Get
    scrambled eggs mix', "used car lot tomorrow" for 'Visit the used car lot'. Said alone, such
    words are no deed done, so the planner asks first ("called mom" for 'Call mom' is a deed:
    the title has the verb, not the past form)."""
    if intent.kind != "complete" or target.exact or intent.verb:
        return False
    said = words(target.text.lower())
    # (a participle used as a name ends in -ed; "lit review" after "finished the" is no deed)
    if len(said) < 2 or not said[0].endswith("ed") or not is_past_tense(said[0]):
        return False
    title = words(task.title.lower())
    return any(title[i : i + 2] == said[:2] for i in range(1, len(title) - 1))


def _by_state(state: str, thing: str, pool: Sequence[TaskInfo], prefer: bool | None) -> Resolution:
    """ "the bins are out": the one task of that thing that brings the state about ('Put the
    bins out'); a task of the thing that does not ('Bring the bins in', 'Buy bin bags') is
    asked about, and two that do ('Put the bins out', 'Take the bins out') are a question."""
    doing = [t for t in pool if brings_about(state, t.title)]
    named = match_tasks(thing, doing, prefer_completed=prefer)
    if named.kind == "unique":
        return Resolution("ready", named.tasks)
    if named.kind == "none":
        named = match_tasks(thing, pool, prefer_completed=prefer)
    if named.tasks:
        return problem("ambiguous", thing, named.tasks)
    return problem("not_found", thing)


# A task of getting a thing, which the thing said "finished" (run out) leaves to do.
_FETCHING_RE = re.compile(r"^(?:pick\s+up|collect|fetch|get|grab)\b", re.IGNORECASE)
_GETTING_RE = re.compile(
    r"^(?:buy|get|order|pay(?:\s+for)?|purchase|restock|refill|top\s+up|pick\s+up|collect)\b",
    re.IGNORECASE,
)


def _leaves_undone(intent: Intent, tasks: Sequence[TaskInfo]) -> bool:
    """Whether the state said of the thing leaves the one task found to do: "finished" (run
    out) a task of getting it, "ready" (to be collected) a task of fetching it, "arrived"
    (received) a task of giving it."""
    if intent.kind != "complete" or len(tasks) != 1:
        return False
    if intent.verb == "finished":
        return bool(_GETTING_RE.match(tasks[0].title))
    if intent.verb == "ready":
        return bool(_FETCHING_RE.match(tasks[0].title))
    return intent.verb == "arrived" and giving(tasks[0])


def _handed_over_by_them(verb: str, said: str, title: str) -> bool:
    """Whether the one a title gives a thing to ('Return Kofi's drill', 'Return the projector
    to Priya') is said to have handed it over, or the one it borrows from to have given it
    back ("kofi gave back the drill" for 'Borrow drill from Kofi'), ``said`` starting with the
    doer: their deed, none of the user's."""
    handing, borrowing = word_stems("handing_over"), word_stems("borrowing")
    did, title_words, said_words = verb.split()[:1], words(title), words(said)
    if not (did and title_words and said_words) or stem(did[0]) not in handing:
        return False
    first = stem(title_words[0])
    back = stem(did[0]) == stem("return") or "back" in said_words
    if first not in handing and not (first in borrowing and back):
        return False
    other = {
        stem(w)
        for i, w in enumerate(title_words)
        if w.endswith("'s") or (i > 0 and title_words[i - 1] in ("to", "from"))
    }
    return stem(said_words[0]) in other


def _given_the_other_way(verb: str, title: str) -> bool:
    """Whether someone did to the user ("sent me", "paid us") what the title has the user do."""
    said = verb.split()
    first = words(title)[:1]
    return len(said) == 2 and said[1] == "me" and bool(first) and stem(first[0]) == stem(said[0])


def _new_verb(intent: Intent) -> bool:
    """Whether ``intent`` renames to a title that starts with a task's verb ("call", "text
    her", "order cake")."""
    first = intent.title.split()[0].lower() if intent.title.split() else ""
    return intent.kind == "rename" and first in TASK_VERBS
