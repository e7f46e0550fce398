"""`todochat chat` as a person runs it: a real process reading lines from its input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_SECRET
from tests.support.servers import start_server

pytestmark = pytest.mark.slow


def run_chat(args: list[str], lines: str, env: dict[str, str], cwd: Path) -> str:
    completed = subprocess.run(
        [sys.executable, "-m", "todochat", "chat", *args],
        input=lines,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
        cwd=cwd,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def test_local_chat_adds_and_lists_tasks_with_the_offline_model(
    database_url: str, tmp_path: Path
) -> None:
    env = {
        "DATABASE_URL": database_url,
        "AGENT_MODEL": "offline",
        "BETTER_AUTH_SECRET": TEST_SECRET,
    }
    out = run_chat(["--local"], "Add a task to buy milk\nwhat's pending?\n", env, tmp_path)
    assert "+ added #1 Buy milk" in out
    assert "Buy milk" in out.split("= listed 1 task", 1)[1]


def test_remote_chat_signs_up_remembers_the_token_and_streams(
    database_url: str, tmp_path: Path
) -> None:
    env = {
        "DATABASE_URL": database_url,
        "AGENT_MODEL": "offline",
        "BETTER_AUTH_SECRET": TEST_SECRET,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LOG_LEVEL": "WARNING",
    }
    server = start_server(env, tmp_path)
    try:
        url = ["--url", server.base_url]
        first = run_chat(url, "me@example.com\npassword123\nremind me to call mom\n", env, tmp_path)
        assert "+ added #1 Call mom" in first
        assert (tmp_path / "config/todochat/credentials.json").exists()
        again = run_chat(url, "show me all my tasks\n", env, tmp_path)  # no sign-in asked
        assert "Call mom" in again
    finally:
        server.stop()
