"""Bulk scopes: which tasks "all my X", "everything to do with X" or "the stuff I already
did" covers.

Reading (no task list): the words of a scope after its quantifier are cut to what names the
tasks. An idiom of relation ("to do with", "related to", "tagged") is "about"; a relative
clause of a deed ("that I already did", "I've ticked off", "we knocked out") makes the scope
the completed tasks; a clause after the scope's noun that says something of its own ("all my
shift tasks the cafe is closed for renos") is a reason and names nothing.

Filtering (the task list): a scope's words name a task by its title or by a tag ("the uni
stuff" for tasks tagged 'uni', "my garden club errands" for 'garden-club'); when the words
together name nothing, those that name no task at all are chatter and the rest decide.
Words that name nothing leave the scope empty, never the whole list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .matching import TaskInfo, covering, filter_by_words, overlapping
from .meaning import Status
from .normalise import plain_words, word_list, word_stems
from .text import (
    LAUGH,
    STOPWORDS,
    content_stems,
    edit_distance_at_most_one,
    is_past_tense,
    stem,
    words,
)

_F = re.IGNORECASE | re.DOTALL

# "everything to do with the bake sale", "all the ones related to the move", "every task
# tagged boat": the words after it are what the tasks are about; so is a pronoun after "in",
# "under" or "for" ("sprint 12 is finished, close out everything in it").
_ABOUT_IDIOM_RE = re.compile(
    r"\b(?:(?:in|inside|within|under|for|from|on)(?=\s+(?:it|that|this|them|those|these)\s*$)|"
    r"(?:having\s+|that\s+(?:has|have)\s+)?to\s+do\s+with|relat(?:ed|ing)\s+to|"
    r"connected\s+(?:to|with)|linked\s+to|tied\s+to|regarding|concerning|involving|"
    r"(?:tagged|labell?ed|marked)\s+(?:as\s+|with\s+)?(?=\S)(?!(?:as\s+)?(?:done|complete|"
    r"completed|finished|off)\b)|with\s+the\s+(?:tag|label)|under\s+the\s+(?:tag|label))\b",
    _F,
)

# "the stuff I already did", "everything I've ticked off", "the ones we knocked out": a
# deed said of the scope's tasks makes it the completed ones.
_DONE_CLAUSE_RE = re.compile(
    r"\s*\b(?:that\s+|which\s+)?(?:i|we|you)(?:'ve|'d|\s+have|\s+had|\s+already)?\s+"
    r"(?:(?:already|just|actually|since|finally|now|all|managed\s+to|got\s+to)\s+)*"
    r"(?:did|done|finished|completed|ticked(?:\s+off)?|checked(?:\s+off)?|crossed(?:\s+off)?|"
    r"knocked\s+(?:out|off)|got\s+done|gotten\s+done|sorted(?:\s+out)?|dealt\s+with|"
    r"taken\s+care\s+of|took\s+care\s+of|handled|wrapped\s+up|marked(?:\s+(?:as\s+)?(?:done|"
    r"complete|completed|finished|off))?|got\s+through|smashed|nailed)\b.*$|"
    # a learner's "the ones i already finish": "already" makes the plain verb a past
    r"\s*\b(?:that\s+|which\s+)?(?:i|we|you)\s+already\s+(?:finish|complete|do|tick)\b.*$",
    _F,
)


@cache
def kind_nouns() -> frozenset[str]:
    """Nouns of a kind of task that people also use as tags ("all my chores", "the errands"):
    a tag when the user has one by that word, else every task (en.toml `scope_kind`)."""
    return frozenset(plain_words("scope_kind"))


@cache
def _scope_nouns() -> frozenset[str]:
    """The nouns a scope names its tasks by ("all the tasks", "my errands"): `scope_noun`."""
    return frozenset(plain_words("scope_noun"))


@cache
def _describing() -> frozenset[str]:
    """After the scope's noun, words that go on describing it ("all the tasks for the sale",
    "everything due friday", "the ones I've done"): `scope_describing`."""
    return frozenset(plain_words("scope_describing"))


# What makes words after the noun a clause of their own: a verb of being or having, or one
# in the past ("we sold it").
_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|am|been|being|has|have|had|getting|gets|got|will|won't|can't|"
    r"cannot|isn't|aren't|wasn't|doesn't|don't|didn't)\b|\w'(?:s|re|m|ve|ll)\b|\bim\b",
    _F,
)


@cache
def _reason_start_re() -> re.Pattern[str]:
    """A reason after the scope, to its end: after a comma, a dash or a full stop any reason
    word or a new clause's subject ("all my shift tasks, the cafe is closed"), without one only
    a word that is always a reason ("everything for the sale because it got cancelled"; "as"
    and "so" go on describing: "all the tasks so far")."""
    return re.compile(
        rf"\s*(?:[,;:]|\s-\s|\.\s)\s*(?!the\s+(?:{_SCOPE_NOUN_WORDS})\b)"
        rf"(?:{word_list('reason')}|it'?s|its|we|i|they|the|that'?s|thats|he|she|my|our|(?:done|finished|over)\s+with|"
        # "all my uni tasks, semester is over": a clause of its own without an article
        rf"(?!(?:{_SCOPE_NOUN_WORDS}|that|which|who|what|all|every\w*|any\w*)\b)"
        rf"[\w-]+(?:\s+[\w-]+)?(?:\s+(?:is|are|was|were|has|have|had|got|gets|will|won't|"
        rf"isn't|aren't|wasn't)|'s\s+(?!(?:{_SCOPE_NOUN_WORDS})\b)\w+))\b.*$|"
        rf"\s+{word_list('because')}\b.*$",
        _F,
    )


# The nouns a scope names its tasks by ("the ones", "the tasks"): after a comma they go on
# naming the scope ("all of them, the ones that are done"), never a reason.
_SCOPE_NOUN_WORDS = "ones|tasks|things|stuff|items|todos|to-dos|reminders|one|task|thing|item"


# "everything to do with it", "all the stuff about that", "everything for it": the topic is
# named elsewhere.
ABOUT_PRONOUN_RE = re.compile(r"\b(?:about|for)\s+(?:it|that|this|them|those|these)\s*$", _F)


def read_scope(rest: str) -> tuple[str, Status | None]:
    """The words of a scope that name its tasks, and the status a deed clause gives it
    (``None`` when none does): "my shift tasks the cafe is closed" is ("my shift tasks",
    None), "the stuff i already did" is ("the stuff", "completed"). A topic said as a
    pronoun stays "about it" (see ``ABOUT_PRONOUN_RE``)."""
    text = _ABOUT_IDIOM_RE.sub(" about ", rest)
    text = _reason_start_re().sub("", text)
    status: Status | None = None
    done = _DONE_CLAUSE_RE.search(text)
    if done is not None:
        text, status = text[: done.start()], "completed"
    tokens = text.split()
    for i, token in enumerate(tokens):
        if token.lower() not in _scope_nouns() or i + 1 >= len(tokens):
            continue
        after = tokens[i + 1 :]
        if after[0].lower() in _describing():
            continue
        tail = " ".join(after)
        kept = " ".join(tokens[: i + 1])
        reason = _FINITE_RE.search(tail) or any(is_past_tense(w) for w in words(tail))
        if reason and (content_stems(kept) or kind_nouns().intersection(words(kept))):
            text = kept  # "all my shift tasks the cafe is closed"; never "all the ones"
        break
    return text, status


def _tag_parts(text: str) -> list[str]:
    """A tag or a phrase in its parts, as tags are spelled ("garden-club", "sprint 12")."""
    return [w for w in re.split(r"[-_\s/]+", text.lower()) if w]


def _tagged(phrase: str, tasks: Sequence[TaskInfo]) -> tuple[list[TaskInfo], set[str]]:
    """Tasks carrying a tag the phrase says ("garden club" for 'garden-club', "chores" for
    'chores', "sprint 12" or "sprint-12" for 'sprint12'), and the stems of the words that said
    it."""
    said = [stem(w) for w in words(phrase)]
    plain = _tag_parts(phrase)
    out: list[TaskInfo] = []
    used: set[str] = set()
    for task in tasks:
        for tag in task.tags:
            plain_parts = _tag_parts(tag)
            parts = [stem(w) for w in plain_parts]
            n = len(parts)
            if n and any(said[i : i + n] == parts for i in range(len(said) - n + 1)):
                out.append(task)
                used.update(parts)
                break
            run = _run_spelling(plain, "".join(plain_parts))
            if run:
                out.append(task)
                used.update(stem(w) for w in run)
                break
    return out, used


def _run_spelling(said: list[str], joined: str) -> list[str]:
    """The words of two or three in a row that spell ``joined`` without their separators."""
    for n in (2, 3):
        for i in range(len(said) - n + 1):
            if "".join(said[i : i + n]) == joined:
                return said[i : i + n]
    return []


# "mark all the shopping ones done", "the groceries are sorted", "show me the shopping stuff": a
# word for shopping (en.toml `shopping_kind`) names the tasks of buying ('Buy atta', 'Pick up
# detergent', 'Order the cake', 'Weekly grocery shop'), when no title or tag says the word
# itself. 'Get' is buying only with no other deed after it ('Get the car serviced' is not
# shopping).
@cache
def _shopping_words() -> frozenset[str]:
    return frozenset(plain_words("shopping_kind"))


_BUYING_TITLE_RE = re.compile(
    r"^(?:buy|purchase|order|grab|restock|stock\s+up|pick\s+up|get(?!.*\b\w+ed\b))\b|"
    r"\b(?:shopping|groceries|grocery|food\s+shop|weekly\s+shop)\b",
    _F,
)


def names_a_kind(phrase: str) -> bool:
    """Whether the words say a kind of task ("shopping", "groceries"; a typo of one too)."""
    shopping = _shopping_words()
    return any(
        w in shopping or (len(w) > 5 and any(edit_distance_at_most_one(w, k) for k in shopping))
        for w in words(phrase)
    )


def kind_tasks(phrase: str, tasks: Sequence[TaskInfo]) -> list[TaskInfo] | None:
    """The tasks of the kind a scope's words name ("the shopping ones": the buying tasks), in
    list order; None when the words name no kind."""
    if not names_a_kind(phrase):
        return None
    return [t for t in tasks if _BUYING_TITLE_RE.search(t.title)]


def scope_tasks(phrase: str, tasks: Sequence[TaskInfo], *, whole: bool = False) -> list[TaskInfo]:
    """The tasks a scope's words name, by title or tag, in list order (see the module); by
    their kind when neither names any ("the shopping ones": see ``kind_tasks``). With
    ``whole`` (the user's own words for the group, not a topic said before), a group of
    several words is the tasks carrying all of them (see ``_carrying_all``)."""
    tagged, used = _tagged(phrase, tasks)
    if not tagged and not content_stems(phrase):
        return list(tasks)  # "all my chores" with no tag of that name: every task
    titled = filter_by_words(phrase, tasks) if content_stems(phrase) else []
    if tagged:
        # Words that said a tag name a title only when it has all of them.
        titled = [t for t in titled if used <= set(t.stems)]
    elif not titled:
        named = [
            w for w in words(phrase) if w not in STOPWORDS and overlapping(w, tasks)
        ]  # "shift cafe renos": the words that name no task are chatter
        titled = filter_by_words(" ".join(named), tasks) if named else []
    if whole and not tagged and len(titled) > 1:
        titled = _carrying_all(phrase, titled)
    chosen = {t.id for t in [*tagged, *titled]}
    if not chosen:
        return kind_tasks(phrase, tasks) or []
    return [t for t in tasks if t.id in chosen]


def _carrying_all(phrase: str, titled: list[TaskInfo]) -> list[TaskInfo]:
    """Of the tasks a scope of several words loosely names, those carrying all of them when
    some do: "all the wedding committee things" are the 'Wedding committee: ...' tasks, never
    'Buy gift for Njeri's wedding' (one word of two). When none carries them all, the loose
    reading stands ("both prescriptions picked up at cvs" for 'Pick up my allergy meds at
    CVS'). An occasion word (`scope_occasion`) is not needed: "everything to do with the cottage
    trip" is 'Book the cottage for August' as well as 'Pick up groceries for the cottage
    trip'."""
    said = " ".join(w for w in words(phrase) if stem(w) not in word_stems("scope_occasion"))
    return covering(said or phrase, titled) or titled


def names_some_task(word: str, tasks: Sequence[TaskInfo]) -> bool:
    """Whether one word of a query names some task, by its title or a tag."""
    return bool(overlapping(word, tasks) or _tagged(word, tasks)[0])


def word_named(word: str, tasks: Sequence[TaskInfo]) -> str:
    """One word of a loose query as it names some task: itself, or the one word of the titles
    and tags it is cut short from ("inv" for 'invoice', 'invoices'); "" when it names none, or
    starts words of several meanings ("fin": 'finish', 'final')."""
    if names_some_task(word, tasks):
        return word
    low = word.lower()
    if len(low) < 3 or not low.isalpha():
        return ""
    longer = {
        w
        for t in tasks
        for w in (*words(t.title), *(tag.lower() for tag in t.tags))
        if w.startswith(low) and len(w) > len(low)
    }
    if len({stem(w) for w in longer}) != 1:
        return ""
    return min(longer, key=len)


def spoken_topic(said: str, tasks: Sequence[TaskInfo]) -> str:
    """Of the phrases said before "everything to do with it" (a line each, nearest first),
    the first whose words name some task; "" when none does."""
    for phrase in said.splitlines():
        if content_stems(phrase) and (filter_by_words(phrase, tasks) or _tagged(phrase, tasks)[0]):
            return phrase
    return ""


# Where a reason starts after the words naming a task: a pause ("the Garcia extension - she
# filed"), a subject ("the valorant tourney im not doing it"), or a word before a verb of
# being or having ("the clinic flyers corporate is sending them").
# ("delete the clown booking lol Tobi says clowns are scary": a laugh is a pause too)
_PAUSE_RE = re.compile(rf"\s*(?:[,;:(]|\s[-–—]\s)|\s+(?={LAUGH}\b)", _F)
_SUBJECT_RE = re.compile(
    r"\s(?=(?:i|i'm|im|i've|ive|we|we're|were|she|he|they|they're|she's|he's|it's|its|"
    r"cause|because|since|bc)\b)",
    _F,
)
_NOUN_THEN_VERB_RE = re.compile(
    r"\s(?=[\w'-]+\s+(?:is|are|was|were|isn't|aren't|aint|ain't|has|have|had|will|won't|"
    r"can't|don't|doesn't|didn't)\b)",
    _F,
)


_OPEN_END_RE = re.compile(r"\b(?:and|or|the|a|an|my|of|for|to|with|both)\s*$|&\s*$", _F)


def without_reason(text: str) -> str:
    """The words before a reason said after a task's name (``text`` itself when none); never
    a cut inside a phrase ("the cake and | the DJ are both urgent")."""
    cuts = sorted(
        m.start()
        for rx in (_PAUSE_RE, _SUBJECT_RE, _NOUN_THEN_VERB_RE)
        if (m := rx.search(text)) is not None and m.start() > 0
    )
    for cut in cuts:
        head = text[:cut].strip()
        if content_stems(head) and not _OPEN_END_RE.search(head):
            return head
    return text
