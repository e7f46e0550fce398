"""The HS256 signing secret: configured, or generated once and shared through the database."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlmodel import select

from tests.conftest import make_settings
from todochat.accounts.models import ServerSecret
from todochat.accounts.secret import load_secret, secret_file
from todochat.core.db import Database


async def stored_secrets(database: Database) -> list[str]:
    async with database.session() as session:
        return list((await session.exec(select(ServerSecret.value))).all())


@pytest.fixture
def in_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from an empty folder: PostgreSQL deployments once kept their file there."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


async def test_configured_secret_is_used_and_nothing_is_stored(
    database: Database, database_url: str
) -> None:
    settings = make_settings(database_url, better_auth_secret="configured")
    assert await load_secret(settings, database) == "configured"
    assert await stored_secrets(database) == []


@pytest.mark.usefixtures("in_folder")
async def test_generated_secret_is_stored_once_and_shared(
    database: Database, database_url: str
) -> None:
    settings = make_settings(database_url, better_auth_secret="")
    generated = await load_secret(settings, database)
    assert len(generated) >= 32
    assert await stored_secrets(database) == [generated]
    other_process = Database(database_url)
    try:
        assert await load_secret(settings, other_process) == generated
    finally:
        await other_process.dispose()


@pytest.mark.usefixtures("in_folder")
async def test_processes_starting_at_once_agree_on_one_secret(
    database_url: str,
) -> None:
    settings = make_settings(database_url, better_auth_secret=None)
    databases = [Database(database_url) for _ in range(4)]
    try:
        found = await asyncio.gather(*(load_secret(settings, db) for db in databases))
        assert len(set(found)) == 1
        assert await stored_secrets(databases[0]) == found[:1]
    finally:
        for db in databases:
            await db.dispose()


@pytest.mark.usefixtures("in_folder")
async def test_a_secret_file_from_an_earlier_version_is_taken_into_the_database(
    database: Database, database_url: str
) -> None:
    settings = make_settings(database_url, better_auth_secret=None)
    path = secret_file(settings)
    assert path is not None
    path.write_text("kept-by-an-earlier-version-0123456789abcdef\n")
    assert await load_secret(settings, database) == "kept-by-an-earlier-version-0123456789abcdef"
    path.unlink()  # the database has it now
    assert await load_secret(settings, database) == "kept-by-an-earlier-version-0123456789abcdef"


@pytest.mark.usefixtures("in_folder")
async def test_a_file_that_differs_from_the_database_is_named_in_a_warning(
    database: Database, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(database_url, better_auth_secret=None)
    first = await load_secret(settings, database)
    path = secret_file(settings)
    assert path is not None
    path.write_text("another-hosts-own-secret-0123456789abcdef\n")
    assert await load_secret(settings, database) == first
    assert "differs from the token signing secret in the database" in caplog.text
    assert first not in caplog.text and "another-hosts-own-secret" not in caplog.text


@pytest.mark.usefixtures("in_folder")
async def test_an_empty_secret_file_is_refused_rather_than_signing_with_nothing(
    database: Database, database_url: str
) -> None:
    settings = make_settings(database_url, better_auth_secret=None)
    path = secret_file(settings)
    assert path is not None
    path.write_text("\n")
    with pytest.raises(RuntimeError, match="is empty"):
        await load_secret(settings, database)


def test_earlier_versions_kept_the_file_beside_sqlite_or_in_the_working_folder(
    tmp_path: Path, in_folder: Path
) -> None:
    sqlite = make_settings(f"sqlite:///{tmp_path / 'data' / 'todo.db'}")
    assert secret_file(sqlite) == tmp_path / "data" / "todo.secret"
    assert secret_file(make_settings("postgresql://u@h/db")) == in_folder / "todochat.secret"
    assert secret_file(make_settings("sqlite:///:memory:")) is None


@pytest.mark.usefixtures("in_folder")
async def test_in_memory_database_gets_a_fresh_secret_per_process() -> None:
    settings = make_settings("sqlite:///:memory:", better_auth_secret=None)
    db = Database("sqlite:///:memory:")
    try:
        assert await load_secret(settings, db) != await load_secret(settings, db)
    finally:
        await db.dispose()
