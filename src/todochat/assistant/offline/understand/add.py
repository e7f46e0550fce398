"""Adds: "add X", "put X on my list", "remind me to X", lists of items, wishes ("I need to X")
and imperatives ("buy milk"); also "and eggs" right after an add.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache

from todochat.assistant.offline import normalise as normalising
from todochat.assistant.offline.meaning import SOCIAL_KINDS, Intent
from todochat.assistant.offline.normalise import normalise, word_list
from todochat.assistant.offline.slots import (
    MOOD,
    NEGATED,
    NEGATED_COPULA,
    SUBJECTS,
    add_intent,
    base_verb,
    due_words,
    edit_deed_re,
    hedged_guess,
    level_said_alone,
    news_word,
    priority_level,
    read_slots,
    take_slots,
)
from todochat.assistant.offline.split import (
    PLACEHOLDER_RE,
    protect_quotes,
    split_sentences,
)
from todochat.assistant.offline.text import (
    DAY_STEM,
    STOPWORDS,
    TASK_VERBS,
    hollow_title,
    is_past_tense,
    lexicon,
    task_noun,
    words,
)

from .retract import DOUBTED_KINDS
from .vocabulary import FLAGS, NOT_A_TASK_RE, PLACING_VERBS

# After an add verb the noun can only be the new task, so the wider words count too ("add an
# entry", "make a note", "create a to do", "add a thing", "add something"), and "one" before
# what it is for ("add one to send Tom a thank-you note") or before a colon or a spaced dash
# ("and add a new one: email the landlord", "add another one - call nan").
_TASK_NOUN = (
    "(?:"
    + task_noun(r"to\s+do", "entry", "note", "thing", "something")
    + r"|one(?=\s+(?:to|for|about|saying)\s|\s*:|\s+[-–—]\s))"
)


_ADD_WITH_NOUN_RE = re.compile(
    r"^(?:add|adding|create|make|insert|append|log|record|jot\s+down|note\s+down|write\s+down|"
    r"put\s+down|save|enter|set(?:\s+up)?|schedule|start|"
    # ("open items", "open tasks!!": the open ones, asked for, never an add)
    r"open(?!\s+(?:tasks|items|to-?dos|todos|reminders|ones)\b))\s+(?:me\s+)?"
    r"(?:(?:a|an|the|another|one\s+more|new|this|my|one)\s+)*"
    r"(?:(?P<prio>high|medium|low|top|urgent|important|normal)(?:[\s-]+priority)?\s+)?"
    r"(?:new\s+)?" + _TASK_NOUN + r"(?=[\s:,-]|$)(?!\s*(?:#|number\s+|no\.?\s*)?\d+\b)"
    r"(?:\s+(?:real\s+|really\s+)?quick(?:ly)?(?=[\s:,-]|$))?"
    r"(?:\s+for\s+(?:me|us)(?=\s*[:,-]|\s+(?:to|about|please|pls|plz|kindly)\b))?"
    # "add a reminder please, to ring the surgery": a please before the title is no part of it
    r"(?:\s+(?:please|pls|plz|kindly)(?=\s*[:,-]|\s+(?:to|about|for)\b))?"
    r"\s*(?::|-|,|\bto\b|\bcalled\b|\bnamed\b|"
    r"\btitled\b|\bsaying\b|\bthat\s+says\b|\bfor\b|\babout\b|\bwhich\s+is\b|\bthat\s+is\b|"
    r"\bof\b)?\s*(?P<title>.*)$",
    FLAGS,
)


_ADD_PLAIN_RE = re.compile(
    r"^(?:add|adding|jot\s+down|note\s+down|write\s+down|put\s+down|throw\s+in|"
    # "stick down to get the car NCT'd": Irish "write down" ("stick down the carpet" is a task)
    r"stick\s+down(?=\s+to\s+[a-z]+\s)|"
    r"include)(?:\s*[:\-–—]\s*|\s+)(?P<title>.+)$",
    FLAGS,
)


_ADD_TO_LIST_RE = re.compile(
    r"^(?:put|stick|pop|place|throw|chuck|toss|get|slap|whack|bung)\s+(?P<title>.+?)\s+(?:(?:on|onto|in|into|to)"
    r"\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,2}?(?:list|tasks|todos?|to-?dos|agenda)\b|"
    # "put buy bottle brush on there", "stick eggs in there too"
    r"(?:on|onto|in)\s+there\b)(?P<after>.*)$",
    FLAGS,
)


_ADD_PREFIX_RE = re.compile(
    r"^(?:remind\s+me\s+(?:(?P<when>today|tonight|tomorrow|later(?:\s+today)?|"
    rf"(?:on\s+|next\s+|this\s+)?{DAY_STEM}day|"
    r"\d{4}-\d{2}-\d{2})(?:\s*(?=:)|\s+))?(?:to|that\s+i\s+(?:need|have|must|should)\s+to|about|of|that|:)|"
    # "put one reminder for paying staff salary", "keep a reminder to call the CA": Indian
    # English sets a reminder with "put" or "keep", and counts it "one"
    r"(?:set|create|make|add|give\s+me|put|keep|fix)\s+(?:me\s+)?(?:a\s+|an\s+|one\s+)?"
    r"reminder\s+(?:to|for|about|that)|"
    r"(?:(?:do\s+not|don'?t)\s+(?:let\s+me\s+)?|let\s+me\s+not\s+|let'?s\s+not\s+)forget\s*"
    r"(?:to\b|about\b|that\b)?|"
    # ("must not forget to X", "can't forget to X": the subject left out, as in a note)
    r"(?:(?:i|we)\s+)?(?:(?:really|absolutely|definitely)\s+)?(?:must\s+not|mustn'?t|shouldn'?t|"
    r"should\s+not|can'?t|cannot|must|should|need\s+to|have\s+to|want\s+to|got\s+to)\s+"
    # "I must absolutely not forget to X": a word that only stresses it
    r"(?:(?:absolutely|really|definitely|seriously|totally|completely)\s+)?(?:not\s+)?"
    # ("can't remember if i paid the gas": news not recalled, no task)
    r"(?:forget|remember)(?!\s*(?:if|whether|where|when|what|which|how|who|why)\b)\s*"
    r"(?:to\b|about\b|that\b)?|"
    r"remember\s+(?:to|that\s+i\s+(?:need|have)\s+to)|"
    r"make\s+sure\s+(?:that\s+)?(?:i|we|to)\b|"
    r"(?:new\s+)?(?:todo|to-?do|task|reminder)\s*[:\-–—]|note\s+to\s+self\s*:?|memo\s*:)"
    r"(?:(?<=[:\-–—])|\b)\s*(?P<title>.+)$",
    FLAGS,
)


# "remind me tmrw 8am to call the plumber", "remind me friday at noon to book the vet": a
# when of any shape between "remind me" and "to" (the prefix above knows only the plain days).
_REMIND_WHEN_RE = re.compile(
    r"^remind\s+me\s+(?P<when>(?:[\w:]+\s+){0,4}?[\w:]+)\s+to\s+(?P<title>.+)$", FLAGS
)


# "remind me tmrw 7am gym leg day", "remind me friday call the bank": the when, then the thing
# with no "to" (the longest run of words that is only a when; what follows must name a thing,
# not ask: "remind me tomorrow what i have on" is no task)
_REMIND_BARE_RE = re.compile(
    r"^(?:remind\s+me|reminder|(?:set|make|add|create)\s+(?:me\s+)?(?:a\s+)?reminder"
    r"(?:\s+for)?)\s+(?P<rest>.+)$",
    FLAGS,
)
_NOT_A_THING_AFTER_RE = re.compile(
    r"^(?:what|which|how|when|where|who|why|whether|if|again|pls|please|plz|thanks|thx|ok|"
    r"okay|too|as\s+well|and|or|but|so|it|that|this|them|those|these|of\s+(?:it|that|this))\b|"
    r"^[\W_]*$",
    FLAGS,
)
_BARE_WHEN_MOST = 6


def _when_of(words_said: str, today: date) -> tuple[str | None, str | None] | None:
    """(due, repeat) when ``words_said`` are only a when, else None."""
    when = take_slots(words_said, today, whole=True)
    if when.text.strip(" ,") or not (when.due or when.repeat) or when.priority or when.tags:
        return None
    return when.due, when.repeat


def _remind_when(s: str, today: date) -> tuple[str, str | None, str | None] | None:
    """ "remind me <when> to X": (X, due, repeat) when the words between are only a when
    ("remind me how to reset the router" has none: None); "remind me <when> X" as well."""
    m = _REMIND_WHEN_RE.match(s)
    if m is not None and (said := _when_of(m["when"], today)) is not None:
        return m["title"], *said
    bare = _REMIND_BARE_RE.match(s)
    if bare is None:
        return None
    said_words = bare["rest"].split()
    if _when_of(bare["rest"], today) is not None:
        return None  # "remind me tomorrow morning": a when, and no thing yet
    for n in range(min(_BARE_WHEN_MOST, len(said_words) - 1), 0, -1):
        thing = " ".join(said_words[n:])
        head = " ".join(said_words[:n]).rstrip(":-–—,")  # "remind me tmr morning: X"
        if _NOT_A_THING_AFTER_RE.match(thing) or (said := _when_of(head, today)) is None:
            continue
        thing = re.sub(r"^(?:to|about|of)\s+", "", thing, flags=FLAGS)
        return thing, *said
    return None


_MODAL_RE = re.compile(
    r"^(?:(?:i|we)\s+(?:really\s+|still\s+|also\s+|definitely\s+|probably\s+|just\s+|"
    r"seriously\s+|absolutely\s+)?(?:need\s+to|have\s+to|have\s+got\s+to|got\s+to|gotta|must|"
    # ("i should like to delete X": the wish wraps the request, never a title 'Like to ...')
    r"(?:should|would)\s+(?:like|love)\s+to|wish\s+to|should|ought\s+to|want\s+to|wanna|plan\s+to|intend\s+to|mean\s+to|will\s+have\s+to|"
    r"will\s+need\s+to|had\s+better|better|would\s+like\s+to|hope\s+to)"
    r"(?:\s+(?:really|definitely|probably|seriously|actually|also|just|finally))?|"
    r"(?:i'?ve|we'?ve)\s+(?:got\s+)?to|"
    r"(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:going\s+to|planning\s+to|supposed\s+to|"
    r"meant\s+to|gonna|hoping\s+to)|"
    r"(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:(?:probably|definitely|really|also)\s+)?(?:have|need)\s+to|"
    r"(?:i'?d|i\s+would|we'?d)\s+(?:better|like\s+to|love\s+to)|"
    r"(?:(?:still|also|really)\s+)?(?:need|have|got)\s+to|(?:(?:still|also|really)\s+)?gotta|must|"
    # ("should renew the car tax": the user's own "should", the "i" left out; "should i X?",
    # "should be fine" ask or guess)
    r"should(?!\s+(?:i|we|you|u|it|that|this|they|he|she|be|have|i've|we've)\b))"
    r"\s+(?P<title>.+)$",
    FLAGS,
)


# A wish that is a plan for later ("i'm going to", "gonna", "planning to"), unlike a need or a
# want ("i need to delete X", "i'd like to delete X"), which asks for the change now
_LATER_RE = re.compile(
    r"\b(?:going\s+to|gonna|planning\s+to|plan\s+to|intend\s+to|hoping\s+to|hope\s+to|"
    r"mean\s+to|meant\s+to|supposed\s+to)\s*$",
    FLAGS,
)


# What someone said or did that brought the task up: "my daughter rang and reminded me that",
# "I just realised", "the dentist's office called to say that".
_STORY_LEAD_RE = re.compile(
    r"^.{0,120}?\b(?:reminded\s+me|told\s+me|mentioned|pointed\s+out|called\s+to\s+say|"
    r"rang\s+to\s+say|texted\s+to\s+say|realised|realized|remembered|noticed|just\s+remembered)"
    r"(?:\s+that)?\s+(?=(?:i|we)\b)|"
    # "my doctor says I must check my blood pressure": who said it is the story, the user's own
    # wish after it the task ("jo says she must X" names no wish of the user's)
    r"^.{0,120}?\b(?:says|said|thinks|insists|reckons)(?:\s+that)?\s+(?=(?:i|we)\s+(?:really\s+)?"
    r"(?:must|need\s+to|have\s+to|should|ought\s+to|gotta|got\s+to)\b)|"
    # "Lucy has her birthday coming up and I must not forget to post her card"
    # ("the vet cancelled so now I have to rebook the jab")
    # ("..., it runs out end of the month and i can't be without a car": a "can't" that is no
    # "can't forget" tells how things are, and leaves the task said first)
    r"^.{0,120}?(?:,|\band|\bso)(?:\s+(?:now|then))?\s+(?=(?:i|we)\s+(?:really\s+|still\s+|also\s+)?(?:must|need|have|"
    r"promised|should|(?:can'?t|mustn'?t|shouldn'?t)(?=\s+(?:\w+\s+)?(?:forget|miss)\b)|ought|"
    r"'ve\s+got|gotta|got\s+to)\b)",
    FLAGS,
)
# A statement that carries the task: "that I must X", "I promised to X", "I've got my eye test
# on Thursday", "I have a dentist appointment at 3".
_STATEMENT_RE = re.compile(
    # ("put on my list that i will go to the bank": a plan told is the task)
    r"^(?:that\s+)?(?:(?:i|we)\s+(?:must|should|need\s+to|have\s+to|ought\s+to|will|shall|"
    r"promised(?:\s+\w+)?\s+to|agreed\s+to|offered\s+to|said\s+(?:i|we)\s*'?d|"
    r"told\s+\w+\s+(?:i|we)\s*'?d|am\s+supposed\s+to|was\s+supposed\s+to)|"
    r"(?:i'm|im)\s+supposed\s+to|(?:i'll|we'll)|"
    r"(?:i|we)(?:\s+have|'ve\s+got|\s+have\s+got|\s+got)\s+(?:(?:my|our|a|an|the)\s+)?"
    r"(?=\S+\s+\S)|that\s+(?=\S+\s+\S))\s*(?P<title>.+)$",
    FLAGS,
)


# "add now i gotta drop off the orange slices", "put so we need to X": a word that only joins
# the need to what was told before it is no part of the task
_SAID_BEFORE_A_NEED_RE = re.compile(
    r"^(?:(?:now|so|and|then|also|ok|okay|anyway|plus|but)\s+)+(?=(?:i|we)\b)", FLAGS
)
# "add every sunday i forget to take the bins out", "i always forget to X": what the user
# forgets to do, asked to be put down, is the task (the habit's day is read with the slots)
_FORGOTTEN_RE = re.compile(
    r"^(?P<when>(?:[\w:]+\s+){0,3}?)(?:i|we)\s+(?:(?:always|often|usually|sometimes|keep|"
    r"constantly|totally|tend\s+to)\s+)?(?:forget|forgetting|never\s+remember)\s+to\s+"
    r"(?P<title>.+)$",
    FLAGS,
)


# Where a story goes on after the deed forgotten: "and then", "but", "so", or "and" before a
# subject of its own ("and i'm chasing it", "and he ..."; "the kids and the dog" is one deed)
_STORY_GOES_ON_RE = re.compile(
    r"\s*,?\s+(?:and\s+then|then|but|so|because|cause|coz|cuz)\s+|\s*,\s+|"
    r"\s+and\s+(?=(?:i|we|he|she|they|it)(?:'\w+)?\s)",
    FLAGS,
)


_ONLY_THE_LIST_RE = re.compile(
    r"(?:(?:to|on|onto|in|into)\s+)?(?:my|the|our)\s+(?:to-?do\s+)?(?:list|tasks|todos?)[.!?]*",
    FLAGS,
)


_COMMAND_START_RE = re.compile(
    r"^(?:add|create|delete|remove|erase|mark|rename|reopen|re-open|tick\s+off|cross\s+off|"
    r"check\s+off|update\s+task|change\s+task|"
    # "i want to wipe everything", "i'd like to clear out everything and start again": the
    # whole list emptied is the command (with approval), never a task 'Wipe everything'
    r"(?:wipe|clear|empty|nuke|scrap|bin)\s+(?:out\s+)?(?:everything|it\s+all|the\s+lot)\b|"
    # "i want to move it to friday", "i'd like to push to tomorrow": a move of the task talked
    # about ("i want to move to spain" is a task: no day follows)
    r"(?:move|push|shift|postpone|reschedule|bump)\s+(?:it\s+|that\s+|this\s+)?(?:to|till|until)\s+"
    r"(?:next\s+|this\s+)?(?:today|tonight|tomorrow|\w+day|the\s+\d|\d|week|weekend)\b)\b",
    FLAGS,
)


_LIST_WANT_RE = re.compile(
    r"^(?:see|view|know|check|look\s+at|hear|get|review|go\s+over|go\s+through)\b.*"
    r"\b(?:tasks?|todos?|to-?dos?|list|everything|pending|completed)\b",
    FLAGS,
)


# "buy a recharge card for my mama, I need to send it to her on friday", "pick up the suit, I
# want to wear it on saturday": after a deed to do, a remark with its own subject that speaks of
# that thing again ("it", "them") says why or when; it is no task and no part of the title.
_REMARK_AFTER_RE = re.compile(
    r"^(?P<task>[\w'-]+\s.+?)\s*(?:,|;|\s-|\s–|\s—)\s*"
    # ("her bday is sunday so i need it by sat": news first, then the remark that dates it)
    r"(?:[^,;]{1,60}?\s+(?:so|and)\s+)?(?:(?:and|so|because|cause|coz|cuz|as|since)\s+)?"
    r"(?P<remark>(?:i|we|i'?ll|we'?ll|i'?m|we'?re|i'?ve|i'?d)\s+(?:[\w']+\s+){0,6}?"
    r"(?:it|them|this|that|those|these)\b.*)$|"
    # "buy a present for sam its his bday friday", "pick up the kids, it's a half day friday":
    # news of whose or what day it is, even with no comma
    # ("ask mum if it's her turn": what is asked, no news)
    r"^(?P<task_>[\w'-]+\s.+?(?<!\bif)(?<!\bwhether)(?<!\bwhen)(?<!\bwhat)(?<!\bwho)(?<!\bthat)"
    r"(?<!\bwhy))\s*,?\s+(?P<news>(?:it|that|he|she)'?s\s+(?:his|her|my|our|"
    r"their|your|the|a|an)\s+\S.*)$",
    FLAGS,
)


# "my saas is coming on sunday so the guest room needs a proper cleaning", "the lawn needs
# mowing": what needs doing to a thing, said (after the story) as its need
_NEED_AS_DEED_RE = re.compile(
    r"^(?:.*?(?:,|\bso|\band)\s+)?(?P<thing>(?P<the>(?:the|my|our|his|her|their|your)\s+)?"
    r"(?:[\w'-]+\s+){0,6}?[\w'-]+?)\s+(?:(?:really|badly|desperately|still|also)\s+)?"
    # ("the kids' permission slips for the field trip need signing": a need of things too)
    r"(?:needs|need|could\s+do\s+with)\s+(?:a\s+|an\s+)?(?:(?:good|proper|deep|quick|thorough|big|"
    r"full|real|decent|bit\s+of\s+a|little)\s+)*(?P<deed>[a-z]+(?:-[a-z]+)?)(?P<rest>(?:\s+.*)?)$",
    FLAGS,
)


# Words that make what is said before "needs" more than a thing named ("check if the car")
_NOT_A_THING_RE = re.compile(r"\b(?:if|whether|that|the|when|what|who|which|how)\b", FLAGS)


@cache
def _need_deeds() -> frozenset[str]:
    return frozenset(normalising.plain_words("need_deed"))


def _need_as_deed(raw: str) -> str:
    """ "the guest room needs a proper cleaning (before that)" -> "clean the guest room (before
    that)": a task named only by what a thing needs, when the need is a deed (a gerund of a
    task's verb, or the ``need_deed`` word list); ``raw`` as it was otherwise ("the boss needs
    a report") or when it starts with a deed already."""
    said = words(raw)
    if not said or said[0].lower() in TASK_VERBS:
        return raw
    m = _NEED_AS_DEED_RE.match(raw.strip())
    if m is None:
        return raw
    deed = m["deed"].lower()
    verb = base_verb(f"{deed} it").split()[0] if deed.endswith("ing") else deed
    if verb == deed and deed.endswith("ing"):
        # ("the gutters need clearing": a gerund of a deed on the list, "clear")
        stems = (deed[:-3], deed[:-3] + "e", deed[:-4])
        verb = next((v for v in stems if v in _need_deeds()), deed)
    if verb == deed and deed not in _need_deeds():
        return raw
    if m["the"] is None and (verb == deed or _NOT_A_THING_RE.search(m["thing"])):
        # with no "the", only a gerund is a deed ("tv licence needs renewing"), of a thing
        # named alone ("check if the car needs servicing" is a deed of its own)
        return raw
    return f"{verb.replace('-', ' ')} {m['thing']}{m['rest']}"


def _told_first(clause: str) -> bool:
    """Whether ``clause`` (said after a comma) starts with a subject of its own ("it expire
    next month and", "my card runs out so"): a remark, not more of the deed before it."""
    said = words(clause)
    return bool(said) and said[0].lower() in SUBJECTS and said[0].lower() not in ("i", "we")


def _remark_after(raw: str) -> tuple[str, str]:
    """(the task, the remark after it) when ``raw`` is a deed to do then such a remark."""
    m = _REMARK_AFTER_RE.match(raw)
    task = (m["task"] or m["task_"]) if m is not None else ""
    if m is None or words(task)[0].lower() not in TASK_VERBS:
        return raw, ""
    if m["news"] and level_said_alone(m["news"]):
        return raw, ""  # "..., it's a priority": the task's level, never news about it
    return task, m["remark"] or m["news"]


_DAY_DENIED_RE = re.compile(r"(?:^|\s*[,;:–—-]\s*|\s+)(?:but\s+|just\s+)?not(?:\s+on)?$", FLAGS)


def _when_said_after_the_list(after: str, today: date) -> tuple[str | None, str | None]:
    """ "put it on the list every sunday", "... on the list so that it reminds me every
    sunday": when or how often, said after the list, dates the task put there ("not on
    friday" says no date)."""
    if not after.strip() or NEGATED.intersection(w.lower() for w in words(after)):
        return None, None
    said = take_slots(after.strip(" .!?"), today, whole=True)
    return said.due, said.repeat


def read_add(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    m = _ADD_WITH_NOUN_RE.match(s)
    prio_word: str | None = None
    raw: str | None = None
    if m:
        raw = m.group("title")
        prio_word = m.group("prio")
    when: str | None = None
    said_when: tuple[str | None, str | None] = (None, None)
    if not m and (reminder := _remind_when(s, today)):
        raw, *rest = reminder
        said_when = (rest[0], rest[1])
    elif not m:
        for rx in (_ADD_TO_LIST_RE, _ADD_PREFIX_RE, _ADD_PLAIN_RE):
            m = rx.match(s)
            if m:
                raw = m.group("title")
                when = m.groupdict().get("when")
                if rx is _ADD_TO_LIST_RE:
                    said_when = _when_said_after_the_list(m["after"], today)
                break
    if raw is None:
        return None
    # "add a task: I need to remember to call mom" -> peel nested prefixes too, and the story
    # told around the task ("my daughter reminded me that I promised to mail the cards").
    raw, remark = _remark_after(raw.strip())
    lead = _STORY_LEAD_RE.match(raw)
    said_first = lead.group().rstrip() if lead else ""
    deed_first, comma, told = said_first.partition(",")
    if said_first.endswith(",") and words(raw)[0].lower() in TASK_VERBS:
        # "add buy stamps, I need to post the letters on friday": the deed said first is the
        # task; the need after the comma says why (and when), never the title
        raw, remark = said_first.rstrip(","), remark or raw[lead.end() :] if lead else remark
    elif comma and words(raw)[0].lower() in TASK_VERBS and _told_first(told):
        # "add renew my CNH, it expire next month and i need to do the exame médico first": a
        # remark with its own subject, then a need joined to it, both say why
        raw, remark = deed_first, remark or raw[len(deed_first) + 1 :]
    else:
        raw = _STORY_LEAD_RE.sub("", raw, count=1)
    for _ in range(2):
        raw = _SAID_BEFORE_A_NEED_RE.sub("", raw.strip(), count=1)
        inner = (
            _FORGOTTEN_RE.match(raw.strip())
            or _ADD_PREFIX_RE.match(raw.strip())
            or _MODAL_RE.match(raw.strip())
            or _STATEMENT_RE.match(raw.strip())
        )
        if not inner:
            break
        said = inner["title"]
        if inner.re is _FORGOTTEN_RE:
            # "... take the bins out and then the truck comes": what happens after is the story
            said = _STORY_GOES_ON_RE.split(said, maxsplit=1)[0]
        raw = " ".join((said, inner.groupdict().get("when") or "")).strip()
    raw = _need_as_deed(raw)
    raw = re.sub(r"\s+instead$", "", raw.strip(), flags=FLAGS)  # "add order basil instead"
    if _ONLY_THE_LIST_RE.fullmatch(raw):
        raw = ""  # "add something to the list": the title is still to come
    slots = read_slots(raw, quotes, today)
    denied = _DAY_DENIED_RE.search(slots.title) if slots.due else None
    if denied is not None and denied.start() > 0:
        # "add milk, not for today tho": a day said not to be it dates nothing
        slots = slots._replace(title=slots.title[: denied.start()], due=None)
    if when and slots.due is None:
        slots = slots._replace(due=due_words(when, today))
    if remark:
        # "add buy a card for mum, I need to post it to her on friday": the remark's date
        said = take_slots(remark, today)
        negated = NEGATED.intersection(w.lower() for w in words(remark))
        # ("..., i reckon it lapses next month": a guess of when, no due date)
        guessed = hedged_guess(remark)
        if said.due and slots.due is None and slots.repeat is None and not (negated or guessed):
            slots = slots._replace(due=said.due)
    due, repeat = said_when
    if due and slots.due is None:
        slots = slots._replace(due=due)
    if repeat and slots.repeat is None:
        slots = slots._replace(repeat=repeat)
    if prio_word and slots.priority is None:
        slots = slots._replace(priority=priority_level(prio_word))
    return add_intent(slots)


def read_modal_add(
    s: str, quotes: tuple[str, ...], today: date, reparse: Callable[[str], Intent | None]
) -> Intent | None:
    """ "I need to call mom": a wish is an implied add; "I want to delete X" is the command
    (``reparse`` reads the rest as a clause of its own)."""
    m = _MODAL_RE.match(s)
    if not m:
        return None
    rest = m.group("title").strip()
    if _COMMAND_START_RE.match(rest) or _LIST_WANT_RE.match(rest):
        inner = reparse(rest)
        if inner is not None and inner.kind not in SOCIAL_KINDS:
            if inner.kind in DOUBTED_KINDS and _LATER_RE.search(s[: m.start("title")]):
                # "im gonna delete the fence at some point": a plan told, so asked, not made
                return replace(inner, doubt=True)
            return inner
    if NOT_A_TASK_RE.match(rest):
        return Intent("unknown", text=s)
    inner_prefix = _ADD_PREFIX_RE.match(rest)
    if inner_prefix:
        rest = inner_prefix.group("title")
    if NOT_A_TASK_RE.match(rest):
        return Intent("unknown", text=s)
    return add_intent(read_slots(rest, quotes, today), text="implied")


# "book me a parking spot", "email the letter to Okafor yourself": a job for the assistant
# itself, which only keeps the list; it is not a task to add.
_FOR_THE_ASSISTANT_RE = re.compile(
    r"^(?!remind\b)\w+\s+me\s+(?!to\b|up\b|back\b|know\b|when\b|if\b)|\byourself\b|"
    # "ring the insurance company for me and sort it out", "submit my essay for me asap"
    r"^\w+\s.*?\bfor\s+me\s+(?:and|asap|now|today|right|please|pls|by|before|,)",
    FLAGS,
)


# "shop was shut", "buy milk isn't on the list?", "water is leaking": a verb-like word then,
# within two words, "is" or "was" is the subject of news, no request (a copula further on,
# "check if the store is open", belongs to the task)
_SUBJECT_BEFORE_COPULA = 4
_RELATIVE = lexicon("what that which who where when if whether whatever")
_BE = lexicon("is are was were")
_TOLD = _BE | NEGATED_COPULA


def _told_of_a_subject(tokens: list[str]) -> bool:
    head = [t.lower() for t in tokens[:_SUBJECT_BEFORE_COPULA]]
    if len(head) > 2 and head[1] in ("got", "gets") and is_past_tense(head[2]):
        return True  # "practice got cancelled again": a thing that was done to, news
    for n, token in enumerate(head[1:], start=1):
        if token in _TOLD:
            return not _RELATIVE.intersection(head[:n])
    return False


# "put 'call plumber for the shower' with the tag casa", "pop water the ferns tagged garden": a
# title put with no place said is the task to add, when it is quoted or starts with a verb of a
# task ("put the bins out" is a task of its own; "put it under work" a tag)
# ("chuck in pick up 20 lengths of 90x45", "put in ring the plumber": "in" said before it too)
# ("chuck ring the plumber on", "bung grab a slab on for saturday": a deed put on, the particle
# after it saying where it goes, as "in" before it does)
_PUT_TITLE_RE = re.compile(
    r"^(?:(?P<in>(?:put|pop|stick|chuck|bung|whack|throw|toss)\s+in)|put|pop|stick|chuck|bung|"
    r"whack|throw|slap)\s+(?P<t>(?P<w>[\w']+).*?)(?P<on>\s+(?:on|down))?$",
    FLAGS,
)


# what "put in" hands in, a task of its own ("put in the leave request"), or no title ("put in it")
_PUT_IN_KEPT_RE = re.compile(
    r"^(?:(?:an?|the|my|our|your)\s+)?(?:it|that|this|them|there|here|for|a\s+word|leave|"
    r"requests?|applications?|claims?|orders?|complaints?|offers?|bids?|tickets?|forms?|"
    r"notice|timesheets?|hours|overtime|expenses?|paperwork|transfer)\b",
    FLAGS,
)


# "chuck out the old paint", "put the bins out tonight": a thing put out is a deed of its own,
# its verb a word of the title ("out" never puts it on the list, nor takes it off: "take the
# dentist out" may, so "take" is none of these)
_PUT_OUT_RE = re.compile(
    r"^(?P<v>[a-z]+)\s+(?:out\s+(?!(?:of|it|that|this|them|those|these)\b)\S|"
    r"(?!(?:it|that|this|them|those|these)\b)[\w' -]+?\s+out(?:\s|$))",
    FLAGS,
)


def _put_out(s: str) -> bool:
    m = _PUT_OUT_RE.match(s)
    return m is not None and m["v"].lower() in PLACING_VERBS and m["v"].lower() != "take"


# the words before a date that deny it ("X - not today", "X, not on friday")
def read_imperative_add(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    put = _PUT_TITLE_RE.match(s)
    quoted = put is not None and PLACEHOLDER_RE.fullmatch(put["w"]) is not None
    put_title = put is not None and (quoted or put["w"].lower() in TASK_VERBS)
    if put is not None and put_title:
        s = put["t"]
    elif put is not None and put["in"] and not _PUT_IN_KEPT_RE.match(put["t"]):
        # "can u put in dentist for Mia 3.45 fri": a thing written in for a day is the title
        # ("put in the leave form friday" keeps its verb: the task is putting it in)
        written = read_slots(put["t"], quotes, today)
        if written.due and written.title:
            return add_intent(written, text="dated")
    tokens = words(s)
    # ("update my resume", "set up the printer": a verb of a change is a deed too, unless what
    # it changes is named as a task: "update the 1099 task")
    edited = not quoted and edit_deed_re().match(s) is not None
    if edited and _NAMED_AS_A_TASK_RE.search(s):
        return None
    if (
        not quoted
        and (len(tokens) < 2 or (tokens[0] not in TASK_VERBS and not edited))
        and not _put_out(s)
    ):
        return None
    if _told_of_a_subject(tokens):
        return Intent("unknown", text=s)
    if _FOR_THE_ASSISTANT_RE.search(s):
        return Intent("unknown", text=s)
    slots = read_slots(s, quotes, today)
    denied = _DAY_DENIED_RE.search(slots.title) if slots.due else None
    if denied is not None:
        # "water tank cleaning - not today": a day said not to be it; the task is the topic of
        # what follows ("..., move to tomorrow"), never a task to add that day
        return Intent("unknown", text=slots.title[: denied.start()])
    if put_title and not quoted and not (slots.tags or slots.priority or slots.due or slots.repeat):
        if put is not None and (put["in"] or put["on"]):
            # "put in ring the plumber", "chuck ring the plumber on": "in", "on" say where it goes
            return add_intent(slots)
        return None  # "put water the ferns in garden": where it goes is not understood
    # "call grandma sunday instead": with 'Call grandma' on the list, a date for it; "update
    # the vet" with 'Vet appointment' on it is no new task (plan/turn.py, _on_the_list)
    dated = slots.due or slots.repeat
    return add_intent(slots, text="dated" if dated else "edited" if edited else "")


_NAMED_AS_A_TASK_RE = re.compile(rf"\s(?:{task_noun('one')})$", FLAGS)


_FOLLOWUP_RE = re.compile(
    r"^(?:(?:oh\s+|and\s+)?(?:and|also|plus|&|\+)\s+|one\s+more:?\s+|another:?\s+)(?P<a>.+?)"
    r"(?:\s+(?:too|as\s+well))?$|^(?P<b>.+?)\s+(?:too|as\s+well)$",
    FLAGS,
)


# "and high priority", "also urgent", "and make it friday", "and by the 10th", "and every sunday":
# what is said of the task just added, never one more task
_FIELD_SAID_RE = re.compile(
    r"^(?:(?:a|the|its|it's|it\s+is|pls|please|make\s+it|set\s+it\s+to|put\s+it\s+(?:on|as|at))\s+)*"
    r"(?:(?:high|higher|low|lower|medium|top|normal|highest|lowest|urgent|important)"
    r"(?:[\s-]+(?:priority|prio)\b|\s*(?:[,.!;:]|$)|\s+(?:pls|please|too|as\s+well|thanks)\b)|"
    r"(?:priority|prio|due|repeat(?:ing|s)?|recurring|every|each|weekly|daily|monthly)\b|"
    r"(?:make|set|move|push|change|tag|mark|flag|bump)\s+(?:it|that|this|them)\b)",
    FLAGS,
)


# "one for sending them the invoice", "another one to chase the deposit", "a reminder about
# booking the van": the deed after it is the task ("more" was taken off before)
_ONE_FOR_RE = re.compile(
    r"^(?:one|another(?:\s+one)?|(?:a\s+|another\s+)?(?:task|reminder|todo))\s+(?:(?:for|about)\s+"
    r"(?:(?P<g>[a-z]+ing\s+.+)|(?P<f>.+))|to\s+(?P<v>.+))$",
    FLAGS,
)


# "another one -", "one more thing:", "one more item,": an item counted, before what it is
_COUNTED_RE = re.compile(
    r"^(?:another|one(?:\s+more)?|thing|item)(?:\s+(?:one|thing|item|task|bit))?\s*(?:[:,;]|\s[-–—])\s*",
    FLAGS,
)


def followup_add(text: str, today: date) -> Intent | None:
    """ "and bananas" right after an add: one more task of the same kind."""
    # The words as typed too (the normaliser drops "oh and" as a wrapper), but for the chatter
    # that ends them ("oh and parsley lol", "and limes 🙏")
    for candidate in (normalise(text), normalising.lexicon().without_trail(text)):
        last = split_sentences(candidate)[-1:] or [""]
        m = _FOLLOWUP_RE.match(last[0].strip(" .!?"))
        if m is not None:
            break
    else:
        return None
    if _FIELD_SAID_RE.match(m.group("a") or m.group("b")):
        return None  # "oh and high priority, ...", "and make it friday": said of the last one
    item = re.sub(r"^(?:some|more|a\s+few|a|an)\s+", "", m.group("a") or m.group("b"), flags=FLAGS)
    # "oh and another one - kitty litter", "one more thing: bin bags": the words that count the
    # item are no part of it
    item = _COUNTED_RE.sub("", item)
    task = _ONE_FOR_RE.match(item)
    if task is not None and task["f"] is not None:
        # "and one for renew the Deutschlandticket": a verb of a task after "for" is a task of
        # its own too ("and one for the kids" is one more like the last)
        item = task["f"] if words(task["f"])[0].lower() in TASK_VERBS else item
    elif task is not None:
        # "and one for sending them the invoice": a task of its own, 'Send them the invoice'
        item = base_verb(task["g"]) if task["g"] else task["v"]
    protected, quotes = protect_quotes(item)
    said = read_add(protected, quotes, today)  # "and put washer fluid on there too"
    if said is not None and said.title:
        return said
    slots = read_slots(protected, quotes, today)
    return add_intent(slots) if slots.title else None


_BARE_MOST_WORDS = 6
_NEED_RE = re.compile(r"^(?:needs?|(?:gotta|got\s+to|need\s+to)\s+get)\s+(?P<x>.+)$", FLAGS)
# "pa delete po nung laundry task", "pls remove d gym item": a verb of taking a task off the
# list said with a word for a task is a request not read, never a task to add ('Remove stains
# from the sofa' names no task word, and stays an errand)
_TAKE_OFF_TASK_RE = re.compile(
    r"\b(?:delete|deleting|remove|removing|erase|untick|uncheck|unmark|rename)\b.*\b"
    + task_noun("one")
    + r"\b",
    FLAGS,
)
_NOT_A_THING = lexicon(
    "yes yeah yep yup ya no nope nah ok okay k kk sure fine cool nice great good perfect "
    "awesome amazing lovely brilliant thanks thank thx ty cheers lol lmao haha hmm hm wait "
    "stop cancel nvm nevermind never mind nothing none both all everything done hi hey hello "
    "bye goodbye goodnight night morning sorry oops help test testing right wrong true false "
    "same again more less other another first second third last next previous above below "
    "update status news weird sad tired bored busy hungry what who why how when where which "
    "day days week weekend morning evening afternoon tonight today life"
)
_WORD_LIKE_RE = re.compile(r"(?!.*(\w)\1\1)(?!(?:asdf|qwe|zxc|jkl|hjk))[a-z]*[aeiouy][a-z]*")
"""A word as people write words: a vowel, no letter three times running, no keyboard row."""
_COPULA = _BE | NEGATED_COPULA | lexicon("am be been being 's")


@cache
def _errand_re() -> re.Pattern[str]:
    return re.compile(rf"\b{word_list('errand')}\b", FLAGS)


def read_bare_add(text: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """ "kids dentist appt", "car service", "need stamps": a message of a few words that names
    an errand (the ``errand`` word list) or a need ('Get stamps'), with no verb of a statement,
    no date and nothing else understood, is a task to add, as a quick-add box takes it. The
    planner asks for it only
    when nothing else was read, its last reply asked nothing, and no task on the list shares
    a word with it (an add is never harmful; a second 'Milk' beside 'Buy milk' is noise)."""
    if "?" in text or _TAKE_OFF_TASK_RE.search(text):
        return None
    need = _NEED_RE.match(text.strip())
    thing = need["x"] if need else text
    said = [w.lower() for w in words(thing)]
    if not 1 <= len(said) <= _BARE_MOST_WORDS or said[0] in SUBJECTS:
        return None
    if (
        any(is_past_tense(w, any_verb=True) for w in said)
        or _COPULA.intersection(said)
        or NEGATED.intersection(said)
        or any(map(news_word().fullmatch, said))
    ):
        # "the dentist moved my appointment", "bijli ka bill bohat zyada aya" (the bill came
        # very high): news, not a thing to do
        return None
    things = [w for w in said if w not in STOPWORDS and w not in _NOT_A_THING and w not in MOOD]
    if not any(len(w) >= 3 for w in things) or hollow_title(thing):
        return None
    if not all(_WORD_LIKE_RE.fullmatch(w) for w in things):
        return None  # "asdf jkl", "ssssss": a slip of the keyboard
    if need is None and not _errand_re().search(thing):
        return None  # "stamps", "legend": a bare word may be anything, so it is not read
    slots = read_slots(thing, quotes, today)
    if not slots.title or slots.due or slots.repeat:
        return None
    title = f"Get {slots.title[:1].lower()}{slots.title[1:]}" if need else slots.title
    return add_intent(slots._replace(title=title), text="bare")
