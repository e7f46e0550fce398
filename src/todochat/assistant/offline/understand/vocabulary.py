"""Words every rule family of the understand stage shares: done and open words, filler,
the verbs of a status change, and the regex flags.
"""

from __future__ import annotations

import re

from todochat.assistant.offline.text import lexicon

FLAGS = re.IGNORECASE | re.DOTALL


DONE_WORDS = (
    r"(?:done|complete|completed|finished|closed|resolved|checked(?:\s+off)?|ticked(?:\s+off)?|"
    r"crossed\s+off|sorted(?:\s+out)?|taken\s+care\s+of|handled|dealt\s+with|accomplished|"
    r"achieved|finito)"
)


REOPEN_WORDS = (
    r"(?:not\s+(?:yet\s+)?(?:done|complete|completed|finished)|undone|incomplete|uncompleted|"
    r"unfinished|pending|open|active|to\s*-?\s*do|todo|not\s+started|in\s+progress|outstanding|"
    r"unchecked|unticked)"
)


FLUFF = (
    r"(?:\s+(?:now|already|too|as\s+well|please|pls|plz|for\s+me|today|then|again|finally|"
    r"thanks|thx|asap))*"
)


STATUS_VERBS = r"(?:mark|set|flag|put|move|change|switch|update|make|turn|consider)"


IMPERATIVE_WORDS = lexicon(
    "add create mark delete remove erase rename change update set put remind complete finish tick "
    "check cross reopen cancel drop clear show list display edit make move push reschedule "
    "postpone bump"
)


# The words that name a field of a task, never a task nor a title: "change the due date of X
# to friday", "set priority on 39 to high", "make it priority so i see it first".
FIELD_NAMES = r"(?:due(?:\s+date)?|deadline|priority)"


PRONOUN_TITLES = frozenset(
    {"it", "that", "this", "that one", "this one", "them", "those", "them all", "all of them"}
)


# What someone else does that finishes a task of the user's ("sarah sent me the schedule" for
# 'Get the schedule from Sarah', "jake paid his half of the rent" for 'Collect rent from Jake').
HANDOVER_VERBS = lexicon(
    "sent paid returned gave emailed mailed replied delivered dropped brought signed approved "
    "confirmed fixed repaired collected answered booked texted posted transferred refunded "
    "shipped handed forwarded messaged called rang submitted finished completed picked"
)


# Someone contacting the user: "the salon just rang", "sarah emailed me", "the plumber called back".
CONTACTED_RE = re.compile(
    r"^(?:rang|called|phoned|texted|emailed|messaged|rung|wrote|replied|got\s+back)\b", FLAGS
)
# A task of contacting someone: 'Call the plumber', 'Email Sarah about the report'. When that
# someone contacted the user instead, the task is not done by it ("sarah emailed me about the
# report"): the planner asks.
CONTACT_TASK_RE = re.compile(
    r"^(?:call|ring|phone|e-?mail|text|message|msg|ping|contact|reply|write\s+to|dm|whatsapp)\b",
    FLAGS,
)


# What a wish may be about that is no task: a state of mind ("I want to be sure I haven't missed
# anything", "I need to know what's left", "gotta stay consistent", "I just want to feel on top
# of things"). A wish that starts with one of these adds nothing.
NOT_A_TASK_RE = re.compile(
    r"^(?:be\s+(?:sure|certain|careful|honest|realistic|organi[sz]ed|prepared|ready|on\s+top|clear|"
    r"aware|better|less|more|calm|positive|productive)|make\s+sure\s+(?:i|we)\s+(?:haven'?t|have|"
    r"didn'?t|don'?t|am|'m|got|remember)|know|feel|understand|stay\s+(?:consistent|sane|positive|"
    r"motivated|on\s+track|on\s+top|focused|organi[sz]ed|productive|calm)|keep\s+(?:track|up|"
    r"on\s+top|going|it\s+together|calm|sane)|get\s+(?:my\s+(?:head|life|act|shit)|it\s+together)|"
    r"check\s+(?:that\s+)?(?:i|we)\s+(?:haven'?t|have|didn'?t)|vent|rant|say|tell\s+you|thank|"
    r"see\s+(?:if|whether)|figure\s+out\s+(?:my\s+life|what)|relax|breathe|sleep|cry|scream)\b",
    FLAGS,
)


# A state a task brings about, said of its thing ("the bins are out", "the kitchen is clean"):
# a particle is one when it goes with a verb of putting or turning in the title ('Put the bins
# out', 'Turn off the lights'); a word of how a thing is, when the title's verb makes it so
# ('Wash the car' for "the car is clean").
STATE_PARTICLES = lexicon("out in on off up down away")
PLACING_VERBS = lexicon(
    "put take bring turn switch hang set lay carry wheel roll drag leave pull get chuck stick "
    "pop throw move hand send shut"
)
_CLEANING = lexicon("clean wash wipe scrub mop hoover vacuum hose tidy")
STATE_DEEDS: dict[str, frozenset[str]] = {
    "clean": _CLEANING,
    "spotless": _CLEANING,
    "tidy": lexicon("tidy clean declutter"),
    # "my aadhaar address got updated" for 'Update address on Aadhaar' ("updated" alone is no
    # deed: "I updated the task" is talk of the list)
    "updated": lexicon("update"),
}
# ("the dog's bowl is empty" is news of a need, never 'Empty the dishwasher' done)
# What may follow the particle in such a title and leave it the verb's ('Put the bins out
# tonight', 'Take the recycling out before 7'), where a thing after it makes it another deed
# ('Take dad out for dinner').
STATE_TITLE_TAIL = lexicon(
    "tonight today tomorrow morning evening before by on every first thing again please asap"
)
