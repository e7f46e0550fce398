"""Due dates, repeats, priorities and tags as real columns; each user's time zone.

tasks.priority: text or null becomes an enum (none, low, medium, high; null and anything
else become none). tasks.due_date: ISO text becomes a date (the day it is due), plus
due_at (the UTC instant) for a date-time; an offset-less date-time is read as UTC, every
user's zone until they set one. New: tasks.repeat (RRULE), task_tags, users.time_zone.
Downgrade writes the text back (a date, or the instant with its +00:00 offset); repeats
and tags are lost.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from collections.abc import Sequence
from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PRIORITIES = ("none", "low", "medium", "high")
priority_enum = sa.Enum(
    *PRIORITIES, name="task_priority", native_enum=False, create_constraint=True, length=6
)


def _read_due(text: str) -> tuple[date | None, datetime | None]:
    """(day, instant) from the ISO text the earlier schema kept; unreadable text is dropped."""
    text = text.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text), None
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None, None
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.date(), moment


def _tasks_while_converting() -> sa.TableClause:
    """The tasks columns both directions read and write: old text, new day and instant."""
    return sa.table(
        "tasks",
        sa.column("id", sa.Integer),
        sa.column("due_date", sa.String),
        sa.column("due_day", sa.Date),
        sa.column("due_at", sa.DateTime(timezone=True)),
        sa.column("priority", sa.String),
    )


def upgrade() -> None:
    with op.batch_alter_table("users") as users:
        users.add_column(
            sa.Column("time_zone", sa.String(64), nullable=False, server_default="UTC")
        )

    with op.batch_alter_table("tasks") as tasks:
        tasks.add_column(sa.Column("due_day", sa.Date(), nullable=True))
        tasks.add_column(sa.Column("due_at", sa.DateTime(timezone=True), nullable=True))
        tasks.add_column(sa.Column("repeat", sa.String(200), nullable=True))

    bind = op.get_bind()
    table = _tasks_while_converting()
    rows = bind.execute(
        sa.select(table.c.id, table.c.due_date).where(table.c.due_date.is_not(None))
    ).all()
    for task_id, text in rows:
        day, instant = _read_due(text)
        bind.execute(
            table.update().where(table.c.id == task_id).values(due_day=day, due_at=instant)
        )
    bind.execute(
        table.update()
        .where(sa.or_(table.c.priority.is_(None), table.c.priority.not_in(PRIORITIES)))
        .values(priority="none")
    )

    with op.batch_alter_table("tasks") as tasks:
        tasks.drop_column("due_date")
        tasks.alter_column("due_day", new_column_name="due_date")
        tasks.alter_column(
            "priority",
            existing_type=sa.String(16),
            type_=priority_enum,
            nullable=False,
            server_default="none",
        )
    op.create_index("ix_tasks_user_id_due_date", "tasks", ["user_id", "due_date"])

    op.create_table(
        "task_tags",
        sa.Column(
            "task_id",
            sa.Integer,
            sa.ForeignKey("tasks.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("name", sa.String(40), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("task_tags")
    op.drop_index("ix_tasks_user_id_due_date", table_name="tasks")
    with op.batch_alter_table("tasks") as tasks:
        tasks.alter_column("due_date", new_column_name="due_day")
    with op.batch_alter_table("tasks") as tasks:
        tasks.add_column(sa.Column("due_date", sa.String(40), nullable=True))
        tasks.alter_column(
            "priority",
            existing_type=priority_enum,
            type_=sa.String(16),
            nullable=True,
            server_default=None,
        )

    bind = op.get_bind()
    table = _tasks_while_converting()
    rows = bind.execute(
        sa.select(table.c.id, table.c.due_day, table.c.due_at).where(table.c.due_day.is_not(None))
    ).all()
    for task_id, day, instant in rows:
        if instant is not None:
            moment = instant.replace(tzinfo=UTC) if instant.tzinfo is None else instant
            text = moment.astimezone(UTC).isoformat()
        else:
            text = day.isoformat()
        bind.execute(table.update().where(table.c.id == task_id).values(due_date=text))
    bind.execute(table.update().where(table.c.priority == "none").values(priority=None))

    with op.batch_alter_table("tasks") as tasks:
        tasks.drop_column("due_day")
        tasks.drop_column("due_at")
        tasks.drop_column("repeat")
    with op.batch_alter_table("users") as users:
        users.drop_column("time_zone")
