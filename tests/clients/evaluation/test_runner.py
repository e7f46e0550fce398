"""The eval runner plays cases through the real HTTP API, with the offline model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx2
import pytest

from tests.conftest import make_settings
from todochat.cli import main
from todochat.clients.evaluation import DEV_SET
from todochat.clients.evaluation.cases import Case, load_cases
from todochat.clients.evaluation.runner import Exchange, _say, run_cases
from todochat.core.config import get_settings


@pytest.fixture
def offline_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run `todochat eval` in an empty folder with the offline model."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AGENT_MODEL", "offline")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def write(path: Path, *cases: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(c) + "\n" for c in cases))
    return path


def test_eval_without_a_file_plays_the_shipped_development_set(
    offline_cli: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(load_cases(DEV_SET)) == 50
    assert main(["eval", "--min-pass-rate", "0.95"]) == 0
    out = capsys.readouterr().out
    assert "model: offline" in out
    assert "/50" in out
    assert "harmful misses: 0" in out


async def test_report_counts_a_failing_case(database_url: str, tmp_path: Path) -> None:
    path = write(
        tmp_path / "cases.jsonl",
        {"id": "add-1", "say": ["Add a task to buy milk"], "expect": [{"title": ["Buy milk"]}]},
        {"id": "add-2", "say": ["Add a task to buy milk"], "expect": [{"title": ["Sell milk"]}]},
    )
    report = await run_cases(
        load_cases(path), make_settings(database_url), database_url=database_url
    )
    assert [result.passed for result in report.results] == [True, False]
    assert report.by_category() == {"add": (1, 2)}
    assert "add-2" in report.render()
    assert report.harmful == 0


async def test_a_task_lost_by_a_misread_counts_as_harm(database_url: str, tmp_path: Path) -> None:
    path = write(
        tmp_path / "cases.jsonl",
        {
            "id": "safe-1",
            "tasks": [{"title": "Buy milk"}, {"title": "Call mom"}],
            "say": ["delete task {t1}"],
            "expect": [{"title": ["Buy milk"]}, {"title": ["Call mom"]}],
        },
    )
    report = await run_cases(
        load_cases(path), make_settings(database_url), database_url=database_url
    )
    assert report.harmful == 1
    assert "HARMFUL" in report.render()
    assert "harmful misses 1" in report.summary()


async def test_a_bulk_delete_is_approved_or_rejected_as_the_case_says(
    database_url: str, tmp_path: Path
) -> None:
    """Against the real server: the question is asked, answered, and counted."""
    seeds = [{"title": "Buy milk"}, {"title": "Call mom"}]
    path = write(
        tmp_path / "cases.jsonl",
        {"id": "bulk-yes", "tasks": seeds, "say": ["delete all my tasks"], "expect": []},
        {
            "id": "bulk-no",
            "tasks": seeds,
            "say": ["delete all my tasks"],
            "expect": [{"title": ["Buy milk"]}, {"title": ["Call mom"]}],
            "reply_has": ["nothing was deleted"],
            "approve": False,
        },
    )
    report = await run_cases(
        load_cases(path), make_settings(database_url), database_url=database_url
    )
    assert [result.passed for result in report.results] == [True, True], report.render()
    assert [result.approvals for result in report.results] == [1, 1]
    assert "approvals asked 2" in report.summary()


async def test_priority_and_due_date_are_seeded_and_checked(
    database_url: str, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "cases.jsonl",
        {
            "id": "add-1",
            "say": ["Add a high priority task to pay the rent"],
            "expect": [{"title": ["Pay the rent"], "priority": "high"}],
        },
        {
            "id": "add-2",
            "say": ["Add a high priority task to pay the rent"],
            "expect": [{"title": ["Pay the rent"], "priority": "low"}],
        },
        {
            "id": "list-1",
            "tasks": [{"title": "Renew insurance", "priority": "low", "due_date": "2026-07-15"}],
            "say": ["show my tasks"],
            "expect": [{"title": ["Renew insurance"], "priority": "low", "due_date": "2026-07-15"}],
        },
    )
    report = await run_cases(
        load_cases(path), make_settings(database_url), database_url=database_url
    )
    assert [result.passed for result in report.results] == [True, False, True]
    assert "priority=low" in report.render()


async def test_relative_dates_repeats_and_tags_are_seeded_in_the_cases_time_zone(
    database_url: str, tmp_path: Path
) -> None:
    """Kiritimati (UTC+14): the user's today is not UTC's for ten hours of each day."""
    seeds = [
        {"title": "Pay rent", "due_date": "+0d", "due_time": "23:30", "tags": ["#Home"]},
        {"title": "Water plants", "due_weekday": "mon", "repeat": "every monday"},
        {"title": "Old report", "due_date": "-1d", "priority": "high", "completed": True},
    ]
    kept = [
        {"title": ["Pay rent"], "due_date": "+0d", "due_time": "23:30", "tags": ["home"]},
        {"title": ["Water plants"], "due_weekday": "mon", "repeat": "mondays", "tags": []},
        {"title": ["Old report"], "completed": True, "due_date": "-1d", "priority": "high"},
    ]
    wrong = [
        {**kept[0], "due_time": "11:30"},
        {**kept[1], "repeat": "every tuesday"},
        {**kept[2], "due_date": None},
    ]
    variants = [kept, *([*kept[:i], w, *kept[i + 1 :]] for i, w in enumerate(wrong))]
    path = write(
        tmp_path / "cases.jsonl",
        *(
            {"id": f"date-{n}", "time_zone": "Pacific/Kiritimati", "tasks": seeds,
             "say": ["show my tasks"], "expect": expect}
            for n, expect in enumerate(variants)
        ),
    )  # fmt: skip
    report = await run_cases(
        load_cases(path), make_settings(database_url), database_url=database_url
    )
    assert [result.passed for result in report.results] == [True, False, False, False]
    assert report.harmful == 0
    rendered = report.render(verbose=True)
    assert "tags=home" in rendered and "every Monday" in rendered


async def test_verbose_shows_tool_calls_results_and_final_tasks(
    database_url: str, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "cases.jsonl",
        {"id": "add-1", "say": ["Add a task to buy milk"], "expect": [{"title": ["Buy milk"]}]},
    )
    report = await run_cases(
        load_cases(path), make_settings(database_url), database_url=database_url
    )
    quiet, verbose = report.render(), report.render(verbose=True)
    assert "add_task" not in quiet
    assert 'add_task({"title": "Buy milk"})' in verbose
    assert '"status": "created"' in verbose
    assert "[ ] #" in verbose and "Buy milk" in verbose
    assert "you> Add a task to buy milk" in verbose


async def test_an_approval_question_is_answered_as_the_case_says() -> None:
    """The runner's side of the approval contract: answer, count, take the final reply."""
    seen: list[dict[str, Any]] = []

    def chat(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        seen.append(body)
        if "approval" in body:
            return httpx2.Response(200, json={"conversation_id": 7, "response": "Deleted 2."})
        return httpx2.Response(
            200,
            json={
                "conversation_id": 7,
                "response": "",
                "tool_calls": [{"name": "delete_task", "arguments": {"task_id": 1}}],
                "approval_required": {"id": "ap1", "actions": []},
            },
        )

    async with httpx2.AsyncClient(
        transport=httpx2.MockTransport(chat), base_url="http://test"
    ) as http:
        exchange = Exchange("delete everything")
        body = {"message": "delete everything", "stream": False}
        assert await _say(http, "/api/u", {}, body, exchange, approve=False) == 7
    assert seen[1] == {
        "conversation_id": 7,
        "approval": {"id": "ap1", "approve": False},
        "stream": False,
    }
    assert (exchange.approvals, exchange.reply) == (1, "Deleted 2.")


def test_cli_exits_1_below_the_minimum_pass_rate(offline_cli: Path) -> None:
    path = write(
        offline_cli / "cases.jsonl",
        {"id": "add-1", "say": ["hello"], "expect": [{"title": ["Nothing"]}]},
    )
    assert main(["eval", str(path), "--min-pass-rate", "0.5"]) == 1


def test_cases_default_to_approving() -> None:
    assert Case.model_validate({"id": "a-1", "say": ["x"], "expect": []}).approve is True
