"""Several adds in one request: "add buy milk, call mom and pay rent", "add two things: X and
Y", "add the following for the Saturday shift: X, Y, and Z", numbered or bulleted lines.

One task per item. A list is only read as one when every item reads as a task: an item that
reads as the rest of a sentence ("..., then ...", "..., it's urgent") means it is not a list,
and a last item that is a command on its own ("..., and mark X done") is left to be read as one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from todochat.assistant.offline.meaning import Intent, with_slots_of
from todochat.assistant.offline.normalise import EMOJI, word_list
from todochat.assistant.offline.slots import (
    Taken,
    add_intent,
    read_slots,
    said_as_remark,
    take_slots,
)
from todochat.assistant.offline.split import DESC_KEYWORD_RE, PLACEHOLDER_RE, TITLE_MARKER_RE
from todochat.assistant.offline.text import TASK_VERBS, task_noun

from .vocabulary import FLAGS

_ADD_SEVERAL_RE = re.compile(
    r"^(?:add|create|make|put\s+down|jot\s+down|new)\s+(?:these|the\s+following|"
    r"(?:two|three|four|five|six|\d+|a\s+few|some|several|multiple)(?:\s+new)?)\s+"
    r"(?:things|tasks|items|todos|to-?dos|reminders|ones)(?:\s+to\s+my\s+list)?\s*[:\-–—]?\s*"
    r"(?P<items>.+)$",
    FLAGS,
)


_LIST_ITEM_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&|\n)\s*(?:and\s+)?", FLAGS)

_ADD_LIST_RE = re.compile(
    r"^(?:add|put\s+down|jot\s+down|remind\s+me\s+to|i\s+need\s+to)\s+(?P<items>[^,]+(?:,[^,]+)+)$",
    FLAGS,
)


_ITEM_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+(?=[^,]*$)", FLAGS)


_NOT_AN_ITEM_RE = re.compile(
    r"^(?:then|so|but|because|cause|since|which|who|that|it|it's|its|she|he|they|we|i|you|"
    r"please|thanks|thank|pls|ok|okay|as|with|for|to|on|by|due|every|at|too|also|plus|"
    # "add buy bin bags, tags flat and home", "add clean the garage, whenever, no rush": the
    # task's tags or how soon, no item
    r"tags?|labels?|tagged|labell?ed|under|whenever|anytime|sometime|no\s+(?:rush|hurry|stress)|"
    r"not|urgent|important|asap)\b",
    FLAGS,
)


_PLEASE_END_RE = re.compile(r"\s(?:please|pls|plz)$", FLAGS)
_REMARK_RE = re.compile(r"^(?:the|this|my|our)\s|\b(?:is|are|was|were|has|have)\s", FLAGS)


_QUOTED_LIST_RE = re.compile(
    r"^(?:add|create|put\s+down|jot\s+down|new)\s+(?:(?:the\s+)?(?:tasks?|todos?|items?)\s+)?"
    r"(?P<items>qq\d+qq(?:\s*(?:,\s*and|,|and|&|\+)\s*qq\d+qq)+)$",
    FLAGS,
)


# "Brighton & Hove", "Marks & Spencer", "Johnson & Johnson": an ampersand between two
# capitalised words joins a name; the list splitters never cut there.
_NAME_AMPERSAND_RE = re.compile(r"\b([A-Z][\w'-]*) & (?=[A-Z])")
_KEPT_AMPERSAND = "\u0000"


def _split_items(splitter: re.Pattern[str], raw: str) -> list[str]:
    kept = _NAME_AMPERSAND_RE.sub(rf"\1{_KEPT_AMPERSAND}", raw)
    return [p.replace(_KEPT_AMPERSAND, " & ") for p in splitter.split(kept) if p]


# "add X for Friday and Y, both high prio", "add X and Y both due tmrw", "..., all three
# tagged work": what is said of both (each, all of them) after the items is every item's, and
# says the words before it are that many tasks
_SHARED_TAIL_RE = re.compile(
    r"(?:\s*,\s*|\s+)(?:and\s+)?(?:make\s+|set\s+)?(?:(?P<two>both(?:\s+of\s+them)?|them\s+both|"
    r"the\s+two\s+of\s+them)|(?:each|all)(?:\s+of\s+them|\s+(?P<n>three|four|five))?|"
    r"them\s+all)\s*,?\s+(?:(?:are|is|as|to|should\s+be|will\s+be)\s+)?(?P<said>\S.*)$",
    FLAGS,
)
_ADD_ITEMS_RE = re.compile(
    r"^(?:add|put\s+down|jot\s+down|remind\s+me\s+to|i\s+need\s+to)\s+(?P<items>.+)$", FLAGS
)
_COUNTS = {"three": 3, "four": 4, "five": 5}


def _read_shared_slots(s: str, quotes: tuple[str, ...], today: date) -> list[Intent]:
    """ "add Kita Anmeldung for Friday and Elterngeld Antrag, both high prio": one task per
    item, each with what is said of both (its own date or level first); nothing when the
    words after "both" are more than slots or the items are not as many as said."""
    tail = _SHARED_TAIL_RE.search(s)
    head = _ADD_ITEMS_RE.match(s[: tail.start()]) if tail is not None else None
    if tail is None or head is None or DESC_KEYWORD_RE.search(s) or TITLE_MARKER_RE.search(s):
        return []
    shared = take_slots(tail["said"], today, whole=True)
    if _ONLY_CHATTER_RE.sub("", shared.text) or shared == Taken(shared.text):
        return []
    items = [p.strip() for p in _split_items(_ITEM_SPLIT_RE, head["items"]) if p.strip()]
    want = 2 if tail["two"] else _COUNTS.get((tail["n"] or "").lower(), len(items))
    if len(items) < 2 or len(items) != want or any(_NOT_AN_ITEM_RE.match(i) for i in items):
        return []
    out: list[Intent] = []
    for item in items:
        slots = read_slots(item, quotes, today)
        if not slots.title:
            return []
        out.append(
            replace(
                add_intent(slots),
                priority=slots.priority or shared.priority,
                due=slots.due or shared.due,
                repeat=slots.repeat or shared.repeat,
                tags=(*slots.tags, *(t for t in shared.tags if t not in slots.tags)),
            )
        )
    return out


# "add 'send raya cards' by saturday and 'book bus to Ipoh' as high priority": quoted titles,
# each with what is said of it alone after it
_QUOTED_SLOTTED_RE = re.compile(
    r"^(?:add|create|put\s+down|jot\s+down|new)\s+(?:(?:the\s+)?(?:tasks?|todos?|items?)\s+)?"
    r"(?P<items>qq\d+qq.*)$",
    FLAGS,
)
_BEFORE_QUOTE_RE = re.compile(r"\s*(?:,\s*and|,|\band|&|\+)\s*(?=qq\d+qq)", FLAGS)


def _quoted_items_with_slots(s: str, quotes: tuple[str, ...], today: date) -> list[Intent]:
    """One task per quoted title, each with the slots said after it ('due' or a level); nothing
    when the words after a title are more than its slots."""
    m = _QUOTED_SLOTTED_RE.match(s)
    if m is None:
        return []
    items = [p.strip() for p in _BEFORE_QUOTE_RE.split(m["items"]) if p.strip()]
    if len(items) < 2:
        return []
    out: list[Intent] = []
    for item in items:
        title = PLACEHOLDER_RE.match(item)
        if title is None:
            return []
        rest = item[title.end() :].strip(" ,.!")
        if rest:
            taken = take_slots(rest, today, whole=True)
            if taken.text.strip(" ,.!?") or taken == Taken(taken.text):
                return []
        out.append(add_intent(read_slots(item, quotes, today)))
    return out


@cache
def _people_verb_re() -> re.Pattern[str]:
    """A first item of a verb done to one person ("invite bob", "ring Aunty Jo")."""
    return re.compile(rf"^{word_list('people_verbs')}\s+(?:[\w'-]+\s*){{1,2}}$", FLAGS)


def _people_listed(items: list[str]) -> bool:
    """ "invite bob, don and sue", "ring mum, dad and gran": a verb done to a person, then
    more people named bare (a word or two each, no verb), is one task of them all."""
    if not _people_verb_re().match(items[0]):
        return False
    return all(
        (len(item.split()) <= 2 or (n == len(items) - 1 and _WHAT_FOR_RE.match(item)))
        and item.split()[0].lower() not in TASK_VERBS
        and not any(ch.isdigit() for ch in item)
        for n, item in enumerate(items[1:], 1)
    )


# "..., don and sue re the bbq", "... and zoe from school": the last person, then what for,
# from where or when, said of them all
_WHAT_FOR_RE = re.compile(
    r"^[\w'-]+(?:\s+[\w'-]+)?\s+(?:re|about|from|to|for|at|on|after|before|by|tomorrow|tonight|"
    r"today|this|next)\b",
    FLAGS,
)


_TAGS_NAMED_RE = re.compile(r"^(?:the\s+|a\s+)?(?:tags?|labels?)\s", FLAGS)


def read_add_list(s: str, quotes: tuple[str, ...], today: date) -> list[Intent]:
    """ "add buy milk, call mom and pay rent": one task per item of a list after the verb.

    A list has two commas, or a comma and a last "and"; an item that reads as the rest of
    a sentence ("..., then ...", "..., it's urgent") means it is not a list.
    """
    shared = _read_shared_slots(s, quotes, today)
    if shared:
        return shared
    quoted = _QUOTED_LIST_RE.match(s)
    if quoted:
        # 'add "A" and "B"': each quoted title is a task of its own
        found = PLACEHOLDER_RE.findall(quoted["items"])
        return [add_intent(read_slots(f"qq{n}qq", quotes, today)) for n in found]
    slotted = _quoted_items_with_slots(s, quotes, today)
    if slotted:
        return slotted
    m = _ADD_LIST_RE.match(s)
    if not m or DESC_KEYWORD_RE.search(s) or TITLE_MARKER_RE.search(s):
        return []
    raw = m.group("items")
    items = [p.strip() for p in _split_items(_ITEM_SPLIT_RE, raw) if p.strip()]
    if len(items) < 2 or any(
        (_NOT_AN_ITEM_RE.match(i) and not (n and _only_slots(i, today))) or len(i.split()) > 8
        for n, i in enumerate(items)
    ):
        return []
    if _TAGS_NAMED_RE.match(items[0]):
        return []  # "add the tags travel, admin and work to X": tags put on a task, no list
    one = _one_thing_repeats(items, quotes, today)
    if one is not None:
        return [one]
    if _people_listed(items):
        return []  # "add invite bob, don and sue": one task of the people named
    if any(said_as_remark(i) for i in items[1:]):
        # "add buy fuel for gen, light has been off since morning and this heat ehn": news after
        # the first item makes it one task with a remark, never a list
        return []
    if len(items) == 2 and not all(i.split()[0].lower() in TASK_VERBS for i in items):
        return []  # "add call mom, she's ill": two items only when each starts with a verb
    if _PLEASE_END_RE.search(items[0]) and any(_REMARK_RE.search(i) for i in items[1:]):
        # "add book the vet plz, the usual one, max is limping": the please ended the title,
        # and what follows describes it ("the usual one") or tells news ("max is limping")
        return []
    out: list[Intent] = []
    merged = False
    for item in items:
        taken = take_slots(item, today, whole=True)
        if out and _only_slots(item, today):
            merged = True
            # "add pay the HOA dues, high priority pls, and grab stamps": an item that is only
            # slots says them of the item before it
            out[-1] = with_slots_of(out[-1], taken)
            continue
        slots = read_slots(item, quotes, today)
        if not slots.title or not taken.text.strip(" .,!?"):
            return []  # "add fix the fence, high priority, ...": a level first is no item
        out.append(add_intent(slots))
    if merged and (
        not all(i.title.split()[0].lower() in TASK_VERBS for i in out)
        or not re.search(rf"\s(?:and|&)\s+{re.escape(items[-1])}\s*$", raw, FLAGS)
    ):
        # "add water the lawn, weekly, starting this saturday", "add call the landlord, very
        # urgent, water everywhere": slots said between words that are no tasks of their own,
        # or with no "and" before the last, make no list (the last is why)
        return []
    return out if len(out) > 1 else []


# "..., and have it repeat every tuesday", "then make it repeat weekly": one thing asked to repeat
_IT_REPEATS_RE = re.compile(
    r"^(?:(?:and|then|pls|please|just|n|&)\s+)*(?:have|make|set|let|get)\s+(?:it|that|this)\s+"
    r"(?:to\s+)?repeat(?:ing)?\b",
    FLAGS,
)


def _one_thing_repeats(items: list[str], quotes: tuple[str, ...], today: date) -> Intent | None:
    """ "add put the bins out, recycling n rubbish, and have it repeat every tuesday": a last
    item that asks "it" to repeat says the words before it are one thing, so the items after
    the first are its details (its description), never tasks of their own; None otherwise."""
    if len(items) < 2 or _IT_REPEATS_RE.match(items[-1]) is None:
        return None
    told = take_slots(items[-1], today, whole=True)
    if told.repeat is None or any(i.split()[0].lower() in TASK_VERBS for i in items[1:-1]):
        return None  # ("add call mum, pay rent and have it repeat monthly": deeds each)
    slots = read_slots(items[0], quotes, today)
    details = ", ".join(i.strip(" ,") for i in items[1:-1])
    return add_intent(
        slots._replace(
            description=slots.description or details or None,
            repeat=slots.repeat or re.sub(r"^repeat(?:ing)?\s+", "", told.repeat, flags=FLAGS),
            due=slots.due or told.due,
        )
    )


def _only_slots(item: str, today: date) -> bool:
    """Whether a list's item says only slots ("high priority pls", "urgent", "due friday")."""
    taken = take_slots(item, today, whole=True)
    return not _ONLY_CHATTER_RE.sub("", taken.text) and taken != Taken(taken.text)


def read_add_several(s: str, quotes: tuple[str, ...], today: date) -> list[Intent]:
    """ "add two things: buy eggs and buy flour" -> one add per item."""
    m = _ADD_SEVERAL_RE.match(s)
    if not m:
        return []
    items = [p for p in _split_items(_LIST_ITEM_SPLIT_RE, m.group("items")) if p.strip()]
    if len(items) < 2:
        return []
    out: list[Intent] = []
    for item in items:
        slots = read_slots(item, quotes, today)
        if slots.title:
            out.append(add_intent(slots))
    return out


# "add the following for the Saturday shift:", "add:", "put down these three:": a list after
# a colon. A singular task noun before the colon ("add task: call mom, she's ill") marks one
# title, not a list; the colon of a clock ("dentist at 14:30, buy milk") marks none.
_COLON_LIST_RE = re.compile(
    r"^(?:add|create|put\s+down|jot\s+down|note\s+down|write\s+down|new|remind\s+me\s+to|"
    r"(?:i|we)\s+(?:need|have)\s+to)\b(?P<head>[^:\n]{0,60}?)(?:\s*(?<!\d):\s*|\s+(?=1[.)]\s))(?P<items>.+)$",
    FLAGS,
)
# Singular only: "add tasks: a, b" is a list, "add task: a, b" one title; 'note' as in split.py.
_ONE_TITLE_HEAD_RE = re.compile(
    r"\b(?:" + task_noun("note", plural=False) + r"|title|description|desc|details?)\b", FLAGS
)
_BULLET_RE = re.compile(r"(?:^|\n|\s)\s*(?:\d{1,2}[.)]|[-*•])\s+(?=\S)", FLAGS)
_COLON_ITEM_SPLIT_RE = re.compile(
    r"\s*(?:[,;\n]+\s*(?:and\s+|&\s+)?|\s(?:and|&)\s+(?=[^,;\n]*$))\s*", FLAGS
)
# What is left of an item that is only slots: politeness, punctuation, pictographs.
_ONLY_CHATTER_RE = re.compile(
    rf"\b(?:please|pls|plz|thanks|thank\s+you|thx)\b|[\s.,!?{EMOJI}]+", FLAGS
)
# A last item that is a command of its own: "..., and mark the patel packet done".
_COMMAND_ITEM_RE = re.compile(
    r"^(?:then\s+)?(?:mark|tick|check\s+off|cross\s+off|delete|remove|rename|show|list)\b", FLAGS
)


def read_colon_list(s: str, quotes: tuple[str, ...], today: date) -> tuple[list[Intent], str]:
    """The adds of a list said after a colon, and what follows the list (a command of its
    own, "" when nothing does); no adds when the words are not such a list."""
    m = _COLON_LIST_RE.match(s.strip())
    if m is None or _ONE_TITLE_HEAD_RE.search(m["head"]) or DESC_KEYWORD_RE.search(s):
        return [], ""
    raw = _BULLET_RE.sub("\n", " " + m["items"]).strip()
    items = [p.strip(" .") for p in _split_items(_COLON_ITEM_SPLIT_RE, raw) if p.strip(" .")]
    rest = ""
    if len(items) > 2 and _COMMAND_ITEM_RE.match(items[-1]):
        rest = items.pop()
    if len(items) < 2 or any(
        _NOT_AN_ITEM_RE.match(i) or len(i.split()) > 12 or re.search(r"[.!?]\s", i) for i in items
    ):
        return [], ""
    out: list[Intent] = []
    for item in items:
        taken = take_slots(item, today, whole=True)
        if out and not _ONLY_CHATTER_RE.sub("", taken.text) and taken != Taken(taken.text):
            # "pay the fee on friday, high priority pls 🙏": an item that is only slots says
            # them of the item before it
            out[-1] = with_slots_of(out[-1], taken)
            continue
        slots = read_slots(item, quotes, today)
        if not slots.title:
            return [], ""
        out.append(add_intent(slots))
    return out, rest
