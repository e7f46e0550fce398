"""The pass rule of evaluation cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from todochat.evaluation.cases import Case, check, load_cases


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
