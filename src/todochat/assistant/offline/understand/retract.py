"""What a message takes back of itself: "delete the milk, no wait" and short self-corrections
("saturday no wait sunday").
"""

from __future__ import annotations

import re

from todochat.assistant.offline.meaning import TARGETED_KINDS
from todochat.assistant.offline.slots import SUBJECTS

from .vocabulary import FLAGS, IMPERATIVE_WORDS

# Words that take back what was just asked in the same message: "delete the milk, no wait",
# "mark X done. jk", "remove it... actually no, keep it".
RETRACTION_RE = re.compile(
    r"(?:^|[\s,.;!?-]+)(?P<m>no\s+wait|wait\s*,?\s+no|wait\s+wait|hold\s+on|hang\s+on|"
    r"actually\s*,?\s+no(?:pe)?|no\s*,?\s+actually|jk|j/k|just\s+kidding|kidding|"
    r"scratch\s+that|forget\s+(?:that|i\s+said\s+that|what\s+i\s+said)|ignore\s+that|"
    r"on\s+second\s+thoughts?|(?:i\s+)?changed?\s+my\s+mind|never\s*mind|"
    r"don'?t\s+do\s+(?:it|that)|(?:no|nope|wait|actually)\s*,?\s+(?:keep|leave)\s+"
    r"(?:it|that|them|this)|(?:no+|nope|wait|actually)\s*,?\s+don'?t|don'?t)"
    r"(?=[\s,.;!?-]*$|\s*[,.;!?-]+\s*|\s+(?:keep|leave|don'?t|i'?ll|i\s+will|not|instead|actually|"
    r"it\s+was|it'?s|i\s+meant?|that\s+was)\b)",
    FLAGS,
)


# "nappies size 4 no wait size 5", "saturday no wait sunday", "high prio no wait medium": a
# short correction replaces the words it stands for, then the message reads as one request.
_SELF_CORRECTION_RE = re.compile(
    r"\s*,?\s+(?:no\s+wait|wait\s+no|no\s+sorry|sorry\s+no|i\s+mean|or\s+rather)\s*,?\s+"
    r"(?P<b>(?:[\w'-]+\s+){0,2}[\w'-]+)(?=\s*(?:[.,;!?]|$))",
    FLAGS,
)


_CORRECTABLE = (
    re.compile(
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|tonight)\b", FLAGS
    ),
    re.compile(r"\b(?:high|low|medium|normal|top|urgent)\b", FLAGS),
    re.compile(r"\b\d+(?:[.,]\d+)?\b", FLAGS),
)


def self_corrected(text: str) -> str:
    m = _SELF_CORRECTION_RE.search(text)
    if m is None:
        return text
    before, b = text[: m.start()], m["b"]
    words_b = b.split()
    if words_b[0].lower() in IMPERATIVE_WORDS | SUBJECTS | {"actually", "not", "don't", "keep"}:
        return text
    for rx in _CORRECTABLE:
        new = rx.search(b)
        old = list(rx.finditer(before))
        if new and old and len(words_b) <= 2:
            last = old[-1]
            fixed = before[: last.start()] + b + before[last.end() :]
            if len(words_b) == 2 and words_b[0].lower() in before.lower().split():
                at = before.lower().rfind(words_b[0].lower())
                fixed = before[:at] + b
            return fixed + text[m.end() :]
    at = before.lower().rfind(" " + words_b[0].lower() + " ")
    if at >= 0:
        return before[: at + 1] + b + text[m.end() :]
    return text


CHANGING_KINDS = frozenset(TARGETED_KINDS - {"status"} | {"add", "undo"})
