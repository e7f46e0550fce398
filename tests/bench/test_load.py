"""`python -m bench.load`: the 50-user figure alone, and the same turns one at a time."""

from __future__ import annotations

import re

import pytest

from bench.load import main

pytestmark = pytest.mark.slow


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
