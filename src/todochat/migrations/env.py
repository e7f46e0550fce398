"""Alembic environment: always driven by `todochat.core.migrate`, which passes the connection."""

from __future__ import annotations

from alembic import context

from todochat.core.db import is_sqlite
from todochat.core.migrate import target_metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=target_metadata(),
    compare_type=True,
    render_as_batch=is_sqlite(connection),
    version_table="alembic_version",
)
with context.begin_transaction():
    context.run_migrations()
