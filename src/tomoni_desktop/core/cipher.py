"""The database file encrypted with SQLCipher: which key opens which file in this process,
raw connections that use it, and encrypting a plain file in place.

The key is the vault key a person's PIN releases (services/school/profiles.py); it is kept
in memory only, per file, from sign-in until the process ends. A file without a key here is
opened plain, as before sign-in existed.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
_KEYS: dict[str, bytes] = {}


def _name(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def remember(path: Path, key: bytes) -> None:
    _KEYS[_name(path)] = key


def forget(path: Path) -> None:
    _KEYS.pop(_name(path), None)


def forget_all() -> None:
    _KEYS.clear()


def key_of(path: Path) -> bytes | None:
    return _KEYS.get(_name(path))


def pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""  # a raw key: no slow derivation at each open


def is_plain(path: Path) -> bool:
    """A missing, empty or ordinary SQLite file (readable without a key)."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return True
    return not head or head == SQLITE_MAGIC


def connect(path: Path, read_only: bool = False, key: bytes | None = None):
    """A DB-API connection to `path`: SQLCipher with its key when one is known (or given),
    else plain sqlite3."""
    key = key if key is not None else key_of(path)
    target = f"file:{path}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only)
    import sqlcipher3.dbapi2 as sqlcipher

    connection = sqlcipher.connect(target, uri=read_only)
    connection.execute(pragma(key))
    return connection


def dbapi():
    import sqlcipher3.dbapi2 as sqlcipher

    return sqlcipher


def encrypt_in_place(path: Path, key: bytes, application_id: int) -> None:
    """Replace a plain database file by its encrypted copy (the caller closed every
    connection and emptied the WAL). A failure leaves the plain file as it was."""
    from tomoni_desktop.core.files import make_private

    sqlcipher = dbapi()
    path = Path(path)
    target = path.with_name(path.name + ".encrypting")
    target.unlink(missing_ok=True)
    quoted = str(target).replace("'", "''")
    connection = sqlcipher.connect(str(path))
    try:
        connection.execute(f"ATTACH DATABASE '{quoted}' AS secret KEY \"x'{key.hex()}'\"")
        connection.execute("SELECT sqlcipher_export('secret')")
        connection.execute(f"PRAGMA secret.application_id = {application_id}")
        connection.execute("DETACH DATABASE secret")
    finally:
        connection.close()
    try:
        make_private(target)
        with target.open("rb+") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        target.replace(path)
    finally:
        target.unlink(missing_ok=True)
    remember(path, key)
