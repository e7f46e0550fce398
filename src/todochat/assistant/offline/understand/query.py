"""Lists, counts, searches and status questions: "show my tasks", "how many are left?",
"anything about the dentist?", "did I call mom?". A question changes nothing.
"""

from __future__ import annotations

import re

from todochat.assistant.offline.meaning import Intent
from todochat.assistant.offline.split import restore
from todochat.assistant.offline.targets import COMPLETED_RE, PENDING_RE, parse_target, status_of
from todochat.assistant.offline.text import STOPWORDS, lexicon, words

from .vocabulary import DONE_WORDS, FLAGS

_LIST_START_RE = re.compile(
    r"^(?:show|list|display|view|see|get|give|tell|read|print|pull\s+up|bring\s+up|fetch|check|"
    r"review|go\s+over|go\s+through|what|what'?s|whats|which|any|anything|do\s+i|have\s+i|"
    r"did\s+i|are\s+there|is\s+there|how\s+many|how'?s|count|number\s+of|let\s+me\s+see|"
    r"can\s+i\s+see|could\s+i\s+see|may\s+i\s+see|where|remind\s+me\s+what|summari[sz]e|"
    r"overview|status|whats|lemme\s+see|got\s+any|have\s+we|am\s+i|anything\s+else)\b",
    FLAGS,
)


_LIST_NOUN_RE = re.compile(
    r"\b(?:tasks?|todos?|to-?dos?|items?|list|things|stuff|agenda|plate|everything|anything|"
    r"reminders?|backlog|work|got\s+on|on\s+today)\b",
    FLAGS,
)


COUNT_RE = re.compile(r"\b(?:how\s+many|count|number\s+of|total)\b", FLAGS)


_QUERY_RE = re.compile(
    r"\b(?:about|containing|contain|mentioning|mention|related\s+to|regarding|with\s+the\s+word|"
    r"matching|that\s+(?:mention|contain|include)s?|involving|"
    r"(?:tasks?|anything|something|ones?|items?)\s+(?:named|called|titled)|"
    # "do I have something with Lucía?", "anything with the plumber": with whom, or what
    # ("any tasks with a due date" asks about a field, no name)
    r"(?:anything|something|stuff|tasks?|ones?|items?|things?)\s+(?:with|involving)"
    r"(?!\s+(?:(?:a|an|no|any|the|high|low|top|medium)\s+)?(?:due|dates?|deadlines?|priority|"
    r"prio|tags?|labels?|notes?|descriptions?|repeats?)\b))\s+(?P<q>.+)$",
    FLAGS,
)


_SEARCH_RE = re.compile(
    r"^(?:search|look\s+up|lookup|look\s+for|find|show|list|get|give\s+me|display)\s+"
    r"(?:for\s+|me\s+)?(?:(?:all|any|my|the|every)\s+)*(?:pending\s+|open\s+|completed\s+|"
    r"finished\s+|done\s+)?(?:tasks?|todos?|to-?dos?|items?|anything|something|ones?|"
    r"everything)\s+(?:about|with|containing|mentioning|matching|related\s+to|regarding|"
    r"named|called|titled|that\s+mentions?|that\s+contains?|including|involving|for)\s+"
    r"(?P<q>.+)$|^search\s+(?:for\s+|my\s+tasks\s+for\s+)?(?P<q2>.+)$",
    FLAGS,
)


# "get a new lab coat", "get some stamps": getting a thing is a task, not a look at one
_GET_NEW_RE = re.compile(r"^(?:get|fetch)\s+(?:a|an|some|more|new|another)\b", FLAGS)
_SHOW_RE = re.compile(
    r"^(?:show|display|view|see|get|print|pull\s+up|bring\s+up|fetch|check|open)\s+"
    r"(?:me\s+)?(?:up\s+)?",
    FLAGS,
)


# "show me what I've dealt with": a clause of what, never one task's name
_WHAT_CLAUSE_RE = re.compile(r"^(?:what|everything|anything)\s+(?:i|we)\b", FLAGS)


_STATUS_STRIP_RE = re.compile(
    r"\b(?:" + DONE_WORDS[3:-1] + r"|finish|complete|yet|already|still|pending|open|"
    r"outstanding|status|the\s+status\s+of|progress\s+on)\b",
    FLAGS,
)


# "I have finished already the insurance call?": a question in a statement's word order.
STATEMENT_ORDER_Q_RE = re.compile(
    r"^(?:i|we)(?:'ve|\s+have|\s+did)\s+(?:already\s+)?(?P<v>finished|finish|done|do|completed|"
    r"complete|called|paid|sent|bought)\b(?:\s+already)?",
    FLAGS,
)


_STATUS_Q_RE = re.compile(
    r"^(?:did\s+i|did\s+we|have\s+i|have\s+we|has|is|are|was|were)\s+(?P<rest>.+)$", FLAGS
)


# "did I add buy milk?", "have I added the vet appointment?", "did i put the insurance renewal
# on?": a verb of adding before the thing asked about, and its "on"/"down" after it
_ADDED_RE = re.compile(
    r"^(?:add|added|put|put\s+down|jot(?:ted)?\s+down|write\s+down|written\s+down|note(?:d)?"
    r"\s+down)\s+(?P<x>\S.*?)(?:\s+(?:on|down|in))?$",
    FLAGS,
)
_PUT_ON_RE = re.compile(
    r"^(?:put|add|added|stick|stuck|pop|popped|write|written|jot|jotted|note|noted|save|saved)"
    r"\s+(?:down\s+)?(?=\S+.*\b(?:on|onto|in|into|to)\s+(?:my|the|our)\s+(?:[\w-]+\s+)?"
    r"(?:list|tasks|to-?dos?)\b)",
    FLAGS,
)


_WHAT_ABOUT_RE = re.compile(
    r"^(?:what'?s|what\s+is|whats|what\s+about|how\s+about|how'?s|how\s+is|where\s+(?:am\s+i|are\s+we)"
    r"\s+(?:on|with))\s+(?:the\s+)?(?:status\s+(?:of|on)\s+)?(?P<rest>.+)$",
    FLAGS,
)


QUESTION_START_RE = re.compile(
    r"^(?:what|what'?s|whats|which|how|is|are|was|were|did|do|does|have|has|any|anything|where|"
    r"when|who|why|can\s+i|could\s+i|may\s+i|should\s+i|am\s+i)\b",
    FLAGS,
)


_LIST_FILLER = lexicon(
    "show list display view see get give tell read print pull bring fetch check review go over "
    "through what what's whats which any anything do did have are is there how many count number "
    "let can could may where me my i all of the on in every everything tasks task todos todo "
    "to-do to-dos to items item things stuff agenda plate reminders currently right now today so "
    "far still left pending open outstanding remaining incomplete unfinished completed complete "
    "done undone finished closed yet not a again please up got need ones one entire whole full "
    "am we you "
    "be it those these that next active due current status overview summary summarize summarise "
    "at look for else quick lemme hear know work backlog upcoming waiting ahead accomplished "
    "achieved does like about and with there's theres we've i've ive total overall altogether "
    "only just but which those aren't isn't already cleared gotten jobs chores"
)


# "what's left for the kim wedding", "what's still open on the bathroom reno": the words after
# "for" / "on" scope a listing by status to the tasks they name ("how many are left across all
# the flats" names no scope: every pending task).
_FOR_SCOPE_RE = re.compile(r"\b(?:for|on)\s+(?P<q>.+)$", FLAGS)


_ON_THE_LIST_TO_RE = re.compile(
    r"^(?P<x>.+?)\s+(?:on|in)\s+(?:my|the|our)\s+(?:[\w-]+\s+)?list\s+to\s+(?P<v>[a-z]+)$", FLAGS
)


# "what did i just add?", "remind me what i added", "which tasks did we put on the list today",
# "what were the things you just added", "how many did i add": a question whose verb is adding
# asks for the tasks this chat added (the planner lists those; all tasks when it added none).
# "did i add milk?" names a task and stays a status question; "what did i do" stays a
# question about what is done.
_ADDED_Q_RE = re.compile(
    r"^(?:(?:remind|tell|show)\s+me\s+|(?:can|could)\s+you\s+(?:remind|tell|show)\s+me\s+)?"
    r"(?:what|which|how\s+many)(?:\s+(?:tasks?|ones?|things?|items?|stuff|todos?))?\s+"
    r"(?:(?:was|were|are|is)\s+(?:it|the\s+(?:tasks?|ones?|things?|items?|stuff))\s+"
    r"(?:(?:that|which)\s+)?)?(?:did\s+|have\s+|had\s+)?(?:i|we|you)(?:'ve|'d|\s+have|\s+had)?\s+"
    r"(?:just\s+|already\s+|only\s+)?(?:add|added|create|created|put|jot(?:ted)?\s+down|"
    r"write\s+down|wrote\s+down|written\s+down)(?:\s+(?:down|in))?"
    r"(?:\s+(?:to|on|in|onto)\s+(?:my|the|our)\s+(?:[\w-]+\s+)?list)?"
    r"(?:\s+(?:so\s+far|just\s+now|now|today|earlier|again|then|there))*$",
    FLAGS,
)


def read_added_question(s: str) -> Intent | None:
    """ "what did i just add?": the tasks this chat added, listed (or counted)."""
    low = s.lower().strip(" ?.!")
    if not _ADDED_Q_RE.match(low):
        return None
    return Intent("count" if low.startswith("how") else "list", status="all", text="added")


# "when is the dentist?", "when's the rent due", "what day is the bin one", "what's the deadline
# for the report", "when do i have to pay the gas bill by": when a task is due, asked. "it" only
# with "due" said ("when's it due"; "what time is it" asks the clock); "when is a good time to
# call mom" asks advice, not a date.
_WHEN_Q_RE = re.compile(
    r"^(?:when|what\s+(?:day|time|date))\s*(?:'s|is|are|s|was|will)\s+(?P<t>.+?)"
    r"(?P<due>\s+(?:due|happening|scheduled|booked|planned|set|on|be\s+due))?"
    r"(?:\s+(?:for|again|by|on|then|exactly))?$|"
    r"^(?:what'?s|what\s+is|whats)\s+the\s+(?:due\s+date|deadline|date|day)\s+(?:on|of|for)\s+"
    r"(?P<t2>.+)$|"
    r"^when\s+(?:do|does|should|must)\s+(?:i|we)\s+(?:have|need)\s+to\s+(?P<t3>.+?)"
    r"(?:\s+by)?$",
    FLAGS,
)
_NOT_ASKED_WHEN_RE = re.compile(
    r"^(?:a|an|the\s+best|the\s+next|the\s+last|good|best|there|you|i|we|it\s+(?:ok|okay|fine|"
    r"good|best))\b",
    FLAGS,
)


def _when_question(low: str, quotes: tuple[str, ...]) -> Intent | None:
    """When a task is due, asked (see `_WHEN_Q_RE`): a status question that answers its date."""
    m = _WHEN_Q_RE.match(low)
    if m is None:
        return None
    said = m["t"] or m["t2"] or m["t3"]
    if _NOT_ASKED_WHEN_RE.match(said):
        return None
    target = parse_target(said, quotes)
    if target.kind == "it" and not m["due"]:
        return None
    if target.kind in ("words", "ids", "ordinal", "it"):
        return Intent("status", target=target, query="when")
    return None


# A yes/no question about one field of a task, answered from the list and changing nothing:
# "does the bins one repeat weekly?", "is the rego repeating?", "how often does X repeat?"
# (repeat); "is the bins one due this week?", "is X due friday?" (when); "is X high priority?",
# "is X urgent?", "what priority is X?" (priority)
_FIELD_Q_RE = re.compile(
    r"^(?:(?:does|do|will|should|is|are)\s+(?P<r>.+?)\s+(?:still\s+)?(?:repeat|recur|repeating|"
    r"recurring|(?:set\s+(?:to|up\s+to)\s+)?(?:repeat|recur)|a\s+(?:repeating|recurring)"
    r"(?:\s+(?:one|task|thing))?)(?:\s+(?:every|each|on|daily|weekly|fortnightly|monthly|yearly|"
    r"nightly|annually)\b.*)?|"
    # ("is the bins one weekly?", also "is X repeating weekly?" once the normaliser has read
    # past "repeating")
    r"(?:is|are)\s+(?P<r3>.+?)\s+(?:(?:every|each)\s+(?:other\s+)?[a-z]+|daily|weekly|"
    r"fortnightly|monthly|yearly|nightly|annually)(?:\s+(?:now|still|again))?|"
    r"how\s+often\s+(?:does|do|will|is|are)\s+(?P<r2>.+?)\s+(?:repeat|recur|repeating|recurring|"
    r"happen|come\s+up)|"
    r"(?:is|are)\s+(?P<w>.+?)\s+(?:due|set\s+for|scheduled\s+for)(?:\s+(?:on|by|for|this|next|"
    r"today|tonight|tomorrow|tmrw|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*)?|"
    r"(?:is|are)\s+(?P<p>.+?)\s+(?:(?:set\s+(?:to|as)\s+|marked\s+(?:as\s+)?)?(?:a\s+)?"
    r"(?:(?:high|low|medium|top|normal)\s+(?:priority|prio)|urgent|important|a\s+priority))|"
    r"what\s+(?:priority|prio)\s+(?:is|are|does|do)\s+(?P<p2>.+?)(?:\s+(?:have|has|on|at))?)$",
    FLAGS,
)


def _field_question(low: str, quotes: tuple[str, ...]) -> Intent | None:
    """A question about how a task repeats, when it is due or its priority (see
    `_FIELD_Q_RE`): a status question answered from that field."""
    m = _FIELD_Q_RE.match(low)
    if m is None:
        return None
    said = next(g for g in (m["r"], m["r2"], m["r3"], m["w"], m["p"], m["p2"]) if g is not None)
    if _NOT_ASKED_WHEN_RE.match(said):
        return None
    target = parse_target(said, quotes)
    if target.kind not in ("words", "ids", "ordinal"):
        return None
    field = "repeat" if m["r"] or m["r2"] or m["r3"] else "when" if m["w"] else "priority"
    return Intent("status", target=target, query=field)


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
    # "did i put the mosque donation on my list?": the thing asked about, not its adding
    rest = _PUT_ON_RE.sub("", rest.strip(), count=1) if low.startswith(("did", "have")) else rest
    # "did I already add the passport renewal?", "did i put the insurance renewal on?": the
    # thing asked about is what was added ("ok add it then" adds 'Passport renewal', it was 'Add
    # the passport renewal')
    rest = (
        _ADDED_RE.sub(r"\g<x>", rest.strip(), count=1) if low.startswith(("did", "have")) else rest
    )
    # "is ribbon on my list to order?": the task asked about is 'order ribbon'
    rest = _ON_THE_LIST_TO_RE.sub(lambda m: f"{m['v']} {m['x']}", rest.strip())
    if not [t for t in words(rest) if t not in _LIST_FILLER and t not in STOPWORDS]:
        return None
    target = parse_target(rest, quotes)
    if target.kind in ("words", "ids", "ordinal"):
        return Intent("status", target=target)
    return None


# "read me out what's on my list please, left my glasses in the car", "what's on my list, brain
# is fried", "show me everything, i've lost track": why the list is asked, said after a comma,
# which names no task to look for (it had searched for 'glasses car', and found 'Post card')
_REMARK_AFTER_RE = re.compile(
    r"\s*,\s*(?:(?:lol|haha|tbh|honestly|cos|coz|because|bc|since|as|cause)\s+)?"
    r"(?:(?:i|we|i'm|im|i've|ive|i'd|we're|we've|it's|its|it|there's)\s+\S|"
    r"(?:\w+ed|left|lost|forgot|got|broke|can'?t|cannot|don'?t|didn'?t)\s+(?:my|me|our|the|a|an|"
    r"his|her|it|track|count|where|what)\b|"
    # ("my head is gone", "brain's fried")
    r"(?:(?:my|the)\s+)?\w+(?:\s+(?:is|are|was|were|'s)|'s)\s+(?!(?:done|finished|completed?|pending|"
    r"left|open|due|still|not|ticked)\b)\w).*$",
    FLAGS,
)


def read_list(s: str, quotes: tuple[str, ...]) -> Intent | None:
    cut = _REMARK_AFTER_RE.search(s)
    if cut is not None and cut.start():
        head = read_list(s[: cut.start()], quotes)
        if head is not None and head.kind in ("list", "count"):
            return head
    low = s.lower().strip(" ?.!")
    tokens = words(low)
    if not tokens:
        return None
    count = bool(COUNT_RE.search(low))
    m = _SEARCH_RE.match(s)
    if m:
        group = "q" if m.group("q") is not None else "q2"
        query = restore(m.group(group), quotes).strip(" ?.!")
        prefix = low[: m.start(group)]
        return Intent("count" if count else "list", status=status_of(prefix), query=query)
    question = (
        _when_question(low, quotes) or _field_question(low, quotes) or _status_question(low, quotes)
    )
    if question is not None:
        return question
    only_list_words = all(t in _LIST_FILLER for t in tokens) and bool(
        _LIST_NOUN_RE.search(low)
        or PENDING_RE.search(low)
        or COMPLETED_RE.search(low)
        or re.match(r"^(?:show|list|display|view|see)\b", low)
    )
    starts = bool(_LIST_START_RE.match(low))
    if not starts and not only_list_words:
        return None
    has_noun = bool(_LIST_NOUN_RE.search(low))
    status = status_of(low)
    q = _QUERY_RE.search(s)
    if q and starts:
        query = restore(q.group("q"), quotes).strip(" ?.!")
        return Intent("count" if count else "list", status=status_of(low[: q.start()]), query=query)
    leftovers = [t for t in tokens if t not in _LIST_FILLER and t not in STOPWORDS]
    shown = _SHOW_RE.sub("", s)
    if (
        starts
        and leftovers
        and _SHOW_RE.match(low)
        and not _WHAT_CLAUSE_RE.match(shown)
        and not _GET_NEW_RE.match(low)
    ):
        target = parse_target(shown, quotes)
        if target.kind in ("ids", "ordinal") or (target.kind == "words" and not has_noun):
            return Intent("status", target=target)
    if not (has_noun or status != "all" or only_list_words or count):
        return None
    if starts and leftovers and not has_noun and status == "all":
        return None
    query = ""
    if leftovers and has_noun:
        query = " ".join(w for w in words(restore(s, quotes)) if w in leftovers)
    elif leftovers and status != "all" and (scoped := _FOR_SCOPE_RE.search(s)):
        query = " ".join(w for w in words(restore(scoped["q"], quotes)) if w in leftovers)
    # Words left over ("show me absolutely everything", "at the moment") are a loose query:
    # the planner keeps only those that name some task.
    return Intent("count" if count else "list", status=status, query=query, text="loose")
