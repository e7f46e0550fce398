"""Due dates and repeats in plain words: the one parser for REST, MCP and the offline model.

Everything is computed in the user's time zone: `now` is an aware instant, `zone` the user's
IANA zone, and "today" is the calendar day `now` falls on there. A due date is a `Due`: a
calendar day, and a wall-clock time unless it is due all day. Repeats are RFC 5545 RRULEs,
expanded by python-dateutil's `rrule` in wall-clock time, so "every day at 9:00" stays at
9:00 across daylight-saving changes.

`due.py` reads due dates, `repeat.py` repeats, `words.py` holds the words both know. The
parser is a small table of forms (regular expressions with a resolver each), tried at
each word; words that fit no form are reported, never skipped: `DateWordsError` names them.
Choices where English is ambiguous (documented in the README):
- a weekday ("friday") is the next one after today; "next friday" is the friday of next
  week (Monday to Sunday), as Duckling reads it; "this friday" is the coming one;
- a date without a year ("sept 14", "the 3rd") is the next one on or after today;
- a clock time without am/pm: 1 to 6 o'clock are afternoon (17:00 for "at 5"), 7 to 12
  as written, and a zero-padded "05:30" is a 24-hour clock; a time alone is today's if
  still ahead, else tomorrow's;
- a weekday before a date ("Fri 5 Dec", as answers show dates) must agree with it;
- "2.30 in the afternoon", "9 at night", "half past two", "quarter to five" are clock times;
  so is an hour said roughly ("8ish", "at like 7", "around 6"; inside a sentence "around 6"
  needs a lead word or a day, and no thing counted after it: "about 5 chapters" is none);
  a dotted "14.30" inside a sentence needs a lead word ("at 14.30"), as it may be a price;
- morning 09:00, noon 12:00, afternoon 15:00, evening 18:00, tonight/night 20:00,
  end of day 17:00, midnight 23:59 (the end of that day);
- "5/6" is refused (5 June or May 6?) unless a part is above 12;
- repeats on the 29th to 31st fall on the month's last day in shorter months, and
  "every year on feb 29" on Feb 28 outside leap years.
"""

from todochat.tasks.dates.due import (
    DUE_EXAMPLES,
    Due,
    Found,
    describe_due,
    find_due,
    names_only_a_time,
    parse_due,
    time_zone,
)
from todochat.tasks.dates.repeat import REPEAT_EXAMPLES, REPEAT_MAX, Repeat, parse_repeat
from todochat.tasks.dates.words import DateWordsError

__all__ = [
    "DUE_EXAMPLES",
    "REPEAT_EXAMPLES",
    "REPEAT_MAX",
    "DateWordsError",
    "Due",
    "Found",
    "Repeat",
    "describe_due",
    "find_due",
    "names_only_a_time",
    "parse_due",
    "parse_repeat",
    "time_zone",
]
