"""Topic first, then the request about it: "the gloves one make it insulated gloves", "cake
thing make it high prio", "the dentist one tick it off". The words before the request name the
task its "it" stands for."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from todochat.assistant.offline.meaning import Intent
from todochat.assistant.offline.targets import parse_target
from todochat.assistant.offline.text import TASK_VERBS

from .vocabulary import FLAGS, IMPERATIVE_WORDS

_TOPIC_RE = re.compile(
    r"^(?P<t>(?:the\s+|that\s+|my\s+)?[\w'&-]+(?:\s+[\w'&-]+){0,4}?)\s*[,:-]?\s+"
    r"(?P<c>(?:make|change|switch|turn|set|mark|move|push|bump|tick|check|delete|remove|rename)"
    r"\s+(?:it|that|this)\b.*)$",
    FLAGS,
)
_INTERJECTION_RE = re.compile(
    r"(?:o+h+|o+h+\s+\w+|a+h+|a+w+|hm+|um+|uh+|er+m*|oops|ok(?:ay)?|right|yes|yeah|yep|no|nah|"
    r"nope|wait|actually|also|hey|hi|sorry|great|cool|nice|thanks|ta|yay|omg|lol|ugh)",
    FLAGS,
)
_NOT_A_TOPIC_RE = re.compile(r"\b(?:and|then|so|but|or|i|we|you|please|pls|can|could)\b", FLAGS)


def read_topic(s: str, reparse: Callable[[str], Intent | None]) -> Intent | None:
    """The request with its "it" made the task the topic names, or None."""
    m = _TOPIC_RE.match(s)
    if m is None or _NOT_A_TOPIC_RE.search(m["t"]) or _INTERJECTION_RE.fullmatch(m["t"]):
        return None
    first = m["t"].split()[0].lower()
    if first in IMPERATIVE_WORDS or first in TASK_VERBS:
        return None
    topic = parse_target(m["t"])
    if topic.kind != "words":
        return None
    said = reparse(m["c"])
    if said is None or said.target is None or said.target.kind != "it":
        return None
    return replace(said, target=replace(topic, hint=said.target.hint))
