"""`python -m bench.load`: the 50-user figure alone, and the same turns one at a time."""

from __future__ import annotations

import re

import pytest

from bench.load import main
from bench.scenarios import Load


@pytest.mark.slow
def test_alone_sends_the_load_conversations_one_turn_at_a_time(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["--users", "2", "--turns", "2", "--latency", "0.01", "--processes", "1", "--alone"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    row = re.search(r"^\| 1 \| .*$", out, re.M)
    assert row is not None and "| 0 | 4/4 |" in row.group(0)  # no errors, every turn stored
    alone = re.search(r"The same 2 x 2 turns one at a time .*: ([\d.]+) ms", out)
    assert alone is not None and float(alone.group(1)) > 0


def _load(processes: int, cpu_per_turn_ms: float) -> Load:
    turns = 300
    return Load(
        processes=processes,
        users=50,
        turns_per_user=6,
        latency=0.3,
        wall=10.0,
        latencies=[0.7] * turns,
        errors=[],
        stored_ok=turns,
        lost=[],
        peak_rss_mb=150.0,
        server_cpu=cpu_per_turn_ms * turns / 1000,
        generator_cpu=0.0,
        provider_cpu=0.0,
        loop_running=0.0,
        loop_waiting=0.0,
        cores=2,
    )


@pytest.mark.parametrize(
    ("processes", "cpu_ms", "expected"),
    [
        (1, 13.8, 600 / (600 + 25.5 * 13.8)),  # 50 in line: 63%
        (2, 8.0, 600 / (600 + 13 * 8.0)),  # 25 in line each: 85%
        (1, 60.0, 1000 / 60.0 / (50 / 0.6)),  # the CPU bound is lower: reachable's 20%
    ],
)
def test_in_step_is_the_share_left_when_the_users_queue_together(
    processes: int, cpu_ms: float, expected: float
) -> None:
    assert _load(processes, cpu_ms).in_step == pytest.approx(expected)
