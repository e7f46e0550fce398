"""Purging the trash: tasks deleted more than TRASH_RETENTION_DAYS ago go for good.

It runs when `todochat serve` starts (after the migrations), then in every server process
every TRASH_PURGE_INTERVAL_SECONDS (an hour by default), and on demand with
`todochat purge-trash` (for a cron job when processes are short-lived). Purging is one
`DELETE ... WHERE deleted_at < cutoff`, so processes running it at once do no harm.
"""

from __future__ import annotations

import asyncio
import logging

from todochat.core.db import Database
from todochat.tasks import service

logger = logging.getLogger("todochat.tasks")


async def purge_once(database: Database, *, retention_days: int) -> int:
    """Purge now; the number of tasks purged."""
    async with database.session() as session:
        purged = await service.purge_trash(session=session, retention_days=retention_days)
    if purged:
        logger.info("purged %d task(s) from the trash", purged)
    return purged


async def purge_every(database: Database, *, retention_days: int, interval_seconds: float) -> None:
    """Purge every `interval_seconds` until cancelled; a failure waits for the next round."""
    while True:
        await asyncio.sleep(interval_seconds)
        try:
            await purge_once(database, retention_days=retention_days)
        except Exception as exc:  # the database may be away for a while: try again later
            logger.warning("trash purge failed: %s", type(exc).__name__)
