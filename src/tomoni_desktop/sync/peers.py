"""The school's other computers as this one knows them: the one owner of `sync_peers`.

A peer is added when the office invites a laptop or a laptop joins, and what it last reported
(its nodes, vector and files) is learned from each of its bundles.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from tomoni_desktop.core.models.sync_state import SyncPeer
from tomoni_desktop.core.settings import read_setting
from tomoni_desktop.sync.merge import Vector

OFFICE = "office"
LAPTOP = "laptop"


@dataclass(frozen=True)
class Peer:
    member_id: str
    name: str  # the laptop's name; the office's is empty (the interface words it)
    person: str  # the teacher who uses it
    role: str
    last_bundle_at: str
    nodes: tuple[str, ...]

    @property
    def is_office(self) -> bool:
        return self.role == OFFICE


def add_peer(connection: Connection, member: str, name: str, role: str) -> None:
    """A member this computer was told of (invited, or the office it joined); kept if known."""
    if connection.execute(select(SyncPeer.member_id).where(SyncPeer.member_id == member)).first():
        return
    connection.execute(
        insert(SyncPeer).values(
            member_id=member,
            name=name,
            person="",
            role=role,
            nodes="[]",
            vector="{}",
            files="[]",
            last_bundle_at="",
        )
    )


def all_peers(connection: Connection) -> list[Peer]:
    rows = connection.execute(
        select(
            SyncPeer.member_id,
            SyncPeer.name,
            SyncPeer.person,
            SyncPeer.role,
            SyncPeer.last_bundle_at,
            SyncPeer.nodes,
        ).order_by(SyncPeer.role, SyncPeer.name, SyncPeer.member_id)
    )
    return [Peer(m, n, p, r, last, tuple(json.loads(nodes))) for m, n, p, r, last, nodes in rows]


def peer_name(connection: Connection, member: str) -> str | None:
    return connection.execute(
        select(SyncPeer.name).where(SyncPeer.member_id == member)
    ).scalar_one_or_none()


def laptops(connection: Connection) -> list[str]:
    return list(
        connection.execute(select(SyncPeer.member_id).where(SyncPeer.role == LAPTOP)).scalars()
    )


def knowledge(connection: Connection, member: str) -> tuple[Vector, frozenset[str]]:
    """What `member` last reported having: its vector and its stored files."""
    found = connection.execute(
        select(SyncPeer.vector, SyncPeer.files).where(SyncPeer.member_id == member)
    ).first()
    if found is None:
        return {}, frozenset()
    return json.loads(found[0]), frozenset(json.loads(found[1]))


def remember_report(
    connection: Connection, member: str, certificate: dict, manifest: dict[str, Any]
) -> None:
    """What a sender's bundle says it has now replaces what it said before: a laptop restored
    from a backup has less than it had, and an older report arriving late only makes us send
    more."""
    found = connection.execute(select(SyncPeer.nodes).where(SyncPeer.member_id == member)).first()
    nodes = set(json.loads(found[0])) if found else set()
    nodes |= {n for n in manifest.get("nodes", []) if isinstance(n, str)}
    values = {
        "name": str(certificate.get("name", ""))[:100],
        "person": str(manifest.get("person") or "")[:200],
        "role": str(certificate.get("role", LAPTOP))[:10],
        "nodes": json.dumps(sorted(nodes)),
        "vector": json.dumps(manifest["vector"], sort_keys=True),
        "files": json.dumps(sorted(f for f in manifest.get("files", []) if isinstance(f, str))),
        "last_bundle_at": str(manifest.get("made_at", ""))[:32],
    }
    if found is None:
        connection.execute(insert(SyncPeer).values(member_id=member, **values))
    else:
        connection.execute(update(SyncPeer).where(SyncPeer.member_id == member).values(**values))


def own_person(connection: Connection) -> str:
    """The teacher who uses this computer (Pengaturan), shown beside the laptop's name."""
    from tomoni_desktop.core.models import Teacher

    teacher_id = read_setting(connection, "my_teacher_id")
    if not teacher_id:
        return ""
    try:
        wanted = uuid.UUID(teacher_id)
    except ValueError:
        return ""
    return connection.execute(select(Teacher.name).where(Teacher.id == wanted)).scalar() or ""
