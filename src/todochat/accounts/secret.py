"""The HS256 signing secret: configured, or generated once and kept beside the database."""

from __future__ import annotations

import logging
import os
import secrets
import time
from pathlib import Path

from todochat.core.config import Settings
from todochat.core.db import sqlite_path

logger = logging.getLogger("todochat.accounts")

SECRET_FILE_NAME = "todochat.secret"


def secret_file(settings: Settings) -> Path | None:
    """Where a generated secret lives: next to the SQLite file, else in the working folder.

    In-memory SQLite gets no file (the secret lives as long as the process).
    """
    path = sqlite_path(settings.database_url)
    if path is not None:
        database = Path(path)
        return database.with_name(database.stem + ".secret")
    if settings.database_url.startswith("sqlite"):
        return None
    return Path.cwd() / SECRET_FILE_NAME


def _read_secret(path: Path) -> str:
    """The kept secret; waits briefly for a process that created the file but not yet wrote it.

    An empty secret would make every token forgeable, so a file that stays empty is an error.
    """
    for _ in range(50):
        value = path.read_text().strip()
        if value:
            return value
        time.sleep(0.02)
    raise RuntimeError(f"The secret file {path} is empty: delete it or set BETTER_AUTH_SECRET")


def resolve_secret(settings: Settings) -> str:
    """BETTER_AUTH_SECRET when set; otherwise read or create the owner-only secret file."""
    if settings.better_auth_secret is not None:
        value = settings.better_auth_secret.get_secret_value()
        if value:
            return value
    path = secret_file(settings)
    if path is None:
        return secrets.token_urlsafe(48)
    if path.exists():
        return _read_secret(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    generated = secrets.token_urlsafe(48)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process won the race; use its secret
        return _read_secret(path)
    with os.fdopen(fd, "w") as handle:
        handle.write(generated + "\n")
    logger.info("generated a token signing secret in %s (owner-only)", path)
    return generated
