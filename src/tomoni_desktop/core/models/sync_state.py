"""What sync keeps about the data on this laptop. None of these tables travel themselves.

`sync_rows` holds each synced row's causal state: its version vector and, per field, the
dots (node, counter, clock) of the values no one has yet superseded. `sync_dirty` is filled
by triggers on every write, however it is made, until the next stamp gives it a dot.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from tomoni_desktop.core.models.base import Base
from tomoni_desktop.core.types import BigCount


class SyncRow(Base):
    """A row one dot wrote whole, and whose context is that dot (every new row, most rows
    for good), keeps the dot in `node`, `counter` and `clock`, no state text and no lines of
    context (revision 0022). Any other row keeps its state as text, and its context lines.

    A row new here that one dot made keeps its "made" line of history here too, in
    `made_arrived` and `made_by` (revision 0023): the line is its dot, with nothing changed.
    `sync_history` gets it when the row is next written (state.save_packed), before any
    other line of the row. A full sync of 100,000 pupils writes 100,000 fewer lines on
    each side. `state.HISTORY` reads both as one."""

    __tablename__ = "sync_rows"
    __sync__ = False
    __table_args__ = (Index("ix_sync_rows_dot", "node", "counter"),)

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    # JSON, packed (sync/packing.py): {"c": vector, "d": dots, "f": fields, "u": unknown};
    # a row one dot wrote whole has no "f" (packing.stored; revision 0021)
    state: Mapped[str | None] = mapped_column(Text)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)  # fields needing a person
    node: Mapped[str | None] = mapped_column(String(32))
    counter: Mapped[int | None] = mapped_column(BigCount)
    clock: Mapped[int | None] = mapped_column(BigCount)
    # NULL: sync_history holds the row's "made" line (if any); else its `arrived` and `person`
    made_arrived: Mapped[bool | None] = mapped_column()
    made_by: Mapped[str | None] = mapped_column(String(100))


class SyncRowNode(Base):
    """A row's causal context, one line per node: the highest counter of that node the row
    has seen. An export for a reader finds the rows it lacks here (some node's counter above
    the reader's vector) by the index, without reading every row's state; and, for a row
    that keeps its one dot in `sync_rows`, by that table's index."""

    __tablename__ = "sync_row_nodes"
    __sync__ = False
    __table_args__ = (Index("ix_sync_row_nodes_counter", "node", "counter"),)

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    node: Mapped[str] = mapped_column(String(32), primary_key=True)
    counter: Mapped[int] = mapped_column(BigCount)


class SyncDirty(Base):
    """Written by triggers: a row inserted (column NULL) or one column updated."""

    __tablename__ = "sync_dirty"
    __sync__ = False
    __table_args__ = (Index("ix_sync_dirty_row", "table_name", "row_id"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(32))
    column_name: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[bytes | None] = mapped_column(LargeBinary)  # any SQLite value, as it was
    changed_at: Mapped[str] = mapped_column(String(32))
    person: Mapped[str | None] = mapped_column(String(100), default=None)  # who was signed in


class SyncQuiet(Base):
    """A row here, inside an import's own transaction, switches capture off for it alone."""

    __tablename__ = "sync_quiet"
    __sync__ = False

    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class SyncHistory(Base):
    """What this laptop saw change: its own edits, and values that arrived and replaced them.
    One entry per row and change, its fields as JSON {column: [old, new]} (empty: created)."""

    __tablename__ = "sync_history"
    __sync__ = False
    __table_args__ = (
        Index("ix_sync_history_row", "table_name", "row_id"),
        # who made what a reader lacks (protocol.people_since): only lines with a person
        Index(
            "ix_sync_history_people",
            "node",
            "counter",
            sqlite_where=text("person != ''"),
            postgresql_where=text("person != ''"),
        ),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(32))
    changes: Mapped[str] = mapped_column(Text)
    node: Mapped[str] = mapped_column(String(32))
    counter: Mapped[int] = mapped_column(BigCount)
    clock: Mapped[int] = mapped_column(BigCount)
    arrived: Mapped[bool] = mapped_column(default=False)  # from a bundle, not made here
    person: Mapped[str] = mapped_column(String(100), default="", server_default="")  # who made it


class SyncPeer(Base):
    """A laptop (or the office) of this school, as learned from its bundles or invitation."""

    __tablename__ = "sync_peers"
    __sync__ = False

    member_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    person: Mapped[str] = mapped_column(  # the teacher who uses it
        String(200), default="", server_default=""
    )
    role: Mapped[str] = mapped_column(String(10), default="laptop")
    nodes: Mapped[str] = mapped_column(Text, default="[]")  # JSON: node ids it has used
    vector: Mapped[str] = mapped_column(Text, default="{}")  # JSON: what it last reported having
    files: Mapped[str] = mapped_column(Text, default="[]")  # JSON: stored files it has
    last_bundle_at: Mapped[str] = mapped_column(String(32), default="")


class SyncImport(Base):
    """A bundle already imported here, so a second import is recognised at once."""

    __tablename__ = "sync_imports"
    __sync__ = False

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender: Mapped[str] = mapped_column(String(32))
    imported_at: Mapped[str] = mapped_column(String(32))
    report: Mapped[str] = mapped_column(Text, default="{}")
