"""The pass rule of evaluation cases."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from todochat.clients.evaluation.cases import (
    Case,
    check,
    harmed,
    load_cases,
    resolve_day,
    seed_due,
)


def case(**fields: object) -> Case:
    return Case.model_validate({"id": "add-x", "say": ["hi"], "expect": [], **fields})


def test_titles_match_ignoring_case_spaces_and_final_full_stop() -> None:
    expected = case(expect=[{"title": ["Buy milk"]}])
    assert check(expected, [{"title": " buy MILK. ", "completed": False}], "") == []


def test_any_title_alternative_matches() -> None:
    expected = case(expect=[{"title": ["Pay bills", "Pay the bills"]}])
    assert check(expected, [{"title": "Pay the bills", "completed": False}], "") == []


def test_an_extra_task_fails() -> None:
    expected = case(expect=[{"title": ["A"]}])
    tasks = [{"title": "A", "completed": False}, {"title": "B", "completed": False}]
    assert check(expected, tasks, "")


def test_completion_must_match() -> None:
    expected = case(expect=[{"title": ["A"], "completed": True}])
    assert check(expected, [{"title": "A", "completed": False}], "")


def test_description_is_checked_when_given() -> None:
    expected = case(expect=[{"title": ["A"], "description": "two coats"}])
    assert (
        check(expected, [{"title": "A", "completed": False, "description": "Two coats"}], "") == []
    )
    assert check(expected, [{"title": "A", "completed": False, "description": None}], "")


def test_duplicate_expectations_need_distinct_tasks() -> None:
    expected = case(expect=[{"title": ["A", "B"]}, {"title": ["A"]}])
    tasks = [{"title": "A", "completed": False}, {"title": "B", "completed": False}]
    assert check(expected, tasks, "") == []


def test_reply_has_and_lacks_are_case_insensitive() -> None:
    expected = case(reply_has=["Call mom"], reply_lacks=["Buy eggs"])
    assert check(expected, [], "You still need to CALL MOM.") == []
    problems = check(expected, [], "call mom, buy eggs")
    assert problems == ["reply has 'Buy eggs'"]


def test_category_is_the_id_prefix() -> None:
    assert case(id="done-c").category == "done"


def test_a_bad_line_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": "a-1", "say": ["x"], "expect": []}\n{"id": 3}\n')
    with pytest.raises(ValueError, match=r"cases\.jsonl:2"):
        load_cases(path)


def test_priority_and_due_date_are_checked_only_when_given() -> None:
    task = {"title": "A", "completed": False, "priority": "high", "due_date": "2026-07-15"}
    assert check(case(expect=[{"title": ["A"]}]), [task], "") == []
    assert check(case(expect=[{"title": ["A"], "priority": "high"}]), [task], "") == []
    assert check(case(expect=[{"title": ["A"], "priority": "low"}]), [task], "")
    assert check(case(expect=[{"title": ["A"], "priority": None}]), [task], "")
    assert check(case(expect=[{"title": ["A"], "due_date": "2026-07-15"}]), [task], "") == []
    assert check(case(expect=[{"title": ["A"], "due_date": "2026-07-16"}]), [task], "")


def test_a_due_date_matches_a_date_time_on_that_day() -> None:
    task = {"title": "A", "completed": False, "due_date": "2026-07-15T09:00:00Z"}
    assert check(case(expect=[{"title": ["A"], "due_date": "2026-07-15"}]), [task], "") == []


def _seeded(*titles: str) -> Case:
    return case(
        tasks=[{"title": t} for t in titles],
        expect=[{"title": [t]} for t in titles],
    )


def test_a_deleted_task_that_should_stay_is_harm() -> None:
    expected = _seeded("A", "B")
    after = [{"id": 2, "title": "B", "completed": False}]
    assert harmed(expected, [1, 2], after) == 1


def test_a_renamed_or_flipped_task_that_should_stay_is_harm() -> None:
    expected = _seeded("A", "B")
    after = [
        {"id": 1, "title": "Z", "completed": False},
        {"id": 2, "title": "B", "completed": True},
    ]
    assert harmed(expected, [1, 2], after) == 2


def test_changing_the_task_meant_to_change_is_no_harm() -> None:
    expected = case(
        tasks=[{"title": "A"}, {"title": "B"}],
        expect=[{"title": ["A"], "completed": True}, {"title": ["B"]}],
    )
    after = [
        {"id": 1, "title": "A", "completed": False},
        {"id": 2, "title": "B", "completed": False},
    ]
    assert harmed(expected, [1, 2], after) == 0


def test_deleting_a_task_meant_to_be_completed_or_reopened_is_harm() -> None:
    expected = case(
        tasks=[{"title": "A"}, {"title": "B", "completed": True}, {"title": "C"}],
        expect=[{"title": ["A"], "completed": True}, {"title": ["B"]}, {"title": ["C"]}],
    )
    assert harmed(expected, [1, 2, 3], [{"id": 3, "title": "C", "completed": False}]) == 2
    left_alone = [
        {"id": 1, "title": "A", "completed": False},
        {"id": 2, "title": "B", "completed": True},
        {"id": 3, "title": "C", "completed": False},
    ]
    assert harmed(expected, [1, 2, 3], left_alone) == 0  # a miss, not harm
    renamed = [{"id": 1, "title": "A2", "completed": True}, *left_alone[1:]]
    assert harmed(expected, [1, 2, 3], renamed) == 0  # its change is checked by the pass


def test_either_of_two_equal_tasks_may_go() -> None:
    expected = case(tasks=[{"title": "A"}, {"title": "A"}], expect=[{"title": ["A"]}])
    assert harmed(expected, [1, 2], [{"id": 1, "title": "A", "completed": False}]) == 0
    assert harmed(expected, [1, 2], []) == 1


def test_renaming_a_task_whose_due_date_should_change_is_harm() -> None:
    expected = case(
        tasks=[{"title": "A"}],
        expect=[{"title": ["A"], "due_date": "2026-07-15"}],
    )
    assert harmed(expected, [1], [{"id": 1, "title": "2026-07-15", "completed": False}]) == 1
    assert harmed(expected, [1], [{"id": 1, "title": "A", "completed": False}]) == 0


# --- the date format: relative days, weekdays, times, repeats, tags, time zones ---------

TODAY = date(2026, 12, 3)  # a Thursday


def dated(expect: dict[str, Any], **fields: Any) -> Case:
    return case(expect=[{"title": ["A"], **expect}], **fields)


def task(**fields: Any) -> dict[str, Any]:
    return {"title": "A", "completed": False, **fields}


@pytest.mark.parametrize(
    ("due_date", "passes"),
    [("+0d", False), ("+1d", True), ("-1d", False), ("2026-12-04", True), ("+2d", False)],
)
def test_a_relative_due_date_counts_from_the_day_the_case_runs(due_date: str, passes: bool) -> None:
    problems = check(dated({"due_date": due_date}), [task(due_date="2026-12-04")], "", today=TODAY)
    assert (problems == []) is passes


def test_relative_days_resolve_both_ways() -> None:
    assert resolve_day("+14d", TODAY) == date(2026, 12, 17)
    assert resolve_day("-1d", TODAY) == date(2026, 12, 2)
    assert resolve_day("2027-01-05", TODAY) == date(2027, 1, 5)


def test_a_timed_due_date_is_read_on_the_users_wall_clock() -> None:
    """19:30 UTC on the 3rd is 00:30 on the 4th in Karachi (UTC+5)."""
    timed = task(due_date="2026-12-03T19:30:00Z")
    karachi = {"time_zone": "Asia/Karachi"}
    assert (
        check(dated({"due_date": "+1d", "due_time": "00:30"}, **karachi), [timed], "", today=TODAY)
        == []
    )
    assert check(dated({"due_date": "+0d"}, **karachi), [timed], "", today=TODAY)
    assert check(dated({"due_date": "+0d", "due_time": "19:30"}), [timed], "", today=TODAY) == []
    assert check(dated({"due_time": "19:00"}), [timed], "", today=TODAY)


def test_a_due_time_needs_a_task_due_at_a_time() -> None:
    assert check(dated({"due_time": "09:00"}), [task(due_date="2026-12-04")], "", today=TODAY)


def test_a_due_weekday_passes_for_that_weekday_within_two_weeks() -> None:
    expected = dated({"due_weekday": "fri"})
    for day, passes in [
        ("2026-12-04", True),
        ("2026-12-11", True),
        ("2026-12-17", False),  # a Thursday
        ("2026-12-18", False),  # a Friday, 15 days ahead
        ("2026-11-27", False),  # last Friday
    ]:
        assert (check(expected, [task(due_date=day)], "", today=TODAY) == []) is passes, day
    assert check(expected, [task()], "", today=TODAY)
    assert dated({"due_weekday": "Friday"}).expect[0].due_weekday == "fri"


def test_a_null_due_date_or_repeat_means_none() -> None:
    assert check(dated({"due_date": None}), [task()], "", today=TODAY) == []
    assert check(dated({"due_date": None}), [task(due_date="2026-12-04")], "", today=TODAY)
    assert check(dated({"repeat": None}), [task()], "", today=TODAY) == []
    weekly = task(due_date="2026-12-07", repeat="FREQ=WEEKLY;BYDAY=MO")
    assert check(dated({"repeat": None}), [weekly], "", today=TODAY)


@pytest.mark.parametrize(
    ("words", "rule", "due", "passes"),
    [
        ("every monday", "FREQ=WEEKLY;BYDAY=MO", "2026-12-07", True),
        ("mondays", "FREQ=WEEKLY;BYDAY=MO", "2026-12-07", True),
        ("every monday", "FREQ=WEEKLY;BYDAY=TU", "2026-12-08", False),
        ("every month on the 1st", "FREQ=MONTHLY;BYMONTHDAY=1", "2027-01-01", True),
        ("every month", "FREQ=MONTHLY;BYMONTHDAY=1", "2027-01-01", True),
        ("every month on the 1st", "FREQ=MONTHLY;BYMONTHDAY=2", "2027-01-02", False),
        ("every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-12-04", True),
        ("every day", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-12-04", False),
        # a time in the words must be the rule's; words without one accept any time
        ("every weekday at 9", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0",
         "2026-12-04T09:00:00Z", True),
        ("every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0",
         "2026-12-04T09:00:00Z", True),
        ("every morning", "FREQ=DAILY;BYHOUR=18;BYMINUTE=0", "2026-12-04T18:00:00Z", False),
        ("every year on may 5", "FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=5", "2027-05-05", True),
        # words without a day mean the day it starts on, as the service anchors them
        ("every 3 months", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29,30;BYSETPOS=-1",
         "2026-11-30", True),
        ("every 3 months", "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1", "2026-11-30", False),
    ],
)  # fmt: skip
def test_a_repeat_passes_when_it_means_the_same(
    words: str, rule: str, due: str, passes: bool
) -> None:
    problems = check(dated({"repeat": words}), [task(due_date=due, repeat=rule)], "", today=TODAY)
    assert (problems == []) is passes


def test_a_repeat_is_checked_only_when_given_and_must_exist_when_given() -> None:
    weekly = task(due_date="2026-12-07", repeat="FREQ=WEEKLY;BYDAY=MO")
    assert check(dated({}), [weekly], "", today=TODAY) == []
    assert check(dated({"repeat": "every monday"}), [task(due_date="2026-12-07")], "", today=TODAY)


def test_tags_are_an_exact_set_compared_as_the_server_keeps_them() -> None:
    tagged = task(tags=["home", "work"])
    assert check(dated({"tags": ["#Work", "home"]}), [tagged], "", today=TODAY) == []
    assert check(dated({"tags": ["work"]}), [tagged], "", today=TODAY)
    assert check(dated({"tags": []}), [task(tags=[])], "", today=TODAY) == []
    assert check(dated({}), [tagged], "", today=TODAY) == []


def test_priority_none_is_no_priority() -> None:
    assert check(dated({"priority": "none"}), [task(priority="none")], "", today=TODAY) == []
    assert check(dated({"priority": "none"}), [task(priority="low")], "", today=TODAY)


def test_a_failure_shows_the_expected_dates_resolved() -> None:
    problems = check(
        dated({"due_date": "+1d", "tags": ["work"], "repeat": "every monday"}),
        [task(due_date="2026-12-05", tags=["home"])],
        "",
        today=TODAY,
    )
    assert "due_date=2026-12-04" in problems[0]
    assert "tags=work" in problems[0] and "tags=home" in problems[0]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("due_date", "tomorrow", "write \\+1d"),
        ("due_date", "2026-02-30", "day is out of range"),
        ("due_weekday", "fry", "write mon"),
        ("due_time", "5pm", "24-hour"),
        ("repeat", "every blursday", "blursday"),
    ],
)
def test_a_date_field_a_case_cannot_mean_is_refused_when_loaded(
    tmp_path: Path, field: str, value: str, message: str
) -> None:
    for where in ("tasks", "expect"):
        path = tmp_path / "cases.jsonl"
        line = {"id": "date-1", "say": ["x"], "expect": [], where: [{"title": ["A"], field: value}]}
        if where == "tasks":
            line["tasks"] = [{"title": "A", field: value}]
        path.write_text(json.dumps(line) + "\n")
        with pytest.raises(ValueError, match=message):
            load_cases(path)


def test_an_unknown_time_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown time zone"):
        case(time_zone="Mars/Olympus")


def test_seed_dates_are_resolved_against_today() -> None:
    seeds = case(
        time_zone="Asia/Karachi",
        tasks=[
            {"title": "A", "due_date": "-1d"},
            {"title": "B", "due_date": "+0d", "due_time": "17:00"},
            {"title": "C", "due_weekday": "thu"},  # today is a Thursday: next week's
            {"title": "D", "due_time": "08:00"},
            {"title": "E"},
        ],
    ).tasks
    assert [seed_due(seed, TODAY) for seed in seeds] == [
        "2026-12-02",
        "2026-12-03T17:00",
        "2026-12-10",
        "2026-12-03T08:00",
        None,
    ]


def test_today_is_the_users_day() -> None:
    now = datetime(2026, 12, 3, 19, 30, tzinfo=UTC)
    assert case(time_zone="Asia/Karachi").today(now) == date(2026, 12, 4)
    assert case(time_zone="America/Los_Angeles").today(now) == date(2026, 12, 3)
    assert case().today(now) == date(2026, 12, 3)
