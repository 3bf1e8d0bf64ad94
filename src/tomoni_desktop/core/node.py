"""This installation's node id: kept in the database and in a file beside it.

If the two disagree, the database was copied or restored, and it becomes a new node so
that no change id is ever issued twice (design/sync.md, property 10).
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from tomoni_desktop.core.ids import new_id
from tomoni_desktop.core.settings import get_value, set_value

log = logging.getLogger(__name__)
NODE_KEY = "node_id"
PREVIOUS_NODES_KEY = "previous_node_ids"


def node_file(database: Path) -> Path:
    return database.with_name(database.name + ".node")


def _read_file(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def ensure_node_id(session: Session, database: Path) -> uuid.UUID:
    """The node id, made anew when the database and the file beside it disagree."""
    stored = get_value(session, NODE_KEY)
    beside = _read_file(node_file(database))
    if stored and stored == beside:
        return uuid.UUID(stored)
    if stored:
        log.warning("node id of %s does not match the file beside it; new node", database)
    return rotate_node_id(session, database)


def rotate_node_id(session: Session, database: Path) -> uuid.UUID:
    previous = get_value(session, NODE_KEY)
    node = new_id()
    if previous:
        history = [p for p in (get_value(session, PREVIOUS_NODES_KEY) or "").split(",") if p]
        set_value(session, PREVIOUS_NODES_KEY, ",".join([*history, previous]))
    set_value(session, NODE_KEY, str(node))
    session.commit()
    node_file(database).write_text(str(node), encoding="ascii")
    return node


def current_node_id(session: Session) -> uuid.UUID | None:
    stored = get_value(session, NODE_KEY)
    return uuid.UUID(stored) if stored else None
