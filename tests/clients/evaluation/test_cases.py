"""The pass rule of evaluation cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from todochat.clients.evaluation.cases import Case, check, harmed, load_cases


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
