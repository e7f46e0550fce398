"""`create_app`: what its lifespan does to the process it runs in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from todochat.core import collector

SCRIPT = """
import asyncio, gc, sys
from tests.support.lifespan import running
from todochat.app import create_app
from todochat.cli import prepare_to_serve
settings = prepare_to_serve()
async def main():
    app = create_app(settings, settle_heap={settle})
    async with running(app):
        before = gc.get_freeze_count(), gc.get_threshold()[0]
        await app.state.chat.assistant()
        await asyncio.sleep(0)
        print(*before, gc.get_freeze_count(), gc.get_threshold()[0])
asyncio.run(main())
"""


@pytest.mark.parametrize("settle", [True, False])
def test_the_heap_is_settled_once_the_assistant_is_up_only_when_asked(
    database_url: str, tmp_path: Path, settle: bool
) -> None:
    """`todochat serve` asks (tests/test_cli.py): once the assistant (the last part to load)
    is up, the loaded heap is frozen and young collections are rarer; an app built without
    the flag (tests, in-process clients) leaves its process's collector as it was."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "AGENT_MODEL": "offline",
        "AGENT_BASE_URL": "",
        "MCP_SERVER_URL": "",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
    }
    ran = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(settle=settle)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert ran.returncode == 0, ran.stderr
    frozen_before, young_before, frozen_after, young_after = map(int, ran.stdout.split())
    assert (frozen_before, young_before) == (0, 700)
    if settle:
        assert frozen_after > 100_000  # the agent stack, the MCP server and the rest
        assert young_after == collector.YOUNG_THRESHOLD
    else:
        assert (frozen_after, young_after) == (0, 700)
