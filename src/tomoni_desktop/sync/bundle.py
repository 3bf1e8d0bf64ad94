"""The sync bundle file: a plain header, then an encrypted, authenticated, chunked body.

    TOMONI-BUNDLE 1\\n
    {header JSON}\\n                      school, bundle id, sender, app version: readable by anyone
    chunks: 4-byte length + AES-256-GCM ciphertext, each with nonce (prefix, counter) and
            associated data (header, counter, last?) so that nothing can be swapped, dropped,
            reordered or cut off without the reader noticing.

The body's key comes from the school key with HKDF and the bundle id, so every bundle has its
own. Inside: the manifest on the first line, the rows as JSON lines, and a last line with the
number of rows, their SHA-256 and the sending laptop's Ed25519 signature over the header, the
manifest and that hash, so no one else who holds the school key can put other rows under a
laptop's name. A reader checks every chunk and the signature before it yields a single row: a
damaged, cut, foreign or forged bundle is refused before anything is parsed or written.
The body is written and read in chunks, so a bundle never has to fit in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.files import in_progress
from tomoni_desktop.sync.canonical import canonical_json

MAGIC = b"TOMONI-BUNDLE 1\n"
FORMAT = 2  # 2: rows whose fields hold one value each travel compact (packing.py); 1 is read
CHUNK = 64 * 1024
MAX_HEADER = 256 * 1024  # with a new school key sealed to each member: ~250 bytes a member
MAX_CHUNK = CHUNK + 16  # plaintext chunk plus the GCM tag
MAX_LINE = 96 * 1024 * 1024  # one row as JSON: a 64 MB file in base64, short of a memory bomb
TAG = 16


class BundleRejected(TomoniError):
    """The bundle cannot be used; nothing was read into the database."""


@dataclass(frozen=True)
class Header:
    school_id: str
    bundle_id: str
    sender: str
    app_version: str
    # Which school key sealed the body: 0, the one of the join files, until the office
    # removes a laptop; then the newer key, with `envelope`, the office's signed envelope
    # that seals it to each remaining member (keys.seal_school_key).
    key: int = 0
    envelope: dict | None = None
    format: int = FORMAT

    def encode(self) -> bytes:
        values: dict[str, Any] = {
            "format": self.format,
            "school_id": self.school_id,
            "bundle_id": self.bundle_id,
            "sender": self.sender,
            "app_version": self.app_version,
        }
        if self.key:  # a bundle of the first key reads the same as before keys changed
            values["key"] = self.key
            values["envelope"] = self.envelope
        return canonical_json(values)


def _body_key(school_key: bytes, bundle_id: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=uuid.UUID(bundle_id).bytes,
        info=b"tomoni sync bundle body v1",
    ).derive(school_key)


def _aad(header: bytes, counter: int, last: bool) -> bytes:
    return header + struct.pack(">Q?", counter, last)


def _nonce(prefix: bytes, counter: int) -> bytes:
    return prefix + struct.pack(">Q", counter)


def _as_json(value):
    """What orjson does not write itself: bytes (SQLite lets them into any column)."""
    from tomoni_desktop.sync.tables import encode_value

    if isinstance(value, bytes | bytearray | memoryview):
        return encode_value(value)
    raise TypeError(type(value).__name__)


def write_bundle(
    out: BinaryIO,
    header: Header,
    school_key: bytes,
    signing_key,
    manifest: dict[str, Any],
    rows: Iterable[dict[str, Any]],
) -> int:
    """Write a bundle to `out`; returns the number of rows. `signing_key` is an Ed25519
    private key of the sending laptop."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    encoded_header = header.encode()
    out.write(MAGIC)
    out.write(encoded_header + b"\n")
    cipher = AESGCM(_body_key(school_key, header.bundle_id))
    prefix = os.urandom(4)
    out.write(prefix)
    manifest_bytes = canonical_json(manifest)
    pending = bytearray(orjson.dumps({"manifest": manifest}) + b"\n")
    counter = 0
    count = 0
    digest = hashlib.sha256()

    def flush(data: bytes, last: bool) -> None:
        nonlocal counter
        sealed = cipher.encrypt(_nonce(prefix, counter), data, _aad(encoded_header, counter, last))
        out.write(struct.pack(">I", len(sealed)))
        out.write(sealed)
        counter += 1

    for row in rows:
        line = orjson.dumps(row, default=_as_json) + b"\n"  # bytes in a text column too
        digest.update(line)
        pending += line
        count += 1
        while len(pending) > CHUNK:
            flush(bytes(pending[:CHUNK]), last=False)
            del pending[:CHUNK]
    signature = signing_key.sign(_signed(encoded_header, manifest_bytes, count, digest.digest()))
    pending += (
        orjson.dumps({"rows": count, "sha256": digest.hexdigest(), "signature": signature.hex()})
        + b"\n"
    )
    while len(pending) > CHUNK:
        flush(bytes(pending[:CHUNK]), last=False)
        del pending[:CHUNK]
    flush(bytes(pending), last=True)
    return count


def _signed(header: bytes, manifest: bytes, count: int, digest: bytes) -> bytes:
    """What the sending laptop signs: the header, the manifest, and the rows by their hash."""
    return b"\n".join((header, manifest, str(count).encode(), digest))


def read_header(handle: BinaryIO, path_name: str = "") -> Header:
    if handle.read(len(MAGIC)) != MAGIC:
        raise BundleRejected(
            QT_TRANSLATE_NOOP("errors", "{name} is not a Tomoni sync bundle."), name=path_name
        )
    line = handle.readline(MAX_HEADER)
    try:
        values = json.loads(line)
        if type(values.get("format")) is not int:
            raise ValueError("no format")
        if values["format"] > FORMAT:
            raise made_by_newer(path_name)
        header = Header(
            values["school_id"],
            values["bundle_id"],
            values["sender"],
            values["app_version"],
            int(values.get("key", 0)),
            values.get("envelope"),
            values["format"],
        )
        uuid.UUID(header.bundle_id)
        if header.key < 0 or (header.key and not isinstance(header.envelope, dict)):
            raise ValueError("a key without its envelope")
    except BundleRejected:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise damaged(path_name) from error
    if header.encode() + b"\n" != line:
        raise damaged(path_name)  # only the exact bytes we write are accepted
    return header


def made_by_newer(name: str) -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} was made by a newer version of Tomoni Desktop; update this laptop.",
        ),
        name=name,
    )


def damaged(name: str) -> BundleRejected:
    return BundleRejected(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} is damaged or incomplete and was not imported. Copy it again from the laptop that made it.",
        ),
        name=name,
    )


def _chunks(
    handle: BinaryIO, cipher, header_bytes: bytes, prefix: bytes, name: str
) -> Iterator[bytes]:
    """Each decrypted chunk in order; raises if any is altered, missing or out of place."""
    from cryptography.exceptions import InvalidTag

    counter = 0
    while True:
        size_bytes = handle.read(4)
        if len(size_bytes) != 4:
            raise damaged(name)  # ended before a chunk marked last
        (size,) = struct.unpack(">I", size_bytes)
        if not TAG <= size <= MAX_CHUNK:
            raise damaged(name)
        sealed = handle.read(size)
        if len(sealed) != size:
            raise damaged(name)
        for last in (False, True):
            try:
                data = cipher.decrypt(
                    _nonce(prefix, counter), sealed, _aad(header_bytes, counter, last)
                )
                break
            except InvalidTag:
                data = None
        if data is None:
            raise BundleRejected(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} could not be opened: it is damaged, or it belongs to another school "
                    "or was made with another school key.",
                ),
                name=name,
            )
        yield data
        counter += 1
        if last:
            if handle.read(1):
                raise damaged(name)  # something appended after the last chunk
            return


@dataclass
class OpenedBundle:
    header: Header
    manifest: dict[str, Any]
    path: Path
    school_key: bytes
    count: int
    digest: bytes

    def rows(self) -> Iterator[dict[str, Any]]:
        """The rows, decrypted again as they are read: memory stays one chunk deep. The rows
        are hashed again, so a file changed since it was checked fails at the end (and the
        import's transaction with it)."""
        name = self.path.name
        with self.path.open("rb") as handle:
            read_header(handle, name)
            parts = _Parts(_lines(_body(handle, self.header, self.school_key, name), name))
            for line in parts.rows():
                try:
                    row = orjson.loads(line)
                except (ValueError, RecursionError) as error:  # Recursion: deep nesting
                    raise damaged(name) from error
                if not isinstance(row, dict):
                    raise damaged(name)
                yield row
        if parts.digest.digest() != self.digest:
            raise damaged(name)


class _Parts:
    """A body's lines: the manifest first, then the rows (hashed and counted as they pass,
    a chunk's lines at once), and the signed trailer, which is known only once the lines
    end. `lines` gives the complete lines of each chunk, as a list."""

    def __init__(self, lines: Iterator[list[bytes]]) -> None:
        self._lines = lines
        self.manifest: bytes | None = None
        self._first: list[bytes] = []
        for batch in lines:
            if batch:
                self.manifest, *self._first = batch
                break
        self.trailer: bytes | None = None
        self.count = 0
        self.digest = hashlib.sha256()

    def rows(self) -> Iterator[bytes]:
        previous: list[bytes] = []  # the last line so far: the trailer, if no line follows
        for batch in chain([self._first], self._lines):
            if not batch:
                continue
            *rows, last = previous + batch
            previous = [last]
            if rows:
                self.digest.update(b"\n".join(rows) + b"\n")
                self.count += len(rows)
                yield from rows
        self.trailer = previous[0] if previous else None


def _body(handle: BinaryIO, header: Header, school_key: bytes, name: str) -> Iterator[bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    prefix = handle.read(4)
    if len(prefix) != 4:
        raise damaged(name)
    cipher = AESGCM(_body_key(school_key, header.bundle_id))
    yield from _chunks(handle, cipher, header.encode(), prefix, name)


def _lines(chunks: Iterator[bytes], name: str) -> Iterator[list[bytes]]:
    """The complete lines of the chunks, a chunk's at a time (a line may span chunks)."""
    pending = b""
    for chunk in chunks:
        pending += chunk
        if len(pending) > MAX_LINE and b"\n" not in pending:
            raise damaged(name)
        *complete, pending = pending.split(b"\n")
        yield complete
    if pending:
        raise damaged(name)


def open_bundle(
    path: Path, school_id: str, school_key: bytes | Callable[[Header], bytes], public_key_of
) -> OpenedBundle:
    """Check the whole bundle before anything is used: the header, every chunk, the end, and
    the manifest's signature by the sending laptop (`public_key_of(header, manifest, name)`
    gives its Ed25519 public key, None for a laptop that is not a member, or raises for one
    that was removed). `school_key` may be a function of the header (which key sealed it)."""
    from cryptography.exceptions import InvalidSignature

    name = path.name
    with path.open("rb") as handle:
        header = read_header(handle, name)
        if header.school_id != school_id:
            raise BundleRejected(
                QT_TRANSLATE_NOOP("errors", "{name} belongs to another school."), name=name
            )
        key = school_key(header) if callable(school_key) else school_key
        # Everything is only authenticated here; it is parsed once all of it has been.
        parts = _Parts(_lines(_body(handle, header, key, name), name))
        for _line in parts.rows():
            pass
    count, digest = parts.count, parts.digest
    try:
        manifest = json.loads(parts.manifest or b"")["manifest"]
        trailer = json.loads(parts.trailer or b"")
        signature = bytes.fromhex(trailer["signature"])
        if trailer["rows"] != count or trailer["sha256"] != digest.hexdigest():
            raise ValueError("rows do not match the trailer")
    except (ValueError, KeyError, TypeError, RecursionError) as error:
        raise damaged(name) from error
    if not isinstance(manifest, dict):
        raise damaged(name)
    public_key = public_key_of(header, manifest, name)
    if public_key is None:
        raise BundleRejected(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} comes from a laptop that is not, or no longer, part of this school.",
            ),
            name=name,
        )
    try:
        public_key.verify(
            signature, _signed(header.encode(), canonical_json(manifest), count, digest.digest())
        )
    except InvalidSignature as error:
        raise BundleRejected(
            QT_TRANSLATE_NOOP("errors", "{name} is not signed by the laptop it names."), name=name
        ) from error
    return OpenedBundle(header, manifest, path, key, count, digest.digest())


def write_bundle_file(
    path: Path,
    header: Header,
    school_key: bytes,
    signing_key,
    manifest: dict[str, Any],
    rows: Iterable[dict[str, Any]],
) -> int:
    """Write safely to a USB stick: a temporary name, flushed to the stick, renamed, then
    opened again and checked whole. The stick never holds a file that looks like a bundle
    but is not one."""
    with in_progress(path.with_name(path.name + ".partial")) as partial:
        with partial.open("wb") as handle:
            count = write_bundle(handle, header, school_key, signing_key, manifest, rows)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    public = signing_key.public_key()
    try:  # read back whole: every chunk decrypted, the rows hashed and counted, signed
        opened = open_bundle(path, header.school_id, school_key, lambda *_: public)
        if opened.count != count:
            raise damaged(path.name)
    except BundleRejected:
        path.unlink(missing_ok=True)
        raise
    return count
