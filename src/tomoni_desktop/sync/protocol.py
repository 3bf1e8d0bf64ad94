"""What a bundle says and what reading one does: the manifest, who it is for, and the merge of
its rows with all the bookkeeping around it, each in the caller's transaction.

`services/sync.py` keeps the use cases around this (sticks, membership, files); everything
that two computers must agree on to exchange data lives here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from tomoni_desktop import __version__
from tomoni_desktop.core.bulk import bulk_objects
from tomoni_desktop.core.models import StoredFile
from tomoni_desktop.core.models.sync_state import SyncImport
from tomoni_desktop.core.node import PREVIOUS_NODES_KEY
from tomoni_desktop.core.settings import read_setting
from tomoni_desktop.sync import identity as members
from tomoni_desktop.sync import keys, peers
from tomoni_desktop.sync.bundle import damaged, made_by_newer
from tomoni_desktop.sync.exchange import (
    ImportReport,
    apply_rows,
    count_rows,
    export_rows,
    invalid_row,
    missing_records,
    node_tops,
)
from tomoni_desktop.sync.forget import forget_purged
from tomoni_desktop.sync.merge import Vector, dominates, meet
from tomoni_desktop.sync.redirect import redirect_references
from tomoni_desktop.sync.stamp import stamp
from tomoni_desktop.sync.state import HISTORY, Counters, add_to_vector, known_vector, node_of
from tomoni_desktop.sync.storage import first_broken_reference

READER_VERSION = 1  # the bundle contents this version reads; raised only for a breaking change


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- writing


def target_of(
    connection: Connection, identity: members.Identity, for_member: str | None, full: bool
) -> tuple[Vector | None, frozenset[str], str | None]:
    """What the bundle's reader is known to have: None means everything is sent."""
    if full:
        return None, frozenset(), None
    if for_member is not None:
        vector, files = peers.knowledge(connection, for_member)
        return (vector or None), files, for_member
    if not identity.is_office:
        vector, files = peers.knowledge(connection, identity.office_member)
        return (vector or None), files, identity.office_member
    # The office writes one bundle that brings every laptop up to date.
    removed = members.removed_members(connection)
    laptops = [m for m in peers.laptops(connection) if m not in removed]
    knowledge = [peers.knowledge(connection, m) for m in laptops]
    if not knowledge or any(not vector for vector, _ in knowledge):
        return None, frozenset(), None
    files = frozenset.intersection(*(f for _, f in knowledge))
    return meet([v for v, _ in knowledge]), files, None


def own_nodes(connection: Connection) -> list[str]:
    """Every node id this database has written under (a restored one had others before)."""
    previous = read_setting(connection, PREVIOUS_NODES_KEY)
    nodes = [n.replace("-", "") for n in (previous or "").split(",") if n]
    return [*nodes, node_of(connection)]


def _stored_files(connection: Connection) -> list[str]:
    return [
        row_id.hex
        for row_id in connection.execute(
            select(StoredFile.id).where(StoredFile.deleted_at.is_(None))
        ).scalars()
    ]


def export_payload(
    connection: Connection,
    identity: members.Identity,
    for_member: str | None = None,
    full: bool = False,
) -> tuple[dict[str, Any], Iterator[dict[str, Any]]]:
    """The manifest and rows of a bundle, read inside the caller's (stamped) transaction."""
    vector, files, target = target_of(connection, identity, for_member, full)
    counts = count_rows(connection, vector)
    manifest: dict[str, Any] = {
        "min_reader": READER_VERSION,
        "app_version": __version__,
        "certificate": identity.certificate,
        "nodes": own_nodes(connection),
        "vector": known_vector(connection),
        "base": vector,
        "target": target,
        "files": _stored_files(connection),
        "removed": members.removed_document(connection),
        # where the office seals a new school key to, when it removes a laptop
        "box": keys.box_public(identity.box_private).hex() if identity.box_private else None,
        "person": peers.own_person(connection),
        "people": people_since(connection, vector),
        "tables": counts,
        "rows": sum(counts.values()),
        "made_at": now_text(),
    }
    return manifest, export_rows(connection, vector, files, counts)


# ---------------------------------------------------------------- reading


def people_since(connection: Connection, base: dict | None) -> dict[str, str]:
    """Who made the changes the reader has not seen ("node:counter": person), so every
    computer's history shows the person, not only the laptop."""
    if base is None:
        return {
            f"{node}:{counter}": person
            for node, counter, person in connection.exec_driver_sql(
                f"SELECT node, counter, person FROM ({HISTORY}) AS h WHERE person != ''"
            )
        }
    people: dict[str, str] = {}
    for node, highest in node_tops(connection):  # by the index: only what the reader lacks
        if highest > base.get(node, 0):
            for counter, person in connection.exec_driver_sql(
                f"SELECT counter, person FROM ({HISTORY}) AS h WHERE node = ? AND counter > ? "
                "AND person != ''",
                (node, base.get(node, 0)),
            ):
                people[f"{node}:{counter}"] = person
    return people


def _people(manifest: dict[str, Any]) -> dict[str, str]:
    found = manifest.get("people")
    if not isinstance(found, dict):
        return {}
    return {k: v[:100] for k, v in found.items() if isinstance(k, str) and isinstance(v, str)}


def check_manifest(manifest: dict[str, Any], name: str) -> None:
    """A manifest this version can read; refused before any row is parsed."""
    if not isinstance(manifest.get("min_reader"), int) or not isinstance(
        manifest.get("vector"), dict
    ):
        raise damaged(name)
    if manifest["min_reader"] > READER_VERSION:
        raise made_by_newer(name)


def already_imported(connection: Connection, bundle_id: str) -> bool:
    found = connection.execute(
        select(SyncImport.bundle_id).where(SyncImport.bundle_id == bundle_id)
    )
    return found.first() is not None


def apply_payload(
    connection: Connection,
    identity: members.Identity,
    bundle_id: str,
    sender: str,
    manifest: dict[str, Any],
    rows: Iterator[Any],
    name: str,
) -> ImportReport:
    """Merge a checked bundle's rows and learn what its sender has, in the caller's
    transaction; ends by checking that every reference points at a row that exists."""
    stamp(connection)
    counters = Counters(connection)
    mine = known_vector(connection)
    with bulk_objects():
        report = apply_rows(connection, rows, name, counters, _people(manifest))
    counters.save()
    base = manifest.get("base")
    # The sender's whole knowledge is ours now only if the bundle was made for what we had
    # (or is full); a bundle made for someone else brings its rows, not that claim.
    if base is None or (isinstance(base, dict) and dominates(mine, base)):
        add_to_vector(connection, _vector(manifest["vector"], name))
    members.take_removed(connection, identity, manifest.get("removed"))
    members.remember_box(connection, sender, manifest.get("box"))
    peers.remember_report(connection, sender, manifest["certificate"], manifest)
    redirect_references(connection)
    forget_purged(connection)  # an older edit brings no purged pupil's data back
    connection.execute(
        insert(SyncImport).values(
            bundle_id=bundle_id,
            sender=sender,
            imported_at=now_text(),
            report=json.dumps(report.as_dict()),
        )
    )
    # Checked here, at the end, so rows may arrive in any order.
    broken = first_broken_reference(connection)
    if broken is not None:
        raise missing_records(name, broken)
    return report


def _vector(value: Any, name: str) -> Vector:
    if not all(isinstance(k, str) and type(v) is int for k, v in value.items()):
        raise invalid_row(name, "manifest", "", "vector")
    return value
