"""Fresh dated batches (dates, repeats, priorities, tags), played by the eval runner through
the real HTTP API with the offline model, on today's date in each case's time zone.

Written by someone who never saw the model and scored before it was tuned on them (README,
/work/eval-batches/SCORES.md): dates-1 68%, dates-2 58%. Once tuned on, they must stay at
least at these rates with no harmful miss; the misses left are listed in the README.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from todochat.cli import main
from todochat.core.config import get_settings

DATES = Path(__file__).parent / "data" / "dates"
FLOOR = {"dates-1": 0.85, "dates-2": 0.9}


@pytest.fixture
def offline_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AGENT_MODEL", "offline")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


@pytest.mark.parametrize("name", sorted(FLOOR))
def test_dated_batch_keeps_its_rate_and_harms_nothing(
    name: str, offline_cli: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DATES / f"{name}.jsonl"
    assert sum(1 for line in path.read_text().splitlines() if line.strip()) >= 50
    code = main(["eval", "--min-pass-rate", str(FLOOR[name]), str(path)])
    out = capsys.readouterr().out
    assert "harmful misses: 0" in out, out
    assert code == 0, out
