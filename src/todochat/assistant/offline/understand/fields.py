"""Edits of a task's fields that are not its title: description, priority and due date."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from todochat.assistant.offline.meaning import Intent
from todochat.assistant.offline.normalise import word_list
from todochat.assistant.offline.slots import (
    BARE_HOUR_RE,
    clean_value,
    date_said,
    due_words,
    edit_phrase_deed_re,
    priority_level,
    read_due_edit,
    time_only,
    time_said,
)
from todochat.assistant.offline.targets import parse_target

from .vocabulary import FLAGS, IMPERATIVE_WORDS

_DESC_NOUN = r"(?:description|desc|details?|notes?)"


_DESCRIBE_RES = (
    re.compile(
        rf"^(?:set|change|update|edit|make|replace|modify|rewrite|put)\s+(?:the\s+|a\s+)?"
        rf"{_DESC_NOUN}\s+(?:of|for|on|in)\s+(?P<target>.+?)\s*(?:\bto\b|\bas\b|:|=|\bwith\b|"
        rf"\bto\s+say\b|\bto\s+read\b)\s*(?P<value>.+)$",
        FLAGS,
    ),
    re.compile(
        rf"^(?:set|change|update|edit|make|replace|modify|give)\s+(?P<target>.+?)(?:'s)?\s+"
        rf"(?:a\s+|the\s+)?{_DESC_NOUN}\s*(?:\bto\b|\bas\b|:|=|\bwith\b|\bof\b)\s*(?P<value>.+)$",
        FLAGS,
    ),
    re.compile(
        rf"^(?:add|put|attach|give|write|include)\s+(?:a\s+|the\s+|some\s+|this\s+)?{_DESC_NOUN}"
        r"\s+(?:to|for|on)\s+(?P<target>.+?)\s*(?::|\bsaying\b|\bthat\s+says\b|\bwhich\s+says\b|"
        r"\bas\b|\bto\s+say\b|\bof\b|\s-\s|,)\s*(?P<value>.+)$",
        FLAGS,
    ),
    # "put 'policy 88-1234' in the description of the car insurance task", "jot the gate
    # code into the notes for task 4": the words first, then the field, then the task
    re.compile(
        r"^(?:put|write|add|stick|pop|jot|type|save|include|paste|note)\s+(?:down\s+)?"
        rf"(?P<value>.+?)\s+(?:in|into|on|to|as|under)\s+(?:the\s+|its\s+)?{_DESC_NOUN}"
        r"\s+(?:of|for|on|in|to)\s+(?P<target>.+)$",
        FLAGS,
    ),
    # "add to the plumber task's notes that the gate is open", "note on the plumber one: X"
    # ("note" reads as "add"): a task named as a task, then what to note on it
    re.compile(
        r"^(?:add|put|write|append|jot)\s+(?:down\s+)?(?:to|in|into|on)\s+"
        rf"(?:the\s+)?(?P<target>.+?)'s\s+{_DESC_NOUN}\s*(?::|\bthat\b|\bsaying\b|\s-\s|,)\s*"
        r"(?P<value>.+)$|"
        r"^(?:add|jot|write)\s+(?:on|to)\s+(?P<target2>(?:the\s+|my\s+)?(?:[\w'-]+\s+){1,4}?"
        r"(?:one|task|reminder)|task\s+#?\d+|#\d+)\s*:\s*(?P<value2>.+)$",
        FLAGS,
    ),
    re.compile(r"^describe\s+(?P<target>.+?)\s+as\s+(?P<value>.+)$", FLAGS),
    re.compile(
        rf"^give\s+(?P<target>.+?)\s+(?:a|the)\s+{_DESC_NOUN}\s*(?::|\bof\b|-)?\s*(?P<value>.+)$",
        FLAGS,
    ),
    re.compile(
        rf"^(?P<target>.+?)(?:'s)?\s+{_DESC_NOUN}\s*(?::|=|\bshould\s+be\b|\bshould\s+say\b|"
        rf"\bshould\s+read\b|\bis\b|\bto\b)\s*(?P<value>.+)$",
        FLAGS,
    ),
)


_PRIORITY_SET_RE = re.compile(
    # ("fix X to high priority": "fix" sets a level only said with "to" or "as")
    r"^(?:(?:make|set|mark|change|update|flag|bump|move|put|switch|edit|fix(?=.+?\s(?:to|as)\s))"
    r"\s+(?P<t>.+?)\s+"
    r"(?:as\s+|to\s+|up\s+to\s+|on\s+|at\s+|in\s+)?"
    r"(?:a\s+|the\s+)?(?:(?P<p>high|low|medium|top|normal)(?:est)?\s+priority|"
    # ("make it urgent priority": "raise X to urgent" said as a level)
    r"(?P<u>urgent|important)(?:\s+priority)?|"
    # "make the GST one not urgent", "mark X as not that important", "X no longer urgent": low
    r"(?P<lo>(?:not|no\s+longer)\s+(?:(?:so|that|very|too|really|super)\s+)?(?:urgent|important))|"
    # "make book flights p1", "bump the report to p2": Todoist's levels, p1 the highest
    r"(?P<n>p[1-4]))(?:\s*[,;]\s+.*)?|(?:prioriti[sz]e)\s+(?P<t3>.+))$",
    FLAGS,
)


# What "put"/"make" names that is no task yet ("put a reminder for X, it is important"), or a
# level said as a remark of its own after a comma ("put X in, it's important").
_NEW_REMINDER_RE = re.compile(
    r"^(?:a|an|one|another)\s+(?:reminder|task|todo|to-?do|note|alarm)\b|,\s*(?:it|this|that)"
    r"(?:\s+is|'s)$",
    FLAGS,
)


PRIORITY_DECL_RE = re.compile(
    r"^(?P<t>.+?)(?:\s+is|'s)\s+(?:now\s+)?(?:very\s+|really\s+|super\s+|quite\s+)?(?:a\s+)?"
    r"(?:(?P<p>high|low|medium|top)\s+priority|(?P<u>urgent|important)|(?P<n>p[1-4]))"
    # "it is high priority kindly otherwise they cut the connection": why, said after it
    r"(?:\s+(?:please|pls|plz|kindly))*(?:\s*,?\s+(?:otherwise|or\s+else|because|cause|cuz|"
    r"coz|bc|since)\s+\S.*|"
    # "the licence thing is now urgent, traffic police are doing crackdown everywhere": news of
    # its own after a pause, which asks nothing and sets no other level
    r"\s*[,;]\s*(?!.*\b(?:urgent|important|priority|prio|high|low|medium|add|mark|tick|delete|"
    r"remove|set|make|move|rename|change|and|also|but)\b)[\w'-]+(?:\s+[\w'-]+){0,3}\s+(?:is|are|"
    r"was|were|has|have|had|will|keep|keeps|don|dey)\b.*)?$",
    FLAGS,
)


_PRIORITY_FIELD_RE = re.compile(
    r"^(?:set|change|update|make|put|bump|move|switch|turn)\s+(?:the\s+)?(?:priority|importance)"
    r"\s+(?:of|on|for)\s+(?P<t>.+?)\s+(?:to|as|at|into)\s+(?P<p>high|low|medium|normal|top|urgent)"
    r"(?:\s+priority)?$|"
    # "set priority high on 39", "give high priority to the gutters"
    r"^(?:set|make|put|give|change|update|mark|flag)\s+(?:the\s+|a\s+)?(?:(?:priority|prio)\s+"
    r"(?:to\s+|as\s+|at\s+)?(?P<p2>high|low|medium|normal|top|urgent)|(?P<p3>high|low|medium|"
    r"normal|top)\s+(?:priority|prio))\s+(?:on|for|to)\s+(?P<t2>.+)$",
    FLAGS,
)


@cache
def _reason_after_target_re() -> re.Pattern[str]:
    """A reason after the task a description is for, to its end ("... of the car insurance task
    so i have it handy"): a reason word (en.toml ``because``), "so (that)" or "for when", then
    the reason's subject."""
    return re.compile(
        rf"\s*(?:[,;]\s*|\s)(?:so(?:\s+that)?|{word_list('because')}|for\s+when)\s+"
        r"(?:i|we|you|it|that|they|he|she)\b.*$",
        FLAGS,
    )


def read_description(s: str, quotes: tuple[str, ...]) -> Intent | None:
    for i, rx in enumerate(_DESCRIBE_RES):
        m = rx.match(s)
        if not m:
            continue
        # "... of the car insurance task so i have it handy": the reason names no task
        groups = m.groupdict()
        said = groups["target"] or groups.get("target2") or ""
        named = _reason_after_target_re().sub("", said) or said
        target = parse_target(named, quotes)
        if i == len(_DESCRIBE_RES) - 1 and target.kind == "words" and not target.exact:
            continue
        # ("set the description of 'Book hotel' to: near the station": the colon is no word)
        value = clean_value(groups["value"] or groups.get("value2") or "", quotes).lstrip(":;- ")
        if not value:
            continue
        added = _ADD_OF_QUOTED_RE.match(named)
        if added is not None:
            # "Add a task 'Book hotel in Porto' and in the description put: ...": a new task
            # with its description, never a description for a task called 'Add a task ...'
            quoted = parse_target(added["t"], quotes)
            if quoted.kind == "words" and quoted.exact and quoted.text:
                return Intent("add", title=quoted.text, description=value)
        return Intent("describe", target=target, description=value)
    return None


_ADD_OF_QUOTED_RE = re.compile(
    r"^(?:please\s+|can\s+you\s+|could\s+you\s+)*(?:add|create|make|put\s+in|new)\s+"
    r"(?:a\s+|an\s+|one\s+)?(?:new\s+)?(?:task|todo|to-do|reminder|item)?\s*"
    r"(?:called|named|titled|:)?\s*(?P<t>\S.*?)(?:\s+with)?$",
    FLAGS,
)


# "cpd log high priority pls, deadline soon", "diapers one should be high prio": a level said
# after the task's name, with no verb; a reason may follow.
_PRIORITY_AFTER_NAME_RE = re.compile(
    r"^(?P<t>[\w'&-]+(?:\s+[\w'&-]+){0,5}?)\s*[:,-]?\s+(?:(?:is|should\s+be|needs\s+to\s+be)\s+)?"
    r"(?:now\s+)?(?:a\s+)?(?:(?P<p>high|low|medium|top)\s+(?:priority|prio)|"
    # "denver flights p2": Todoist's level, last ("call the p1 client" names a client)
    r"(?P<n>p[1-4])(?=\s*(?:[,;.-]|$)))"
    r"(?:\s+(?:please|pls|now|asap|then))*(?:\s*[,;.-]\s*\S.*|\s+(?:were|we'?re|we|its|it'?s|"
    r"i|i'?m|they|cause|because|bc|since|deadline|due|customer|client|boss)\b.*)?$",
    FLAGS,
)
_NOT_A_NAME_RE = re.compile(
    r"^(?:add|create|new|put|remind|make|set|mark|give|change|update|show|list|what|which|how|"
    r"is|are|any|anything|something|whats|what's|i|we|you|my\s+list|everything|all|delete|remove|due|by|every|on|at|next|this|"
    r"tag|tagged|label|labell?ed|stick|pop|chuck|throw|bung|whack|slap|jot|pencil|note|write|"
    r"today|tomorrow|tonight|it|that|this)\b",
    FLAGS,
)


def read_priority(s: str, quotes: tuple[str, ...]) -> Intent | None:
    m = _PRIORITY_SET_RE.match(s)
    if not m:
        after = _PRIORITY_AFTER_NAME_RE.match(s)
        if (
            after is None
            or _NOT_A_NAME_RE.match(after["t"])
            or re.search(
                r"\b(?:not|\w+n'?t|urgent|important|priority|prio|make|set|mark|put|give|change|"
                r"update|bump|move)\b",
                after["t"],
                FLAGS,
            )
            or due_words(after["t"]) is not None
        ):
            return None  # "due fri, low prio" is two slots of the task just added
        target = parse_target(after["t"], quotes)
        return Intent("priority", target=target, priority=priority_level(after["p"] or after["n"]))
    if m.group("t3"):
        return Intent("priority", target=parse_target(m.group("t3"), quotes), priority="high")
    if m.group("t") and _NEW_REMINDER_RE.search(m.group("t")):
        # "put one reminder for paying staff salary, it is important": a new task, its level
        return None
    if m.group("lo"):
        return Intent("priority", target=parse_target(m.group("t") or "it", quotes), priority="low")
    level = priority_level(m.group("p") or m.group("u") or m.group("n") or "high")
    return Intent("priority", target=parse_target(m.group("t") or "it", quotes), priority=level)


# "put friday on the dentist one", "stick a due date of the 5th on task 3", "add monday to the
# gas bill task": a date put on a task, said before it. The words after "on" must name a task,
# never the list or a calendar ("put friday on my calendar" is no edit).
_DATE_ONTO_RE = re.compile(
    r"^(?:put|stick|pop|slap|add|set|write|stamp)\s+(?:a\s+|the\s+)?(?:(?:due\s+date|deadline|"
    r"date|due)\s+(?:of\s+)?)?(?P<d>.+?)(?:\s+as\s+(?:the\s+|its\s+)?(?:due\s+date|deadline|"
    r"date))?\s+(?:on|onto|to|against)\s+(?P<t>.+)$",
    FLAGS,
)
_NOT_A_TASK_RE = re.compile(
    r"^(?:(?:my|the|our|your)\s+)?(?:\w+\s+)?(?:list|calendar|diary|planner|schedule|agenda|"
    r"phone|fridge|board|wall|tasks|to-?dos?)$",
    FLAGS,
)


def read_date_onto(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """A date put on a task (see `_DATE_ONTO_RE`): a due edit of it."""
    m = _DATE_ONTO_RE.match(s)
    if m is None or _NOT_A_TASK_RE.match(m["t"].strip()):
        return None
    when = due_words(m["d"], today)  # the whole phrase: "tomorrow at 6 i have" is no date
    if when is None:
        return None
    timed = "time" if time_only(when, today) else ""
    return Intent("due", target=parse_target(m["t"], quotes), due=when, text=timed)


def read_field_edit(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """ "set the priority of X to high", "move X to friday", "change the due date of X to D"."""
    m = _PRIORITY_FIELD_RE.match(s)
    if m:
        level = priority_level(m["p"] or m["p2"] or m["p3"])
        return Intent("priority", target=parse_target(m["t"] or m["t2"], quotes), priority=level)
    if _SOMEONE_MOVES_RE.match(s):
        # "she move it for tomorrow at 10 am": news of someone's move, never a task named 'she'
        return read_due_news(s, quotes, today)
    edit = read_due_edit(s, quotes, today)
    if (
        edit is not None
        and edit.target is not None
        and edit.target.kind == "words"
        and not _COMMAND_RE.match(s)
        and s.split(None, 1)[0].lower() not in IMPERATIVE_WORDS
    ):
        # "phew, they've given me more time, the renewal isn't due until friday now": news, whose
        # task is named after the story; a request ("remove the deadline from the visa one,
        # embassy hasn't given a date") names it first, and what follows its comma is a remark
        named = _STORY_CUT_RE.sub("", edit.target.text).strip()
        if named and named != edit.target.text:
            return replace(edit, target=parse_target(named, quotes))
    return edit or read_due_news(s, quotes, today)


# News of a task's new date or time, told rather than asked: "Shirley rang and my hair
# appointment got moved up to tomorrow", "the plant swap has been pushed back to Saturday
# because of the rain", "the cardiologist appointment on Friday is at half past nine", "my
# shift on fri is at 6am not 7". The task is named by the words just before the news (what
# comes before a comma or "and" is the story); a reason after the date is no part of it.
_MOVED_RE = re.compile(
    r"^(?P<t>.+?)\s+(?:(?:got|was|were|has\s+been|have\s+been|had\s+been|is|are|'s|been)\s+)?"
    r"(?:now\s+|just\s+|finally\s+)?(?:moved|pushed|rescheduled|postponed|bumped|shifted|"
    r"put\s+off|extended|brought|changed|delayed)\s+(?:(?:up|back|forward|out|over|along)\s+)?"
    r"(?:to|till|until|til|for|on)\s+(?P<d>.+)$",
    FLAGS,
)
# The same news told by the one who moved it: "i rescheduled the dentist to next week", "we
# pushed the bbq back to sunday", "rebooked rex for the 14th" (past tense, so never the command
# "move X to friday", which read_due_edit reads). A place after "to" ("i moved the couch to the
# bedroom") is no date, and one who moved house or to a city names no task: nothing is read.
# Someone else's move told in a learner's present ("the meeting with the accountant, she move it
# for tomorrow at 10 am", "he change it to friday") is the same news.
_MOVED_BY_ME_RE = re.compile(
    r"^(?:(?:(?:i|we|they|she|he)(?:'ve|'d|\s+have|\s+had)?\s+)?(?:just\s+|finally\s+|"
    r"already\s+)?(?:moved|pushed|rescheduled|rebooked|re-booked|postponed|bumped|shifted|"
    r"put\s+off|delayed)|(?:they|she|he)\s+(?:just\s+|already\s+)?(?:move|moves|change|changes|"
    r"push|pushes|reschedule|reschedules|postpone|postpones|shift|shifts)(?=\s+(?:it|that|this|"
    r"the|my|our|his|her|their)\b))"
    r"\s+(?P<t>.+?)\s+(?:(?:up|back|forward|out|over)\s+)?(?:to|till|until|til|for|on)\s+"
    r"(?P<d>.+)$",
    FLAGS,
)
# A task named on its own before the comma of a story that moved "it" ("my piano lesson, they
# move it for thursday").
_TOPIC_BEFORE_RE = re.compile(
    r"^(?P<t>(?:the|my|our|his|her|their)\s+[^,;.!?]{1,50}?)\s*,\s*(?:(?:they|she|he|i|we)\b)",
    FLAGS,
)
_SOMEONE_MOVES_RE = re.compile(
    r"^(?:they|she|he)\s+(?:just\s+|already\s+)?(?:move|moves|change|changes|push|pushes|"
    r"reschedule|reschedules|postpone|postpones|shift|shifts)\s",
    FLAGS,
)
_AT_TIME_RE = re.compile(
    r"^(?P<t>.+?)(?:\s+(?:on|this|next)\s+(?P<day>[a-z]+))?\s+(?:(?:now|actually)\s+)?"
    # ("the shift on saturday start at 8 not 10": a learner's "start" too)
    r"(?:is|'s|are|starts?|begins?|starting|beginning|opens|is\s+now|should\s+be|"
    r"needs\s+to\s+be|will\s+(?:be|start|begin)|'ll\s+(?:be|start)|is\s+(?:starting|going\s+"
    r"to\s+(?:be|start))|has\s+to\s+(?:be|start))\s+(?:actually\s+|now\s+|really\s+)?"
    # ("dentist is 4pm now", "the shift starts 8 not 10": "at" left out, as people type)
    r"(?P<at>(?:at|from)\s+)?(?P<d>.+)$|"
    r"^(?:change|move|make|set)\s+(?P<t2>.+?)(?:\s+(?:on|this|next)\s+(?P<day2>[a-z]+))?\s+"
    r"(?:to|at)\s+(?P<d2>.+?\s+not\s+.+)$|"
    # "change my shift sat from 10 to 8": the old time, then the new
    r"^(?:change|move|make|set|switch|push|shift|bump)\s+(?P<t3>.+?)(?:\s+(?:on\s+)?"
    r"(?P<day3>[a-z]+))?\s+from\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s+to\s+"
    r"(?P<d3>\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)$",
    FLAGS,
)
# What a time said without "at" must have after it when it is a bare hour: the old one
_OLD_HOUR_AFTER_RE = re.compile(r"^\S+\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+", FLAGS)
_COMMAND_RE = re.compile(
    r"^(?:move|mv|push|reschedule|resched|postpone|bump|shift|change|set|make|put|update)\b", FLAGS
)
# Where the name of the task starts after a story: the last comma, "and", "so" or "but".
_STORY_CUT_RE = re.compile(r"^.*(?:,\s*|\s+(?:and|so|but|because|cause|bc)\s+)", FLAGS)


def read_due_news(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """A task's new date or time told as news (see `_MOVED_RE`), as a due edit of it."""
    m = _MOVED_BY_ME_RE.match(_STORY_CUT_RE.sub("", s))
    if m is not None:
        when = date_said(m["d"], today)
        if when is not None and not re.match(
            r"^(?:to|in|into|out|house|home|away)\b", m["t"], FLAGS
        ):
            timed = "time" if time_only(when, today) else ""
            named = m["t"]
            topic = _TOPIC_BEFORE_RE.match(s)
            if topic is not None and re.fullmatch(r"it|that|this", named, FLAGS):
                named = topic["t"]  # "my piano lesson, they move it for thursday": the lesson
            return Intent("due", target=parse_target(named, quotes), due=when, text=timed)
    m = _MOVED_RE.match(s)
    if m is not None:
        named = _STORY_CUT_RE.sub("", m["t"]).strip()
        when = time_said(m["d"], today)
        if when is None or not named or re.match(r"^(?:i|we|you)\b", named, FLAGS):
            return None
        timed = "time" if BARE_HOUR_RE.fullmatch(when) or time_only(when, today) else ""
        return Intent("due", target=parse_target(named, quotes), due=when, text=timed)
    m = _AT_TIME_RE.match(s)
    if m is None:
        return None
    named = _STORY_CUT_RE.sub("", m["t"] or m["t2"] or m["t3"]).strip()
    said = m["d"] or m["d2"] or m["d3"]
    when = time_said(said, today)
    day = m["day"] or m["day2"] or m["day3"]
    bare = when is not None and BARE_HOUR_RE.fullmatch(when) is not None
    if when is None or not (bare or time_only(when, today)) or not named:
        return None
    if m["d"] and not m["at"] and bare and not _OLD_HOUR_AFTER_RE.match(said):
        return None  # "the kids are 4": a bare number with no "at" and no old time is no time
    if re.match(r"^(?:i|we|you|it|that|this|there|what|which|who)\b", named, FLAGS):
        return None
    if day is not None and due_words(day, today) is None:
        return None  # "the meeting on zoom is at 3": "on zoom" names the task
    if day is not None and not bare:
        return Intent("due", target=parse_target(named, quotes), due=f"{day} {when}")
    return Intent("due", target=parse_target(named, quotes), due=when, text="time")


# "change the date on the dentist one", "move the dentist thing", "reschedule the vet": a
# task to move with no new date said. The reply asks for the date, naming the task; a
# guessed date (or a task added with the words as its title) would be a wrong change.
_ASK_DUE_RE = re.compile(
    r"^(?:(?:change|update|move|fix|edit|set|sort|adjust)\s+(?:the\s+)?(?:due\s+date|date|"
    r"deadline|day|time|due\s+day)\s+(?:on|of|for|in)|(?:move|reschedule|resched|postpone|"
    r"push\s+back|put\s+off|rearrange))\s+(?P<t>.+?)(?:\s+(?:then|please|pls|for\s+me|"
    r"again|too|as\s+well|to\s+another\s+day|to\s+a\s+different\s+day|to\s+later|"
    r"(?:back\s+)?a\s+bit))*$",
    FLAGS,
)


def read_due_ask(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """A task to move with no new date (see `_ASK_DUE_RE`): a due edit with no date, which
    asks "when to?" about the task it names."""
    m = _ASK_DUE_RE.match(s)
    if m is None or re.search(r"\b(?:to|till|until|by|for|on)\s+\S", m["t"], FLAGS):
        return None  # "move X to the top", "move it to the done pile": no date, nor this
    if edit_phrase_deed_re().match(s):
        return None  # "move house in march": a deed, no task to move
    return Intent("due", target=parse_target(m["t"], quotes), text="ask")


# "... would you update that for me?", "please change the date on it", "put the time on it",
# "put that date on it", "can u fix that": a request to act on the news just told, which says
# nothing of its own.
_APPLY_RE = re.compile(
    r"^(?:(?:update|change|fix|amend|correct|adjust|edit|sort|put|set|note|reflect|make)\s+"
    r"(?:that|it|this|the\s+(?:task|list|reminder))|"
    # ("pls put the date and time on it": both; "use that date", "keep the time")
    r"(?:update|change|fix|amend|correct|adjust|edit|sort|put|set|note|reflect|make|use|save|"
    r"keep)\s+(?:that|this|the|the\s+same|the\s+new)\s+(?:date|time|due\s+date|deadline|day)"
    r"(?:\s*(?:and|&|\+|/)\s*(?:the\s+)?(?:date|time|day))?)"
    r"(?:\s+(?:on|for|in|to)\s+(?:it|that|this|there|the\s+list|my\s+list|the\s+task|"
    r"(?P<t>(?:the\s+|my\s+)?\S+(?:\s+\S+){0,3}?\s+(?:one|task|reminder|item))))?"
    r"(?:\s+(?:for\s+me|then|too|as\s+well|accordingly|please|pls|thanks|thank\s+you|dear))*$",
    FLAGS,
)


def read_apply(s: str, quotes: tuple[str, ...] = ()) -> Intent | None:
    """A bare request to apply what was said before: unknown, marked "apply", so it never
    becomes a task ('Change the date on it') and the message keeps only the news. A task it
    names ("fix that on the Hugger Mugger one") is what an "it" of the news means."""
    m = _APPLY_RE.match(s)
    if m is None:
        return None
    named = parse_target(m["t"], quotes) if m["t"] else None
    return Intent("unknown", text=s, query="apply", target=named)
