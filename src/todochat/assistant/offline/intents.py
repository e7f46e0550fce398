"""Read a chat message as a list of intents (add, list, complete, delete, ...).

The parser is a cascade of small, general rules: quoted text is protected, the
message is split into clauses at "and"/"then" before a command verb, polite filler
is dropped, and each clause is tried against verb lexicons in a fixed order (the
most specific first). Titles keep the user's own words. Nothing here looks at the
task list; turning a phrase into a task id is the planner's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from .normalise import normalise, sentences
from .text import (
    IRREGULAR_VERBS,
    LIGHT_VERBS,
    NUMBER_WORDS,
    ORDINALS,
    SAME_PAST,
    STOPWORDS,
    TASK_VERBS,
    capitalise,
    content_stems,
    is_past_tense,
    lexicon,
    stem,
    words,
)

Status = Literal["all", "pending", "completed"]
TargetKind = Literal["ids", "words", "it", "them", "ordinal", "all"]
IntentKind = Literal[
    "add",
    "list",
    "count",
    "status",
    "complete",
    "delete",
    "reopen",
    "rename",
    "describe",
    "priority",
    "due",
    "restore",
    "undo",
    "greet",
    "thanks",
    "help",
    "bye",
    "unknown",
]
Priority = Literal["low", "medium", "high"]

TARGETED_KINDS = frozenset(
    {"complete", "delete", "reopen", "rename", "describe", "status", "priority", "due", "restore"}
)
SOCIAL_KINDS = frozenset({"greet", "thanks", "help", "bye", "unknown"})


@dataclass(frozen=True)
class Target:
    """What a command points at: ids, title words, a pronoun, an ordinal or a scope."""

    kind: TargetKind
    ids: tuple[int, ...] = ()
    text: str = ""
    exact: bool = False
    ordinal: int = 0
    status: Status = "all"
    hint: str = ""
    within: tuple[int, ...] = ()
    span: int = 1
    ordinals: tuple[int, ...] = ()
    exclude: tuple[str, ...] = ()
    relative: bool = False


@dataclass(frozen=True)
class Intent:
    """One thing the user asked for, with the details a tool call needs."""

    kind: IntentKind
    target: Target | None = None
    title: str = ""
    description: str | None = None
    priority: Priority | None = None
    due: str | None = None
    status: Status = "all"
    query: str = ""
    text: str = ""


# ---------------------------------------------------------------- shared pieces

_F = re.IGNORECASE | re.DOTALL

_QUOTE_RE = re.compile(
    r"(?<![\w])\"([^\"]+)\"|(?<![\w])'([^']+?)'(?![\w])|“([^”]+)”|‘([^’]+)’|«([^»]+)»"
)
_INNER_APOSTROPHE_RE = re.compile(r"(?<=\w)[’‘`](?=\w)")
_PLACEHOLDER_RE = re.compile(r"qq(\d+)qq", re.IGNORECASE)
_SENTENCE_RE = re.compile(r"(?<=[.!?;])\s+|\s*\n+\s*")

_SPLIT_VERBS = (
    r"(?:add|create|mark|delete|remove|erase|complete|rename|change|update|show|list|display|"
    r"tick\s+off|check\s+off|cross\s+off|reopen|re-open|put|remind\s+me|cancel|drop|"
    r"set\s+the\s+description|what(?:'s|\s+is|\s+are)|how\s+many)"
)
_CLAUSE_SPLIT_RE = re.compile(
    r"(?:\s*,\s*(?:and\s+then|and\s+also|and|then|also|plus)?|"
    r"\s+(?:and\s+then|and\s+also|and\s+so|and|then|also|plus|after\s+that|but|so))\s+"
    r"(?=(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+|also\s+|then\s+)?" + _SPLIT_VERBS + r"\b)",
    _F,
)
_TITLE_MARKER_RE = re.compile(
    r"\b(?:(?:task|todo|to-do|reminder|item|note)s?\s*:|(?:called|named|titled|saying)\s)",
    re.IGNORECASE,
)
_DESC_KEYWORD_RE = re.compile(r"\b(?:description|details|notes?|desc)\b", _F)

_TRAILING_SYMBOLS_RE = re.compile(r"[^\w\s'\")\].,!?]+[\s.!?]*$")
_FILLER_RE = re.compile(
    r"^(?:(?:please|pls|plz|kindly|ok(?:ay)?|so|now|and|also|then|oh|ah|hey|um+|uh+|erm?|"
    r"actually|never\s*mind|nevermind|nvm|oops|whoops|wait|well|alright|all\s+right|right|"
    r"great|cool|perfect|awesome|nice|thanks|thank\s+you|sorry|hmm+|yes|yeah|yep|yup|sure|"
    r"no(?=\s*,)|nope|hi|hello|hey\s+there|one\s+more\s+thing|btw|by\s+the\s+way|"
    r"quick(?:ly)?|real\s+quick|just|can\s+you|could\s+you|would\s+you|will\s+you|can\s+u|"
    r"could\s+u|would\s+you\s+mind|would\s+you\s+kindly|would\s+you\s+please|"
    r"i'?d\s+like\s+you\s+to|i\s+would\s+like\s+you\s+to|i'?d\s+like\s+to\s+(?=add|create|"
    r"delete|remove|mark|rename|change|update|see|view|show|list|complete|reopen)|"
    r"i\s+would\s+like\s+to\s+(?=add|create|delete|remove|mark|rename|change|update|see|view|"
    r"show|list|complete|reopen)|i\s+want\s+you\s+to|i\s+need\s+you\s+to|go\s+ahead\s+and|"
    r"help\s+me(?!\s+(?:with|out)\b)|let'?s|lets|todochat|assistant|bot)\b[\s,!.:;-]*)+",
    _F,
)

_DONE_WORDS = (
    r"(?:done|complete|completed|finished|closed|resolved|checked(?:\s+off)?|ticked(?:\s+off)?|"
    r"crossed\s+off|sorted(?:\s+out)?|taken\s+care\s+of|handled|dealt\s+with|accomplished|"
    r"achieved|finito)"
)
_REOPEN_WORDS = (
    r"(?:not\s+(?:yet\s+)?(?:done|complete|completed|finished)|undone|incomplete|uncompleted|"
    r"unfinished|pending|open|active|to\s*-?\s*do|todo|not\s+started|in\s+progress|outstanding|"
    r"unchecked|unticked)"
)
_FLUFF = (
    r"(?:\s+(?:now|already|too|as\s+well|please|pls|plz|for\s+me|today|then|again|finally|"
    r"thanks|thx|asap))*"
)
_STATUS_VERBS = r"(?:mark|set|flag|put|move|change|switch|update|make|turn|consider)"

# ---------------------------------------------------------------- describe

_DESC_NOUN = r"(?:description|desc|details?|notes?)"
_DESCRIBE_RES = (
    re.compile(
        rf"^(?:set|change|update|edit|make|replace|modify|rewrite|put)\s+(?:the\s+|a\s+)?"
        rf"{_DESC_NOUN}\s+(?:of|for|on|in)\s+(?P<target>.+?)\s*(?:\bto\b|\bas\b|:|=|\bwith\b|"
        rf"\bto\s+say\b|\bto\s+read\b)\s*(?P<value>.+)$",
        _F,
    ),
    re.compile(
        rf"^(?:set|change|update|edit|make|replace|modify|give)\s+(?P<target>.+?)(?:'s)?\s+"
        rf"(?:a\s+|the\s+)?{_DESC_NOUN}\s*(?:\bto\b|\bas\b|:|=|\bwith\b|\bof\b)\s*(?P<value>.+)$",
        _F,
    ),
    re.compile(
        rf"^(?:add|put|attach|give|write|include)\s+(?:a\s+|the\s+|some\s+|this\s+)?{_DESC_NOUN}"
        r"\s+(?:to|for|on)\s+(?P<target>.+?)\s*(?::|\bsaying\b|\bthat\s+says\b|\bwhich\s+says\b|"
        r"\bas\b|\bto\s+say\b|\bof\b|\s-\s|,)\s*(?P<value>.+)$",
        _F,
    ),
    re.compile(r"^describe\s+(?P<target>.+?)\s+as\s+(?P<value>.+)$", _F),
    re.compile(
        rf"^give\s+(?P<target>.+?)\s+(?:a|the)\s+{_DESC_NOUN}\s*(?::|\bof\b|-)?\s*(?P<value>.+)$",
        _F,
    ),
    re.compile(
        rf"^(?P<target>.+?)(?:'s)?\s+{_DESC_NOUN}\s*(?::|=|\bshould\s+be\b|\bshould\s+say\b|"
        rf"\bshould\s+read\b|\bis\b|\bto\b)\s*(?P<value>.+)$",
        _F,
    ),
)

# ---------------------------------------------------------------- add

_TASK_NOUN = r"(?:task|todo|to-do|to\s+do|item|reminder|entry|note)s?"
_ADD_WITH_NOUN_RE = re.compile(
    r"^(?:add|adding|create|make|insert|append|log|record|jot\s+down|note\s+down|write\s+down|"
    r"put\s+down|save|enter|set(?:\s+up)?|schedule|start|open)\s+(?:me\s+)?"
    r"(?:(?:a|an|the|another|one\s+more|new|this|my|one)\s+)*"
    r"(?:(?P<prio>high|medium|low|top|urgent|important|normal)(?:[\s-]+priority)?\s+)?"
    r"(?:new\s+)?" + _TASK_NOUN + r"(?=[\s:,-]|$)(?!\s*(?:#|number\s+|no\.?\s*)?\d+\b)"
    r"(?:\s+for\s+(?:me|us)(?=\s*[:,-]))?\s*(?::|-|,|\bto\b|\bcalled\b|\bnamed\b|"
    r"\btitled\b|\bsaying\b|\bthat\s+says\b|\bfor\b|\babout\b|\bwhich\s+is\b|\bthat\s+is\b|"
    r"\bof\b)?\s*(?P<title>.*)$",
    _F,
)
_ADD_SEVERAL_RE = re.compile(
    r"^(?:add|create|make|put\s+down|jot\s+down|new)\s+(?:these|the\s+following|"
    r"(?:two|three|four|five|six|\d+|a\s+few|some|several|multiple)(?:\s+new)?)\s+"
    r"(?:things|tasks|items|todos|to-?dos|reminders)(?:\s+to\s+my\s+list)?\s*[:\-–—]?\s*"
    r"(?P<items>.+)$",
    _F,
)
_LIST_ITEM_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&|\n)\s*(?:and\s+)?", _F)
_ADD_PLAIN_RE = re.compile(
    r"^(?:add|adding|jot\s+down|note\s+down|write\s+down|put\s+down|throw\s+in|"
    r"include)(?:\s*[:\-–—]\s*|\s+)(?P<title>.+)$",
    _F,
)
_ADD_TO_LIST_RE = re.compile(
    r"^(?:put|stick|pop|place|throw|get|slap|whack|bung)\s+(?P<title>.+?)\s+(?:on|onto|in|into|to)"
    r"\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,2}?(?:list|tasks|todos?|to-?dos|agenda)\b.*$",
    _F,
)
_ADD_PREFIX_RE = re.compile(
    r"^(?:remind\s+me\s+(?:(?P<when>today|tonight|tomorrow|later(?:\s+today)?|"
    r"(?:on\s+|next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\d{4}-\d{2}-\d{2})\s+)?(?:to|that\s+i\s+(?:need|have|must|should)\s+to|about|of|that)|"
    r"(?:set|create|make|add|give\s+me)\s+(?:me\s+)?(?:a\s+|an\s+)?reminder\s+"
    r"(?:to|for|about|that)|"
    r"(?:do\s+not|don'?t)\s+(?:let\s+me\s+)?forget\s*(?:to\b|about\b|that\b)?|"
    r"(?:i|we)\s+(?:must\s+not|mustn'?t|shouldn'?t|should\s+not|can'?t|cannot|must|should|"
    r"need\s+to|have\s+to|want\s+to|got\s+to)\s+(?:not\s+)?(?:forget|remember)\s*"
    r"(?:to\b|about\b|that\b)?|"
    r"remember\s+(?:to|that\s+i\s+(?:need|have)\s+to)|"
    r"make\s+sure\s+(?:that\s+)?(?:i|we|to)\b|"
    r"(?:new\s+)?(?:todo|to-?do|task|reminder)\s*[:\-–—]|note\s+to\s+self\s*:?|memo\s*:)"
    r"(?:(?<=[:\-–—])|\b)\s*(?P<title>.+)$",
    _F,
)
_MODAL_RE = re.compile(
    r"^(?:(?:i|we)\s+(?:really\s+|still\s+|also\s+|definitely\s+|probably\s+|just\s+|"
    r"seriously\s+|absolutely\s+)?(?:need\s+to|have\s+to|have\s+got\s+to|got\s+to|gotta|must|"
    r"should|ought\s+to|want\s+to|wanna|plan\s+to|intend\s+to|mean\s+to|will\s+have\s+to|"
    r"will\s+need\s+to|had\s+better|better|would\s+like\s+to|hope\s+to)"
    r"(?:\s+(?:really|definitely|probably|seriously|actually|also|just|finally))?|"
    r"(?:i'?ve|we'?ve)\s+(?:got\s+)?to|"
    r"(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:going\s+to|planning\s+to|supposed\s+to|"
    r"meant\s+to|gonna|hoping\s+to)|"
    r"(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:have|need)\s+to|"
    r"(?:i'?d|i\s+would|we'?d)\s+(?:better|like\s+to)|"
    r"(?:need|have|got)\s+to|gotta|must)\s+(?P<title>.+)$",
    _F,
)
_COMMAND_START_RE = re.compile(
    r"^(?:add|create|delete|remove|erase|mark|rename|reopen|re-open|tick\s+off|cross\s+off|"
    r"check\s+off|update\s+task|change\s+task)\b",
    _F,
)
_LIST_WANT_RE = re.compile(
    r"^(?:see|view|know|check|look\s+at|hear|get|review|go\s+over|go\s+through)\b.*"
    r"\b(?:tasks?|todos?|to-?dos?|list|everything|pending|completed)\b",
    _F,
)

# Pieces cut off an extracted title.
_DESC_SUFFIX_RE = re.compile(
    r"(?:\s*[,;(]\s*|\s+-\s+|\s+)(?:(?:with|and|plus)\s+)?(?:(?:a|the)\s+)?"
    r"(?:description|desc|details|notes?|note\s+saying)\b\s*(?::|-|=|\bof\b|\bsaying\b|"
    r"\bthat\s+says\b|\bwhich\s+says\b|\bis\b)?\s*(?P<d>.+?)\)?$",
    _F,
)
_PRIO_RES = (
    re.compile(
        r"\s*[,;(-]?\s*(?:(?:with|at|as|of)\s+)?(?:a\s+)?(?P<p>high|medium|low|top|normal)"
        r"[\s-]+priority\)?",
        _F,
    ),
    re.compile(r"\s*[,;(-]?\s*priority\s*[:=]?\s*(?P<p>high|medium|low)\)?", _F),
    re.compile(r"^(?P<p>urgent|important|asap)\s*[:!-]+\s*", _F),
    re.compile(r"\s*[,;(-]?\s*\(?(?P<p>urgent|asap|urgently)\)?!*$", _F),
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The dates the offline model reads. The date parser shared by REST, MCP and this model (issue
# 15) replaces _resolve_date and this pattern: they are the one slot for it.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE_WORD = (
    r"(?:today|tonight|tomorrow|(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DUE_STRIP_RE = re.compile(
    rf"\s*[,;(-]?\s*\bdue\s+(?:on\s+|by\s+)?(?P<d>{_DATE_WORD})\)?(?=\W*$|\s)", _F
)
_DUE_KEEP_RE = re.compile(
    rf"\b(?:by|before|on)\s+(?P<d>{_DATE_WORD})\b|\b(?P<e>today|tonight|tomorrow)\b", _F
)
_LIST_SUFFIX_RE = re.compile(
    r"(?:\s+(?:to|on|onto|in|into)\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:list|tasks|todos|to-?dos|agenda|to-?do\s+list)|\s+as\s+an?\s+(?:new\s+)?"
    r"(?:task|todo|to-?do|item|reminder)|\s+(?:please|pls|for\s+me|thanks|thank\s+you|"
    r"thx|too|as\s+well))[\s.!?]*$",
    _F,
)
_TITLE_LEAD_RE = re.compile(
    r"^(?:(?:(?:for\s+)?me\s+to|to|that\s+i\s+(?:need|have|must)\s+to|i\s+(?:need|have|must)\s+to|"
    r"that\s+says|saying|called|named|titled)\s+|[:\-]\s*)",
    _F,
)

# ---------------------------------------------------------------- status changes

_REOPEN_RES = (
    re.compile(
        r"^(?:re-?open|un-?complete|uncheck|untick|unmark|un-?finish|restore|revive|resurrect|"
        r"reactivate|undo|un-?do)\s+(?:the\s+)?(?:completion\s+of\s+|done\s+on\s+)?(?P<t>.+)$",
        _F,
    ),
    re.compile(
        rf"^{_STATUS_VERBS}\s+(?P<t>.+?)\s+(?:as\s+|to\s+|to\s+be\s+|back\s+to\s+|back\s+as\s+|"
        rf"back\s+into\s+|back\s+|into\s+)?{_REOPEN_WORDS}(?:\s+again)?{_FLUFF}$",
        _F,
    ),
    re.compile(
        r"^(?P<t>.+?)\s+(?:isn'?t|is\s+not|wasn'?t|was\s+not|aren'?t|are\s+not)\s+"
        r"(?:actually\s+|really\s+|quite\s+)?(?:done|finished|complete|completed)"
        r"(?:\s+(?:yet|after\s+all))?$",
        _F,
    ),
    re.compile(
        r"^(?:i|we)\s+(?:haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:actually\s+|really\s+)?"
        r"(?:finish(?:ed)?|complete(?:d)?)\s+(?P<t>.+?)(?:\s+(?:yet|after\s+all|actually))?$",
        _F,
    ),
)
_REOPEN_VERB_RE = re.compile(
    r"^(?:i|we)\s+(?:haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:actually\s+|really\s+|"
    r"even\s+)?(?P<t>[a-z]+\s+.+?)(?:\s+(?:yet|after\s+all|actually))?$|"
    r"^(?P<t2>.+?)\s+(?:isn'?t|is\s+not|wasn'?t|was\s+not|aren'?t|are\s+not|hasn'?t\s+been|"
    r"has\s+not\s+been)\s+(?:actually\s+|really\s+)?(?P<pp>[a-z]+)"
    r"(?:\s+(?:yet|after\s+all|actually))?$",
    _F,
)
_COMPLETE_RES = (
    re.compile(
        rf"^{_STATUS_VERBS}\s+(?P<t>.+?)\s+(?:as\s+|to\s+|to\s+be\s+|into\s+)?(?:being\s+)?"
        rf"{_DONE_WORDS}{_FLUFF}$",
        _F,
    ),
    re.compile(r"^(?:mark|check|tick|cross|strike|knock|scratch)\s+off\s+(?P<t>.+)$", _F),
    re.compile(r"^(?:check|tick|cross|strike|knock|scratch|mark)\s+(?P<t>.+?)\s+off\b.*$", _F),
    re.compile(r"^tick\s+(?P<t>.+)$", _F),
    re.compile(
        r"^(?:complete|finish|close|resolve|finali[sz]e|wrap\s+up|accomplish|completing|"
        r"finishing|close\s+out)\s+(?P<t>.+)$",
        _F,
    ),
    re.compile(
        r"^(?:(?:i\s+am|i'?m|im|we\s+are|we'?re)\s+)?(?:all\s+|completely\s+|finally\s+)?"
        r"(?:done|finished|through)\s+with\s+(?P<t>.+)$",
        _F,
    ),
    re.compile(r"^(?:done|finished|completed|complete)\s*(?::|-|,)\s*(?P<t>.+)$", _F),
    re.compile(r"^(?:done|finished|completed)\s+(?P<t>(?:task\s*)?#?\d+.*)$", _F),
)
_COMPLETE_DECL_RES = (
    re.compile(
        r"^(?P<t>.+?)\s+(?:is|are|was|were|has\s+been|have\s+been|got|'s|is\s+now|are\s+now|"
        r"now)\s+(?:(?:all|now|finally|already|officially|completely|totally|fully)\s+)*"
        + _DONE_WORDS
        + r"\b.*$",
        _F,
    ),
    re.compile(
        r"^(?P<t>.+?)\s+" + _DONE_WORDS + r"(?:\s+(?:now|already|today|too|finally))?[.!]*$", _F
    ),
)
_PASSIVE_DONE_RE = re.compile(
    r"^(?P<t>.+?)(?:\s+(?:is|are|was|were|has\s+been|have\s+been|got)|'s)\s+"
    r"(?:(?:all|now|finally|already|officially|completely|totally|fully|just)\s+)*"
    r"(?P<pp>[a-z]+)(?:\s+(?:now|already|today|too|finally))?$",
    _F,
)
_NOUN_PARTICIPLE_RE = re.compile(
    r"^(?P<t>(?:the\s+|my\s+)?[a-z0-9'.-]+(?:\s+[a-z0-9'.-]+){0,3}?)\s+(?P<pp>[a-z]+)"
    r"(?:\s+(?:up|out|off|down|away|back))?(?:\s+(?:now|already|today|at\s+last|finally))?$",
    _F,
)
_STATE_WORDS_RE = re.compile(
    r"\b(?:is|are|was|were|be|being|getting|gets|seems?|looks?|feels?|"
    r"list|rather|quite|very|so|too|bit)\b",
    _F,
)
_PAST_RE = re.compile(
    r"^(?:(?P<subj>i|we)(?:'ve|\s+have|\s+had|'d)?\s+)?(?:(?:just|already|finally|also|actually|"
    r"totally|successfully|now|today|yesterday|earlier|managed\s+to|went\s+ahead\s+and)\s+)*"
    r"(?P<verb>[a-z']+)\b\s*(?P<rest>.*)$",
    _F,
)
_IMPERATIVE_WORDS = lexicon(
    "add create mark delete remove erase rename change update set put remind complete finish tick "
    "check cross reopen cancel drop clear show list display edit make"
)
_PAST_JOIN_RE = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:also|then|i|we|i've|i\s+also|just)\s+)*"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_FINISH_VERBS = frozenset({"finished", "completed", "done", "did", "accomplished", "wrapped"})
_CANCEL_PAST = frozenset({"cancelled", "canceled", "dropped", "scrapped", "abandoned", "ditched"})

# ---------------------------------------------------------------- delete

_DELETE_RES = (
    re.compile(
        r"^(?:clean\s+out|clear\s+out|clean\s+up|clear\s+away|get\s+rid\s+of|wipe\s+out|"
        r"forget\s+about|throw\s+away|throw\s+out|cross\s+out|delete|deleting|remove|removing|"
        r"erase|drop|trash|discard|scrap|cancel|ditch|bin|clear|nuke|kill|axe|purge|wipe|strike|"
        r"forget|toss|eliminate|dump|lose|scratch)\s+(?P<t>.+)$",
        _F,
    ),
    re.compile(
        r"^take\s+(?P<t>.+?)\s+(?:off|out\s+of|from)\s+(?:my|the)\s+(?:[\w-]+\s+)?list\b.*$", _F
    ),
    re.compile(
        r"^(?:i|we)\s+(?:do\s+not|don'?t|no\s+longer|dont|won'?t|will\s+not)\s+"
        r"(?:really\s+|actually\s+)?(?:need|have|want)\s+(?:to\s+)?(?P<t>.+?)"
        r"(?:\s+any\s*more|\s+after\s+all)?$",
        _F,
    ),
    re.compile(r"^no\s+(?:need|longer\s+need)\s+to\s+(?P<t>.+?)(?:\s+any\s*more)?$", _F),
    re.compile(
        r"^(?:we'?re|i'?m|we\s+are|i\s+am|im)\s+not\s+(?:doing|going\s+to\s+do|going\s+to|"
        r"gonna|bothering\s+with)\s+(?P<t>.+?)(?:\s+any\s*more|\s+after\s+all)?$",
        _F,
    ),
    re.compile(
        r"^(?:i|we)\s+(?:won'?t|will\s+not|am\s+not|'m\s+not)\s+(?:be\s+)?needing\s+"
        r"(?P<t>.+?)(?:\s+any\s*more|\s+after\s+all)?$",
        _F,
    ),
    re.compile(
        r"^(?P<t>.+?)\s+(?:can|could|should|may)\s+(?:go|be\s+(?:deleted|removed|dropped|"
        r"scrapped|binned|cancell?ed|cleared|trashed|forgotten))(?:\s+now)?$",
        _F,
    ),
    re.compile(
        r"^(?P<t>.+?)\s+(?:is|are|'s)\s+(?:no\s+longer\s+(?:needed|necessary|relevant|required|"
        r"happening)|not\s+(?:needed|necessary|happening)|unnecessary|cancell?ed|off|obsolete|"
        r"irrelevant)\b.*$",
        _F,
    ),
)

# ---------------------------------------------------------------- rename

_PRIORITY_SET_RE = re.compile(
    r"^(?:(?:make|set|mark|change|update|flag|bump|move)\s+(?P<t>.+?)\s+(?:as\s+|to\s+|up\s+to\s+)?"
    r"(?:a\s+|the\s+)?(?:(?P<p>high|low|medium|top|normal)(?:est)?\s+priority|"
    r"(?P<u>urgent|important))|(?:prioriti[sz]e)\s+(?P<t3>.+))$",
    _F,
)
_PRIORITY_DECL_RE = re.compile(
    r"^(?P<t>.+?)(?:\s+is|'s)\s+(?:very\s+|really\s+|super\s+|quite\s+)?(?:a\s+)?"
    r"(?:(?P<p>high|low|medium|top)\s+priority|(?P<u>urgent|important))$",
    _F,
)
_PRIORITY_FIELD_RE = re.compile(
    r"^(?:set|change|update|make|put|bump|move|switch|turn)\s+(?:the\s+)?(?:priority|importance)"
    r"\s+(?:of|on|for)\s+(?P<t>.+?)\s+(?:to|as|at|into)\s+(?P<p>high|low|medium|normal|top|urgent)"
    r"(?:\s+priority)?$",
    _F,
)
_DUE_RES = (
    re.compile(
        r"^(?:set|change|update|make|move|push|put|shift|bump)\s+(?:the\s+)?(?:due\s+date|deadline|"
        rf"due|date)\s+(?:of|on|for)\s+(?P<t>.+?)\s+(?:to|as|for|on|at)\s+(?P<d>{_DATE_WORD})$",
        _F,
    ),
    re.compile(
        r"^(?:move|push|reschedule|postpone|bump|shift|change|set|make|put)\s+(?P<t>.+?)\s+"
        rf"(?:(?:back|forward)\s+)?(?:to|till|until|for|by|on)\s+(?P<d>{_DATE_WORD})$",
        _F,
    ),
    re.compile(
        r"^(?:make|set)?\s*(?P<t>.+?)\s+(?:is\s+|should\s+be\s+)?due\s+(?:on\s+|by\s+)?"
        rf"(?P<d>{_DATE_WORD})$",
        _F,
    ),
)
_FIELD_WORDS_RE = re.compile(r"\b(?:due(?:\s+date)?|deadline|priority)\b", _F)
_RESTORE_RES = (
    re.compile(r"^(?:bring\s+back|restore|undelete|un-delete|recover|resurrect)\s+(?P<t>.+)$", _F),
    re.compile(
        r"^(?:bring|get|put)\s+(?P<t>.+?)\s+back(?:\s+(?:on|onto|to)\s+(?:my|the)\s+list)?$", _F
    ),
)
_DONE_IT_RE = re.compile(
    r"^(?:done|finished|completed|did\s+it|done\s+(?:it|that)|finished\s+(?:it|that)|"
    r"(?:i\s+)?(?:just\s+)?(?:did|finished|completed)\s+(?:it|that)|i'?ve\s+done\s+(?:it|that))$",
    _F,
)
_DONE_SCOPE_RE = re.compile(
    r"^(?P<t>everything|all\s+(?:of\s+)?(?:my\s+|the\s+)?(?:tasks|them|these|those)?|"
    r"both(?:\s+of\s+them)?|they|those|these|it|that|this|them|the\s+rest|"
    r"all\s+(?:my\s+)?(?:tasks|todos)|everything\s+on\s+(?:my|the)\s+list)"
    r"(?:\s+(?:is|are|was|were|have\s+been|has\s+been)|'s|'re|s)\s+(?:all\s+|now\s+)?"
    r"(?:done|complete|completed|finished|sorted|taken\s+care\s+of)(?:\s+now)?$",
    _F,
)
_BARE_RE = re.compile(
    r"^(?P<verb>add|create|new\s+task|add\s+a\s+(?:new\s+)?task|create\s+a\s+(?:new\s+)?task|"
    r"delete|remove|erase|complete|finish|reopen|mark(?:\s+as)?\s+(?:done|complete|finished)|"
    r"rename|change)(?:\s+(?P<t>(?:task\s*)?#?\d+|it|that|this|that\s+one|this\s+one))?$",
    _F,
)
_UNDO_RE = re.compile(
    r"^(?:undo|revert|reverse|roll\s*back|take\s+(?:that|it)\s+back)(?:\s+(?:that|it|this|"
    r"the\s+last\s+(?:one|change|thing|action)|my\s+last\s+(?:change|action)))?$|"
    r"^(?:that\s+was\s+a\s+mistake|oops,?\s+undo(?:\s+that)?|i\s+didn'?t\s+mean\s+(?:that|to))$",
    _F,
)
_CORRECTION_RE = re.compile(
    r"^(?:(?:make|change|switch|turn)\s+(?P<t>it|that|this)(?:\s+one)?\s+(?:to\s+|into\s+)?|"
    r"(?P<t2>it|that|this)\s+should\s+(?:be|say|read)\s+|i\s+meant\s+)(?P<v>.+?)"
    r"(?:\s+instead)?$",
    _F,
)
_RENAME_RES = (
    re.compile(
        r"^(?:rename|retitle|re-?name|relabel)\s+(?P<t>.+?)\s+(?:to|as|into)\s+(?P<v>.+)$", _F
    ),
    re.compile(
        r"^(?:change|update|edit|modify|set|alter|switch|fix|correct)\s+(?:the\s+)?"
        r"(?:title|name|wording|text)\s+(?:of|for|on)\s+(?P<t>.+?)\s+(?:to|as|into)\s+"
        r"(?:say\s+|read\s+)?(?P<v>.+)$",
        _F,
    ),
    re.compile(
        r"^(?:change|update|edit|modify|alter|switch|fix|correct|rename)\s+(?P<t>[^:=]+?)"
        r"\s*(?::|=|\s-\s)\s*(?P<v>.+)$",
        _F,
    ),
    re.compile(
        r"^(?:change|update|edit|modify|set|alter|switch|make|turn|fix|correct|replace)\s+"
        r"(?P<t>.+?)(?:'s\s+(?:title|name))?\s+(?:to|into|as|with|so\s+(?:that\s+)?it\s+says|"
        r"so\s+(?:that\s+)?it\s+reads)\s+(?:say\s+|read\s+|be\s+)?(?P<v>.+)$",
        _F,
    ),
    re.compile(
        r"^(?:call|name)\s+(?P<t>(?:task\s*)?#\d+|task\s+\d+|it|that(?:\s+one)?|this(?:\s+one)?)"
        r"\s+(?P<v>.+)$",
        _F,
    ),
    re.compile(
        r"^(?P<t>.+?)\s+should\s+(?:be\s+called|be\s+named|be\s+renamed\s+to|say|read)\s+"
        r"(?P<v>.+)$",
        _F,
    ),
)

# ---------------------------------------------------------------- list and questions

_LIST_START_RE = re.compile(
    r"^(?:show|list|display|view|see|get|give|tell|read|print|pull\s+up|bring\s+up|fetch|check|"
    r"review|go\s+over|go\s+through|what|what'?s|whats|which|any|anything|do\s+i|have\s+i|"
    r"did\s+i|are\s+there|is\s+there|how\s+many|how'?s|count|number\s+of|let\s+me\s+see|"
    r"can\s+i\s+see|could\s+i\s+see|may\s+i\s+see|where|remind\s+me\s+what|summari[sz]e|"
    r"overview|status|whats|lemme\s+see|got\s+any|have\s+we|am\s+i|anything\s+else)\b",
    _F,
)
_LIST_NOUN_RE = re.compile(
    r"\b(?:tasks?|todos?|to-?dos?|items?|list|things|stuff|agenda|plate|everything|anything|"
    r"reminders?|backlog|work|got\s+on|on\s+today)\b",
    _F,
)
_TODO_LIST_RE = re.compile(r"\b(?:to\s*-?\s*do|task)\s+list\b", _F)
_PENDING_RE = re.compile(
    r"\b(?:pending|open|outstanding|remaining|left|incomplete|unfinished|undone|uncompleted|"
    r"not\s+(?:yet\s+)?(?:done|completed?|finished|started)|still|to\s*-?\s*do|todo|active|next|"
    r"unchecked|waiting|ahead|upcoming|have\s*n[o']t\s+(?:done|finished|completed)|"
    r"need\s+to\s+do|have\s+to\s+do|due|current)\b",
    _F,
)
_NEGATED_DONE_RE = re.compile(
    r"\b(?:haven'?t|hasn'?t|didn'?t|not|never|yet\s+to)\b(?:\s+\w+){0,3}?\s+"
    r"(?:done|do|finish(?:ed)?|complete(?:d)?|get\s+to|got\s+to|touched|started)\b",
    _F,
)
_COMPLETED_RE = re.compile(
    r"\b(?:(?:i've|i\s+have|have\s+i)\s+(?:already\s+)?(?:managed\s+to\s+)?(?:finish|complete|do|tick)|"
    r"completed?|done|finished|closed|accomplished|achieved|ticked(?:\s+off)?|"
    r"checked\s+off|crossed\s+off|did\s+i|got\s+done)\b",
    _F,
)
_COUNT_RE = re.compile(r"\b(?:how\s+many|count|number\s+of|total)\b", _F)
_QUERY_RE = re.compile(
    r"\b(?:about|containing|contain|mentioning|mention|related\s+to|regarding|with\s+the\s+word|"
    r"matching|that\s+(?:mention|contain|include)s?|involving|"
    r"(?:tasks?|anything|something|ones?|items?)\s+(?:named|called|titled))\s+(?P<q>.+)$",
    _F,
)
_SEARCH_RE = re.compile(
    r"^(?:search|look\s+up|lookup|look\s+for|find|show|list|get|give\s+me|display)\s+"
    r"(?:for\s+|me\s+)?(?:(?:all|any|my|the|every)\s+)*(?:pending\s+|open\s+|completed\s+|"
    r"finished\s+|done\s+)?(?:tasks?|todos?|to-?dos?|items?|anything|something|ones?|"
    r"everything)\s+(?:about|with|containing|mentioning|matching|related\s+to|regarding|"
    r"named|called|titled|that\s+mentions?|that\s+contains?|including|involving|for)\s+"
    r"(?P<q>.+)$|^search\s+(?:for\s+|my\s+tasks\s+for\s+)?(?P<q2>.+)$",
    _F,
)
_SHOW_RE = re.compile(
    r"^(?:show|display|view|see|get|print|pull\s+up|bring\s+up|fetch|check|open)\s+"
    r"(?:me\s+)?(?:up\s+)?",
    _F,
)
_STATUS_STRIP_RE = re.compile(
    r"\b(?:" + _DONE_WORDS[3:-1] + r"|finish|complete|yet|already|still|pending|open|"
    r"outstanding|status|the\s+status\s+of|progress\s+on)\b",
    _F,
)
_STATUS_Q_RE = re.compile(
    r"^(?:did\s+i|did\s+we|have\s+i|have\s+we|has|is|are|was|were)\s+(?P<rest>.+)$", _F
)
_WHAT_ABOUT_RE = re.compile(
    r"^(?:what'?s|what\s+is|whats|what\s+about|how\s+about|how'?s|how\s+is|where\s+(?:am\s+i|are\s+we)"
    r"\s+(?:on|with))\s+(?:the\s+)?(?:status\s+(?:of|on)\s+)?(?P<rest>.+)$",
    _F,
)
_QUESTION_START_RE = re.compile(
    r"^(?:what|what'?s|whats|which|how|is|are|was|were|did|do|does|have|has|any|anything|where|"
    r"when|who|why|can\s+i|could\s+i|may\s+i|should\s+i|am\s+i)\b",
    _F,
)
_LIST_FILLER = lexicon(
    "show list display view see get give tell read print pull bring fetch check review go over "
    "through what what's whats which any anything do did have are is there how many count number "
    "let can could may where me my i all of the on in every everything tasks task todos todo "
    "to-do to-dos to items item things stuff agenda plate reminders currently right now today so "
    "far still left pending open outstanding remaining incomplete unfinished completed complete "
    "done finished closed yet not a again please up got need ones one entire whole full am we you "
    "be it those these that next active due current status overview summary summarize summarise "
    "at look for else quick lemme hear know work backlog upcoming waiting ahead accomplished "
    "achieved does like about and with there's theres we've i've ive total overall altogether"
)

# ---------------------------------------------------------------- social

_GREETING_RE = re.compile(
    r"^(?:hi|hello|hey|hiya|howdy|yo|heya|greetings|hullo|g'?day|good\s+(?:morning|afternoon|"
    r"evening|day)|morning|evening|afternoon|what'?s\s+up|whats\s+up|sup|wassup)"
    r"(?:\s+(?:there|friend|buddy|pal|mate|again|assistant|bot|todochat|everyone|you))*$",
    _F,
)
_HOW_ARE_YOU_RE = re.compile(
    r"^(?:(?:hi|hello|hey)\s+)?(?:how\s+are\s+you(?:\s+doing)?(?:\s+today)?|how'?s\s+it\s+going|"
    r"how\s+is\s+it\s+going|how\s+do\s+you\s+do|you\s+ok|are\s+you\s+there)$",
    _F,
)
_THANKS_RE = re.compile(
    r"^(?:(?:ok(?:ay)?|great|perfect|awesome|cool|nice|brilliant|excellent|wonderful|lovely|"
    r"fantastic|sweet|good|amazing|super|oh)\s*,?\s*)*(?:thanks|thank\s+you|thank\s+u|thx|ty|"
    r"cheers|much\s+appreciated|appreciate\s+it|many\s+thanks|ta)(?:\s+(?:so\s+much|a\s+lot|"
    r"very\s+much|a\s+bunch|again|mate|buddy|a\s+ton))*$",
    _F,
)
_ACK_RE = re.compile(
    r"^(?:ok(?:ay)?|k|great|perfect|awesome|cool|nice|brilliant|excellent|wonderful|lovely|"
    r"fantastic|sweet|good|amazing|got\s+it|sounds\s+good|all\s+good|alright|fine|sure|"
    r"yes|yeah|yep|no|nope|no\s+thanks|that'?s\s+(?:all|it|great|perfect|everything)|that\s+is\s+all|"
    r"nothing\s+else|never\s*mind|nevermind|nvm|forget\s+it|stop|wow|lol|haha|hmm+|oh|ah)"
    r"(?:[\s,]+(?:ok(?:ay)?|great|thanks|thank\s+you|cool|nice|good|perfect|then|for\s+now))*$",
    _F,
)
_HELP_RE = re.compile(
    r"^(?:(?:can\s+you\s+)?help(?:\s+me)?(?:\s+please)?|i\s+need\s+help|what\s+can\s+(?:you|i)\s+"
    r"(?:do|say|ask)(?:\s+(?:for\s+me|here|with\s+(?:you|this)))?|what\s+do\s+you\s+do|"
    r"what\s+are\s+you|who\s+are\s+you|what\s+is\s+this|how\s+do(?:es)?\s+(?:this|it|you)\s+work|"
    r"how\s+(?:do|can)\s+i\s+use\s+(?:this|you|it)|commands|instructions|capabilities|"
    r"what\s+are\s+your\s+(?:features|capabilities|commands|skills)|what\s+are\s+my\s+options|"
    r"options|menu|usage|how\s+does\s+this\s+work|what\s+can\s+you\s+help\s+(?:me\s+)?with)$",
    _F,
)
_BYE_RE = re.compile(
    r"^(?:bye|goodbye|good\s+bye|see\s+you|see\s+ya|good\s*night|later|cya|farewell|ttyl|"
    r"talk\s+(?:to\s+you\s+)?later|bye\s+bye|catch\s+you\s+later)(?:\s+(?:then|now|for\s+now))*$",
    _F,
)

# ---------------------------------------------------------------- targets

_PRONOUN_RE = re.compile(
    r"^(?:it|that|this|that\s+one|this\s+one|that\s+task|this\s+task|the\s+task|the\s+one|"
    r"that\s+item|this\s+item|that\s+todo|this\s+todo|the\s+same\s+one|same\s+one|"
    r"the\s+same\s+task|the\s+previous\s+one|the\s+new\s+one|"
    r"(?:the\s+)?(?:last\s+|new\s+|latest\s+)?(?:one|task|todo|item)?\s*(?:that\s+|which\s+)?"
    r"(?:i|you|we)\s+(?:just\s+)?(?:added|created|made|mentioned|put\s+in|wrote\s+down)"
    r"(?:\s+(?:it|that))?(?:\s+just\s+now)?|what\s+i\s+just\s+(?:added|created)|"
    r"the\s+(?:new|latest|last|newest)\s+(?:task|todo|one)\s+(?:i|you)\s+(?:added|created))$",
    _F,
)
_THEM_RE = re.compile(
    r"^(?:them|those|these|both|both\s+of\s+them|all\s+of\s+them|them\s+all|those\s+ones|"
    r"these\s+ones|those\s+tasks|these\s+tasks|those\s+two|these\s+two|the\s+two|all\s+three|"
    r"all\s+those|all\s+these|them\s+both|both\s+tasks|both\s+ones)$",
    _F,
)
_IDS_RE = re.compile(
    r"^(?:the\s+)?(?:(?:tasks?|todos?|items?|numbers?|no\.?|ids?)\s*)?(?:(?:number|no\.?|id)\s*)?"
    r"#?\s*(?P<first>\d+)(?P<more>(?:\s*(?:,|and|&|\+|or|,\s*and)\s*(?:(?:tasks?|number|no\.?)\s*)?"
    r"#?\s*\d+)*)$",
    _F,
)
_ORDINAL_RE = re.compile(
    r"^(?:the\s+)?(?:very\s+)?(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|last|final|latest|newest|top|bottom|1st|2nd|3rd|\d+th)"
    r"(?:\s+(?:one|task|item|todo|entry|thing|on\s+(?:the|my|that|your)\s+list|"
    r"in\s+(?:the|my|that|your)\s+list|from\s+(?:the|my|that)\s+list|listed|you\s+listed|"
    r"you\s+showed|you\s+mentioned))*$",
    _F,
)
_ORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|1st|2nd|3rd|"
    r"\d+th)"
)
_ORDINAL_WORD_RE = re.compile(_ORD, _F)
_ORDINAL_LIST_RE = re.compile(
    rf"^(?:the\s+)?{_ORD}(?:\s+(?:one|task))?(?:\s*(?:,|and|&|\+)\s*(?:the\s+)?{_ORD}"
    r"(?:\s+(?:one|task))?)+"
    r"(?:\s+(?:ones|tasks|items|ones\s+on\s+the\s+list))?$",
    _F,
)
_SPAN_RE = re.compile(
    r"^(?:the\s+|both\s+)?(?P<end>first|top|last|bottom)\s+(?P<n>two|three|four|five|six|\d+)"
    r"(?:\s+(?:ones|tasks|items|todos|on\s+(?:the|my)\s+list))*$",
    _F,
)
_NUMBER_ORDINAL_RE = re.compile(
    r"^(?:the\s+)?(?:one|task|item)\s+(?:number\s+)?(?:no\.?\s+)?(?P<n>\w+)\s+on\s+(?:the|my|that)"
    r"\s+list$",
    _F,
)
_RELATIVE_RE = re.compile(
    r"\b(?:the\s+rest|everything\s+else|(?:all\s+)?the\s+others|anything\s+else|all\s+else|"
    r"the\s+remaining(?:\s+ones)?)\b",
    _F,
)
_EXCEPTION_IN_MESSAGE_RE = re.compile(
    r"\b(?:except(?:\s+for)?|apart\s+from|other\s+than|but\s+not|besides|excluding|save\s+for|"
    r"(?:only\s+)?keep(?:\s+only)?|but\s+keep)"
    r"\s+(?P<ex>[^,.;!?]+?)(?=\s*(?:[,.;!?]|$|\bso\b|\band\b))|"
    r"\bonly\s+(?P<ex2>[^,.;!?]+?)\s+(?:not\s+yet|not\s+done|is\s+not\s+done|isn't\s+done|"
    r"left|remains?|stays?)\b",
    _F,
)
_WH_TITLES = frozenset(
    {
        "why",
        "what",
        "how",
        "when",
        "where",
        "who",
        "that",
        "this",
        "it",
        "them",
        "so",
        "too",
        "more",
    }
)
_BOTH_RE = re.compile(
    r"^both\s+(?:of\s+)?(?:the\s+|my\s+)?(?P<x>.+?)(?:\s+(?:ones|tasks|items|todos|things))?$", _F
)
_QUANTIFIER_RE = re.compile(r"\b(?:all|every|everything|each|entire|whole|the\s+rest)\b", _F)
_SCOPE_STATUS_RE = re.compile(
    r"^(?:the\s+|my\s+|any\s+)?(?P<s>completed|finished|done|checked|ticked|closed|old|pending|"
    r"open|incomplete|unfinished|outstanding)(?:\s+(?:tasks|ones|items|todos|to-?dos|stuff))?$",
    _F,
)
_EXCEPT_RE = re.compile(
    r"^(?P<all>.+?)\s*,?\s+(?:except(?:\s+for)?|but(?:\s+not)?|other\s+than|apart\s+from|besides|"
    r"save\s+for|excluding|minus|without|(?:only\s+)?(?:keep|leave)(?:\s+only)?|but\s+keep)"
    r"\s+(?P<ex>.+?)(?:\s+(?:not\s+yet|not\s+done|is\s+not\s+done|stays?|remains?))?$|"
    r"^(?P<all2>.+?)\s*,?\s+only\s+(?P<ex2>.+?)\s+(?:not\s+yet|not\s+done|is\s+not\s+done|"
    r"isn't\s+done|left|remains?|stays?)$",
    _F,
)
# Words that turn a bulk request around ("delete all, only keep X"): never act on a guess then.
_NEGATION_RE = re.compile(
    r"\b(?:not|n't|except|keep|leave|but|only|apart|besides|without|excluding|other\s+than)\b", _F
)
_EXCEPT_HEAD_RE = re.compile(
    r"^(?:(?:the|my)\s+)?(?:(?:one|ones|task|tasks|item|items|thing|things)\s+)?"
    r"(?:(?:about|with|for|called|named|titled|mentioning|that\s+says|saying|on)\s+)?",
    _F,
)
_PARTS_SPLIT_RE = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*", _F)
_BY_DOING_RE = re.compile(
    r"^.*?\b(?:by|and)\s+(?:removing|deleting|clearing|getting\s+rid\s+of|marking|"
    r"completing|ticking\s+off)\s+",
    _F,
)
_SCOPE_FILLER = STOPWORDS | lexicon(
    "completed complete done finished pending open incomplete unfinished outstanding remaining "
    "left closed which that's thats what's i've we've still not checked ticked crossed marked "
    "ones else rest currently removing deleting clearing evening morning tonight week weekend "
    "today's evening's morning's tonight's week's"
)
_TARGET_TAIL_RE = re.compile(
    r"(?:\s+(?:please|pls|plz|now|for\s+me|already|too|as\s+well|again|right\s+now|thanks|"
    r"thank\s+you|thx|then|finally|asap|at\s+once|any\s*more|after\s+all)|"
    r"\s+(?:from|off|on|in|out\s+of)\s+(?:my|the|our)\s+(?:[\w-]+\s+)?(?:list|tasks|todos?|"
    r"to-?dos)|\s+(?:task|item|todo))+$",
    _F,
)
_TARGET_HEAD_RE = re.compile(
    r"^(?:(?:the|my|a|an|our)\s+)?(?:(?:task|todo|to-do|item|reminder)s?\s+)?"
    r"(?:(?:called|named|titled|about|for|to|that\s+says|saying|which\s+says)\s+)?",
    _F,
)


# ================================================================ helpers


def _restore(text: str, quotes: tuple[str, ...]) -> str:
    """Put the user's quoted text back where placeholders stand."""
    return _PLACEHOLDER_RE.sub(lambda m: quotes[int(m.group(1))], text)


def _only_placeholder(text: str) -> int | None:
    m = _PLACEHOLDER_RE.fullmatch(text.strip(" .,!?;:"))
    return int(m.group(1)) if m else None


def _strip_filler(clause: str) -> str:
    return _FILLER_RE.sub("", clause.strip()).strip(" ,")


def _status_of(text: str) -> Status:
    low = _TODO_LIST_RE.sub(" ", text.lower())
    if _PENDING_RE.search(low) or _NEGATED_DONE_RE.search(low):
        return "pending"
    if _COMPLETED_RE.search(low):
        return "completed"
    return "all"


def _resolve_date(word: str, today: date) -> str | None:
    w = " ".join(word.lower().split())
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", w):
        try:
            return date.fromisoformat(w).isoformat()
        except ValueError:
            return None
    if w in ("today", "tonight"):
        return today.isoformat()
    if w == "tomorrow":
        return (today + timedelta(days=1)).isoformat()
    named = re.fullmatch(
        r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[a-z]+)|(?P<m2>[a-z]+)\s+"
        r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?),?(?:\s+(?P<y>\d{4}))?",
        w,
    )
    if named:
        month = (named.group("m") or named.group("m2"))[:3]
        day_of_month = int(named.group("d") or named.group("d2"))
        if month in _MONTHS:
            year = int(named.group("y") or today.year)
            try:
                found = date(year, _MONTHS.index(month) + 1, day_of_month)
            except ValueError:
                return None
            if named.group("y") is None and found < today:
                found = found.replace(year=year + 1)
            return found.isoformat()
    parts = w.split()
    day = parts[-1]
    if day in _WEEKDAYS:
        delta = (_WEEKDAYS.index(day) - today.weekday()) % 7
        if delta == 0 or parts[0] == "next":
            delta = delta or 7
        return (today + timedelta(days=delta)).isoformat()
    return None


def _clean_value(text: str, quotes: tuple[str, ...]) -> str:
    """A new title or description as the user wrote it, without wrapping punctuation."""
    idx = _only_placeholder(text)
    if idx is not None:
        return quotes[idx].strip()
    value = text.strip()
    value = re.sub(r"[\s,]+(?:please|pls|instead|thanks|thank\s+you)[.!]*$", "", value, flags=_F)
    value = _restore(value, quotes).strip()
    value = value.strip(" \t")
    if value.endswith(".") and not value.endswith(".."):
        value = value[:-1]
    return value.strip(" !?").strip()


def _clean_title(
    raw: str, quotes: tuple[str, ...], today: date
) -> tuple[str, str | None, Priority | None, str | None]:
    """Split an add request's object into title, description, priority and due date."""
    text = raw.strip()
    description: str | None = None
    m = _DESC_SUFFIX_RE.search(text)
    if m and m.start() > 0:
        description = _clean_value(m.group("d"), quotes) or None
        text = text[: m.start()]
    priority: Priority | None = None
    for rx in _PRIO_RES:
        pm = rx.search(text)
        if pm:
            p = pm.group("p").lower()
            priority = (
                "high"
                if p in ("high", "top", "urgent", "important", "asap", "urgently")
                else ("medium" if p in ("medium", "normal") else "low")
            )
            text = (text[: pm.start()] + " " + text[pm.end() :]).strip()
            break
    due: str | None = None
    dm = _DUE_STRIP_RE.search(text)
    if dm:
        due = _resolve_date(dm.group("d"), today)
        text = (text[: dm.start()] + text[dm.end() :]).strip()
    else:
        km = _DUE_KEEP_RE.search(text)
        if km:
            due = _resolve_date(km.group("d") or km.group("e"), today)
    for _ in range(3):
        new = _LIST_SUFFIX_RE.sub("", text).strip()
        new = _TITLE_LEAD_RE.sub("", new).strip()
        if new == text:
            break
        text = new
    qm = _PLACEHOLDER_RE.search(text)
    if qm:
        title = quotes[int(qm.group(1))].strip()
    elif re.fullmatch(r"(['\"“‘]).+(['\"”’])", text.strip()):
        # A quoted title with an apostrophe inside ('Plan Hiroshi's lunch') escaped protection.
        title = text.strip()[1:-1].strip()
    else:
        title = text.strip(" \t,;:-")
        title = title.rstrip("?!")
        if title.endswith(".") and not title.endswith(".."):
            title = title[:-1]
        title = title.strip()
    return capitalise(_base_verb(title)), description, priority, due


def _base_verb(title: str) -> str:
    """ "booking aquarium tickets" -> "book aquarium tickets": a title starts with a verb."""
    first, _, rest = title.partition(" ")
    low = first.lower()
    if rest and low.endswith("ing") and len(low) > 5:
        base = stem(low)
        for verb in (base, base + "e", base[:-1] if base.endswith("i") else base):
            if verb in TASK_VERBS or verb in LIGHT_VERBS:
                return f"{verb} {rest}"
    return title


# ================================================================ targets


def parse_target(raw: str, quotes: tuple[str, ...] = ()) -> Target:
    """Read the phrase naming a task: "task 3", "#3", "it", "the second one", "all done ones"."""
    t = raw.strip(" \t.,!?;:")
    for _ in range(3):
        new = _TARGET_TAIL_RE.sub("", t).strip(" \t.,!?;:")
        if new == t:
            break
        t = new
    idx = _only_placeholder(t)
    if idx is not None:
        return Target("words", text=quotes[idx].strip(), exact=True)
    if _PRONOUN_RE.match(t):
        return Target("it")
    if _THEM_RE.match(t):
        return Target("them")
    m = _IDS_RE.match(t)
    if m:
        ids = [int(m.group("first"))]
        ids += [int(x) for x in re.findall(r"\d+", m.group("more") or "")]
        return Target("ids", ids=tuple(dict.fromkeys(ids)))
    m = _ORDINAL_RE.match(t)
    if m:
        o = m.group("o").lower()
        n = ORDINALS.get(o)
        if n is None:
            n = int(re.sub(r"\D", "", o))
        return Target("ordinal", ordinal=n)
    m = _ORDINAL_LIST_RE.match(t)
    if m:
        found = [w.lower() for w in _ORDINAL_WORD_RE.findall(t)]
        values = [ORDINALS.get(w) or int(re.sub(r"\D", "", w)) for w in found]
        return Target("ordinal", ordinal=values[0], ordinals=tuple(dict.fromkeys(values)))
    m = _SPAN_RE.match(t)
    if m:
        n_text = m.group("n").lower()
        span = NUMBER_WORDS.get(n_text) or int(n_text)
        first = -span if m.group("end").lower() in ("last", "bottom") else 1
        return Target("ordinal", ordinal=first, span=span)
    m = _NUMBER_ORDINAL_RE.match(t)
    if m:
        n_text = m.group("n").lower()
        n = NUMBER_WORDS.get(n_text) or (int(n_text) if n_text.isdigit() else 0)
        if n:
            return Target("ordinal", ordinal=n)
    m = _BOTH_RE.match(t)
    if m and content_stems(_restore(m.group("x"), quotes)):
        kept = [w for w in words(_restore(m.group("x"), quotes)) if w not in _SCOPE_FILLER]
        return Target("all", text=" ".join(kept), span=2)
    m = _SCOPE_STATUS_RE.match(t)
    if m:
        s = m.group("s").lower()
        status: Status = (
            "pending"
            if s in ("pending", "open", "incomplete", "unfinished", "outstanding")
            else "completed"
        )
        return Target("all", status=status)
    t = _BY_DOING_RE.sub("", t)
    m = _EXCEPT_RE.match(t)
    whole = (m.group("all") or m.group("all2")) if m else None
    if m and whole and _QUANTIFIER_RE.search(whole):
        scope = parse_target(whole, quotes)
        exception = m.group("ex") or m.group("ex2")
        if scope.kind == "all":
            parts = [_EXCEPT_HEAD_RE.sub("", p).strip() for p in _PARTS_SPLIT_RE.split(exception)]
            spared = tuple(_restore(p, quotes) for p in parts if p)
            return replace(scope, exclude=spared)
    if _QUANTIFIER_RE.search(t):
        rest = _QUANTIFIER_RE.sub(" ", t)
        status = _status_of(rest)
        kept = [w for w in words(_restore(rest, quotes)) if w not in _SCOPE_FILLER]
        relative = bool(_RELATIVE_RE.search(t))
        if kept and _NEGATION_RE.search(t):
            # "everything, only the garbage not yet": words beside a turn-around are unclear.
            return Target("all", status=status, text=" ".join(kept), relative=True)
        return Target("all", status=status, text=" ".join(kept), relative=relative)
    t = _TARGET_HEAD_RE.sub("", t).strip()
    text = _restore(t, quotes).strip()
    has_quote = _PLACEHOLDER_RE.search(t) is not None
    if not content_stems(text):
        return Target("it")
    return Target("words", text=text, exact=has_quote)


# ================================================================ clause rules


def _describe(s: str, quotes: tuple[str, ...]) -> Intent | None:
    for i, rx in enumerate(_DESCRIBE_RES):
        m = rx.match(s)
        if not m:
            continue
        target = parse_target(m.group("target"), quotes)
        if i == len(_DESCRIBE_RES) - 1 and target.kind == "words" and not target.exact:
            continue
        value = _clean_value(m.group("value"), quotes)
        if value:
            return Intent("describe", target=target, description=value)
    return None


def _add_several(s: str, quotes: tuple[str, ...], today: date) -> list[Intent]:
    """ "add two things: buy eggs and buy flour" -> one add per item."""
    m = _ADD_SEVERAL_RE.match(s)
    if not m:
        return []
    items = [p for p in _LIST_ITEM_SPLIT_RE.split(m.group("items")) if p and p.strip()]
    if len(items) < 2:
        return []
    out: list[Intent] = []
    for item in items:
        title, description, priority, due = _clean_title(item, quotes, today)
        if title:
            out.append(
                Intent("add", title=title, description=description, priority=priority, due=due)
            )
    return out


def _add(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    m = _ADD_WITH_NOUN_RE.match(s)
    prio_word: str | None = None
    raw: str | None = None
    if m:
        raw = m.group("title")
        prio_word = m.group("prio")
    when: str | None = None
    if not m:
        for rx in (_ADD_TO_LIST_RE, _ADD_PREFIX_RE, _ADD_PLAIN_RE):
            m = rx.match(s)
            if m:
                raw = m.group("title")
                when = m.groupdict().get("when")
                break
    if raw is None:
        return None
    # "add a task: I need to remember to call mom" -> peel nested prefixes too.
    for _ in range(2):
        inner = _ADD_PREFIX_RE.match(raw.strip()) or _MODAL_RE.match(raw.strip())
        if not inner:
            break
        raw = inner.group("title")
    title, description, priority, due = _clean_title(raw, quotes, today)
    if when and due is None:
        due = _resolve_date(re.sub(r"^on\s+", "", when, flags=_F), today)
    if prio_word and priority is None:
        p = prio_word.lower()
        priority = (
            "high"
            if p in ("high", "top", "urgent", "important")
            else ("medium" if p in ("medium", "normal") else "low")
        )
    return Intent("add", title=title, description=description, priority=priority, due=due)


def _status_change(s: str, quotes: tuple[str, ...], question: bool) -> Intent | None:
    for i, rx in enumerate(_REOPEN_RES):
        m = rx.match(s)
        if m and not (question and i >= 2):
            return Intent("reopen", target=parse_target(m.group("t"), quotes))
    for rx in _COMPLETE_RES:
        m = rx.match(s)
        if m:
            return Intent("complete", target=parse_target(m.group("t"), quotes))
    return None


def _delete(s: str, quotes: tuple[str, ...], question: bool) -> Intent | None:
    for i, rx in enumerate(_DELETE_RES):
        if question and i >= 2:
            break
        m = rx.match(s)
        if not m:
            continue
        target = parse_target(m.group("t"), quotes)
        verb = s.split(None, 1)[0].lower()
        if verb == "forget" and target.kind in ("it", "them"):
            return None
        return Intent("delete", target=target)
    return None


def _priority(s: str, quotes: tuple[str, ...]) -> Intent | None:
    m = _PRIORITY_SET_RE.match(s)
    if not m:
        return None
    if m.group("t3"):
        return Intent("priority", target=parse_target(m.group("t3"), quotes), priority="high")
    word = (m.group("p") or m.group("u") or "high").lower()
    level: Priority = (
        "low"
        if word.startswith("low")
        else ("medium" if word.startswith(("medium", "normal")) else "high")
    )
    return Intent("priority", target=parse_target(m.group("t") or "it", quotes), priority=level)


def _field_edit(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """ "set the priority of X to high", "move X to friday", "change the due date of X to D"."""
    m = _PRIORITY_FIELD_RE.match(s)
    if m:
        word = m.group("p").lower()
        level: Priority = (
            "low" if word == "low" else "medium" if word in ("medium", "normal") else "high"
        )
        return Intent("priority", target=parse_target(m.group("t"), quotes), priority=level)
    for rx in _DUE_RES:
        m = rx.match(s)
        if m:
            due = _resolve_date(m.group("d"), today)
            if due is not None:
                return Intent("due", target=parse_target(m.group("t"), quotes), due=due)
    return None


def _restore_request(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """ "bring back the gym task", "restore X": a deleted task back (the trash), by its words."""
    for rx in _RESTORE_RES:
        m = rx.match(s)
        if m:
            return Intent("restore", target=parse_target(m.group("t"), quotes))
    return None


def _done_scope(s: str) -> Intent | None:
    """ "everything is done", "both are finished", "that's done": no title words at all."""
    if _DONE_IT_RE.match(s):
        return Intent("complete", target=Target("it"))
    m = _DONE_SCOPE_RE.match(s)
    if not m:
        return None
    return Intent("complete", target=parse_target(m.group("t")))


def _bare(s: str) -> Intent | None:
    """A command verb with nothing to act on: ask for the missing part."""
    m = _BARE_RE.match(s)
    if not m:
        return None
    verb = m.group("verb").lower()
    if verb.startswith(("add", "create", "new")):
        pronoun = (m.group("t") or "").lower()
        return Intent("add", title=pronoun if pronoun in _PRONOUN_TITLES else "")
    if m.group("t"):
        if not verb.startswith(("rename", "change")):
            return None
        return Intent("rename", target=parse_target(m.group("t")), title="")
    kind: IntentKind = (
        "delete"
        if verb.startswith(("delete", "remove", "erase"))
        else "reopen"
        if verb.startswith("reopen")
        else "rename"
        if verb.startswith(("rename", "change"))
        else "complete"
    )
    return Intent(kind, target=Target("it"), title="")


def _rename(s: str, quotes: tuple[str, ...]) -> Intent | None:
    m = _CORRECTION_RE.match(s)
    if m:
        value = _clean_value(m.group("v"), quotes)
        if value and not re.fullmatch(_DONE_WORDS + "|" + _REOPEN_WORDS, value, _F):
            target = parse_target(m.group("t") or "it", quotes)
            return Intent("rename", target=target, title=capitalise(value), text="correction")
    for rx in _RENAME_RES:
        m = rx.match(s)
        if not m:
            continue
        if _FIELD_WORDS_RE.search(m.group("t")) and _only_placeholder(m.group("t")) is None:
            continue
        if re.fullmatch(_DATE_WORD, m.group("v").strip(" .!"), _F):
            continue
        target = parse_target(m.group("t"), quotes)
        value_raw = m.group("v")
        low_value = value_raw.strip(" .!").lower()
        if re.fullmatch(_DONE_WORDS, low_value, _F):
            return Intent("complete", target=target)
        if re.fullmatch(_REOPEN_WORDS, low_value, _F):
            return Intent("reopen", target=target)
        if re.search(r"\bpriority\b|\bdue\b", low_value) and _only_placeholder(value_raw) is None:
            continue
        value = _clean_value(value_raw, quotes)
        if value:
            return Intent("rename", target=target, title=capitalise(value))
    return None


def _status_question(low: str, quotes: tuple[str, ...]) -> Intent | None:
    """ "Is the dog walked?", "did I call mom?", "what's the status of task 3?" """
    sm = _STATUS_Q_RE.match(low)
    if sm is None:
        sm = _WHAT_ABOUT_RE.match(low)
        vague = not re.search(r"\b(?:status|progress|task|todo|item)\b", low)
        if sm is not None and vague and not re.match(r"^(?:what|how)\s+about\b", low):
            return None
    if not sm or re.match(r"^(?:is|are)\s+there\b", low):
        return None
    rest = _STATUS_STRIP_RE.sub(" ", sm.group("rest"))
    if not [t for t in words(rest) if t not in _LIST_FILLER and t not in STOPWORDS]:
        return None
    target = parse_target(rest, quotes)
    if target.kind in ("words", "ids", "ordinal"):
        return Intent("status", target=target)
    return None


def _list(s: str, quotes: tuple[str, ...]) -> Intent | None:
    low = s.lower().strip(" ?.!")
    tokens = words(low)
    if not tokens:
        return None
    count = bool(_COUNT_RE.search(low))
    m = _SEARCH_RE.match(s)
    if m:
        group = "q" if m.group("q") is not None else "q2"
        query = _restore(m.group(group), quotes).strip(" ?.!")
        prefix = low[: m.start(group)]
        return Intent("count" if count else "list", status=_status_of(prefix), query=query)
    question = _status_question(low, quotes)
    if question is not None:
        return question
    only_list_words = all(t in _LIST_FILLER for t in tokens) and bool(
        _LIST_NOUN_RE.search(low)
        or _PENDING_RE.search(low)
        or _COMPLETED_RE.search(low)
        or re.match(r"^(?:show|list|display|view|see)\b", low)
    )
    starts = bool(_LIST_START_RE.match(low))
    if not starts and not only_list_words:
        return None
    has_noun = bool(_LIST_NOUN_RE.search(low))
    status = _status_of(low)
    q = _QUERY_RE.search(s)
    if q and starts:
        query = _restore(q.group("q"), quotes).strip(" ?.!")
        return Intent(
            "count" if count else "list", status=_status_of(low[: q.start()]), query=query
        )
    leftovers = [t for t in tokens if t not in _LIST_FILLER and t not in STOPWORDS]
    if starts and leftovers and _SHOW_RE.match(low):
        target = parse_target(_SHOW_RE.sub("", s), quotes)
        if target.kind in ("ids", "ordinal") or (target.kind == "words" and not has_noun):
            return Intent("status", target=target)
    if not (has_noun or status != "all" or only_list_words or count):
        return None
    if starts and leftovers and not has_noun and status == "all":
        return None
    query = ""
    if leftovers and has_noun:
        query = " ".join(w for w in words(_restore(s, quotes)) if w in leftovers)
    # Words left over ("show me absolutely everything", "at the moment") are a loose query:
    # the planner keeps only those that name some task.
    return Intent("count" if count else "list", status=status, query=query, text="loose")


def _modal_add(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    m = _MODAL_RE.match(s)
    if not m:
        return None
    rest = m.group("title").strip()
    if _COMMAND_START_RE.match(rest) or _LIST_WANT_RE.match(rest):
        inner = _parse_clause(rest, quotes, today)
        if inner is not None and inner.kind not in SOCIAL_KINDS:
            return inner
    inner_prefix = _ADD_PREFIX_RE.match(rest)
    if inner_prefix:
        rest = inner_prefix.group("title")
    title, description, priority, due = _clean_title(rest, quotes, today)
    return Intent(
        "add", title=title, description=description, priority=priority, due=due, text="implied"
    )


def _declarative(s: str, quotes: tuple[str, ...]) -> Intent | None:
    m = _PRIORITY_DECL_RE.match(s)
    if m:
        word = (m.group("p") or m.group("u")).lower()
        level: Priority = "low" if word == "low" else ("medium" if word == "medium" else "high")
        return Intent("priority", target=parse_target(m.group("t"), quotes), priority=level)
    m = _REOPEN_VERB_RE.match(s)
    if m:
        if m.group("t") is not None:
            return Intent("reopen", target=parse_target(m.group("t"), quotes))
        if is_past_tense(m.group("pp")):
            target = parse_target(m.group("t2"), quotes)
            if target.kind == "words":
                target = Target("words", text=f"{m.group('pp')} {target.text}")
            return Intent("reopen", target=target)
    for rx in _COMPLETE_DECL_RES:
        m = rx.match(s)
        if m:
            target = parse_target(m.group("t"), quotes)
            return Intent("complete", target=target)
    m = _PASSIVE_DONE_RE.match(s)
    if m and is_past_tense(m.group("pp")):
        target = parse_target(m.group("t"), quotes)
        if target.kind == "words":
            target = Target("words", text=f"{m.group('pp')} {target.text}")
        return Intent("complete", target=target)
    m = _NOUN_PARTICIPLE_RE.match(s)
    if (
        m
        and not _STATE_WORDS_RE.search(m.group("t"))
        and is_past_tense(m.group("pp"))
        and not re.match(r"^(?:i|we|you|they|he|she)\b", s, _F)
        and not is_past_tense(s.split(None, 1)[0])
    ):
        target = parse_target(m.group("t"), quotes)
        if target.kind == "words":
            return Intent("complete", target=Target("words", text=f"{m.group('pp')} {target.text}"))
    m = _PAST_RE.match(s)
    if not m:
        return None
    verb = m.group("verb").lower()
    rest = m.group("rest").strip()
    subject = m.group("subj") is not None
    if verb in _CANCEL_PAST and rest:
        return Intent("delete", target=parse_target(rest, quotes))
    if verb in _FINISH_VERBS and rest and verb != "did":
        return Intent("complete", target=parse_target(rest, quotes))
    past = is_past_tense(verb) or (subject and verb in SAME_PAST)
    if not past or not rest:
        return None
    target = parse_target(rest, quotes)
    if target.kind == "all" and not target.exclude and target.span <= 1 and verb != "did":
        # "we've called the whole thing off": a report of one deed never completes a list.
        return None
    if target.kind == "it":
        base = IRREGULAR_VERBS.get(verb, verb)
        return Intent("complete", target=replace(target, hint=base))
    if target.kind in ("words",):
        return Intent(
            "complete",
            target=Target("words", text=f"{verb} {target.text}", exact=False),
        )
    return Intent("complete", target=target)


def _imperative_add(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    tokens = words(s)
    if len(tokens) < 2 or tokens[0] not in TASK_VERBS:
        return None
    title, description, priority, due = _clean_title(s, quotes, today)
    return Intent("add", title=title, description=description, priority=priority, due=due)


@dataclass(frozen=True)
class _Clause:
    """One clause, cleaned, with what every rule needs to read it."""

    text: str
    quotes: tuple[str, ...]
    today: date
    question: bool


# The cascade, most specific first. Questions never add, and never complete or
# delete by a declarative ("is the fence done?" is not "the fence is done").
_RULES: tuple[Callable[[_Clause], Intent | None], ...] = (
    lambda c: None if c.question else _done_scope(c.text),
    lambda c: _bare(c.text),
    lambda c: _describe(c.text, c.quotes),
    lambda c: _priority(c.text, c.quotes),
    lambda c: None if c.question else _add(c.text, c.quotes, c.today),
    lambda c: None if c.question else _field_edit(c.text, c.quotes, c.today),
    lambda c: None if c.question else _restore_request(c.text, c.quotes),
    lambda c: _status_change(c.text, c.quotes, c.question),
    lambda c: _delete(c.text, c.quotes, c.question),
    lambda c: _rename(c.text, c.quotes),
    lambda c: _list(c.text, c.quotes),
    lambda c: None if c.question else _modal_add(c.text, c.quotes, c.today),
    lambda c: None if c.question else _declarative(c.text, c.quotes),
    lambda c: None if c.question else _imperative_add(c.text, c.quotes, c.today),
)


def _parse_clause(clause: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """Read one clause; the order of the rules is the order of their specificity."""
    s = _strip_filler(clause)
    if not s:
        return None
    first = s.split(None, 1)[0].lower()
    question = bool(_QUESTION_START_RE.match(s)) or (
        s.rstrip().endswith("?") and first not in _IMPERATIVE_WORDS and first not in TASK_VERBS
    )
    s = _TRAILING_SYMBOLS_RE.sub("", s.strip()).rstrip("?!. ").strip()
    if not s:
        return None
    if _UNDO_RE.match(s):
        return Intent("undo")
    context = _Clause(s, quotes, today, question)
    for rule in _RULES:
        intent = rule(context)
        if intent is not None:
            return intent
    return Intent("unknown", text=_restore(s, quotes))


# ================================================================ message level


def _social(text: str) -> Intent | None:
    low = " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())
    if not low:
        return Intent("unknown")
    low = re.sub(r"^(?:hi|hello|hey)\s+(?=(?:how|what|who|can|thanks|thank))", "", low)
    if _GREETING_RE.match(low):
        return Intent("greet")
    if _HOW_ARE_YOU_RE.match(low):
        return Intent("greet", text="how")
    if _THANKS_RE.match(low):
        return Intent("thanks")
    if _BYE_RE.match(low):
        return Intent("bye")
    if _HELP_RE.match(low) or _HELP_RE.match(re.sub(r"^(?:so|ok|okay|um|hey|hi)\s+", "", low)):
        return Intent("help")
    if _ACK_RE.match(low):
        return Intent("thanks", text="ack")
    return None


def _protect_quotes(text: str) -> tuple[str, tuple[str, ...]]:
    quotes: list[str] = []

    def keep(m: re.Match[str]) -> str:
        quotes.append(next(g for g in m.groups() if g is not None))
        return f"qq{len(quotes) - 1}qq"

    return _QUOTE_RE.sub(keep, text), tuple(quotes)


def _sentences(text: str) -> list[str]:
    # Clauses of a message also end at ";" (the normaliser keeps them in one sentence).
    return sentences(text, _SENTENCE_RE)


def _clauses(sentence: str) -> list[str]:
    """Split at "and <verb>", but never inside a description or an explicitly marked title."""
    limit = len(sentence)
    for rx in (_DESC_KEYWORD_RE, _TITLE_MARKER_RE):
        found = rx.search(sentence)
        if found:
            limit = min(limit, found.start())
    parts: list[str] = []
    start = 0
    for m in _CLAUSE_SPLIT_RE.finditer(sentence):
        if m.start() >= limit:
            break
        if m.start() > start:
            parts.append(sentence[start : m.start()])
            start = m.end()
    parts.append(sentence[start:])
    out: list[str] = []
    for part in (x.strip() for x in parts):
        if part:
            out.extend(_split_past(part))
    return out


def _split_past(clause: str) -> list[str]:
    """ "I walked the dog and called mom" reports two finished tasks."""
    head = _PAST_RE.match(_strip_filler(clause))
    if head is None or not is_past_tense(head.group("verb")):
        return [clause]
    pieces: list[str] = []
    start = 0
    for m in _PAST_JOIN_RE.finditer(clause):
        if is_past_tense(m.group("verb")) and m.group("verb").lower() not in _FINISH_VERBS:
            pieces.append(clause[start : m.start()])
            start = m.start("verb")
    pieces.append(clause[start:])
    return [p.strip() for p in pieces if p.strip()]


_PRONOUN_TITLES = frozenset({"it", "that", "this", "that one", "this one", "them", "those"})


def _implied_adds_as_context(intents: list[Intent]) -> list[Intent]:
    """ "I need to redo the kitchen, reopen it": the first clause names the task, it adds none."""
    out: list[Intent] = []
    for intent in intents:
        if intent.kind == "add" and intent.title.lower() in _PRONOUN_TITLES:
            # "I need to buy milk, add it": the task is the one the previous clause named.
            if out and out[-1].kind == "add":
                continue
            if out and out[-1].kind == "unknown" and out[-1].text:
                out[-1] = Intent("add", title=capitalise(out[-1].text))
                continue
            intent = Intent("add", title="")
        out.append(intent)
    for i, intent in enumerate(out):
        if intent.kind != "add" or intent.text != "implied" or i + 1 >= len(out):
            continue
        following = out[i + 1]
        if (
            following.kind in TARGETED_KINDS
            and following.kind != "complete"
            and following.target is not None
            and following.target.kind == "it"
        ):
            out[i] = Intent("unknown", text=intent.title)
    return out


_FOLLOWUP_RE = re.compile(
    r"^(?:(?:oh\s+|and\s+)?(?:and|also|plus|&|\+)\s+|one\s+more:?\s+|another:?\s+)(?P<a>.+?)"
    r"(?:\s+(?:too|as\s+well))?$|^(?P<b>.+?)\s+(?:too|as\s+well)$",
    _F,
)


def followup_add(text: str, today: date) -> Intent | None:
    """ "and bananas" right after an add: one more task of the same kind."""
    last = _sentences(normalise(text))[-1:] or [""]
    m = _FOLLOWUP_RE.match(last[0].strip(" .!?"))
    if m is None:
        return None
    item = re.sub(r"^(?:some|more|a\s+few|a|an)\s+", "", m.group("a") or m.group("b"), flags=_F)
    protected, quotes = _protect_quotes(item)
    title, description, priority, due = _clean_title(protected, quotes, today)
    if not title:
        return None
    return Intent("add", title=title, description=description, priority=priority, due=due)


_LIST_WORDS_RE = re.compile(r"\b(?:list|lists|tasks?|to-?dos?|app|reminders)\b", _F)


def _narrative_adds_dropped(intents: list[Intent]) -> list[Intent]:
    """ "I'd like to have a spring clean of my list. Delete everything but X": a wish said
    beside an explicit request is context, not a task; nor is a wish about the list itself."""
    explicit = any(
        i.kind not in SOCIAL_KINDS and not (i.kind == "add" and i.text == "implied")
        for i in intents
    )
    out: list[Intent] = []
    for intent in intents:
        implied = intent.kind == "add" and intent.text == "implied"
        if implied and (explicit or _LIST_WORDS_RE.search(intent.title)):
            intent = Intent("unknown", text=intent.title)
        out.append(intent)
    return out


def _with_exceptions(intents: list[Intent], text: str) -> list[Intent]:
    """ "I've done everything apart from X, so mark all the rest as done": the exception said
    in one clause holds for "all the rest" in the next."""
    found = [m.group("ex") or m.group("ex2") for m in _EXCEPTION_IN_MESSAGE_RE.finditer(text)]
    spared = tuple(p for p in (_EXCEPT_HEAD_RE.sub("", f).strip() for f in found) if p)
    out: list[Intent] = []
    for intent in intents:
        target = intent.target
        if target is not None and target.kind == "all" and not target.exclude and spared:
            intent = replace(intent, target=replace(target, exclude=spared))
        out.append(intent)
    return out


@lru_cache(maxsize=2048)
def parse_message(text: str, today: date) -> tuple[Intent, ...]:
    """The intents of a message as typed: normalised first (stage 1), then understood."""
    return understand(normalise(text), today)


def understand(text: str, today: date) -> tuple[Intent, ...]:
    """Turn one user message into the intents it contains, in the order they were said.

    Social messages (greetings, thanks, help) come back as a single intent. A clause
    that is not a command comes back as ``unknown`` with its text, so the planner can
    use it as context ("the old bike, remove it") or as the answer to a question.
    """
    text = _INNER_APOSTROPHE_RE.sub("'", text.strip())
    social = _social(text)
    if social is not None:
        return (social,)
    protected, quotes = _protect_quotes(text)
    intents: list[Intent] = []
    for sentence in _sentences(protected):
        several = _add_several(_strip_filler(sentence).rstrip("?!. "), quotes, today)
        if several:
            intents.extend(several)
            continue
        for clause in _clauses(sentence):
            intent = _parse_clause(clause, quotes, today)
            if intent is None:
                continue
            if intent.kind == "unknown" and _social(intent.text) is not None:
                continue
            intents.append(intent)
    intents = _implied_adds_as_context(intents)
    intents = _narrative_adds_dropped(intents)
    intents = _with_exceptions(intents, text)
    intents = [
        Intent("unknown", text=i.title) if i.kind == "add" and i.title.lower() in _WH_TITLES else i
        for i in intents
    ]
    if not intents or all(i.kind == "unknown" for i in intents):
        if re.search(r"\bhelp\b", text, _F):
            return (Intent("help"),)
        if not intents:
            return (Intent("unknown", text=text),)
    return tuple(intents)
