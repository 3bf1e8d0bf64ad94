"""This installation's node id: kept in the database and in a file beside it.

The file also keeps the highest change counter this node has committed. If the two disagree
(another node id, or a database whose counter is behind what this node already issued: a
copy, a restored backup, a file put back by hand), the database becomes a new node, so that
no change id is ever issued twice (design/sync.md, property 10).
"""

from __future__ import annotations

import json
import logging
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from tomoni_desktop.core.ids import new_id
from tomoni_desktop.core.settings import get_value, set_value

log = logging.getLogger(__name__)
NODE_KEY = "node_id"
PREVIOUS_NODES_KEY = "previous_node_ids"
COUNTER_KEY = "sync_counter"  # {"node": hex, "counter": n}, written by sync's stamps


def node_file(database: Path) -> Path:
    return database.with_name(database.name + ".node")


def _read_file(path: Path) -> tuple[str | None, int]:
    """The node id and the highest counter it committed ("id" alone: counter 0)."""
    try:
        parts = path.read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return None, 0
    if not parts:
        return None, 0
    counter = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
    return parts[0], counter


def _write_file(database: Path, node: str, counter: int) -> None:
    path = node_file(database)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(f"{node} {counter}\n", encoding="ascii")
    partial.replace(path)


def committed_counter(stored: str | None, node: str) -> int:
    """The counter kept in the database for `node` (0 for another node's, or none)."""
    values = json.loads(stored or "{}")
    same = str(values.get("node", "")).replace("-", "") == node.replace("-", "")
    return int(values.get("counter", 0)) if same else 0


def ensure_node_id(session: Session, database: Path) -> uuid.UUID:
    """The node id, made anew when the database and the file beside it disagree."""
    stored = get_value(session, NODE_KEY)
    beside, issued = _read_file(node_file(database))
    if stored and stored == beside:
        if committed_counter(get_value(session, COUNTER_KEY), stored) >= issued:
            return uuid.UUID(stored)
        log.warning("%s is behind what its node issued (restored?); new node", database)
    elif stored:
        log.warning("node id of %s does not match the file beside it; new node", database)
    return rotate_node_id(session, database)


def note_committed_counter(database: Path, stored: str | None) -> None:
    """After a commit that issued change ids: the file beside keeps the highest counter."""
    values = json.loads(stored or "{}")
    node, counter = str(values.get("node", "")), int(values.get("counter", 0))
    beside, issued = _read_file(node_file(database))
    if beside and beside.replace("-", "") == node.replace("-", "") and counter > issued:
        _write_file(database, beside, counter)


def rotate_node_id(session: Session, database: Path) -> uuid.UUID:
    previous = get_value(session, NODE_KEY)
    node = new_id()
    if previous:
        history = [p for p in (get_value(session, PREVIOUS_NODES_KEY) or "").split(",") if p]
        set_value(session, PREVIOUS_NODES_KEY, ",".join([*history, previous]))
    set_value(session, NODE_KEY, str(node))
    session.commit()
    _write_file(database, str(node), 0)
    return node


def current_node_id(session: Session) -> uuid.UUID | None:
    stored = get_value(session, NODE_KEY)
    return uuid.UUID(stored) if stored else None
