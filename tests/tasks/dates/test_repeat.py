"""Repeats in plain words: RRULEs, their human forms, and next occurrences."""

from __future__ import annotations

from datetime import date
from datetime import time as clock
from zoneinfo import ZoneInfo

import pytest

from tests.tasks.dates.test_due import KARACHI, LOS_ANGELES, THURSDAY, local, shown
from todochat.tasks.dates import DateWordsError, Due, parse_repeat

# (words, RRULE, human form)
REPEAT_CASES = [
    ("every day", "FREQ=DAILY", "every day"),
    ("daily", "FREQ=DAILY", "every day"),
    ("Every Day", "FREQ=DAILY", "every day"),
    ("every other day", "FREQ=DAILY;INTERVAL=2", "every 2 days"),
    ("every 3 days", "FREQ=DAILY;INTERVAL=3", "every 3 days"),
    ("every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "every weekday"),
    ("weekdays", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "every weekday"),
    ("every weekend", "FREQ=WEEKLY;BYDAY=SA,SU", "every Saturday and Sunday"),
    ("every monday", "FREQ=WEEKLY;BYDAY=MO", "every Monday"),
    ("mondays", "FREQ=WEEKLY;BYDAY=MO", "every Monday"),
    ("every mon and thu", "FREQ=WEEKLY;BYDAY=MO,TH", "every Monday and Thursday"),
    (
        "every mon wed fri 7am",
        "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=7;BYMINUTE=0",
        "every Monday, Wednesday and Friday at 07:00",
    ),
    ("every tue/thu", "FREQ=WEEKLY;BYDAY=TU,TH", "every Tuesday and Thursday"),
    (
        "every tuesday, thursday and saturday",
        "FREQ=WEEKLY;BYDAY=TU,TH,SA",
        "every Tuesday, Thursday and Saturday",
    ),
    ("every other friday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "every 2 weeks on Friday"),
    ("every week", "FREQ=WEEKLY", "every week"),
    ("weekly", "FREQ=WEEKLY", "every week"),
    ("every 2 weeks", "FREQ=WEEKLY;INTERVAL=2", "every 2 weeks"),
    ("fortnightly", "FREQ=WEEKLY;INTERVAL=2", "every 2 weeks"),
    ("every month", "FREQ=MONTHLY", "every month"),
    ("every month on the 1st", "FREQ=MONTHLY;BYMONTHDAY=1", "every month on the 1st"),
    ("monthly on the 15th", "FREQ=MONTHLY;BYMONTHDAY=15", "every month on the 15th"),
    ("on the 1st of every month", "FREQ=MONTHLY;BYMONTHDAY=1", "every month on the 1st"),
    ("every 22nd", "FREQ=MONTHLY;BYMONTHDAY=22", "every month on the 22nd"),
    (
        "every month on the 31st",
        "FREQ=MONTHLY;BYMONTHDAY=-1",
        "every month on the last day",
    ),
    (
        "every month on the 30th",
        "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1",
        "every month on the 30th (or the last day)",
    ),
    ("every last day of the month", "FREQ=MONTHLY;BYMONTHDAY=-1", "every month on the last day"),
    ("end of every month", "FREQ=MONTHLY;BYMONTHDAY=-1", "every month on the last day"),
    ("at the end of each month", "FREQ=MONTHLY;BYMONTHDAY=-1", "every month on the last day"),
    ("every month end", "FREQ=MONTHLY;BYMONTHDAY=-1", "every month on the last day"),
    ("every month on the last friday", "FREQ=MONTHLY;BYDAY=-1FR", "every month on the last Friday"),
    (
        "every 2 months on the 15th",
        "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15",
        "every 2 months on the 15th",
    ),
    ("every year on may 5", "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=5", "every year on 5 May"),
    ("every may 5", "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=5", "every year on 5 May"),
    ("yearly on 5 may", "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=5", "every year on 5 May"),
    ("annually", "FREQ=YEARLY", "every year"),
    (
        "every year on feb 29",
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1",
        "every year on 29 February (the 28th in other years)",
    ),
    ("every morning", "FREQ=DAILY;BYHOUR=9;BYMINUTE=0", "every day at 09:00"),
    ("every evening", "FREQ=DAILY;BYHOUR=18;BYMINUTE=0", "every day at 18:00"),
    (
        "every weekday morning",
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0",
        "every weekday at 09:00",
    ),
    ("every friday at 5pm", "FREQ=WEEKLY;BYDAY=FR;BYHOUR=17;BYMINUTE=0", "every Friday at 17:00"),
    ("every day at 7:30", "FREQ=DAILY;BYHOUR=7;BYMINUTE=30", "every day at 07:30"),
    ("every day at 05:00", "FREQ=DAILY;BYHOUR=5;BYMINUTE=0", "every day at 05:00"),
    ("every 2 weeks on friday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "every 2 weeks on Friday"),
    (
        "every day until dec 31 2027",
        "FREQ=DAILY;UNTIL=20271231T235959",
        "every day until 31 Dec 2027",
    ),
    ("FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=WEEKLY;BYDAY=MO,TH", "every Monday and Thursday"),
    ("RRULE:FREQ=MONTHLY;BYMONTHDAY=1", "FREQ=MONTHLY;BYMONTHDAY=1", "every month on the 1st"),
]


@pytest.mark.parametrize(("words", "rule", "human"), REPEAT_CASES)
def test_repeats_in_plain_words(words: str, rule: str, human: str) -> None:
    repeat = parse_repeat(words)
    assert (repeat.rule, repeat.describe()) == (rule, human)
    assert parse_repeat(repeat.rule) == repeat  # what is stored reads back the same


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ("every blue moon", "could not read 'blue', 'moon' as a repeat"),
        ("sometimes", "could not read 'sometimes'"),
        ("biweekly", "can mean twice or every other"),
        ("FREQ=HOURLY", "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY"),
        ("FREQ=DAILY;COUNT=3", "RRULE part 'COUNT=3' is not supported"),
        ("FREQ=WEEKLY;BYDAY=XX", "BYDAY 'XX' is not a weekday"),
        ("every 0 days", "repeat every 1 to 366"),
        ("every month on the 32nd", "there is no 32nd of a month"),
        ("every year on feb 30", "there is no 30 February"),
        ("every day until friday", "with its year"),
    ],
)
def test_repeats_it_cannot_read_are_refused(words: str, message: str) -> None:
    with pytest.raises(DateWordsError, match=message):
        parse_repeat(words)


@pytest.mark.parametrize(
    ("words", "start", "expected"),
    [
        ("every day", "2026-12-03", ["2026-12-04", "2026-12-05"]),
        ("every weekday", "2026-12-04", ["2026-12-07", "2026-12-08"]),
        ("every 2 weeks", "2026-12-03", ["2026-12-17", "2026-12-31"]),
        ("every monday", "2026-12-02", ["2026-12-07", "2026-12-14"]),
        (
            "every month on the 31st",
            "2027-01-31",
            ["2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"],
        ),
        ("every month on the 30th", "2028-01-30", ["2028-02-29", "2028-03-30"]),
        ("end of every month", "2027-12-31", ["2028-01-31", "2028-02-29", "2028-03-31"]),
        (
            "every year on feb 29",
            "2028-02-29",
            ["2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29"],
        ),
        ("every year on may 5", "2027-05-05", ["2028-05-05", "2029-05-05"]),
        ("every day until 2026-12-05", "2026-12-03", ["2026-12-04", "2026-12-05", "end"]),
        ("every day", "2026-12-03 17:00", ["2026-12-04 17:00", "2026-12-05 17:00"]),
        ("every morning", "2026-12-03", ["2026-12-04 09:00"]),
    ],
)
def test_the_next_occurrence_follows_the_previous_one(
    words: str, start: str, expected: list[str]
) -> None:
    repeat = parse_repeat(words)
    day, _, wall = start.partition(" ")
    due: Due | None = Due(date.fromisoformat(day), clock.fromisoformat(wall) if wall else None)
    seen = []
    for _ in expected:
        assert due is not None
        due = repeat.next_after(due)
        seen.append(shown(due) if due else "end")
    assert seen == expected


def test_a_daily_time_keeps_its_wall_clock_across_a_dst_change() -> None:
    zone = ZoneInfo(LOS_ANGELES)
    before = Due(date(2026, 3, 7), clock(9))
    after = parse_repeat("every morning").next_after(before)
    assert after == Due(date(2026, 3, 8), clock(9))
    first, second = before.instant(zone), after.instant(zone)
    assert first is not None and second is not None
    assert (first.hour, second.hour) == (17, 16)  # 09:00 PST, then 09:00 PDT


def test_anchoring_makes_a_monthly_rule_explicit_from_its_first_due_date() -> None:
    assert parse_repeat("every month").anchored(Due(date(2027, 1, 31))).describe() == (
        "every month on the last day"
    )
    assert parse_repeat("every month").anchored(Due(date(2027, 1, 9))).rule == (
        "FREQ=MONTHLY;BYMONTHDAY=9"
    )
    yearly = parse_repeat("every year").anchored(Due(date(2028, 2, 29)))
    assert yearly.next_after(Due(date(2028, 2, 29))) == Due(date(2029, 2, 28))
    assert parse_repeat("every monday").anchored(Due(date(2027, 1, 9))).rule == (
        "FREQ=WEEKLY;BYDAY=MO"
    )


@pytest.mark.parametrize(
    ("words", "wall", "expected"),
    [
        ("every monday", THURSDAY, "2026-12-07"),
        ("every day", THURSDAY, "2026-12-03"),
        ("every morning", THURSDAY, "2026-12-04 09:00"),
        ("every morning", "2026-12-03 08:00", "2026-12-03 09:00"),
        ("every month on the 1st", THURSDAY, "2027-01-01"),
    ],
)
def test_the_first_occurrence_is_from_now_on(words: str, wall: str, expected: str) -> None:
    first = parse_repeat(words).first(now=local(KARACHI, wall), zone=ZoneInfo(KARACHI))
    assert shown(first) == expected


def test_a_rule_that_ended_has_no_first_occurrence() -> None:
    with pytest.raises(DateWordsError, match="falls on no day"):
        parse_repeat("every day until 2026-01-01").first(
            now=local("UTC", THURSDAY), zone=ZoneInfo("UTC")
        )


@pytest.mark.parametrize(
    ("rule", "human"),
    [(rule, human) for _, rule, human in REPEAT_CASES if "(" not in human],
)
def test_the_human_form_of_a_repeat_reads_back_as_the_same_rule(rule: str, human: str) -> None:
    """The web form shows `repeat_text`; sent back unchanged it must mean the same."""
    assert parse_repeat(human).rule == rule
