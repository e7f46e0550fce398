"""`bench.transport` runs (tiny sizes): both transports answer, and a figure comes out."""

from __future__ import annotations

import pytest

from bench.transport import main

pytestmark = pytest.mark.slow


def test_both_transports_are_measured(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--requests", "2", "--rounds", "1"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| ")]
    assert [row.split(" | ")[0] for row in rows[1:]] == ["| httpx2's own", "| todochat's"]
    for row in rows[1:]:
        figures = [float(cell) for cell in row.strip("| ").split(" | ")[1:]]
        assert len(figures) == 2 and all(figure > 0 for figure in figures)
