"""The two doors of sign-in, for the screen and the CLI: one in front of an open database
(the idle lock, a person changing), and one in front of an encrypted file not yet open (the
app's start). Each checks a PIN or the recovery code; on success the database acts as that
person, or its key is known to this process so the file can open."""

from __future__ import annotations

from datetime import UTC, datetime

from tomoni_desktop.core import cipher, keyfile
from tomoni_desktop.core.access import Actor
from tomoni_desktop.core.database import Database
from tomoni_desktop.core.models import ProfileRole
from tomoni_desktop.core.sealing import WrongSecret
from tomoni_desktop.core.unit_of_work import run_unit
from tomoni_desktop.services.school import profiles
from tomoni_desktop.services.school.profiles import ProfileRow, SignedIn


class OpenDoor:
    """In front of an open database."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def people(self) -> list[ProfileRow]:
        return run_unit(self.database, profiles.profiles_of).result

    def check(self, profile_id: str, pin: str) -> SignedIn:
        signed = run_unit(self.database, lambda uow: profiles.sign_in(uow, profile_id, pin)).result
        if signed.actor is not None:
            self._enter(signed.actor)
        return signed

    def hint(self) -> str | None:
        return run_unit(self.database, profiles.sign_in_hint).result

    def recover(self, profile_id: str, code: str, pin: str, again: str) -> Actor:
        actor = run_unit(
            self.database, lambda uow: profiles.recover(uow, code, profile_id, pin, again)
        ).result
        self._enter(actor)
        return actor

    def _enter(self, actor: Actor) -> None:
        self.database.actor = actor  # on the worker: the next unit is this person's
        profiles.encrypt_database(self.database, actor.vault_key)  # one set up before


class LockedDoor:
    """In front of an encrypted file: the key file alone can be read."""

    def __init__(self, path) -> None:
        self.path = path

    def people(self) -> list[ProfileRow]:
        waits = keyfile.waits(self.path)
        return [
            ProfileRow(
                pid,
                name,
                ProfileRole(role) if role in ProfileRole._value2member_map_ else ProfileRole.OFFICE,
                None,
                "",
                waits.get(pid),
            )
            for pid, name, role in keyfile.people(self.path)
        ]

    def _provisional(self, profile_id: str, key: bytes) -> Actor:
        """The person as the key file knows them; the database, once open, says the rest."""
        row = next(p for p in self.people() if p.id == profile_id)
        return Actor(row.id, row.name, row.role, None, key)

    def check(self, profile_id: str, pin: str) -> SignedIn:
        unlocked = keyfile.unlock(self.path, profile_id, pin, datetime.now(UTC))
        if unlocked.key is None:
            return SignedIn(tries_left=unlocked.tries_left, blocked_until=unlocked.blocked_until)
        cipher.remember(self.path, unlocked.key)
        return SignedIn(actor=self._provisional(profile_id, unlocked.key))

    def hint(self) -> str | None:
        return (keyfile.read(self.path) or {}).get("hint")

    def recover(self, profile_id: str, code: str, pin: str, again: str) -> Actor:
        try:
            key = keyfile.open_with_recovery(self.path, code)
        except WrongSecret:
            key = None
        if key is not None:
            cipher.remember(self.path, key)
        database = Database.open(self.path)
        try:  # the same checks and words as in front of an open database
            return OpenDoor(database).recover(profile_id, code, pin, again)
        finally:
            database.close()


def actor_in(database: Database, actor: Actor) -> Actor:
    """The person who opened the file, as the open database knows them (their teacher)."""
    return run_unit(
        database, lambda uow: profiles.actor_of(uow, actor.profile_id, actor.vault_key)
    ).result
