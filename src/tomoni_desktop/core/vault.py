"""Secrets this computer keeps (the laptop's signing key, the school key, the office's key)
sealed under a vault key that only a person can release: each profile's PIN seals a copy of
it, and so does the recovery code printed once at setup. A copy of the database file alone
opens none of them.

Until the first profile is made, a computer has no vault and keeps its secrets as before;
making the first profile seals every one of them (SECRET_SETTINGS).
"""

from __future__ import annotations

import os

from sqlalchemy import Connection

from tomoni_desktop.core import access
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.sealing import WrongSecret, seal, unseal
from tomoni_desktop.core.settings import read_setting, write_setting

VAULT_SETTING = "vault"  # "on" once the secrets are sealed
SEALED = "sealed:"
SECRET_SETTINGS = ("sync_identity",)
LABEL = b"tomoni vault"


class Locked(TomoniError):
    """A sealed secret is needed and nobody is signed in."""


def new_vault_key() -> bytes:
    return os.urandom(32)


def is_on(connection: Connection) -> bool:
    return read_setting(connection, VAULT_SETTING) == "on"


def _key(connection: Connection) -> bytes:
    actor = access.acting(connection)
    if actor is None:
        raise Locked(
            QT_TRANSLATE_NOOP(
                "errors", "Sign in first: this computer keeps the school's keys locked."
            )
        )
    return actor.vault_key


def read_secret(connection: Connection, key: str) -> str | None:
    value = read_setting(connection, key)
    if value is None or not value.startswith(SEALED):
        return value
    try:
        return unseal(_key(connection), value[len(SEALED) :], LABEL + key.encode()).decode()
    except WrongSecret:
        raise Locked(
            QT_TRANSLATE_NOOP(
                "errors",
                "The school's keys on this computer do not open for the person signed in; "
                "sign in again.",
            )
        ) from None


def write_secret(connection: Connection, key: str, value: str) -> None:
    if is_on(connection):
        value = SEALED + seal(_key(connection), value.encode(), LABEL + key.encode())
    write_setting(connection, key, value)


def turn_on(connection: Connection) -> None:
    """Seal every secret kept in clear; the signed-in person's vault key seals them."""
    clear = {key: read_setting(connection, key) for key in SECRET_SETTINGS}
    write_setting(connection, VAULT_SETTING, "on")
    for key, value in clear.items():
        if value is not None and not value.startswith(SEALED):
            write_secret(connection, key, value)
