"""The HS256 signing secret: configured, or generated once and kept beside the database."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import pytest

from tests.conftest import make_settings
from todochat.accounts.secret import resolve_secret, secret_file


def test_configured_secret_is_used_and_no_file_is_written(tmp_path: Path) -> None:
    settings = make_settings(f"sqlite:///{tmp_path / 'todo.db'}", better_auth_secret="configured")
    assert resolve_secret(settings) == "configured"
    assert list(tmp_path.iterdir()) == []


def test_generated_secret_is_kept_beside_the_database_owner_only(tmp_path: Path) -> None:
    settings = make_settings(f"sqlite:///{tmp_path / 'data' / 'todo.db'}", better_auth_secret="")
    generated = resolve_secret(settings)
    path = tmp_path / "data" / "todo.secret"
    assert secret_file(settings) == path
    assert path.read_text().strip() == generated
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(generated) >= 32
    assert resolve_secret(settings) == generated  # read back, not regenerated


def test_generating_the_secret_never_logs_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    generated = resolve_secret(
        make_settings(f"sqlite:///{tmp_path / 'todo.db'}", better_auth_secret="")
    )
    assert "todo.secret" in caplog.text
    assert generated not in caplog.text


def test_postgres_keeps_the_secret_in_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = make_settings("postgresql://u@h/db", better_auth_secret=None)
    assert secret_file(settings) == tmp_path / "todochat.secret"


def test_in_memory_database_gets_a_fresh_secret_and_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = make_settings("sqlite:///:memory:", better_auth_secret=None)
    assert secret_file(settings) is None
    assert resolve_secret(settings) != resolve_secret(settings)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_secret_file_is_refused_rather_than_signing_with_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(time, "sleep", lambda _seconds: None)  # no real waiting
    (tmp_path / "todo.secret").write_text("\n")
    settings = make_settings(f"sqlite:///{tmp_path / 'todo.db'}", better_auth_secret=None)
    with pytest.raises(RuntimeError, match="is empty"):
        resolve_secret(settings)
