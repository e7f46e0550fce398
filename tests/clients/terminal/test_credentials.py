"""Remembered sign-ins: per server, owner-only, forgotten on request."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from todochat.clients.terminal.credentials import (
    Credentials,
    credentials_path,
    forget_credentials,
    load_credentials,
    save_credentials,
)


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))


def test_credentials_are_saved_per_server_and_owner_only() -> None:
    saved = Credentials(token="t", user_id="u", email="e@example.com")
    save_credentials("http://127.0.0.1:8000", saved)
    save_credentials("http://other", Credentials(token="o", user_id="v", email="o@example.com"))
    assert load_credentials("http://127.0.0.1:8000") == saved
    assert load_credentials("http://elsewhere") is None
    assert stat.S_IMODE(credentials_path().stat().st_mode) == 0o600


def test_forget_removes_only_that_server() -> None:
    save_credentials("http://a", Credentials(token="a", user_id="a", email="a@example.com"))
    save_credentials("http://b", Credentials(token="b", user_id="b", email="b@example.com"))
    forget_credentials("http://a")
    assert load_credentials("http://a") is None
    assert load_credentials("http://b") is not None


@pytest.mark.parametrize("content", ["not json", "[]", '{"http://a": {"token": "t"}}'])
def test_an_unreadable_file_counts_as_not_signed_in(content: str) -> None:
    credentials_path().parent.mkdir(parents=True)
    credentials_path().write_text(content)
    assert load_credentials("http://a") is None
