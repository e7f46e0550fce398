"""The words the date parser knows, and the small rules shared by due dates and repeats."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterable
from datetime import date
from datetime import time as clock


class DateWordsError(ValueError):
    """Words that are not a date or repeat this parser reads; `words` names them."""

    def __init__(self, message: str, words: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.words = words


WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "weds": 2, "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
}  # fmt: skip
PARTS_OF_DAY = {
    "morning": clock(9), "noon": clock(12), "midday": clock(12), "afternoon": clock(15),
    "evening": clock(18), "night": clock(20), "midnight": clock(23, 59),
}  # fmt: skip
TOMORROW = ("tomorrow", "tmrw", "tmr", "tmw", "tomorow", "tommorow", "tommorrow", "2morrow")
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip


def one_of(*groups: Iterable[str]) -> str:
    """A regex alternation of the words, longest first (so "sept" wins over "sep")."""
    words = sorted({word for group in groups for word in group}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(word) for word in words) + ")"


WEEKDAY_RE = one_of(WEEKDAYS)
MONTH_RE = one_of(MONTHS)
NUMBER_RE = r"(?:\d{1,3}|" + one_of(NUMBERS) + ")"
ORDINAL_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)"
DAY_NUMBER = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?:,?\s+(?P<y>\d{4}))?"
WORD_END = r"(?![\w@:/'-])"


def number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBERS[text]


def ordinal(day: int) -> str:
    if day == -1:
        return "last day"
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def valid_day(year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12 or not 1 <= day <= monthrange(year, month)[1]:
        month_name = MONTH_NAMES[month] if 1 <= month <= 12 else f"month {month}"
        raise DateWordsError(f"there is no {day} {month_name} {year}")
    return date(year, month, day)


def clock_time(hour: int, minute: int, meridiem: str | None) -> clock:
    """A wall-clock time; without am/pm ("at 5") 1 to 6 are afternoon, unless `meridiem`
    is "24h" (a zero-padded "05:30" is read as written)."""
    if meridiem == "24h":
        meridiem = None
    elif meridiem:
        if not 1 <= hour <= 12:
            raise DateWordsError(f"{hour} {meridiem} is not a time")
        hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
    elif 1 <= hour <= 6:
        hour += 12  # "at 5": five in the afternoon
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise DateWordsError(f"{hour}:{minute:02d} is not a time")
    return clock(hour, minute)
