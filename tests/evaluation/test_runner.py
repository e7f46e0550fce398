"""The eval runner plays cases through the real HTTP API, with the offline model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import make_settings
from todochat.cli import main
from todochat.core.config import get_settings
from todochat.evaluation.cases import load_cases
from todochat.evaluation.runner import run_cases

DEV_SET = Path(__file__).resolve().parents[1] / "assistant/offline/data/assistant-dev.jsonl"


async def test_offline_model_passes_the_development_set(database_url: str) -> None:
    cases = load_cases(DEV_SET)
    report = await run_cases(cases, make_settings(database_url), database_url=database_url)
    print(report.render())
    assert report.model == "offline"
    assert len(report.results) == len(cases) == 50
    assert report.pass_rate >= 0.95, report.render()


async def test_report_counts_a_failing_case(database_url: str, tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(
        '{"id": "add-1", "say": ["Add a task to buy milk"], "expect": [{"title": ["Buy milk"]}]}\n'
        '{"id": "add-2", "say": ["Add a task to buy milk"], "expect": [{"title": ["Sell milk"]}]}\n'
    )
    report = await run_cases(
        load_cases(path), make_settings(database_url), database_url=database_url
    )
    assert [result.passed for result in report.results] == [True, False]
    assert report.by_category() == {"add": (1, 2)}
    assert "add-2" in report.render()


def test_cli_exits_1_below_the_minimum_pass_rate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AGENT_MODEL", "offline")
    get_settings.cache_clear()
    path = tmp_path / "cases.jsonl"
    path.write_text('{"id": "add-1", "say": ["hello"], "expect": [{"title": ["Nothing"]}]}\n')
    try:
        assert main(["eval", str(path), "--min-pass-rate", "0.5"]) == 1
    finally:
        get_settings.cache_clear()
