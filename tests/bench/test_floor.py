"""`bench.floor` climbs every rung (tiny sizes): each answers its turns, and a figure comes out.

On the database kind under test: SQLite, or PostgreSQL when TEST_DATABASE_URL is set (the
harness makes and drops its own `todochat_bench_*` databases beside that one).
"""

from __future__ import annotations

import gc
import os

import httpx2
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bench.floor import RUNGS, call_in_process, main


def database_args() -> list[str]:
    postgres_url = os.environ.get("TEST_DATABASE_URL")
    if postgres_url:
        return ["--database", "postgresql", "--postgres-url", postgres_url]
    return ["--database", "sqlite"]


def table(out: str) -> list[list[str]]:
    """The ladder's rows (after the header), as cells."""
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    return [row.strip("| ").split(" | ") for row in rows[1:]]


@pytest.mark.slow
def test_every_rung_is_measured(capsys: pytest.CaptureFixture[str]) -> None:
    thresholds = gc.get_threshold()
    assert main(["--turns", "2", "--warmup", "1", *database_args()]) == 0
    assert gc.get_threshold() == thresholds and gc.get_freeze_count() == 0  # left as it was
    out = capsys.readouterr().out
    rows = table(out)
    assert [row[0] for row in rows] == [name for name, _ in RUNGS]
    for row in rows:
        p50, mean, system = (float(cell) for cell in row[1:4])
        assert p50 > 0 and mean > 0 and system >= 0  # system: whole ticks for rung 6
    assert "the task written alone" in out and "outside its turns" in out


@pytest.mark.slow
def test_only_the_rungs_asked_for_are_climbed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--turns", "1", "--warmup", "0", "--rungs", "5,4", *database_args()]) == 0
    out = capsys.readouterr().out
    assert [row[0] for row in table(out)] == [RUNGS[4][0], RUNGS[5][0]]
    assert "the task written alone" not in out and "outside its turns" not in out


@pytest.mark.slow
def test_alternating_rungs_5_and_6_counts_turns_by_what_ran_before(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--alternate", "--turns", "1", "--warmup", "0", *database_args()]) == 0
    rows = table(capsys.readouterr().out)
    assert [row[0] for row in rows] == ["none (the other ran before)", "1", "2", "3 or more"]
    counted = [int(row[4]) for row in rows]
    assert counted == [4, 3, 2, 5]  # one round: runs of 1, 2, 4 and 7 turns of each
    assert all(float(cell) > 0 for row in rows for cell in row[1:3])


async def test_the_app_in_process_gets_the_request_as_a_server_hands_it() -> None:
    seen: list[object] = []

    async def echo(request: Request) -> JSONResponse:
        body = await request.json()
        seen.append((request.url.path, request.url.query, request.headers["authorization"]))
        return JSONResponse({"got": body}, status_code=201)

    app = Starlette(routes=[Route("/api/u/chat", echo, methods=["POST"])])
    async with httpx2.AsyncClient() as client:
        request = client.build_request(
            "POST",
            "http://127.0.0.1:8000/api/u/chat?x=1",
            json={"message": "hi"},
            headers={"Authorization": "Bearer t"},
        )
    status, answer = await call_in_process(app, request)
    assert (status, answer) == (201, b'{"got":{"message":"hi"}}')
    assert seen == [("/api/u/chat", "x=1", "Bearer t")]
