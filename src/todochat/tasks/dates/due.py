"""Due dates in plain words: a table of forms tried at each word, and what they name.

A due date is a `Due`: a calendar day in the user's zone, and a wall-clock time unless it
is due all day. "today" is the day `now` falls on in the user's zone.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from dateutil.relativedelta import relativedelta

from todochat.tasks.dates.words import (
    DAY_NAMES,
    DAY_NUMBER,
    MONTH_NAMES,
    MONTH_RE,
    MONTHS,
    NUMBER_RE,
    ORDINAL_DAY,
    PARTS_OF_DAY,
    TOMORROW,
    WEEKDAY_RE,
    WEEKDAYS,
    WORD_END,
    YEAR,
    DateWordsError,
    clock_time,
    number,
    one_of,
    ordinal,
    valid_day,
)


@dataclass(frozen=True, slots=True)
class Due:
    """When a task is due, in the user's zone: a day, and a wall-clock time unless all day."""

    day: date
    time: clock | None = None

    def instant(self, zone: ZoneInfo) -> datetime | None:
        """The UTC instant of a timed due date (None when due all day)."""
        if self.time is None:
            return None
        return datetime.combine(self.day, self.time, tzinfo=zone).astimezone(UTC)

    @classmethod
    def at(cls, instant: datetime, zone: ZoneInfo) -> Due:
        """The due date of an instant, as the user's wall clock shows it."""
        local = instant.astimezone(zone)
        return cls(local.date(), local.time().replace(tzinfo=None, fold=0))

    def is_overdue(self, now: datetime, zone: ZoneInfo) -> bool:
        """Past its time, or (all day) before today."""
        instant = self.instant(zone)
        if instant is not None:
            return instant < now
        return self.day < now.astimezone(zone).date()


def time_zone(name: str) -> ZoneInfo:
    """The IANA zone called `name` ("Asia/Karachi"); `ValueError` for any other text."""
    if name not in _zone_names():
        raise ValueError(f"unknown time zone {name!r}: use an IANA name such as Europe/Paris")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:  # listed but unreadable: refuse
        raise ValueError(f"unknown time zone {name!r}") from exc


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(available_timezones()) | {"UTC"}


def _next_month_day(today: date, month: int, day: int) -> date:
    """The next `day` of `month` on or after today (Feb 29: the next leap year's)."""
    if not 1 <= day <= 31 or day > (29 if month == 2 else monthrange(2000, month)[1]):
        raise DateWordsError(f"there is no {day} {MONTH_NAMES[month]}")
    for year in range(today.year, today.year + 9):
        if day <= monthrange(year, month)[1] and date(year, month, day) >= today:
            return date(year, month, day)
    raise DateWordsError(f"there is no {day} {MONTH_NAMES[month]}")  # pragma: no cover


def _next_day_of_month(today: date, day: int) -> date:
    """The next `day` of any month on or after today (skipping months that lack it)."""
    if not 1 <= day <= 31:
        raise DateWordsError(f"there is no {ordinal(day)} of a month")
    month_start = today.replace(day=1)
    for ahead in range(13):
        first = month_start + relativedelta(months=ahead)
        if day <= monthrange(first.year, first.month)[1] and first.replace(day=day) >= today:
            return first.replace(day=day)
    raise DateWordsError(f"there is no {ordinal(day)}")  # pragma: no cover


# --- the table of forms ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Now:
    """The moment a phrase is read, in the user's zone."""

    local: datetime  # aware, in the user's zone
    zone: ZoneInfo
    base: Due | None = None  # the task's due date, which "back 2 days" moves

    @property
    def today(self) -> date:
        return self.local.date()


@dataclass(frozen=True, slots=True)
class _Value:
    day: date | None = None
    time: clock | None = None
    exact: Due | None = None  # a complete due date ("in 2 hours", an ISO date-time)
    # the time of a time alone once `time` has passed today: "eod" said at 6pm is still today
    later: clock | None = None
    # the part of the day a time names ("tonight", "evening"): a clock time said with it wins
    part: str | None = None
    # a clock time said without am/pm ("at 8", "8ish", "half 5"): the hour and minute as said
    said: tuple[int, int] | None = None


Kind = Literal["date", "fill"]
Resolver = Callable[[re.Match[str], _Now], _Value]


@dataclass(frozen=True, slots=True)
class _Form:
    pattern: re.Pattern[str]
    resolve: Resolver
    # Safe to read as a date inside a sentence ("friday", "tomorrow 5pm"); forms that are
    # also ordinary words ("sun", "the 3rd", "morning") need a lead word ("on", "at", "by").
    in_sentence: bool = True


def _form(pattern: str, *, in_sentence: bool = True) -> Callable[[Resolver], Resolver]:
    def register(resolve: Resolver) -> Resolver:
        _FORMS.append(_Form(re.compile(pattern + WORD_END), resolve, in_sentence))
        return resolve

    return register


_FORMS: list[_Form] = []


@_form(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[t ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d{1,6})?)?"
    r"\s*(?P<z>z|[+-]\d{2}(?::?\d{2})?)?)?"
)
def _iso(m: re.Match[str], now: _Now) -> _Value:
    day = valid_day(int(m["y"]), int(m["m"]), int(m["d"]))
    if m["H"] is None:
        return _Value(day=day)
    hour, minute, second = int(m["H"]), int(m["M"]), int(m["S"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateWordsError(f"{m[0]!r} is not a time of day")
    wall = clock(hour, minute, second)
    if m["z"] is None:  # no offset: the user's own wall clock
        return _Value(exact=Due(day, wall))
    text = "+00:00" if m["z"] == "z" else m["z"]
    instant = datetime.fromisoformat(f"{day.isoformat()}T{wall.isoformat()}{text}")
    return _Value(exact=Due.at(instant, now.zone))


@_form(
    r"(?P<wd>" + WEEKDAY_RE + r")\.?,?\s+(?:(?P<mon>" + MONTH_RE + r")\.?\s+(?P<d>\d{1,2})"
    r"(?:st|nd|rd|th)?(?![:\d])|(?:the\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?P<mon2>" + MONTH_RE + r")\.?)" + YEAR
)
def _weekday_and_date(m: re.Match[str], now: _Now) -> _Value:
    """ "Fri 5 Dec", "friday, december 5th": the date, when the weekday agrees with it."""
    month, number = MONTHS[m["mon"] or m["mon2"]], int(m["d"] or m["d2"])
    if m["y"]:
        day = valid_day(int(m["y"]), month, number)
    else:
        day = _next_month_day(now.today, month, number)
    if day.weekday() != WEEKDAYS[m["wd"]]:
        raise DateWordsError(
            f"{day.day} {MONTH_NAMES[day.month]} {day.year} is a {DAY_NAMES[day.weekday()]}, "
            f"not a {DAY_NAMES[WEEKDAYS[m['wd']]]}",
            (m[0],),
        )
    return _Value(day=day)


@_form(r"(?:the\s+)?day\s+after\s+" + one_of(TOMORROW))
def _day_after_tomorrow(_m: re.Match[str], now: _Now) -> _Value:
    return _Value(day=now.today + timedelta(days=2))


_DAY_OF_WEEK_RE = one_of(TOMORROW, ("today", "tdy"))


@_form(
    r"(?:(?P<wd>" + WEEKDAY_RE + r"|" + _DAY_OF_WEEK_RE + r")\s+(?P<unit>week|fortnight)|"
    r"a\s+(?P<unit2>week|fortnight)\s+(?:(?:on|from)\s+(?:this\s+)?(?P<wd2>" + WEEKDAY_RE + r")|"
    r"(?P<wd3>" + _DAY_OF_WEEK_RE + r")))"
)
def _weekday_week(m: re.Match[str], now: _Now) -> _Value:
    """ "friday week", "a week on friday" (British, Irish): the coming friday and a week;
    "tuesday fortnight", two weeks; "a week today", "today week", "a fortnight tomorrow": that
    day and a week (or two)."""
    said = m["wd"] or m["wd2"] or m["wd3"]
    weeks = 2 if (m["unit"] or m["unit2"]) == "fortnight" else 1
    if said in WEEKDAYS:
        weekday = WEEKDAYS[said]
        coming = now.today + timedelta(days=(weekday - now.today.weekday()) % 7 or 7)
    else:
        coming = now.today + timedelta(days=0 if said in ("today", "tdy") else 1)
    return _Value(day=coming + timedelta(weeks=weeks))


@_form("(?P<w>" + one_of(TOMORROW, ("today", "tdy", "tonight", "tonite", "yesterday")) + ")")
def _relative_day(m: re.Match[str], now: _Now) -> _Value:
    word = m["w"]
    if word in {"tonight", "tonite"}:
        return _Value(day=now.today, time=PARTS_OF_DAY["night"], part="night")
    offset = {"today": 0, "tdy": 0, "yesterday": -1}.get(word, 1)
    return _Value(day=now.today + timedelta(days=offset))


@_form(r"(?P<rel>this|next|coming|this\s+coming)\s+(?P<wd>" + WEEKDAY_RE + r")")
def _relative_weekday(m: re.Match[str], now: _Now) -> _Value:
    weekday = WEEKDAYS[m["wd"]]
    if m["rel"] == "next":  # that weekday in next week (Monday to Sunday)
        monday = now.today - timedelta(days=now.today.weekday()) + timedelta(days=7)
        return _Value(day=monday + timedelta(days=weekday))
    return _Value(day=now.today + timedelta(days=(weekday - now.today.weekday()) % 7 or 7))


@_form(r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|thurs|weds)")
def _weekday(m: re.Match[str], now: _Now) -> _Value:
    weekday = WEEKDAYS[m["wd"]]
    return _Value(day=now.today + timedelta(days=(weekday - now.today.weekday()) % 7 or 7))


@_form(r"(?P<wd>mon|tue|wed|thu|thur|fri|sat|sun)", in_sentence=False)
def _weekday_short(m: re.Match[str], now: _Now) -> _Value:
    return _weekday(m, now)


@_form(r"(?P<rel>this\s+|next\s+)?weekend")
def _weekend(m: re.Match[str], now: _Now) -> _Value:
    today = now.today
    if (m["rel"] or "").strip() == "next":
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
        return _Value(day=monday + timedelta(days=5))
    if today.weekday() >= 5:
        return _Value(day=today)
    return _Value(day=today + timedelta(days=5 - today.weekday()))


@_form(r"next\s+(?P<unit>week|month|year)")
def _next_period(m: re.Match[str], now: _Now) -> _Value:
    today = now.today
    if m["unit"] == "week":
        return _Value(day=today - timedelta(days=today.weekday()) + timedelta(days=7))
    if m["unit"] == "month":
        return _Value(day=today.replace(day=1) + relativedelta(months=1))
    return _Value(day=date(today.year + 1, 1, 1))


_EDGES = {"start": "start", "beginning": "start", "mid": "mid", "middle": "mid", "end": "end"}


@_form(
    r"(?:the\s+)?(?:(?P<edge>" + one_of(_EDGES) + r")\s+of\s+(?:the\s+)?|(?P<mid>mid)-?\s*)"
    r"(?:(?:(?P<rel>this|next)\s+)?(?P<unit>week|month|year)"
    r"|(?P<mon>" + MONTH_RE + r")\.?" + YEAR + ")"
    r"|(?P<short>eom|eoy|eow|midweek|midmonth)"
)
def _edge_of(m: re.Match[str], now: _Now) -> _Value:
    """The start (Monday, the 1st, 1 January), middle (Wednesday, the 15th) or end
    (Friday, the last day, 31 December) of a week, month, year or named month: "end of
    feb", "by the end of next week", "mid december", "start of next month". Without
    "next" it is the current one's, or the next one's when that day has passed; the end
    of a week is its Friday, or Sunday on a weekend."""
    short = {
        "eom": ("end", "month"),
        "eoy": ("end", "year"),
        "eow": ("end", "week"),
        "midweek": ("mid", "week"),
    }
    edge, unit = short.get(m["short"] or "", ("mid", "month"))
    if not m["short"]:
        edge, unit = _EDGES[m["edge"] or m["mid"]], m["unit"] or "named"
    today = now.today
    if unit == "named":
        month = MONTHS[m["mon"]]
        years = [int(m["y"])] if m["y"] else range(today.year, today.year + 2)
        days = [_edge_day(edge, "month", date(year, month, 1)) for year in years]
        return _Value(day=next((d for d in days if d >= today or m["y"]), days[-1]))
    if (edge, unit) == ("mid", "year"):
        raise DateWordsError(f"{m[0]!r} is not one day: say the date", (m[0],))
    start = {
        "week": today - timedelta(days=today.weekday()),
        "month": today.replace(day=1),
        "year": today.replace(month=1, day=1),
    }[unit]
    step = {"week": relativedelta(weeks=1), "month": relativedelta(months=1)}
    following = start + step.get(unit, relativedelta(years=1))
    if m["rel"] == "next":
        return _Value(day=_edge_day(edge, unit, following))
    day = _edge_day(edge, unit, start)
    if day >= today:
        return _Value(day=day)
    if edge == "end":  # a weekend: the week's last day
        return _Value(day=start + timedelta(days=6))
    return _Value(day=_edge_day(edge, unit, following))


def _edge_day(edge: str, unit: str, start: date) -> date:
    """The start, middle or end day of the week, month or year beginning on `start`."""
    if unit == "week":
        return start + timedelta(days={"start": 0, "mid": 2, "end": 4}[edge])
    if unit == "year":
        return start if edge == "start" else start.replace(month=12, day=31)
    last = monthrange(start.year, start.month)[1]
    return start.replace(day={"start": 1, "mid": 15, "end": last}[edge])


@_form(
    r"(?:in\s+(?P<n>" + NUMBER_RE + r")|(?P<n2>" + NUMBER_RE + r"))\s+"
    r"(?P<unit>days?|weeks?|wks?|fortnights?|months?|years?|yrs?)"
    r"(?(n2)\s+(?:from\s+(?:now|today)|later))"
)
def _in_days(m: re.Match[str], now: _Now) -> _Value:
    return _Value(day=now.today + _period(m))


def _period(m: re.Match[str]) -> relativedelta:
    """The `n` (or `n2`) days, weeks, fortnights, months or years a phrase names."""
    count, unit = number(m["n"] or m["n2"]), m["unit"].rstrip("s")
    limits = {"day": 36500, "week": 5200, "wk": 5200, "fortnight": 2600, "month": 1200}
    if count > limits.get(unit, 100):
        raise DateWordsError(f"{m[0]!r} is too far ahead")
    return {
        "day": relativedelta(days=count),
        "week": relativedelta(weeks=count),
        "wk": relativedelta(weeks=count),
        "fortnight": relativedelta(weeks=2 * count),
        "month": relativedelta(months=count),
        "year": relativedelta(years=count),
        "yr": relativedelta(years=count),
    }[unit]


@_form(
    r"(?P<dir>back|later|earlier|sooner)\s+(?:by\s+)?(?P<n>" + NUMBER_RE + r")\s+"
    r"(?P<unit>days?|weeks?|wks?|fortnights?|months?)"
)
def _shift(m: re.Match[str], now: _Now) -> _Value:
    """ "back 2 days", "later by a week", "earlier by 3 days": the task's due date moved
    (keeping its time); refused for a task with no due date."""
    if now.base is None:
        raise DateWordsError(f"{m[0]!r} moves a due date, and there is none yet", (m[0],))
    step = _period(m)
    day = now.base.day + (step if m["dir"] in {"back", "later"} else -step)
    return _Value(day=day, time=now.base.time)


@_form(
    r"in\s+(?:(?P<n>" + NUMBER_RE + r")\s*(?P<unit>minutes?|mins?|hours?|hrs?|h)"
    r"|(?P<half>half\s+an\s+hour))"
)
def _in_minutes(m: re.Match[str], now: _Now) -> _Value:
    if m["half"]:
        minutes = 30
    else:
        count = number(m["n"])
        minutes = count * 60 if m["unit"].startswith("h") else count
    if minutes > 60 * 24 * 31:
        raise DateWordsError(f"{m[0]!r} is too far ahead: say the day")
    # in UTC: aware arithmetic in a zone adds wall-clock time, wrong across a DST change
    instant = now.local.astimezone(UTC) + timedelta(minutes=minutes)
    instant = instant.replace(second=0, microsecond=0)
    return _Value(exact=Due.at(instant, now.zone))


@_form(r"(?P<mon>" + MONTH_RE + r")\.?\s+" + DAY_NUMBER + r"(?![:\d])" + YEAR)
def _month_day(m: re.Match[str], now: _Now) -> _Value:
    month, day = MONTHS[m["mon"]], int(m["d"])
    if m["y"]:
        return _Value(day=valid_day(int(m["y"]), month, day))
    return _Value(day=_next_month_day(now.today, month, day))


@_form(r"(?:the\s+)?" + DAY_NUMBER + r"\s+(?:of\s+)?(?P<mon>" + MONTH_RE + r")\.?" + YEAR)
def _day_month(m: re.Match[str], now: _Now) -> _Value:
    return _month_day(m, now)


@_form(r"(?:the\s+)?" + ORDINAL_DAY + r"(?:\s+of\s+(?:the|this)\s+month)?", in_sentence=False)
def _day_of_month(m: re.Match[str], now: _Now) -> _Value:
    return _Value(day=_next_day_of_month(now.today, int(m["d"])))


@_form(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?")
def _slashed(m: re.Match[str], now: _Now) -> _Value:
    a, b = int(m["a"]), int(m["b"])
    if a <= 12 and b <= 12 and a != b:
        raise DateWordsError(
            f"{m[0]!r} could be {a} {MONTH_NAMES[b]} or {MONTH_NAMES[a]} {b}: "
            "write the month as a word, or use 2026-05-01",
            (m[0],),
        )
    day, month = (a, b) if a > 12 else (b, a)
    if not 1 <= month <= 12:
        raise DateWordsError(f"{m[0]!r} is not a date", (m[0],))
    if m["y"]:
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        return _Value(day=valid_day(year, month, day))
    return _Value(day=_next_month_day(now.today, month, day))


@_form(r"(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4})")
def _dotted_date(m: re.Match[str], _now: _Now) -> _Value:
    """ "31.07.2027": the day first, as written across Europe (a year is needed: "1.2" is a
    version or a price)."""
    day, month = int(m["a"]), int(m["b"])
    if not 1 <= month <= 12:
        raise DateWordsError(f"{m[0]!r} is not a date", (m[0],))
    return _Value(day=valid_day(int(m["y"]), month, day))


# A time as people say it: the part of the day for am/pm ("2.30 in the afternoon", "7 in the
# evening", "9 at night"), the clock face ("half past two", "quarter to five"), a dot for the
# colon ("2.30pm", "at 2.30", "14.30").
_HOURS = (
    *("one", "two", "three", "four", "five", "six"),
    *("seven", "eight", "nine", "ten", "eleven", "twelve"),
)
_HOUR_RE = r"(?P<h>\d{1,2}|" + one_of(_HOURS) + ")"
_SAID_MERIDIEM = (
    r"(?:\s*(?P<ap>a\.?m\.?|p\.?m\.?)|\s+in\s+the\s+(?P<part>morning|afternoon|evening)|"
    r"\s+(?:at\s+)?(?P<night>night|tonight))"
)


def _said_meridiem(m: re.Match[str], hour: int) -> str | None:
    """ "am" or "pm" from "p.m.", "in the afternoon", "at night" (twelve at night: "am")."""
    if m["ap"]:
        return m["ap"].replace(".", "")
    if m["part"]:
        return "am" if m["part"] == "morning" else "pm"
    if m["night"]:
        return "am" if hour == 12 else "pm"
    return None


@_form(
    r"(?:at\s+|@\s*)?(?P<q>half|quarter)\s+(?P<rel>past|to)\s+"
    + _HOUR_RE
    + f"(?:{_SAID_MERIDIEM})?"
)
def _clock_face(m: re.Match[str], _now: _Now) -> _Value:
    """ "half past two", "quarter to five in the morning": to the hour is before it."""
    hour = int(m["h"]) if m["h"].isdigit() else _HOURS.index(m["h"]) + 1
    minute = 30 if m["q"] == "half" else 15
    if m["rel"] == "to":
        hour, minute = (hour - 2) % 12 + 1, 60 - minute
    return _said(hour, minute, _said_meridiem(m, hour))


def _said(hour: int, minute: int, meridiem: str | None) -> _Value:
    """A clock time; said without am/pm, the hour as said is kept (a part of the day said with
    it reads it: "8" in the evening is 20:00)."""
    said = (hour, minute) if meridiem is None and 1 <= hour <= 12 else None
    return _Value(time=clock_time(hour, minute, meridiem), said=said)


# "around 5pm", "at about half 4", "roughly 7:30": a time said roughly is that time (only before
# a time that is one whatever leads it: "about 5 chapters" is no time)
_ABOUT = (
    r"(?:(?:at\s+)?(?:around|about|roughly|approximately|approx\.?)\s+|~\s*"
    # "round 5pm", "round 4:30": "round" only before a time that says it is one ("round 2
    # tonight" may be a round of a game)
    r"|(?:at\s+)?round\s+(?=\d{1,2}(?:(?::\d\d)?\s*[ap]\.?m\b|:\d\d)))"
)


# "half 5", "at half six": half past the hour, as said in Ireland and Britain. Alone inside a
# sentence it needs a lead word or a day ("by half 5", "tomorrow half 6"): "half 5" may be a
# measure.
_HALF = r"half\s+" + _HOUR_RE + f"(?:{_SAID_MERIDIEM})?"


@_form(r"(?:at\s+|@\s*|" + _ABOUT + ")" + _HALF)
def _half_hour_led(m: re.Match[str], _now: _Now) -> _Value:
    hour = int(m["h"]) if m["h"].isdigit() else _HOURS.index(m["h"]) + 1
    return _said(hour, 30, _said_meridiem(m, hour))


@_form(_HALF, in_sentence=False)
def _half_hour(m: re.Match[str], now: _Now) -> _Value:
    return _half_hour_led(m, now)


# "8ish", "around 8ish", "like 7:30-ish": a time said roughly is that time.
@_form(
    r"(?:(?:at|a?round|about|like|@)\s*)?(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?"
    r"(?:\s*(?P<ap>a\.?m\.?|p\.?m\.?))?\s*-?ish"
)
def _roughly(m: re.Match[str], _now: _Now) -> _Value:
    hour = int(m["h"])
    return _said(hour, int(m["m"] or 0), m["ap"].replace(".", "") if m["ap"] else None)


@_form(r"(?:at\s+|@\s*|" + _ABOUT + r")?(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?" + _SAID_MERIDIEM)
def _meridiem_time(m: re.Match[str], _now: _Now) -> _Value:
    hour = int(m["h"])
    return _Value(time=clock_time(hour, int(m["m"] or 0), _said_meridiem(m, hour)))


@_form(r"(?:at|@)\s*(?P<h>\d{1,2})\.(?P<m>\d{2})")
def _dotted_time_led(m: re.Match[str], now: _Now) -> _Value:
    return _colon_time(m, now)


@_form(r"(?P<h>\d{1,2})\.(?P<m>\d{2})", in_sentence=False)
def _dotted_time(m: re.Match[str], now: _Now) -> _Value:
    """ "14.30" alone may be a price or a version inside a sentence: a lead word is needed."""
    return _colon_time(m, now)


@_form(r"(?:at\s+|@\s*|" + _ABOUT + r")?(?P<h>\d{1,2}):(?P<m>\d{2})")
def _colon_time(m: re.Match[str], _now: _Now) -> _Value:
    if m["h"].startswith("0") or int(m["h"]) > 12:  # "05:30", "17:00": a 24-hour clock
        return _Value(time=clock_time(int(m["h"]), int(m["m"]), "24h"))
    hour, minute = int(m["h"]), int(m["m"])
    if len(m["h"]) == 2:  # "10:30": as written, but an evening said with it reads it
        return _Value(time=clock_time(hour, minute, "24h"), said=(hour, minute))
    return _said(hour, minute, None)


@_form(r"(?:(?:at|@|à)\s*)?(?<![\w.:])(?<!for )(?<!over )(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)?")
def _hour_h(m: re.Match[str], _now: _Now) -> _Value:
    """ "15h", "at 9h30", "14h00": the hour written with an "h", as much of Europe writes it,
    is a 24-hour clock ("9h" is nine in the morning; "in 2h" is two hours from now, above)."""
    return _Value(time=clock_time(int(m["h"]), int(m["m"] or 0), "24h"))


@_form(r"(?:(?:at|@)\s*(?P<h>\d{1,2})(?:\s*o(?:'|\s)?clock)?|(?P<h2>\d{1,2})\s*o(?:'|\s)?clock)")
def _hour(m: re.Match[str], _now: _Now) -> _Value:
    return _said(int(m["h"] or m["h2"]), 0, None)


# "at like 7", "around 6", "about 5", "round 4": a bare hour said roughly is that hour, and
# nothing it could count may follow ("buy like 7 apples", "read about 5 chapters" are no times).
# "around", "about", "roughly" before an hour are a time inside a sentence too ("call Ana around
# 4"); "like" and "round" (a word of titles: "round 2 of the quiz") need a lead word or a day
# ("tmrw night at like 7", "tmrw arvo round 4").
_ROUGH_HOUR_END = (
    r"(?P<h>\d{1,2})(?:\s*o(?:'|\s)?clock)?"
    r"(?![\w:.%/-])(?!\s+(?!(?:on|at|by|in|this|next|tomorrow|today|tonight|morning|afternoon|"
    r"evening|night|and|or|then|\w+day)\b)[^\W\d_])"
)
_ROUGHLY_SAID = r"(?:around|about|roughly|approx\.?|approximately)\s+"
_ROUGH_HOUR = r"(?:like\s+|round\s+|" + _ROUGHLY_SAID + ")" + _ROUGH_HOUR_END


@_form(r"(?:at|@)\s*" + _ROUGH_HOUR)
def _rough_hour_led(m: re.Match[str], _now: _Now) -> _Value:
    return _said(int(m["h"]), 0, None)


@_form(_ROUGHLY_SAID + _ROUGH_HOUR_END)
def _rough_hour_said(m: re.Match[str], now: _Now) -> _Value:
    return _rough_hour_led(m, now)


@_form(_ROUGH_HOUR, in_sentence=False)
def _rough_hour(m: re.Match[str], now: _Now) -> _Value:
    return _rough_hour_led(m, now)


@_form(r"(?:at\s+)?(?:end\s+of\s+(?:the\s+)?day|eod|close\s+of\s+business|cob)")
def _end_of_day(_m: re.Match[str], _now: _Now) -> _Value:
    """ "eod", "cob": 5pm; said after 5pm, today's end still (never tomorrow's)."""
    return _Value(time=clock(17), later=clock(23, 59))


@_form(r"this\s+(?P<part>morning|afternoon|evening)")
def _this_part_of_day(m: re.Match[str], now: _Now) -> _Value:
    return _Value(day=now.today, time=PARTS_OF_DAY[m["part"]], part=m["part"])


@_form(r"(?:at\s+|in\s+the\s+)(?P<part>noon|midday|midnight|morning|afternoon|evening|night)")
def _led_part_of_day(m: re.Match[str], _now: _Now) -> _Value:
    return _Value(time=PARTS_OF_DAY[m["part"]], part=m["part"])


@_form(r"(?P<part>noon|midday|midnight|morning|afternoon|evening|night)", in_sentence=False)
def _part_of_day(m: re.Match[str], _now: _Now) -> _Value:
    return _Value(time=PARTS_OF_DAY[m["part"]], part=m["part"])


_FILL = re.compile(r"(?:on|at|by|due|for|the|of|this|before|,|-)" + WORD_END)
# Words that may lead a date inside a sentence ("call mom on friday" -> "on friday").
_LEADS = frozenset({"on", "at", "by", "due", "for", "before", "this"})
_SPACE = re.compile(r"[\s,]+")
_WORD = re.compile(r"[^\s,]+")


# --- scanning --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Piece:
    kind: Literal["date", "fill", "unknown"]
    start: int
    end: int
    value: _Value = _Value()
    in_sentence: bool = True


def _pieces(text: str, now: _Now, *, strict: bool) -> list[_Piece]:
    """The text (lower case) cut into date pieces, filler words and unknown words.

    A form whose words are a date that cannot be ("feb 30") raises when `strict`, and is
    an unknown word otherwise.
    """
    pieces: list[_Piece] = []
    pos = 0
    while True:
        space = _SPACE.match(text, pos)
        pos = space.end() if space else pos
        if pos >= len(text):
            return pieces
        piece = _piece_at(text, pos, now, strict=strict)
        pieces.append(piece)
        pos = piece.end


def _piece_at(text: str, pos: int, now: _Now, *, strict: bool) -> _Piece:
    for form in _FORMS:
        m = form.pattern.match(text, pos)
        if m is None:
            continue
        try:
            return _Piece("date", pos, m.end(), form.resolve(m, now), form.in_sentence)
        except DateWordsError:
            if strict:
                raise
            return _Piece("unknown", pos, m.end())
    filler = _FILL.match(text, pos)
    if filler:
        return _Piece("fill", pos, filler.end())
    word = _WORD.match(text, pos)
    assert word is not None
    return _Piece("unknown", pos, word.end())


def _combine(values: list[_Value], texts: list[str], now: _Now) -> Due:
    """One due date from the pieces read ("friday" + "5pm"), or why not."""
    values = _part_with_clock(values)
    days = [i for i, v in enumerate(values) if v.exact is not None or v.day is not None]
    times = [i for i, v in enumerate(values) if v.exact is not None or v.time is not None]
    for clash in (days, times):
        if len(clash) > 1:
            named = tuple(texts[i] for i in clash)
            shown = " and ".join(repr(text) for text in named)
            raise DateWordsError(f"{shown} name more than one date: give one", named)
    value = values[(days or times)[0]]
    if value.exact is not None:
        return value.exact
    time = values[times[0]].time if times else None
    if value.day is not None:
        return Due(value.day, time)
    assert time is not None
    today = now.today
    later = values[times[0]].later
    if datetime.combine(today, time, tzinfo=now.zone) <= now.local:
        if later is not None and datetime.combine(today, later, tzinfo=now.zone) > now.local:
            return Due(today, later)  # "eod" at 6pm: the end of today
        today += timedelta(days=1)  # a time alone: the next time the clock shows it
    return Due(today, time)


# The hours a part of the day holds, to read a clock time said in it ("evening" + "8" is 20:00).
_PART_HOURS = {
    "morning": range(0, 12),
    "afternoon": range(12, 19),
    "evening": range(15, 24),
    "night": range(17, 24),
}


def _part_with_clock(values: list[_Value]) -> list[_Value]:
    """ "tonight 8 pm", "thursday evening like 8ish", "tomorrow morning at 9": a part of the day
    said with one clock time is that time, read in that part ("8" in the evening is 20:00).
    A time the part cannot hold ("tonight at 8am") is left to clash."""
    parts = [i for i, v in enumerate(values) if v.part in _PART_HOURS]
    clocks = [i for i, v in enumerate(values) if v.time is not None and v.part is None]
    if len(parts) != 1 or len(clocks) != 1 or values[clocks[0]].exact is not None:
        return values
    part, said = values[parts[0]], values[clocks[0]]
    assert part.part is not None and said.time is not None
    hours = _PART_HOURS[part.part]
    time = said.time
    if said.said is not None:
        hour, minute = said.said
        hour = next((h for h in (hour % 12, hour % 12 + 12) if h in hours), time.hour)
        time = clock(hour, minute)
    if time.hour not in hours:
        return values
    out = list(values)
    out[parts[0]] = _Value(day=part.day)
    out[clocks[0]] = _Value(day=said.day, time=time)
    return out


def _reading(now: datetime, zone: ZoneInfo, base: Due | None = None) -> _Now:
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return _Now(now.astimezone(zone), zone, base)


def parse_due(text: str, *, now: datetime, zone: ZoneInfo, base: Due | None = None) -> Due:
    """A due date from plain words or ISO 8601; `DateWordsError` naming what it cannot read.

    "tomorrow 5pm", "next friday", "in 2 weeks", "on the 3rd", "end of month",
    "sept 14 at 9:30", "2026-05-01", "2026-05-01T09:00:00Z" (an ISO date-time without an
    offset is the user's wall-clock time). `base` is the task's current due date, which
    "back 2 days" or "earlier by a week" moves.
    """
    shown = text.strip()
    low = shown.lower()
    reading = _reading(now, zone, base)
    pieces = _pieces(low, reading, strict=True)
    unknown = [shown[p.start : p.end] for p in pieces if p.kind == "unknown"]
    if unknown:
        words = ", ".join(repr(word) for word in unknown)
        raise DateWordsError(f"could not read {words} as a date ({DUE_EXAMPLES})", tuple(unknown))
    dates = [p for p in pieces if p.kind == "date"]
    if not dates:
        raise DateWordsError(f"no date given ({DUE_EXAMPLES})", (shown,) if shown else ())
    return _combine([p.value for p in dates], [low[p.start : p.end] for p in dates], reading)


def names_only_a_time(text: str, *, now: datetime, zone: ZoneInfo) -> bool:
    """Whether the words are a time of day and no day ("4pm", "half past two", "2.30 in the
    afternoon"): a due date changed to them keeps the task's own day."""
    pieces = _pieces(text.strip().lower(), _reading(now, zone), strict=False)
    dates = [p.value for p in pieces if p.kind == "date"]
    if not dates or any(p.kind == "unknown" for p in pieces):
        return False
    return all(v.day is None and v.exact is None for v in dates)


DUE_EXAMPLES = "try 'tomorrow 5pm', 'next friday', 'in 2 weeks', 'sept 14 at 9:30' or 2026-05-01"


@dataclass(frozen=True, slots=True)
class Found:
    """A due date read inside a sentence, and where its words are (to cut from a title)."""

    due: Due
    start: int
    end: int


def find_due(text: str, *, now: datetime, zone: ZoneInfo) -> Found | None:
    """The due date named inside a sentence ("call mom tomorrow at 5"), if exactly one is.

    Forms that are also ordinary words ("sun cream", "the 3rd book", "morning run") count
    only after a lead word ("by sat", "on the 3rd", "in the morning") or another date
    ("tomorrow morning"); the lead word is part of the date's words. Two separate dates,
    or words that cannot be one, give None: the caller asks rather than guesses.
    """
    reading = _reading(now, zone)
    low = text.lower()
    pieces = _pieces(low, reading, strict=False)
    runs: list[list[_Piece]] = []
    run: list[_Piece] = []
    for piece in [*pieces, _Piece("unknown", len(low), len(low))]:
        if piece.kind != "unknown":
            run.append(piece)
            continue
        dates = _dated(run, low)
        if dates:
            runs.append(dates)
        run = []
    if len(runs) != 1:
        return None
    dates = [p for p in runs[0] if p.kind == "date"]
    try:
        due = _combine([p.value for p in dates], [low[p.start : p.end] for p in dates], reading)
    except DateWordsError:
        return None
    return Found(due, runs[0][0].start, runs[0][-1].end)


def _dated(run: list[_Piece], low: str) -> list[_Piece]:
    """The part of a run of date and filler pieces that names a date in a sentence."""
    first = next((i for i, p in enumerate(run) if p.kind == "date"), None)
    if first is None:
        return []
    lead = next((i for i, p in enumerate(run[:first]) if low[p.start : p.end] in _LEADS), None)
    if lead is None and not run[first].in_sentence and not _said_as_a_day(run, first, low):
        return _dated(run[first + 1 :], low)
    last = max(i for i, p in enumerate(run) if p.kind == "date")
    return run[first if lead is None else lead : last + 1]


_SHORT_DAY_RE = re.compile(r"mon|tue|wed|thu|thur|fri|sat|sun")


def _said_as_a_day(run: list[_Piece], at: int, low: str) -> bool:
    """A short day name that ends a sentence of several words or has a time of that day
    after it, as chat puts them ("call mum sat", "groceries sat morning", "dentist wed
    10am"): a date without its lead word ("sun cream", "sat the exam" are not)."""
    piece = run[at]
    if _SHORT_DAY_RE.fullmatch(low[piece.start : piece.end]) is None:
        return False
    timed = any(p.kind == "date" for p in run[at + 1 :])
    return timed or (piece.start > 0 and not low[piece.end :].strip(" .!?,"))


def describe_due(due: Due, *, today: date) -> str:
    """ "Fri 5 Dec", "Fri 5 Dec, 17:00", "Mon 4 Jan 2027" (the year when not this one)."""
    day = due.day
    text = f"{DAY_NAMES[day.weekday()][:3]} {day.day} {MONTH_NAMES[day.month][:3]}"
    if day.year != today.year:
        text += f" {day.year}"
    if due.time is not None:
        text += f", {due.time.hour:02d}:{due.time.minute:02d}"
    return text
