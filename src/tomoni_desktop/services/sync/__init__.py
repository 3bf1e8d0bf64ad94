"""Sync for people: make the office, invite and remove laptops, write and read bundles.

Each use case takes a unit of work and never commits. Two are flows of units: writing a
bundle commits the stamp before the file leaves (its dots must never be issued again), and
importing several bundles gives each its own transaction, so one refused bundle leaves the
others in. What a bundle says and how it merges is `sync/protocol.py`.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from tomoni_desktop import __version__
from tomoni_desktop.core import access
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.bulk import bulk_objects
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.models import School
from tomoni_desktop.core.progress import Progress
from tomoni_desktop.core.unit_of_work import UnitOfWork, Units
from tomoni_desktop.services.school.register import Leaving, note_left
from tomoni_desktop.services.school.setup import SchoolContext, school_context
from tomoni_desktop.sync import identity as members
from tomoni_desktop.sync import peers as peer_book
from tomoni_desktop.sync.bundle import (
    BundleRejected,
    Header,
    open_bundle,
    read_header,
    write_bundle_file,
)
from tomoni_desktop.sync.exchange import ImportReport
from tomoni_desktop.sync.protocol import (
    already_imported,
    apply_payload,
    check_manifest,
    export_payload,
)
from tomoni_desktop.sync.stamp import stamp

SUFFIX = ".tomoni"


# ---------------------------------------------------------------- membership


def school_of(uow: UnitOfWork) -> School | None:
    return uow.session.scalars(select(School).order_by(School.created_at).limit(1)).first()


def make_office(uow: UnitOfWork, passphrase: str) -> members.Identity:
    access.require_office(uow.database.actor)
    school = school_of(uow)
    if school is None:
        raise members.SyncSetupError(
            QT_TRANSLATE_NOOP("errors", "Set up the school first; then make this the office.")
        )
    uow.changed(Area.SYNC)
    return members.init_school(uow.connection, str(school.id), school.name, passphrase)


def invite_laptop(uow: UnitOfWork, path: Path, passphrase: str, name: str) -> str:
    access.require_office(uow.database.actor)
    uow.changed(Area.SYNC)
    return members.invite(uow.connection, path, passphrase, name)


def join_school(uow: UnitOfWork, path: Path, passphrase: str) -> members.Identity:
    access.require_office(uow.database.actor)
    school = school_of(uow)
    uow.changed(Area.SYNC)
    return members.join(uow.connection, path, passphrase, str(school.id) if school else None)


def join_with_first_bundle(
    units: Units,
    join_file: Path,
    passphrase: str,
    bundle: Path,
    progress: Progress | None = None,
) -> SchoolContext:
    """A new laptop's first start: join, then take the school from the office's bundle;
    returns the school it now holds.

    One transaction: a refused bundle (cut, damaged, another school's) leaves the laptop
    exactly as it was, not joined, so the teacher can simply try again with a good one.
    Its references are checked once, at the end of the import (IMPORTS_CHECK_REFERENCES).
    """
    with units.unit(references_at_end=IMPORTS_CHECK_REFERENCES) as uow:
        join_school(uow, join_file, passphrase)
        import_bundle(uow, bundle, progress=progress)
        school = school_context(uow)
        if school is None:
            raise members.SyncSetupError(
                QT_TRANSLATE_NOOP(
                    "errors", "The bundle holds no school yet: ask the office for a full bundle."
                )
            )
        uow.changed(Area.SCHOOL, Area.STUDENTS, Area.WORKSHEETS, Area.SETTINGS, Area.SYNC)
    return school


def identity_of(uow: UnitOfWork) -> members.Identity | None:
    return members.load_identity(uow.connection)


@dataclass(frozen=True)
class Peer:
    member_id: str
    name: str  # empty for the office: the interface names it by its role
    person: str
    role: str
    last_bundle_at: str
    removed: bool

    @property
    def is_office(self) -> bool:
        return self.role == peer_book.OFFICE


def list_peers(uow: UnitOfWork) -> list[Peer]:
    connection = uow.connection
    removed = members.removed_members(connection)
    identity = members.load_identity(connection)
    me = identity.member_id if identity else None
    own_person = peer_book.own_person(connection)
    return [
        Peer(
            p.member_id,
            p.name,
            own_person if p.member_id == me else p.person,
            p.role,
            p.last_bundle_at,
            p.member_id in removed,
        )
        for p in peer_book.all_peers(connection)
    ]


def find_peer(uow: UnitOfWork, text: str) -> Peer:
    """A member by id, the start of its id, or its exact name."""
    wanted_id = text.strip().replace("-", "").lower()
    wanted_name = text.strip().casefold()
    found = [
        p
        for p in list_peers(uow)
        if p.member_id.startswith(wanted_id) or (p.name and p.name.casefold() == wanted_name)
    ]
    if len(found) != 1 or not wanted_id:
        raise members.SyncSetupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "No single laptop of this school matches {text}; see the list of laptops.",
            ),
            text=text,
        )
    return found[0]


def revoke_laptop(uow: UnitOfWork, text: str) -> Peer:
    access.require_office(uow.database.actor)
    peer = find_peer(uow, text)
    members.revoke(uow.connection, peer.member_id)
    uow.changed(Area.SYNC)
    return peer


@dataclass(frozen=True)
class Membership:
    """This computer's place in the school's sync, without any of its keys."""

    name: str
    school_name: str
    role: str

    @property
    def is_office(self) -> bool:
        return self.role == peer_book.OFFICE


@dataclass(frozen=True)
class SyncStatus:
    """What the Sinkronisasi page shows at a glance (no secret leaves the service)."""

    membership: Membership | None
    removed: bool
    peers: list[Peer]
    conflicts: int
    duplicates: int
    code_clashes: int


def sync_status(uow: UnitOfWork) -> SyncStatus:
    from tomoni_desktop.services.sync.duplicates import find_code_clashes, find_duplicates
    from tomoni_desktop.services.sync.inbox import list_conflicts

    identity = identity_of(uow)
    return SyncStatus(
        Membership(identity.name, identity.school_name, identity.role) if identity else None,
        members.is_removed(uow.connection, identity),
        list_peers(uow),
        len(list_conflicts(uow)) if identity else 0,
        len(find_duplicates(uow)),
        len({c.code for c in find_code_clashes(uow)}),
    )


# ---------------------------------------------------------------- export


def safe_name(text: str, limit: int = 30) -> str:
    """ASCII letters, digits and hyphens: safe on FAT32 sticks and every laptop."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")[:limit].strip("-") or "tomoni"


def bundle_file_name(identity: members.Identity, when: datetime) -> str:
    return (
        f"{safe_name(identity.school_name)}_{safe_name(identity.name or identity.role, 24)}_"
        f"{when.strftime('%Y%m%d_%H%M%S')}{SUFFIX}"
    )


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    size: int
    full: bool


def _counted(rows, total: int, progress: Progress | None):
    for done, row in enumerate(rows, start=1):
        if progress and done % 200 == 0:
            progress(done, total)
        yield row
    if progress:
        progress(total, total)


def stamp_changes(uow: UnitOfWork) -> None:
    """Give this laptop's captured edits their dots (before any of them leaves)."""
    stamp(uow.connection)


def write_bundle(
    uow: UnitOfWork,
    to: Path,
    *,
    for_member: str | None = None,
    full: bool = False,
    progress: Progress | None = None,
    when: datetime | None = None,
) -> ExportResult:
    """Write a bundle of what is stamped to `to` (a folder: a name is made; or a file)."""
    connection = uow.connection
    identity = members.require_identity(connection)
    if members.is_removed(connection, identity):
        raise members.SyncSetupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This laptop was removed from the school by the office; its bundles are "
                "refused everywhere.",
            )
        )
    identity = members.with_box_key(connection, identity)
    with bulk_objects():
        manifest, rows = export_payload(connection, identity, for_member, full)
        when = when or datetime.now()
        path = to / bundle_file_name(identity, when) if to.is_dir() else to
        header = Header(
            identity.school_id,
            str(uuid.uuid4()),
            identity.member_id,
            __version__,
            identity.key_generation,
            members.key_envelope(connection) if identity.key_generation else None,
        )
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
    # A bundle is sealed with the school key; it is noted as a copy of everyone's data.
    note_left(uow, Leaving.BUNDLE, path, everyone=True, encrypted=True)
    uow.changed(Area.SYNC)
    return ExportResult(path, written, path.stat().st_size, manifest["base"] is None)


def export_bundle(
    units: Units,
    *,
    to: Path,
    for_member: str | None = None,
    full: bool = False,
    progress: Progress | None = None,
    when: datetime | None = None,
) -> ExportResult:
    """The flow behind "write a bundle": the stamp is committed before the file is written,
    so no dot in a bundle can be issued again if the writing fails or is cancelled."""
    with units.unit() as uow:
        stamp_changes(uow)
    with units.unit() as uow:
        return write_bundle(uow, to, for_member=for_member, full=full, progress=progress, when=when)


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
    sender: str  # the sender's name as this computer knows it ("" for the office or unknown)
    sender_role: str  # peer_book.OFFICE, LAPTOP, or "" when the sender is unknown here
    made_at: datetime | None  # when the file was last written (UTC)
    problem: TomoniError | None = None


def _unreadable(path: Path, error: OSError) -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP("errors", "{name} could not be read from the stick ({reason})."),
        name=path.name,
        reason=error.strerror or type(error).__name__,
    )


def _classify(
    uow: UnitOfWork,
    identity: members.Identity,
    removed: set[str],
    known: dict[str, peer_book.Peer],
    path: Path,
) -> FoundBundle:
    """What importing `path` would do, from its plain header and what this computer knows.

    Nothing is decrypted here: a bundle is checked whole only when it is imported.
    """
    try:
        made_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        with path.open("rb") as handle:
            header = read_header(handle, path.name)
    except BundleRejected as error:
        return FoundBundle(path, BundleState.DAMAGED, "", "", None, error)
    except OSError as error:
        return FoundBundle(path, BundleState.DAMAGED, "", "", None, _unreadable(path, error))
    connection = uow.connection
    peer = known.get(header.sender)
    sender, role = (peer.name, peer.role) if peer else ("", "")
    if header.school_id != identity.school_id:
        return FoundBundle(path, BundleState.OTHER_SCHOOL, sender, role, made_at)
    if header.sender == identity.member_id:
        return FoundBundle(path, BundleState.OWN, identity.name, identity.role, made_at)
    if already_imported(connection, header.bundle_id):
        return FoundBundle(path, BundleState.IMPORTED, sender, role, made_at)
    if header.sender in removed:
        return FoundBundle(path, BundleState.REMOVED, sender, role, made_at)
    return FoundBundle(path, BundleState.NEW, sender, role, made_at)


def scan_folder(uow: UnitOfWork, folder: Path) -> list[FoundBundle]:
    """The bundles in a folder (a stick's top folder), each with what importing it would do.

    A stick that cannot be read says so; it is never shown as empty.
    """
    try:
        paths = sorted(p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file())
    except OSError as error:
        raise TomoniError(
            QT_TRANSLATE_NOOP("errors", "The stick or folder {folder} cannot be read ({reason})."),
            folder=str(folder),
            reason=error.strerror or type(error).__name__,
        ) from error
    connection = uow.connection
    identity = members.require_identity(connection)
    removed = members.removed_members(connection)
    known = {p.member_id: p for p in peer_book.all_peers(connection)}  # once for every file
    return [_classify(uow, identity, removed, known, path) for path in paths]


@dataclass
class ImportResult:
    path: Path
    sender: str  # the sending laptop's name ("" for the office)
    sender_role: str
    report: ImportReport = field(default_factory=ImportReport)
    already: bool = False
    dry_run: bool = False


# An import checks every reference once it has merged the rows (protocol.apply_payload),
# and refuses the bundle by the table that points nowhere: its unit of work leaves SQLite's
# check at each row off (unit_of_work's references_at_end).
IMPORTS_CHECK_REFERENCES = True


def import_bundle(
    uow: UnitOfWork, path: Path, *, dry_run: bool = False, progress: Progress | None = None
) -> ImportResult:
    """Check the whole bundle, then merge it in this unit of work (kept only if not a dry
    run). The unit may leave references to the end (IMPORTS_CHECK_REFERENCES)."""
    connection = uow.connection
    identity = members.require_identity(connection)
    removed = members.removed_members(connection)
    try:
        opened = open_bundle(
            path,
            identity.school_id,
            lambda header: members.school_key_for(connection, identity, header, path.name),
            members.sender_checker(identity, removed),
        )
    except OSError as error:
        raise _unreadable(path, error) from error
    manifest, header = opened.manifest, opened.header
    check_manifest(manifest, path.name)
    certificate = manifest["certificate"]
    result = ImportResult(
        path,
        str(certificate.get("name", "")),
        str(certificate.get("role", "")),
        dry_run=dry_run,
    )
    if dry_run:
        uow.roll_back_at_end()
    if already_imported(connection, header.bundle_id) or header.sender == identity.member_id:
        result.already = True
        return result
    rows = _counted(opened.rows(), int(manifest.get("rows") or 0), progress)
    result.report = apply_payload(
        connection, identity, header.bundle_id, header.sender, manifest, rows, path.name
    )
    uow.changed(Area.SCHOOL, Area.STUDENTS, Area.WORKSHEETS, Area.SYNC)
    return result


def import_bundles(
    units: Units,
    paths: list[Path],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> list[ImportResult | BundleRejected]:
    """Import several bundles, each in its own transaction: a refused bundle is reported in
    its place and the others still go in (the GUI and the CLI share this policy)."""
    results: list[ImportResult | BundleRejected] = []
    for index, path in enumerate(paths):

        def within(done: int, total: int, index: int = index) -> None:
            if progress:
                progress(index * 1000 + (1000 * done) // max(total, 1), len(paths) * 1000)

        try:
            with units.unit(references_at_end=IMPORTS_CHECK_REFERENCES) as uow:
                results.append(import_bundle(uow, path, dry_run=dry_run, progress=within))
        except members.ThisLaptopRemoved as error:
            with units.unit() as uow:  # kept, so this laptop stops writing bundles
                identity = members.require_identity(uow.connection)
                members.take_removed(uow.connection, identity, error.document)
                uow.changed(Area.SYNC)
            results.append(error)
        except BundleRejected as error:
            results.append(error)
    return results
