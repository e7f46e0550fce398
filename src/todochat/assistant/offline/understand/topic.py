"""Topic first, then the request about it: "the gloves one make it insulated gloves", "cake
thing make it high prio", "the dentist one tick it off", "the eid gift one — change it to X",
"LIC premium - shift it to saturday". The words before the request name the task its "it"
stands for.

A request said with no "it" after the topic ("slides task put tag work", "water tank cleaning
shift to tomorrow") edits the task too, but only a field of it (its date, level, tags, title
or note, never a delete or a completion), and only when the topic is plainly a task's name:
called a task ("the slides one", "slides task"), set apart by a comma or a dash, or followed
by a move whose only words after the verb are a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from todochat.assistant.offline.meaning import Intent
from todochat.assistant.offline.slots import due_words
from todochat.assistant.offline.targets import parse_target
from todochat.assistant.offline.text import TASK_VERBS, lexicon

from .vocabulary import FLAGS, FLUFF, IMPERATIVE_WORDS

# The verbs a request about the topic starts with.
_REQUEST_VERBS = (
    r"(?:make|change|switch|turn|set|mark|move|push|bump|shift|reschedule|postpone|prepone|"
    r"tick|check|delete|remove|rename|put|tag|label|give|add)"
)
_TOPIC = r"(?P<t>(?:the\s+|that\s+|my\s+)?[\w'&-]+(?:\s+[\w'&-]+){0,4}?)"
_TOPIC_RE = re.compile(
    rf"^{_TOPIC}\s*(?P<sep>[,:;]|\s[-–—]+)?\s+"
    # "LIC premium can you shift it to saturday": the request asked politely
    r"(?:(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+|pls\s+|kindly\s+|just\s+)?)"
    rf"(?P<c>(?P<v>{_REQUEST_VERBS})\s+(?P<rest>.+))$",
    FLAGS,
)
_POINTING_RE = re.compile(r"^(?:it|that|this)\b", FLAGS)
_INTERJECTION_RE = re.compile(
    r"(?:o+h+|o+h+\s+\w+|a+h+|a+w+|hm+|um+|uh+|er+m*|oops|ok(?:ay)?|right|yes|yeah|yep|no|nah|"
    r"nope|wait|actually|also|hey|hi|sorry|great|cool|nice|thanks|ta|yay|omg|lol|ugh)",
    FLAGS,
)
_NOT_A_TOPIC_RE = re.compile(r"\b(?:and|then|so|but|or|i|we|you|please|pls|can|could)\b", FLAGS)
# "the slides one", "slides task": a topic that calls itself a task
_CALLED_A_TASK_RE = re.compile(r"\s(?:one|task|thing|reminder|item|todo|to-?do)$", FLAGS)
# The kinds a request with no "it" may have: a field of the task, never its end.
_FIELD_KINDS = frozenset({"due", "priority", "tag", "rename", "describe"})
_MOVE_VERBS = lexicon("move push bump shift reschedule postpone prepone")
# "to tomorrow pls, today not possible": a date after a move, its remark after a comma
_DATE_AFTER_MOVE_RE = re.compile(
    rf"^(?:(?:back|forward|up|over)\s+)?(?:to|till|until|til|for|on)?\s*(?P<d>.+?){FLUFF}"
    r"(?:\s*[,;.].*)?$",
    FLAGS,
)


def _only_a_date_after(verb: str, rest: str) -> bool:
    """Whether a move ("shift", "move") is followed by a date and nothing else of its own."""
    if verb.lower() not in _MOVE_VERBS:
        return False
    m = _DATE_AFTER_MOVE_RE.match(rest)
    return m is not None and due_words(m["d"]) is not None


def _of_it(said: Intent | None) -> bool:
    """Whether a request read alone is about "it", the task a topic may name."""
    return said is not None and said.target is not None and said.target.kind == "it"


def _a_topic(named: str) -> bool:
    """Whether ``named`` may be a topic: no sentence, request or interjection of its own."""
    first = named.split()[0].lower()
    return not (
        # "she move it for tomorrow": who did it, in a learner's present, names no task
        named.lower() in ("she", "he", "they", "i", "we", "you", "u")
        or _NOT_A_TOPIC_RE.search(named)
        or _INTERJECTION_RE.fullmatch(named)
        or first in IMPERATIVE_WORDS
    )


def read_topic(
    s: str, quotes: tuple[str, ...], reparse: Callable[[str], Intent | None]
) -> Intent | None:
    """The request with its "it" made the task the topic names, or None."""
    m = _TOPIC_RE.match(s)
    if m is None or not _a_topic(m["t"]):
        return None
    first = m["t"].split()[0].lower()
    pointing = bool(_POINTING_RE.match(m["rest"]))
    moved = not pointing and _only_a_date_after(m["v"], m["rest"])
    if first in TASK_VERBS and not moved:
        # "buy milk, make it high prio" is an add and its level; "water tank cleaning shift
        # to tomorrow" only moves (a title's verb may start the name of what moves)
        return None
    plainly_named = bool(m["sep"] or _CALLED_A_TASK_RE.search(m["t"]))
    if not pointing and not plainly_named and not moved:
        return None
    topic = parse_target(m["t"], quotes)
    if topic.kind != "words":
        return None
    said = reparse(m["c"])
    if not pointing and not _of_it(said):
        said = reparse(f"{m['v']} it {m['rest']}")  # "push to friday": "push it to friday"
    if said is None or said.target is None or not _of_it(said):
        return None
    if not pointing and said.kind not in _FIELD_KINDS:
        return None  # "the gym one delete": an end of a task is said with its "it"
    return replace(said, target=replace(topic, hint=said.target.hint))


# "change to buy a watch": a request verb with no object, whose "it" a topic said before names
_VERB_FIRST_RE = re.compile(
    rf"^(?P<v>{_REQUEST_VERBS})\s+(?P<rest>(?!(?:it|that|this)\b).+)$", FLAGS
)


def read_after_topic(
    topic: str, clause: str, reparse: Callable[[str], Intent | None]
) -> Intent | None:
    """ "eid gift task, change to X", "the slides one. put tag work": a task called so in a
    clause of its own, then a request with no "it", is a change of a field of that task (the
    request read with its "it", which the planner makes the topic's task), never an add of
    'Change to X'. None unless the topic calls itself a task and the request is a field's."""
    named = topic.strip(" ,.;:-–—")
    m = _VERB_FIRST_RE.match(clause.strip())
    if m is None or not _CALLED_A_TASK_RE.search(named) or not _a_topic(named):
        return None
    said = reparse(f"{m['v']} it {m['rest']}")
    if said is None or not _of_it(said) or said.kind not in _FIELD_KINDS:
        return None
    return said
