"""The change log (task_changes) and the trash (tasks.deleted_at).

Downgrade drops the log and purges the tasks in the trash for good (the earlier schema has
no trash: keeping them would bring deleted tasks back).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIONS = ("created", "updated", "completed", "reopened", "deleted", "restored")
SOURCES = ("rest", "web", "chat", "mcp")


def upgrade() -> None:
    with op.batch_alter_table("tasks") as tasks:
        tasks.add_column(sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_tasks_deleted_at", "tasks", ["deleted_at"])

    op.create_table(
        "task_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "user_id",
            sa.String(255),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "task_id",
            sa.Integer,
            sa.ForeignKey("tasks.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("group_id", sa.String(32), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                *ACTIONS,
                name="task_change_action",
                native_enum=False,
                create_constraint=True,
                length=9,
            ),
            nullable=False,
        ),
        sa.Column(
            "source",
            sa.Enum(
                *SOURCES,
                name="task_change_source",
                native_enum=False,
                create_constraint=True,
                length=4,
            ),
            nullable=False,
        ),
        sa.Column(
            "conversation_id",
            sa.Integer,
            sa.ForeignKey("conversations.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("before", sa.JSON, nullable=True),
        sa.Column("after", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reverts", sa.String(32), nullable=True),
    )
    op.create_index("ix_task_changes_user_id_id", "task_changes", ["user_id", "id"])
    op.create_index("ix_task_changes_user_id_group_id", "task_changes", ["user_id", "group_id"])
    op.create_index("ix_task_changes_task_id", "task_changes", ["task_id"])


def downgrade() -> None:
    op.drop_table("task_changes")
    op.execute(
        "DELETE FROM task_tags WHERE task_id IN (SELECT id FROM tasks WHERE deleted_at IS NOT NULL)"
    )
    op.execute("DELETE FROM tasks WHERE deleted_at IS NOT NULL")
    op.drop_index("ix_tasks_deleted_at", table_name="tasks")
    with op.batch_alter_table("tasks") as batch:
        batch.drop_column("deleted_at")
