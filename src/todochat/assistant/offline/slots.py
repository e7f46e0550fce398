"""The slot stage: an add request's words into title, description, priority and due date.

``read_slots`` cuts a description ("... with the description X"), a priority ("high
priority", "urgent") and a due date ("due friday", "by tomorrow") off the words, and keeps the
rest, in the user's own words, as the title. ``resolve_date`` turns date words into an ISO
date. Other stages only call ``read_slots``, ``clean_value``, ``resolve_date`` and
``DATE_WORD``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from .meaning import Intent, Priority
from .split import PLACEHOLDER_RE, only_placeholder, restore
from .text import (
    LIGHT_VERBS,
    TASK_VERBS,
    capitalise,
    stem,
)

_F = re.IGNORECASE | re.DOTALL


class Slots(NamedTuple):
    """What an add request carries besides its title."""

    title: str
    description: str | None
    priority: Priority | None
    due: str | None


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
# 15) replaces resolve_date and this pattern: they are the one slot for it.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
DATE_WORD = (
    r"(?:today|tonight|tomorrow|(?:next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DUE_STRIP_RE = re.compile(
    rf"\s*[,;(-]?\s*\bdue\s+(?:on\s+|by\s+)?(?P<d>{DATE_WORD})\)?(?=\W*$|\s)", _F
)
_DUE_KEEP_RE = re.compile(
    rf"\b(?:by|before|on)\s+(?P<d>{DATE_WORD})\b|\b(?P<e>today|tonight|tomorrow)\b", _F
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


def resolve_date(word: str, today: date) -> str | None:
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


def add_intent(slots: Slots, text: str = "") -> Intent:
    """The add request carrying ``slots`` (the one place slots become an intent's fields)."""
    return Intent(
        "add",
        title=slots.title,
        description=slots.description,
        priority=slots.priority,
        due=slots.due,
        text=text,
    )


def priority_level(word: str) -> Priority:
    """ "top", "urgent", "important", "asap" are high; "normal" is medium; "lowest" is low."""
    w = word.lower()
    if w.startswith("low"):
        return "low"
    if w.startswith(("medium", "normal")):
        return "medium"
    return "high"


def read_slots(raw: str, quotes: tuple[str, ...], today: date) -> Slots:
    """Split an add request's object into title, description, priority and due date."""
    text = raw.strip()
    description: str | None = None
    m = _DESC_SUFFIX_RE.search(text)
    if m and m.start() > 0:
        description = clean_value(m.group("d"), quotes) or None
        text = text[: m.start()]
    priority: Priority | None = None
    for rx in _PRIO_RES:
        pm = rx.search(text)
        if pm:
            priority = priority_level(pm.group("p"))
            text = (text[: pm.start()] + " " + text[pm.end() :]).strip()
            break
    due: str | None = None
    dm = _DUE_STRIP_RE.search(text)
    if dm:
        due = resolve_date(dm.group("d"), today)
        text = (text[: dm.start()] + text[dm.end() :]).strip()
    else:
        km = _DUE_KEEP_RE.search(text)
        if km:
            due = resolve_date(km.group("d") or km.group("e"), today)
    for _ in range(3):
        new = _LIST_SUFFIX_RE.sub("", text).strip()
        new = _TITLE_LEAD_RE.sub("", new).strip()
        if new == text:
            break
        text = new
    qm = PLACEHOLDER_RE.search(text)
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
    return Slots(capitalise(_base_verb(title)), description, priority, due)


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
