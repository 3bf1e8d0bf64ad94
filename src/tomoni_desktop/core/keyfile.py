"""The key file beside a database whose people sign in (`NAME.sqlite3.keys`).

The database file is encrypted with the vault key (SQLCipher), so what must be read before
it opens lives here: who can sign in (name and role), the key sealed by each one's PIN, the
waits after wrong PINs, and the key sealed by the recovery code. The key is never on disk in
clear. Written whole or not at all, owner-only. The database holds the same seals
(profiles.pin, the recovery setting), so a lost key file is rebuilt from an open database.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, DatabaseError
from tomoni_desktop.core.sealing import WrongSecret, open_with_secret

SUFFIX = ".keys"
FORMAT = 1
PIN_LABEL = b"tomoni pin"
RECOVERY_LABEL = b"tomoni recovery"
FREE_TRIES = 3  # wrong PINs before the first wait
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(minutes=15)


def key_file(database: Path) -> Path:
    return Path(database).with_name(Path(database).name + SUFFIX)


@dataclass(frozen=True)
class Unlocked:
    """A PIN tried: the key when right; else the tries left before a wait, or its end."""

    key: bytes | None = None
    tries_left: int = 0
    blocked_until: datetime | None = None


def _damaged(path: Path) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The key file {path} is damaged: sign-in cannot open the database. Put back the "
            "key file kept beside a backup, or restore the backup.",
        ),
        path=path.name,
    )


def read(database: Path) -> dict | None:
    """The key file's contents; None where there is none (nobody signs in here)."""
    path = key_file(database)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise _damaged(path) from error
    try:
        found = json.loads(text)
        if found.get("format") != FORMAT or not isinstance(found.get("slots"), dict):
            raise ValueError("not a key file")
    except (ValueError, AttributeError) as error:
        raise _damaged(path) from error
    return found


def write(database: Path, contents: dict) -> None:
    from tomoni_desktop.core.files import make_private

    path = key_file(database)
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(contents, handle, sort_keys=True, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        make_private(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def copy(source_database: Path, target_database: Path) -> None:
    """The key file follows a copy of the database (a backup, a restore)."""
    source = key_file(source_database)
    target = key_file(target_database)
    if source.exists():
        shutil.copyfile(source, target)
    else:
        target.unlink(missing_ok=True)


def contents_of(slots: dict, recovery: dict) -> dict:
    """A key file from the seals the database keeps (name, role, sealed key per person)."""
    return {
        "format": FORMAT,
        "cipher": "sqlcipher",
        "slots": {pid: {**slot, "failed": 0, "blocked_until": ""} for pid, slot in slots.items()},
        "recovery": recovery,
    }


def people(database: Path) -> list[tuple[str, str, str]]:
    """(profile id, name, role) of everyone who can sign in, by name; read without a key."""
    contents = read(database) or {"slots": {}}
    return sorted(
        (
            (pid, str(slot.get("name", "")), str(slot.get("role", "")))
            for pid, slot in contents["slots"].items()
        ),
        key=lambda item: item[1].casefold(),
    )


def _wait_after(failed: int) -> timedelta:
    if failed < FREE_TRIES:
        return timedelta(0)
    return min(FIRST_WAIT * 2 ** (failed - FREE_TRIES), LONGEST_WAIT)


def waits(database: Path) -> dict[str, datetime]:
    """Until when each person must wait after wrong PINs (only those who must), read once."""
    slots = (read(database) or {}).get("slots") or {}
    return {
        pid: datetime.fromisoformat(slot["blocked_until"])
        for pid, slot in slots.items()
        if slot.get("blocked_until")
    }


def unlock(database: Path, profile_id: str, pin: str, now: datetime) -> Unlocked:
    """Try a PIN. A wrong one is written to the key file at once (whatever happens to the
    database), so the next try waits longer."""
    contents = read(database)
    slot = (contents or {}).get("slots", {}).get(profile_id)
    if contents is None or slot is None:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "That person is no longer on this computer.")
        )
    until = slot.get("blocked_until") or ""
    if until and datetime.fromisoformat(until) > now:
        return Unlocked(blocked_until=datetime.fromisoformat(until))
    try:
        key = open_with_secret(slot["pin"], pin, PIN_LABEL)
    except WrongSecret:
        slot["failed"] = int(slot.get("failed", 0)) + 1
        wait = _wait_after(slot["failed"])
        slot["blocked_until"] = (now + wait).isoformat() if wait else ""
        write(database, contents)
        if wait:
            return Unlocked(blocked_until=now + wait)
        return Unlocked(tries_left=FREE_TRIES - slot["failed"])
    except (KeyError, ValueError, TypeError) as error:
        raise _damaged(key_file(database)) from error
    if slot.get("failed") or slot.get("blocked_until"):
        slot["failed"], slot["blocked_until"] = 0, ""
        write(database, contents)
    return Unlocked(key=key)


def typed_code(code: str) -> str:
    """A recovery code as it was made (XXXXX-XXXXX-…), from any case, dashes or spaces."""
    typed = "".join(c for c in code.upper() if c.isalnum())
    return "-".join(typed[i : i + 5] for i in range(0, len(typed), 5))


def open_with_recovery(database: Path, code: str) -> bytes:
    """The key from the recovery code, typed in any case, with or without its dashes;
    WrongSecret if it is not the code."""
    contents = read(database) or {}
    try:
        return open_with_secret(contents["recovery"], typed_code(code), RECOVERY_LABEL)
    except (KeyError, TypeError, ValueError):
        raise WrongSecret() from None
