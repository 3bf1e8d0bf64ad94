"""copy returns: a copy coming back is an event row, not a date on the copy

Revision ID: 0007_copy_returns
Revises: 0006_due_asked_on
Create Date: 2026-11-29 22:10:00

Two teachers recording one copy on two laptops each add a row; both are kept and the copy
counts once. A copy that an older version marked collected (`collected_on`) gets one return,
with an id derived from the copy's, so every laptop that upgrades makes the same row.
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0007_copy_returns"
down_revision: str | None = "0006_due_asked_on"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# tomoni_desktop.core.ids.TOMONI_NAMESPACE and derived_id, copied: a migration keeps working
# whatever later versions do to the code.
_NAMESPACE = uuid.UUID("6f1c2b8e-4a57-5c0e-9d1b-7a3e5f20c4d1")


def _derived(*parts: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, "\x1f".join(parts))


def upgrade() -> None:
    op.create_table(
        "copy_returns",
        sa.Column("copy_id", sa.Uuid(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=False),
        sa.Column(
            "way",
            sa.Enum(
                "visit",
                "school",
                "classmate",
                "whatsapp",
                name="returnway",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "condition",
            sa.Enum(
                "complete",
                "incomplete",
                "damaged",
                name="copycondition",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("slip_returned", sa.Boolean(), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["copy_id"],
            ["worksheet_copies.id"],
            name=op.f("fk_copy_returns_copy_id_worksheet_copies"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["teachers.id"],
            name=op.f("fk_copy_returns_recorded_by_id_teachers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copy_returns")),
    )
    with op.batch_alter_table("copy_returns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_copy_returns_copy_id"), ["copy_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_copy_returns_recorded_by_id"), ["recorded_by_id"], unique=False
        )
    connection = op.get_bind()
    collected = connection.execute(
        sa.text("SELECT id, collected_on FROM worksheet_copies WHERE collected_on IS NOT NULL")
    ).fetchall()
    now = datetime.now(UTC).replace(tzinfo=None)
    returns = sa.table(
        "copy_returns",
        sa.column("id", sa.Uuid()),
        sa.column("copy_id", sa.Uuid()),
        sa.column("returned_on", sa.Date()),
        sa.column("way", sa.String()),
        sa.column("condition", sa.String()),
        sa.column("slip_returned", sa.Boolean()),
        sa.column("note", sa.String()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
    )
    for copy_id, returned_on in collected:
        copy = uuid.UUID(str(copy_id))
        connection.execute(
            returns.insert().values(
                id=_derived("return", copy.hex),
                copy_id=copy,
                returned_on=sa.func.date(returned_on),
                way="visit",
                condition="complete",
                slip_returned=False,
                note="",
                created_at=now,
                updated_at=now,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("copy_returns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_copy_returns_recorded_by_id"))
        batch_op.drop_index(batch_op.f("ix_copy_returns_copy_id"))
    op.drop_table("copy_returns")
