"""`bench.floor` climbs every rung (tiny sizes): each answers its turns, and a figure comes out.

On the database kind under test: SQLite, or PostgreSQL when TEST_DATABASE_URL is set (the
harness makes and drops its own `todochat_bench_*` databases beside that one).
"""

from __future__ import annotations

import gc
import os

import pytest

from bench.floor import RUNGS, main

pytestmark = pytest.mark.slow


def test_every_rung_is_measured(capsys: pytest.CaptureFixture[str]) -> None:
    postgres_url = os.environ.get("TEST_DATABASE_URL")
    database = ["--database", "postgresql", "--postgres-url", postgres_url] if postgres_url else []
    thresholds = gc.get_threshold()
    assert main(["--turns", "2", "--warmup", "1", *(database or ["--database", "sqlite"])]) == 0
    assert gc.get_threshold() == thresholds and gc.get_freeze_count() == 0  # left as it was
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| ")]
    assert [row.split(" | ")[0] for row in rows[1:]] == [f"| {name}" for name, _ in RUNGS]
    for row in rows[1:]:
        p50, mean = (float(cell) for cell in row.strip("| ").split(" | ")[1:3])
        assert p50 > 0 and mean > 0
