"""The HS256 signing secret: configured, or generated once and shared through the database.

BETTER_AUTH_SECRET wins when set. Otherwise the first process to start generates a secret
and stores it in the `server_secrets` table (an insert that does nothing when another
process got there first, then a read), so every process on the same database, on any
host, signs and checks tokens with the same secret. A `todochat.secret` file kept by an
earlier version (beside the SQLite file, or in the working folder for PostgreSQL) is
taken into the database on the first start after an upgrade, so its tokens stay valid.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.dialects import sqlite
from sqlmodel import col, select

from todochat.accounts.models import ServerSecret
from todochat.core.config import Settings
from todochat.core.db import Database, sqlite_path, utcnow

logger = logging.getLogger("todochat.accounts")

SECRET_FILE_NAME = "todochat.secret"
SIGNING_SECRET = "token_signing"


def secret_file(settings: Settings) -> Path | None:
    """Where earlier versions kept a generated secret: beside the SQLite file, or in the
    working folder for PostgreSQL; None for in-memory SQLite.
    """
    path = sqlite_path(settings.database_url)
    if path is not None:
        database = Path(path)
        return database.with_name(database.stem + ".secret")
    if settings.database_url.startswith("sqlite"):
        return None
    return Path.cwd() / SECRET_FILE_NAME


def configured_secret(settings: Settings) -> str | None:
    """BETTER_AUTH_SECRET, when set to something."""
    if settings.better_auth_secret is None:
        return None
    return settings.better_auth_secret.get_secret_value() or None


def _kept_file_secret(path: Path | None) -> str | None:
    if path is None or not path.is_file():
        return None
    value = path.read_text().strip()
    if not value:
        raise RuntimeError(f"The secret file {path} is empty: delete it or set BETTER_AUTH_SECRET")
    return value


async def load_secret(settings: Settings, database: Database) -> str:
    """The secret in force: configured, or the deployment's (created on first start)."""
    configured = configured_secret(settings)
    if configured is not None:
        return configured
    path = secret_file(settings)
    if path is None:  # in-memory SQLite: the database lives as long as the process
        return secrets.token_urlsafe(48)
    kept = _kept_file_secret(path)
    candidate = kept or secrets.token_urlsafe(48)
    insert_into: Callable[..., Any] = sqlite.insert
    if not database.is_sqlite:  # imported with its driver: not at all on SQLite
        from sqlalchemy.dialects import postgresql

        insert_into = postgresql.insert
    row = {"name": SIGNING_SECRET, "value": candidate, "created_at": utcnow()}
    async with database.session() as session:
        statement = insert_into(ServerSecret).values(**row)
        await session.exec(statement.on_conflict_do_nothing(index_elements=["name"]))
        stored = (
            await session.exec(
                select(ServerSecret.value).where(col(ServerSecret.name) == SIGNING_SECRET)
            )
        ).one()
        await session.commit()
    if stored == candidate:
        source = f"from {path}" if kept else "newly generated"
        logger.info("token signing secret (%s) stored in the database for every process", source)
    elif kept is not None:
        logger.warning(
            "%s differs from the token signing secret in the database: the database's is used"
            " (tokens signed with the file's no longer verify); delete the file",
            path,
        )
    return stored
