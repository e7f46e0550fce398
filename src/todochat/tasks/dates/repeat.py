"""Repeats: RFC 5545 recurrence rules from plain words, expanded by dateutil's `rrule`.

Rules are expanded in wall-clock time, so "every day at 9:00" stays at 9:00 across
daylight-saving changes; the next occurrence is the one after the previous due date.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from datetime import time as clock
from typing import Any, Literal, cast
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from todochat.tasks.dates.due import Due
from todochat.tasks.dates.words import (
    BYDAY,
    DAY_NAMES,
    MONTH_NAMES,
    MONTH_RE,
    MONTHS,
    NUMBER_RE,
    NUMBERS,
    ORDINALS,
    PARTS_OF_DAY,
    WEEKDAY_RE,
    WEEKDAYS,
    DateWordsError,
    clock_time,
    number,
    ordinal,
    valid_day,
)

REPEAT_MAX = 200
"""Longest repeat rule stored (RRULE text)."""


Frequency = Literal["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]
_UNITS: dict[str, str] = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}


@dataclass(frozen=True, slots=True)
class Repeat:
    """An RFC 5545 recurrence rule (`FREQ=MONTHLY;BYMONTHDAY=1`), expanded in wall-clock time."""

    freq: Frequency
    interval: int = 1
    weekdays: tuple[str, ...] = ()  # BYDAY: "MO", or "+1MO" / "-1FR" in monthly rules
    month_days: tuple[int, ...] = ()  # BYMONTHDAY
    months: tuple[int, ...] = ()  # BYMONTH
    set_position: int | None = None  # BYSETPOS
    time: clock | None = None  # BYHOUR and BYMINUTE
    until: date | None = None  # the last day it may fall on

    @property
    def rule(self) -> str:
        """The RRULE text stored and shown (without the `RRULE:` prefix)."""
        parts = [f"FREQ={self.freq}"]
        if self.interval != 1:
            parts.append(f"INTERVAL={self.interval}")
        if self.months:
            parts.append("BYMONTH=" + ",".join(map(str, self.months)))
        if self.month_days:
            parts.append("BYMONTHDAY=" + ",".join(map(str, self.month_days)))
        if self.weekdays:
            parts.append("BYDAY=" + ",".join(self.weekdays))
        if self.set_position is not None:
            parts.append(f"BYSETPOS={self.set_position}")
        if self.time is not None:
            parts.append(f"BYHOUR={self.time.hour};BYMINUTE={self.time.minute}")
        if self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}T235959")
        return ";".join(parts)

    def describe(self) -> str:
        """ "every month on the 1st", "every weekday at 09:00", "every 2 weeks on Monday"."""
        text = self._describe_days()
        if self.time is not None:
            text += f" at {self.time.hour:02d}:{self.time.minute:02d}"
        if self.until is not None:
            text += f" until {self.until.day} {MONTH_NAMES[self.until.month][:3]} {self.until.year}"
        return text

    def _describe_days(self) -> str:
        unit = _UNITS[self.freq]
        every = f"every {self.interval} {unit}s" if self.interval > 1 else f"every {unit}"
        if self.freq == "WEEKLY" and self.weekdays:
            names = _day_list(self.weekdays)
            return f"every {names}" if self.interval == 1 else f"{every} on {names}"
        if self.freq == "MONTHLY" and (self.month_days or self.weekdays):
            return f"{every} on the {_month_part(self)}"
        if self.freq == "YEARLY" and self.months:
            months = " and ".join(MONTH_NAMES[m] for m in self.months)
            if self.month_days == (28, 29) and self.set_position == -1:
                return f"{every} on 29 {months} (the 28th in other years)"
            if self.month_days or self.weekdays:
                part = _month_part(self)
                if self.month_days and self.set_position is None:
                    return f"{every} on {part.replace('th', '').replace('st', '')} {months}"
                return f"{every} on the {part} of {months}"
            return f"{every} in {months}"
        return every if self.interval > 1 or self.freq != "DAILY" else "every day"

    def anchored(self, due: Due) -> Repeat:
        """The rule made explicit from its first due date, so that every later occurrence
        follows the rule and not the day it is counted from ("every month" from the 31st
        falls on each month's last day)."""
        if self.freq == "MONTHLY" and not (self.month_days or self.weekdays):
            return replace(self, **_month_days(due.day.day))
        if self.freq == "YEARLY" and not (self.month_days or self.weekdays or self.months):
            if (due.day.month, due.day.day) == (2, 29):
                return replace(self, months=(2,), month_days=(28, 29), set_position=-1)
            return replace(self, months=(due.day.month,), month_days=(due.day.day,))
        return self

    def first(self, *, now: datetime, zone: ZoneInfo) -> Due:
        """The first occurrence from now on (today counts for a rule without a time)."""
        local = now.astimezone(zone).replace(tzinfo=None)
        start = datetime.combine(local.date(), clock())
        after = local.replace(second=0, microsecond=0) if self.time else start
        found = rrulestr(self.rule, dtstart=start).after(after, inc=True)
        if found is None:
            raise DateWordsError(f"'{self.describe()}' falls on no day from today on")
        return Due(found.date(), found.time() if self.time else None)

    def next_after(self, due: Due) -> Due | None:
        """The occurrence after `due`, at the same wall-clock time; None when the rule ends."""
        start = datetime.combine(due.day, self.time or due.time or clock())
        found = rrulestr(self.rule, dtstart=start).after(start)
        if found is None:
            return None
        return Due(found.date(), found.time() if self.time or due.time else None)


def _month_days(day: int) -> dict[str, Any]:
    """BYMONTHDAY for `day`: the 29th to 31st fall on the last day of shorter months
    (`BYMONTHDAY=28,29,30;BYSETPOS=-1`), where a plain rule would skip those months."""
    if day == 31:
        return {"month_days": (-1,)}
    if day >= 29:
        return {"month_days": tuple(range(28, day + 1)), "set_position": -1}
    return {"month_days": (day,)}


def _month_part(rule: Repeat) -> str:
    """ "1st", "15th and 30th", "last day", "30th (or the last day)", "first Monday"."""
    days = rule.month_days
    if rule.set_position == -1 and len(days) > 1 and days == tuple(range(28, days[-1] + 1)):
        return "last day" if days[-1] == 31 else f"{ordinal(days[-1])} (or the last day)"
    if days:
        return " and ".join(ordinal(day) for day in days)
    names = []
    for code in rule.weekdays:
        number = int(code[:-2] or 1)
        order = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}
        names.append(f"{order.get(number, ordinal(number))} {DAY_NAMES[BYDAY.index(code[-2:])]}")
    return " and ".join(names)


def _day_list(codes: tuple[str, ...]) -> str:
    if codes == BYDAY[:5]:
        return "weekday"
    if codes == BYDAY[5:]:
        return "Saturday and Sunday"
    names = [DAY_NAMES[BYDAY.index(code[-2:])] for code in codes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# Repeat forms: each a pattern over the whole text (after "every"), and how to build it.
_EVERY = r"(?:repeat(?:s|ing)?\s+)?(?:every|each|evry)\s+"
_N = r"(?P<n>" + NUMBER_RE + r")\s+"
_DAYS_LIST = (
    r"(?P<days>"
    + WEEKDAY_RE
    + r"s?(?:(?:\s*(?:,|and|&|/)\s*(?:and\s+)?|\s+)"
    + WEEKDAY_RE
    + r"s?)*)"
)
_MONTH_DATE = (
    r"(?:(?P<mon>" + MONTH_RE + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>" + MONTH_RE + r")\.?)"
)
_MONTH_WHERE = (
    r"(?:\s+on\s+(?:the\s+)?(?:(?P<md>\d{1,2})(?:st|nd|rd|th)?|(?P<last>last)\s+day"
    r"|(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<owd>" + WEEKDAY_RE + r")))?"
)
_PARTS = r"(?:morning|afternoon|evening|night)"
_PART = r"(?P<part>" + _PARTS + ")"
_TIME_SUFFIX = (
    r"(?:\s+(?:at\s+|@\s*)?(?P<time>\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}"
    r"|\d{1,2}\s*o'?clock|noon|midday|midnight)|\s+(?:at\s+|@\s*)(?P<hour>\d{1,2})"
    r"|\s+(?:in\s+the\s+)?" + _PART + r")?"
    r"(?:\s+until\s+(?P<until>.+))?"
)
RepeatBuilder = Callable[[dict[str, str | None]], Repeat]
_REPEAT_FORMS: list[tuple[re.Pattern[str], RepeatBuilder]] = []


def _repeat_form(*patterns: str) -> Callable[[RepeatBuilder], RepeatBuilder]:
    def register(build: RepeatBuilder) -> RepeatBuilder:
        for pattern in patterns:
            _REPEAT_FORMS.append((re.compile(pattern + _TIME_SUFFIX), build))
        return build

    return register


def _interval(groups: dict[str, str | None]) -> int:
    if groups.get("other") or groups.get("fortnight"):
        return 2
    count = groups.get("n")
    return number(count) if count else 1


@_repeat_form(
    _EVERY + r"(?:(?:single\s+)?day|" + _N + r"days|(?P<other>other)\s+day)",
    r"(?:repeat(?:s|ing)?\s+)?(?:daily|every\s*day)",
    r"(?:repeat(?:s|ing)?\s+)?(?:every|each|evry)(?:\s+day)?(?=\s+" + _PARTS + "$)",
    r"(?P<nightly>nightly)",
)
def _daily(groups: dict[str, str | None]) -> Repeat:
    rule = Repeat("DAILY", _interval(groups))
    return replace(rule, time=PARTS_OF_DAY["night"]) if groups.get("nightly") else rule


@_repeat_form(
    _EVERY + r"(?:week\s*day|work\s*day|working\s+day|business\s+day)s?",
    r"(?:on\s+)?weekdays",
)
def _weekdays(_groups: dict[str, str | None]) -> Repeat:
    return Repeat("WEEKLY", weekdays=BYDAY[:5])


@_repeat_form(_EVERY + r"weekend(?:\s+day)?s?", r"(?:on\s+)?weekends")
def _weekends(_groups: dict[str, str | None]) -> Repeat:
    return Repeat("WEEKLY", weekdays=BYDAY[5:])


@_repeat_form(
    _EVERY + r"(?:week|" + _N + r"weeks|(?P<other>other)\s+week)(?:\s+on\s+" + _DAYS_LIST + ")?",
    r"(?:weekly|(?P<fortnight>fortnightly))(?:\s+on\s+" + _DAYS_LIST + ")?",
    _EVERY + r"(?:(?P<other>other)\s+)?" + _DAYS_LIST,
    r"(?:on\s+)?(?P<days>"
    + WEEKDAY_RE
    + r"s(?:\s*(?:,|and|&)\s*(?:and\s+)?"
    + WEEKDAY_RE
    + r"s)*)",
)
def _weekly(groups: dict[str, str | None]) -> Repeat:
    words = re.findall(r"[a-z]+", groups.get("days") or "")
    numbers = {WEEKDAYS.get(word, WEEKDAYS.get(word[:-1], -1)) for word in words} - {-1}
    return Repeat("WEEKLY", _interval(groups), weekdays=tuple(BYDAY[n] for n in sorted(numbers)))


@_repeat_form(
    _EVERY + r"(?:month|" + _N + r"months|(?P<other>other)\s+month)" + _MONTH_WHERE,
    r"monthly" + _MONTH_WHERE,
    _EVERY + r"(?P<md>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?:the|every|each)\s+month)?",
    r"(?:on\s+)?(?:the\s+)?(?P<md>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:every|each)\s+month",
    _EVERY + r"(?P<last>last)\s+day\s+of\s+(?:the|every|each)\s+month",
    r"(?:on\s+|at\s+|by\s+)?(?:the\s+)?(?:(?P<last>last)\s+day|(?P<end>end))\s+of\s+(?:every|each)"
    r"\s+month",
    _EVERY + r"(?P<end>month\s+end|end\s+of\s+(?:the\s+)?month)",
)
def _monthly(groups: dict[str, str | None]) -> Repeat:
    rule = Repeat("MONTHLY", _interval(groups))
    if groups.get("last") or groups.get("end"):
        return replace(rule, month_days=(-1,))
    if groups.get("md"):
        day = int(groups["md"] or 0)
        if not 1 <= day <= 31:
            raise DateWordsError(f"there is no {ordinal(day)} of a month")
        return replace(rule, **_month_days(day))
    if groups.get("ord"):
        order = groups["ord"] or ""
        number = ORDINALS[order] if order in ORDINALS else int(order[0])
        code = BYDAY[WEEKDAYS[groups["owd"] or ""]]
        return replace(rule, weekdays=(f"{'+' if number > 0 else ''}{number}{code}",))
    return rule


@_repeat_form(
    _EVERY + r"(?:year|" + _N + r"years)(?:\s+on\s+" + _MONTH_DATE + ")?",
    r"(?:yearly|annually)(?:\s+on\s+" + _MONTH_DATE + ")?",
    _EVERY + _MONTH_DATE,
)
def _yearly(groups: dict[str, str | None]) -> Repeat:
    rule = Repeat("YEARLY", _interval(groups))
    month_text = groups.get("mon") or groups.get("mon2")
    if not month_text:
        return rule
    month, day = MONTHS[month_text], int(groups.get("d") or groups.get("d2") or 0)
    if not 1 <= day <= (29 if month == 2 else monthrange(2001, month)[1]):
        raise DateWordsError(f"there is no {day} {MONTH_NAMES[month]}")
    if (month, day) == (2, 29):  # the 28th outside leap years
        return replace(rule, months=(2,), month_days=(28, 29), set_position=-1)
    return replace(rule, months=(month,), month_days=(day,))


REPEAT_EXAMPLES = (
    "try 'every day', 'every weekday', 'every monday', 'every 2 weeks', "
    "'every month on the 1st' or 'every year on may 5'"
)
_REPEAT_VOCABULARY = """every each evry day days week weeks month months year years other single
weekday weekdays workday workdays working business weekend weekends daily weekly monthly yearly
annually fortnightly nightly everyday on the of and at until in am pm a.m. p.m. repeat repeats
repeating o'clock oclock end"""
_REPEAT_WORDS = frozenset(
    {*WEEKDAYS, *(w + "s" for w in WEEKDAYS), *MONTHS, *NUMBERS, *ORDINALS, *PARTS_OF_DAY}
    | set(_REPEAT_VOCABULARY.split())
)


def parse_repeat(text: str) -> Repeat:
    """A repeat from plain words or RRULE text; `DateWordsError` naming what it cannot read.

    "every day", "every weekday", "every monday", "every 2 weeks", "every month on the 1st",
    "every year on may 5", "every morning" (09:00), "every friday at 5pm",
    "every day until dec 31 2027", "FREQ=WEEKLY;BYDAY=MO,TH".
    """
    low = " ".join(text.strip().lower().split())
    if low.startswith(("rrule:", "freq=")):
        return _read_rrule(text.strip())
    if re.search(r"\bbi-?(?:weekly|monthly)\b", low):
        raise DateWordsError(
            f"{text.strip()!r} can mean twice or every other: say 'every 2 weeks' (or months) "
            "or name the days",
            (text.strip(),),
        )
    for pattern, build in _REPEAT_FORMS:
        m = pattern.fullmatch(low)
        if m is None:
            continue
        groups = m.groupdict()
        rule = build(groups)
        if groups["time"] or groups["hour"] or groups["part"]:
            rule = replace(rule, time=_repeat_time(groups))
        if groups["until"]:
            rule = replace(rule, until=_until(groups["until"]))
        if not 1 <= rule.interval <= 366:
            raise DateWordsError(f"{text.strip()!r}: repeat every 1 to 366 periods")
        return rule
    unknown = [
        word
        for word in re.findall(r"[^\s,&]+", low)
        if word not in _REPEAT_WORDS and not re.fullmatch(r"\d{1,4}(?:st|nd|rd|th|am|pm)?", word)
    ]
    words = ", ".join(repr(word) for word in unknown) if unknown else repr(text.strip())
    raise DateWordsError(
        f"could not read {words} as a repeat ({REPEAT_EXAMPLES})",
        tuple(unknown) or (text.strip(),),
    )


def _repeat_time(groups: dict[str, str | None]) -> clock:
    if groups["part"]:
        return PARTS_OF_DAY[groups["part"]]
    if groups["hour"]:
        return clock_time(int(groups["hour"]), 0, None)
    text = groups["time"] or ""
    if text in PARTS_OF_DAY:
        return PARTS_OF_DAY[text]
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*o'?clock)?", text)
    assert m is not None
    meridiem = m[3].replace(".", "") if m[3] else "24h" if len(m[1]) == 2 and m[2] else None
    return clock_time(int(m[1]), int(m[2] or 0), meridiem)


_UNTIL_DATE = re.compile(r"(?P<iso>\d{4}-\d{2}-\d{2})|" + _MONTH_DATE + r",?\s+(?P<y>\d{4})")


def _until(text: str) -> date:
    m = _UNTIL_DATE.fullmatch(text)
    if m is None:
        raise DateWordsError(
            f"could not read {text!r} as the repeat's last day (write it with its year: "
            "'dec 31 2027' or 2027-12-31)",
            (text,),
        )
    if m["iso"]:
        year, month, day = (int(part) for part in m["iso"].split("-"))
        return valid_day(year, month, day)
    month = MONTHS[m["mon"] or m["mon2"]]
    return valid_day(int(m["y"]), month, int(m["d"] or m["d2"]))


_RULE_KEYS = frozenset(
    {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "BYHOUR", "BYMINUTE"}
    | {"UNTIL"}
)


def _read_rrule(text: str) -> Repeat:
    """An RRULE of the kinds todo repeats need; any other part is refused by name."""
    body = text[6:] if text.upper().startswith("RRULE:") else text
    if len(body) > REPEAT_MAX:
        raise DateWordsError(f"a repeat rule has at most {REPEAT_MAX} characters")
    values: dict[str, str] = {}
    for part in body.upper().split(";"):
        key, _, value = part.partition("=")
        if key not in _RULE_KEYS or not value or key in values:
            raise DateWordsError(
                f"RRULE part {part!r} is not supported (use FREQ, INTERVAL, BYDAY, "
                "BYMONTHDAY, BYMONTH, BYSETPOS, BYHOUR, BYMINUTE, UNTIL)",
                (part,),
            )
        values[key] = value
    try:
        rule = _rule_from_parts(values)
        rrulestr(rule.rule, dtstart=datetime(2026, 1, 1))  # dateutil reads it too
    except DateWordsError:
        raise
    except ValueError as exc:
        raise DateWordsError(f"{text.strip()!r} is not a valid RRULE", (text.strip(),)) from exc
    return rule


def _ints(text: str | None) -> tuple[int, ...]:
    return tuple(int(value) for value in text.split(",")) if text else ()


def _rule_from_parts(values: dict[str, str]) -> Repeat:
    freq = values.get("FREQ", "")
    if freq not in _UNITS:
        raise DateWordsError("FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY", (freq,))
    weekdays = tuple(values["BYDAY"].split(",")) if "BYDAY" in values else ()
    for code in weekdays:
        if not re.fullmatch(r"(?:[+-]?[1-5])?(?:MO|TU|WE|TH|FR|SA|SU)", code):
            raise DateWordsError(f"BYDAY {code!r} is not a weekday", (code,))
    hours, minutes = _ints(values.get("BYHOUR")), _ints(values.get("BYMINUTE"))
    if len(hours) > 1 or len(minutes) > 1 or (minutes and not hours):
        raise DateWordsError("give one BYHOUR (and at most one BYMINUTE)")
    until = None
    if "UNTIL" in values:
        m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?", values["UNTIL"])
        if m is None:
            raise DateWordsError(f"UNTIL {values['UNTIL']!r} is not a date", (values["UNTIL"],))
        until = valid_day(int(m[1]), int(m[2]), int(m[3]))
    positions = _ints(values.get("BYSETPOS"))
    month_days, months = _ints(values.get("BYMONTHDAY")), _ints(values.get("BYMONTH"))
    interval = int(values.get("INTERVAL", "1"))
    if (
        len(positions) > 1
        or not 1 <= interval <= 366
        or any(not 1 <= abs(day) <= 31 for day in month_days)
        or any(not 1 <= month <= 12 for month in months)
    ):
        raise DateWordsError(
            "INTERVAL is 1 to 366, BYMONTHDAY 1 to 31 (or -31 to -1), BYMONTH 1 to 12, "
            "and one BYSETPOS at most"
        )
    return Repeat(
        cast(Frequency, freq),
        interval,
        weekdays=weekdays,
        month_days=month_days,
        months=months,
        set_position=positions[0] if positions else None,
        time=clock(hours[0], minutes[0] if minutes else 0) if hours else None,
        until=until,
    )
