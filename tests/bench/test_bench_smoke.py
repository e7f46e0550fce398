"""The benchmark harness still runs end to end (tiny sizes): it must not rot.

It runs on the database kind under test: SQLite, or PostgreSQL when TEST_DATABASE_URL is
set (the harness makes and drops its own `todochat_bench_*` database beside that one).

The figures themselves are not checked here (they depend on the machine); what is
checked is that every section ran, nothing failed and nothing was lost.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.__main__ import run
from bench.scenarios import Sizes

pytestmark = pytest.mark.slow

TINY = Sizes(
    overhead_warmup=1,
    overhead_turns=3,
    load_users=3,
    load_turns=2,
    load_latency=0.05,
    history_small=0,
    history_large=100,
    history_turns=2,
    offline_rounds=1,
    startup_runs=1,
)


def test_the_benchmark_runs_every_section_without_errors(tmp_path: Path) -> None:
    output = tmp_path / "latest.md"
    postgres_url = os.environ.get("TEST_DATABASE_URL")
    results = run(
        sizes=TINY,
        databases=["postgresql" if postgres_url else "sqlite"],
        postgres_url=postgres_url or "postgresql://unused@127.0.0.1:9/none",
        output=output,
        command="smoke",
    )
    [measured] = results.runs
    assert [row.mode for row in measured.overhead] == ["stream", "json"]
    assert all(
        row.errors == 0 and len(row.turns) == TINY.overhead_turns for row in measured.overhead
    )
    assert all(row.direct_p50 > 0 for row in measured.overhead)
    assert [load.processes for load in measured.loads] == [1, 2]
    for load in measured.loads:
        assert load.errors == []
        assert load.lost == []
        assert load.stored_ok == TINY.load_users * TINY.load_turns
        assert load.peak_rss_mb > 0
        assert load.server_cpu > 0  # the workers' CPU counted too
    assert measured.startup is not None and len(measured.startup.seconds) == 1
    assert measured.startup.cpu_p50 > 0 and 0 < measured.startup.p50 < 120
    assert measured.history is not None
    assert measured.history.errors == 0
    assert "messages" in measured.history.plan
    if not postgres_url:  # PostgreSQL rightly scans a table this small; the full run checks
        assert measured.history.indexed, measured.history.plan
    assert results.offline.messages > 0
    text = output.read_text()
    for heading in ("## Summary", "## 1.", "## 2.", "## 3.", "## 4.", "## 5."):
        assert heading in text
