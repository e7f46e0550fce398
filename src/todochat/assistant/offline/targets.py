"""Targets: the phrase naming the task(s) a request acts on, read into a ``Target``.

"task 3", "#3 and #5", "it", "them", "the second one", "the last two", "both of the Kwame
ones", "all done ones", "everything except the visa form", or title words. Nothing here looks
at the task list: the planner resolves a target against it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .meaning import Status, Target
from .normalise import word_list
from .scope import ABOUT_PRONOUN_RE, kind_nouns, names_a_kind, read_scope
from .split import PLACEHOLDER_RE, only_placeholder, restore
from .text import (
    LAUGH,
    MIDDLE,
    NUMBER_WORDS,
    ORDINALS,
    STOPWORDS,
    content_stems,
    lexicon,
    task_noun,
    words,
)

_F = re.IGNORECASE | re.DOTALL

TODO_LIST_RE = re.compile(r"\b(?:to\s*-?\s*do|task)\s+list\b", _F)
PENDING_RE = re.compile(
    r"\b(?:pending|open|outstanding|remaining|left|incomplete|unfinished|undone|uncompleted|"
    r"not\s+(?:yet\s+)?(?:done|completed?|finished|started)|still|to\s*-?\s*do|todo|active|next|"
    r"unchecked|waiting|ahead|upcoming|have\s*n[o']t\s+(?:done|finished|completed)|"
    r"need\s+to\s+do|have\s+to\s+do|due|current|(?<!managed\s)(?:to|gotta)\s+get\s+(?:done|finished)|"
    # "what needs doing", "what needs to be done", "what's to be done": not done yet
    r"more\s+to\s+go|needs?\s+(?:doing|done|finishing|sorting)|to\s+be\s+(?:done|finished|completed|sorted))\b",
    _F,
)
NEGATED_DONE_RE = re.compile(
    r"\b(?:haven'?t|hasn'?t|didn'?t|aren'?t|isn'?t|weren'?t|wasn'?t|not|never|yet\s+to)\b(?:\s+\w+){0,3}?\s+"
    r"(?:done|do|finish(?:ed)?|complete(?:d)?|get\s+to|got\s+to|touched|started)\b",
    _F,
)
COMPLETED_RE = re.compile(
    # (a learner's "the ones i already finish": "already" makes the plain verb a past)
    r"\b(?:(?:i've|i\s+have|have\s+i)\s+(?:already\s+)?(?:managed\s+to\s+)?(?:finish|complete|do|tick)|"
    r"(?:i|we)\s+already\s+(?:finish|complete|do|tick)|"
    # ("the tasks that already finish", "the ones that is finish": a learner's plain verb or
    # "is finish" said of the tasks)
    r"(?:that|which|what)\s+(?:(?:is|are|was|were)\s+)?(?:already\s+)?(?:finish|complete)|"
    # "what have i actually managed to get done lately": what was got done, not what is left
    r"managed\s+to\s+get\s+(?:done|finished|through)|"
    # "which ones have i cleared", "what we've gotten through": cleared by the one who did them
    # ("clear the done ones" deletes them, "i cleared out the garage" is a deed)
    r"(?:i'?ve|i\s+have|have\s+i|we'?ve|we\s+have|have\s+we)\s+(?:already\s+|just\s+)?cleared|"
    r"(?:'s|has|have)\s+been\s+(?:already\s+)?cleared|"
    r"completed?|done|finished|closed|accomplished|achieved|ticked(?:\s+off)?|"
    r"checked\s+off|crossed\s+off|did\s+i|got\s+done|gotten\s+done|knocked\s+(?:out|off)|"
    r"taken\s+care\s+of|took\s+care\s+of|dealt\s+with|got(?:ten)?\s+through|wrapped\s+up)\b",
    _F,
)


# When a deed was done says nothing of which task: "did everything today except the 2k".
WHEN_DONE_RE = re.compile(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|"
    r"yesterday(?:\s+(?:morning|afternoon|evening|night))?|earlier(?:\s+today)?|"
    r"just\s+now|an\s+hour\s+ago|at\s+last|last\s+night|over\s+the\s+weekend|"
    # "went to the market super early", "did the school run first thing": how early
    r"(?:super|really|very|so|pretty|quite|crazy|mad)\s+(?:early|late)|first\s+thing|"
    # "picked up the boxes on the way back", "posted it on my way to work", "while i was out"
    r"on\s+(?:the|my|our)\s+way(?:\s+(?:back|home|in|out|over|there|(?:to|from)\s+(?:work|"
    r"school|the\s+[\w'-]+)))?|while\s+(?:i|we)\s+(?:was|were)\s+(?:out|there|at\s+it|in\s+town)|"
    # "signed the form after 3 weeks of chasing him", "renewed the passport after ages": how
    # long it took
    r"after\s+(?:(?:\d+|a|an|a\s+few|a\s+couple(?:\s+of)?|several|many|so\s+many|two|three|"
    r"four|five|six)\s*)?(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|ages|forever|"
    r"so\s+long)(?:\s+of\s+[a-z]+ing(?:\s+(?!and\b|but\b|so\b)[\w']+){0,3}|"
    # "got through to the bank after 40 mins on hold"
    r"\s+(?:on\s+hold|in\s+(?:the\s+|a\s+)?(?:queue|line))|\s+of\s+(?:waiting|chasing))?|"
    # "paid my church dues after service", "did the modules on my break", "paid the water bill
    # before work": when, in the day
    r"(?:after|before)\s+(?:the\s+)?(?:service|mass|church|work|school|class|practice|training|prayers?|"
    r"jummah|the\s+gym|my\s+shift|breakfast|brekkie|lunch|dinner|tea|bed|uni|college)|(?:on|during|in)\s+(?:my|our|the)\s+(?:lunch\s+|tea\s+|"
    r"coffee\s+)?break|at\s+lunch(?:time)?)\b(?!')",
    _F,
)
# "submitted the lab report at like 11:58pm", "rang them around 9ish": the clock's time a deed of
# the user's was done at (a bare number may be an address: "dropped it at 42 smith st"; said of
# someone else's deed it may be news of a new time: "they moved it to wednesday at 4pm")
CLOCK_DONE_RE = re.compile(
    r"\b(?:at|around|about|by)\s+(?:like\s+|about\s+|around\s+|roughly\s+|exactly\s+)?"
    r"(?:\d{1,2}(?::\d{2}\s*(?:am|pm)?|(?:\.\d{2})?\s*(?:am|pm|ish|o'?clock))|midnight|noon)\b",
    _F,
)


def without_when(text: str) -> str:
    """``text`` without the words saying when or on the way to where a deed was done ("grabbed
    the dry cleaning on the way home" is "grabbed the dry cleaning"): they name no task."""
    return " ".join(WHEN_DONE_RE.sub(" ", text).split())


_PRONOUN_RE = re.compile(
    r"^(?:it|that|this|that\s+one|this\s+one|that\s+task|this\s+task|the\s+task|the\s+one|"
    r"that\s+item|this\s+item|that\s+todo|this\s+todo|the\s+same\s+one|same\s+one|"
    r"the\s+same\s+task|the\s+previous\s+one|the\s+new\s+one|"
    r"(?:the\s+)?(?:last\s+|new\s+|latest\s+)?(?:one|task|todo|item)?\s*(?:that\s+|which\s+)?"
    r"(?:i|you|we)\s+(?:just\s+)?(?:added|created|made|mentioned|put\s+in|wrote\s+down)"
    r"(?:\s+(?:it|that))?(?:\s+just\s+now)?|(?:what|the\s+thing|whatever)\s+(?:i|you|we)\s+"
    r"(?:just\s+)?(?:added|created|put\s+in|put\s+on)(?:\s+(?:just\s+now|just|now|there))?|"
    r"the\s+(?:new|latest|last|newest)\s+(?:task|todo|one)\s+(?:i|you)\s+(?:added|created))$",
    _F,
)
_THEM_RE = re.compile(
    r"^(?:them|those|these|both|both\s+of\s+them|all\s+of\s+them|them\s+all|those\s+ones|"
    r"these\s+ones|those\s+tasks|these\s+tasks|those\s+two|these\s+two|the\s+two|"
    # "all three", "all 3 of them": every one of as many as said
    r"all\s+(?:two|three|four|five|[2-5])(?:\s+of\s+(?:them|those|these|em|'em))?|"
    r"all\s+those|all\s+these|them\s+both|both\s+tasks|both\s+ones|"
    # "every one of them", "each of those", "every single one of em", "all of those ones"
    r"(?:every\s+(?:single\s+)?one|each(?:\s+one)?|all)\s+of\s+(?:them|those|these|em|'em)"
    r"(?:\s+(?:ones|tasks|items))?|"
    # "both of those", "the two of them", "all 3 of them", "those 2 tasks"
    r"both\s+(?:of\s+)?(?:those|these|em|'em)(?:\s+(?:ones|tasks|items))?|"
    r"(?:all\s+)?(?:the\s+)?(?:two|three|four|[234])\s+of\s+(?:them|those|these|em|'em)|"
    r"(?:those|these)\s+(?:two|three|four|[234])(?:\s+(?:ones|tasks|items))?)$",
    _F,
)
# "the first of those two", "the second of them", "the last of those three": one task of the
# ones just named, by its place among them.
_ORDINAL_OF_THEM_RE = re.compile(
    r"^(?:the\s+)?(?P<o>first|second|third|last|1st|2nd|3rd|former|latter)(?:\s+one)?\s+of\s+"
    r"(?:the\s+)?(?:those|these|them|em|'em|both|the\s+two|the\s+three)"
    r"(?:\s+(?P<n>two|three|four|[234]))?(?:\s+(?:ones|tasks|items))?$|"
    r"^the\s+(?P<o2>former|latter)$",
    _F,
)
_ONE_THEN_REASON_RE = re.compile(
    r"^(?P<t>(?:the|that|this|my)\s+.+?\s+one)\s+(?:my|i|i'm|im|we|we're|were|he|she|they|"
    r"it'?s|its|cause|because|bc|since|as|the|our|his|her|their)\b.+$",
    _F,
)
# "task 44 its a dupe", "#7 they cancelled", "number 3 i did it already": a task named by its
# number, then a remark opened by a subject or a reason word. Words that could describe the task
# ("task 9 the dentist", "#4 my passport") are not dropped: the number and the words must agree.
# ("delete 46 the one w the typo", "remove 12 - the duplicate": a bare number, then which of
# the look-alikes it is)
_ID_THEN_REASON_RE = re.compile(
    r"^(?P<t>(?:the\s+)?(?:(?:(?:tasks?|todos?|items?)\s+)?(?:tasks?|todos?|items?|number|no\.|id)\s*#?|#)?"
    r"\s*\d+)\s*[,;-]?\s+"
    r"(?:i|i'm|im|i've|ive|we|we're|we've|he|she|they|they're|it'?s|its|it\s+is|cause|because|"
    # ("remove task number 71, no need for it anymore", "delete 4, not needed now", "5, was
    # cancelled", "7, added it by mistake")
    r"bc|since|dupe|duplicate|(?:don'?t|dont|no\s+longer|not)\s+need|no\s+need|"
    r"(?:(?:it'?s|its|it\s+is|was|is)\s+)?(?:not|no\s+longer)\s+(?:needed|necessary|required)|"
    r"(?:was\s+|got\s+)?(?:cancelled|canceled|called\s+off)|(?:added\s+(?:it\s+)?)?by\s+mistake|"
    r"wrong|mistake|(?:the|that)\s+(?:one|dupe|"
    r"duplicate|copy|double|repeat|extra|misspelt|misspelled|wrong\s+one|old\s+one|typo))\b.*$",
    _F,
)
# "that, ill make it in house", "it - we sorted it", "the last one, not buying a desk": a
# pronoun or an ordinal, then a reason.
_PRONOUN_THEN_REASON_RE = re.compile(
    r"^(?P<p>it|that|this|that\s+one|this\s+one|them|those|both|(?:the\s+)?(?:very\s+)?"
    r"(?:first|second|third|fourth|fifth|last|middle|1st|2nd|3rd|\d+th)(?:\s+one)?)\s*(?:,|;|\s-)\s*\S",
    _F,
)
# "the other one", "the other task", "other one": the candidate not in focus (the planner
# knows which tasks were candidates and which one was acted on or asked about)
OTHER_ONE_RE = re.compile(
    r"^(?:the\s+)?other(?:\s+(?:one|task|item|todo|entry))?(?:\s+(?:instead|then))?$", _F
)
_COUNT_RE = re.compile(r"\b(?:both|two|three|four|five|[2-5])\b", _F)
# "all of them", "them all", "every one of those", "all 3": each of the tasks meant, however
# many (with nothing talked about, every open one), never a bare "them"
_EVERY_RE = re.compile(r"\b(?:all|every|each|both)\b", _F)
_IDS_RE = re.compile(
    r"^(?:the\s+)?(?:(?:tasks?|todos?|items?|numbers?|no\.?|ids?)\s*)?(?:(?:number|no\.?|id)\s*)?"
    r"#?\s*(?P<first>\d+)(?P<more>(?:\s*(?:,|and|&|\+|or|,\s*and)\s*(?:(?:tasks?|number|no\.?)\s*)?"
    r"#?\s*\d+)*)$",
    _F,
)
_ORDINAL_RE = re.compile(
    r"^(?:the\s+)?(?:very\s+)?(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|last|final|latest|newest|top|bottom|middle|1st|2nd|3rd|\d+th)"
    r"(?:\s+(?:one|task|item|todo|entry|thing|on\s+(?:the|my|that|your)\s+list|"
    r"in\s+(?:the|my|that|your)\s+list|from\s+(?:the|my|that)\s+list|listed|you\s+listed|"
    r"you\s+showed|you\s+mentioned))*$",
    _F,
)
# "the one in the middle", "the middle one"
_MIDDLE_RE = re.compile(
    r"^(?:the\s+)?(?:one|task|item|thing)\s+in\s+the\s+middle(?:\s+(?:of\s+)?(?:the|my|that)\s+list)?$",
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
# "get rid of number 2 there", "tick no. 3 on that list", "#4 up there", "the 2nd one there":
# a number said of the listing just shown ("there", "that list", "you showed") is its place in
# that listing, even where a task has that id (a bare "number 2" stays the task's id)
_PLACE_SHOWN_RE = re.compile(
    r"^(?:the\s+)?(?:(?:number|no\.?|item|#)\s*(?P<n>\d{1,3})|(?P<o>1st|2nd|3rd|\d+th|first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:\s+(?:one|task|item))?)\s*,?\s+"
    r"(?:(?:up\s+|over\s+|right\s+)?there|(?:on|in|from|of)\s+(?:that|this|the|your)\s+(?:list|lot)"
    r"(?:\s+(?:there|you\s+(?:just\s+)?(?:showed|sent|gave)(?:\s+me)?))?|"
    r"(?:that\s+)?you\s+(?:just\s+)?(?:showed|listed|sent|gave)(?:\s+me)?)$",
    _F,
)
_RELATIVE_RE = re.compile(
    r"\b(?:the\s+rest|everything\s+else|(?:all\s+)?the\s+others|anything\s+else|all\s+else|"
    r"the\s+remaining(?:\s+ones)?)\b",
    _F,
)
# (also "the two invoice ones", "my 2 dentist tasks": a count of two before what calls them tasks)
_BOTH_RE = re.compile(
    # ("picked up both prescriptions": a verb's particle before "both" is no part of them)
    # ("all three X, Y and Z": as many as said)
    r"^(?:(?:up|off|out|back)\s+)?(?P<c>both|all\s+(?:three|four|five))\s+(?:of\s+)?"
    r"(?:the\s+|my\s+)?(?P<x>.+?)"
    r"(?:\s+(?:ones|tasks|items|todos|things))?$|"
    r"^(?:the|my|those|these)\s+(?:two|2)\s+(?P<x2>.+?)\s+(?:ones|tasks|items|todos|reminders)$|"
    # ("did the two calls", "paid my 2 bills": a count of two before one plural word)
    r"^(?:the|my|those|these)\s+(?:two|2)\s+(?P<x3>[^\W\d_][\w'-]*s)$",
    _F,
)
# "both calls, the landlord and mama", "both bills - gas and water", "the two calls (bank and
# mum)": the things are named after the pause, each a task of its own
_BOTH_NAMED_RE = re.compile(
    r"^[\w'-]+(?:\s+[\w'-]+)?\s*(?:,|:|\s[-–—]\s|\()\s*(?P<list>.+?\s(?:and|&|\+)\s.+?)\)?$", _F
)
# "all", "whole" and "entire" also describe one task ('Prep all-hands slides', 'Buy whole
# wheat bread', 'Read the entire contract'): they are a scope only as one.
_QUANTIFIER_RE = re.compile(
    r"\b(?:(?<!\bthe\s)(?<!\bmy\s)(?<!\bour\s)(?<!\ban\s)(?<!\ba\s)all(?![-'])"
    r"(?!\s+(?:good|right|fine|sorted|set|ok|okay|clear)\b)|every|everything|each|the\s+rest|"
    r"(?:whole|entire)(?=\s*$|\s+(?:(?:my|the|of|your|damn|bloody)\s+)*(?:list|lot|"
    r"things|stuff|tasks?|todos?|to-?dos?|schedule|backlog|day|week|weekend)\b))\b",
    _F,
)
_SCOPE_STATUS_RE = re.compile(
    r"^(?:the\s+|my\s+|any\s+)?(?:(?:tasks|ones|items|todos|to-?dos)\s+(?:that|which)\s+"
    r"(?:are|were|is|i(?:'ve|\s+have)?)\s+(?:already\s+|now\s+)?)?"
    r"(?P<s>completed|finished|done|(?:checked|ticked|crossed)(?:\s+off)?|closed|old|pending|"
    r"open|incomplete|unfinished|outstanding)(?:\s+(?:tasks|ones|items|todos|to-?dos|stuff))?"
    # "the finished tasks, too many already": a remark after a pause names no other task
    r"(?:\s*(?:[,;]|\s-\s|\.\s)\s*(?!(?:and|or|plus|also|except|but|apart|other|not|only|"
    r"leave|keep|just|&|the|that|this|my|#|\d)\b)[^,;]*)?$",
    _F,
)
# "the shopping ones", "my grocery stuff": a word of a kind before a plural head
_KIND_SCOPE_RE = re.compile(
    r"^(?:the|my|those|these)\s+(?P<k>[\w-]+)\s+(?:ones|tasks|things|stuff|items|bits|jobs|lot)$",
    _F,
)
# "the stuff I already did", "the ones we've finished", "what I've ticked off": a plural
# head that a deed clause may make a scope without "all".
_PLURAL_HEAD_RE = re.compile(
    r"^(?:the\s+|my\s+|those\s+|these\s+)?(?:stuff|things|ones|tasks|items|todos|to-?dos|bits|"
    r"jobs|what)\b",
    _F,
)
# "the school camp ones", "the netball stuff", "the tax things", "the choir concert ones are":
# words, then a plural head that calls them a group (read in plan/resolve.py, and before an
# exception here: "delete the wedding committee things except the tent one")
GROUP_RE = re.compile(
    r"^(?:(?:all|the|my|our|those|these)\s+)*(?P<x>.+?)\s+"
    r"(?:ones|stuff|things|tasks|bits|jobs|items|todos|to-?dos|errands|reminders)"
    r"(?:\s+(?:are|is|were))?$",
    re.IGNORECASE,
)
# A quoted title, then why ("'apply for the grant', missed the deadline"): the quote names the
# task. A reason told of someone or of oneself with no pause ("remove 'visit mama tunde' she
# don travel", "'call bob' he has left") is no part of it either, nor a remark opened by a
# laugh, a possessive or a "no" ("'buy costco hot dogs' lmao my husband added that")
_QUOTE_THEN_REASON_RE = re.compile(
    r"^qq(\d+)qq\s*(?:[,;:(]|\s[-–—]\s|\s+(?=(?:she|he|they|i|we|i'm|i've|we've|she's|he's|"
    rf"they're|they've|it's|cos|cause|because|since|coz|cuz|{LAUGH}|omg|smh|ugh|"
    r"tbh|my|our|his|her|their|no|not|never|don't|dont|its|thats|that's)\s+\S))\s*\S",
    _F,
)


def quoted_before_a_reason(text: str) -> int | None:
    """The quote that ``text`` opens with, when what follows it is why or a remark ("'apply for
    the grant', missed the deadline", "'finish history essay draft' its too vague lol")."""
    m = _QUOTE_THEN_REASON_RE.match(text)
    return int(m[1]) if m is not None else None


# The words that say an exception to a bulk request ("all except X", "everything apart from
# X"): each reading of one adds only the words it alone takes. And what is said of the one task
# an "only X ..." exception leaves ("only the milk is not done", "only X left").
EXCEPT_WORDS = r"except(?:\s+for)?|apart\s+from|other\s+than|besides|excluding|save\s+for"
ONLY_LEFT = r"(?:not\s+yet|not\s+done|is\s+not\s+done|isn't\s+done|left|remains?|stays?)"
_EXCEPT_RE = re.compile(
    rf"^(?P<all>.+?)\s*,?\s+(?:{EXCEPT_WORDS}|but(?:\s+not)?|minus|without|"
    r"(?:only\s+)?(?:keep|leave)(?:\s+only)?|but\s+keep)"
    r"\s+(?P<ex>.+?)(?:\s+(?:not\s+yet|not\s+done|is\s+not\s+done|stays?|remains?))?$|"
    rf"^(?P<all2>.+?)\s*,?\s+only\s+(?P<ex2>.+?)\s+{ONLY_LEFT}$",
    _F,
)
# Words that turn a bulk request around ("delete all, only keep X"): never act on a guess then.
_NEGATION_RE = re.compile(
    r"\b(?:not|n't|except|keep|leave|but|only|apart|besides|without|excluding|other\s+than)\b", _F
)
EXCEPT_HEAD_RE = re.compile(
    r"^(?:(?:the|my)\s+)?(?:(?:one|ones|task|tasks|item|items|thing|things)\s+)?"
    r"(?:(?:about|with|for|called|named|titled|mentioning|that\s+says|saying|on)\s+)?",
    _F,
)
_PARTS_SPLIT_RE = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*", _F)
# "everything except the gutters one, didn't get to it", "..., still need to do that", "...,
# ran out of time": after the first thing spared, a clause with its own subject, a denial or a
# word pointing back is why it is spared, no other task (one naming a thing with "the" may be
# one more spared: "..., and I haven't washed the car")
_NAMES_A_THING_RE = re.compile(r"\b(?:the|my|our|his|her|their)\s+\w", _F)
_REASON_PART_RE = re.compile(
    r"^(?:i|i'm|im|i've|ive|i'll|we|we're|we've|it|it's|its|that|that's|thats|they|they're|"
    r"he|she|still|not|never|no|nope|didn'?t|did\s+not|haven'?t|hasn'?t|wasn'?t|isn'?t|"
    r"aren'?t|couldn'?t|can'?t|won'?t|ran|run|running|too|gotta|got\s+to|need|needs|will|"
    rf"because|cause|coz|cuz|cos|since|bc|as|but|yet|{LAUGH}|ugh)\b|"
    # "..., had a very productive day", "..., went to town on it", "..., what a day", "...,
    # massive day": the day told without its "I" is how it went, no task spared
    r"^(?:had|went|was|been|feeling|feel|felt|smashed|crushed|nailed|killed|finally|phew|whew|"
    r"yay|woo+|so\s+(?:productive|good|proud|happy|chuffed|stoked)|what\s+a|such\s+a|"
    r"(?:an?\s+)?(?:(?:very|really|super|so)\s+)?(?:massive|big|great|good|long|productive|busy|"
    r"huge|mad|solid|proper|cracking|epic|full[\s-]+on)\s+(?:day|one|week|morning|arvo|"
    r"afternoon|effort|session))\b|"
    r"\b(?:it|them|that|yet|tho|though)$",
    _F,
)
_BY_DOING_RE = re.compile(
    r"^.*?\b(?:by|and)\s+(?:removing|deleting|clearing|getting\s+rid\s+of|marking|"
    r"completing|ticking\s+off)\s+",
    _F,
)
_SCOPE_FILLER = STOPWORDS | lexicon(
    "completed complete done finish finished pending open incomplete unfinished outstanding "
    "remaining left closed which that's thats what's i've we've still not checked ticked "
    "crossed marked "
    "ones else rest currently removing deleting clearing evening morning tonight week weekend "
    "today's evening's morning's tonight's week's "
    # "i did literally everything on here": a word of stress names no scope
    "literally actually really basically honestly totally absolutely finally seriously "
    # "everything's done": the s of "is" said short
    "s"
)
_TARGET_TAIL_RE = re.compile(
    r"(?:\s+(?:please|pls|plz|now|for\s+me|already|too|as\s+well|again|right\s+now|thanks|"
    r"thank\s+you|thx|then|finally|asap|at\s+once|any\s*more|after\s+all|"
    # "remove X from my list altogether": how wholly it goes, no part of its name
    r"altogether|entirely|completely|totally|permanently|for\s+good|once\s+and\s+for\s+all)|"
    # "the second one not that one": the one not meant, said after the one meant
    r"\s*,?\s+not\s+(?:that|this)(?:\s+one)?|"
    # "delete the call to Ahmed about the flat, not the one about the car": the look-alike not
    # meant, named after a comma, is no part of the one meant (it had deleted both)
    r"\s*,\s*(?:but\s+|and\s+)?not\s+(?:the|that|this|my)\s+[^,]*?(?:\s+one|\s+about\s+[^,]+)|"
    r"\s+(?:from|off|on|in|out\s+of)\s+(?:my|the|our)\s+(?:[\w-]+\s+)?(?:list|tasks|todos?|"
    r"to-?dos|queue|board|agenda|plate|pile)|\s+(?:task|item|todo|reminder|entry))+$",
    _F,
)
# "cancel the bayram sweets, mother-in-law will bring it herself", "the mehndi gift, she said no
# gifts", "the cake one - dad's getting it": after a pause, someone who will do the thing (or
# did, or said no to it) is why the change is asked, never one more task named, even where a
# task names that someone ('Call mother-in-law' stays)
_DOER = (
    r"(?:bring|brings|bringing|brought|do|does|doing|did|handle|handles|handling|handled|sort|"
    r"sorts|sorting|sorted|buy|buys|buying|bought|get|gets|getting|got|make|makes|making|made|"
    r"pick|picks|picking|picked|cover|covers|covering|covered|cook|cooks|cooking|cooked|bake|"
    r"bakes|baking|baked|grab|grabs|grabbing|grabbed|arrange|arranges|arranging|arranged|"
    r"organi[sz]e|organi[sz]es|organi[sz]ing|organi[sz]ed|pay|pays|paying|paid|"
    r"(?:take|takes|taking|took)\s+care)"
)
_TOLD_WHY_RE = re.compile(
    r"\s*(?:[,;(]|\s[-–—]\s)\s*(?:(?:and|but|so|coz|cos|cause|because|since|as)\s+)?"
    r"(?:(?:the|my|our|his|her|their)\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+?(?:'s|'ll|'d)?\s+"
    r"(?:(?:will|would|is|are|was|has|have|had|already|just|can|gonna|going\s+to|wants\s+to|"
    r"offered\s+to|said\s+(?:she|he|they)(?:'ll|'d|\s+will|\s+would))\s+)*"
    rf"(?:{_DOER}\b|(?:said|says|told\s+(?:me|us))\s+(?:no|nope|not|there'?s\s+no|we\s+don'?t)\b|"
    r"(?:doesn'?t|don'?t|does\s+not|do\s+not)\s+(?:want|need)\b).*$",
    _F,
)


def without_told_why(text: str) -> str:
    """``text`` without why a change is asked, said after a pause ("the bayram sweets,
    mother-in-law will bring it herself": "the bayram sweets"); itself when it tells none or
    the words before name nothing."""
    m = _TOLD_WHY_RE.search(text)
    if m is None or not m.start() or not content_stems(text[: m.start()]):
        return text
    return text[: m.start()]


# "3 please, mum did it", "#12 pls, not happening": a "please" ends the request, and what
# follows its comma is a remark, never more of the name
_PLEASE_THEN_REMARK_RE = re.compile(r"\s+(?:please|pls|plz)\s*[,;]\s*\S.*$", _F)
# "dishes and vacuuming both": "both" after the names says how many, it names nothing
_BOTH_AFTER_RE = re.compile(r"(?<!\bthem)(?<!\bthose)(?<!\bthese)\s+both$", _F)
# "the Mehta one which is already done", "the returns one that's still open", "the rent task
# that I already ticked off": a clause after the words naming a task says which of the tasks
# they name it is, by status (a title's own "done" stays: "get nails done" has no clause)
_STATUS_SAID_RE = re.compile(
    r"^(?P<t>.+?)\s*,?\s+(?:(?:which|that|who)(?:'s|\s+(?:is|was|are|were|has\s+been|i(?:'ve|\s+have)?))|"
    r"that'?s|thats|already)\s+(?:(?:already|just|now|been|since)\s+)*"
    r"(?:(?P<done>done|completed|complete|finished|ticked\s+off|checked\s+off|crossed\s+off|"
    r"marked\s+(?:as\s+)?(?:done|complete|completed)|closed)|(?P<open>(?:still\s+)?(?:open|pending|"
    r"not\s+(?:yet\s+)?(?:done|finished|completed)|undone|unfinished|outstanding))(?:\s+yet)?)$",
    _F,
)
_TARGET_HEAD_RE = re.compile(
    # only the plain words for 'a task': "the note about the plumber" keeps its 'note'
    # ("the task of the visa for Diego", "the one about the book for Ellie": the noun, or
    # "one", then what the task is of or about)
    r"^(?:(?:the|my|a|an|our)\s+)?(?:" + task_noun() + r"\s+(?:(?:of|regarding|concerning)\s+)?|"
    r"one\s+(?=(?:about|regarding|concerning|for|with)\s))?"
    r"(?:(?:called|named|titled|about|for|to|that\s+says|saying|which\s+says)\s+)?",
    _F,
)


_EITHER_STATUS_RE = re.compile(
    r"\b(?:(?:done|finished|completed?|ticked)\s*(?:\s(?:or|and)|&|\+|/)\s*(?:not|undone|unfinished|"
    r"pending|open|incomplete|not\s+done)|(?:pending|open|undone|unfinished|not\s+done)\s*"
    r"(?:\s(?:or|and)|&|\+|/)\s*"
    r"(?:done|finished|completed?)|or\s+not|in\s+total|altogether|all\s+together|overall|"
    r"(?:done|finished|completed)\s+(?:(?:ones|stuff|things|tasks|items)\s+)?(?:too|also|as\s+well|included)|"
    r"(?:including|incl|even|plus|as\s+well\s+as)\b[^.?!]*?\b(?:done|finished|completed))\b",
    _F,
)


def status_of(text: str, default: Status = "all") -> Status:
    """The status a listing asks for; ``default`` when the words say none (a listing scoped
    by a word, "just my work stuff", wants what is still to do)."""
    low = TODO_LIST_RE.sub(" ", text.lower())
    if _EITHER_STATUS_RE.search(low):
        return "all"
    if PENDING_RE.search(low) or NEGATED_DONE_RE.search(low):
        return "pending"
    if COMPLETED_RE.search(low):
        return "completed"
    return default


# "the one that says 'X'", "the task reading 'X'", "the item called 'X'": the quote is the name
_THE_ONE_THAT_SAYS_RE = re.compile(
    r"^(?:the\s+)?" + task_noun("one", "entry", plural=False) + r"\s+(?:that\s+|which\s+)?"
    r"(?:says|reads|said|read|saying|reading|is\s+called|called|named|titled)\s+",
    re.IGNORECASE,
)


# "one of them" (after "I added X twice"), "the duplicate", "the extra call mom", "one of the
# two X tasks", "the copy of X"
_COPY_RE = re.compile(
    r"^(?:one\s+of\s+(?:them|those|these|the\s+(?:two|copies|duplicates))(?:\s+(?P<t1>.+?))?|"
    r"one(?:\s+copy)?|(?:the\s+|a\s+)?(?:duplicate|dupe|copy|second\s+copy|extra\s+one)"
    r"(?:\s+(?:one|task|entry|item))?(?:\s+(?:of\s+)?(?P<t>.+?))?)(?:\s+(?:one|task|tasks|entry))?$",
    re.IGNORECASE,
)


def copy_of(phrase: str) -> str | None:
    """The words of a task said as a copy ("the duplicate call mom": 'call mom'; "one of
    them": ''), None when the phrase does not speak of a copy."""
    m = _COPY_RE.match(phrase.strip())
    return None if m is None else (m["t"] or m["t1"] or "").strip()


# "scrap the whole thing", "forget the entire idea": said after talk of one task, that task
# (a pronoun: with no task talked about, which one is asked), never every task
_WHOLE_THING_RE = re.compile(
    r"^(?:the|this|that)\s+(?:whole|entire)\s+(?:thing|idea|plan)(?:\s+(?:then|now))?"
    # (a remark after it, without a pause: "... we're not going anymore")
    r"(?:\s+(?:we|we're|were|i|i'm|im|they|they're|he|she|it's|its|cause|because|bc|since|as)\b.*)?$",
    _F,
)
_IT_ALL_RE = re.compile(r"(?:it|that|this)\s+all|all\s+(?:of\s+)?(?:it|that|this)", re.IGNORECASE)


# "update the status as completed", "mark its status done", "the status of the gst one to done",
# "the gst one's status": a task's status is the task, its state the change asked ("Check visa
# status" keeps its word: only a status said of "it", of a task or after a pause is read so)
_STATUS_OF_RE = re.compile(
    r"^(?:(?:the|its|it's|their|that|this|that\s+one's|this\s+one's)\s+)?status"
    r"(?:\s+of\s+(?P<x>.+))?$|^(?P<y>.+?)(?:'s|,)\s+status$",
    _F,
)


@cache
def _particles_after_quote_re() -> re.Pattern[str]:
    """Particles after a quoted title ("delete 'fix the aircon' na"): no part of what it names."""
    return re.compile(rf"(?<=qq)(?:\s+{word_list('after_quote')}\b)+\s*$", _F)


@cache
def _annoyance_re() -> re.Pattern[str]:
    """ "that stupid free trial", "the bloody parking fine": a word of annoyance after a
    determiner (the ``insult`` words of en.toml), how the user feels, no word of the name."""
    return re.compile(
        r"\b(?P<d>the|that|this|those|these|them|my|our|your|his|her|their)\s+"
        rf"(?:{word_list('insult')}\s+)+(?=[^\W\d_])",
        _F,
    )


def parse_target(raw: str, quotes: tuple[str, ...] = ()) -> Target:
    """Read the phrase naming a task: "task 3", "#3", "it", "the second one", "all done ones"."""
    t = _PLEASE_THEN_REMARK_RE.sub("", raw).strip(" \t.,!?;:")
    t = _annoyance_re().sub(r"\g<d> ", t)
    said_of = _STATUS_OF_RE.match(t)
    if said_of is not None:
        named = said_of["x"] or said_of["y"]
        return parse_target(named, quotes) if named else Target("it")
    if _BOTH_AFTER_RE.search(t):
        # ("the plumber call and the asado meat, both done": two things, each a task)
        counted = parse_target(_BOTH_AFTER_RE.sub("", t), quotes)
        two = counted.kind == "words" and re.search(r"\s(?:and|&|\+)\s", counted.text)
        return replace(counted, span=2) if two else counted
    for _ in range(3):
        new = _TARGET_TAIL_RE.sub("", t).strip(" \t.,!?;:")
        if new == t:
            break
        t = new
    t = without_told_why(t)
    idx = only_placeholder(_particles_after_quote_re().sub("", _THE_ONE_THAT_SAYS_RE.sub("", t)))
    if idx is None:
        idx = quoted_before_a_reason(t)  # "'apply for the grant', missed the deadline"
    if idx is not None:
        return Target("words", text=quotes[idx].strip(), exact=True)
    if _PRONOUN_RE.match(t):
        return Target("it")
    if OTHER_ONE_RE.match(t):
        return Target("words", other=True)
    if copy_of(t) is not None:
        return Target("words", text=t, copy=True)
    m = _ONE_THEN_REASON_RE.match(t) or _ID_THEN_REASON_RE.match(t)
    if m:  # "the gloves one my wife already mailed me some": what follows "one" is a reason
        t = m["t"]
    m = _PRONOUN_THEN_REASON_RE.match(t)
    if m:
        return parse_target(m["p"], quotes)
    m = _ORDINAL_OF_THEM_RE.match(t)
    if m:
        o = (m["o"] or m["o2"]).lower()
        count = (m["n"] or "").lower()
        span = NUMBER_WORDS.get(count) or (int(count) if count.isdigit() else 2)
        place = {"former": 1, "latter": -1}.get(o) or ORDINALS.get(o)
        return Target("them", span=span, ordinal=place or int(re.sub(r"\D", "", o)))
    if _THEM_RE.match(t):
        m = _COUNT_RE.search(t)
        count = m.group(0).lower() if m else ""
        span = 2 if count == "both" else NUMBER_WORDS.get(count) or (int(count) if count else 1)
        return Target("them", span=span, every=_EVERY_RE.search(t) is not None)
    m = _PLACE_SHOWN_RE.match(t)
    if m:
        o = (m["o"] or "").lower()
        return Target("ordinal", ordinal=int(m["n"] or ORDINALS.get(o) or re.sub(r"\D", "", o)))
    m = _IDS_RE.match(t) or _IDS_RE.match(without_when(t))
    if m:
        # ("finished #39 yesterday": when it was done names no other task than #39)
        ids = [int(m.group("first"))]
        ids += [int(x) for x in re.findall(r"\d+", m.group("more") or "")]
        bare = bool(re.fullmatch(r"\d{3,}", m.string))
        return Target("ids", ids=tuple(dict.fromkeys(ids)), bare=bare)
    if _MIDDLE_RE.match(t):
        return Target("ordinal", ordinal=MIDDLE)
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
    both = (m["x"] or m["x2"] or m["x3"]) if m else ""
    count = NUMBER_WORDS.get((m["c"] or "").split()[-1].lower(), 2) if m and m["c"] else 2
    if m and re.search(r"\s(?:and|&|\+)\s", both):
        # "both the signage one and the cake tasting": each part names its own task, two
        # of them (``span``: a part that names none is said so, see resolve.py)
        named = _BOTH_NAMED_RE.match(both)
        if named and len([p for p in _PARTS_SPLIT_RE.split(both) if p.strip()]) == count:
            named = None  # "all three the kitchen, the floor and the curtains": no heading
        each = parse_target(named["list"] if named else both, quotes)
        return replace(each, span=count) if each.kind == "words" else each
    if m and content_stems(restore(both, quotes)):
        kept = [w for w in words(restore(both, quotes)) if w not in _SCOPE_FILLER]
        return Target("all", text=" ".join(kept), span=count)
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
    group = GROUP_RE.match(whole.strip()) if m and whole else None
    if group is not None and not content_stems(restore(group["x"], quotes)):
        group = None
    if m and whole and (_QUANTIFIER_RE.search(whole) or group is not None):
        # ("delete the wedding committee things except the tent one": a group said with a
        # plural head is every task it names, as "all the ..." is; the exception had been
        # read as the one task to delete)
        scope = parse_target(whole if _QUANTIFIER_RE.search(whole) else f"all {whole}", quotes)
        if scope.kind == "them":
            # "all of them, except the visa form": with an exception it is every task.
            scope = Target("all")
        exception = m.group("ex") or m.group("ex2")
        if scope.kind == "all":
            named = _PARTS_SPLIT_RE.split(exception)
            named = named[:1] + [
                p
                for p in named[1:]
                if not _REASON_PART_RE.search(p.strip()) or _NAMES_A_THING_RE.search(p)
            ]
            parts = [EXCEPT_HEAD_RE.sub("", p).strip() for p in named]
            spared = tuple(restore(p, quotes) for p in parts if p)
            return replace(scope, exclude=spared)
    kind = _KIND_SCOPE_RE.match(t)
    if kind is not None and names_a_kind(kind["k"]):
        # "mark the shopping ones done": every task of the kind (see scope.kind_tasks)
        return Target("all", text=kind["k"])
    if _PLURAL_HEAD_RE.match(t) and not _QUANTIFIER_RE.search(t):
        rest, said = read_scope(t)
        kept = [w for w in words(restore(rest, quotes)) if w not in _SCOPE_FILLER]
        if said == "completed":  # "the stuff I already did", "what we've ticked off"
            return Target("all", status="completed", text=" ".join(kept))
    if _WHOLE_THING_RE.match(t):
        return Target("it")
    if _IT_ALL_RE.fullmatch(t):
        # "everything tagged sprint12 is erledigt, mark it all as done": the stuff named
        # before it; the whole list when nothing is (``exact`` marks "it all")
        return Target("all", relative=True, hint="it", exact=True)
    if _QUANTIFIER_RE.search(t):
        rest, said = read_scope(_QUANTIFIER_RE.sub(" ", t))
        if ABOUT_PRONOUN_RE.search(rest):
            # "everything to do with it": the topic is named before; unclear until it is
            return Target("all", relative=True, hint="it")
        status = said or status_of(rest)
        kept = [
            w for w in words(restore(rest, quotes)) if w not in _SCOPE_FILLER or w in kind_nouns()
        ]
        relative = bool(_RELATIVE_RE.search(t))
        if kept and _NEGATION_RE.search(t):
            # "everything, only the garbage not yet": words beside a turn-around are unclear.
            return Target("all", status=status, text=" ".join(kept), relative=True)
        return Target("all", status=status, text=" ".join(kept), relative=relative)
    said_status: Status = "all"
    q = _STATUS_SAID_RE.match(t)
    if q is not None and content_stems(restore(q["t"], quotes)):
        # "the Mehta one which is already done": the words name it, the clause its status
        t, said_status = q["t"], "completed" if q["done"] else "pending"
    t = _TARGET_HEAD_RE.sub("", t).strip()
    text = restore(t, quotes).strip()
    has_quote = PLACEHOLDER_RE.search(t) is not None
    if not content_stems(text):
        return Target("it")
    return Target("words", text=text, exact=has_quote, status=said_status)
