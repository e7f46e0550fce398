"""Due dates in plain words: a table of cases in several zones, DST changes, month ends."""

from __future__ import annotations

from datetime import UTC, date, datetime
from datetime import time as clock
from zoneinfo import ZoneInfo

import pytest

from todochat.tasks.dates import (
    DateWordsError,
    Due,
    describe_due,
    find_due,
    parse_due,
    time_zone,
)

KARACHI = "Asia/Karachi"  # UTC+5, no DST
AUCKLAND = "Pacific/Auckland"  # UTC+13 in December, DST Sep to Apr
LOS_ANGELES = "America/Los_Angeles"  # UTC-8 in December, DST Mar to Nov
LONDON = "Europe/London"
THURSDAY = "2026-12-03 10:00"  # Thursday 3 December 2026


def local(zone: str, wall: str) -> datetime:
    """An aware instant from the wall clock of `zone` ("2026-12-03 10:00")."""
    return datetime.fromisoformat(wall).replace(tzinfo=ZoneInfo(zone))


def shown(due: Due) -> str:
    return due.day.isoformat() + (f" {due.time:%H:%M}" if due.time else "")


# (words, zone, now on that zone's wall clock, expected day [and wall-clock time])
DUE_CASES = [
    ("today", "UTC", THURSDAY, "2026-12-03"),
    ("Today", "UTC", THURSDAY, "2026-12-03"),
    ("tomorrow", "UTC", THURSDAY, "2026-12-04"),
    ("tmrw", "UTC", THURSDAY, "2026-12-04"),
    ("yesterday", "UTC", THURSDAY, "2026-12-02"),
    ("day after tomorrow", "UTC", THURSDAY, "2026-12-05"),
    ("tomorrow 5pm", "UTC", THURSDAY, "2026-12-04 17:00"),
    ("tomorrow at 5pm", "UTC", THURSDAY, "2026-12-04 17:00"),
    ("5pm tomorrow", "UTC", THURSDAY, "2026-12-04 17:00"),
    ("tomorrow at 17:00", "UTC", THURSDAY, "2026-12-04 17:00"),
    ("tomorrow at 5", "UTC", THURSDAY, "2026-12-04 17:00"),
    ("tomorrow at 9", "UTC", THURSDAY, "2026-12-04 09:00"),
    ("tomorrow at 05:30", "UTC", THURSDAY, "2026-12-04 05:30"),
    ("tomorrow at 5:30", "UTC", THURSDAY, "2026-12-04 17:30"),
    ("Sat 5 Dec, 17:00", "UTC", THURSDAY, "2026-12-05 17:00"),
    ("friday, december 4th", "UTC", THURSDAY, "2026-12-04"),
    ("Mon 4 Jan 2027, 09:05", "UTC", THURSDAY, "2027-01-04 09:05"),
    ("tomorrow 9:30am", "UTC", THURSDAY, "2026-12-04 09:30"),
    ("tomorrow 9.30 p.m.".replace("9.30", "9:30"), "UTC", THURSDAY, "2026-12-04 21:30"),
    ("tomorrow 12am", "UTC", THURSDAY, "2026-12-04 00:00"),
    ("tomorrow 12pm", "UTC", THURSDAY, "2026-12-04 12:00"),
    ("tomorrow noon", "UTC", THURSDAY, "2026-12-04 12:00"),
    ("tomorrow morning", "UTC", THURSDAY, "2026-12-04 09:00"),
    ("tomorrow evening", "UTC", THURSDAY, "2026-12-04 18:00"),
    ("tomorrow night", "UTC", THURSDAY, "2026-12-04 20:00"),
    ("tonight", "UTC", THURSDAY, "2026-12-03 20:00"),
    ("this afternoon", "UTC", THURSDAY, "2026-12-03 15:00"),
    ("friday", "UTC", THURSDAY, "2026-12-04"),
    ("fri", "UTC", THURSDAY, "2026-12-04"),
    ("this friday", "UTC", THURSDAY, "2026-12-04"),
    ("next friday", "UTC", THURSDAY, "2026-12-11"),
    # "friday week", "a week on friday" (British, Irish): the coming friday and a week
    ("friday week", "UTC", THURSDAY, "2026-12-11"),
    ("thursday week", "UTC", THURSDAY, "2026-12-17"),
    ("a week on friday", "UTC", THURSDAY, "2026-12-11"),
    ("tues fortnight", "UTC", THURSDAY, "2026-12-22"),
    # "a week today", "today week", "a fortnight tomorrow": that day and a week (or two)
    ("a week today", "UTC", THURSDAY, "2026-12-10"),
    ("for a week today", "UTC", THURSDAY, "2026-12-10"),
    ("today week", "UTC", THURSDAY, "2026-12-10"),
    ("a week tomorrow", "UTC", THURSDAY, "2026-12-11"),
    ("a fortnight today", "UTC", THURSDAY, "2026-12-17"),
    ("thursday", "UTC", THURSDAY, "2026-12-10"),
    ("next thursday", "UTC", THURSDAY, "2026-12-10"),
    ("monday", "UTC", THURSDAY, "2026-12-07"),
    ("next monday", "UTC", THURSDAY, "2026-12-07"),
    ("on friday at 3pm", "UTC", THURSDAY, "2026-12-04 15:00"),
    ("due friday", "UTC", THURSDAY, "2026-12-04"),
    ("next week", "UTC", THURSDAY, "2026-12-07"),
    ("next month", "UTC", THURSDAY, "2027-01-01"),
    ("this weekend", "UTC", THURSDAY, "2026-12-05"),
    ("next weekend", "UTC", THURSDAY, "2026-12-12"),
    ("in 2 weeks", "UTC", THURSDAY, "2026-12-17"),
    ("in two weeks", "UTC", THURSDAY, "2026-12-17"),
    ("in 3 days", "UTC", THURSDAY, "2026-12-06"),
    ("in a week", "UTC", THURSDAY, "2026-12-10"),
    ("in 1 month", "UTC", THURSDAY, "2027-01-03"),
    ("in a year", "UTC", THURSDAY, "2027-12-03"),
    ("3 days from now", "UTC", THURSDAY, "2026-12-06"),
    ("in 2 hours", "UTC", THURSDAY, "2026-12-03 12:00"),
    ("in 90 minutes", "UTC", THURSDAY, "2026-12-03 11:30"),
    ("in half an hour", "UTC", THURSDAY, "2026-12-03 10:30"),
    ("on the 3rd", "UTC", THURSDAY, "2026-12-03"),
    ("the 2nd", "UTC", THURSDAY, "2027-01-02"),
    ("on the 15th", "UTC", THURSDAY, "2026-12-15"),
    ("end of month", "UTC", THURSDAY, "2026-12-31"),
    ("by the end of the month", "UTC", THURSDAY, "2026-12-31"),
    ("eom", "UTC", THURSDAY, "2026-12-31"),
    ("end of year", "UTC", THURSDAY, "2026-12-31"),
    ("sept 14 at 9:30", "UTC", THURSDAY, "2027-09-14 09:30"),
    ("September 14th", "UTC", THURSDAY, "2027-09-14"),
    ("14 sept", "UTC", THURSDAY, "2027-09-14"),
    ("the 14th of september", "UTC", THURSDAY, "2027-09-14"),
    ("dec 25", "UTC", THURSDAY, "2026-12-25"),
    ("dec 3", "UTC", THURSDAY, "2026-12-03"),
    ("dec 2", "UTC", THURSDAY, "2027-12-02"),
    ("jan 5, 2027", "UTC", THURSDAY, "2027-01-05"),
    ("5 jan 2028 at 8pm", "UTC", THURSDAY, "2028-01-05 20:00"),
    ("2026-05-01", "UTC", THURSDAY, "2026-05-01"),
    ("2027-01-15T09:00:00Z", "UTC", THURSDAY, "2027-01-15 09:00"),
    ("2027-01-15 14:30", "UTC", THURSDAY, "2027-01-15 14:30"),
    ("13/5", "UTC", THURSDAY, "2027-05-13"),
    ("5/13/2027", "UTC", THURSDAY, "2027-05-13"),
    ("31.07.2027", "UTC", THURSDAY, "2027-07-31"),
    ("5.1.2027", "UTC", THURSDAY, "2027-01-05"),
    ("by 15.03.2027", "UTC", THURSDAY, "2027-03-15"),
    ("5pm", "UTC", THURSDAY, "2026-12-03 17:00"),
    ("9am", "UTC", THURSDAY, "2026-12-04 09:00"),
    ("at noon", "UTC", THURSDAY, "2026-12-03 12:00"),
    ("by end of day", "UTC", THURSDAY, "2026-12-03 17:00"),
    ("eod", "UTC", "2026-12-03 17:58", "2026-12-03 23:59"),
    ("eow", "UTC", THURSDAY, "2026-12-04"),
    ("by cob", "UTC", "2026-12-03 21:30", "2026-12-03 23:59"),
    ("friday eod", "UTC", "2026-12-03 21:30", "2026-12-04 17:00"),
    ("midnight", "UTC", THURSDAY, "2026-12-03 23:59"),
    # a time as people say and type it: a dot for the colon, the part of the day, the clock face
    ("friday at 2.30pm", "UTC", THURSDAY, "2026-12-04 14:30"),
    ("friday at 2.30", "UTC", THURSDAY, "2026-12-04 14:30"),
    ("friday 14.30", "UTC", THURSDAY, "2026-12-04 14:30"),
    ("thursday at 2.30 in the afternoon", "UTC", THURSDAY, "2026-12-10 14:30"),
    ("tomorrow at 7 in the evening", "UTC", THURSDAY, "2026-12-04 19:00"),
    ("tomorrow 6 in the morning", "UTC", THURSDAY, "2026-12-04 06:00"),
    ("monday at 9 at night", "UTC", THURSDAY, "2026-12-07 21:00"),
    ("friday at half past two", "UTC", THURSDAY, "2026-12-04 14:30"),
    ("half past nine in the morning", "UTC", THURSDAY, "2026-12-04 09:30"),
    ("tomorrow at quarter to five", "UTC", THURSDAY, "2026-12-04 16:45"),
    ("friday quarter past 8 pm", "UTC", THURSDAY, "2026-12-04 20:15"),
    # a part of the day said with a clock time: that time, read in that part of the day
    ("tonight 8 pm", "UTC", THURSDAY, "2026-12-03 20:00"),
    ("tonight at 8", "UTC", THURSDAY, "2026-12-03 20:00"),
    ("tonight at 10:30", "UTC", THURSDAY, "2026-12-03 22:30"),
    ("thursday evening at 7", "UTC", THURSDAY, "2026-12-10 19:00"),
    ("friday night 11pm", "UTC", THURSDAY, "2026-12-04 23:00"),
    ("tomorrow morning at 9", "UTC", THURSDAY, "2026-12-04 09:00"),
    ("tomorrow morning at 5", "UTC", THURSDAY, "2026-12-04 05:00"),
    ("this afternoon at 2:30", "UTC", THURSDAY, "2026-12-03 14:30"),
    # a time said roughly ("8ish"), and half past the hour as said in Ireland ("half 5")
    ("thursday evening like 8ish", "UTC", THURSDAY, "2026-12-10 20:00"),
    ("friday around 3ish", "UTC", THURSDAY, "2026-12-04 15:00"),
    ("tomorrow 7:30-ish", "UTC", THURSDAY, "2026-12-04 07:30"),
    ("half 5", "UTC", THURSDAY, "2026-12-03 17:30"),
    # "o'clock" typed with a space or without the apostrophe
    ("tomorrow morning 10 o clock", "UTC", THURSDAY, "2026-12-04 10:00"),
    ("friday at 7 oclock", "UTC", THURSDAY, "2026-12-04 07:00"),
    ("tomorrow at half six", "UTC", THURSDAY, "2026-12-04 18:30"),
    ("friday half 9 in the morning", "UTC", THURSDAY, "2026-12-04 09:30"),
    ("friday around 5pm", "UTC", THURSDAY, "2026-12-04 17:00"),
    ("tomorrow at about half 4", "UTC", THURSDAY, "2026-12-04 16:30"),
    ("tomorrow roughly 10:15", "UTC", THURSDAY, "2026-12-04 10:15"),
    # the hour written with an "h" (much of Europe): a 24-hour clock; "in 2h" is a span
    ("friday 15h", "UTC", THURSDAY, "2026-12-04 15:00"),
    ("tomorrow at 9h30", "UTC", THURSDAY, "2026-12-04 09:30"),
    ("à 14h00", "UTC", THURSDAY, "2026-12-03 14:00"),
    ("9h", "UTC", THURSDAY, "2026-12-04 09:00"),
    ("in 2h", "UTC", THURSDAY, "2026-12-03 12:00"),
    ("in 3hrs", "UTC", THURSDAY, "2026-12-03 13:00"),
    # late evening in Karachi (18:30 UTC): still the 3rd there
    ("today", KARACHI, "2026-12-03 23:30", "2026-12-03"),
    ("tomorrow", KARACHI, "2026-12-03 23:30", "2026-12-04"),
    ("2026-12-03T20:00:00Z", KARACHI, "2026-12-03 23:30", "2026-12-04 01:00"),
    ("in 1 hour", KARACHI, "2026-12-03 23:30", "2026-12-04 00:30"),
    ("11pm", KARACHI, "2026-12-03 23:30", "2026-12-04 23:00"),
    # just after midnight in Auckland (still the 3rd in UTC): already Friday the 4th there
    ("today", AUCKLAND, "2026-12-04 00:30", "2026-12-04"),
    ("tomorrow", AUCKLAND, "2026-12-04 00:30", "2026-12-05"),
    ("friday", AUCKLAND, "2026-12-04 00:30", "2026-12-11"),
    ("2026-12-03T12:00:00Z", AUCKLAND, "2026-12-04 00:30", "2026-12-04 01:00"),
    # evening in Los Angeles (already the 4th in UTC): still Thursday there
    ("today", LOS_ANGELES, "2026-12-03 20:00", "2026-12-03"),
    ("tomorrow 8am", LOS_ANGELES, "2026-12-03 20:00", "2026-12-04 08:00"),
    ("2026-12-04T06:00:00+00:00", LOS_ANGELES, "2026-12-03 20:00", "2026-12-03 22:00"),
    # daylight-saving changes: durations are real hours, times of day stay on the wall clock
    ("in 3 hours", LOS_ANGELES, "2026-03-08 00:30", "2026-03-08 04:30"),
    ("in 2 hours", LONDON, "2026-10-25 00:30", "2026-10-25 01:30"),
    ("tomorrow 9am", LOS_ANGELES, "2026-03-07 10:00", "2026-03-08 09:00"),
    ("tomorrow at 2:30am", AUCKLAND, "2026-04-04 12:00", "2026-04-05 02:30"),
    # month ends and leap days
    ("end of month", "UTC", "2028-02-10 10:00", "2028-02-29"),
    ("end of month", "UTC", "2027-02-10 10:00", "2027-02-28"),
    ("in a month", "UTC", "2027-01-31 10:00", "2027-02-28"),
    ("in 1 month", "UTC", "2028-01-31 10:00", "2028-02-29"),
    ("on the 31st", "UTC", "2026-11-05 10:00", "2026-12-31"),
    ("feb 29", "UTC", THURSDAY, "2028-02-29"),
    ("in a year", "UTC", "2028-02-29 10:00", "2029-02-28"),
    ("tomorrow", "UTC", "2027-12-31 10:00", "2028-01-01"),
    ("next month", "UTC", "2026-12-31 10:00", "2027-01-01"),
    # the start, middle and end of a week, month, year or named month, and fortnights
    # London: Monday 30 November 2026; Chicago: Saturday 5 December 2026, late evening
    # (Sunday in UTC); Kolkata: Monday 20 December 2027 (mid December has passed);
    # Sydney: Monday 31 January 2028 just after midnight (still the 30th in UTC)
    ("end of january 2027", "Europe/London", "2026-11-30 10:00", "2027-01-31"),
    ("end of feb", "Europe/London", "2026-11-30 10:00", "2027-02-28"),
    ("end of the month", "Europe/London", "2026-11-30 10:00", "2026-11-30"),
    ("by the end of next week", "Europe/London", "2026-11-30 10:00", "2026-12-11"),
    ("end of the week", "Europe/London", "2026-11-30 10:00", "2026-12-04"),
    ("in a fortnight", "Europe/London", "2026-11-30 10:00", "2026-12-14"),
    ("the 14th", "Europe/London", "2026-11-30 10:00", "2026-12-14"),
    ("mid december", "Europe/London", "2026-11-30 10:00", "2026-12-15"),
    ("mid-dec", "Europe/London", "2026-11-30 10:00", "2026-12-15"),
    ("start of next month", "Europe/London", "2026-11-30 10:00", "2026-12-01"),
    ("end of feb", "Europe/London", "2027-02-10 10:00", "2027-02-28"),
    ("end of feb", "Europe/London", "2029-03-01 10:00", "2030-02-28"),
    ("end of feb 2028", "Europe/London", "2026-11-30 10:00", "2028-02-29"),
    ("end of the week", "America/Chicago", "2026-12-05 23:30", "2026-12-06"),
    ("end of this week", "America/Chicago", "2026-12-05 23:30", "2026-12-06"),
    ("end of next week", "America/Chicago", "2026-12-05 23:30", "2026-12-11"),
    ("midweek", "America/Chicago", "2026-12-05 23:30", "2026-12-09"),
    ("start of next week", "America/Chicago", "2026-12-05 23:30", "2026-12-07"),
    ("end of the month at 5pm", "America/Chicago", "2026-12-05 23:30", "2026-12-31 17:00"),
    ("in 2 fortnights", "America/Chicago", "2026-12-05 23:30", "2027-01-02"),
    ("mid december", "Asia/Kolkata", "2027-12-20 09:00", "2028-12-15"),
    ("end of december", "Asia/Kolkata", "2027-12-20 09:00", "2027-12-31"),
    ("end of the year", "Asia/Kolkata", "2027-12-20 09:00", "2027-12-31"),
    ("end of next month", "Asia/Kolkata", "2027-12-20 09:00", "2028-01-31"),
    ("end of next year", "Asia/Kolkata", "2027-12-20 09:00", "2028-12-31"),
    ("end of feb", "Asia/Kolkata", "2027-12-20 09:00", "2028-02-29"),
    ("in a fortnight", "Asia/Kolkata", "2027-12-20 09:00", "2028-01-03"),
    ("the 14th", "Asia/Kolkata", "2027-12-20 09:00", "2028-01-14"),
    ("mid month", "Asia/Kolkata", "2027-12-20 09:00", "2028-01-15"),
    ("end of the month", "Australia/Sydney", "2028-01-31 00:30", "2028-01-31"),
    ("end of next month", "Australia/Sydney", "2028-01-31 00:30", "2028-02-29"),
    ("mid feb", "Australia/Sydney", "2028-01-31 00:30", "2028-02-15"),
    ("the 14th", "Australia/Sydney", "2028-01-31 00:30", "2028-02-14"),
    ("in a fortnight", "Australia/Sydney", "2028-01-31 00:30", "2028-02-14"),
    ("beginning of next year", "Australia/Sydney", "2028-01-31 00:30", "2029-01-01"),
    ("end of the month", "America/Chicago", "2026-11-30 20:00", "2026-11-30"),
    ("end of the month", "Australia/Sydney", "2028-03-01 00:30", "2028-03-31"),
]


# (words, zone, the task's due date, expected): a shift of the task's own due date
SHIFT_CASES = [
    ("back 2 days", "Europe/London", "2026-12-30", "2027-01-01"),
    ("back a week", "America/Chicago", "2026-12-28 17:00", "2027-01-04 17:00"),
    ("later by a fortnight", "Asia/Kolkata", "2028-02-20", "2028-03-05"),
    ("back by 1 month", "Australia/Sydney", "2028-01-31 09:30", "2028-02-29 09:30"),
    ("earlier by 3 days", "Australia/Sydney", "2028-03-01", "2028-02-27"),
    ("sooner by two weeks", "Europe/London", "2027-01-10", "2026-12-27"),
]


@pytest.mark.parametrize(("words", "zone", "base", "expected"), SHIFT_CASES)
def test_a_shift_moves_the_tasks_due_date(words: str, zone: str, base: str, expected: str) -> None:
    day, _, wall = base.partition(" ")
    current = Due(date.fromisoformat(day), clock.fromisoformat(wall) if wall else None)
    due = parse_due(words, now=local(zone, THURSDAY), zone=ZoneInfo(zone), base=current)
    assert shown(due) == expected


def test_a_shift_needs_a_due_date_to_move() -> None:
    with pytest.raises(DateWordsError, match="moves a due date, and there is none yet"):
        parse_due("back 2 days", now=local(LONDON, THURSDAY), zone=ZoneInfo(LONDON))
    # "3 days later" still counts from today
    later = parse_due("3 days later", now=local(LONDON, THURSDAY), zone=ZoneInfo(LONDON))
    assert shown(later) == "2026-12-06"


@pytest.mark.parametrize(("words", "zone", "wall", "expected"), DUE_CASES)
def test_due_dates_in_plain_words(words: str, zone: str, wall: str, expected: str) -> None:
    due = parse_due(words, now=local(zone, wall), zone=ZoneInfo(zone))
    assert shown(due) == expected


def test_the_table_is_large_enough() -> None:
    assert len(DUE_CASES) >= 80


# (words, the words the error must name, or a fragment of its message)
DUE_ERRORS = [
    ("blorp", ("blorp",), "could not read 'blorp'"),
    ("tomorrow blorp", ("blorp",), "could not read 'blorp'"),
    ("next fryday", ("next", "fryday"), "'next', 'fryday'"),
    ("feb 30", (), "there is no 30 February"),
    ("2027-02-29", (), "there is no 29 February 2027"),
    ("2026-13-01", (), "there is no 1 month 13"),
    ("5/6", ("5/6",), "could be 5 June or May 6"),
    ("tomorrow friday", ("tomorrow", "friday"), "more than one date"),
    ("tomorrow at 5 at 6", ("at 5", "at 6"), "more than one date"),
    # a time the part of the day cannot hold is no reading of it
    ("tonight at 8am", ("tonight", "at 8am"), "more than one date"),
    ("tomorrow morning at 9pm", ("morning", "at 9pm"), "more than one date"),
    ("tonight at 5 at 6", ("tonight", "at 5", "at 6"), "more than one date"),
    ("", (), "no date given"),
    ("the", ("the",), "no date given"),
    ("at 25", (), "25:00 is not a time"),
    ("13pm", (), "13 pm is not a time"),
    ("in 999 years", (), "too far ahead"),
    ("Fri 5 Dec", ("fri 5 dec",), "5 December 2026 is a Saturday, not a Friday"),
    ("mid year", ("mid year",), "is not one day"),
    ("end of feb 30", ("30",), "could not read '30'"),
    ("friday at 2.75", (), "14:75 is not a time"),
    ("31.13.2027", ("31.13.2027",), "is not a date"),
    ("half past thirteen", ("half", "past", "thirteen"), "could not read"),
]


@pytest.mark.parametrize(("words", "named", "message"), DUE_ERRORS)
def test_words_it_cannot_read_are_named(words: str, named: tuple[str, ...], message: str) -> None:
    with pytest.raises(DateWordsError) as caught:
        parse_due(words, now=local("UTC", THURSDAY), zone=ZoneInfo("UTC"))
    assert message in str(caught.value)
    assert caught.value.words == named


def test_an_iso_date_time_without_offset_is_the_users_wall_clock() -> None:
    due = parse_due("2027-01-15T09:00", now=local(KARACHI, THURSDAY), zone=ZoneInfo(KARACHI))
    assert due == Due(date(2027, 1, 15), clock(9))
    assert due.instant(ZoneInfo(KARACHI)) == datetime(2027, 1, 15, 4, tzinfo=UTC)


def test_a_wall_clock_time_the_dst_change_skips_lands_after_it() -> None:
    """02:30 does not exist in Los Angeles on 8 March 2026: it is stored as 03:30 PDT."""
    zone = ZoneInfo(LOS_ANGELES)
    instant = Due(date(2026, 3, 8), clock(2, 30)).instant(zone)
    assert instant == datetime(2026, 3, 8, 10, 30, tzinfo=UTC)
    assert instant is not None and Due.at(instant, zone) == Due(date(2026, 3, 8), clock(3, 30))


def test_overdue_is_past_the_time_or_before_today_in_the_users_zone() -> None:
    zone = ZoneInfo(KARACHI)
    now = local(KARACHI, "2026-12-03 23:30")
    assert not Due(date(2026, 12, 3)).is_overdue(now, zone)
    assert Due(date(2026, 12, 2)).is_overdue(now, zone)
    assert Due(date(2026, 12, 3), clock(23)).is_overdue(now, zone)
    assert not Due(date(2026, 12, 3), clock(23, 45)).is_overdue(now, zone)


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (Due(date(2026, 12, 5)), "Sat 5 Dec"),
        (Due(date(2026, 12, 5), clock(17)), "Sat 5 Dec, 17:00"),
        (Due(date(2027, 1, 4), clock(9, 5)), "Mon 4 Jan 2027, 09:05"),
    ],
)
def test_human_form_of_a_due_date(due: Due, expected: str) -> None:
    assert describe_due(due, today=date(2026, 12, 3)) == expected


# (sentence, the words cut as the date, what is left, the due date) - None: no date read
FIND_CASES = [
    ("call mom tomorrow at 5", "tomorrow at 5", "call mom ", "2026-12-04 17:00"),
    ("pay rent on the 1st", "on the 1st", "pay rent ", "2027-01-01"),
    ("morning run tomorrow", "tomorrow", "morning run ", "2026-12-04"),
    ("dentist next friday at 3pm", "next friday at 3pm", "dentist ", "2026-12-11 15:00"),
    ("finish essay by sat", "by sat", "finish essay ", "2026-12-05"),
    ("submit report by end of month", "by end of month", "submit report ", "2026-12-31"),
    ("meet sam at 5pm on friday", "at 5pm on friday", "meet sam ", "2026-12-04 17:00"),
    ("gym in the morning", "in the morning", "gym ", "2026-12-04 09:00"),
    ("renew passport in 2 weeks", "in 2 weeks", "renew passport ", "2026-12-17"),
    ("call mom by the end of next week", "by the end of next week", "call mom ", "2026-12-11"),
    ("pay rent end of feb", "end of feb", "pay rent ", "2027-02-28"),
    ("dentist in a fortnight", "in a fortnight", "dentist ", "2026-12-17"),
    ("book flights mid-december", "mid-december", "book flights ", "2026-12-15"),
    ("file taxes by end of january 2027", "by end of january 2027", "file taxes ", "2027-01-31"),
    ("buy sun cream", None, None, None),
    ("read the 3rd book", None, None, None),
    ("call bob friday and monday", None, None, None),
    ("book flights for feb 30", None, None, None),
    ("buy milk", None, None, None),
    ("pay the 2.30 parking fee", None, None, None),
    ("update to version 2.10 on friday", "on friday", "update to version 2.10 ", "2026-12-04"),
    ("dentist friday at 2.30", "friday at 2.30", "dentist ", "2026-12-04 14:30"),
    ("call gran at half past six", "at half past six", "call gran ", "2026-12-03 18:30"),
    ("tax return by 31.07.2027 pls", "by 31.07.2027", "tax return  pls", "2027-07-31"),
    ("update to version 1.2.3", None, None, None),
    (
        "meeting with lefebvre tomorrow 15h",
        "tomorrow 15h",
        "meeting with lefebvre ",
        "2026-12-04 15:00",
    ),
    ("call the bank at 9h30", "at 9h30", "call the bank ", "2026-12-04 09:30"),
    ("stretch in 2h", "in 2h", "stretch ", "2026-12-03 12:00"),
    ("study for 2h", None, None, None),
    ("charge the 24h battery", None, None, None),
    ("book the a4h form", None, None, None),
    ("call CA tonight 8 pm", "tonight 8 pm", "call CA ", "2026-12-03 20:00"),
    (
        "get the dry cleaning thurs evening like 8ish",
        "thurs evening like 8ish",
        "get the dry cleaning ",
        "2026-12-10 20:00",
    ),
    ("cake pickup at half 5", "at half 5", "cake pickup ", "2026-12-03 17:30"),
    # "half 5" alone may be a measure; "like" alone is a word of the title
    ("add half 5 kg of rice", None, None, None),
    ("cut the cake in half 5 times", None, None, None),
    ("i'd like 8 apples", None, None, None),
    ("call mom around 5pm", "around 5pm", "call mom ", "2026-12-03 17:00"),
    ("ring the vet at about half 4", "at about half 4", "ring the vet ", "2026-12-03 16:30"),
    # "about" before a number that is no time stays a word
    ("read about 5 chapters", None, None, None),
    # "around"/"about" before a bare hour is a time in a sentence; "round" after a day or
    # before a time that says it is one ("round 2" alone may be a round of a game)
    ("call ana around 4", "around 4", "call ana ", "2026-12-03 16:00"),
    ("ring bo about 3 tomorrow", "about 3 tomorrow", "ring bo ", "2026-12-04 15:00"),
    (
        "drop the esky tomorrow afternoon round 4",
        "tomorrow afternoon round 4",
        "drop the esky ",
        "2026-12-04 16:00",
    ),
    ("call ed round 4ish", "round 4ish", "call ed ", "2026-12-03 16:00"),
    ("call ed round 5pm", "round 5pm", "call ed ", "2026-12-03 17:00"),
    ("finish round 2", None, None, None),
    ("finish round 2 tonight", "tonight", "finish round 2 ", "2026-12-03 20:00"),
    ("watch round 4 of the darts", None, None, None),
    ("walk around 3 blocks", None, None, None),
    # a short day name closing a sentence is its day, as chat puts it; elsewhere a word
    ("call mum sat", "sat", "call mum ", "2026-12-05"),
    ("vet for biscuit wed", "wed", "vet for biscuit ", "2026-12-09"),
    ("pick up dry cleaning sun!", "sun", "pick up dry cleaning !", "2026-12-06"),
    ("bins out mon", "mon", "bins out ", "2026-12-07"),
    ("groceries sat morning", "sat morning", "groceries ", "2026-12-05 09:00"),
    ("dentist wed 10am", "wed 10am", "dentist ", "2026-12-09 10:00"),
    ("sat", None, None, None),
    ("wear sun hat", None, None, None),
    ("sun cream for the trip", None, None, None),
]


@pytest.mark.parametrize(("sentence", "words", "rest", "expected"), FIND_CASES)
def test_finding_a_due_date_inside_a_sentence(
    sentence: str, words: str | None, rest: str | None, expected: str | None
) -> None:
    found = find_due(sentence, now=local("UTC", THURSDAY), zone=ZoneInfo("UTC"))
    if words is None:
        assert found is None
        return
    assert found is not None
    assert sentence[found.start : found.end] == words
    assert sentence[: found.start] + sentence[found.end :] == rest
    assert shown(found.due) == expected


def test_time_zones_are_iana_names() -> None:
    assert time_zone("Asia/Karachi") == ZoneInfo("Asia/Karachi")
    assert time_zone("UTC") == ZoneInfo("UTC")
    for name in ("Mars/Olympus", "../../etc/passwd", "utc", "", "Asia/Karachi "):
        with pytest.raises(ValueError, match="unknown time zone"):
            time_zone(name)


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        parse_due("today", now=datetime(2026, 12, 3), zone=ZoneInfo("UTC"))


@pytest.mark.parametrize(
    "due",
    [
        Due(date(2026, 12, 5)),
        Due(date(2026, 12, 5), clock(5, 0)),
        Due(date(2026, 12, 31), clock(23, 59)),
        Due(date(2027, 1, 4), clock(9, 5)),
        Due(date(2028, 2, 29), clock(17, 45)),
    ],
)
def test_the_human_form_reads_back_as_the_same_due_date(due: Due) -> None:
    """Clients may send back what they were shown ("Sat 5 Dec, 05:00")."""
    now = local("UTC", THURSDAY)
    assert parse_due(describe_due(due, today=now.date()), now=now, zone=ZoneInfo("UTC")) == due
