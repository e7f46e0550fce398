"""Stage 2 of the offline model: one normalised message into clauses, one request each.

Quoted text is protected first (placeholders stand for it, so no rule reads inside a quoted
title), then the message is cut into sentences and each sentence into clauses at "and" /
"then" / "also" before a command verb, and a run of reported deeds ("I walked the dog and
called mom") into one clause per deed. Politeness before a request is stripped.
"""

from __future__ import annotations

import re
from functools import cache

from .normalise import EMOJI_END, lexicon, sentences, word_list
from .text import (
    FINISH_VERBS,
    PARTICLES,
    STOPWORDS,
    TASK_VERBS,
    THING_DETERMINER,
    is_past_tense,
    task_noun,
)

_F = re.IGNORECASE | re.DOTALL

_QUOTE_RE = re.compile(
    r"(?<![\w])\"([^\"]+)\"|(?<![\w])'((?:[^']|(?<=\w)'(?=\w))+?)'(?![\w])|“([^”]+)”|‘([^’]+)’|«([^»]+)»|"
    r"(?<![\w])`([^`]+)`(?![\w])"
)
INNER_APOSTROPHE_RE = re.compile(r"(?<=\w)[’‘`](?=\w)")
PLACEHOLDER_RE = re.compile(r"qq(\d+)qq", re.IGNORECASE)
# A dash before a question or a listing ends what came before ("before the ovens go on — what's
# still left to do?"): a when or a why said first, no part of the request.
_DASH_BEFORE_ASK = (
    r"\s+[—–]\s+(?=(?:what(?:'s|\s+is|\s+are)?|which|how\s+many|how\s+much|is\s+there|"
    r"are\s+there|any|anything|show|list)\b)"
)
_SENTENCE_RE = re.compile(rf"(?<=[.!?;])\s+|{EMOJI_END}|\s*\n+\s*|{_DASH_BEFORE_ASK}")

_SPLIT_VERBS = (
    r"(?:add|create|mark|delete|remove|erase|complete|rename|change|update|show|list|display|"
    r"tick|check\s+off|cross\s+off|reopen|re-open|untick|uncheck|unmark|put|remind\s+me|cancel|"
    r"drop|close|scrap|undo|revert|"
    r"clear\s+out|clean\s+out|get\s+rid\s+of|ditch|bin|nuke|"
    # "put X on monday and take off the swimming lessons": taking a task off the list
    r"take\s+off\s+(?=(?:the|that|this|my|our)\s)|"
    r"move|push|bump|reschedule|postpone|tag|reword|rephrase|retitle|shift\s+(?:it|that|this|them|the|my)\b|"
    # "..., can u fix that", "..., pls edit the date and time on it": a bare request to apply
    # the news before it
    r"(?:fix|amend|correct|edit)\s+(?:(?:it|that|this)(?=\s*(?:for\s+me|then|too|please|pls|"
    r"[.!?]|$))|(?:the|that|this)\s+(?:date|time|day|due\s+date|deadline)\b)|"
    r"make\s+(?:it|that|this|them|the\s+\S+(?:\s+\S+)?\s+one)\b|"
    r"set\s+(?:it|that|this|the)\b|what(?:'s|\s+is|\s+are)|how\s+many|"
    r"(?:make|put|set|mark|bump|move)\s+(?:\S+\s+){1,5}?(?:(?:as|on|to|at)\s+)?(?:a\s+|the\s+)?"
    r"(?:high|low|medium|top|normal)\s+prio(?:rity)?|"
    # "move X to friday and make Y urgent": a level said bare after the task's name
    r"make\s+(?:\S+\s+){1,4}?(?:urgent|important|not\s+urgent)(?=\s*(?:[.!,;]|$|and\b|then\b)))"
)
# ("remove netflix, ring dad is done and add call nan": a state said, then a request after
# "and", ends there as at the end of the sentence; the request is a clause of its own)
_STATE_THEN_REQUEST = rf"\s*,?\s+(?:and|then|also)\s+{_SPLIT_VERBS}\b"
# "add buy dish soap and bin bags also the hydro bill is paid": a statement of a task's state
# after a request is a clause of its own, never an item of the list before it.
_STATE_SAID = (
    # ("delete all my uni tasks, the ones that are done" names the tasks again)
    r"(?:the|my|our)\s+(?!(?:ones?|tasks?|things?|stuff|items?)\s+(?:that|which)\b)"
    r"(?:[\w'-]+\s+){1,3}?(?:is|are|was|were|got|has\s+been|have\s+been)\s+"
    r"(?:(?:all|now|finally|already)\s+)*(?:done|finished|complete|completed|sorted|paid|sent|"
    # ("we go by car finally so the train tickets are not necessary": no longer needed)
    r"handled|taken\s+care\s+of|[a-z]+ed|(?:not|no\s+longer)\s+(?:needed|necessary|required)|"
    r"unnecessary)(?=\s*[.!]*$|\s+(?:now|already|too|today|anymore|any\s+more)\b|"
    rf"{_STATE_THEN_REQUEST})"
)
# "just got back from the dmv, license is done": a thing said bare (no "the") to be done, to the
# end of the sentence, is a clause of its own too, after a comma only ("first one and last one
# are done" is one state said of both)
_BARE_STATE_SAID = (
    r"(?<=,\s)[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|are|was|were)\s+(?:(?:all|now|finally|already)\s+)*"
    rf"(?:done|finished|complete|completed|sorted)(?=\s*[.!]*$|{_STATE_THEN_REQUEST})"
)
# "..., the bins can wait til tmrw": a task said to be put off is a clause of its own
_PUT_OFF = (
    r"(?:(?:the|my|our)\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?\s+(?:can|could|will|'ll|may|might)\s+"
    r"(?:(?:just|easily|probably|have\s+to)\s+)*wait"
)
# "delete the netflix one, and the electricity bill make it urgent": a task named, then a
# request on it with a pronoun, is a request of its own, never one more target of the first
_NAMED_THEN_ASKED = (
    r"(?:the|my|our)\s+(?:[\w'-]+,?\s+){1,4}?(?:make|move|mark|set|tag|label|push|bump|put|"
    r"rename|call|change|tick|shift|reschedule)\s+(?:it|that|this)"
)
# "remove the mehndi gift one, and tailor one due on saturday": a task named as "X one", then
# its due day, is a request of its own (said bare, or after a comma: "delete the gym one and
# the dentist one due friday" may name the dentist task by its day, and stays one target)
_DUE_SAID = (
    r"(?:(?!(?:the|my|our|this|that)\b)|(?<=,\s)|(?<=,\sand\s))(?:(?:the|my|our|this|that)\s+)?"
    r"(?:[\w'-]+\s+){1,3}?(?:one|task|reminder)\s+(?:(?:is|should\s+be|to\s+be)\s+)?due\s+"
    r"(?:(?:on|by|for|this|next)\s+)*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|sat|sun|"
    r"mon|tue|wed|thu|fri|today|tonight|tomorrow|tmrw|tmr|\d)"
)
_STATE_SAID_RE = re.compile(_STATE_SAID, _F)
_SPLIT_HEAD_RE = re.compile(rf"^{_SPLIT_VERBS}\b", _F)
# A thing named alone before "and", with the state said after the next one: the subject of
# that state too ("the ironing and the dishes are done"), never a clause of its own.
_SHARED_SUBJECT_RE = re.compile(
    r"^\s*(?:both\s+)?(?:the|my|our)\s+[\w'-]+(?:\s+[\w'-]+){0,2}\s*$", _F
)
# "delete the gym one + move the meeting to wed", "X & mark Y done", "X / add Y": a sign
# standing for "and", spaced, joins two requests as the word does
_JOIN_SIGN = r"&|\+|/"
_CLAUSE_SPLIT_RE = re.compile(
    rf"(?:\s*,\s*(?:and\s+then|and\s+also|and|then|also|plus|{_JOIN_SIGN})?|"
    rf"\s+(?:and\s+then|and\s+also|and\s+so|and|then|also|plus|after\s+that|but|so|{_JOIN_SIGN}))\s+"
    # (an interjection may come between: "mark X as done and oh remind me to call the venue",
    # or leave given: "sent the forms to the office, you can cross off the paperwork")
    r"(?=(?:(?:please|pls|can\s+you|could\s+you|you\s+(?:can|could|may)|also|then|o+h+|a+h+|"
    # ("..., abeg help me add X": Nigerian Pidgin's "please", and help asked with the deed)
    r"um+|uh+|erm|btw|abeg|biko|kindly|help\s+me)\s*,?\s+)*"
    r"(?:(?:don'?t|do\s+not|never)\s+)?(?:"
    + _SPLIT_VERBS
    + "|"
    + _STATE_SAID
    + "|"
    + _BARE_STATE_SAID
    + "|"
    + _PUT_OFF
    + "|"
    + _NAMED_THEN_ASKED
    + "|"
    + _DUE_SAID
    + r")\b)",
    _F,
)
TITLE_MARKER_RE = re.compile(
    # before a colon 'note' marks a title too ("note: call the bank")
    # ("they called to move the dentist, update that", "she called me": someone's call; "I
    # called the electrician already, and add X", "called the plumber and add Y": the user's
    # call, said first or after "I" or "we", is a deed, no name)
    r"\b(?:" + task_noun("note") + r"\s*:|(?:(?<=\w\s)(?<!\bi\s)(?<!\bwe\s)(?<!'ve\s)"
    r"(?<!\bhave\s)(?<!\balready\s)(?<!\bjust\s)(?<!\bfinally\s)(?<!\balso\s)"
    r"called(?!\s+(?:to|me|us|him|her|them|and|about|again)\b)|named|titled|saying)\s)",
    re.IGNORECASE,
)
DESC_KEYWORD_RE = re.compile(
    r"\b(?:description|details|desc)\b|\b(?:with|a|the|add|its|and)\s+notes?\b|\bnotes?\s*(?::|=|saying\b)",
    _F,
)
_FILLER_RE = re.compile(
    # ("abeg", "biko": "please" in Nigerian Pidgin and Igbo, opening a clause after a story)
    r"^(?:(?:please|pls|plz|kindly|abeg|biko|ok(?:ay)?|so(?!\s+done\s+with\b)|now|and|also|then|o+h+|a+h+|hey|um+|uh+|erm?|"
    r"actually|never\s*mind|nevermind|nvm|oops|whoops|wait|well|alright|all\s+right|right|"
    r"great|cool|perfect|awesome|nice|thanks|thank\s+you|sorry|hmm+|yes|yeah|yep|yup|sure|"
    r"no(?=\s*,|\s+wait\b|\s+actually\b)|nope|"
    # "nah not doing the fun run anymore": "nah" before the user's own word, no part of it
    r"nah(?=\s*,?\s+(?:not|no|never|don'?t|dont|won'?t|wont|i|i'm|im|we|we're)\b)|hi|hello|hey\s+there|one\s+more\s+thing|btw|by\s+the\s+way|"
    r"quick(?:ly)?|real\s+quick|"
    # "just the high priority ones": "just" before a listing's filter is its "only"
    r"just(?!\s+(?:the\s+|my\s+)?(?:\S+[\s-]+(?:priority|prio|due|overdue|tagged)\b|overdue\b|#))|"
    r"can\s+you|could\s+you|would\s+you|will\s+you|can\s+u|"
    r"could\s+u|would\s+you\s+mind|would\s+you\s+kindly|would\s+you\s+please|"
    r"i'?d\s+like\s+you\s+to|i\s+would\s+like\s+you\s+to|i'?d\s+like\s+to\s+(?=add|create|"
    r"delete|remove|mark|rename|change|update|see|view|show|list|complete|reopen)|"
    r"i\s+would\s+like\s+to\s+(?=add|create|delete|remove|mark|rename|change|update|see|view|"
    r"show|list|complete|reopen)|i\s+want\s+you\s+to|i\s+need\s+you\s+to|go\s+ahead\s+and|"
    r"help\s+me(?!\s+(?:with|out)\b)|let'?s|lets|todochat|assistant|bot|"
    # leave given before a request: "you can cross off the tax return"
    r"you\s+(?:can|could|may)(?=\s+(?:just\s+)?" + _SPLIT_VERBS + r"\b))\b[\s,!.:;-]*)+",
    _F,
)
PAST_RE = re.compile(
    r"^(?:(?P<subj>i|we)(?:'ve|\s+have|\s+had|'d)?\s+)?(?:(?:just|already|finally|also|actually|"
    r"totally|successfully|now|today|yesterday|earlier|managed\s+to|went\s+ahead\s+and)\s+)*"
    r"(?P<verb>[a-z']+)\b\s*(?P<rest>.*)$",
    _F,
)
_PAST_JOIN_RE = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:also|then|i|we|i've|i\s+also|just)\s+)*"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


def restore(text: str, quotes: tuple[str, ...]) -> str:
    """Put the user's quoted text back where placeholders stand."""
    return PLACEHOLDER_RE.sub(lambda m: quotes[int(m.group(1))], text)


def only_placeholder(text: str) -> int | None:
    m = PLACEHOLDER_RE.fullmatch(text.strip(" .,!?;:"))
    return int(m.group(1)) if m else None


def strip_filler(clause: str) -> str:
    return _FILLER_RE.sub("", clause.strip()).strip(" ,")


def protect_quotes(text: str) -> tuple[str, tuple[str, ...]]:
    quotes: list[str] = []

    def keep(m: re.Match[str]) -> str:
        quotes.append(next(g for g in m.groups() if g is not None))
        return f"qq{len(quotes) - 1}qq"

    return _QUOTE_RE.sub(keep, text), tuple(quotes)


def split_sentences(text: str) -> list[str]:
    # Clauses of a message also end at ";" (the normaliser keeps them in one sentence).
    return sentences(text, _SENTENCE_RE)


# "did i delete netflix and mark ring dad done?", "have we added X and ticked Y?": a question
# whether things were done, asked of what the user did, is one question to its end
_ASKED_WHETHER_RE = re.compile(r"^\s*(?:did|have|has|had)\s+(?:i|we)\b[^?]*\?\s*$", _F)


def split_clauses(sentence: str) -> list[str]:
    """Split at "and <verb>", but never inside a description or an explicitly marked title."""
    if _ASKED_WHETHER_RE.match(sentence):
        return [sentence]  # "did i delete X and mark Y done?": one question, no requests
    limit = len(sentence)
    for rx in (DESC_KEYWORD_RE, TITLE_MARKER_RE):
        found = rx.search(sentence)
        if found:
            limit = min(limit, found.start())
    parts: list[str] = []
    start = 0
    for m in _CLAUSE_SPLIT_RE.finditer(sentence):
        if m.start() >= limit:
            break
        if _SHARED_SUBJECT_RE.match(sentence[start : m.start()]) and _STATE_SAID_RE.match(
            sentence, m.end()
        ):
            continue  # "both the vacuuming and the dishes are done": one state said of both
        if m.start() > start:
            parts.append(sentence[start : m.start()])
            start = m.end()
    parts.append(sentence[start:])
    out: list[str] = []
    for part in (
        z.strip() for x in parts for y in _after_an_undo(x.strip()) for z in _added_on(y.strip())
    ):
        if part:
            for piece in (
                p for said in _news_before_a_request(part) for p in _split_run_on_add(said)
            ):
                for told in _deed_told_after(piece):
                    for level in (
                        lv for tag in _level_after_a_tag(told) for lv in _level_after_a_move(tag)
                    ):
                        out.extend(_split_past(level))
    return out


# "water is leaking, call a plumber tomorrow", "the shop was shut, get milk tomorrow": news
# of a thing's state ("X is/was ..."), then a comma and a verb of a task, is a remark and a
# request (a listing after the comma is the add stage's: "add eggs, milk is low" has no verb)
_NEWS_THEN_REQUEST_RE = re.compile(
    r"^(?P<news>(?:(?:the|my|our|this|that)\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|are|was|were|"
    r"isn't|wasn't|aren't|weren't)\s+[^,]+?)\s*,\s*(?:(?:so|and|but|pls|please)\s+)*"
    r"(?P<request>(?P<verb>[a-z]+)\s+\S.*)$",
    _F,
)


# "just realised the car rego runs out soon, gotta renew it", "my library books are due back
# friday, need to return them": news naming a thing, then a comma and a need of a deed done to
# "it" or "them", is the news and the need, as if said in two sentences (the news must name a
# thing: "that was annoying, gotta fix it" stays one remark)
_NEWS_THEN_NEED_RE = re.compile(
    rf"^(?P<news>[^,]*?\b{THING_DETERMINER}\s+[a-z][^,]*?)\s*,\s*(?:(?:so|and|but|ugh)\s+)*"
    r"(?P<request>(?:(?:i|we)\s+)?(?:(?:really\s+|still\s+)?(?:need|have|got)\s+to|gotta|must)"
    r"\s+[a-z]+(?:\s+(?:up|out|off|down|in|back|over))?\s+(?:it|them)\b[^,]*)$",
    _F,
)


def _news_before_a_request(clause: str) -> list[str]:
    need = _NEWS_THEN_NEED_RE.match(clause)
    if need is not None and not _SPLIT_HEAD_RE.match(clause) and not _ADD_HEAD_RE.match(clause):
        return [need["news"], need["request"]]
    m = _NEWS_THEN_REQUEST_RE.match(clause)
    if m is None or m["verb"].lower() not in TASK_VERBS or _SPLIT_HEAD_RE.match(clause):
        return [clause]
    return [m["news"], m["request"]]


# A need, a must or a request said after a joint that adds it to what came before ("i need to
# call mom, and also gotta buy milk", "remind me to X plus need to Y", "X pls & also should Y"),
# or after a bare "and" when it opens with a need ("..., and have to water the plants"): a deed
# said after the joint opens a request only with words after its verb ("add milk, also water"
# names one more thing to buy); "buy salt and pepper", "call mom and also dad", "sort out bills
# and also receipts" join things, never requests.
_NEED_OPENING = (
    r"(?:(?:i|we)\s+)?(?:(?:really|also|still|just|definitely)\s+)?(?:need\s+to|have\s+to|"
    r"have\s+got\s+to|got\s+to|gotta|must|should(?!\s+(?:i|we|you|it|be|have)\b))\s+\S|"
    r"(?:(?:please|pls)\s+)?(?:don'?t|do\s+not)\s+let\s+me\s+forget\b|remind\s+me\s+to\b"
)


_NEED_OPENING_RE = re.compile(_NEED_OPENING, _F)


@cache
def _added_on_re() -> re.Pattern[str]:
    deeds = "|".join(sorted(TASK_VERBS | {"add", "put"}, key=len, reverse=True))
    # (a verb of two words, "top up my leap card", opens a deed whatever the verb)
    particles = "|".join(sorted(PARTICLES))
    return re.compile(
        rf"\s*(?:{word_list('joined_on')}|(?P<bare>[,;]\s*and)(?=\s+(?:{_NEED_OPENING})))\s+"
        rf"(?=(?:{_NEED_OPENING})|(?:{deeds})\s+\S+\s+\S|(?:{deeds})\s+\S+\s*[.!]*$|"
        rf"[a-z]+\s+(?:{particles})\s+(?:the|my|our|a|an|his|her|their|some)\s)",
        _F,
    )


def _added_on(clause: str) -> list[str]:
    """The requests of a clause joined by a joint that adds one to another, each its own."""
    limit = len(clause)
    for rx in (DESC_KEYWORD_RE, TITLE_MARKER_RE):
        found = rx.search(clause)
        if found:
            limit = min(limit, found.start())
    m = _added_on_re().search(clause, 0, limit)
    if m is None or not m.start() or len(clause[: m.start()].split()) < 2:
        return [clause]
    opening = strip_filler(clause)
    if m["bare"] and not (_NEED_OPENING_RE.match(opening) or _ADD_HEAD_RE.match(opening)):
        return [clause]  # "theo turns six, and i must not forget X": a story, then the need
    return [clause[: m.start()], *_added_on(clause[m.end() :])]


# "undo that and mark the tuition one", "wait no undo it, then delete the other one": what
# follows an undo and "and" or "then" is a clause of its own, whatever its verb ("and do that
# one instead"), never the name of a task to reopen (a remark after a comma stays with it)
_UNDO_THEN_RE = re.compile(
    r"^(?P<a>(?:[\w']+[\s,!]+){0,3}?(?:undo|revert)(?:\s+(?:that|it|this))?(?:\s+one)?)"
    r"\s*[,;]?\s+(?:and\s+then|and|then)\s+(?P<b>\S.*)$",
    _F,
)


def _after_an_undo(clause: str) -> list[str]:
    m = _UNDO_THEN_RE.match(clause)
    return [m["a"], *_after_an_undo(m["b"])] if m is not None else [clause]


# "tag it home, low priority", "tag work, due friday": a level or a date said after a tag is
# the task's, no tag (nor part of the name of a task to tag)
_LEVEL_AFTER_TAG_RE = re.compile(
    r"^(?P<a>(?:tag|label)\b.+?)\s*,\s*(?P<b>(?:high|low|medium|top|normal)\s+prio(?:rity)?|"
    r"due\s+\S.*)$",
    _F,
)


def _level_after_a_tag(clause: str) -> list[str]:
    m = _LEVEL_AFTER_TAG_RE.match(clause.rstrip(" .!"))
    return [m["a"], m["b"]] if m is not None else [clause]


# "the essay can wait till friday and it's not that urgent", "push the report to monday, not
# urgent", "move X to tomorrow but its actually urgent": a task put off or moved, then a level
# said of it alone (slots.level_said_alone) after "and", "but" or a comma, is a clause of its
# own: the level of the same task (an add takes such a level as its own slot).
_MOVED_HEAD_RE = re.compile(
    rf"^(?:{_PUT_OFF}|(?:move|mv|push|postpone|reschedule|resched|bump|shift|delay)\b)", _F
)
_LEVEL_JOIN_RE = re.compile(r"\s*,\s*(?:(?:and|but|so)\s+)?|\s+(?:and|but|so)\s+", _F)


def _level_after_a_move(clause: str) -> list[str]:
    if not _MOVED_HEAD_RE.match(clause):
        return [clause]
    from .slots import level_said_alone  # (slots reads split's placeholders: imported late)

    for m in _LEVEL_JOIN_RE.finditer(clause):
        if level_said_alone(clause[m.end() :]):
            # ("... till tmrw tbh and its not urgent": the chatter that ended the move goes)
            return [lexicon().without_trail(clause[: m.start()]), clause[m.end() :]]
    return [clause]


# "delete the gym one, and mum picked up the dry cleaning": after a request and a comma,
# someone's deed is news of its own, never more of what the request names
_TOLD_AFTER_RE = re.compile(
    r"\s*,\s*(?:and\s+)?(?P<deed>(?:my\s+)?(?P<who>[a-z][\w'-]*)\s+(?:just\s+|already\s+|"
    r"finally\s+)?(?P<verb>[a-z]+)\s+\S.*)$",
    _F,
)


_CHANGE_HEAD_RE = re.compile(
    r"^(?:delete|remove|erase|scrap|drop|ditch|bin|nuke|cancel|get\s+rid\s+of|mark|tick|"
    r"check\s+off|cross\s+off|complete|close)\b",
    _F,
)


# "delete the gym one, paid the rent": a deed of one's own told after a change, with no "i",
# of a thing named with a determiner, is news of its own (it had been read as a second target)
_OWN_DEED_AFTER_RE = re.compile(
    r"\s*,\s*(?:and\s+|also\s+)?(?P<deed>(?P<verb>[a-z]+)\s+(?:the|my|our|his|her|their)\s+\S.*)$",
    _F,
)


_DELETE_HEAD_RE = re.compile(
    r"^(?:delete|remove|erase|scrap|drop|ditch|bin|nuke|cancel|get\s+rid\s+of)\b", _F
)


# "add call the vet re: Maple's shots, and I already got the hockey tape", "add buy milk but
# we already paid the rent": after an add, the user's own deed said with "I" or "we" is news of
# its own, never more of the new task's name ("i've got" alone is having, no deed)
_OWN_DEED_AFTER_ADD_RE = re.compile(
    r"(?:\s*,\s*(?:and\s+|but\s+|also\s+|oh\s+)?|\s+(?:and|but)\s+)(?P<deed>(?:i|we)"
    r"(?:'ve|\s+have|'d|\s+had)?\s+(?P<adv>(?:(?:just|already|also|finally|actually)\s+)*)"
    r"(?P<verb>[a-z]+)\s+(?:(?:up|off|out|back|in|round)\s+)?"
    r"(?:the|my|our|his|her|their|that|this|those|these|it|them)\b.*)$",
    _F,
)


def _deed_told_after(clause: str) -> list[str]:
    if _ADD_HEAD_RE.match(clause):
        deed = _OWN_DEED_AFTER_ADD_RE.search(clause)
        if (
            deed is not None
            and is_past_tense(deed["verb"])
            and (deed["adv"] or deed["verb"].lower() not in _NO_DEED)
            and len(clause[: deed.start()].split()) >= 3
        ):
            return [clause[: deed.start()], deed["deed"]]
        return [clause]
    if not _CHANGE_HEAD_RE.match(clause):
        return [clause]
    own = _OWN_DEED_AFTER_RE.search(clause) if _DELETE_HEAD_RE.match(clause) else None
    if own is not None and is_past_tense(own["verb"]) and own["verb"].lower() not in FINISH_VERBS:
        return [clause[: own.start()], "i " + own["deed"]]
    for m in _TOLD_AFTER_RE.finditer(clause):
        who, verb = m["who"].lower(), m["verb"].lower()
        if (
            is_past_tense(verb)
            and not is_past_tense(who)
            and (who not in STOPWORDS or who in _DOERS)
            and verb not in FINISH_VERBS
        ):
            return [clause[: m.start()], m["deed"]]
    return [clause]


_DOERS = frozenset({"i", "we", "he", "she", "they"})


_ADD_HEAD_RE = re.compile(
    r"^(?:add|remind\s+me\s+to|put\s+down|jot\s+down|note\s+down|i\s+(?:need|have)\s+to|"
    r"(?:i\s+)?gotta|(?:i\s+)?got\s+to)\s+",
    _F,
)
_RUN_ON_RE = re.compile(
    r"\s+(?:and|&|then|plus)\s+(?:also\s+|then\s+)?(?P<verb>[a-z]+)(?=\s+\S)", _F
)


# "add buy milk mark call the bank as done": a completion said straight after an add, without
# a pause ("add mark the register" has no done word: one task)
_RUN_ON_DONE_RE = re.compile(
    r"\s+(?=(?:mark|tick\s+off|check\s+off|cross\s+off)\s+\S.*?\s+(?:as\s+)?(?:done|complete|"
    r"completed|finished)\b)",
    _F,
)


def _split_run_on_add(clause: str) -> list[str]:
    """ "add get keys cut for flat 2 and order new blinds for flat 4": an add of two tasks said
    without a pause, each starting with a verb ("and by dog food" is "buy", as dictated)."""
    head = _ADD_HEAD_RE.match(clause)
    done = _RUN_ON_DONE_RE.search(clause, head.end()) if head is not None else None
    if done is not None and len(clause[head.end() if head else 0 : done.start()].split()) >= 2:
        return [*_split_run_on_add(clause[: done.start()]), clause[done.end() :]]
    if head is None or "," in clause or DESC_KEYWORD_RE.search(clause):
        return [clause]  # a list with commas is the add stage's (one task per item)
    if TITLE_MARKER_RE.search(clause):
        return [clause]
    pieces: list[str] = []
    start = head.end()
    for m in _RUN_ON_RE.finditer(clause, head.end()):
        verb = m["verb"].lower()
        if verb not in TASK_VERBS and verb != "by":
            continue
        if len(clause[start : m.start()].split()) < 2:
            continue
        pieces.append(clause[start : m.start()])
        start = m.start("verb")
    if not pieces:
        return [clause]
    pieces.append(clause[start:])
    head_words = clause[: head.end()]
    return [head_words + re.sub(r"^by\b", "buy", p.strip(), flags=_F) for p in pieces]


# "admin day and i've knocked out all the invoice ones", "long day but i picked up the dry
# cleaning": a few words of remark, then a deed told
_REMARK_THEN_DEED_RE = re.compile(
    r"^(?P<remark>[\w'-]+(?:\s+[\w'-]+){0,2})\s+(?:and|but)\s+(?P<deed>(?:i|we)(?:'ve|\s+have)?\s+"
    r"(?:(?:just|finally|already|also|actually)\s+)*(?P<verb>[a-z']+)\b.*)$",
    _F,
)
# past forms that tell a state or a thought, not a deed ("i've been thinking", "i've got eggs")
_NO_DEED = frozenset({"been", "had", "got", "gotten"})


# "just off a 12hr shift, managed to do the training modules on my break", "practice ran late
# but i managed to grab the poster board": a remark, a comma or "but", then a deed said by
# managing it (the remark's words name no task)
_REMARK_THEN_MANAGED_RE = re.compile(
    r"^(?P<remark>[^,]+?)(?:\s*,\s*(?:and\s+|but\s+|so\s+)?|\s+but\s+)(?P<deed>(?:(?:i|we)(?:'ve|\s+have)?\s+)?"
    r"(?:(?:just|finally|somehow|still|also|actually)\s+)*(?:managed|got\s+(?:round|around))\s+"
    r"to\s+[a-z]+\s+\S.*)$",
    _F,
)


def _split_past(clause: str) -> list[str]:
    """ "I walked the dog and called mom" reports two finished tasks."""
    managed = _REMARK_THEN_MANAGED_RE.match(clause)
    if managed is not None:
        return [managed["remark"], *_split_past(managed["deed"])]
    told = _REMARK_THEN_DEED_RE.match(clause)
    if (
        told is not None
        and is_past_tense(told["verb"])
        and told["verb"].lower() not in _NO_DEED
        and not _SPLIT_HEAD_RE.match(told["remark"])
        and not any(is_past_tense(w) for w in told["remark"].split())
    ):
        return [told["remark"], *_split_past(told["deed"])]
    head = PAST_RE.match(strip_filler(clause))
    if head is None or not is_past_tense(head.group("verb")):
        return [clause]
    pieces: list[str] = []
    start = 0
    for m in _PAST_JOIN_RE.finditer(clause):
        if is_past_tense(m.group("verb")) and m.group("verb").lower() not in FINISH_VERBS:
            pieces.append(clause[start : m.start()])
            start = m.start("verb")
    pieces.append(clause[start:])
    return [p.strip() for p in pieces if p.strip()]
