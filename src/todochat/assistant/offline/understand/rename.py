"""Renames and corrections: "rename X to Y", "change X to Y", "make it 4", "flat 4 not 2".
A new title that is only a priority level or a done word sets that instead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from todochat.assistant.offline.meaning import Intent, Target
from todochat.assistant.offline.slots import (
    clean_value,
    date_said,
    due_words,
    priority_level,
    repeat_from_now,
    schedule_said,
    time_only,
    without_purpose,
    without_remark,
)
from todochat.assistant.offline.split import only_placeholder
from todochat.assistant.offline.targets import parse_target, quoted_before_a_reason
from todochat.assistant.offline.text import (
    DAY_STEM,
    LAUGH,
    STOPWORDS,
    TASK_VERBS,
    capitalise,
    content_stems,
    unshouted,
    without_article,
)
from todochat.tasks.dates.words import MONTH_RE

from .vocabulary import DONE_WORDS, FIELD_NAMES, FLAGS, REOPEN_WORDS

# A rename whose new title is only a priority level ("set the hendricks one to high") sets
# the priority: a task is never renamed to "High".
_BARE_PRIORITY_RE = re.compile(
    r"(?:high|higher|highest|low|lower|lowest|medium|mid|normal|top|urgent|important|asap|p[123])"
    r"(?:\s+(?:prio|pri))?",
    FLAGS,
)


_FIELD_WORDS_RE = re.compile(rf"\b{FIELD_NAMES}\b", FLAGS)


_CORRECTION_RE = re.compile(
    r"^(?:(?:make|change|switch|turn)\s+(?P<t>it|that|this)(?:\s+one)?\s+(?:to\s+|into\s+)?|"
    r"(?P<t2>it|that|this)\s+should\s+(?:be|say|read)\s+|i\s+mean(?:t)?\s+)(?P<v>.+?)"
    r"(?:\s+instead)?$",
    FLAGS,
)


# What "i mean" says in earnest, never the words a task was meant to have ("i mean it", "i mean
# that", "i mean well", "i mean, whatever")
_MEANT_NOTHING_RE = re.compile(
    r"^(?:it|that|this|them|well|business|literally|like|seriously|honestly|whatever|no\s+harm)\b",
    FLAGS,
)


# "sorry, change to order cake, not buy", "switch to text instead": "it" left out, the new
# words said to the task just named. Only a value that starts with a task's verb or says what it
# replaces is read so ("switch to dark mode" names no task).
_CHANGE_TO_RE = re.compile(
    r"^(?:change|switch)\s+to\s+(?P<v>(?P<verb>[a-z]+)\b.*?)(?P<instead>\s+instead)?$", FLAGS
)
_REPLACES_RE = re.compile(r"\b(?:not|instead\s+of|rather\s+than)\s", FLAGS)


def _change_to(s: str, quotes: tuple[str, ...]) -> Intent | None:
    m = _CHANGE_TO_RE.match(s)
    if m is None or not (
        m["verb"].lower() in TASK_VERBS or m["instead"] or _REPLACES_RE.search(m["v"])
    ):
        return None
    return _correction(Target("it"), m["v"], quotes)


# "make the milk 2 gallons", "change the eggs to a dozen": a new amount for a named task.
_AMOUNT_EDIT_RE = re.compile(
    r"^(?:make|change|switch|turn|update|set|correct)\s+(?P<t>.+?)\s+(?:to\s+|into\s+)?"
    r"(?P<v>(?:\d+(?:[.,]\d+)?|a\s+dozen|half\s+a\s+dozen|a\s+couple(?:\s+of)?|a\s+few|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred)"
    r"\b.*)$",
    FLAGS,
)


_NAMING_WORDS = frozenset({"the", "a", "my", "one", "task", "item", "thing", "reminder"})


def _new_words_before_the_amount(named: str, value: str) -> bool:
    """ "the sunscreen one to spf" (of "change the sunscreen one to spf 50 sunscreen"): words
    after a "to" that the task's name before it does not have start a new name, when the new
    name says the task's word again ("sunscreen"); "the Fenwick invoice to invoice" (of "... to
    invoice 2216") names again what the number is of, and "the Amarillo pickup to load" (of
    "... to load forty four seventy three they switched it on me") a new number of the load."""
    head, to, tail = named.rpartition(" to ")
    if not to or not head.strip() or not tail.strip():
        return False
    said = {w.lower() for w in head.split()}
    new = [w.lower() for w in tail.split()]
    again = (said - _NAMING_WORDS) & {w.lower() for w in (*new, *value.split())}
    return bool(again) and any(w not in said for w in new)


_SO_IT_SAYS_RE = re.compile(
    r"^(?:change|update|edit|modify|alter|fix|correct|amend)\s+(?P<t>.+?)\s+so\s+(?:that\s+)?"
    r"it\s+(?:says|reads|is\s+for|is\s+about)\s+(?P<v>.+?)(?:\s+instead)?$",
    FLAGS,
)


_RENAME_RES = (
    re.compile(
        r"^(?:rename|retitle|re-?name|relabel|change|update|edit)\s+(?P<t>.+?)\s*(?:->|=>|→|-->|—>)\s*"
        r"(?P<v>.+)$",
        FLAGS,
    ),
    re.compile(
        # ("rename 'Call the notary' in 'Call the notary for the flat': "in" as other languages
        # say "to" (Italian "in", Spanish "en"), read only between two quoted titles)
        r"^(?:rename|retitle|re-?name|relabel)\s+(?P<t>.+?)\s+(?:to|as|into|in(?=\s+qq\d+qq\W*$))"
        r"\s+(?P<v>.+)$",
        FLAGS,
    ),
    re.compile(
        r"^(?:change|update|edit|modify|set|alter|switch|fix|correct)\s+(?:the\s+)?"
        r"(?:title|name|wording|text)\s+(?:of|for|on)\s+(?P<t>.+?)\s+(?:to|as|into)\s+"
        r"(?:say\s+|read\s+)?(?P<v>.+)$",
        FLAGS,
    ),
    re.compile(
        r"^(?:change|update|edit|modify|alter|switch|fix|correct|rename)\s+(?P<t>[^:=]+?)"
        r"\s*(?::|=|\s-\s)\s*(?P<v>.+)$",
        FLAGS,
    ),
    re.compile(
        # ("reword it to say X", "rephrase the bach one as X": to say it in other words)
        r"^(?:change|update|edit|modify|set|alter|switch|make|turn|fix|correct|replace|reword|"
        r"rephrase|rewrite|re-?word)\s+"
        # "with" parts the old from the new only when no "to" follows ("change the lesson with
        # jake to guitar": the lesson with jake)
        r"(?P<t>.+?)(?:'s\s+(?:title|name))?\s+(?:to|into|as|with(?!.*\s(?:to|into)\s)|"
        r"so\s+(?:that\s+)?it\s+says|"
        r"so\s+(?:that\s+)?it\s+reads)\s+(?:say\s+|read\s+|be\s+)?(?P<v>.+)$",
        FLAGS,
    ),
    re.compile(
        r"^(?:call|name|retitle|rename|relabel)\s+(?P<t>(?:task\s*)?#\d+|task\s+\d+|it|that(?:\s+one)?|"
        r"this(?:\s+one)?)"
        r"\s+(?P<v>.+)$",
        FLAGS,
    ),
    re.compile(
        # ("the 'call Mike' one should actually say call Mike about the couch")
        r"^(?P<t>.+?)\s+should\s+(?:(?:actually|really|instead|now|probably)\s+)?"
        r"(?:be\s+called|be\s+named|be\s+renamed\s+to|say|read)\s+"
        r"(?P<v>.+)$",
        FLAGS,
    ),
)


# A new value said with the old one it replaces: "flat 4 not 2", "thirty bales not twenty".
_NOT_WAS_RE = re.compile(
    r"^(?P<v>.+?)\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:the\s+)?(?P<was>[^,]+)$", FLAGS
)


# Words of another field: "make it high priority, race is soon" never renames.
_FIELD_VALUE_RE = re.compile(
    r"\b(?:priority|prio|due|deadline|urgent|important|tag(?:ged)?)\b", FLAGS
)


_BARE_NUMBER_RE = re.compile(
    r"\d{1,4}(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve", FLAGS
)


# Words after a short correction that give its reason: "make that 6121 I read it wrong off
# the sheet", "make it insulated gloves its getting cold", "size 3 he grew lol".
_REASON_AFTER_RE = re.compile(
    r"(?<=\w)\s*[,;-]?\s+(?:(?:i|we|he|she|they)(?:'m|'re|'ve|'ll|'d)?|it'?s|its|cause|"
    r"because|bc|since|coz|cuz|lol|haha|lmao|as\s+(?:i|we|he|she|they|it))\b(?:\s+\S+){1,}$|"
    r"(?<=\w)\s*[,;-]?\s+(?:her|his|their|theyre|thats|were|hes|shes)\b(?:\s+\S+){2,}$|"
    r"\s+(?:lol|haha|lmao)$",
    FLAGS,
)
# "actually 4", and "i meant to add milk": the new value after the words that said it
_LEAD_RE = re.compile(
    r"^(?:actually|really|to\s+(?:add|say|write|type|put(?:\s+down)?))\s+(?=\S)", FLAGS
)


def _bare_value(value: str) -> str:
    """ "it's the 1041 not the K-1": with the old value said, an article is no part of the new
    one (nor "actually", as without it)."""
    return without_article(_LEAD_RE.sub("", value))


# "X is Y not Z", "it's Y not Z", "the dentist one is for mia not leo; fix": a statement of
# what a title should say instead of what it says.
_IS_NOT_RE = re.compile(
    # ("wait it was $25 not 20": of the task just said, a sum or number it was is what it
    # should be; "it was the baker who rang, not the florist" is who did a deed)
    r"^(?P<t>.+?)(?:\s+is|'s|\s+are|\s+should\s+be|\s+was\s+meant\s+to\s+be|\s+needs\s+to\s+be|"
    r"(?:(?<=\bit)|(?<=\bthat))\s+was(?=\s+(?:actually\s+|really\s+)?[$£€]?\d))"
    r"\s+(?:actually\s+|really\s+|supposed\s+to\s+be\s+)?(?P<v>[^,;]+?)\s*,?\s+(?:not|instead\s+of|"
    r"rather\s+than)\s+(?P<was>(?:the\s+)?[^\s,;.]+(?:\s+[^\s,;.]+)?)"
    r"(?:\s*[,;.-]?\s*(?:(?:please|pls|can\s+you|could\s+you|just)\s+)?(?:fix|change|update|"
    r"correct|amend)(?:\s+(?:that|it|this|the\s+task))?(?:\s+for\s+me)?(?:\s+(?:please|pls))?)?$",
    FLAGS,
)


# What a story says happened to the task it names: "the inventory count got moved".
_NEWS_RE = re.compile(
    r"\s+(?:(?:got|was|were|has\s+been|have\s+been|is|has)\s+)?(?:moved|changed|rescheduled|"
    r"postponed|shifted|updated|switched|swapped|wrong)$",
    FLAGS,
)
_NOT_A_SUBJECT_RE = re.compile(
    # ("no is the report done, not the slides?": an opener alone before a question's "is")
    r"^(?:(?:no|nah|nope|wait|hang\s+on|hold\s+on|so|oh|ok|okay|hmm)[,.!]*\s*)+$|"
    r"^(?:show|list|which|what|how|is|are|do|did|have|has|tell|give|any|i|we|there|everything|"
    r"all|why|when|where|who)\b",
    FLAGS,
)
_NOT_A_VALUE_RE = re.compile(
    r"^(?:done|finished|complete|completed|pending|open|urgent|important|due|still|yet|really|"
    r"quite|already|so|too|very|sure|going|gonna|able|happening|needed)\b",
    FLAGS,
)


def _part_named(named: str, value: str) -> str:
    """The part of a task's name a new value replaces: from the value's first word on
    ("diapers size 2", "size 3" -> "size 2"), or "" when the value shares no first word."""
    first = value.split()[0].lower() if value.split() else ""
    low = named.lower().split()
    if not first or first in STOPWORDS or first not in low or first == low[0]:
        return ""
    part = named.split()[low.index(first) :]
    value = _REASON_AFTER_RE.sub("", value)
    # a whole new title that happens to start with a word of the name is a rename
    return " ".join(part) if len(value.split()) <= len(part) + 1 else ""


# "monday only", "only on sundays": a day said with "only" may be when, or how often.
_ONLY_DAY_RE = re.compile(
    rf"(?:only|just)\s+(?:on\s+)?{DAY_STEM}days?|(?:on\s+)?{DAY_STEM}days?\s+only",
    FLAGS,
)


# "make it June", "in august instead": a month alone is when, never a new name (which day of
# it is not said: ask)
_ONLY_MONTH_RE = re.compile(
    rf"(?:(?:in|for|by|to)\s+)?{MONTH_RE}(?:\s+(?:instead|then|please|pls))?", FLAGS
)


_LIST_CLOSED_RE = re.compile(r"\s(?:and|&)\s+\S", FLAGS)


def _correction(target: Target, raw: str, quotes: tuple[str, ...], was: str = "") -> Intent | None:
    """A correction of part of a title ("make it 4", "flat 4 not 2"), or None; ``was`` is
    the old value when the caller read it already."""
    value = clean_value(raw, quotes)
    head, comma, tail = value.partition(", ")
    # "i meant the baker, not the florist": what follows the comma is the old value, no remark;
    # after a list closed with "and" ("oat milk and bananas, smoothie szn") it is a remark
    if (
        comma
        and (len(tail.split()) >= 3 or _LIST_CLOSED_RE.search(head))
        and only_placeholder(raw) is None
        and not re.match(r"(?:not|instead\s+of|rather\s+than)\s", tail, FLAGS)
    ):
        value = head  # "make that the Harris wedding, the Patels already sorted theirs"
    elif only_placeholder(raw) is None:
        value = without_remark(value)  # "make it tri-fold poster board, teacher said"
    if only_placeholder(raw) is None:
        value = _REASON_AFTER_RE.sub("", value).strip()  # "make that 6121 I read it wrong"
    m = None if was else _NOT_WAS_RE.match(value)
    if m and only_placeholder(raw) is None:
        value, was = m["v"].strip(), m["was"].strip()
    if only_placeholder(raw) is None:
        value = _bare_value(value) if was else _LEAD_RE.sub("", value)
    if not value or (_FIELD_VALUE_RE.search(value) and only_placeholder(raw) is None):
        return None
    if only_placeholder(raw) is None and (rule := repeat_from_now(value)) is not None:
        return Intent("due", target=target, repeat=rule)  # "make it weekdays only"
    if schedule_said(value) and only_placeholder(raw) is None:
        return None  # "twice a week not once": how often, the repeat rules' to read
    if _ONLY_DAY_RE.fullmatch(value) and only_placeholder(raw) is None:
        # "make it monday only": one day, or every one? Ask when, rename nothing
        return Intent("due", target=target, text="ask")
    if not was and _ONLY_MONTH_RE.fullmatch(value) and only_placeholder(raw) is None:
        return Intent("due", target=target, text="ask")  # "make it June": which day?
    if re.fullmatch(DONE_WORDS + "|" + REOPEN_WORDS, value, FLAGS):
        return None
    when = None if _BARE_NUMBER_RE.fullmatch(value) else date_said(value)
    if when is not None and due_words(value) is not None:
        return None  # "make that 4pm": a time, the due-date rules' to read
    if when is not None:
        # "it's friday now not thursday", "tomorrow instead": a new date, never a title
        timed = "time" if time_only(when) else ""
        return Intent("due", target=target, due=when, text=timed)
    if target.kind == "it" and was and not target.hint:
        # "its Margaret not Margret" with nothing said before: the task that says Margret
        # ("not just dessert": the words replaced are "dessert", the planner keeps the "just")
        target = replace(target, hint=_ONLY_RE.sub("", was))
    # whether its first capital was typed: a name's ("make it Porto") tells it from a thing's
    # word ("make it porridge"); the planner reads it (titles.corrected_title)
    return Intent(
        "rename",
        target=target,
        title=capitalise(value),
        text="correction",
        query=was,
        capital=value[:1].isupper(),
    )


# "bring butter tarts, not just dessert": the words said after "just" are the ones replaced,
# and the rest of the title stays (titles.corrected_title)
_ONLY_RE = re.compile(r"^(?:just|only|simply|merely)\s+", FLAGS)


# "i spelled it wrong, its 'Buy Halloween costume for Mia'", "typo in my list, it should say
# 'collect transcript from registrar' fix it pls": the title as it should be, quoted; the task
# is the one whose title it is but for typos (the quoted matcher), else nothing changes.
_ITS_QUOTE_RE = re.compile(
    r"(?:^|,\s*|\s)(?:it'?s|it\s+is|that'?s|that\s+is|it\s+should\s+(?:be|say|read))\s+(?:actually\s+|meant\s+to\s+be\s+|supposed\s+to\s+be\s+)?"
    r"(?P<q>qq\d+qq)(?:\s*[,.-]?\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:fix|change|"
    r"correct|update|amend)(?:\s+(?:it|that|this))?(?:\s+(?:please|pls|for\s+me|thanks|ty))*)?$",
    FLAGS,
)


def _respelt(s: str, quotes: tuple[str, ...]) -> Intent | None:
    m = _ITS_QUOTE_RE.search(s)
    idx = only_placeholder(m["q"]) if m is not None else None
    if idx is None:
        return None
    title = quotes[idx].strip()
    return Intent("rename", target=Target("words", text=title, exact=True), title=capitalise(title))


# A rename told as news: "Patel LLC is now Patel & Sons LLC", "the book club is now called
# the reading circle", "Dr Shah's clinic has been renamed to Riverside Health". The old name
# is replaced by the new one in the one task whose title has it (more than one: the planner
# asks). Said without "called", "is now" is only a new name when the two names share a word
# ("the milk is now sour", "the Gym Is Now Closed" rename nothing).
_RENAMED_RE = re.compile(
    r"^(?P<old>.+?)\s+(?:(?P<called>(?:is|are|'s)\s+(?:now\s+)?(?:called(?!\s+off\b)|named|known\s+as)|"
    r"(?:has|have)\s+been\s+renamed(?:\s+to|\s+as)?|(?:was|were|got)\s+renamed(?:\s+to|\s+as)?|"
    r"changed\s+(?:its|their|his|her)\s+name\s+to|goes\s+by)|(?:is|are)\s+now)\s+"
    r"(?P<new>.+?)(?:\s+now)?$",
    FLAGS,
)
_PRONOUN_RE = re.compile(r"^(?:it|that|this|they|he|she|i|we|you)$", FLAGS)
# "X is now due friday", "X is now done": not a new name, the other rules' to read
_NOT_A_NAME_RE = re.compile(
    r"\b(?:not|no\s+longer|done|finished|due|priority|prio|urgent)\b", FLAGS
)


def _renamed_news(s: str, quotes: tuple[str, ...]) -> Intent | None:
    m = _RENAMED_RE.match(s)
    if m is None or _PRONOUN_RE.match(m["old"]):
        return None
    old = without_article(m["old"], owner=True).strip()
    # "Patel & Sons LLC (new EIN, don't ask)": what follows a bracket or a comma is a remark
    said = re.split(r"\s*[(,;]", clean_value(m["new"], quotes), maxsplit=1)[0]
    new = without_article(said, owner=True).strip(" .!")
    if not old or not new or old.lower() == new.lower():
        return None
    if not m["called"]:
        if _NOT_A_NAME_RE.search(new) or date_said(new) is not None:
            return None
        shared = {w.lower() for w in old.split()} & {w.lower() for w in new.split()}
        if not shared - STOPWORDS:
            return None  # "the gym is now closed", "Sarah is now my manager"
    return Intent("rename", target=parse_target(old, quotes), title=new, text="renamed", query=old)


_VAGUE_WHEN_RE = re.compile(
    r"^(?:the\s+|a\s+)?(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|later|"
    r"sooner|earlier|another\s+(?:day|time)|some\s+other\s+(?:day|time)|later\s+(?:date|on)|"
    r"next\s+time|whenever|some\s*time\s+later)(?:\s+(?:instead|then|please|pls))*$",
    FLAGS,
)


# "oops i spelled her name wrong, the camogie one should be 'Pick up Aoife from camogie'", "the
# vet one should say book the vet for rex": a task named, then the title it should have. A
# story before a comma is no part of the name.
_SHOULD_BE_RE = re.compile(
    r"^(?:.*[,;]\s*)?(?P<t>[^,;]+?)\s+(?:should|must|needs\s+to|has\s+to|is\s+(?:meant|supposed)"
    r"\s+to)\s+(?:(?:actually|really|instead|now|probably)\s+)?(?:be\s+(?:called\s+|named\s+|"
    r"renamed\s+(?:to\s+|as\s+)?)?|say\s+|read\s+)(?P<v>.+)$",
    FLAGS,
)


def _should_be(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """A task named, then the title it should have (see `_SHOULD_BE_RE`): the title quoted, or
    said whole with its verb and a word of the name ("the camogie one should be pick up Aoife
    from camogie"). Anything else ("the gym one should be easier", "the report should be done
    by friday") is left to the other rules."""
    m = _SHOULD_BE_RE.match(s)
    if m is None or _PRONOUN_RE.match(m["t"].strip()):
        return None
    idx = only_placeholder(m["v"])
    # ("... should say buy gift for Riya and Kabir, both birthdays are same day only": a remark
    # after the title said is no part of it)
    value = quotes[idx].strip() if idx is not None else without_remark(clean_value(m["v"], quotes))
    target = parse_target(m["t"], quotes)
    if not value or target.kind != "words":
        return None
    if idx is None and not _said_whole(m["t"], value):
        return None
    part = "correction" if _keeps_name(target, value) else ""
    return Intent("rename", target=target, title=capitalise(value), text=part)


def _said_whole(named: str, value: str) -> bool:
    """Whether an unquoted ``value`` is a whole title for the task ``named``: it starts with a
    task's verb, says a word of the name, and is no date or field."""
    return (
        value.split()[0].lower() in TASK_VERBS
        and bool(set(content_stems(named)) & set(content_stems(value)))
        and date_said(value) is None
        and _FIELD_VALUE_RE.search(value) is None
    )


# "put for Wanjiru's second term at the end of the name of the school fees one" (the plain form
# of "the school fees one is for Wanjiru's second term, put that in the name": languages/en.toml):
# more words at the end of the title of the task named (the planner adds them:
# plan/actions.new_title)
_PUT_IN_NAME_RE = re.compile(
    r"^put\s+(?P<w>.+?)\s+at\s+the\s+end\s+of\s+the\s+(?:name|title)\s+of\s+(?P<t>.+)$", FLAGS
)


def _put_in_name(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """ "put for Wanjiru's second term at the end of the name of the school fees one": a rename
    of the task named whose title gets the words at its end (``text`` "appended")."""
    m = _PUT_IN_NAME_RE.match(s.strip())
    if m is None:
        return None
    return Intent("rename", target=parse_target(m["t"], quotes), title=m["w"], text="appended")


# "make the email to the accountant a monthly one so it keeps coming back": the words after a
# "to" inside the task's name, ending in how often it is to come (a weekly thing, a monthly
# one). The task is all the words before that, never renamed 'The accountant a monthly one'.
_MADE_A_REPEAT_RE = re.compile(
    r"^(?P<rest>.*?)\s*\b(?:a|an)\s+(?P<r>daily|weekly|monthly|yearly|fortnightly|nightly|"
    r"every\s?day)\s+(?:recurring\s+|repeating\s+)?(?:task|thing|one|reminder|habit|job|chore|"
    r"routine)\b",
    FLAGS,
)


def _made_a_repeat(named: str, value: str, quotes: tuple[str, ...]) -> Intent | None:
    """How often a task named with a "to" in it is to come, as a rename would misread it
    ("make the email to the accountant a monthly one": 'Email the accountant' repeats monthly);
    None when ``value`` says no such thing or nothing is left of the name."""
    m = _MADE_A_REPEAT_RE.match(value)
    rule = repeat_from_now(m["r"]) if m is not None else None
    if m is None or rule is None or only_placeholder(value) is not None:
        return None
    task = f"{named} to {m['rest']}" if m["rest"].strip() else named
    return Intent("due", target=parse_target(task, quotes), repeat=rule)


def read_rename(s: str, quotes: tuple[str, ...]) -> Intent | None:
    appended = _put_in_name(s, quotes)
    if appended is not None:
        return appended
    respelt = _respelt(s, quotes)
    if respelt is not None:
        return respelt
    should = _should_be(s, quotes)
    if should is not None:
        return should
    renamed = _renamed_news(s, quotes)
    if renamed is not None:
        return renamed
    m = _IS_NOT_RE.match(re.sub(r"^its\b", "it's", s, flags=FLAGS))
    if m and (_NOT_A_SUBJECT_RE.match(m["t"]) or _NOT_A_VALUE_RE.match(m["v"])):
        m = None  # "show me which tasks is still not finish", "X is done not pending"
    if m and _ONLY_RE.match(m["was"]):
        m = None  # "the potluck is about community, not just dessert": more, nothing replaced
    if m and not re.fullmatch(DONE_WORDS + "|" + REOPEN_WORDS, m["was"].strip(), FLAGS):
        # "the Tulsa one is actually in Okmulgee not Tulsa", "it's the 1041 not the K-1"
        named = m["t"]
        story, comma, pronoun = named.rpartition(",")
        if comma and pronoun.strip().lower() in ("it", "that", "this") and story.strip():
            # "the inventory count got moved, it's friday now not thursday"
            named = _NEWS_RE.sub("", story).strip()
        target = parse_target(named, quotes)
        corrected = _correction(target, m["v"], quotes, _bare_value(m["was"]))
        if corrected is not None and (corrected.query or corrected.kind == "due"):
            return corrected
    m = _CORRECTION_RE.match(s)
    if m and m["t"] is None and m["t2"] is None and _MEANT_NOTHING_RE.match(m["v"]):
        m = None  # "i mean it", "i mean that seriously": said in earnest, no new words
    if m:
        corrected = _correction(parse_target(m.group("t") or "it", quotes), m.group("v"), quotes)
        if corrected is not None:
            return corrected
    told = _change_to(s, quotes)
    if told is not None:
        return told
    m = _SO_IT_SAYS_RE.match(s)
    if m:
        # "change the letter to Margaret so it says Arthur": the words it says replace a part.
        target = parse_target(m.group("t"), quotes)
        value = clean_value(m.group("v"), quotes)
        if value:
            return Intent("rename", target=target, title=value, text="correction")
    m = _AMOUNT_EDIT_RE.match(s)
    if m and (_FIELD_WORDS_RE.search(m["t"]) or re.search(r"\bto\b", m["v"], FLAGS)):
        # "set priority high on 39": a field; "change X size 2 to size 3": a rename's value
        m = None
    if m and re.search(r"\b(?:not|instead\s+of|rather\s+than)$", m["t"], FLAGS):
        # "change the yoga class to 6pm ok not 5": the number is the old value of a
        # correction ("V not W", below), not a new amount
        m = None
    if m and _new_words_before_the_amount(m["t"], m["v"]):
        # "change the sunscreen one to spf 50 sunscreen": a new name with a number in it
        m = None
    if m and due_words(m.group("v")) is None:  # "make the dentist 4:30pm" is a time
        target = parse_target(m.group("t"), quotes)
        corrected = _correction(target, m.group("v"), quotes)
        if target.kind == "words" and corrected is not None:
            return replace(corrected, title=corrected.title[:1].lower() + corrected.title[1:])
    for rx in _RENAME_RES:
        m = rx.match(s)
        if not m:
            continue
        _, to, then = m["t"].rpartition(" to ")
        if (
            to
            and only_placeholder(m["t"]) is None
            and (repeat_from_now(then) is not None or date_said(then) is not None)
        ):
            # "change the ferns to every day - heatwave coming": the task, how often, then why;
            # never a title ('Heatwave coming') for the task named "the ferns to every day"
            continue
        repeated = _made_a_repeat(m["t"], m["v"], quotes)
        if repeated is not None:
            return repeated
        # ("set the bins to weekly, council gave us a new bin": why, said after how often)
        said = _REPEAT_LEAD_RE.sub("", _WHY_AFTER_RE.split(m["v"], maxsplit=1)[0])
        rule = repeat_from_now(said) if only_placeholder(m["v"]) is None else None
        if rule is not None and not _FIELD_WORDS_RE.search(m["t"]):
            # "change the stretching to weekdays only": how often it repeats from now on
            return Intent("due", target=parse_target(m["t"], quotes), repeat=rule)
        if schedule_said(m.group("v")) and only_placeholder(m.group("v")) is None:
            # "change the stretching to twice a week": how often (the repeat rules read the
            # ones they can), never a title, nor a task to add
            return Intent("unknown", text=s)
        if _VAGUE_WHEN_RE.match(m.group("v")) and only_placeholder(m.group("v")) is None:
            # "switch the gym one to mornings", "change the gym to later": a time said too
            # vaguely to set is a question of when, never a title ('Mornings')
            return Intent("due", target=parse_target(m.group("t"), quotes), text="ask")
        if _NOT_WAS_RE.match(m.group("v")) and only_placeholder(m.group("v")) is None:
            # "change the straw order to thirty bales not twenty": a part of the title
            return _correction(parse_target(m.group("t"), quotes), m.group("v"), quotes)
        if _FIELD_WORDS_RE.search(m.group("t")) and only_placeholder(m.group("t")) is None:
            continue
        if date_said(m.group("v")) is not None:
            continue
        target = parse_target(m.group("t"), quotes)
        part = _part_named(m["t"], m["v"])
        if target.kind == "words" and part:
            # "change diapers size 2 to size 3 he grew": the part of the title from "size"
            corrected = _correction(target, m["v"], quotes, part)
            if corrected is not None and (corrected.query or corrected.kind == "due"):
                return corrected
        # "change the name of X to be 'Y'", "rename it to become Y": the new title is Y
        value_raw = without_purpose(_TO_BE_RE.sub("", m.group("v"), count=1))
        low_value = value_raw.strip(" .!").lower()
        if re.fullmatch(DONE_WORDS, low_value, FLAGS):
            return Intent("complete", target=target)
        if re.fullmatch(REOPEN_WORDS, low_value, FLAGS):
            return Intent("reopen", target=target)
        level = _WHY_AFTER_RE.split(low_value, maxsplit=1)[0]
        if _BARE_PRIORITY_RE.fullmatch(level):
            # "set the essay to high, teacher said it counts double": the level, then why
            return Intent("priority", target=target, priority=priority_level(level))
        if re.search(r"\bpriority\b|\bdue\b", low_value) and only_placeholder(value_raw) is None:
            continue
        lead = quoted_before_a_reason(value_raw)
        if lead is not None:
            value_raw = f"qq{lead}qq"  # "to 'finish history essay draft' its too vague lol"
        value = without_remark(clean_value(value_raw, quotes))
        if only_placeholder(value_raw) is None:
            # "rename the gym one to leg day cause thats what it is": why is no part of it
            value = _BECAUSE_AFTER_RE.sub("", value) or value
        if value:
            part = "correction" if _keeps_name(target, value) else ""
            return Intent("rename", target=target, title=capitalise(value), text=part)
    return None


_WHY_AFTER_RE = re.compile(
    r"\s*(?:[,;]|\s-\s|!+)\s*|\s+(?=(?:because|cause|coz|cuz|bc|since|so|as)\s)", FLAGS
)
_REPEAT_LEAD_RE = re.compile(r"^(?:repeat|recur)(?:s|ing)?\s+(?=\S)", FLAGS)
_BECAUSE_AFTER_RE = re.compile(r"\s+(?:because|cause|coz|cuz|bc)\s+\S.*$", FLAGS)


def _keeps_name(target: Target, value: str) -> bool:
    """ "change the milk one to oat milk": a value that says again the word that named the
    task, with no verb of its own, corrects that part of the title ('Buy oat milk'); a task
    named by a title with its verb ("rename buy milk to oat milk") gets the value whole."""
    if target.kind != "words" or not value.split() or not target.text.split():
        return False
    if value.split()[0].lower() in TASK_VERBS or target.text.split()[0].lower() in TASK_VERBS:
        return False
    if _NICKNAME_RE.search(target.text) and _THINGS_LISTED_RE.fullmatch(value):
        # "change the diego party one, it has to be cake and cupcakes now": things listed for
        # a task named by a nickname go where one of them stands in its title (the planner
        # keeps the whole value when none does)
        return True
    return bool(set(content_stems(target.text)) & set(content_stems(value)))


_NICKNAME_RE = re.compile(r"\s(?:one|thing|task|item|reminder)$", FLAGS)
_THINGS_LISTED_RE = re.compile(r"[\w'-]+(?:\s*,\s*[\w'-]+)*\s+(?:and|&|plus)\s+[\w'-]+", FLAGS)


# in lower case only: "rename task 2 to Be kind to Sam" is a title that starts with "Be"
_TO_BE_RE = re.compile(r"^\s*(?:be|become|read|say)\s+(?=\S)")


# "would you fix the spelling on the carpool one?", "correct the typo in the Margret task":
# a correction asked for before it is said ("It's Margaret, not Margret" follows). The
# clause names the task, as context for the correction, and changes nothing by itself.
_FIX_REQUEST_RE = re.compile(
    r"^(?:fix|correct|amend|sort(?:\s+out)?)\s+(?:the\s+|a\s+|my\s+)?"
    r"(?:spelling(?:\s+mistake)?|typo|misspelling|mistake|name|wording|title)\s+(?:on|in|of|for)\s+"
    r"(?P<t>.+?)(?:\s+(?:please|pls|for\s+me))*$",
    FLAGS,
)


def read_fix_request(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """ "fix the spelling in the package task": its known misspellings respelt ('respell';
    the planner asks how to spell it when it knows none). Followed by how it should be
    spelt ("It's Petals, not Pedals"), it only names the task (`respell_as_context`)."""
    if _FIX_TYPO_TO_RE.match(s):
        return None  # "fix the typo in X, it should be Y": what it should be is said (below)
    spelt = _WORD_SPELT_WRONG_RE.match(s)
    if spelt is not None:
        return _spelt_wrong(spelt["w"] or spelt["w2"], quotes)
    m = _FIX_REQUEST_RE.match(s) or _SPELT_WRONG_RE.match(s)
    named = m is not None and (m.groupdict().get("t") or m.groupdict().get("t2"))
    if m is None or not named or only_placeholder(named) is not None:
        return None
    if re.search(r"\s(?:to|as|into|so)\s", named, FLAGS):
        return None  # "fix the name of X to Y": the rename itself
    said = m.groupdict().get("w") or ""
    idx = only_placeholder(said)
    word = (quotes[idx] if idx is not None else said).strip()
    return Intent("rename", target=parse_target(named, quotes), text="respell", query=word)


# "i spelt prescription wrong", "we misspelled 'receipt' on the list lol, fix pls", "typed
# calendar wrong": the word as it should be; the task is the one whose title has it spelt
# nearly so. What may follow is where (the list) and a request to fix it, or a laugh.
_WORD_SPELT_WRONG_RE = re.compile(
    r"^(?:(?:i|we)\s+)?(?:(?:accidentally|just|totally|completely)\s+)?(?:(?:spelled|spelt|"
    r"typed|wrote)\s+(?P<w>qq\d+qq|[\w'-]{4,})\s+(?:wrong(?:ly)?|incorrectly)|"
    r"(?:misspelled|misspelt|mistyped)\s+(?P<w2>qq\d+qq|[\w'-]{4,}))"
    r"(?:\s+(?:on|in)\s+(?:the|my)\s+(?:list|tasks?|to-?do(?:\s+list)?|app))?"
    r"(?:\s*[,.!;-]?\s*(?:lol|haha|oops|sorry|can|could|would|you|u|please|pls|plz|fix|correct|"
    r"sort|change|it|that|this|for|me|out|thanks|thx))*\s*[.!?]*$",
    FLAGS,
)


# Words that say what was spelt wrong without being the word: "i spelt it wrong", "i typed
# that wrong", "i spelled something wrong" name no word to respell.
_NOT_THE_WORD = frozenset(
    {"it", "that", "this", "them", "something", "everything", "name", "title", "task", "word"}
)


def _spelt_wrong(said: str, quotes: tuple[str, ...]) -> Intent | None:
    """ "i spelt prescription wrong": the word as it should be spelt; the task is the one whose
    title has it spelt nearly so (matched loosely; two such tasks are asked about), and only
    that word of it is respelt (`respelt`)."""
    idx = only_placeholder(said)
    word = (quotes[idx] if idx is not None else said).strip()
    if not word or len(word.split()) != 1 or word.lower() in _NOT_THE_WORD:
        return None
    return Intent("rename", target=Target("words", text=word), text="respell", query=word)


# "i spelled it 'recieve' in the package task, can u fix it", "the dentest one is spelt
# wrong", "the package task is misspelled, fix pls"
_SPELT_WRONG_RE = re.compile(
    r"^(?:(?:i|we)\s+(?:(?:accidentally|just)\s+)?(?:spelled|spelt|misspelled|misspelt|typed|"
    r"wrote)\s+(?:it\s+)?(?P<w>qq\d+qq|[\w'-]+)\s+(?:in|on|for)\s+(?P<t>.+?)|"
    r"(?P<t2>.+?)\s+(?:is|'s)\s+(?:misspelled|misspelt|spelled\s+wrong(?:ly)?|spelt\s+wrong(?:ly)?|"
    r"spelled\s+incorrectly|got\s+a\s+typo|has\s+a\s+typo))(?:\s*,?\s*(?:(?:can|could|would)"
    r"\s+(?:you|u)\s+|please\s+|pls\s+)*(?:fix|correct|sort)\s+(?:it|that|this|the\s+spelling|"
    r"the\s+typo)(?:\s+(?:please|pls|for\s+me))*)?\??$",
    FLAGS,
)


# "i wrote 'call jon' but its john with an h, fix pls", "i typed bye milk but i meant buy
# milk": what was written, then what it should be. One word like one of the title's is that
# word respelt; more words sharing one with it (or a quoted title) are the whole title. Said of
# anything else ("i wrote the essay but it's too long") it is no correction.
_MISWRITTEN_RE = re.compile(
    r"^(?:i|we)\s+(?:(?:accidentally|mistakenly|just)\s+)?(?:wrote|typed|put(?:\s+in|\s+down)?|"
    r"spelled|spelt|misspelled|misspelt|entered|saved\s+it\s+as|named\s+it|called\s+it)\s+"
    r"(?P<x>.+?)(?:\s+(?:wrong|wrongly|incorrectly|by\s+mistake))?(?:\s*,\s*(?:but\s+|and\s+)?|"
    r"\s+(?:but|when|and)\s+)"
    r"(?:it'?s|its|it\s+is|it\s+should\s+(?:be|say|read|have\s+been)|i\s+meant(?:\s+to\s+"
    r"(?:write|type|put))?|it\s+(?:was|is)\s+(?:meant|supposed)\s+to\s+be|should\s+(?:be|say))\s+"
    r"(?:actually\s+|spel(?:led|t)\s+)?(?P<y>.+?)(?:\s*[,.-]?\s*(?:(?:please|pls|can\s+you|"
    r"could\s+you)\s+)?(?:fix|change|correct|update|amend)(?:\s+(?:it|that|this))?"
    r"(?:\s+(?:please|pls|for\s+me|thanks))*)?$",
    FLAGS,
)
# "john with an h", "jon not john": how it is spelt, not part of the name
_SPELLING_HINT_RE = re.compile(
    r"\s+(?:(?:with|without)\s+(?:an?|two|double|one|no)\s+\S+|not\s+.+|instead)$", FLAGS
)


# "fix the typo in 'by new jandals' lol it's meant to be buy", "correct the spelling on
# 'Call Jon', should be John": the typo asked to be fixed, then what it should be; read as
# what was written and what was meant (a task named loosely, "the jandals one", is named, not
# written: its spelling is asked about, never guessed)
_FIX_TYPO_TO_RE = re.compile(
    r"^(?:fix|correct|amend|sort(?:\s+out)?)\s+(?:the\s+|a\s+|my\s+|that\s+)?(?:spelling"
    r"(?:\s+mistake)?|typo|misspelling|mistake)\s+(?:on|in|of|for)\s+(?P<x>.+?)\s*[,.;:-]?\s*"
    r"(?:(?:lol|haha|lmao|oops)\s*[,.]?\s*)?(?:(?:it'?s|its|it\s+is|it\s+was)\s+(?:meant|supposed)"
    r"\s+to\s+(?:be|say)|it\s+should\s+(?:be|say|read)|should\s+(?:be|say)|it'?s|its|it\s+is|"
    r"i\s+meant)\s+(?:spel(?:led|t)\s+)?(?P<y>.+?)(?:\s+(?:lol|haha|please|pls|thanks|thx))*$",
    FLAGS,
)


# what may trail the word it should be without being part of it: "should be BUY obviously",
# "i meant buy of course lol"
_MEANT_ASIDE_RE = re.compile(
    rf"(?:\s*[,.!]?\s+(?:{LAUGH}|obviously|obvs|ofc|of\s+course|duh|sorry|oops|"
    r"i\s+think))+[.!]*$",
    FLAGS,
)


# a title quoted, then what it is ("the 'by new thongs' one", "my 'call jon' task")
_QUOTED_ONE_RE = re.compile(
    r"(?:the\s+|my\s+|that\s+)?(?P<q>qq\d+qq)\s+(?:one|task|item|todo|reminder|thing)", FLAGS
)


def read_miswritten(s: str, quotes: tuple[str, ...]) -> Intent | None:
    s = _MEANT_ASIDE_RE.sub("", s)
    m = _MISWRITTEN_RE.match(s)
    asked = _FIX_TYPO_TO_RE.match(s) if m is None else None
    if asked is not None:
        # "fix the spelling on the 'by new thongs' one": the title as written, quoted
        quoted = _QUOTED_ONE_RE.fullmatch(asked["x"])
        if quoted is not None:
            s = f"{s[: asked.start('x')]}{quoted['q']}{s[asked.end('x') :]}"
            asked = _FIX_TYPO_TO_RE.match(s)
    if asked is not None and only_placeholder(asked["x"]) is None:
        # (the word it should be as the one to respell: no title has it, so the reply asks)
        named = parse_target(asked["x"], quotes)
        return Intent("rename", target=named, text="respell", query=asked["y"])
    m = m or asked
    if m is None:
        return None
    idx = only_placeholder(m["x"])
    written = quotes[idx] if idx is not None else m["x"].strip()
    meant = _SPELLING_HINT_RE.sub("", clean_value(m["y"], quotes)).strip(" .,!")
    if not meant or re.match(rf"(?:not|{DONE_WORDS}|{REOPEN_WORDS})\b", meant, FLAGS):
        return None
    target = Target("words", text=written)
    words = written.split()
    if len(meant.split()) == 1:
        alike = [
            w
            for w in words
            if w.lower() != meant.lower()
            and SequenceMatcher(None, w.lower(), meant.lower()).ratio() >= 0.6
        ]
        if len(alike) == 1:
            was = alike[0]
            meant = unshouted(meant, was)
            title = meant[:1].upper() + meant[1:] if was[:1].isupper() else meant
            return Intent("rename", target=target, title=title, text="correction", query=was)
    shared = {w.lower() for w in words} & {w.lower() for w in meant.split()} - STOPWORDS
    if asked is not None and len(meant.split()) == 1:
        # "fix the typo on 'pick up recieve', it's meant to be receipt": one word like none of
        # the title's (or like two) is never the whole title; how it should read is asked
        return Intent("rename", target=target, text="respell", query=meant)
    if shared or idx is not None:
        return Intent("rename", target=target, title=capitalise(meant))
    return None
