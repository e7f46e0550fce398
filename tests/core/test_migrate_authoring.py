"""Writing a new migration: `todochat migrate revision [--autogenerate] -m MESSAGE`.

Each test writes into a copy of the migrations inside a scratch "checkout", never into
the real source tree.
"""

from __future__ import annotations

import asyncio
import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, inspect
from sqlalchemy.engine import Connection

from tests.support.databases import scratch_database
from todochat import cli
from todochat.core import migrate
from todochat.core.db import create_engine


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the package's migrations under `src/todochat/` beside a pyproject.toml."""
    root = tmp_path / "checkout"
    target = root / "src" / "todochat" / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "pyproject.toml").write_text('[project]\nname = "todochat"\n')
    return target


@pytest.fixture
def models_with_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The models plus a `notes` table that no migration creates yet."""
    metadata = MetaData()
    for table in migrate.target_metadata().tables.values():
        table.to_metadata(metadata)
    Table("notes", metadata, Column("id", Integer, primary_key=True), Column("text", String(50)))
    monkeypatch.setattr(migrate, "target_metadata", lambda: metadata)


def latest(migrations: Path) -> tuple[int, str]:
    """The highest revision number, and its id."""
    numbers = [
        int(m.group(1))
        for p in migrations.glob("versions/*.py")
        if (m := re.match(r"(\d+)_", p.name))
    ]
    return max(numbers), f"{max(numbers):04d}"


async def table_names(database_url: str) -> set[str]:
    def names(connection: Connection) -> set[str]:
        return set(inspect(connection).get_table_names())

    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(names)
    finally:
        await engine.dispose()


@pytest.mark.usefixtures("models_with_notes")
def test_autogenerate_writes_the_next_number_and_it_migrates(
    checkout: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    number, head = latest(checkout)
    path = asyncio.run(
        migrate.new_revision("add notes", autogenerate=True, migrations_dir=checkout)
    )
    assert path == checkout / "versions" / f"{number + 1:04d}_add_notes.py"
    text = path.read_text()
    assert f'down_revision: str | None = "{head}"' in text
    assert 'op.create_table(\n        "notes",' in text  # found, and formatted by ruff

    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", checkout)
    with scratch_database(tmp_path) as database_url:
        asyncio.run(migrate.upgrade(database_url))
        assert "notes" in asyncio.run(table_names(database_url))
        assert asyncio.run(migrate.schema_differences(database_url)) == []


@pytest.mark.usefixtures("models_with_notes")
def test_autogenerate_against_a_given_database(checkout: Path, tmp_path: Path) -> None:
    with scratch_database(tmp_path) as database_url:
        asyncio.run(migrate.upgrade(database_url))
        path = asyncio.run(
            migrate.new_revision(
                "notes", autogenerate=True, database_url=database_url, migrations_dir=checkout
            )
        )
    assert '"notes"' in path.read_text()


async def test_a_plain_revision_is_an_empty_step(checkout: Path) -> None:
    path = await migrate.new_revision(
        "backfill titles", autogenerate=False, migrations_dir=checkout
    )
    text = path.read_text()
    assert path.name.endswith("_backfill_titles.py")
    assert "def upgrade() -> None:\n    pass" in text


async def test_outside_a_checkout_nothing_is_written(tmp_path: Path) -> None:
    installed = tmp_path / "site-packages" / "todochat" / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, installed)
    before = sorted(installed.rglob("*"))
    with pytest.raises(migrate.MigrationAuthoringError, match="not in a source checkout"):
        await migrate.new_revision("x", autogenerate=False, migrations_dir=installed)
    assert sorted(installed.rglob("*")) == before


def test_the_command_refuses_in_one_line_outside_a_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    installed = tmp_path / "lib" / "todochat" / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, installed)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", installed)
    assert cli.main(["migrate", "revision", "-m", "add notes", "--autogenerate"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("todochat migrate revision: ") and err.count("\n") == 1
