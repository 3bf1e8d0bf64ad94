"""Sync for people: make the office, invite and remove laptops, write and read bundles.

Every function opens its own short transaction. An import checks the whole bundle before
its transaction begins, and applies in one transaction: all of it, or nothing.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from tomoni_desktop import __version__
from tomoni_desktop.core.database import Database
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.progress import Progress
from tomoni_desktop.sync import identity as members
from tomoni_desktop.sync.bundle import (
    BundleRejected,
    Header,
    damaged,
    made_by_newer,
    open_bundle,
    read_header,
    write_bundle_file,
)
from tomoni_desktop.sync.exchange import (
    ImportReport,
    apply_rows,
    count_rows,
    export_rows,
    missing_records,
)
from tomoni_desktop.sync.merge import Vector, dominates, meet
from tomoni_desktop.sync.stamp import stamp
from tomoni_desktop.sync.state import (
    Counters,
    add_to_vector,
    bulk_objects,
    known_vector,
    node_of,
)

READER_VERSION = 1  # the bundle contents this version reads; raised only for a breaking change
SUFFIX = ".tomoni"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- membership


def school_of(connection: Connection) -> tuple[str, str] | None:
    found = connection.exec_driver_sql(
        "SELECT id, name FROM schools WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1"
    ).first()
    return (str(uuid.UUID(found[0])), found[1]) if found else None


def make_office(database: Database, passphrase: str) -> members.Identity:
    with database.engine.begin() as connection:
        school = school_of(connection)
        if school is None:
            raise members.SyncSetupError(
                QT_TRANSLATE_NOOP("errors", "Set up the school first; then make this the office.")
            )
        return members.init_school(connection, school[0], school[1], passphrase)


def invite_laptop(database: Database, path: Path, passphrase: str, name: str) -> str:
    with database.engine.begin() as connection:
        return members.invite(connection, path, passphrase, name)


def join_school(database: Database, path: Path, passphrase: str) -> members.Identity:
    with database.engine.begin() as connection:
        school = school_of(connection)
        return members.join(connection, path, passphrase, school[0] if school else None)


def identity_of(database: Database) -> members.Identity | None:
    with database.engine.connect() as connection:
        return members.load_identity(connection)


def is_removed(database: Database) -> bool:
    """This computer's own membership was ended by the office."""
    with database.engine.connect() as connection:
        return members.is_removed(connection, members.load_identity(connection))


@dataclass(frozen=True)
class Peer:
    member_id: str
    name: str
    person: str
    role: str
    last_bundle_at: str
    removed: bool


def list_peers(database: Database) -> list[Peer]:
    with database.engine.connect() as connection:
        removed = members.removed_members(connection)
        identity = members.load_identity(connection)
        me = identity.member_id if identity else None
        own_person = person_of(connection)
        rows = connection.exec_driver_sql(
            "SELECT member_id, name, person, role, last_bundle_at FROM sync_peers "
            "ORDER BY role, name"
        ).fetchall()
    return [
        Peer(m, n, own_person if m == me else p, r, last, m in removed) for m, n, p, r, last in rows
    ]


def find_peer(database: Database, text: str) -> Peer:
    """A member by id, the start of its id, or its exact name."""
    wanted = text.strip().replace("-", "").lower()
    found = [
        p
        for p in list_peers(database)
        if p.member_id.startswith(wanted) or p.name.casefold() == text.strip().casefold()
    ]
    if len(found) != 1:
        raise members.SyncSetupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "No single laptop of this school matches {text}; see the list of laptops.",
            ),
            text=text,
        )
    return found[0]


def revoke_laptop(database: Database, text: str) -> Peer:
    peer = find_peer(database, text)
    with database.engine.begin() as connection:
        members.revoke(connection, peer.member_id)
    return peer


# ---------------------------------------------------------------- export


def safe_name(text: str, limit: int = 30) -> str:
    """ASCII letters, digits and hyphens: safe on FAT32 sticks and every laptop."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")[:limit].strip("-") or "tomoni"


def bundle_file_name(identity: members.Identity, when: datetime) -> str:
    return (
        f"{safe_name(identity.school_name)}_{safe_name(identity.name, 24)}_"
        f"{when.strftime('%Y%m%d_%H%M%S')}{SUFFIX}"
    )


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    size: int
    full: bool


def _peer_knowledge(connection: Connection, member: str) -> tuple[Vector, frozenset[str]]:
    found = connection.exec_driver_sql(
        "SELECT vector, files FROM sync_peers WHERE member_id = ?", (member,)
    ).first()
    if found is None:
        return {}, frozenset()
    return json.loads(found[0]), frozenset(json.loads(found[1]))


def _target(
    connection: Connection, identity: members.Identity, for_member: str | None, full: bool
) -> tuple[Vector | None, frozenset[str], str | None]:
    """What the bundle's reader is known to have: None means everything is sent."""
    if full:
        return None, frozenset(), None
    if for_member is not None:
        vector, files = _peer_knowledge(connection, for_member)
        return (vector or None), files, for_member
    if not identity.is_office:
        vector, files = _peer_knowledge(connection, identity.office_member)
        return (vector or None), files, identity.office_member
    # The office writes one bundle that brings every laptop up to date.
    removed = members.removed_members(connection)
    laptops = [
        m
        for (m,) in connection.exec_driver_sql(
            "SELECT member_id FROM sync_peers WHERE role = 'laptop'"
        )
        if m not in removed
    ]
    knowledge = [_peer_knowledge(connection, m) for m in laptops]
    if not knowledge or any(not vector for vector, _ in knowledge):
        return None, frozenset(), None
    files = frozenset.intersection(*(f for _, f in knowledge))
    return meet([v for v, _ in knowledge]), files, None


def person_of(connection: Connection) -> str:
    """The teacher who uses this computer (Pengaturan), shown beside the laptop's name."""
    teacher = connection.exec_driver_sql(
        "SELECT t.name FROM teachers t JOIN local_settings s ON s.key = 'my_teacher_id' "
        "AND replace(s.value, '-', '') = t.id"
    ).scalar()
    return teacher or ""


def _own_nodes(connection: Connection) -> list[str]:
    previous = connection.exec_driver_sql(
        "SELECT value FROM local_settings WHERE key = 'previous_node_ids'"
    ).scalar()
    nodes = [n.replace("-", "") for n in (previous or "").split(",") if n]
    return [*nodes, node_of(connection)]


def _stored_files(connection: Connection) -> list[str]:
    return [
        row_id
        for (row_id,) in connection.exec_driver_sql(
            "SELECT id FROM stored_files WHERE deleted_at IS NULL"
        )
    ]


def _counted(rows: Iterator[dict], total: int, progress: Progress | None) -> Iterator[dict]:
    for done, row in enumerate(rows, start=1):
        if progress and done % 200 == 0:
            progress(done, total)
        yield row
    if progress:
        progress(total, total)


def export_payload(
    connection: Connection,
    identity: members.Identity,
    for_member: str | None = None,
    full: bool = False,
) -> tuple[dict[str, Any], Iterator[dict[str, Any]]]:
    """The manifest and rows of a bundle, read inside the caller's (stamped) transaction."""
    vector, files, target = _target(connection, identity, for_member, full)
    counts = count_rows(connection, vector)
    manifest: dict[str, Any] = {
        "min_reader": READER_VERSION,
        "app_version": __version__,
        "certificate": identity.certificate,
        "nodes": _own_nodes(connection),
        "vector": known_vector(connection),
        "base": vector,
        "target": target,
        "files": _stored_files(connection),
        "removed": members.removed_document(connection),
        "person": person_of(connection),
        "tables": counts,
        "rows": sum(counts.values()),
        "made_at": _now(),
    }
    return manifest, export_rows(connection, vector, files, counts)


def export_bundle(
    database: Database,
    *,
    to: Path,
    for_member: str | None = None,
    full: bool = False,
    progress: Progress | None = None,
    when: datetime | None = None,
) -> ExportResult:
    """Write a bundle to `to` (a folder: a name is made; or a file path)."""
    with database.engine.begin() as connection:
        stamp(connection)
    with database.engine.connect() as connection, connection.begin(), bulk_objects():
        identity = members.require_identity(connection)
        if members.is_removed(connection, identity):
            raise members.SyncSetupError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This laptop was removed from the school by the office; its bundles are "
                    "refused everywhere.",
                )
            )
        manifest, rows = export_payload(connection, identity, for_member, full)
        when = when or datetime.now()
        path = to / bundle_file_name(identity, when) if to.is_dir() else to
        header = Header(identity.school_id, str(uuid.uuid4()), identity.member_id, __version__)
        try:
            written = write_bundle_file(
                path,
                header,
                identity.school_key,
                identity.signing_key(),
                manifest,
                _counted(rows, manifest["rows"], progress),
            )
        except OSError as error:  # a full stick, one pulled out, one that is read-only
            raise TomoniError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bundle could not be written to {folder} ({reason}); nothing was left "
                    "there. Check the stick and try again.",
                ),
                folder=str(path.parent),
                reason=error.strerror or type(error).__name__,
            ) from error
    return ExportResult(path, written, path.stat().st_size, manifest["base"] is None)


# ---------------------------------------------------------------- import


class BundleState(StrEnum):
    NEW = "new"
    IMPORTED = "imported"
    OWN = "own"
    OTHER_SCHOOL = "other-school"
    DAMAGED = "damaged"
    REMOVED = "removed"


@dataclass(frozen=True)
class FoundBundle:
    path: Path
    state: BundleState
    sender: str  # a name a person knows, when known
    made_at: str
    problem: TomoniError | None = None


def _opened(database: Database, path: Path):
    with database.engine.connect() as connection:
        identity = members.require_identity(connection)
        removed = members.removed_members(connection)
    opened = open_bundle(
        path, identity.school_id, identity.school_key, members.sender_checker(identity, removed)
    )
    manifest = opened.manifest
    if not isinstance(manifest.get("min_reader"), int) or not isinstance(
        manifest.get("vector"), dict
    ):
        raise damaged(path.name)
    if manifest["min_reader"] > READER_VERSION:
        raise made_by_newer(path.name)
    return identity, opened


def _classify(database: Database, path: Path) -> FoundBundle:
    with database.engine.connect() as connection:
        identity = members.require_identity(connection)
        removed = members.removed_members(connection)
        try:
            with path.open("rb") as handle:
                header = read_header(handle, path.name)
        except BundleRejected as error:
            return FoundBundle(path, BundleState.DAMAGED, "", "", error)
        except OSError as error:
            return FoundBundle(path, BundleState.DAMAGED, "", "", _unreadable(path, error))
        peer = connection.exec_driver_sql(
            "SELECT name FROM sync_peers WHERE member_id = ?", (header.sender,)
        ).scalar()
        imported = connection.exec_driver_sql(
            "SELECT 1 FROM sync_imports WHERE bundle_id = ?", (header.bundle_id,)
        ).scalar()
    sender = peer or ""
    if header.school_id != identity.school_id:
        return FoundBundle(path, BundleState.OTHER_SCHOOL, sender, "")
    if header.sender == identity.member_id:
        return FoundBundle(path, BundleState.OWN, identity.name, "")
    if imported:
        return FoundBundle(path, BundleState.IMPORTED, sender, "")
    if header.sender in removed:
        return FoundBundle(path, BundleState.REMOVED, sender, "")
    try:
        _identity, opened = _opened(database, path)
    except BundleRejected as error:
        removed_sender = isinstance(error, members.SenderRemoved)
        state = BundleState.REMOVED if removed_sender else BundleState.DAMAGED
        return FoundBundle(path, state, sender, "", error)
    certificate = opened.manifest.get("certificate") or {}
    return FoundBundle(
        path,
        BundleState.NEW,
        sender or str(certificate.get("name", "")),
        str(opened.manifest.get("made_at", "")),
    )


def _unreadable(path: Path, error: OSError) -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP("errors", "{name} could not be read from the stick ({reason})."),
        name=path.name,
        reason=error.strerror or type(error).__name__,
    )


def scan_folder(database: Database, folder: Path) -> list[FoundBundle]:
    """The bundles in a folder (a stick's top folder), each with what importing it would do."""
    try:
        paths = sorted(p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file())
    except OSError:
        return []
    return [_classify(database, path) for path in paths]


@dataclass
class ImportResult:
    path: Path
    sender: str
    report: ImportReport = field(default_factory=ImportReport)
    already: bool = False
    dry_run: bool = False


def import_bundle(
    database: Database, path: Path, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportResult:
    """Check the whole bundle, then merge it in one transaction (rolled back for a dry run)."""
    try:
        identity, opened = _opened(database, path)
    except OSError as error:
        raise _unreadable(path, error) from error
    manifest, header = opened.manifest, opened.header
    certificate = manifest["certificate"]
    result = ImportResult(path, str(certificate.get("name", "")), dry_run=dry_run)
    with database.engine.connect() as connection:
        transaction = connection.begin()
        try:
            seen = connection.exec_driver_sql(
                "SELECT 1 FROM sync_imports WHERE bundle_id = ?", (header.bundle_id,)
            ).scalar()
            if seen or header.sender == identity.member_id:
                result.already = True
                transaction.rollback()
                return result
            rows = _counted(opened.rows(), int(manifest.get("rows") or 0), progress)
            result.report = apply_payload(
                connection, identity, header.sender, manifest, rows, path.name
            )
            connection.exec_driver_sql(
                "INSERT INTO sync_imports (bundle_id, sender, imported_at, report) "
                "VALUES (?, ?, ?, ?)",
                (header.bundle_id, header.sender, _now(), json.dumps(result.report.as_dict())),
            )
            # Foreign keys are checked here, at the end, so rows may arrive in any order.
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
            if broken is not None:
                raise missing_records(path.name, broken[0])
            if dry_run:
                transaction.rollback()
            else:
                transaction.commit()
        except BaseException:
            transaction.rollback()
            raise
    return result


def apply_payload(
    connection: Connection,
    identity: members.Identity,
    sender: str,
    manifest: dict[str, Any],
    rows: Iterator[Any],
    name: str,
) -> ImportReport:
    """Merge a checked bundle's rows and learn what its sender has, in the caller's
    transaction."""
    stamp(connection)
    counters = Counters(connection)
    mine = known_vector(connection)
    with bulk_objects():
        report = apply_rows(connection, rows, name, counters)
    counters.save()
    base = manifest.get("base")
    # The sender's whole knowledge is ours now only if the bundle was made for what we had
    # (or is full); a bundle made for someone else brings its rows, not that claim.
    if base is None or (isinstance(base, dict) and dominates(mine, base)):
        add_to_vector(connection, _vector(manifest["vector"], name))
    members.take_removed(connection, identity, manifest.get("removed"))
    _remember_peer(connection, sender, manifest["certificate"], manifest)
    redirect_merged_students(connection)
    return report


def _vector(value: Any, name: str) -> Vector:
    if not all(isinstance(k, str) and type(v) is int for k, v in value.items()):
        from tomoni_desktop.sync.exchange import invalid_row

        raise invalid_row(name, "manifest", "", "vector")
    return value


def _remember_peer(connection: Connection, member: str, certificate: dict, manifest: dict) -> None:
    found = connection.exec_driver_sql(
        "SELECT nodes FROM sync_peers WHERE member_id = ?", (member,)
    ).first()
    nodes = set(json.loads(found[0])) if found else set()
    nodes |= {n for n in manifest.get("nodes", []) if isinstance(n, str)}
    # What it reports now replaces what it reported before: a laptop restored from a backup
    # has less than it had, and an older report arriving late only makes us send more.
    vector = manifest["vector"]
    files = [f for f in manifest.get("files", []) if isinstance(f, str)]
    connection.exec_driver_sql(
        "INSERT INTO sync_peers (member_id, name, person, role, nodes, vector, files, "
        "last_bundle_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (member_id) DO UPDATE SET "
        "name = excluded.name, person = excluded.person, role = excluded.role, "
        "nodes = excluded.nodes, vector = excluded.vector, files = excluded.files, "
        "last_bundle_at = excluded.last_bundle_at",
        (
            member,
            str(certificate.get("name", ""))[:100],
            str(manifest.get("person") or "")[:200],
            str(certificate.get("role", "laptop"))[:10],
            json.dumps(sorted(nodes)),
            json.dumps(vector, sort_keys=True),
            json.dumps(sorted(files)),
            str(manifest.get("made_at", ""))[:32],
        ),
    )


def redirect_merged_students(connection: Connection) -> int:
    """Work that arrived for a pupil record merged into another moves to that one."""
    from tomoni_desktop.services.duplicates import redirect_references

    return redirect_references(connection)
