"""The slot stage: due dates, repeats, priorities, tags and descriptions in a request.

``read_slots`` takes an add request's words apart: "pay rent every month on the 1st p1 #home
with the description bank transfer" is the title "Pay rent", the repeat "every month on the
1st", high priority, the tag "home" and a description; the rest, in the user's own words,
is the title. Dates and repeats are found with the one shared parser (`todochat.tasks.dates`)
and handed on as the words the person typed ("tomorrow at 5pm"): the task tools read those
words again in the user's own time zone, so the offline model never computes a date with
the server's clock. Words that only look like a date ("sun cream", "the 3rd book") stay in
the title (the parser's rules for dates inside a sentence); so does a title that would be
left empty ("Friday").

The edits of those slots are read here too: "move the dentist to friday" (`read_due_edit`),
"make the gym task repeat every monday", "stop repeating the rent", "tag it work", "remove
the work tag from X" (`read_tag_edit`), and the listings that filter by them: "what's due
this week?", "what's overdue?", "my high priority tasks", "show my work tasks"
(`read_filtered_list`).

Priorities: "high/medium/low priority", "urgent", "important", "asap", and Todoist's p1
(high), p2 (medium), p3 (low), p4 (none). Tags: "#home", "tagged home", "tag: home", "with
the tag home", "label home".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from todochat.tasks.dates import (
    DateWordsError,
    Due,
    Found,
    describe_due,
    find_due,
    names_only_a_time,
    parse_due,
    parse_repeat,
)
from todochat.tasks.dates.words import MONTH_RE, WEEKDAYS

from .meaning import DueFilter, Intent, IntentKind, ListFilter, Priority
from .normalise import word_list
from .split import PLACEHOLDER_RE, only_placeholder, restore
from .targets import parse_target, status_of
from .text import (
    DAY_STEM,
    FUNCTION_WORDS,
    LIGHT_VERBS,
    LIST_NOUNS,
    PUT_SOMEWHERE_RE,
    TASK_VERBS,
    THING_DETERMINER,
    capitalise,
    is_past_tense,
    lexicon,
    stem,
    task_noun,
    verb_base,
)

_F = re.IGNORECASE | re.DOTALL
# Only where the words are is read here; the tools read when they are, in the user's zone.
_ZONE = ZoneInfo("UTC")


class Slots(NamedTuple):
    """What an add request carries besides its title."""

    title: str
    description: str | None
    priority: Priority | None
    due: str | None  # the date words as typed ("tomorrow at 5pm"): the tools read them
    repeat: str | None = None  # "every month on the 1st"
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Taken:
    """Words with their date, repeat, priority and tag words taken out (`text` is the rest)."""

    text: str
    due: str | None = None
    repeat: str | None = None
    priority: Priority | None = None
    tags: tuple[str, ...] = ()
    clear_priority: bool = False  # "p4": explicitly none


def _now(today: date | None) -> datetime:
    return datetime.combine(today or datetime.now(UTC).date(), clock(12), tzinfo=UTC)


# Pieces cut off an extracted title.
# ("..., and in description put: ask price", "..., in the notes write: X": where it goes, then
# the verb of putting it there)
_DESC_SUFFIX_RE = re.compile(
    r"(?P<lead>\s*[,;(]\s*|\s+-\s+|\s+)(?P<joint>(?:with|and|plus)\s+(?:(?:in|into|as)\s+)?|"
    r"(?:in|into|as)\s+(?=(?:the\s+|a\s+)?(?:description|desc|details|notes?)\s*(?::|(?:put|write|add|"
    r"type|say)\b)))?(?P<art>(?:a|the)\s+)?"
    r"(?P<kw>description|desc|details|notes?|note\s+saying)\b\s*(?P<sep>:|-|=|\bof\b|\bsaying\b|"
    r"\bthat\s+says\b|\bwhich\s+says\b|\bis\b|(?:put|write|add|type|say)\b\s*[:-]?)?\s*(?P<d>.+?)\)?$",
    _F,
)
_LIST_SUFFIX_RE = re.compile(
    r"(?:\s+(?:to|on|onto|in|into)\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:list|tasks|todos|to-?dos|agenda|to-?do\s+list)|\s+as\s+an?\s+(?:new\s+)?"
    + task_noun(plural=False)
    + r"|\s+(?:please|pls|for\s+me|thanks|thank\s+you|"
    r"thx|too|as\s+well))[\s.!?]*$",
    _F,
)
# "add dog food to the list pls, big bag not the small one": the title ends where it is put on
# the list; what follows is a remark on it
# (more things said after it are kept: "add milk to the list, and eggs" reads as "add milk, and
# eggs")
_LIST_THEN_REMARK_RE = re.compile(
    r"\s+(?:to|on|onto)\s+(?:my|the|our)\s+(?:list|to-?do(?:\s+list)?|todos?)"
    r"(?:\s+(?:please|pls|plz|thanks|thx))?\s*(?P<sep>[,;.!])\s+(?P<rest>\S.*)$",
    _F,
)
_MORE_THINGS_RE = re.compile(r"^(?:and|also|plus|n|&)\b|\b(?:too|as\s+well|also)[\s.!]*$", _F)


# "water the orchids, it should repeat every sunday", "pay rent, it has to be by the 1st": the
# slot said of "it" after a comma was taken; its subject and verb left behind are no title
_SLOT_SAID_OF_IT_RE = re.compile(
    r"\s*,\s*(?:and\s+)?(?:it|that|this|which)(?:'s|'ll|\s+(?:should|must|will|would|can|could|"
    r"needs?|has|have|is|shall|ought))?(?:\s+(?:to|be|also|probably|please|pls))*\s*[.!]*$",
    _F,
)


def _list_then_remark(text: str) -> str:
    """``text`` without "to the list" and the remark after it (see `_LIST_THEN_REMARK_RE`)."""
    m = _LIST_THEN_REMARK_RE.search(text)
    if m is None:
        return text
    if _MORE_THINGS_RE.search(m["rest"]):
        return f"{text[: m.start()]}{m['sep']} {m['rest']}"
    return text[: m.start()]


_TITLE_LEAD_RE = re.compile(
    r"^(?:(?:(?:for\s+)?me\s+to|to|that\s+(?:i|we)\s+(?:need\s+to|have\s+to|must|should|"
    r"ought\s+to|got\s+to|gotta)|i\s+(?:need|have|must)\s+to|"
    r"(?:i|we)\s+(?:must|should|gotta|got\s+to|want\s+to)|"
    r"that\s+says|saying|called|named|titled)\s+|[:\-]\s*|"
    # "add one task sir, stitch the kameez", "note to self grab more fittings", "agrégame una
    # tarea porfa: llevar a mamá": the listener called, a note's heading, a please before a
    # pause: no part of the title
    r"(?:sir|madam|ma'?am|bhai|bhaiya|boss|dear|mate|bro|please|pls|plz|por\s+favor|porfa)"
    r"\s*[,:]\s+|note\s+to\s+self\s*[,:-]?\s*|"
    # "also need detergent tmrw, add that", "we still need bin bags": a thing needed as well is
    # the task, not the need ("need to X" is read above; "need a haircut" alone keeps its
    # need, which tells a feeling, "need a win today lol", from a task)
    r"(?:(?:i|we)\s+)?(?:also|still)\s+(?:(?:really|just)\s+)?needs?\s+"
    r"(?!to\b|a\s+hand\b|help\b|it\b|them\b|that\b|this\b))",
    _F,
)
# "we're out of detergent, add it", "running low on rice, put it down": a thing run out of is
# one to buy
_RUN_OUT_RE = re.compile(
    r"^(?:(?:i'?m|im|i\s+am|we'?re|were|we\s+are|we'?ve|i'?ve)\s+)?(?:(?:almost|nearly|all|"
    r"completely|totally|just)\s+)?(?:out\s+of|run\s+out\s+of|ran\s+out\s+of|running\s+"
    r"(?:low\s+on|out\s+of)|low\s+on)\s+(?=\w)",
    _F,
)


# "mum just reminded me i still havent handed in the permission slip lol can u add that", "i
# didn't pay the gas bill yet, add it": a deed not done yet, asked to be added, is the deed to do
_NOT_YET_RE = re.compile(
    r"^(?:(?:i|we)\s+)?(?:(?:still|just|really|actually|totally|completely)\s+)*"
    r"(?P<neg>haven'?t|have\s+not|hadn'?t|had\s+not|didn'?t|did\s+not|never)\s+"
    r"(?:(?:yet|even|actually|ever|still|really|got\s+round\s+to|got\s+around\s+to)\s+)*"
    r"(?P<v>[a-z]+)(?P<rest>\s+\S.*?)(?:\s+(?:yet|so\s+far|still))?[\s.!]*$",
    _F,
)


def _not_yet_done(text: str) -> str:
    """ "i still haven't handed in the slip" -> "hand in the slip" (see `_NOT_YET_RE`); ``text``
    as it is when its verb has no base form to do ("i haven't been to the gym")."""
    m = _NOT_YET_RE.match(text)
    if m is None:
        return text
    said = m["v"].lower()
    did = m["neg"].lower().startswith("did")
    if said.endswith("ing"):
        # "i never got round to fixing the fence": the deed said after "got round to"
        done = base_verb(f"{said}{m['rest']}")
        return done if done != f"{said}{m['rest']}" else text
    base = said if did and verb_base(said) is None else verb_base(said)
    if base is None or base in ("be", "have", "know", "think", "realise", "realize", "mean"):
        return text
    return f"{base}{m['rest']}"


# "get boiler serviced flat 3 pls b4 it gets cold": what follows a "please" inside a title is
# the reason said after the request, not the task.
_PLEASE_REST_RE = re.compile(r"\s*,?\s+(?:please|pls|plz)\b.*$", _F)
# "bring the empty bottles back to Rewe (Pfand, there are like 3 bags already 🙈)": an aside in
# brackets at the end, told with a comma or in three words or more, is no part of the title
# ("return bottles (Pfand)" keeps its word; the closing bracket may be lost with a smiley)
_BRACKETED_ASIDE_RE = re.compile(
    r"\s*\((?=[^()]*(?:,|\S+\s+\S+\s+\S))[^()]*\)?\s*$|\s*\([^()]*$", _F
)
# "buy new gloves the old ones got tore up", "get the APU looked at its not kicking on",
# "restock angostura we're almost out": the speaker's comment after the task, said without a
# comma (by voice), starts a clause of its own; the title ends before it.
# A tag after a request that asks for assent ("X should repeat every month lah", "... ok")
_ASSENT_TAG_RE = re.compile(r"\s*,?\s+(?:ok|okay|lah|la|na|yeah|yah|ya|right|eh|innit|ne)$", _F)
_COMMENTARY_RE = re.compile(
    # "chase Priya about the cover, I'm hopeless": a remark about oneself after a comma
    r"\s*,\s*(?:i'?m|im|i\s+am|i'?ve|i\s+have\s+been|i\s+feel|i\s+swear|i\s+hope|i\s+guess|"
    r"what\s+a|silly\s+me|typical|honestly|lol|lmao|ugh)\b.*$|"
    # "fix the faucet in 3B, the tenant has called me three times": someone's doing, as a reason
    rf"\s*,\s*{THING_DETERMINER}\s+\w+(?:\s+\w+)?\s+(?:has|have|had|keeps|kept|"
    r"said|says|called|rang|texted|emailed|wants|asked|is|was|are|were)\b.*$|"
    # a learner's remark without its subject: "call landlord about the heater, is broken"
    r"\s*,\s*(?:is|was|are|were)\s+(?:broken|not|no|very|so|too|always|still|already|since|"
    r"leaking|late|empty|dead|urgent|important|overdue)\b.*$|"
    # "link my PAN with aadhaar as penalty will come otherwise", "since the card will get
    # blocked": why, with a subject and what it will do ("go as santa", "keep it as proof" stay)
    r"\s+(?:as|since)\s+(?:(?:the|my|a|an|our|your|his|her|their)\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+"
    r"(?:will|would|might|may|could|can'?t|won'?t|is\s+going\s+to|'ll)\s+\S.*$|"
    # "cancel my gym trial b4 it charges me": what would happen otherwise is not the task
    r"\s+(?:before|b4|or\s+else|otherwise)\s+(?:it|they|he|she|i|we|my|our|his|her|their)\s+"
    r"(?!\d)\S.*$|"
    # ("renew the disc before the traffic cops catch me", "b4 the warden gets us"): someone who
    # will do something to the speaker ("stretch before the run" keeps its word)
    r"\s+(?:before|b4)\s+(?:the|a|some|those)\s+(?:[\w'-]+\s+){0,2}[a-z]+\s+(?:me|us)\b.*$|"
    # "book a haircut haha i look like a mop", "pay the bill fr": a chat interjection ends the
    # title, with the remark that starts after it ("a lol doll" keeps its word)
    # ("still need to do the dishes tho": a "tho" after it is a sigh too)
    r"\s+(?:(?:lol+|lmao+|lmfao|rofl|haha+|hehe+|tbh|ngl|omg|smh|fml|istg|bruh|ugh+|tho|though)"
    r"(?=[\s.!?]*$|\s+(?:i|i'?m|im|i'?ve|ive|i'?d|i'?ll|we|we'?re|it|it'?s|its|they|they'?re|he|"
    r"she|you|u|this|that|the|my|there|so|and|but|cuz|because|need|gotta|just|literally|"
    r"always|keep|forgot|idk)\b)|"
    # ("fr" is chat for "for" too: "buy cake fr my sister" keeps it)
    r"(?:fr|frfr)(?=[\s.!?]*$|\s+(?:i|i'?m|im|i'?ve|ive|we|we'?re|they|they'?re|need|gotta|"
    r"literally|always|keep|forgot|idk)\b)).*$|"
    r"\s*[,;-]?\s+(?:(?:it'?s|it\s+is|it\s+was|it\s+has|it'?ll)\s+(?:been|not|coming|due|do|going|"
    r"getting|running|overdue|so|too|really|almost|nearly|broken|busted|dead|leaking|late|low|"
    r"empty|out|gonna|just|still|always|never|probably|kinda|pretty|making|acting|playing|"
    r"started|starting|about|over|past|the|a|an|been|urgent|important|well|already|"
    # ("chase the invoice, its 3 wks overdue now": how long it has been)
    r"\d+\s*(?:wks?|weeks?|days?|months?|mths?|years?|yrs?|hours?|hrs?)|"
    # ("replace the battery its expired", "renew my rego it's cancelled already"): its state
    r"[a-z]{4,}ed)\b|"
    r"(?:the|my|our)\s+old\s+(?:one|ones|pair)\b|mine\s+(?:just\s+|finally\s+)?(?:is|are|got|broke|died|ran|went|gave)\b|"
    r"(?:we'?re|we\s+are|were|i'?m|im|i\s+am|they'?re|they\s+are)\s+(?:almost|nearly|all|"
    r"completely|totally|running|out|low|down|about\s+out)\b|"
    r"(?:running|almost|nearly)\s+(?:out|low|empty)\b|"
    # ("i keep forgetting", "i keep putting it off"; "tell jo i keep the spare key" is a title)
    r"i\s+(?:ain'?t|aint|keep(?=\s+(?:[a-z]{2,}ing|on)\b)|always|never|can'?t|cant|"
    r"don'?t\s+want)\b|"
    r"(?:because|cause|cuz|coz|bc)\s+(?:i|we|it|its|it's|the|my|our|they|he|she|there|mine|if|"
    r"ours|theirs|his|her|hers|yours|your|their)\b)"
    r".*$",
    _F,
)


# "pay electricity bill tomorrow, last date is tomorrow only", "pick up dry cleaning on
# wednesday, thursday i work a double", "buy oat milk, turns out the little one is lactose
# intolerant", "tag X as health, trying to get organised": after a comma, a clause with its own
# subject and verb (or a purpose) is the reason told with the request, not the task (a slot
# after the comma - "due", "by", "every", a priority - is one).
@lru_cache(maxsize=1)
def _remark_re() -> re.Pattern[str]:
    return re.compile(
        r"\s*,\s*(?!(?:due|by|on|at|before|until|till|every|each|tag|tagged|priority|prio|high|low|"
        r"medium|urgent|and|or|then|but|plus|also|its|it's|qq\d+qq)\b)"
        r"(?!it\b(?!\s+(?!(?:is|was|has(?!\s+to\b)|does|needs(?!\s+to\b))\b)[a-z]{2,}(?:s|ed)\b))"
        # "renew my license, it expires soon": "it" with a verb of its own is a remark too
        # ("..., eish it expired last month", "..., yikes the bill came"): a sigh starts one too
        r"(?=(?:eish|aish|haibo|yoh|jeez|yikes|oof|sigh|ffs|smh)\b|"
        # ("call it pay Maria, that's her name": what a word of it is, told after it)
        r"(?:that'?s\s+(?:his|her|their|its|the|what|how)\s|"
        r"it\s+[a-z]{2,}(?:s|ed)\b|(?:it\s+)?turns?\s+out|turned\s+out|apparently|(?:just\s+)?(?:trying|hoping|wanting|"
        r"planning)\s+to\b|(?:[\w']+\s+){0,2}(?:is|are|was|"
        # ("..., she'll kill me if i forget", "..., they've sent two letters": a subject with its
        # verb run on; "..., dem go cut light": Nigerian Pidgin's "they", "you all")
        r"were|i|we|they|he|she|you|dem|una)(?:'ll|'d|'ve|'re|'s|'m)?\s+[\w']|"
        # "order school photos, form's in the green folder": a thing's "is" run on, before where
        # or how it is ("mum's birthday" is a name, and no remark by itself)
        r"(?:[\w']+\s+){0,2}[a-z]+'s\s+(?:in|on|at|under|behind|inside|with|by|not|been|gone|"
        r"already|still|almost|nearly|due|broken|out|over|back|just|really|so|too|very|always|"
        r"never|[a-z]{3,}ing)\b|"
        # ("..., NEPA don take light since morning": Nigerian Pidgin's "has" before the verb)
        r"(?:[\w']+\s+){1,2}(?:has|have|had|don(?!\s+(?:and|or|too|&)\b))\s+[\w']|"
        # "fix the gate, the heifers got out again", "buy a kettle, mine keeps tripping the fuse"
        rf"(?:[\w']+\s+){{1,3}}(?:{word_list('befell')}|ran|fell|keeps|kept|stopped|escaped|"
        r"leaked|leaks|blew|burst|snapped|cracked)\b|"
        # "water the tulsi plant every morning, my mother-in-law will notice if it dries", "..., the
        # boss won't be happy": what someone will do, told as why
        rf"(?:{THING_DETERMINER}\s+[\w'-]+(?:\s+(?!(?:that|which|who)\b)[\w'-]+)?|mum|mom|dad|mam|nan|gran|grandma|grandpa)"
        r"(?:'ll|\s+(?:will|won'?t|would|might|is\s+gonna|is\s+going\s+to))\s+[a-z]|"
        # "buy milk, mum asked", "book the vet, the clinic rang": who asked for it
        r"(?:[\w']+\s+){1,2}(?:asked|said|says|wants|reminded|told|rang|texted|emailed|"
        r"messaged)\b|"
        # "wash the taxi, the owner checks on tuesdays", "book the vet, the clinic fills up on
        # fridays": what someone or something does, in the present, with more said after the verb
        # ("pack the bag, the swim goggles on the shelf" is a thing more to pack: the words after
        # the verb must be of a doing, not of a place)
        rf"{THING_DETERMINER}\s+(?:[\w'-]+\s+)?[a-z]{{2,}}[^\W\ds']s\s+(?:on\s+(?:{DAY_STEM}days|"
        r"weekends|weekdays)|every|each|it|them|us|me|him|up|out|so|really|always|usually|only|"
        r"early|late|before|after|until|till|round|around|twice|once|daily|weekly)\b))",
        _F,
    )


# "remind me to call mum tomorrow she's been ill", "add book vet they said its overdue", "buy a
# present for sam its his bday friday": with no comma, only a clause that is plainly told (who
# said so, a state that has been, whose day it is) is a remark; "ask if she's been paid" keeps it
_BARE_REMARK_RE = re.compile(
    r"\s+(?:(?:they|he|she|we|mum|mom|dad)\s+(?:said|says|told\s+me|asked|reminded\s+me)\b|"
    r"(?:she|he|they|we)(?:'s|'re|'ve|\s+is|\s+are|\s+has|\s+have)\s+been\b|"
    r"it'?s\s+(?:his|her|their|my|our)\s+\w+|"
    # "give sarah her hoodie back she keeps asking", "water the ferns they keep drying out": what
    # someone or something keeps doing, told as why
    r"(?:she|he|they|it)\s+(?:keeps?|kept)\s+(?:on\s+)?[a-z]{2,}ing\b|"
    # "return the textbook tmrw or mrs patel is gonna kill me", "call mum or she'll kill me":
    # what follows if it is not done
    r"or\s+(?:else\s+)?(?:(?:i|you|u|he|she|they|we|it)(?:'ll|'d)|(?:i|you|u|he|she|they|we|it|"
    r"mum|mom|dad|(?:my|the|our)\s+\w+|(?:mr|mrs|ms|miss|dr)\.?\s+\w+)\s+(?:will|would|might|"
    r"is\s+going\s+to|are\s+going\s+to|am\s+going\s+to|is\s+gonna|are\s+gonna|gonna|won'?t))"
    r"\s+\w|"
    # "top up the travel card or im stuffed", "renew it or we're driving it illegally", "or i get
    # fined": what becomes of the speaker if it is not done
    r"or\s+(?:else\s+)?(?:i'?m|im|i\s+am|we'?re|we\s+are|(?:i|we)\s+(?:get|lose|have\s+to|"
    r"miss|can'?t|cant|pay|end\s+up))\s+\w|"
    # "... or finance will literally kill me", "... or the landlord's gonna go mad": anyone at all
    # who will be cross, when what they will do is plainly a threat
    r"or\s+(?:else\s+)?(?:[\w]+\s+)?[\w]+(?:'ll|'s\s+gonna|'s\s+going\s+to|\s+will|\s+would|"
    r"\s+is\s+going\s+to|\s+are\s+going\s+to|\s+is\s+gonna|\s+are\s+gonna|\s+gonna)\s+"
    r"(?:(?:literally|actually|totally|absolutely|seriously|probably|definitely|really|just|"
    r"honestly|so)\s+)?(?:kill|murder|fire|sack|fine|shout|yell|scream|freak|flip|hate|disown|"
    r"go\s+(?:mad|crazy|nuts|ballistic|spare)|lose\s+(?:it|the\s+plot)|never\s+forgive|"
    r"have\s+my\s+head|end\s+me|be\s+(?:so\s+|really\s+)?(?:mad|angry|furious|livid|upset|"
    r"annoyed|cross|fuming))\b)",
    _F,
)
_CHOICE_ASKED_RE = re.compile(r"\b(?:if|whether|which|who)\b", _F)
_ASKS_AFTER = lexicon(
    "if whether what when where why how who whom that which so til till until before after as "
    "ask tell check see find"
)


# "rename it to call HDFC about the charge so i remember what it's for", "add X so i don't
# forget": why the words are written down (to know, remember, find it) is no part of them
_PURPOSE_RE = re.compile(
    r"\s*[,;-]?\s+so\s+(?:that\s+)?(?:i|we|u|you)\s+(?:(?:can|could|will|'ll|don'?t|do\s+not|"
    r"won'?t|wont|dont|never|always)\s+)?(?:know|remember|recall|forget|find|see|tell|spot|"
    r"recogni[sz]e|keep\s+track)\b.*$",
    _F,
)


def without_purpose(text: str) -> str:
    """``text`` without a purpose said after it ("so i know which one"); ``text`` when that
    would leave less than two words."""
    m = _PURPOSE_RE.search(text)
    if m is None or (len(text[: m.start()].split()) < 2 and "qq" not in text[: m.start()]):
        return text
    return text[: m.start()]


# "tell jo, we'll be late", "let mum know, she's picking up": what is to be told follows the
# one it is told to, and is the task's own
_TELL_WHOM_RE = re.compile(
    r"(?:^|\s)(?:tell|ask|warn|inform|remind|text|message|let)\s+\S+(?:\s+\S+)?(?:\s+know)?$", _F
)


@lru_cache(maxsize=1)
def _hedged_remark_re() -> re.Pattern[str]:
    """ "book the WOF, pretty sure it runs out soon", "..., reckon the tyres are bald": after a
    comma, a hedge (the ``hedge`` word list) then a subject with its verb is a remark too ("buy
    paint, probably the blue ones" names no subject doing anything, and stays). A hedge of more
    than one word needs no comma ("renew the rego i think it runs out next month"); a single
    word ("probably") does."""
    return re.compile(
        rf"(?:\s*,\s*|\s+(?!{word_list('hedge_word')}\b|reckon\b|apparently\b|surely\b))"
        rf"(?={word_list('hedge')}\s+(?:that\s+)?(?:"
        r"(?:it|they|he|she|we|i|you|u)(?:'s|'re|'ll|'d|'ve|'m|\s+(?!(?:and|or|too|as)\b)[a-z])|"
        r"there(?:'s|\s+(?:is|are|was|were|will|might))\b|"
        rf"(?:{THING_DETERMINER}|your|a|an|mum|mom|dad)\s+(?:[\w'-]+\s+){{0,2}}?[\w'-]+(?:'s\s|"
        r"\s+(?:is|are|was|were|will|won'?t|has|have|had|needs?|might|could|should|can'?t|"
        r"(?!ones\b)[a-z]{2,}(?:s|ed))\b)))",
        _F,
    )


def _remark_at(text: str) -> re.Match[str] | None:
    """The first remark after a comma in ``text`` (`_remark_re`, or a hedged one)."""
    m = _remark_re().search(text)
    hedged = _hedged_remark_re().search(text)
    if hedged is not None and "," not in hedged.group():
        before = text[: hedged.start()].split()[-1:]
        if not before or before[0].lower() in _ASKS_AFTER:
            hedged = None  # "ask tom if i think it works": what is asked, no remark
    if hedged is not None and (m is None or hedged.start() < m.start()):
        return hedged
    return m


def hedged_guess(remark: str) -> bool:
    """Whether ``remark`` is a guess said with a hedge that names no deadline ("i reckon it
    lapses next month", "pretty sure it expires friday"): its time is when something may
    happen, no due date of the task ("i think it's due friday" says one)."""
    said = ", " + remark.strip()
    return _hedged_remark_re().match(said) is not None and not _DEADLINE_SAID_RE.search(remark)


def said_as_remark(clause: str) -> bool:
    """Whether ``clause``, said after a comma, is a remark (see `_remark_re`): "light has been
    off since morning", "the reminder letter came today"; never "call the plumber"."""
    said = ", " + clause
    return _remark_re().match(said) is not None or _hedged_remark_re().match(said) is not None


def without_remark(text: str, today: date | None = None) -> str:
    """``text`` without a remark told after a comma, unless that would lose a date, repeat or
    priority said only there ("pay rent, the deadline is friday")."""
    m = _remark_at(text)
    if m is None:
        m = _BARE_REMARK_RE.search(text)
        if m is None or text[: m.start()].split()[-1:][0].lower() in _ASKS_AFTER:
            return text
        if m.group().split()[0].lower() == "or" and _CHOICE_ASKED_RE.search(text[: m.start()]):
            return text  # "ask tom if he or she will come": the choice is the question's
    head, tail = text[: m.start()], text[m.end() :]
    coming = _SOMEONE_COMING_RE.match(tail) is not None
    if len(head.split()) < (1 if coming else 2) or _TELL_WHOM_RE.search(head):
        return text
    # ("..., the owner checks on tuesdays": days in the plural in a remark tell a habit of
    # someone's, never when the task is due nor how often it repeats)
    told = take_slots(_PLURAL_DAY_RE.sub("", tail), today, whole=True)
    kept = take_slots(head, today)
    if told.priority and not kept.priority:
        return text
    if (told.due and not kept.due) or (told.repeat and not kept.repeat):
        hedged = _hedged_remark_re().match(text, m.start()) is not None
        if _story_told_re().search(tail):
            # "renew rego, the reminder letter came today", "..., it expired last month": the
            # day of what happened is no due date of the task, nor a word of its title
            return head
        if hedged and not _DEADLINE_SAID_RE.search(tail):
            # so too a hedged remark's time ("book the vet, i think the clinic shuts at 5") unless
            # it says a deadline ("..., i think it's due friday"); how often it goes stays ("put
            # the bins out, pretty sure they go every tuesday")
            return " ".join(w for w in (head, told.repeat) if w)
        if not coming:
            # "sign the slip, it has to go back by wednesday": the remark's day is the task's; how
            # often is the task's only when the remark says it must be ("fix the gate, it squeaks
            # every morning" tells of the gate)
            repeat = told.repeat if _MUST_RE.search(tail) else None
            return " ".join(w for w in (head, repeat, told.due) if w)
        # "crayfish, mum is coming on sunday": the day of someone's visit is the task's, the
        # news no word of its title
        return " ".join(w for w in (head, told.repeat, told.due) if w)
    needed = _NEEDED_BY_RE.search(tail)
    if needed is not None and kept.due is None and due_words(needed["d"], today) is not None:
        # "get a card for mam, her bday is sunday so i need it by sat": the deadline is the task's
        return f"{head} by {needed['d']}"
    return head


_DEADLINE_SAID_RE = re.compile(
    r"\b(?:due|deadline|by|before|until|till|til|latest|needs?|has\s+to|have\s+to|must|should|"
    r"gotta|got\s+to)\b",
    _F,
)
_MUST_RE = re.compile(r"\b(?:needs?|has\s+to|have\s+to|must|should|gotta|got\s+to)\b", _F)


# A remark that tells what already happened: "the letter came today", "it expired last month",
# "we got a fine last week" (its day is the story's)
@lru_cache(maxsize=1)
def _story_told_re() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{word_list('befell')}|lapsed|ran\s+out|was|were|happened|showed\s+up|"
        r"turned\s+up|yesterday|last\s+(?:week|month|year|night)|ago)\b",
        _F,
    )


# Someone on their way, told after a comma: "mum is coming on sunday", "the in-laws are visiting
# saturday", "my sister's flying in friday"
_SOMEONE_COMING_RE = re.compile(
    r"^\s*,?\s*(?:(?:my|our|the|his|her|their)\s+)?[\w-]+(?:\s+[\w-]+)?(?:'s|'re|\s+is|\s+are)\s+"
    r"(?:coming|visiting|arriving|flying\s+in|coming\s+over|coming\s+round|coming\s+to\s+stay|"
    r"staying|landing|popping\s+over|popping\s+round)\b",
    _F,
)
# A deadline said in a remark: "so i need it by sat", "we need them done before friday"
_NEEDED_BY_RE = re.compile(
    r"\b(?:i|we)\s+(?:need|want|have\s+to\s+have|gotta\s+have|must\s+have)\s+(?:it|them|this|that|"
    r"one)\s+(?:(?:done|ready|sorted|back|in)\s+)?(?:by|before)\s+(?P<d>[\w:]+(?:\s+[\w:]+){0,2}?)"
    r"(?=\s*(?:[,.!?;]|$|\s+at\s+the\s+(?:very\s+)?latest\b))",
    _F,
)
# ("..., latest until 15 December", "at the latest by friday": the deadline said after it)
_LATEST_RE = re.compile(
    r"\s*,?\s+at\s+the\s+(?:very\s+)?latest\b|"
    r"\s*,?\s+(?:at\s+the\s+)?(?:very\s+)?latest(?=\s+(?:by|until|till|til|on|before)\s)",
    _F,
)


# "put down by a new tire": dictation's "by" for "buy" at the start of a task.
_BY_AS_BUY_RE = re.compile(r"^by\s+(?=(?:a|an|the|some|more|new|\d+)\b)", _F)


def clean_value(text: str, quotes: tuple[str, ...]) -> str:
    """A new title or description as the user wrote it, without wrapping punctuation."""
    idx = only_placeholder(text)
    if idx is not None:
        return quotes[idx].strip()
    value = text.strip()
    value = re.sub(r"[\s,]+(?:please|pls|instead|thanks|thank\s+you)[.!]*$", "", value, flags=_F)
    value = restore(value, quotes).strip()
    value = value.strip(" \t")
    if value.endswith(".") and not value.endswith(".."):
        value = value[:-1]
    return value.strip(" !?").strip()


# "put bin night in for every tuesday, just call it put the wheelie bins out", "add a reminder
# for the dentist on friday, call it dentist checkup": the name said for the new task is its
# title, what was said before it only what it is about ("tell Sam to call it off", "call it a
# day" keep their words)
_CALLED_IT_RE = re.compile(
    r"^(?P<x>.*?\w)(?<!\bto)(?<!\bwill)(?<!\bwould)(?<!\bcan)(?<!\bcould)(?<!\bshould)"
    r"(?<!\bmust)(?<!\bmight)(?<!\bgonna)(?<!\bwanna)(?<!\bnot)(?<!\bnever)"
    r"\s*(?:[,;:]|\s[-–—]+)?\s*(?:(?:and|but|so|just|simply|pls|please|plz)\s+)*"
    r"(?:call|name|title|label)\s+it\s+(?:as\s+)?"
    r"(?!(?:off|quits|a\s+day|a\s+night|even|done|over|in|a\s+wrap)\b)(?P<t>\w.*)$",
    _F,
)


def _named_title(title: str) -> str:
    """``title`` as the name said for it ("... just call it X" is 'X'), else as it is."""
    m = _CALLED_IT_RE.match(title)
    if m is None:
        return title
    return capitalise(m["t"].strip(" ,.!?"))


def add_intent(slots: Slots, text: str = "") -> Intent:
    """The add request carrying ``slots`` (the one place slots become an intent's fields)."""
    return Intent(
        "add",
        title=_named_title(slots.title),
        description=slots.description,
        priority=slots.priority,
        due=slots.due,
        repeat=slots.repeat,
        tags=slots.tags,
        text=text,
    )


def priority_level(word: str) -> Priority:
    """ "top", "urgent", "important", "asap", "p1" are high; "normal", "p2" medium; "lowest",
    "p3" and "p4" (Todoist's lowest) low."""
    w = word.lower().lstrip("!")
    if w.startswith("low") or w in ("p3", "p4"):
        return "low"
    if w.startswith(("medium", "normal", "mid")) or w == "p2":
        return "medium"
    return "high"


_PLURAL_DAY_RE = re.compile(rf"\b{DAY_STEM}days\b", _F)
_ANOTHER_ITEM_RE = re.compile(r"^\s*(?:and|also|plus|then|or|but|&)\b", _F)


def _dated_remark_dropped(text: str, taken: Taken, today: date) -> Taken:
    """ "add 'submit reflection' for tomorrow 9am, placement starts monday": a remark after
    the last comma with a date of its own is no part of the task; with two dates in the
    words none was taken, and the title ran on through the remark. The remark goes when the
    words before it keep a date and it says more than a date ("placement starts"); never an
    item after "and" ("dentist friday, and gym monday"). A remark about days in the plural
    ("call the vet friday, thursdays theyre closed") goes as well."""
    if "," not in text:
        return taken
    head, _, tail = text.rpartition(",")
    if _ANOTHER_ITEM_RE.match(tail):
        return taken
    if taken.due is not None:
        said = _PLURAL_DAY_RE.sub("", tail)
        if said == tail or len(said.split()) < 2:
            return taken
        kept = take_slots(head, today)
        return kept if kept.due == taken.due else taken
    kept = take_slots(head, today)
    remark = take_slots(tail, today)
    if kept.due and remark.due and len(remark.text.split()) >= 2:
        return kept
    return taken


# "buy a cake, is for tomorrow", "pay the bill, is due on friday", "buy flowers for mom, is her
# birthday sunday": a learner's remark without its subject ("it is ..."), which tells when
_NOT_WHEN_RE = re.compile(
    r"\b(?:closed|shut|busy|away|off|out|not|never|no|gone|cancell?ed|broken|full|booked|"
    r"unavailable|until|till|since|ago|was|were)\b",
    _F,
)
_LEARNER_REMARK_RE = re.compile(r"\s*,\s*(?=(?:is|its|it'?s)\s+\S)", _F)


def _learner_remark(text: str, today: date) -> tuple[str, Taken | None]:
    """``text`` without a remark said as "..., is <when>" and the when it tells (the remark
    is kept when it tells none: "fix the sink, is broken" is left to the other rules)."""
    m = _LEARNER_REMARK_RE.search(text)
    if m is None or len(text[: m.start()].split()) < 2:
        return text, None
    head, tail = text[: m.start()], text[m.end() :]
    told, kept = take_slots(tail, today, whole=True), take_slots(head, today)
    if not (told.due or told.repeat) or kept.due or kept.repeat or told.tags:
        return text, None
    if _NOT_WHEN_RE.search(tail):
        # "call the bank, is closed on monday": when it cannot be done, no due date
        return head, None
    return head, told


# "bins out every thursday, brown one n green one", "pay the bill friday, the big one": which
# ones, said after the when with "one" standing for the thing
_WHICH_ONES_RE = re.compile(
    r"\s*,\s*(?P<d>(?:(?:the|a|both)\s+)?[\w'-]+\s+ones?(?:\s*(?:,|and|n|&|or|plus)\s+"
    r"(?:the\s+)?[\w'-]+\s+ones?)*)[\s.!]*$",
    _F,
)


def _which_ones_after_when(text: str, today: date) -> tuple[str, str | None]:
    """``text`` without which ones it means ("..., brown one n green one"), said after a comma
    when the words before end with a when or how often, and those words as a description; a
    detail of the one thing, never words of its title nor another task."""
    m = _WHICH_ONES_RE.search(text)
    if m is None:
        return text, None
    head = text[: m.start()]
    kept = take_slots(head, today)
    when = kept.repeat or kept.due
    if (
        not when
        or len(kept.text.split()) < 2
        or not head.rstrip().lower().endswith(when.split()[-1].lower())
    ):
        return text, None
    return head, m["d"]


def read_slots(raw: str, quotes: tuple[str, ...], today: date) -> Slots:
    """Split an add request's object into title, description and its slots (due date,
    repeat, priority, tags)."""
    text = raw.strip()
    description: str | None = None
    m = _DESC_SUFFIX_RE.search(text)
    loose = m is not None and not (m["lead"].strip() or m["joint"])
    if m and loose and not (m["sep"] or "desc" in m["kw"]):
        # "write release notes fri", "read the notes from class": notes of the title, not a
        # description (that is set off by a comma, "with" or a colon)
        m = None
    elif m and loose and (m["sep"] or "").casefold() in ("of", "is"):
        m = None  # "type up the description of the flat": what the task is about
    if m and m.start() > 0:
        description = clean_value(m.group("d"), quotes) or None
        text = text[: m.start()]
    text = _LATEST_RE.sub("", text)  # "by sat at the latest": the deadline says it
    text, detail = _which_ones_after_when(text, today)
    description = description or detail
    text, told = _learner_remark(without_purpose(text), today)
    text = without_remark(text, today)
    taken = _dated_remark_dropped(text, take_slots(text, today), today)
    if told is not None:
        taken = replace(
            taken,
            due=taken.due or told.due,
            repeat=taken.repeat or told.repeat,
            priority=taken.priority or told.priority,
        )
    text = _SLOT_SAID_OF_IT_RE.sub("", _list_then_remark(taken.text))
    for _ in range(3):
        new = _LIST_SUFFIX_RE.sub("", text).strip()
        new = _TITLE_LEAD_RE.sub("", new).strip()
        new = _RUN_OUT_RE.sub("buy ", new)
        new = _not_yet_done(new)
        new = _hedge_or_plan_dropped(new)
        if new == text:
            break
        text = new
    qm = PLACEHOLDER_RE.search(text)
    quoted = True
    if qm:
        title = quotes[int(qm.group(1))].strip()
    elif re.fullmatch(r"(['\"“‘]).+(['\"”’])", text.strip()):
        # A quoted title with an apostrophe inside ('Plan Hiroshi's lunch') escaped protection.
        title = text.strip()[1:-1].strip()
    else:
        title = text.strip(" \t,;:-")
        title = re.sub(r"\s+\.{2,}$", "", title.rstrip("?!"))  # the dots of a word taken out
        if title.endswith(".") and not title.endswith(".."):
            title = title[:-1]
        title = title.strip()
        quoted = False
    priority = taken.priority
    please = _PLEASE_REST_RE.search(title)
    if please and len(title[: please.start()].split()) >= 2:
        title = title[: please.start()]
    aside = _BRACKETED_ASIDE_RE.search(title)
    if aside and len(title[: aside.start()].split()) >= 2:
        title = title[: aside.start()]
    if not quoted:
        title, priority = _level_left(title, priority)
    comment = _COMMENTARY_RE.search(title)
    asked = title[: comment.start()].split()[-1:] if comment else []
    if asked and asked[0].lower() in _ASKS_AFTER:
        comment = None  # "check why it's not working": the clause is what to find out
    if comment and len(title[: comment.start()].split()) >= 2:
        # ("book MOT friday and i can't be without a car": the "and" that joined the remark)
        title = re.sub(r"\s+(?:and|but|n|&)$", "", title[: comment.start()], flags=_F)
    coming = _someone_comes_re().search(title)
    if coming is not None and title[: coming.start()].split():
        title = title[: coming.start()]  # "hoover the stairs before the in-laws descend"
    title = _BY_AS_BUY_RE.sub("buy ", title)
    title = _title_said_plainly(title)
    at_last = _at_last_re().search(title)
    if at_last is not None and len(title[: at_last.start()].split()) >= 2:
        title = title[: at_last.start()]  # "send the fees this time": no word of the title
    back = _STORY_WHEN_END_RE.search(title)
    if back is not None and len(title[: back.start()].split()) >= 2:
        title = title[: back.start()]  # "grab mom a card before then": the story's when
    soon = _ASAP_END_RE.search(title)
    if soon is not None and len(title[: soon.start()].split()) >= 2:
        # "renew my passport asap, super important": how soon is no word of the title
        title, priority = title[: soon.start()], priority or "high"
    due, repeat = _part_of_day_repeat(taken.due, taken.repeat)
    return Slots(
        capitalise(base_verb(title)),
        description,
        priority,
        due,
        repeat,
        taken.tags,
    )


# "buy for him the geometry set", "get for them some snacks": whom it is for, said between the
# verb and its thing, is no word of the title ("buy for him" alone, "pay for the tickets" keep it)
_FOR_WHOM_FIRST_RE = re.compile(
    r"^(?P<v>[a-z]+)\s+for\s+(?:him|her|them|me|us|the\s+kids|my\s+(?:son|daughter|kids|wife|"
    r"husband))\s+(?=(?:the|a|an|some|his|her|their|new|two|three|\d+)\s+\S)",
    _F,
)
# "sort me provisional licence out", "renew me passport": UK and Irish chat's "me" for "my"
# after a deed that is done to one's own thing ("get me a coffee", "book me in" keep it)
_ME_AS_MY_RE = re.compile(
    r"^(?P<v>sort|renew|fix|wash|clean|tidy|service|charge|update|cancel|hoover|iron|repair|"
    r"return|empty|clear|top\s+up|pay\s+off)\s+me\s+"
    r"(?!(?:a|an|the|some|up|out|off|in|down|back|too|and|or|it|them|one|that|this)\b)(?=[a-z])",
    _F,
)
# "sort me licence out": the particle said after one's own thing goes before it ('Sort out my
# licence'; "sort the shed out" keeps the words as said)
_PARTICLE_LAST_RE = re.compile(
    r"^(?P<v>sort|clear|clean|fill|figure|check|tidy)\s+(?P<x>(?:my|our|your|his|her|their)"
    r"\s+[^,]+?)\s+out$",
    _F,
)
# "buy fuel for gen before NEPA take light again", "... before the rain comes again": what
# would happen again if it is not done is why, no word of the title
_BEFORE_AGAIN_RE = re.compile(r"\s+(?:before|b4|in\s+case|incase)\s+(?:[\w'-]+\s+){1,5}?again$", _F)


def _title_said_plainly(title: str) -> str:
    """``title`` as a task is written: whom it is for said before the thing goes ("buy for him
    the geometry set" is 'buy the geometry set'), chat's "me" for "my" is "my", a particle said
    last goes before the thing ("sort my licence out" is 'sort out my licence'), and why said as
    "before X happens again" goes. Each leaves two words at least."""
    title = _FOR_WHOM_FIRST_RE.sub(lambda m: f"{m['v']} ", title)
    title = _ME_AS_MY_RE.sub(lambda m: f"{m['v']} my ", title)
    title = _PARTICLE_LAST_RE.sub(lambda m: f"{m['v']} out {m['x']}", title)
    again = _BEFORE_AGAIN_RE.search(title)
    if again is not None and len(title[: again.start()].split()) >= 2:
        title = title[: again.start()]
    return title


@lru_cache(maxsize=1)
def _someone_comes_re() -> re.Pattern[str]:
    """ "before the mother-in-law descends", "before mum gets here", "b4 the guests arrive": a
    visit said after "before" at a title's end (the ``visitor`` and ``someone_comes`` word
    lists)."""
    return re.compile(
        r"\s+before\s+(?:(?:the|my|our|his|her|their|your)\s+)?(?:[\w'-]+\s+)?"
        rf"{word_list('visitor')}(?:\s+(?:and|&|n)\s+(?:(?:the|my|our|his|her|their|your)\s+)?"
        rf"{word_list('visitor')})?\s+{word_list('someone_comes')}(?![\w']).*$",
        _F,
    )


# The deeds a hedge or a plan may come before ("prob renew my passport", "going to get the
# tyres changed"); "going to the gym" is a title of its own and keeps its words
_DEEDS_AFTER_A_HEDGE = TASK_VERBS | lexicon("do make put start finish clear see sort")


@lru_cache(maxsize=1)
def _hedge_or_plan_re() -> re.Pattern[str]:
    return re.compile(rf"^(?:{word_list('hedge_word')}|going\s+to|gonna)\s+(?P<v>[a-z]+)\b", _F)


def _hedge_or_plan_dropped(text: str) -> str:
    """ "prob renew my passport", "defo book the venue", "going to get the tyres changed": a
    hedge or a plan said before the deed is no word of the title."""
    m = _hedge_or_plan_re().match(text)
    if m is None:
        return text
    # ("add milk, eggs, probably bread": "probably" is never a title's word, before a thing too;
    # "prob with the sink", "def leppard tickets" keep theirs)
    sure = text[: m.start("v")].split()[0].lower() in ("probably", "prolly")
    if not sure and m["v"].lower() not in _DEEDS_AFTER_A_HEDGE:
        return text
    return text[m.start("v") :]


@lru_cache(maxsize=1)
def _at_last_re() -> re.Pattern[str]:
    """ "this time", "for once" at a title's end (the ``at_last`` word list)."""
    # ("plan the trip for this time next year": a when after a preposition is the title's)
    after = "".join(rf"(?<!\b{w})" for w in ("for", "at", "by", "of", "until", "about", "from"))
    return re.compile(rf"{after}\s+{word_list('at_last')}$", _F)


def _level_left(title: str, priority: Priority | None) -> tuple[str, Priority | None]:
    """A level that ends the title once a date or a "please ..." is cut from after it ("finish
    the lab report its so urgent due tomorrow", "renew my passport, super urgent pls add it as
    high prio"): the level, never words of the title. A level said twice must agree; another
    level, or a title left without two words, keeps the words."""
    rest, level, _ = _take_priority(title)
    if level is None or priority not in (None, level) or len(rest.split()) < 2:
        return title, priority
    return rest, level


# "grab mom a birthday card before then", "finish the slides by then": a when that points back
# to one the story told ("the party is on saturday") names no day of its own, and no title word
_STORY_WHEN_END_RE = re.compile(
    r"\s+(?:before|by|until|till|til|ahead\s+of)\s+(?:then|that\s+(?:day|time|date))$", _F
)
_ASAP_END_RE = re.compile(r"\s+(?:asap|a\.s\.a\.p\.?|urgently)$", _F)
_PART_OF_DAY_REPEAT_RE = re.compile(r"^every\s+(?P<part>morning|afternoon|evening|night)$", _F)
_BARE_HOUR_RE = re.compile(r"^(?:at\s+)?(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?$", _F)


def _part_of_day_repeat(due: str | None, repeat: str | None) -> tuple[str | None, str | None]:
    """ "every morning at 7": one repeat at 7am, not "every morning" (9:00) and a due "at 7";
    the part of the day says am or pm."""
    part = _PART_OF_DAY_REPEAT_RE.match(repeat or "")
    hour = _BARE_HOUR_RE.match(due or "")
    if part is None or hour is None or not 1 <= int(hour["h"]) <= 12:
        return due, repeat
    half = "am" if part["part"].lower() == "morning" else "pm"
    minutes = f":{hour['m']}" if hour["m"] else ""
    return None, f"every day at {hour['h']}{minutes}{half}"


# --- priorities ----------------------------------------------------------------------------

# "should not miss", "must not be missed", "can't miss it": said after a task, what must be done
_MUST_NOT_MISS = (
    r"[\s,;(-]+(?:(?:it|this|that|we|i)\s+)?(?:should\s+not|shouldn'?t|must\s+not|mustn'?t|"
    r"can\s*not|can'?t|cannot)\s+(?:be\s+)?miss(?:ed)?(?:\s+(?:it|this|that))?(?:\s+at\s+any\s+cost)?!*"
)

# "it's", "this one is", "that task's", and a learner's bare "is" after a comma ("send my CV,
# is very important"): the subject of a level said as a clause of its own
_IT_IS = (
    r"(?:it'?s|it\s+is|this\s+is|that'?s|that\s+is|thats|(?:this|that)\s+(?:one|task|item)"
    r"(?:'?s|\s+is)|(?<=[,;(-])\s*is|(?<=[,;(-]\s)is|^\s*is)"
)
# "very", "kinda", "v", "soooo": words that only make a level louder or softer
_LOUDER = (
    r"(?:(?:very|really|super|kinda|kind\s+of|pretty|quite|so+|v|rly|realy|extremely|mega|"
    r"hella|rather|a\s+bit|fairly|actually|also|seriously|honestly)\s+)*"
)
# "..., its urgent !!", "..., super important for me tbh": what may follow a level at the end
_LEVEL_TAIL = (
    r"(?:\s*!+|\s+(?:for\s+me|tbh|btw|lol|haha|pls|please|too|ok|okay|fr|now|rn|ty|af|asf|"
    r"ngl|fs|deadass|lowkey|highkey))*"
)

_PRIORITY_RES = (
    # "renew the pass, it is low priority, and tag it": the level said as a clause of its own
    re.compile(
        rf"(?:^|[\s,;(\-–—]+){_IT_IS}\s+{_LOUDER}(?:a\s+)?(?P<p>high|top|highest|medium|normal|mid|"
        r"low|lowest)[\s-]+"
        r"prio(?:rity)?(?=\s*(?:[,;.!?)]|$)|\s+(?:and|so|but|because|cos|cause|since|as|kindly|"
        r"please|pls|otherwise|or|for\s+me|tbh|lol)\b)",
        _F,
    ),
    re.compile(
        r"(?:^|[\s,;(\-–—]+)(?:(?:with|at|as|of|is)\s+)?(?:a\s+)?(?P<p>high|top|highest|medium|"
        r"normal|mid|low|lowest)[\s-]+prio(?:rity)?\)?(?=[\s,;.!?)]|$)",
        _F,
    ),
    re.compile(
        r"(?:^|[\s,;(\-–—]+)prio(?:rity)?\s*[:=#]?\s*(?P<p>high|medium|low|[1-4](?=\)?\s*(?:[,;.!?]|$)))\)?"
        r"(?=[\s,;.!?]|$)",
        _F,
    ),
    # "urgent: call the bank", "top prio - renew passport": the level said first, set off
    re.compile(
        r"^(?P<p>urgent|important|asap|(?:top|high|highest|medium|low|lowest)[\s-]+"
        r"prio(?:rity)?)\s*(?:[:!-]+|[–—])\s*",
        _F,
    ),
    # "add buy milk, not urgent", "call the bank - not important at all": a low one
    re.compile(
        rf"(?:^|[\s,;(\-–—]+)(?:{_IT_IS}\s+)?not\s+(?:(?:that|too|so|very|"
        r"really|super)\s+)?(?P<low>urgent|important|pressing)(?:\s+at\s+all)?"
        # ("..., not important tho", "not urgent really lol"): a softener after it
        r"(?:\s+(?:tho|though|really|honestly|tbh|lol|haha|naman|sef))*\)?!*$",
        _F,
    ),
    # "pay the bill tmrw, its urgent otherwise they cut the connection", "it's important as the
    # office closes friday": the level said as a clause of its own, then why
    re.compile(
        rf"(?:^|[\s,;(\-–—]+)(?<!\bif\s)(?<!\bwhy\s)(?<!\bhow\s)(?<!\bwhether\s)(?<!\bwhat\s)"
        rf"{_IT_IS}\s+{_LOUDER}(?P<p>urgent|important|critical)\s*[,;.-]?\s+(?:otherwise|or\s+else|else|because|cause|cuz|coz|bc|since|as|so|if)\s+\S.*$",
        _F,
    ),
    # "finish the essay by thurs its urgent", "call the bank, this is really important", "it
    # is important, should not miss", "send my CV, is very important !!"
    re.compile(
        rf"(?:^|[\s,;(\-–—]+)(?:(?:{_IT_IS}\s+{_LOUDER})(?P<p>urgent|important|critical|a\s+priority|"
        rf"top\s+priority|high\s+priority|a\s+top\s+priority)|\(?{_LOUDER}(?P<q>urgent|asap|"
        rf"urgently|critical)(?:\s+(?:pls|please|plz))?\)?){_LEVEL_TAIL}"
        rf"(?:{_MUST_NOT_MISS})?{_LEVEL_TAIL}$",
        _F,
    ),
    # "call the landlord about the leak, very urgent, water everywhere", "fix the boiler - urgent
    # - no hot water": a level set off in the middle of the title, then more (why it is so is
    # dropped, see _why_of_a_level; more of the title or a date stays)
    re.compile(
        rf"\s*[,;(\-–—]\s*(?:{_IT_IS}\s+)?{_LOUDER}(?P<p>urgent|asap|critical|important)\)?"
        r"(?=\s*(?:[,;:\-–—]|!+)\s*\S|\s+(?:because|cause|cuz|coz|bc|since)\s+\S)",
        _F,
    ),
    # "pay staff salary every month, should not miss", "rent on the 1st, must not be missed":
    # a thing the user must not miss is a high one
    re.compile(rf"(?P<must>{_MUST_NOT_MISS})$", _F),
    # "renew trade licence, very important": the level alone after a comma
    re.compile(rf"\s*,\s*\(?{_LOUDER}(?P<p>important)\)?{_LEVEL_TAIL}$", _F),
    re.compile(r"(?:^|\s+)!?(?P<p>p[1-4])(?=[\s,;.!?]|$)", _F),
)


# What goes on with the title after a level set off in its middle: a word that joins more to
# it ("..., urgent, about the trip", "..., urgent, and email dad"), a date, or a request
_TITLE_GOES_ON_RE = re.compile(
    r"^(?:about|for|to|with|at|on|in|into|from|re|regarding|and|or(?!\s+(?:else|they|we|i|it|he|she|you)\b)|plus|by|before|until|till|"
    r"due|after|when|every|each|tag|tagged|add|remind|put|please|pls|also|then|not|but)\b",
    _F,
)


_MORE_OF_THE_TITLE_RE = re.compile(
    r"^(?:about|for|to|with|on|in|into|from|re|regarding)\s+(?!qq\d)\S", _F
)
_BECAUSE_RE = re.compile(r"^(?:because|cause|cuz|coz|bc|since)\s+\S", _F)


def _why_of_a_level(remark: str) -> bool:
    """ "water everywhere", "no hot water", "the tenant keeps calling": what follows a level
    set off in the middle of a title says why it is so (no title words), unless it goes on
    with the title, or says when."""
    if not remark or _TITLE_GOES_ON_RE.match(remark) or PLACEHOLDER_RE.search(remark):
        return False
    return _find_repeat(remark) is None and _take_due(remark, None)[1] is None


def _take_priority(text: str) -> tuple[str, Priority | None, bool]:
    for rx in _PRIORITY_RES:
        m = rx.search(text)
        if m:
            said = m.groupdict()
            word = "low" if said.get("low") else (said.get("p") or said.get("q") or "")
            word = "high" if said.get("must") else word
            word = word.lower()
            word = f"p{word}" if word.isdigit() else word  # "priority 1": Todoist's p1
            rest = _join(text[: m.start()], text[m.end() :])
            after = text[m.end() :].lstrip()
            set_off = re.match(r"[,;(\-–—]", m.group().lstrip())
            if set_off and _BECAUSE_RE.match(after) and _why_of_a_level(after):
                rest = _join(text[: m.start()], "")  # "fix the boiler, urgent because ..."
            elif set_off and re.match(r"[,;:\-–—!]", after):
                # "fix the tap, high priority, the tenant keeps calling": the remark stays apart;
                # why the level is so ("..., urgent, water everywhere") is no part of it, more of
                # the title joins it ("email the school, urgent, about the trip")
                remark = after.lstrip(" ,;:-–—!")
                head = _join(text[: m.start()], "")
                if _MORE_OF_THE_TITLE_RE.match(remark):
                    rest = f"{head} {remark}"
                else:
                    rest = head if _why_of_a_level(remark) else f"{head}, {remark}"
            if word == "p4":
                return rest, None, True
            return rest, priority_level(word), False
    return text, None, False


def level_said_alone(text: str) -> bool:
    """Whether ``text`` is only a level said of a task ("it's not that urgent", "low priority",
    "its actually urgent tbh"): a remark that sets the level of the task said before it."""
    rest, level, p4 = _take_priority(text.strip(" .!"))
    return (level is not None or p4) and not rest.strip(" ,.!")


# --- tags ----------------------------------------------------------------------------------

_TAG = r"[^\W_][\w./-]*"
# Between tags: "docs, travel", "docs and travel", "docs & travel", "docs + travel", "docs / travel"
_TAG_SIGN = r"&|\+|(?<=\s)/(?=\s)"
_TAG_JOIN_RE = re.compile(rf"\s*(?:,|\band\b|{_TAG_SIGN})\s*", _F)
_HASH_TAG_RE = re.compile(
    # ("clean bathroom (#flat)": a tag in brackets, the brackets going with it)
    r"\(\s*#(?P<tag2>" + _TAG + r")(?<![./-])\s*\)|(?:^|(?<=\s))#(?P<tag>" + _TAG + r")(?<![./-])"
)
# "put tag flat", "add the label work", "give it the tag home", "tag it flat", and after a comma
# the bare word ("..., tag flat", "- label uni") or a place to file it ("..., put it under flat")
_TAG_SAID = (
    r"(?:(?:put|add|give\s+it|stick|slap|use|set)\s+(?:it\s+)?(?:the\s+|a\s+)?(?:tags?|labels?)"
    r"(?:\s+(?:of|as)|\s*:)?|(?:tag|label)\s+(?:it|this|that)(?:\s+(?:as|with))?|"
    r"(?<=[,;(-])\s*(?:tags?|labels?|under)|(?<=[,;(-]\s)(?:tags?|labels?|under)|"
    r"(?:put|file|stick|pop)\s+(?:it\s+)?under)"
)
_TAG_WORDS_RE = re.compile(
    r"(?:^|[\s,;(-]+)(?:(?:and\s+)?(?:tagged|tag(?:s|ged)?\s*:|labell?ed|labels?\s*:|"
    r"with\s+(?:the\s+)?(?:tags?|labels?)|" + _TAG_SAID + r")\s+(?:as\s+|with\s+)?)"
    r"(?!(?:the|a|an|my|your|his|her|their|our|this|that|some)\b)"
    r"(?P<tags>" + _TAG + rf"(?:\s*(?:,|and|{_TAG_SIGN})\s*" + _TAG + r")*)\)?"
    r"(?:\s+(?:too|pls|please|plz|as\s+well|thanks|thx|ty))?$",
    _F,
)
# "put it in the flat tag", "under the uni label", "with work tag": the tag named before its noun
_TAG_NOUN_AFTER_RE = re.compile(
    r"(?:^|[\s,;(-]+)(?:(?:and\s+)?(?:put|file|stick|pop|add)\s+(?:it\s+)?)?(?:under|in|with|into)\s+"
    r"(?:the\s+|a\s+)?#?(?P<tags>" + _TAG + r")\s+(?:tag|label)\)?"
    r"(?:\s+(?:too|pls|please|plz|as\s+well|thanks|thx|ty))?$",
    _F,
)


_SIGN_LEFT_RE = re.compile(r"(?:\s+(?:&|\+|/))+\s*$")


def _take_tags(text: str) -> tuple[str, tuple[str, ...]]:
    tags: list[str] = [(m["tag"] or m["tag2"]).lower() for m in _HASH_TAG_RE.finditer(text)]
    text = _HASH_TAG_RE.sub(" ", text)
    if tags:
        text = _SIGN_LEFT_RE.sub("", text)  # "#bills & #home": the sign between them goes too
    m = _TAG_WORDS_RE.search(text) or _TAG_NOUN_AFTER_RE.search(text)
    if m:
        tags += [t.lower() for t in _TAG_JOIN_RE.split(m["tags"]) if t]
        text = text[: m.start()]
    return " ".join(text.split()), tuple(dict.fromkeys(tags))


_TAG_PHRASE_RE = re.compile(_TAG + r"(?:\s+" + _TAG + r"){0,2}")
_TAG_TAIL_RE = re.compile(r"\s+(?:too|also|as\s+well|please|pls|now|thanks|for\s+me|again)$", _F)
_NOT_A_TAG_START = lexicon("the a an my your his her their our this that some")


def tag_words(text: str, phrases: bool = False) -> tuple[str, ...]:
    """The tags a phrase names ("work", "#work", "work and home"); () when it is not tags.

    With ``phrases``, where the words can only be tags ("tag it garden club"), a tag may be
    up to three words: one tag, its words joined by dashes as the task service stores it
    ('garden-club'), never a tag per word."""
    text = _TAG_TAIL_RE.sub("", text.strip())
    parts = [p.strip().lstrip("#") for p in _TAG_JOIN_RE.split(text)]
    shape = _TAG_PHRASE_RE if phrases else re.compile(_TAG)
    if not parts or not all(shape.fullmatch(p) for p in parts):
        return ()
    if any(p.split()[0].lower() in _NOT_A_TAG_START for p in parts):
        return ()  # "put it under the sink": a place, not a tag
    return tuple(dict.fromkeys("-".join(p.lower().split()) for p in parts))


# --- repeats -------------------------------------------------------------------------------

_REPEAT_START_RE = re.compile(
    r"(?:^|(?<=[\s,(]))(?:(?:repeat(?:s|ing)?|every|each|evry|everyday)\b|"
    r"(?:at\s+|on\s+)?(?:the\s+)?(?:end|start|beginning|last\s+day|first\s+day|first|last|"
    r"\d{1,2}(?:st|nd|rd|th))\s+of\s+(?:every|each)\b|"
    r"(?:daily|weekly|monthly|yearly|annually|fortnightly|nightly)\b|"
    rf"on\s+{DAY_STEM}days\b|(?:on\s+)?(?:weekdays|weekends)\b)",
    _F,
)
_ADVERB_RE = re.compile(r"(?:daily|weekly|monthly|yearly|annually|fortnightly|nightly)\b", _F)
_WORD_END_RE = re.compile(r"(?<=\S)(?=\s|,|$)")
# "put the bins out weekly, starting this sunday": when a repeat starts, said after it
# what may follow an adverb of how often that still ends the repeat: when it starts, or when it
# is due ("pay water bill monthly, due on the 15th")
_STARTING_RE = re.compile(r"\s*,?\s*(?:starting|beginning|from|due|deadline(?:\s+is)?)\s+\S", _F)
_STARTED_END_RE = re.compile(r"[\s,]+(?:starting|beginning)$", _F)
_MAX_REPEAT_WORDS = 12


def _find_repeat(text: str) -> tuple[int, int] | None:
    """Where a repeat's words are in `text` (the longest that reads as one), if any."""
    for start_match in _REPEAT_START_RE.finditer(text):
        start = start_match.start()
        ends = [m.start() for m in _WORD_END_RE.finditer(text, start)][:_MAX_REPEAT_WORDS]
        for end in reversed(ends):
            piece = text[start:end]
            if piece.endswith(","):
                continue
            if (
                _ADVERB_RE.match(piece)
                and text[end:].strip(" ,.!?")
                and not _STARTING_RE.match(text[end:])
            ):
                # "daily standup notes": an adverb repeats only at the end of the words
                continue
            try:
                parse_repeat(piece)
            except DateWordsError:
                continue
            return start, end
    return None


# --- due dates -----------------------------------------------------------------------------

_LEAD_RE = re.compile(r"^(?:(?:due|on|by|for|before)\s+)+", _F)


def due_words(text: str, today: date | None = None) -> str | None:
    """`text` when the shared parser reads all of it as a due date (lead words such as
    "on" or "by" dropped), else None."""
    words = " ".join(text.strip(" ,.!?").split())
    if not words:
        return None
    try:
        parse_due(words, now=_now(today), zone=_ZONE)
    except DateWordsError:
        return None
    shorter = _LEAD_RE.sub("", words)
    if shorter != words and shorter:
        try:
            parse_due(shorter, now=_now(today), zone=_ZONE)
        except DateWordsError:
            return words
        return shorter
    return words


_DATE_LEAD_RE = re.compile(r"\s+(?:on|by|for|to|until|till|due)\s+", _F)


def impossible_date_said(text: str, today: date | None = None) -> str | None:
    """The words at the start of ``text`` that name a day that does not exist ("february
    30th", "31 april"), so a change to it is refused with the parser's reason instead of
    reading the day alone ("30th") as another date."""
    said = text.strip(" ,.!?").split()
    for n in range(min(len(said), 4), 1, -1):
        head = " ".join(said[:n]).strip(" ,.!?")
        try:
            parse_due(head, now=_now(today), zone=_ZONE)
        except DateWordsError as exc:
            if str(exc).startswith("there is no"):
                return head
    return None


# "pay the plumber the 14th": a day of the month said last, after "the", is when (the parser
# asks for a lead word inside a sentence, since "the 3rd book" is no date).
_LAST_DAY_OF_MONTH_RE = re.compile(
    r"\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s*[.!]*$", _F
)


# A house number before a street ("at 14 elm st", "fix the leak at 12 High St"): part of the
# title, never an hour. The street's words may not start with a word of time or place.
_HOUSE_NUMBER_RE = re.compile(
    r"\b\d{1,4}[a-z]?(?=\s+(?!(?:on|in|at|the|a|an|and|to|for|with|by|next|this|tomorrow|today|"
    r"tonight|tmrw|am|pm|o'?clock|or|until|till)\b)(?:[^\W\d][\w'-]*\s+){1,3}?(?:st|street|rd|"
    r"road|ave|avenue|lane|ln|close|drive|dr|place|pl|crescent|cres|court|ct|terrace|blvd|"
    r"boulevard|grove|gardens|gdns|square|sq|mews|parade|way)\b)",
    _F,
)


# "12h shift at the bar", "8h drive to munich", "a 10 hour shift", "3hr flight": how long a
# thing lasts, said before it, is no clock time ("at 12h", French for noon, still is one; so is
# "in 2 hours")
_DURATION_RE = re.compile(
    r"(?<!\bat\s)(?<!\bin\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\buntil\s)(?<!\btill\s)"
    r"\b\d{1,2}(?:[.,]5)?\s*-?\s*(?:h|hrs?|hours?)(?:\s*-?\s*long)?"
    r"(?=\s+(?!(?:at|on|in|from|tomorrow|today|tonight|tmrw|am|pm|and|or|to|until|till|"
    r"later|from\s+now|ago|before|after)\b)[^\W\d])",
    _F,
)


# "book the cottage for the long weekend", "plan the easter weekend": a weekend of a holiday is
# a name, part of the title, never the coming Saturday
_NAMED_WEEKEND_RE = re.compile(
    r"\b(?:long|bank\s+holiday|holiday|easter|labou?r\s+day|memorial\s+day|canada\s+day|"
    r"anzac|queen'?s\s+birthday|king'?s\s+birthday)\s+weekends?\b",
    _F,
)


# "a present for Shaz's 40th", "her 21st", "our 10th anniversary": an ordinal said after
# whose it is names a birthday or an anniversary, never a day of the month ("on the 21st" is one)
_POSSESSED_ORDINAL_RE = re.compile(
    r"\b(?:[^\W\d_][\w-]*'s?|[^\W\d_][\w-]*s'|my|your|his|her|its|our|their|ur)\s+\d{1,3}"
    r"(?:st|nd|rd|th)\b",
    _F,
)


def _house_numbers_hidden(text: str) -> str:
    """`text` with each house number's digits as letters, so no date is read from them (the
    same length: what is found is cut from `text` as it is); so is a length of time said
    before a thing ("12h shift") and a holiday's weekend ("the long weekend")."""
    text = _HOUSE_NUMBER_RE.sub(lambda m: "x" * len(m.group()), text)
    text = _NAMED_WEEKEND_RE.sub(lambda m: "x" * len(m.group()), text)
    text = _POSSESSED_ORDINAL_RE.sub(lambda m: "x" * len(m.group()), text)
    return _DURATION_RE.sub(lambda m: "x" * len(m.group()), text)


# "sign the slip tonight at 8 when the kids are in bed": what happens when the time comes,
# said after it, is no part of the title (with no day said, "fix the fence when the rain
# stops" keeps its condition).
_WHEN_CLAUSE_RE = re.compile(
    r"^\s*,?\s+(?:(?:when|once|after|as\s+soon\s+as|while)\s+"
    rf"(?:{THING_DETERMINER}|i|we|he|she|they|it|you|u|everyone|everybody)\b|"
    # "grab snags from woolies saturday for the footy arvo", "... friday for the party": the
    # gathering it is for, said after the day, is why, no word of the title ("buy balloons for
    # the party" with no day keeps it)
    r"for\s+(?:the|our|my|a|an|his|her|their|mum's|dad's|\w+'s)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:arvo|afternoon|evening|party|bbq|barbie|barbecue|braai|picnic|do|get-together|"
    r"gathering|celebration|potluck|piss-up|sesh|hangout)(?=\s*[.!?]*$)).*$",
    _F,
)


# "..., not 3", "instead of friday": the old when, said after the new one
_OLD_WHEN_RE = re.compile(
    r"^\s*,?\s*(?:instead\s+of|rather\s+than|not)\s+(?:(?:at|on)\s+)?(?P<w>[\w:.]+"
    r"(?:\s*[ap]\.?m\.?)?)[\s.!?]*$",
    _F,
)


# "email coach about saturday", "text the group re sunday", "ask mum about tomorrow": a day
# right after "about" a verb of telling speaks of is the subject of the message, not its due date
# ("call mum about dinner on saturday" says the day after the subject: a due date)
_TOLD_ABOUT_RE = re.compile(
    r"\b(?:e-?mail|mail|call|ring|phone|text|txt|message|msg|dm|ask|tell|remind|write|talk|speak|"
    r"chat|check|ping|contact|reply|respond|answer)(?:ed|s)?\b(?:\s+\S+){0,4}?\s+"
    r"(?:about|abt|re|regarding|concerning)\s*$",
    _F,
)


def _take_due(text: str, today: date | None) -> tuple[str, str | None]:
    found = find_due(_house_numbers_hidden(text), now=_now(today), zone=_ZONE)
    if found is None:
        # (a day that does not exist is said in digits: "feb 30", "31/4"; most adds have none)
        hidden = _POSSESSED_ORDINAL_RE.sub(lambda m: "x" * len(m.group()), text)
        leads = _DATE_LEAD_RE.finditer(hidden) if any(c.isdigit() for c in hidden) else ()
        for lead in leads:
            impossible = impossible_date_said(text[lead.end() :], today)
            if impossible is not None:
                # "pay rent on feb 30": the day that does not exist goes to the tool, which
                # refuses it with the reason (never a title 'Pay rent on feb 30')
                rest = text[lead.end() :].lstrip(" ,")[len(impossible) :]
                return _join(text[: lead.start()], rest), impossible
        last = _LAST_DAY_OF_MONTH_RE.search(text)
        words = due_words(last.group().strip(" .!"), today) if last else None
        if last is None or words is None or len(text[: last.start()].split()) < 2:
            return text, None
        return text[: last.start()], words
    words = due_words(text[found.start : found.end], today)
    coming = _COMING_RE.match(text, found.start)
    if coming is not None and _BEING_END_RE.search(text[: found.start]):
        # "ask mum if she's coming sunday": her coming, and the day alone is when
        rest, later = _take_due(text[coming.end() :], today)
        return (_join(text[: coming.end()], rest), later) if later else (text, None)
    if words is None or re.search(r"\bsince\s*$", text[: found.start], _F):
        return text, None  # "the heater is broken since monday": when it began, not a due date
    if _TOLD_ABOUT_RE.search(text[: found.start]):
        # "email coach about saturday": the day is what is told, not when ("... by thursday"
        # after it is when)
        rest, later = _take_due(text[found.end :], today)
        return (_join(text[: found.end], rest), later) if later else (text, None)
    start, end, words = _hour_by(text, found, words, today)
    after = _WHEN_CLAUSE_RE.sub("", text[end:])
    old = _OLD_WHEN_RE.match(after)
    if old is not None and (
        due_words(old["w"], today) is not None or _BARE_HOUR_SAID_RE.match(old["w"])
    ):
        after = ""  # "add call mom at 5 instead of 3": the time it was is no part of the title
    return _join(_LATER_END_RE.sub("", text[:start]), after), words


# "transfer the money before 5 today", "call the bank today by 4:30": a bare hour said with
# "by" or "before" beside a day is the time on that day (the shared parser reads a bare hour
# only after "at")
_HOUR_BY = (
    r"(?:by|before|until|till|til|no\s+later\s+than)\s+(?P<h>(?:1[0-2]|0?[1-9])(?::[0-5]\d)?)"
)
_HOUR_BY_BEFORE_RE = re.compile(rf"\b{_HOUR_BY}\s*,?\s*$", _F)
_HOUR_BY_AFTER_RE = re.compile(
    rf"^\s*,?\s*{_HOUR_BY}(?![\w:.])(?!\s*(?:days?|weeks?|hours?|mins?|minutes?|%))", _F
)


def _hour_by(text: str, found: Found, words: str, today: date | None) -> tuple[int, int, str]:
    """Where the when said in ``text`` starts and ends, and its words, with a bare hour said
    by or before the day ``found`` names taken in (the day alone when none is). A part of
    the day said with no hour ("monday morning by 9") takes the hour too."""
    if found.due.time is not None and not _PART_OF_DAY_END_RE.search(words):
        return found.start, found.end, words
    before = _HOUR_BY_BEFORE_RE.search(text, 0, found.start)
    after = _HOUR_BY_AFTER_RE.match(text[found.end :])
    hour = before or after
    timed = due_words(f"{words} at {hour['h']}", today) if hour is not None else None
    if timed is None:
        return found.start, found.end, words
    if before is not None:
        return before.start(), found.end, timed
    return found.start, found.end + after.end() if after else found.end, timed


_PART_OF_DAY_END_RE = re.compile(r"\b(?:morning|afternoon|evening|night|tonight)$", _F)
_COMING_RE = re.compile(r"coming\b", _F)
_BEING_END_RE = re.compile(r"(?:'s|'re|\b(?:is|are|am|be|he|she|they|we|you|i|who))\s+$", _F)


# "pick up the box later 3pm today", "call the bank later today": "later" right before the when
# only says it is not now; the when says it, and the title ends before it
_LATER_END_RE = re.compile(r"(?<=\S)\s+(?:later|later\s+on)\s*,?\s*$", _F)


# --- the stage -----------------------------------------------------------------------------

# ("send it back until thursday": "until" a day is "by" it)
# ("book the car in for its wof, do it next wednesday": what is left of "do it <when>")
_DANGLING_RE = re.compile(
    # ("put the bins out for | every tuesday": the "for" of the when)
    r"(?:[\s,;:(-]+|\s+(?:and|to|from|due|on|at|by|until|till|til|untill|tho|though|for)|"
    # ("send mum upkeep, repeat it | every sunday", "X and have it repeat | every tuesday": the
    # words that asked for the repeat, once how often is taken)
    r"(?:\s*,\s*|\s+)(?:(?:and|then|pls|please|just)\s+)*(?:(?:have|make|set|let|get)\s+"
    r"(?:it|that|this)\s+(?:to\s+)?repeat(?:ing)?|repeat(?:\s+(?:it|that|this))?)|"
    r"\s*,\s*(?:(?:do|get|have)\s+(?:it|that|this)(?:\s+done)?|(?:needs|has)\s+to\s+be\s+done|"
    # ("..., needs doing by fri arvo", "..., wants doing this weekend", "..., stick it on high
    # priority", "..., due is on dec 15": what is left once the when or the level is taken)
    r"(?:it\s+|that\s+|this\s+)?(?:needs|wants)\s+(?:doing|sorting|done|sorted|booking|finishing)|"
    # ("..., high priority, deadline is friday": the word that named the when)
    r"(?:the\s+)?(?:deadline|due\s+date|last\s+date|last\s+day)(?:\s+is|'s)?|"
    r"(?:(?:pls|please|and|just)\s+)*(?:stick|put|pop|set|make|mark|bung|whack|chuck|flag|keep)\s+"
    r"(?:it|that|this)(?:\s+(?:on|as|at|to|for|down|in))?|(?:it'?s\s+|its\s+|is\s+)?due(?:\s+is)?))+$",
    _F,
)


# "pay the gas bill, friday is fine", "call the vet, tomorrow works": a remark on when, after a
# comma, says the due date; a window said to be fine ("sometime next week is fine") says no
# date at all, since any day in it will do.
_WHEN_REMARK_RE = re.compile(
    r"\s*,\s*(?P<vague>(?:some\s*time|any\s*time|whenever|any\s+day)\s+)?(?P<w>[^,]+?)\s+"
    r"(?:(?:is|are|would\s+be|'d\s+be|should\s+be|will\s+be)\s+(?:fine|ok|okay|good|great|alright|"
    r"all\s+right|perfect|enough)|works|will\s+do)(?=\s*(?:[,.!?]|$))",
    _F,
)


def _when_remark_read(text: str, today: date | None) -> str:
    """``text`` with a remark on when said as the date it names, or dropped when it names a
    window; a remark on anything else ("check the weather, the forecast is fine") stays."""

    def said(m: re.Match[str]) -> str:
        if due_words(m["w"], today) is None:
            return m.group()
        return "" if m["vague"] else f" {m['w']}"

    return _WHEN_REMARK_RE.sub(said, text)


def _join(before: str, after: str) -> str:
    before = _DANGLING_RE.sub("", before)
    after = after.strip()
    if after.startswith((",", ")", ";")):
        after = after.lstrip(",;) ")
    return " ".join(f"{before} {after}".split())


# "pay the rego tmrw arvo pls, like 3ish": a "please" said between a day and its time is no
# word of either (the time is read with the day)
_PLEASE_IN_WHEN_RE = re.compile(
    r"\s+(?:please|pls|plz)\s*,?(?=\s+(?:(?:at|around|about|like|by|@)\s+)*\d{1,2}"
    r"(?:[:.]\d\d)?\s*(?:-?ish|am|pm|o'?clock)?\s*[.!?]*$)",
    _F,
)


_AT_LEAST_RE = re.compile(r"^\s*(?:at\s*least|at\s+the\s+very\s+least|minimum)\b", _F)


@lru_cache(maxsize=1)
def _why_after_repeat_re() -> re.Pattern[str]:
    """ "water the vege patch every day while its this hot", "feed the cat twice a day since the
    vet said so": why it repeats, said right after how often, with a subject of its own, is a
    remark and no word of the title (the ``why_repeats`` word list)."""
    return re.compile(
        rf"^\s*,?\s*{word_list('why_repeats')}\s+(?:it|its|it's|i|i'm|im|we|we're|they|they're|"
        r"there|there's|he|she|you|u|the|my|our|his|her|their|this|that|mum|mom|dad|mam)\b.*$",
        _F,
    )


_FROM_NOW_ON_RE = re.compile(r"^\s*(?:from\s+now\s+on|going\s+forward|from\s+today\s+on)\b", _F)


def take_slots(text: str, today: date | None = None, *, whole: bool = False) -> Taken:
    """An add request's object taken apart: the words left, and the slots found.

    When nothing would be left of the title, the words stay as they are (a task called
    "Friday" is a title, not a date), unless `whole` (the words are only slots: "due fri,
    low prio").
    """
    rest, tags = _take_tags(text)
    rest, priority, no_priority = _take_priority(rest)
    repeat: str | None = None
    where = _find_repeat(rest)
    if where is not None:
        repeat = " ".join(rest[where[0] : where[1]].split())
        # "every day from now on": when it starts is now, no word of the title
        after = _FROM_NOW_ON_RE.sub("", rest[where[1] :], count=1)
        # "call her every week atleast": how often at the least, no word of the title
        after = _AT_LEAST_RE.sub("", after, count=1)
        after = _why_after_repeat_re().sub("", after, count=1)
        rest = _join(rest[: where[0]], after)
    rest = _PLEASE_IN_WHEN_RE.sub("", rest)
    rest, due = _take_due(_when_remark_read(rest, today), today)
    if due or repeat or priority or tags or no_priority:
        rest = _DANGLING_RE.sub("", rest).strip()  # "call mom at | 5pm": the 'at' of the slot
        if due and repeat:
            # "put the bins out weekly, starting | this sunday": the day the repeat starts
            rest = _STARTED_END_RE.sub("", rest)
    else:
        rest = rest.rstrip(" ,;:(-")  # "get my brakes looked at": a title's own last word
    if not rest.strip(" .,!?") and not whole:
        return Taken(text)
    return Taken(rest, due, repeat, priority, tags, no_priority)


# How often, said as a count: "twice a week", "3 times a month", "once every 2 weeks" (the
# shared parser reads none of them). Words of a repeat all the same, never a title.
_FREQUENCY_RE = re.compile(
    r"^(?:once|twice|thrice|\w+\s+times|\d+\s*x)\s+(?:a|an|per|each|every)\b", _F
)


def schedule_said(text: str) -> bool:
    """Whether ``text`` starts by saying how often: a repeat ("every day instead of once a
    week") or a frequency the parser cannot read ("twice a week"). A new value that does is
    a change of the repeat, never a new title ("change the stretching to every day")."""
    text = text.strip()
    if _FREQUENCY_RE.match(text):
        return True
    found = _find_repeat(text) if _REPEAT_START_RE.match(text) else None
    return found is not None and found[0] == 0


def repeat_words(text: str) -> str | None:
    """`text` when the shared parser reads all of it as a repeat ("every monday"), else None."""
    words = " ".join(text.strip(" ,.!?").split())
    try:
        parse_repeat(words)
    except DateWordsError:
        return None
    return words


# "mondays only", "just tuesdays and thursdays from now on", "only on weekdays": how often a
# task repeats from now on, said with the words that restrict it.
_ONLY_LEAD_RE = re.compile(r"^(?:(?:only|just|now)\s+)+", _F)
_ONLY_TAIL_RE = re.compile(
    r"(?:\s*,?\s+(?:only|from\s+now\s+on|going\s+forward|instead|now|then|please|pls|lol|"
    r"obviously|thanks|thx))+$",
    _F,
)


# "a daily thing", "a weekly habit", "an every day routine": how often, said as a noun
_HABIT_RE = re.compile(
    r"^(?:a|an)\s+(?P<r>daily|weekly|monthly|nightly|yearly|fortnightly|every\s*day|weekday|"
    r"weekend)\s+(?:thing|habit|routine|task|one)$",
    _F,
)


def repeat_from_now(text: str) -> str | None:
    """The repeat ``text`` says, all of it, once the words that restrict it are set aside
    ("mondays only" -> "mondays", "a daily thing" -> "daily"); None when any other word is
    left ("monday only" is a day, "daily standup" a title)."""
    words = _ONLY_TAIL_RE.sub("", _ONLY_LEAD_RE.sub("", text.strip(" ,.!?")))
    habit = _HABIT_RE.match(words)
    if habit is not None:
        words = {"weekday": "weekdays", "weekend": "weekends"}.get(habit["r"].lower(), habit["r"])
    return repeat_words(words) if words else None


# --- listings ------------------------------------------------------------------------------

_DUE_FILTERS: tuple[tuple[re.Pattern[str], DueFilter], ...] = (
    # ("anything i've let slide?", "what's slipped through the cracks")
    (
        re.compile(
            r"\b(?:overdue|late|past\s+due|missed|behind|let\s+(?:\w+\s+)?slide|slipp(?:ed|ing)|"
            r"dropped\s+the\s+ball)\b",
            _F,
        ),
        "overdue",
    ),
    (re.compile(r"\b(?:no|without(?:\s+an?)?)\s+(?:due\s+)?(?:date|deadline)s?\b", _F), "none"),
    (re.compile(r"\bundated\b", _F), "none"),
    (
        re.compile(
            r"\b(?:this\s+(?:week|wk)|the\s+week|next\s+(?:7|seven)\s+days|the\s+coming\s+week|"
            r"(?:this|the)\s+next\s+week|week(?:'s)?\s+(?:tasks|plan)|upcoming|coming\s+up)\b",
            _F,
        ),
        "week",
    ),
    (re.compile(r"\b(?:tomorrow|tmrw|tmr)\b", _F), "tomorrow"),
    (re.compile(r"\b(?:today|tonight|todays|today's)\b", _F), "today"),
)
_DUE_CONTEXT_RE = re.compile(
    r"\b(?:due|overdue|late|past\s+due|deadlines?|scheduled|planned|on\s+(?:my|the)\s+plate|"
    r"what'?s\s+on|whats\s+on|"
    r"agenda|do|doing|have|got|need|tasks?|todos?|to-?dos?|list|upcoming|coming\s+up|"
    r"left|pending|open|get\s+done|"
    # "show me today's stuff": the tasks of that day
    r"(?:today|tomorrow|tonight)'?s\s+(?:stuff|things|ones|items|plans?|jobs|errands))\b",
    _F,
)
_PRIORITY_FILTER_RE = re.compile(
    r"\b(?P<p>high|top|urgent|important|medium|normal|low)(?:[\s-]+priority)?\s+"
    r"(?:tasks?|todos?|items?|ones|stuff|things)\b|\b(?:tasks?|todos?|items?|ones|things)\s+"
    # "which all tasks are urgent?", "which ones are most important": a question of the level
    r"(?:(?:that|which)\s+(?:are|is)\s+|are\s+|marked\s+(?:as\s+)?|with\s+(?:a\s+)?)?"
    r"(?:(?:the\s+)?most\s+|really\s+|very\s+|super\s+)?(?P<p2>high|medium|low|urgent|"
    r"important)(?:[\s-]+priority)?\b|\b(?P<p3>high|medium|low)[\s-]+priority\b|"
    # "anything urgent?", "is there anything important i should do first"
    r"\b(?:anything|something|any)\s+(?P<p4>urgent|important|pressing)\b|"
    # "what's urgent?", "which all are urgent", "what is most important today?"
    r"^(?:what|which)(?:'s|s|\s+is|\s+are)?(?:\s+all)?(?:\s+(?:are|is))?\s+"
    r"(?:(?:the\s+)?most\s+|really\s+|very\s+|super\s+)?(?P<p5>urgent|important|pressing)\b",
    _F,
)
_TAG_FILTER_RE = re.compile(
    # ("what've i got tagged for work", "anything labelled under home": the word after is
    # the tag's name)
    r"(?:^|\s)#(?P<h>" + _TAG + r")|\b(?:tagged|labell?ed|with\s+(?:the\s+)?(?:tag|label))\s+"
    r"(?:as\s+|with\s+|for\s+|under\s+)?#?(?P<t>" + _TAG + r")|"
    # "with the work tag", "under my home label": the tag's name said before the word
    r"\b(?:with|under|in|having|carrying|have|has)\s+(?:the|a|my|our|that)\s+#?(?P<b>"
    + _TAG
    + r")\s+(?:tag|label)\b|"
    # ("show tasks with home tag": the article left out)
    r"\b(?:with|under|having|carrying)\s+#?(?P<b2>" + _TAG + r")\s+(?:tag|label)\b",
    _F,
)


# "what's due monday", "what I have for friday?", "anything due fri?", "what's on next tuesday":
# one day of the week a listing asks for (a short name only after due/for/on/by: "sat" alone is
# a verb)
_DAY_FILTER_RE = re.compile(
    r"\b(?:(?P<rel>this|next|coming)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|tues|thurs|weds)\b|"
    r"\b(?:due|for|on|by)\s+(?:(?P<rel2>this|next)\s+)?(?P<wd2>mon|tue|wed|thu|thur|fri|sat|sun)\b|"
    # "what's due on the 27th", "anything for dec 5?", "what do i have on 5 december": a date
    r"\b(?:due|for|on|by)\s+(?P<date>(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+(?:of\s+)?"
    + MONTH_RE
    + r")?|\d{1,2}\s+"
    + MONTH_RE
    + r"|"
    + MONTH_RE
    + r"\s+\d{1,2}(?:st|nd|rd|th)?)\b",
    _F,
)
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "anything for saturday?", "anything on monday": asked with "anything", the day is when due
_ANYTHING_ASKED_RE = re.compile(r"^(?:anything|any\s+\w+|something)\b", _F)


def _day_filter(text: str) -> str | None:
    """The day a listing names, as words the date parser reads ("next friday", "the 27th")."""
    m = _DAY_FILTER_RE.search(text)
    if m is None or not (_DUE_CONTEXT_RE.search(text) or _ANYTHING_ASKED_RE.match(text)):
        return None
    if m["date"]:
        return " ".join(m["date"].lower().split())
    name = _DAY_NAMES[WEEKDAYS[(m["wd"] or m["wd2"]).lower()]]
    rel = (m["rel"] or m["rel2"] or "").lower()
    return f"{rel} {name}".strip()


def day_shown(words: str, today: date) -> str | None:
    """The day ``words`` name ("friday"), as the tools show a due date ("Fri 27 Nov"); None
    when the date parser reads no day in them."""
    try:
        due = parse_due(words, now=_now(today), zone=_ZONE)
    except DateWordsError:
        return None
    return describe_due(Due(due.day), today=today)


def list_filter(text: str) -> ListFilter:
    """The filters a listing request names ("what's due this week?"); empty when none."""
    due: DueFilter | None = None
    for rx, value in _DUE_FILTERS:
        if rx.search(text) and (value in ("overdue", "none") or _DUE_CONTEXT_RE.search(text)):
            due = value
            break
    day = None if due else _day_filter(text)
    priority: Priority | None = None
    m = _PRIORITY_FILTER_RE.search(text)
    if m:
        priority = priority_level(m["p"] or m["p2"] or m["p3"] or m["p4"] or m["p5"])
    tag = None
    t = _TAG_FILTER_RE.search(text)
    if t:
        tag = (t["h"] or t["t"] or t["b"] or t["b2"]).lower()
    return ListFilter(due, priority, tag, day)


# --- edits of slots -------------------------------------------------------------------------

# Due-date edits: a verb and the task, then a separator before the date words; every
# separator is tried ("move the talk to the team to friday") and the slot stage decides
# which tail is a date.
_DUE_EDIT_RES = (
    (
        re.compile(
            r"^(?:set|change|update|make|move|push|put|shift|bump)\s+(?:the\s+)?(?:due\s+date|"
            r"deadline|due|date)\s+(?:of|on|for)\s+(?P<rest>.+)$",
            _F,
        ),
        re.compile(r"\s+(?:to|as|for|on|at)\s+", _F),
    ),
    (
        re.compile(
            r"^(?:move|mv|push|reschedule|resched|postpone|bump|shift|change|set|make|put|"
            r"schedule|pop|stick|chuck|bung|throw|whack|slap|delay|defer|update|switch|edit|fix)"
            r"\s+(?P<rest>.+)$",
            _F,
        ),
        # ("push to friday", "postpone till monday": the task just talked about)
        re.compile(r"(?:^|\s+)(?:(?:back|forward)\s+)?(?:to|till|until|for|by|on)\s+", _F),
    ),
    (
        re.compile(
            r"^(?:(?:make|set)\s+)?(?!(?:delete|remove|erase|complete|finish|mark|tick|check|"
            r"cross|show|list|display|add|create|clear|drop|cancel|what|which|how|do|are|is|"
            r"any|get\s+rid)\b)(?P<rest>.+)$",
            _F,
        ),
        re.compile(
            r"\s+(?:(?:is\s+|are\s+|should\s+be\s+)?due\s+(?:on\s+|by\s+)?|(?:is|are)\s+(?:now\s+)?"
            r"(?:on|for)\s+|(?:is|are|'s)\s+now\s+|(?:got|was|were|has\s+been|have\s+been|is|are)\s+(?:moved|pushed|"
            r"rescheduled|postponed|changed|bumped|shifted|put\s+off|extended)\s+(?:back\s+)?"
            r"(?:to|till|until|for)\s+|(?:can|could|will|should)\s+wait\s+(?:till|until|for|to)\s+|"
            # "the dsa assignment deadline got extended to friday", "X's due date moved to the 3rd"
            r"(?:'s)?\s*(?:deadline|due\s+date)\s+(?:(?:got|was|has\s+been|is|'s)\s+)?(?:now\s+)?"
            r"(?:extended|moved|pushed|changed|bumped|shifted|postponed)?\s*(?:back\s+)?"
            r"(?:to|till|until)\s+|(?:'s)?\s*(?:deadline|due\s+date)\s+(?:is|'s)\s+(?:now\s+)?|"
            # "the insurance renewal isn't due until friday now"
            r"(?:isn'?t|is\s+not|aren'?t|are\s+not|not)\s+due\s+(?:until|till|til)\s+)",
            _F,
        ),
    ),
    (  # "actually make that 4pm", "move the dentist 4:30pm"
        re.compile(
            r"^(?:(?:actually|no|sorry|oops)\s*,?\s+)(?:make|set|change|move|put)\s+(?P<rest>.+)$|"
            r"^(?:move|mv|change|reschedule|resched|shift)\s+(?P<rest2>.+)$|"
            r"^(?:make|set|put)\s+(?P<rest4>(?:it|that|this)(?:\s+one)?\s+.+)$|"
            r"^(?:make|set)\s+(?P<rest5>(?:the|my)\s+.+?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*"
            r"(?:[ap]\.?m\.?)?)$",
            _F,
        ),
        re.compile(r"\s+"),
    ),
)
# A clock time in figures ("4:30 pm", "9:15", "6pm"), which no title word is mistaken for.
_CLOCK_WORDS = (
    r"(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)|\d{1,2}[:.]\d{2}|noon|midday|midnight)"
)


def time_only(words: str, today: date | None = None) -> bool:
    """Whether ``words`` name a time of day and no day ("make that 4pm", "half past two"):
    the task keeps the day it is due on."""
    return names_only_a_time(words, now=_now(today), zone=_ZONE)


_DATE_NOUN = r"(?:(?:a|the|any|its|that|this)\s+)?(?:due\s+date|deadline|due|date|due\s+day)"
_CLEAR_DUE_RE = re.compile(
    r"^(?:remove|clear|delete|drop|take\s+off|unset|get\s+rid\s+of|erase|scrap|cancel)\s+"
    r"(?:the\s+)?(?:due\s+date|deadline|due|date)\s+(?:from|on|of|for|off(?:\s+of)?)\s+(?P<t>.+)$|"
    r"^(?:make|set)\s+(?P<t2>.+?)\s+(?:have\s+)?(?:no|without\s+a)\s+(?:due\s+date|deadline|date)$|"
    r"^take\s+" + _DATE_NOUN + r"\s+off(?:\s+of)?\s+(?P<t3>.+)$|"
    r"^(?:i|we)\s+(?:don'?t|do\s+not|no\s+longer)\s+(?:really\s+)?(?:need|want)\s+"
    + _DATE_NOUN
    + r"\s+(?:on|for|with|in)\s+(?P<t4>.+?)(?:\s+any\s*more|\s+after\s+all)?$|"
    r"^(?:there'?s\s+)?no\s+(?:more\s+)?(?:due\s+date|deadline|date|due)\s+(?:on|for)\s+"
    r"(?P<t5>.+?)(?:\s+(?:any\s*more|needed|now))?$|"
    r"^(?P<t6>.+?)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not|no\s+longer)\s+(?:really\s+)?"
    r"(?:need|have)s?\s+" + _DATE_NOUN + r"(?:\s+any\s*more)?$|"
    r"^(?P<t7>.+?)\s+(?:has|needs|should\s+have|can\s+have)\s+no\s+(?:due\s+date|deadline|date)"
    r"(?:\s+any\s*more)?$|"
    # "take the date out", "remove the due date": no task named, the date of the one said before
    r"^(?:remove|clear|delete|drop|unset|get\s+rid\s+of|erase|scrap)\s+(?:the\s+|its\s+)?"
    r"(?:due\s+)?date(?:\s+(?:out|off|away))?$|"
    r"^take\s+(?:the\s+|its\s+)?(?:due\s+)?date\s+(?:out|off|away)$",
    _F,
)
# "make X repeat every sunday" is read before "make X every sunday", whose task would else
# be 'X repeat' (and whose title, when no task is named, would be 'Make X')
_REPEAT_EDIT_RES = (
    re.compile(
        # "have the bins repeat weekly", "let the watering happen every sunday"
        r"^(?:make|set|have|let|get)\s+(?P<t>.+?)\s+(?:to\s+)?(?:repeat|recur|happen|come\s+up|"
        r"come\s+round|come\s+around|go\s+off)(?:\s+itself)?\s+(?P<r>.+)$",
        _F,
    ),
    re.compile(
        # ("make watering the plants weekly on sundays": the day said after how often is its)
        r"^(?:make|set|change|switch|turn|move|shift)\s+(?P<t>.+?)\s+(?:to\s+|into\s+)?"
        r"(?P<r>(?:every|each|evry)\s+.+|(?:daily|weekly|monthly|yearly|annually|fortnightly)"
        r"(?:,?\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?)?)$",
        _F,
    ),
    re.compile(
        r"^(?:repeat|recur)\s+(?P<t>.+?)\s+(?P<r>(?:every|each)\s+.+|daily|weekly|"
        r"monthly|yearly|annually|fortnightly)$",
        _F,
    ),
    re.compile(
        r"^(?P<t>.+?)\s+(?:repeats|recurs|should\s+repeat|needs\s+to\s+repeat|"
        r"happens)\s+(?P<r>.+)$",
        _F,
    ),
    # "the trash one should be every tuesday now", "the gym one is every mon and thu from now
    # on": how often a task happens now, a repeat said whole after "be" ("is" only of a task
    # called a task or "one": "my birthday is every year" is a remark)
    re.compile(
        r"^(?P<t>.+?\s+(?:one|task|reminder|job|chore)|.+?(?=\s+(?:should|needs|has|will)\b))\s+"
        r"(?:should\s+be|is|'s|needs\s+to\s+be|has\s+to\s+be|will\s+be)\s+"
        r"(?:now\s+|changed\s+to\s+|moving\s+to\s+)?"
        r"(?P<r>(?:every|each|evry)\s+.+?|daily|weekly|monthly|yearly|annually|fortnightly)"
        r"(?:\s+(?:from\s+now\s+on|going\s+forward|from\s+here\s+on|these\s+days|instead))?$",
        _F,
    ),
)
_STOP_REPEAT_RE = re.compile(
    r"^(?:stop|don'?t|do\s+not|no\s+longer)\s+(?:repeating|repeat|recurring)\s+(?P<t>.+)$|"
    r"^(?:make|set)\s+(?P<t2>.+?)\s+(?:not\s+repeat|stop\s+repeating|one-?off|a\s+one-?off)$|"
    r"^(?:remove|clear|drop|cancel)\s+(?:the\s+)?(?:repeat|recurrence)\s+(?:of|on|from|for)\s+"
    r"(?P<t3>.+)$|"
    # "the swimming lessons one doesn't need to repeat anymore", "bins no longer recur"
    r"^(?P<t4>.+?)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not|won'?t|will\s+not|no\s+longer|"
    r"shouldn'?t|should\s+not)\s+(?:(?:need|have)\s+to\s+|needs?\s+to\s+)?(?:repeat|recur)"
    r"(?:\s+(?:anymore|any\s+more|now|again|after\s+this(?:\s+one)?))*$",
    _F,
)
# A tag group of words ("garden club", "infra and security", "home admin, urgent").
_TAG_GROUP = rf"(?P<g>#?[\w./-]+(?:(?:\s*(?:,|{_TAG_SIGN})\s*|\s+)#?[\w./-]+)*)"
# ("that one" before "that": "tag that one camping" tags it 'camping', never 'one-camping')
_PRONOUN_TARGET = r"(?P<t>that\s+one|this\s+one|it|that|this|them|those|these|(?:task\s*)?#?\d+)"
# "under the flat tag": "the" only before a tag named as one ("under the sink" is a place)
_THE_TAG = r"(?:the\s+(?=\S+\s+(?:tag|label)$))?"
# The readings whose tag words can only be tags may have tags of several words.
_TAG_PHRASE_RES = (
    re.compile(r"^(?:tag|label)\s+(?P<t>.+?)\s+(?:as|with|under)\s+" + _TAG_GROUP + "$", _F),
    re.compile(r"^(?:tag|label)\s+" + _PRONOUN_TARGET + r"\s+(?:as\s+)?" + _TAG_GROUP + "$", _F),
    # "put it under home admin", "file that under garden club", "put the bathroom one under flat"
    re.compile(
        r"^(?:put|file|move|stick|pop)\s+(?:" + _PRONOUN_TARGET + r"|(?P<t2>(?:the|my)\s+.+?\s+"
        r"(?:one|task|thing|item|reminder)))\s+under\s+"
        # ("put it under tag bills", "under the tag: bills": the word tag is no part of it)
        r"(?:(?:the\s+)?(?:tag|label)\s*:?\s+)?"
        + _THE_TAG
        + _TAG_GROUP
        + r"(?:\s+(?:tag|label))?$",
        _F,
    ),
    # "the bathroom one goes in flat", "the rent thing belongs under bills", "X goes in the
    # work tag" ("the milk goes in the fridge" names no task nor tag: a statement)
    re.compile(
        r"^(?P<t3>(?:the|my)\s+.+?\s+(?:one|task|thing|item|reminder))\s+(?:goes|go|belongs|"
        r"should\s+go|can\s+go)\s+(?:in|under|into)\s+"
        + _THE_TAG
        + _TAG_GROUP
        + r"(?:\s+(?:tag|label))?$|"
        r"^(?P<t4>.+?)\s+(?:goes|go|belongs|should\s+go|can\s+go)\s+(?:in|under|into)\s+"
        r"(?:the\s+)?" + _TAG_GROUP.replace("(?P<g>", "(?P<g2>") + r"\s+(?:tag|label)$",
        _F,
    ),
)
_TAG_RES = (
    re.compile(
        rf"^(?:tag|label)\s+(?P<t>.+?)\s+(?:as|with|under|in)\s+(?P<g>#?[\w./-]+(?:\s*(?:,|and|{_TAG_SIGN})"
        r"\s*#?[\w./-]+)*)$",
        _F,
    ),
    re.compile(
        # ("put the tags travel and work on the visa task": the tags said as a list)
        r"^(?:add|put|give|stick)\s+(?:the\s+|a\s+)?(?:(?:tags?|labels?)\s+(?P<g>#?[\w./-]+"
        rf"(?:\s*(?:,|and|{_TAG_SIGN})\s*#?[\w./-]+)*)|"
        r"#(?P<g2>[\w./-]+)(?:\s+(?:tags?|labels?))?|(?P<g3>[\w./-]+)\s+(?:tags?|labels?))"
        r"\s+(?:to|on|onto)\s+(?P<t>.+)$",
        _F,
    ),
    # ("add buy toner with the tag office", "add clean the bathroom, put tag flat", "add X -
    # label uni" are a new task with its tag, no task tagged)
    re.compile(
        r"^(?!.*\bwith\s+(?:the\s+|a\s+)?(?:tags?|labels?)\s+\S+$)"
        r"(?!add\b.*(?:[,;(-]|\s(?:put|add|and|then|pls|please|also|set|use|(?:give|assign)\s+(?:it|this|that)|stick|slap))\s*(?:the\s+|a\s+)?"
        r"(?:tags?|labels?)\s+\S+$)(?:add|put|give)\s+(?P<t>.+?)\s+"
        r"(?:the\s+|a\s+)?(?:tags?|labels?)\s+(?P<g>#?[\w./-]+)$",
        _F,
    ),
    # "give the visa task the tags travel and work": the task, then its tags as a list
    re.compile(
        r"^give\s+(?P<t>.+?)\s+(?:the\s+)?(?:tags|labels)\s+(?P<g>#?[\w./-]+"
        rf"(?:\s*(?:,|and|{_TAG_SIGN})\s*#?[\w./-]+)+)$",
        _F,
    ),
    # "tag the report one work": the last word is the tag (tagging loses nothing), or the
    # last words joined as a list ("tag the exchange patch infra and security")
    re.compile(
        rf"^(?:tag|label)\s+(?P<t>.+?)\s+(?P<g>#?[\w./-]+(?:\s*(?:,|and|{_TAG_SIGN})\s*#?[\w./-]+)*)$",
        _F,
    ),
)
_UNTAG_RES = (
    re.compile(
        r"^(?:remove|take|drop|delete|clear)\s+(?:the\s+)?(?:(?:tags?|labels?)\s+#?(?P<g>[\w./-]+)|"
        r"#(?P<g2>[\w./-]+)(?:\s+(?:tags?|labels?))?|(?P<g3>[\w./-]+)\s+(?:tags?|labels?))"
        r"\s+(?:off\s+of|off|from)\s+(?P<t>.+)$",
        _F,
    ),
    re.compile(r"^(?:untag|unlabel)\s+(?P<t>.+?)(?:\s+(?:from|as)\s+#?(?P<g>[\w./-]+))?$", _F),
)


# "push the haircut back by one day, same time", "bring the vet forward 2 days", "move X a
# day earlier": the task's own date moves; forward, up, earlier and sooner move it earlier.
# "push the dentist back an hour", "move it 30 mins later", "bring the call forward by half an
# hour": its time moves (by minutes: the planner says so when the task has no time).
_SHIFT_AMOUNT = (
    r"(?:by\s+)?(?:(?P<hh>an?\s+hour\s+and\s+a\s+half|(?:one|1)\s+and\s+a\s+half\s+hours?)|"
    r"(?P<half>(?:a\s+)?half\s+(?:an?\s+)?(?:hour|hr)|30\s*(?:mins?|minutes?))|"
    r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|ten|fifteen|twenty|forty|"
    r"(?:a\s+)?couple(?:\s+of)?)\s*(?P<u>days?|weeks?|wks?|hours?|hrs?|h|minutes?|mins?))"
)
_SHIFT_WAY = r"later|back|forward|earlier|sooner"
_SHIFT_TAIL = (
    rf"(?:\s+(?P<d2>{_SHIFT_WAY}))?(?:\s+now)?"
    r"(?:\s*,?\s*(?:(?:at\s+)?(?:the\s+)?same\s+time|keep(?:ing)?\s+the\s+(?:same\s+)?time|"
    r"same\s+day))?$"
)
_SHIFT_RE = re.compile(
    r"^(?:bump|push|move|shift|postpone|delay|defer|slide|put\s+off|bring|pull|make)\s+"
    r"(?:(?P<d0>back|forward|out|up)\s+)?(?P<t>.+?)\s+"
    r"(?:(?P<d>back|forward|out|on|up)\s+)?" + _SHIFT_AMOUNT + _SHIFT_TAIL,
    _F,
)
# "the parents evening was moved one hour earlier", "the dentist's been pushed back a day":
# the change told as news is asked for
_SHIFTED_RE = re.compile(
    r"^(?P<t>.+?)\s+(?:was|were|is|are|has\s+been|have\s+been|'s\s+been|got|'s|is\s+being)\s+"
    r"(?:now\s+)?(?:(?P<v>moved|pushed|shifted|brought|put|bumped|postponed|delayed|pulled)\s+)?"
    r"(?:(?P<d>back|forward|out|up)\s+)?" + _SHIFT_AMOUNT + _SHIFT_TAIL,
    _F,
)
_EARLIER = frozenset({"forward", "up", "earlier", "sooner"})
_SHIFT_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_SHIFT_NUMBERS |= {"six": 6, "seven": 7, "ten": 10, "fifteen": 15, "twenty": 20, "forty": 40}


def _shift_read(m: re.Match[str], quotes: tuple[str, ...]) -> Intent | None:
    """The shift a `_SHIFT_RE` or `_SHIFTED_RE` match says: due is the days ("2", "-7") or the
    minutes ("90m", "-30m") the task's due date moves by."""
    way = (m["d2"] or m["d"] or m.groupdict().get("d0") or "").lower()
    if "v" in m.groupdict() and not m["v"] and not m["d2"]:
        return None  # "the trip is 2 days": how long, no move
    if not way and m.group().lower().startswith("make"):
        return None  # "make X 2 days": no way to move it
    if m["hh"] or m["half"]:
        count, unit = (90 if m["hh"] else 30), "m"
    else:
        said, unit = m["n"].lower(), m["u"].lower()
        count = int(said) if said.isdigit() else 2 if "couple" in said else _SHIFT_NUMBERS[said]
        if unit.startswith("h"):
            count, unit = count * 60, "m"
        elif unit.startswith("m"):
            unit = "m"
        elif unit.startswith("w"):
            count, unit = count * 7, ""
        else:
            unit = ""
    if way in _EARLIER:
        count = -count  # "bring X forward", "move X up a day", "X a day earlier"
    elif m.group().lower().startswith(("bring", "pull")) or (unit and not way):
        return None  # "bring the chairs back by a day", "move it 2 hours": which way is not said
    # the planner moves the task's own date: text "shift", due the days or minutes
    return Intent("due", target=parse_target(m["t"], quotes), due=f"{count}{unit}", text="shift")


def shifted(due_text: str | None, shift: str, today: date) -> str | None:
    """The due words for a task's due date moved by `shift` days ("2") or minutes ("-30m")
    ("Tue 1 Dec, 15:00" and "2": "2026-12-03T15:00", the user's wall clock); by days, from
    today when it has none; by minutes, None when it has no time to move."""
    due = None
    if due_text:
        try:
            due = parse_due(due_text, now=_now(today), zone=_ZONE)
        except DateWordsError:
            due = None
    if shift.endswith("m"):
        if due is None or due.time is None:
            return None
        moved = datetime.combine(due.day, due.time) + timedelta(minutes=int(shift[:-1]))
        return f"{moved:%Y-%m-%dT%H:%M}"
    days = int(shift)
    if due is not None:
        day = (due.day + timedelta(days=days)).isoformat()
        return f"{day}T{due.time:%H:%M}" if due.time else day
    return (today + timedelta(days=days)).isoformat()


def keeping_time(words: str, due_text: str | None, today: date) -> str:
    """ "friday" for a task due "Tue 1 Dec, 15:00": "friday at 15:00" (a new day keeps the
    time of day); the words as they are otherwise."""
    m = re.search(r", (\d{2}:\d{2})$", due_text or "")
    if m is None:
        return words
    try:
        if parse_due(words, now=_now(today), zone=_ZONE).time is not None:
            return words
        kept = f"{words} at {m[1]}"
        parse_due(kept, now=_now(today), zone=_ZONE)
    except DateWordsError:
        return words
    return kept


# What may follow a date without being part of it: a reason, chatter, the old value.
_AFTER_DATE_RE = re.compile(
    r"^[^\w\s]|^(?:,\s*)?(?:because|cause|coz|cuz|bc|since|as|so|due\s+to|thanks\s+to|now|then|actually|"
    r"instead|i|we|they|he|she|it'?s|its|i'?m|we'?re|which|not|rather\s+than|instead\s+of|"
    r"please|pls|can|could|would|update|change|fix|lol|haha|lmao|ugh|thanks|thank|ty|x)\b",
    _F,
)
# After a clock time ("4:30 pm", "9:15", "6pm"), which no title word is mistaken for, a word
# or two of chatter the lists above do not know ("pala", "sharp", "ok", "lang po") before the
# end, a comma or the old value ("not 5") is still chatter.
_CLOCK_AT_END_RE = re.compile(r"(?:^|\s)" + _CLOCK_WORDS + r"$", _F)
_SHORT_CHATTER_RE = re.compile(r"^[^\W\d]+(?:\s+[^\W\d]+)?(?:\s*(?:[,;.!?]|$)|\s+not\b)", _F)


def _chatter_after(head: str, tail: str) -> bool:
    """Whether ``tail`` is no more of a date than ``head`` and no title: a reason or chatter."""
    if _AFTER_DATE_RE.match(tail):
        return True
    return bool(_CLOCK_AT_END_RE.search(head) and _SHORT_CHATTER_RE.match(tail))


def date_said(text: str, today: date | None = None) -> str | None:
    """The date or time at the start of ``text`` ("saturday because of the rain", "next
    friday I won't be home till then", "half past nine in the morning", "4:30 pm pala, not
    3"), when what follows it is a reason or chatter, not more of a date or a title."""
    text = text.strip(" .!?")
    words = text.split()
    for n in range(min(len(words), 8), 0, -1):
        head, tail = " ".join(words[:n]), " ".join(words[n:])
        if tail and not _chatter_after(head, tail) and not head.endswith(","):
            continue
        when = due_words(head.rstrip(","), today)
        if when is not None:
            return when
    return None


# "starts at 8 not 10", "is at 3 now", "moved to 8": a bare hour with only the old one, "now" or
# chatter after it is the new time of day (the planner keeps the half of the day it was in)
_BARE_HOUR_SAID_RE = re.compile(
    r"^(?P<h>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)(?:\s*o'?clock)?(?=\s*(?:$|[,.!?]|(?:not|instead|"
    r"now|rather|pls|please|plz|then|today|again|this\s+time|from\s+now)\b))",
    _F,
)
BARE_HOUR_RE = re.compile(r"(?:[01]?\d|2[0-3])(?::[0-5]\d)?")


def time_said(words: str, today: date | None = None) -> str | None:
    """The date or time ``words`` start with (``date_said``), or a bare hour ("8")."""
    when = date_said(words, today)
    if when is not None:
        return when
    m = _BARE_HOUR_SAID_RE.match(words.strip())
    return m["h"].replace(".", ":") if m else None


_IT_SAID_RE = re.compile(
    r"^(?:(?:wait|no|nope|nah|oh|oops|sorry|hmm|um|ah|ok|okay|actually)\s*,?\s+)*"
    r"(?:it'?s|it\s+is|that'?s|that\s+is|this\s+one'?s|(?:the\s+)?(?:due\s+)?date(?:\s+is)?|"
    r"(?:the\s+)?deadline(?:\s+is)?)(?:\s+(?:actually|really|now|instead|definitely))?\s*$",
    _F,
)


# "put pick up new apron from the cafe on friday", "schedule book the vet for tuesday": a day for
# what reads as a task of its own (a verb first), which is added when none on the list is it
# "the CV one is urgent(, due friday)": a level said of the task named before its date
_LEVEL_TOLD_RE = re.compile(
    rf"\s+(?:is|'s|are)\s+(?:now\s+)?{_LOUDER}(?P<p>urgent|important|critical|(?:top|high|low)"
    r"[\s-]+prio(?:rity)?)\s*,?\s*$",
    _F,
)
# ("chuck grab a slab on for saturday", "bung ring the plumber on friday": put, the Australian,
# British and Irish way)
_PUT_RE = re.compile(r"^(?:put|schedule|pop|stick|chuck|bung|throw|whack|slap)\b", _F)
_MOVE_TO_HOUR_RE = re.compile(r"^(?:move|mv|push|bump|shift|reschedule|resched|postpone)\b", _F)
_PUT_PARTICLE_RE = re.compile(r"\s+(?:in|down|on)$", _F)
# "put in Termin beim Bürgeramt on thursday", "put down dentist for friday": the words after
# "put in"/"put down" are a title written in, a verb of a task or not ("put in it" is none;
# "put in for leave" is a deed of its own, 'Put in for leave')
_PUT_IN_RE = re.compile(r"^(?:in|down)\s+(?!(?:it|that|this|them|there|here|for)\b)", _F)
# "can you put be home for plumber on saturday": a title that starts with "be" is put in too
_PUT_IN_FOR_RE = re.compile(r"^in\s+for\s+\S", _F)
_PUT_BE_RE = re.compile(r"^be\s+(?:home|in|at|there|back|ready|up)\b", _F)
# ("pop round to nan's on sunday", "stick the bins out on thursday", "chuck out the old paint on
# saturday", "throw the party on friday": a task of its own)
_PUT_ONLY_A_TASK_RE = re.compile(r"^(?:schedule|pop|stick|chuck|bung|throw|whack|slap)\b", _F)


@lru_cache(maxsize=1)
def edit_deed_re() -> re.Pattern[str]:
    """A verb of a change that is also the first word of a task (en.toml ``edit_deed``):
    "update the vet to saturday" changes a task, "update the website by friday" adds one."""
    return re.compile(rf"^{word_list('edit_deed')}\b", _F)


@lru_cache(maxsize=1)
def edit_phrase_deed_re() -> re.Pattern[str]:
    """An edit verb that is a deed with the word after it ("move house", "set up"): no edit."""
    return re.compile(rf"^{word_list('edit_phrase_deed')}\b", _F)


def _reads_as_task(named: str) -> bool:
    first = named.split(None, 1)[0].lower() if named.strip() else ""
    return first in TASK_VERBS


# "change the plants to every sunday": the day of a repeat, no date (nor "every" a bulk target)
_EVERY_END_RE = re.compile(r"\b(?:every|each|evry)$", _F)


# "the time for the standup", "the start time of X", "the time": whose time is set
_TIME_OF_RE = re.compile(
    r"(?:the\s+)?(?:(?:start|due|pickup|pick-?up|pick\s+up|meeting)\s+)?(?:time|timing|hour)"
    r"(?:\s+(?:for|of|on)\s+(?P<t>.+))?",
    _F,
)


def read_due_edit(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """ "move the dentist to friday", "change the due date of X to the 3rd", "X is due
    tomorrow", "bump X by 2 days", "make the gym task repeat every monday", "stop repeating
    the rent"."""
    m = _SHIFT_RE.match(s) or _SHIFTED_RE.match(s)
    shift = _shift_read(m, quotes) if m else None
    if shift is not None or (m and m.group().lower().startswith(("bring", "pull"))):
        return shift
    # ("remove deadline from visa file one, embassy has not given date yet so no point": the
    # remark after the comma is why, no part of the task named)
    m = _CLEAR_DUE_RE.match(without_remark(s, today))
    if m:
        named = next((v for k, v in m.groupdict().items() if k.startswith("t") and v), "it")
        return Intent("due", target=parse_target(named, quotes), due="")
    if edit_phrase_deed_re().match(s):
        return _repeat_edit(s, quotes, today)  # "set up the vet for friday": a deed to add
    for form, (prefix, separator) in enumerate(_DUE_EDIT_RES):
        m = prefix.match(s)
        if m is None:
            continue
        groups = m.groupdict()
        rest = next((v for k, v in groups.items() if k.startswith("rest") and v), "")
        for sep in separator.finditer(rest):
            when = date_said(rest[sep.end() :], today) or impossible_date_said(
                rest[sep.end() :], today
            )
            if when is None and form == 1 and _MOVE_TO_HOUR_RE.match(s) and sep.group() == " to ":
                # "push the dentist to 5": a bare hour is the new time of a moved task
                when = time_said(rest[sep.end() :], today)
            if (
                when is not None
                and (sep.start() > 0 or form == 1)
                and not _EVERY_END_RE.search(rest[: sep.start()])
            ):
                named = rest[: sep.start()] or "it"
                told = _LEVEL_TOLD_RE.search(named)
                if told is not None and form == 2:
                    # "the CV one is urgent, due friday": its level, said before its date
                    named = named[: told.start()]
                put = form == 1 and _PUT_RE.match(s) is not None
                written_in = put and (
                    _PUT_IN_RE.match(named) is not None or _PUT_BE_RE.match(named) is not None
                )
                if put and _PUT_IN_FOR_RE.match(named):
                    written_in, named = True, f"put {named}"
                elif put:
                    # "stick X in for friday", "put defrost chicken on for tomorrow"
                    named = _PUT_IN_RE.sub("", _PUT_PARTICLE_RE.sub("", named), count=1)
                if put and not written_in and not _reads_as_task(named):
                    if _PUT_ONLY_A_TASK_RE.match(s):
                        break  # "schedule the dentist for tuesday": a task of its own
                    put = False
                # "set the time for the standup to 9:30", "change the time to 4pm": the task
                # whose time it is (the one just talked about when none is named)
                timed = _TIME_OF_RE.fullmatch(named.strip())
                if timed is not None:
                    named = timed["t"] or "it"
                # "wait no its due on the 15th", "its actually due monday", "(change) due
                # date (to) monday": the task just talked about, not one named "its"
                target = parse_target("it" if _IT_SAID_RE.match(named) else named, quotes)
                # a time alone ("make that 4pm") keeps the day the task is due on
                kind = "time" if BARE_HOUR_RE.fullmatch(when) or time_only(when, today) else ""
                # "rent is due friday, its urgent": a level said after the date is set too
                level = _take_priority(rest[sep.end() :])[1] or (
                    priority_level(told["p"]) if told is not None and form == 2 else None
                )
                # "moodboard due in 5 days", "put pick up the apron on friday" may name no
                # task yet: then an add (the `title`, with the tags said)
                # ("update the website by friday", "change the oil on saturday": an edit verb
                # that is also a deed adds when its words name no task; "to" says where a task
                # goes, never when a deed is done)
                deed = (
                    form == 1
                    and not put
                    and edit_deed_re().match(s) is not None
                    and sep.group().split()[-1].lower() in ("for", "by", "on")
                )
                slots = (
                    read_slots(named if put else s, quotes, today)
                    if form == 2 or put or deed
                    else None
                )
                # ("the report can wait till monday": a task put off is one there is, no add)
                title = slots.title if slots and "wait" not in sep.group().lower() else ""
                tags = _take_tags(rest)[1] if put else ()
                # ("fix the fence for tomorrow": a deed done by a day, whose verb the planner
                # matches too, when it is a task's verb)
                first = s.split(None, 1)[0].lower()
                verb = first if deed and first in TASK_VERBS else ""
                return Intent(
                    "due",
                    target=target,
                    due=when,
                    text=kind,
                    title=title,
                    tags=tags,
                    priority=level,
                    verb=verb,
                )
    return _repeat_edit(s, quotes, today)


_FRAGMENT_LEAD_RE = re.compile(
    r"^(?:(?:and|also|plus|oh|then)\s+)*(?:(?:make|set|have|put)\s+(?:it|that|this)\s+"
    r"(?:(?:as|to|for|on)\s+)?|(?:it'?s|it\s+is|that'?s|that\s+is)\s+|"
    r"(?:to|till|until)\s+)?",  # "to friday please", an answer to "when should it be due?"
    _F,
)
# "it needs doing before the end of the month", "that has to be in by monday", "needs to be
# sent off by friday": when the task just talked about must be done is its due date. What
# follows the date after a comma is a remark ("..., not urgent, just so you know").
_DEADLINE_LEAD_RE = re.compile(
    r"^(?:(?:and|also|plus|oh|then|btw)\s+)*(?P<it>(?:it|that|this)(?:\s+one)?\s+)?"
    # ("have to book the dentist by friday", "must email the landlord before monday": with no
    # "it", "have", "must" or "should" then a deed done to a thing is the user's own need, a task
    # to add, never the date of the task talked about)
    r"(?(it)|(?!(?:have\s+to|must|should)\s+(?!(?:be|go|get|come|happen|stay)\b)[a-z]+"
    r"\s+(?!by|before|on|for|until|till|no\b)[a-z]))"
    r"(?:(?:really\s+|definitely\s+|actually\s+)?(?:needs|has|have|must|should|will\s+need|'?ll\s+need)"
    r"\s+(?:to\s+)?(?:be\s+)?(?:doing|done|finished|finishing|sorting|sorted|in|handed\s+in|"
    r"submitted|sent(?:\s+off)?|paid|posted|ready|completed|booked|filed|"
    # "it needs to go in the post by the 10th", "has to be dropped off at school before 9"
    r"(?<=to\s)(?:be\s+)?[a-z]+(?:\s+[a-z']+){0,4}?)|"
    r"(?:is|'s|are)\s+(?:needed|wanted)|(?:is|'s)\s+(?:the\s+)?deadline(?:\s+is)?)"
    r"(?=\s+(?:by|before|on|for|until|till|no\s+later\s+than)\b)",
    _F,
)


# "actually thursday is better", "wednesday works better for me": a date said to suit the user
# better is the new date of the task just talked about ("thursday is my day off" says none)
_PREFERRED_RE = re.compile(
    r"\s+(?:is|'s|would\s+be|'d\s+be|will\s+be|works|would\s+work|suits(?:\s+(?:me|us))?)"
    r"(?:\s+(?:much|way|a\s+lot|even))?\s+(?:better|best)(?:\s+for\s+(?:me|us))?$",
    _F,
)


_REMARK_CUT_RE = re.compile(r"\s*(?:[,:;]|!+|\s-)\s*")


def _slots_before_remark(text: str, today: date) -> Taken | None:
    """ "due next monday pls, the landlord wants it with the flat application", "HIGH priority:
    the slots disappear in 2 minutes": slots only, then after a pause a remark (no slot of its
    own, no request: "due friday, call mum" is another task) that says why. The slots."""
    text = text.strip()
    for cut in _REMARK_CUT_RE.finditer(text):
        # ("Priority: high, the garage gets booked up": the first pause that ends the slots)
        head, tail = text[: cut.start()], text[cut.end() :]
        if len(tail.split()) < 2:
            return None
        head = re.sub(r"\s+(?:please|pls|plz|thanks|thx)$", "", head, flags=_F)
        taken = take_slots(head, today, whole=True)
        if not taken.text.strip(" .,!?") and (taken.due or taken.repeat or taken.priority):
            break
    else:
        return None
    first = tail.split(None, 1)[0].lower()
    said = take_slots(tail, today)
    if first in TASK_VERBS or said.due or said.repeat or said.priority or said.tags:
        return None
    return taken


# What a date or time said alone was before: "(it's) 3.30 pm not 10 am", "friday instead of monday"
_OLD_VALUE_RE = re.compile(r"\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?P<old>[^,]+)", _F)


def read_slot_fragment(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """ "due saturday", "due fri, low prio", "and tag it party", "every monday": only slots,
    said about the task just talked about ("it")."""
    deadline = _DEADLINE_LEAD_RE.match(s.strip())
    if deadline is not None:
        text = s.strip()[deadline.end() :].strip()
        head, comma, _remark = text.partition(",")
        taken = take_slots(head, today, whole=True)
        if comma and taken.due and not taken.text.strip(" .,!?"):
            text = head  # "..., not urgent, just so you know": a remark, no slot
    else:
        text = _FRAGMENT_LEAD_RE.sub("", s.strip()).strip()
    text = _PREFERRED_RE.sub("", text)
    old = _OLD_VALUE_RE.search(text)
    if old is not None and not take_slots(old["old"], today, whole=True).text.strip(" .,!?"):
        # "3.30 pm not 10 am(, same day)", "friday instead of monday": the old one goes
        text = text[: old.start()] + text[old.end() :]
    # ("put tag flat", "tag flat", "add the label uni": right after an add, its tag)
    text = re.sub(
        r"^(?:(?:put|add|give\s+it|stick|slap|use|set)\s+(?:it\s+)?(?:the\s+|a\s+)?"
        r"(?:tags?|labels?)(?:\s+(?:of|as))?|(?:tag(?:ged)?|label(?:led)?)(?:\s+(?:it|that|this))?)"
        r"\s+(?:as\s+|with\s+)?",
        "tagged ",
        text,
        flags=_F,
    )
    # "important" said alone of the task just talked about is its level (in a title's last
    # words, "reply to the email marked important", it stays a word)
    text = re.sub(r"^important\s*!*$", "urgent", text, flags=_F)
    it = parse_target("it", quotes)
    rule = repeat_from_now(text)
    if rule is not None:
        # "make it mondays only", "just tuesdays and thursdays from now on": how often
        return Intent("due", target=it, repeat=rule)
    taken = take_slots(text, today, whole=True)
    if taken.text.strip(" .,!?"):
        taken = _slots_before_remark(text, today) or taken
    if taken.text.strip(" .,!?") or not (taken.due or taken.repeat or taken.priority or taken.tags):
        return None
    if taken.due or taken.repeat:
        timed = bool(taken.due and time_only(taken.due, today))
        return Intent(
            "due",
            target=it,
            text="time" if timed else "",
            due=taken.due,
            repeat=taken.repeat,
            priority=taken.priority,
            tags=taken.tags,
        )
    if taken.priority:
        return Intent("priority", target=it, priority=taken.priority)
    return Intent("tag", target=it, tags=taken.tags)


_PRIORITY_EDIT_RES = (
    re.compile(
        r"^(?:prio|priority)\s+(?:to\s+)?(?P<p>high|medium|low|top|urgent|normal)\s+"
        r"(?:on|for|to)\s+(?P<t>.+)$",
        _F,
    ),
    re.compile(
        r"^(?:de-?prioriti[sz]e|deprio|lower\s+the\s+priority\s+(?:of|on)|lower)\s+(?P<t>.+?)"
        r"(?:\s*,?\s+(?:to\s+)?(?P<p>low|medium|normal)(?:\s+prio(?:rity)?)?)?$",
        _F,
    ),
    re.compile(
        r"^(?:raise\s+the\s+priority\s+(?:of|on)|bump\s+up|up-?prioriti[sz]e)\s+(?P<t>.+?)$|"
        # "bump the photographer up", "bump both of them up a notch": up the list, no day said
        r"^bump\s+(?P<t_>.+?)\s+up(?:\s+(?:the\s+list|a\s+(?:bit|notch|level)))?$",
        _F,
    ),
    # "business cards aren't urgent anymore, low priority"
    re.compile(
        r"^(?P<t>.+?)\s+(?:is\s+not|are\s+not|isn'?t|aren'?t|not)\s+(?:so\s+|that\s+)?"
        r"(?:urgent|important|a\s+priority|pressing)(?:\s+any\s*more|\s+now)?"
        r"(?:\s*,?\s+(?:make\s+it\s+|set\s+it\s+to\s+)?(?P<p>low|medium|normal)"
        r"(?:\s+prio(?:rity)?)?)?$",
        _F,
    ),
)


_ADD_LEAD_RE = re.compile(r"^(?:add|create|put|remind\s+me|new\s+task)\b", _F)


def read_priority_edit(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """ "prio high on the PR review", "deprioritize refactor auth, low", "lower X"."""
    for i, rx in enumerate(_PRIORITY_EDIT_RES):
        m = rx.match(s)
        if m and i == 3 and _ADD_LEAD_RE.match(m.group("t")):
            return None  # "add buy milk, not urgent": an add at a low level, not an edit
        if m:
            groups = m.groupdict()
            word = groups.get("p") or ("high" if i in (0, 2) else "low")
            named = m.group("t") or m.group("t_")
            if i == 3 and level_said_alone(named.strip(" ,;")):
                # "add X. Priority low, is not urgent.": the level said twice, of the task said
                # before it, never a task named 'Priority low'
                named = "it"
            target = parse_target(named, quotes)
            return Intent("priority", target=target, priority=priority_level(word))
    return None


_CHANGE_THE_DATE_RE = re.compile(
    r"^(?:so\s+)?(?:change|move|update|fix|set|adjust|switch)\s+(?:the\s+|its\s+)?(?:due\s+)?"
    r"(?:date|day|deadline)(?:\s+(?:then|please|pls|accordingly))?$",
    _F,
)
_WANT_LEAD_RE = re.compile(
    r"^(?:actually\s+|so\s+)?(?:i|we)\s+(?:need|want|have\s+to\s+(?:do|get|have))\s+", _F
)


def dated_requests(intents: list[Intent], quotes: tuple[str, ...], today: date) -> list[Intent]:
    """ "I need the poop bags today, change the date": a date said in one clause and "change
    the date" in the next are one due-date change of the task the first clause names."""
    out: list[Intent] = []
    for intent in intents:
        said = intent.title if intent.kind == "add" else intent.text
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == "unknown"
            and intent.kind in ("add", "unknown")
            and _CHANGE_THE_DATE_RE.match(said.strip(" .!"))
        ):
            taken = take_slots(_WANT_LEAD_RE.sub("", last.text), today)
            if taken.due and taken.text:
                out[-1] = Intent("due", target=parse_target(taken.text, quotes), due=taken.due)
                continue
        if intent.kind == "add" and not intent.title and last is not None and last.kind == "add":
            continue  # "every saturday I must call my mother, please add": one add
        out.append(intent)
    return out


def read_dated_add(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """ "dentist tmrw 3pm", "swim lessons every saturday at 10am": words with a date or a
    repeat and no verb are a task to add (as in a quick-add box); an add is never harmful."""
    taken = take_slots(s, today)
    if taken.due is None and taken.repeat is None:
        return None
    said = _MODAL_LEAD_RE.sub("", taken.text).lower().split()
    if not said or said[0] in SUBJECTS or said[0] in _MUSING or "," in taken.text:
        return None
    if said[0] in _DEGREE:
        return None  # "too windy today", "very busy friday": how a day is, no task
    if said[0] in _DAY_WAS:
        return None  # "today has been so long", "friday was fun": the day is what is told of
    if taken.due and not taken.repeat and _gone_by(taken.due, today):
        return None  # "kids loved the zoo yesterday": news of a day gone by, no task
    needed = _NEEDS_DOING_RE.fullmatch(taken.text.strip(" ,.!"))
    if needed is not None and taken.due and not NEGATED.intersection(said):
        # "the petrol one needs doing tomorrow": the date of the task named (an add of the
        # words when they name none, plan/turn.py)
        slots = read_slots(s, quotes, today)
        return Intent(
            "due", target=parse_target(needed["t"], quotes), due=taken.due, title=slots.title
        )
    if said[0] == "put" and taken.due and not PUT_SOMEWHERE_RE.match(" ".join(said[1:])):
        # "put dentist appointment thursday at 4pm": the thing put on the list for that day (the
        # date of the task so named; an add of the words when they name none, plan/turn.py)
        rest = re.sub(r"^\s*put\s+", "", s, flags=_F)
        title = read_slots(rest, quotes, today).title
        return Intent(
            "due", target=parse_target(" ".join(said[1:]), quotes), due=taken.due, title=title
        )
    if any(map(is_past_tense, said)) or any(map(news_word().fullmatch, said)):
        # "I forgot to call grandpa yesterday", "the car passed its MOT today", "gym band ho
        # gaya aaj" (the gym is shut today)
        return None
    if MOOD.issuperset(said):
        return None  # "productive saturday!!", "lazy sunday": how the day feels, no task
    if felt(taken.text):
        return None  # "so stressed about the exam tomorrow", "feeling sick today": a feeling
    if NEGATED.intersection(said):
        return None  # "amara cant do friday", "the shop isn't open sunday": news, not a task
    if said[-1].endswith("'s") and said[0] not in TASK_VERBS:
        return None  # "collection's on thursday now", "the party's saturday": when a thing is
    if taken.repeat and not taken.due and said[-1] in _STAYS:
        return None  # "vitamins stay daily obviously": as it is, nothing to add or change
    slots = read_slots(s, quotes, today)
    if not slots.title:
        return None
    return add_intent(slots, text="dated")


# "the petrol one needs doing", "the ironing has to be done", "the visa thing must get done":
# when a thing is to be done, said of it (its date said beside it; "should be done by" says
# how it ought to be, and changes no task)
_NEEDS_DOING_RE = re.compile(
    r"(?P<t>.+?)\s+(?:needs?|has\s+to|have\s+to|must|is\s+to|'s\s+to)\s+(?:to\s+)?"
    r"(?:doing|be\s+done|get\s+done|happen|be\s+sorted|sorting|get\s+sorted|be\s+finished|"
    r"be\s+handled|be\s+dealt\s+with)",
    _F,
)


@lru_cache(maxsize=1)
def news_word() -> re.Pattern[str]:
    """A word that makes words news, never a task (the languages' ``dated_news`` lists: "gaya",
    "tha", "nahi", "aya"): words with a date (read_dated_add), and a few words alone
    (understand/add.read_bare_add: "bijli ka bill bohat zyada aya" is no errand)."""
    return re.compile(word_list("dated_news"), _F)


NEGATED_COPULA = lexicon("isn't isnt aren't arent wasn't wasnt weren't werent")
NEGATED = NEGATED_COPULA | lexicon(
    "cant can't cannot couldn't couldnt won't wont doesn't doesnt didn't didnt not never"
)


_STAYS = lexicon("stay stays remain remains")
# The verb a day said first is the subject of ("today has been long", "sunday was a blast")
_DAY_WAS = lexicon("is was has had been are were 's")


def _gone_by(due: str, today: date) -> bool:
    """Whether ``due`` names a day before ``today`` ("yesterday", "last friday")."""
    try:
        return parse_due(due, now=_now(today), zone=_ZONE).day < today
    except DateWordsError:
        return False


_DEGREE = lexicon("too very quite rather fairly")
# How a day feels, said before its name: with nothing else, a remark and no task.
MOOD = _DEGREE | lexicon(
    "productive lazy busy manic hectic crazy mad chill chilled quiet slow rough long good great "
    "happy lovely nice fun sunny rainy gloomy tiring exhausting stressful what a such so "
    "really super ugh"
)


# How one feels, said first ("so tired rn", "feeling sick", "im dead tired", "stressed about the
# exam"): the message tells a state, never a task to add or one done.
_DEGREE_WORDS = (
    r"so+\s+|very\s+|super\s+|kinda\s+|really\s+|pretty\s+|extremely\s+|dead\s+|"
    r"completely\s+|totally\s+|a\s+bit\s+|bit\s+"
)
_FEELING = (
    r"(?:tired|exhausted|knackered|shattered|wrecked|drained|sleepy|stressed|sick|ill|unwell|"
    r"burnt\s+out|burned\s+out|overwhelmed|bored|anxious|nervous|sad|hungover|pooped|lazy|"
    r"unmotivated|cranky|grumpy|meh)\b"
    # ("tired of waiting, call the plumber", "sick note for school", "sick day friday")
    r"(?!\s+(?:of|note|notes|day|days|leave|pay|bag|bags|kid|kids|call|cert|certificate|list)\b)"
)
_FELT_RE = re.compile(
    r"^(?:ugh+\s+|omg\s+|man\s+|i'?m\s+|im\s+|i\s+am\s+|i\s+feel\s+|feeling\s+|feel\s+|"
    + _DEGREE_WORDS
    + r")*"
    + _FEELING,
    _F,
)
# "3 hours from cubao to makati i'm so tired": how the user feels, said after news
_FELT_AFTER_RE = re.compile(
    rf"\b(?:i'?m|im|i\s+am|i\s+feel|i'?m\s+feeling)\s+(?:{_DEGREE_WORDS})*"
    + _FEELING
    + r"[\s.!]*$",
    _F,
)


def felt(text: str, after: bool = False) -> bool:
    """Whether ``text`` starts by saying how the user feels ("so tired rn", "feeling sick"), or
    (``after``) ends by saying it with a subject ("..., i'm so tired")."""
    said = text.strip()
    return _FELT_RE.match(said) is not None or (after and _FELT_AFTER_RE.search(said) is not None)


# "Trying to work out if I can take Friday off": a thought about a date is no task.
# ("forgot to pay the water bill yesterday": a deed not done, told; no task to add)
_MUSING = lexicon(
    "trying hoping wondering thinking planning wanting guess maybe if forgot forgotten missed"
)
_MODAL_LEAD_RE = re.compile(
    r"^(?:i|we)\s+(?:must|should|gotta|got\s+to|need\s+to|have\s+to|want\s+to)\s+", _F
)
SUBJECTS = lexicon(
    "i i'm im i've ive i'd my we we're our us he he's his she she's her they they're their "
    "it it's its you you're your there that this"
)


_OLD_VALUE_AFTER_RE = re.compile(r"\s*,?\s+(?:instead\s+of|rather\s+than|not)\s+.+$", _F)
# "every tuesday, starting next week", "daily from the 1st": when the repeat starts, said after
# how often; a day is the task's next due date, a week alone ("next week") dates nothing
_START_AFTER_RE = re.compile(
    r"\s*,?\s+(?:starting|beginning|from|as\s+of|commencing)\s+(?:on\s+|from\s+)?(?P<d>.+)$", _F
)
_WEEK_ALONE_RE = re.compile(r"^(?:next|this|the)\s+(?:week|wk)\b", _F)
_OLD_VALUE_HEAD_RE = re.compile(r"^\s*,?\s+(?:instead\s+of|rather\s+than|not)\s+", _F)
_OLD_VALUE_BEFORE_RE = re.compile(r"\b(?:instead\s+of|rather\s+than|not)$", _F)


def _repeat_edit(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """ "make the gym task repeat every monday", "stop repeating the rent task" (a reason
    told after a comma, "..., summer is very hot here", is no part of how often)."""
    s = without_remark(s, today)
    m = _STOP_REPEAT_RE.match(s)
    if m:
        named = m.group("t") or m.group("t2") or m.group("t3") or m.group("t4")
        return Intent("due", target=parse_target(named, quotes), repeat="", text="repeat")
    for form, rx in enumerate(_REPEAT_EDIT_RES):
        m = rx.match(s)
        if m and _OLD_VALUE_BEFORE_RE.search(m.group("t")):
            continue  # "to 3 times a week instead of daily": "daily" is what it was
        if m:
            # "to every day instead of once a week": the old repeat said after the new one
            said = _COMMENTARY_RE.sub("", m.group("r"))  # "..., its so hot": a remark
            said = _ASSENT_TAG_RE.sub("", said)  # "every month lah": a tag asking assent
            rule = repeat_words(_OLD_VALUE_AFTER_RE.sub("", said))
            old = _OLD_VALUE_AFTER_RE.search(said)
            was = repeat_words(_OLD_VALUE_HEAD_RE.sub("", old.group())) if old else None
            start = _START_AFTER_RE.search(said) if rule is None and form != 1 else None
            due = None
            if start is not None:
                # "the bins should repeat every tuesday, starting next week": it added a task
                # titled 'The bins should'
                rule = repeat_words(said[: start.start()])
                if not _WEEK_ALONE_RE.match(start["d"]):
                    due = date_said(start["d"], today)
                    if due is None:
                        rule = None  # a start that is no date: not read here
            if rule is not None:
                # "make pancakes every sunday" names no task: an add (the `title`)
                title = read_slots(s, quotes, today).title if form == 1 else ""
                target = parse_target(m.group("t"), quotes)
                return Intent(
                    "due", target=target, repeat=rule, title=title, due=due, replaced=was or ""
                )
    return None


def same_repeat(said: str, shown: str | None) -> bool:
    """Whether two ways of saying how often are the same rule ("weekly", "every week")."""
    if not said or not shown:
        return False
    try:
        return parse_repeat(said).describe() == parse_repeat(shown).describe()
    except DateWordsError:
        return False


def read_tag_edit(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """ "tag it work", "tag the dentist as health", "add the work tag to X", "untag X"."""
    s = without_remark(s)  # "tag X as health pls, trying to get organised"
    for rx in _UNTAG_RES:
        m = rx.match(s)
        if m:
            named = _tag_group(m, quotes)
            tags = tag_words(named) if named else ()
            if named and not tags:
                return None
            return Intent(
                "tag", target=parse_target(m.group("t"), quotes), tags=tags, text="remove"
            )
    for phrases, rules in ((True, _TAG_PHRASE_RES), (False, _TAG_RES)):
        for rx in rules:
            m = rx.match(s)
            if m:
                tags = tag_words(_tag_group(m, quotes), phrases=phrases)
                if tags:
                    named = next(v for k, v in m.groupdict().items() if k.startswith("t") and v)
                    return Intent("tag", target=parse_target(named, quotes), tags=tags)
    return None


def _tag_group(m: re.Match[str], quotes: tuple[str, ...]) -> str:
    """The tag words a reading matched, the user's quotes put back ("put a 'flat' tag on X"
    tags it 'flat', never the placeholder that stood for the quote)."""
    groups = m.groupdict()
    said = restore(groups.get("g") or groups.get("g2") or groups.get("g3") or "", quotes)
    # "under the flat tag": the noun after the tag's name is no part of it
    return re.sub(r"(?<=\S)\s+(?:tag|label)$", "", said, flags=_F)


# --- listings filtered by slots ----------------------------------------------------------

_FILTERED_LIST_START_RE = re.compile(
    r"^(?:show|list|display|view|see|get|give|tell|print|pull\s+up|bring\s+up|fetch|check|"
    r"review|what|what'?s|whats|which|any|anything|do\s+i|have\s+i|are\s+there|is\s+there|"
    r"how\s+many|count|let\s+me\s+see|can\s+i\s+see|could\s+i\s+see|lemme\s+see|"
    r"got\s+any|am\s+i|my|all\s+my|i\s+(?:need|want)\s+to\s+see|"
    # "only the high priority stuff pls, what's there?": the filter said first, "only" asking
    r"(?:just|only)\s+(?:the\s+|my\s+)?(?=\S+[\s-]+(?:priority|prio|due|overdue|tagged)\b|"
    r"overdue\b|#)|"
    r"(?:high|top|medium|low)[\s-]+priority|overdue|tasks?|todos?)\b",
    _F,
)
# A listing scoped by one word, a tag or a word of the titles: "show my work tasks", "just my
# work stuff", "show only the shopping ones", "whats on for home", "anything for the kids?",
# "anything work related", "how many work things left". Each needs a word that marks a listing
# (a verb, "only", "my", "what's on", "how many"); "the work ones" alone stays unread.
_SCOPE_NOUNS = r"(?:tasks|todos|to-?dos|items|stuff|things|ones|jobs|bits|errands|list)"
_SCOPE_WORD = r"(?P<w>[a-z][\w-]*)"
_STILL = r"(?:\s+(?:still|left|pending|open|remaining|outstanding|to\s+do|on\s+my\s+list|only))*"
_WORD_LIST_RES = (
    re.compile(
        r"^(?P<lead>(?:show|list|display|view|see|get|give|pull\s+up|bring\s+up|tell)\s+(?:me\s+)?|"
        r"what\s+are\s+|which\s+are\s+|any\s+)?(?P<only>(?:just|only)\s+)?(?:all\s+)?(?:of\s+)?"
        r"(?:(?P<mine>my|our)|the)?\s*(?:(?:done|finished|completed|pending|open|unfinished)\s+)?"
        + _SCOPE_WORD
        + r"\s+"
        + _SCOPE_NOUNS
        + _STILL
        + r"$",
        _F,
    ),
    re.compile(
        r"^(?:what'?s|whats|what\s+is|what\s+(?:do|have)\s+(?:i|we)\s+(?:got|have|had)|"
        r"what\s+(?:i|we)\s+(?:got|have)|what\s+have\s+(?:i|we)|anything|any\s+"
        + _SCOPE_NOUNS
        + r"|what\s+(?:do\s+)?(?:i|we)\s+(?:need|have)\s+to\s+do)(?:\s+(?:on|there|left|still|"
        r"pending|open|to\s+do|got|planned|lined\s+up))*\s+(?:for\s+(?:the\s+|my\s+|our\s+)?"
        + _SCOPE_WORD
        + r"|on\s+(?:the|my|our)\s+"
        + _SCOPE_WORD.replace("<w>", "<w2>")
        + r"\s+(?:front|side))$",
        _F,
    ),
    re.compile(
        r"^(?:(?:show\s+(?:me\s+)?)?(?:anything|everything|what'?s|whats|stuff|things)\s+)"
        + _SCOPE_WORD
        + r"[\s-]related$",
        _F,
    ),
    re.compile(
        r"^(?:how\s+many|number\s+of)\s+"
        + _SCOPE_WORD
        + r"\s+"
        + _SCOPE_NOUNS
        + r"(?:\s+(?:do|have|are|r|is|i|we|there|have|got|left|still|open|pending|remaining|"
        r"to\s+do|outstanding))*$",
        _F,
    ),
)


# "what's for dinner", "whats for tea tonight": a meal asked about is chatter, no scope
_MEAL_ASKED_RE = re.compile(
    r"^(?:what'?s|whats|what\s+is|what\s+are\s+we\s+having)\s+for\s+(?:the\s+)?(?:dinner|lunch|"
    r"breakfast|brunch|tea|supper|dessert|pudding)\b",
    _F,
)


def _scope_word(low: str) -> str:
    """The one word a listing is scoped by ("" when no such wording matches, or when the word
    is a date or a status: "what's on for tomorrow" is a listing by due date)."""
    if _MEAL_ASKED_RE.match(low):
        return ""
    for rx in _WORD_LIST_RES:
        m = rx.match(low)
        if m is None:
            continue
        if "lead" in rx.groupindex and not (
            m["lead"] or m["only"] or m["mine"] or low.endswith(" only")
        ):
            return ""  # "the work ones" alone may answer a question; it asks for no listing
        word = m["w"] or m.groupdict().get("w2") or ""
        if word in _NOT_TAGS or _status_words(word) or due_words(word) is not None:
            return ""
        return word
    return ""


_NOT_TAGS = lexicon(
    "all own current entire whole other next new old recent latest last first every many few "
    "remaining outstanding unfinished finished done open closed completed pending due overdue "
    "upcoming today tomorrow todays my the our your his her their this that these those some "
    "any more other such of me us you them it"
)


# "what's on my work list atm?", "the tasks I have for work", "how many work tasks I still not
# finish?": a listing's scope said anywhere in a message read as a listing (the reply takes
# the tag when the user has one by that word, else the words of titles)
_SCOPE_ANYWHERE_RES = (
    re.compile(
        r"\b(?:my|our|the)\s+(?P<w>[a-z][\w-]*)\s+(?:list|tasks|to-?dos|stuff|things|items|jobs)\b",
        _F,
    ),
    re.compile(r"\b(?P<w>[a-z][\w-]*)\s+(?:tasks|to-?dos|items|jobs)\b", _F),
    # "what have i got for work still to do", "anything on for school this week"
    re.compile(
        r"\b(?:got|have|on|planned|lined\s+up)\s+for\s+(?:the\s+|my\s+|our\s+)?(?P<w>[a-z][\w-]*)\b",
        _F,
    ),
    re.compile(
        r"\b(?:tasks|things|stuff|to-?dos|jobs|anything|everything)\b(?:\s+[\w']+){0,4}?\s+for\s+"
        r"(?:the\s+|my\s+|our\s+)?(?P<w>[a-z][\w-]*)\W*$",
        _F,
    ),
)
# words before "tasks" that are no scope ("show me tasks", "which tasks", "urgent tasks"); a
# kind of task ("my chores") is one
_NOT_A_SCOPE = (
    FUNCTION_WORDS
    | LIST_NOUNS
    | lexicon(
        "show list see give get tell display view find many much which what any "
        "urgent important full complete total master main whole entire long current updated "
        "priority main big small little quick easy hard"
    )
)


def scope_said_anywhere(text: str) -> str:
    """The one word a listing is scoped by, said anywhere in ``text`` ("" when none is)."""
    low = text.lower()
    for rx in _SCOPE_ANYWHERE_RES:
        for m in rx.finditer(low):
            word = m["w"]
            if not (
                word in _NOT_TAGS
                or word in _NOT_A_SCOPE
                or _status_words(word)
                or due_words(word) is not None
            ):
                return word
    return ""


_WHEN_DONE = frozenset({"today", "week"})
# "what's left on my list today", "anything still pending today?", "what tasks are left today":
# "today" after what is left (or the list), with no word of when things are due or to be done,
# is when the person asks, so every pending task is the answer ("what's due today", "what's
# left for today", "what do i have to do today" keep the day)
_ASKED_TODAY_RE = re.compile(
    r"\b(?:left|pending|remaining|outstanding|open|undone|unfinished|list|plate)"
    r"(?:\s+(?:on|in)\s+(?:my|the|our)\s+(?:[\w-]+\s+)?(?:list|plate))?(?:\s+still)?\s+today$",
    _F,
)
_DAY_MEANT_RE = re.compile(
    r"\b(?:due|for|to\s+do|get\s+done|scheduled|planned|need|have\s+to)\b", _F
)
_SAID_DUE_RE = re.compile(r"\b(?:due|overdue|deadlines?|scheduled|planned)\b", _F)


@lru_cache(maxsize=1)
def _someone_doing_re() -> re.Pattern[str]:
    """ "my husband said he'll do it today", "my sister's doing it tomorrow", "my mum will
    grab it tonight": someone of the user's, then what they say or will do, is news of a
    person (a day in it is when they do it), never "my tasks" due that day."""
    return re.compile(
        rf"^my\s+{word_list('visitor')}(?:\s+(?:said|says|told|will|is|are|can|could|would|"
        r"wants?|offered|promised|reckons?|gonna|going|has|had|did|does|do)|'ll|'d|"
        r"'s\s+(?:[a-z]+ing|gonna|got))\b",
        _F,
    )


def read_filtered_list(s: str, *, count: bool = False, question: bool = False) -> Intent | None:
    """ "what's due this week?", "what's overdue?", "my high priority tasks", "#work tasks",
    "show my work tasks" (a tag when the user has one by that word, else title words)."""
    low = s.lower().strip(" ?.!")
    if _someone_doing_re().match(low):
        return None
    kind: IntentKind = "count" if count else "list"
    wanted = list_filter(low)
    word = "" if wanted else _scope_word(low)
    if word:
        # a scope asks for what is still to do unless it says otherwise ("done ones too")
        return Intent(kind, status=status_of(low, default="pending"), query=word, text="tag")
    if not wanted:
        return None
    if not (_FILTERED_LIST_START_RE.match(low) or (question and low.startswith("due "))):
        return None
    status = status_of(re.sub(r"\bdue\b|\bupcoming\b", " ", low))
    if (
        status == "completed"
        and (wanted.due in _WHEN_DONE or wanted.day)
        and not _SAID_DUE_RE.search(low)
    ):
        # "what have I got done this week?", "what did i finish on friday": the days say when
        # the tasks were done, not when they are due; every completed task is the answer
        wanted = replace(wanted, due=None, day=None)
        if not wanted:
            return Intent(kind, status=status)
    if wanted.due == "today" and _ASKED_TODAY_RE.search(low) and not _DAY_MEANT_RE.search(low):
        wanted = replace(wanted, due=None)
        if not wanted:
            return Intent(kind, status="completed" if status == "completed" else "pending")
    if (wanted.due or wanted.day) and status == "all":
        status = "pending"
    return Intent(kind, status=status, filter=wanted)


def _status_words(word: str) -> bool:
    return status_of(word) != "all"


@lru_cache(maxsize=1)
def _ing_kind_re() -> re.Pattern[str]:
    """A thing an -ing word names the kind of ("oil" of "cooking oil"), said alone or first."""
    return re.compile(rf"{word_list('ing_kinds')}(?![\w'])", _F)


def base_verb(title: str) -> str:
    """ "booking aquarium tickets" -> "book aquarium tickets": a title starts with a verb."""
    first, _, rest = title.partition(" ")
    low = first.lower()
    if rest and low.endswith("ing") and len(low) > 5 and not _ing_kind_re().match(rest):
        base = stem(low)
        for verb in (base, base + "e", base[:-1] if base.endswith("i") else base):
            if verb in TASK_VERBS or verb in LIGHT_VERBS:
                return f"{verb} {rest}"
    return title
