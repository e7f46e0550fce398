"""Completing and reopening by a command or a statement of state: "mark X done", "tick off X",
"X is finished", "reopen X", "X isn't done yet", "done for good".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from todochat.assistant.offline.meaning import Intent, Target
from todochat.assistant.offline.normalise import word_list
from todochat.assistant.offline.targets import parse_target
from todochat.assistant.offline.text import is_past_tense, lexicon

from .vocabulary import DONE_WORDS, FLAGS, FLUFF, REOPEN_WORDS, STATUS_VERBS

_REOPEN_RES = (
    re.compile(
        r"^(?:re-?open|un-?complete|uncheck|untick|unmark|un-?finish|restore|revive|resurrect|"
        r"reactivate|undo|un-?do)\s+(?:the\s+)?(?:completion\s+of\s+|done\s+on\s+)?(?P<t>.+)$",
        FLAGS,
    ),
    re.compile(
        rf"^{STATUS_VERBS}\s+(?P<t>.+?)\s+(?:as\s+|to\s+|to\s+be\s+|back\s+to\s+|back\s+as\s+|"
        rf"back\s+into\s+|back\s+|into\s+)?{REOPEN_WORDS}(?:\s+again)?{FLUFF}$",
        FLAGS,
    ),
    re.compile(
        # "(show me the ones) which are not done": a relative clause describes, says nothing
        r"^(?P<t>.+?)(?<!\swhich)(?<!\sthat)(?<!\swho)(?<!\swhat)\s+(?:isn'?t|is\s+not|wasn'?t|was\s+not|"
        r"aren'?t|are\s+not)\s+(?:actually\s+|really\s+|quite\s+)?(?:done|finished|complete|completed)"
        r"(?:\s+(?:yet|after\s+all))?$",
        FLAGS,
    ),
    re.compile(
        r"^(?:i|we)\s+(?:haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:actually\s+|really\s+)?"
        r"(?:finish(?:ed)?|complete(?:d)?)\s+(?P<t>.+?)(?:\s+(?:yet|after\s+all|actually))?$",
        FLAGS,
    ),
    re.compile(
        r"^(?:(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+)?not\s+(?:yet\s+|quite\s+|really\s+)?"
        r"(?:done|finished|through)\s+with\s+(?P<t>.+?)(?:\s+(?:yet|after\s+all|actually))?$",
        FLAGS,
    ),
)


REOPEN_VERB_RE = re.compile(
    r"^(?:i|we)\s+(?:haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:actually\s+|really\s+|"
    r"even\s+)?(?P<t>[a-z]+\s+.+?)(?:\s+(?:yet|after\s+all|actually))?$|"
    # (never across a comma: "dealt with the vet thing, biscuit was not impressed")
    r"^(?P<t2>[^,;]+?)\s+(?:isn'?t|is\s+not|wasn'?t|was\s+not|aren'?t|are\s+not|hasn'?t\s+been|"
    r"has\s+not\s+been)\s+(?:actually\s+|really\s+)?(?P<pp>[a-z]+)"
    r"(?:\s+(?:yet|after\s+all|actually))?$",
    FLAGS,
)


# "finish the quarterly report tomorrow hopefully", "finish the report every month so it keeps
# coming back": the user's plan or habit, said with when, no request to tick it now
_PLANNED = (
    r"(?![^,;]*\b(?:tomorrow|tmrw|tmr|tonight|later|hopefully|next\s+(?:week|month|time)|"
    r"from\s+now\s+on|every|each)\b)"
)
# "finishing the quarterly report now", "finishing the report is such a pain": the user is at it,
# or says what it is like ("closing out the denver flights" still ticks them)
_GOING_ON = (
    r"(?![^,;]*\b(?:now|rn|right\s+now|atm|currently|at\s+the\s+moment)\b|"
    r"[^,;]*\s(?:is|are|was|takes|took)\s)"
)


_COMPLETE_RES = (
    re.compile(
        rf"^{STATUS_VERBS}\s+(?P<t>.+?)\s+(?:as\s+|to\s+|to\s+be\s+|into\s+)?(?:being\s+)?"
        rf"{DONE_WORDS}{FLUFF}$",
        FLAGS,
    ),
    re.compile(r"^(?:mark|check|tick|cross|strike|knock|scratch)\s+off\s+(?P<t>.+)$", FLAGS),
    re.compile(r"^(?:check|tick|cross|strike|knock|scratch|mark)\s+(?P<t>.+?)\s+off\b.*$", FLAGS),
    re.compile(r"^tick\s+(?P<t>.+)$", FLAGS),
    # "knock out the 2nd one", "knocked the rent one out": a job knocked out is done
    re.compile(r"^(?:knock|knocked)\s+out\s+(?P<t>.+)$", FLAGS),
    re.compile(r"^(?:knock|knocked)\s+(?P<t>.+?)\s+out$", FLAGS),
    # "mark em all", "mark them please": marked as done, the only marking a task takes
    re.compile(
        r"^mark\s+(?P<t>it|that|this|them|those|these|both|them\s+all|all\s+of\s+them|"
        r"them\s+both|that\s+one|this\s+one)$",
        FLAGS,
    ),
    re.compile(
        # ("close out task 41": the longer verb first, "out" no word of the task's)
        r"^(?:(?:complete|finish|close\s+out|close|resolve|finali[sz]e|wrap\s+up|accomplish)\s+"
        + _PLANNED
        # ("finishing the report", "completing the forms rn": at it, as a word like "now" that
        # the normaliser drops may have said; "closing out the denver flights" is a tick)
        + r"|closing\s+out\s+"
        + _PLANNED
        + _GOING_ON
        + r")(?P<t>.+)$",
        FLAGS,
    ),
    re.compile(
        # ("all done calling the bank": done, then the deed said as doing it)
        r"^(?:(?:i\s+am|i'?m|im|we\s+are|we'?re)\s+)?(?:all\s+|completely\s+|finally\s+)?"
        r"(?:(?:done|finished|through)\s+with\s+|(?<=all\s)(?:done|finished)\s+(?=[a-z]+ing\s))"
        r"(?P<t>.+)$",
        FLAGS,
    ),
    re.compile(r"^(?:done|finished|completed|complete)\s*(?::|-|,)\s*(?P<t>.+)$", FLAGS),
    re.compile(r"^(?:done|finished|completed)\s+(?P<t>(?:task\s*)?#?\d+.*)$", FLAGS),
)


# when it was done, said after it ("the stock from Mombasa arrived this morning")
_WHEN_DONE = r"this\s+(?:morning|afternoon|evening)|yesterday|earlier(?:\s+today)?|just\s+now"
COMPLETE_DECL_RES = (
    re.compile(
        r"^(?P<t>.+?)\s+(?:is|are|was|were|has\s+been|have\s+been|got|'s|is\s+now|are\s+now|"
        r"now)\s+(?:(?:all|now|finally|already|officially|completely|totally|fully)\s+)*"
        + DONE_WORDS
        # "the laundry is sorted by colour": sorted by or into something is put in order
        + r"\b(?!(?<=sorted)\s+(?:by|into|alphabetically|according\s+to)\b).*$",
        FLAGS,
    ),
    re.compile(
        rf"^(?P<t>.+?)\s+{DONE_WORDS}(?:\s+(?:now|already|today|too|finally|{_WHEN_DONE}))?[.!]*$",
        FLAGS,
    ),
)


PASSIVE_DONE_RE = re.compile(
    r"^(?P<t>.+?)(?:\s+(?:is|are|was|were|has\s+been|have\s+been|got)|'s)\s+"
    r"(?:(?:all|now|finally|already|officially|completely|totally|fully|just)\s+)*"
    # ("the washing is hung out", "the shelves are put up": the verb's particle goes with it)
    rf"(?P<pp>[a-z]+)(?:\s+(?:out|up))?(?:\s+(?:now|already|today|too|finally|{_WHEN_DONE}))?"
    # "the tax return is now submitted to the Finanzamt", "dentist appts are booked for the
    # kids, both on the 19th": where it went, for whom or for when is no part of the task
    # (never a habit: "the bins are collected on thursdays", "serviced every year")
    r"(?:\s*,?\s+(?P<tail>(?:to|for|with|at|on)\s+(?![^?]*\b(?:every|each|usually|always|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekly|monthly|yearly)\b)[^?]+?))?"
    r"[.!]*$",
    FLAGS,
)


NOUN_PARTICIPLE_RE = re.compile(
    # ("uniforms all ironed", "forms both signed now": how wholly it was done says no more)
    r"^(?P<t>(?:the\s+|my\s+)?#?[a-z0-9'.-]+(?:\s+[a-z0-9'.-]+){0,3}?)"
    r"(?:\s+(?:all|both|now|finally|already|just))*\s+(?P<pp>[a-z]+)"
    r"(?:\s+(?:up|out|off|down|away|back))?(?:\s+(?:now|already|today|at\s+last|finally|"
    rf"{_WHEN_DONE}))?$",
    FLAGS,
)


@cache
def put_off_re() -> re.Pattern[str]:
    """A thing put off or brought forward, not done ("the staging got pushed back", "the launch
    was held up"): the ``put_off`` words of en.toml, which the "X back" rewrite reads too."""
    return re.compile(rf"\b{word_list('put_off')}\b", FLAGS)


@cache
def mishap_re() -> re.Pattern[str]:
    """What befell a thing, never a task done ("my passport expired", "milk went off"): the
    ``mishap`` words of en.toml."""
    return re.compile(rf"\b{word_list('mishap')}\b", FLAGS)


STATE_WORDS_RE = re.compile(
    r"\b(?:is|are|was|were|be|being|getting|gets|seems?|looks?|feels?|"
    r"list|rather|quite|very|so|too|bit)\b",
    FLAGS,
)


_DONE_IT_RE = re.compile(
    r"^(?:done|finished|completed|did\s+it|done\s+(?:it|that)|finished\s+(?:it|that)|"
    r"(?:i\s+)?(?:just\s+)?(?:did|finished|completed)\s+(?:it|that)|i'?ve\s+done\s+(?:it|that))$",
    FLAGS,
)


_DONE_SCOPE_RE = re.compile(
    r"^(?P<t>everything|all\s+(?:of\s+)?(?:my\s+|the\s+)?(?:tasks|them|these|those)?|"
    r"both(?:\s+of\s+them)?|they|those|these|it|(?:that|this)(?:\s+(?:one|task|item))?|them|"
    # "every one of them is done", "each of those is finished"
    r"(?:every\s+(?:single\s+)?one|each(?:\s+one)?)\s+of\s+(?:them|those|these)|"
    r"the\s+rest|"
    r"all\s+(?:my\s+)?(?:tasks|todos)|everything\s+on\s+(?:my|the)\s+list)"
    r"(?:\s+(?:is|are|was|were|have\s+been|has\s+been)|'s|'re|s)\s+(?:all\s+|now\s+)?"
    r"(?:done|complete|completed|finished|sorted|taken\s+care\s+of)(?:\s+(?:now|already|too))?$",
    FLAGS,
)


# "mark all the prep ones done service starts in 10", "tick the fence off my dad fixed it",
# "mark all the shopping ones done, got everything at aldi": a clause said after the done
# word, with a verb of its own, is a reason.
_DONE_THEN_REASON_RE = re.compile(
    rf"^(?P<c>(?:{STATUS_VERBS}|tick|check|cross)\s+.+?\s+(?:as\s+)?(?:{DONE_WORDS}|off))"
    r"(?P<comma>\s*[,;]|\s+-)?\s+"
    r"(?P<why>(?!(?:except|but|apart|other|besides|save|excluding|minus|without|and|or|too|also|"
    r"as|for|by|on|in|at|from|when|if|until|till|before|after|not|only|today|tomorrow|tonight|"
    r"now|please|pls|already|again|then|thanks|list)\b)\S+\s+\S.*)$",
    FLAGS,
)
_FINITE = lexicon("is are was were has have had aint isn't wasn't")


def _says_a_deed(why: str, paused: bool = False) -> bool:
    """Whether the second or third word of a clause is a verb said of something; after a
    pause (a comma) the first may be, its subject left out ("..., got everything at aldi")."""
    said = why.lower().split()
    return any(
        w in _FINITE
        or is_past_tense(w)
        or (len(w) > 3 and w.endswith("s") and not w.endswith("ss"))
        for w in said[1:3]
    ) or (paused and (said[0] in _FINITE or is_past_tense(said[0])))


def read_status_change(s: str, quotes: tuple[str, ...], question: bool) -> Intent | None:
    for i, rx in enumerate(_REOPEN_RES):
        m = rx.match(s)
        if m and not (question and i >= 2):
            return Intent("reopen", target=parse_target(m.group("t"), quotes))
    for rx in _COMPLETE_RES:
        m = rx.match(s)
        if m:
            return Intent("complete", target=parse_target(m.group("t"), quotes))
    m = _DONE_THEN_REASON_RE.match(s)
    if m is not None and not question and _says_a_deed(m["why"], bool(m["comma"])):
        return read_status_change(m["c"], quotes, question)
    return None


def read_done_scope(s: str, quotes: tuple[str, ...] = ()) -> Intent | None:
    """ "everything is done", "both are finished", "that's done": no title words at all."""
    if _DONE_IT_RE.match(s):
        return Intent("complete", target=Target("it"))
    m = _DONE_SCOPE_RE.match(s)
    if not m:
        return None
    return Intent("complete", target=parse_target(m.group("t"), quotes))


# The cascade, most specific first. Questions never add, and never complete or
# delete by a declarative ("is the fence done?" is not "the fence is done").
_FOR_GOOD_RE = re.compile(r"\s*,?\s+(?:for\s+good|permanently|once\s+and\s+for\s+all)$", FLAGS)


def read_for_good(s: str, question: bool, reparse: Callable[[str], Intent | None]) -> Intent | None:
    """ "mark the social posts done for good": a completion that ends a repeat."""
    m = _FOR_GOOD_RE.search(s)
    if m is None or question:
        return None
    inner = reparse(s[: m.start()])
    return replace(inner, text="for_good") if inner and inner.kind == "complete" else None
