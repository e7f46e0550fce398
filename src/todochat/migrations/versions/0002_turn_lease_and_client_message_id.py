"""One turn at a time per conversation across processes; resends recognised by id.

conversations.turn_lease / turn_lease_expires_at: the lease a running turn holds.
messages.client_message_id: the id a client gave its message, unique per user.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("turn_lease", sa.String(32), nullable=True))
        batch.add_column(
            sa.Column("turn_lease_expires_at", sa.DateTime(timezone=True), nullable=True)
        )
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("client_message_id", sa.String(64), nullable=True))
    op.create_index(
        "ux_messages_user_id_client_message_id",
        "messages",
        ["user_id", "client_message_id"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("ux_messages_user_id_client_message_id", table_name="messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("client_message_id")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("turn_lease_expires_at")
        batch.drop_column("turn_lease")
