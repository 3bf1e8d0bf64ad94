"""Who this database is in its school's sync: the office, a laptop that joined, or neither.

Each installation that joins is a *member*: an id, a name a person recognises ("Laptop Bu
Sari"), an Ed25519 signing key, and a certificate of both signed by the office. A bundle
carries its sender's certificate, so every member can check every other without a list of
keys; the office's signed list of removed members travels in every bundle too.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from tomoni_desktop.core import vault
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError, ValidationError
from tomoni_desktop.core.settings import read_setting, write_setting
from tomoni_desktop.sync import keys
from tomoni_desktop.sync.bundle import BundleRejected, Header
from tomoni_desktop.sync.canonical import canonical_json
from tomoni_desktop.sync.peers import LAPTOP, OFFICE, add_peer

IDENTITY_KEY = "sync_identity"
REMOVED_KEY = "sync_removed"
OFFICE_NAME = ""  # the office is named by its role, in the reader's language
MAX_NAME = 60


class SenderRemoved(BundleRejected):
    """The bundle's laptop was removed from the school by the office."""


class SyncSetupError(TomoniError):
    """Joining, inviting or removing could not be done; nothing was changed."""


@dataclass(frozen=True)
class Identity:
    school_id: str
    school_name: str
    school_key: bytes = field(repr=False)
    office_public: bytes
    office_member: str
    member_id: str
    name: str
    role: str
    private_key: bytes = field(repr=False)  # raw Ed25519; secrets never reach a log
    certificate: dict = field(repr=False)
    office_private: bytes | None = field(default=None, repr=False)  # the office only
    passphrase_check: dict | None = field(default=None, repr=False)  # office: scrypt of it

    @property
    def is_office(self) -> bool:
        return self.role == OFFICE

    def signing_key(self):
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.private_key)

    def to_json(self) -> str:
        values = {
            key: (value.hex() if isinstance(value, bytes) else value)
            for key, value in self.__dict__.items()
        }
        return json.dumps(values, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Identity:
        values = json.loads(text)
        for key in ("school_key", "office_public", "private_key", "office_private"):
            if values.get(key) is not None:
                values[key] = bytes.fromhex(values[key])
        return cls(**values)


def load_identity(connection: Connection) -> Identity | None:
    text = vault.read_secret(connection, IDENTITY_KEY)
    return Identity.from_json(text) if text else None


def require_identity(connection: Connection) -> Identity:
    identity = load_identity(connection)
    if identity is None:
        raise SyncSetupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer has not joined a school's sync yet. Make it the office computer, "
                "or join with a join file from the office.",
            )
        )
    return identity


def _raw_public(private) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(private) -> bytes:
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    return private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _certify(office_private, school_id: str, member: str, name: str, role: str, public: bytes):
    body = {
        "school_id": school_id,
        "member": member,
        "name": name,
        "role": role,
        "public": public.hex(),
    }
    return {**body, "signature": office_private.sign(canonical_json(body)).hex()}


def check_certificate(office_public: bytes, school_id: str, certificate: Any) -> dict:
    """The certificate's body if the office signed it for this school; else ValueError."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        body = {k: certificate[k] for k in ("school_id", "member", "name", "role", "public")}
        if body["school_id"] != school_id or not all(isinstance(v, str) for v in body.values()):
            raise ValueError("another school")
        Ed25519PublicKey.from_public_bytes(office_public).verify(
            bytes.fromhex(certificate["signature"]), canonical_json(body)
        )
    except (KeyError, TypeError, ValueError, InvalidSignature) as error:
        raise ValueError("certificate") from error
    return body


def _member_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Give the laptop a name of 1 to {most} characters, such as its owner's."
            ),
            field="name",
            most=MAX_NAME,
        )
    return name


def _passphrase_digest(passphrase: str, salt: bytes) -> bytes:
    return keys.passphrase_key(passphrase, salt, **keys.SCRYPT)


def init_school(
    connection: Connection, school_id: str, school_name: str, passphrase: str
) -> Identity:
    """Make this computer the office: the school's keys, and the office as first member."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if load_identity(connection) is not None:
        raise SyncSetupError(
            QT_TRANSLATE_NOOP("errors", "This computer already takes part in a school's sync.")
        )
    keys.check_passphrase(passphrase)
    secrets, office_private = keys.new_school_secrets(school_id, school_name)
    member = uuid.uuid4().hex
    signing = Ed25519PrivateKey.generate()
    salt = os.urandom(16)
    identity = Identity(
        school_id=school_id,
        school_name=school_name,
        school_key=secrets.school_key,
        office_public=secrets.office_public_key,
        office_member=member,
        member_id=member,
        name=OFFICE_NAME,
        role=OFFICE,
        private_key=_raw_private(signing),
        certificate=_certify(
            office_private, school_id, member, OFFICE_NAME, OFFICE, _raw_public(signing)
        ),
        office_private=_raw_private(office_private),
        passphrase_check={
            "salt": salt.hex(),
            "digest": _passphrase_digest(passphrase, salt).hex(),
        },
    )
    vault.write_secret(connection, IDENTITY_KEY, identity.to_json())
    add_peer(connection, member, OFFICE_NAME, OFFICE)
    return identity


def _office_key(identity: Identity):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if not identity.is_office or identity.office_private is None:
        raise SyncSetupError(QT_TRANSLATE_NOOP("errors", "Only the office computer can do this."))
    return Ed25519PrivateKey.from_private_bytes(identity.office_private)


def invite(connection: Connection, path: Path, passphrase: str, name: str) -> str:
    """A join file for a new laptop, sealed with the school passphrase; returns its member id."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    identity = require_identity(connection)
    office = _office_key(identity)
    name = _member_name(name)
    check = identity.passphrase_check or {}
    expected = bytes.fromhex(check.get("digest", ""))
    if not hmac.compare_digest(
        _passphrase_digest(passphrase, bytes.fromhex(check.get("salt", ""))), expected
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "That is not the school passphrase set on this office computer."
            ),
            field="passphrase",
        )
    member = uuid.uuid4().hex
    signing = Ed25519PrivateKey.generate()
    secrets = keys.SchoolSecrets(
        identity.school_id,
        identity.school_name,
        identity.school_key,
        identity.office_public,
        {
            "member": member,
            "name": name,
            "office_member": identity.office_member,
            "private_key": _raw_private(signing).hex(),
            "certificate": _certify(
                office, identity.school_id, member, name, LAPTOP, _raw_public(signing)
            ),
        },
    )
    keys.write_join_file(path, secrets, passphrase)
    add_peer(connection, member, name, LAPTOP)
    return member


def join(
    connection: Connection, path: Path, passphrase: str, own_school_id: str | None
) -> Identity:
    """Take the school's keys and this laptop's membership from a join file."""
    if load_identity(connection) is not None:
        raise SyncSetupError(
            QT_TRANSLATE_NOOP("errors", "This computer already takes part in a school's sync.")
        )
    secrets = keys.read_join_file(path, passphrase)
    if own_school_id is not None and own_school_id.replace("-", "") != secrets.school_id.replace(
        "-", ""
    ):
        raise SyncSetupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is for {school}, but this laptop's data belongs to another school.",
            ),
            name=path.name,
            school=secrets.school_name,
        )
    member = secrets.member or {}
    try:
        check_certificate(secrets.office_public_key, secrets.school_id, member.get("certificate"))
    except ValueError as error:
        raise keys.JoinRefused(
            QT_TRANSLATE_NOOP("errors", "{name} is not a Tomoni join file, or it is damaged."),
            name=path.name,
        ) from error
    identity = Identity(
        school_id=secrets.school_id,
        school_name=secrets.school_name,
        school_key=secrets.school_key,
        office_public=secrets.office_public_key,
        office_member=member["office_member"],
        member_id=member["member"],
        name=member["name"],
        role=LAPTOP,
        private_key=bytes.fromhex(member["private_key"]),
        certificate=member["certificate"],
    )
    vault.write_secret(connection, IDENTITY_KEY, identity.to_json())
    add_peer(connection, identity.office_member, OFFICE_NAME, OFFICE)
    return identity


# ---------------------------------------------------------------- removed members


def removed_document(connection: Connection) -> dict | None:
    text = read_setting(connection, REMOVED_KEY)
    return json.loads(text) if text else None


def removed_members(connection: Connection) -> set[str]:
    document = removed_document(connection)
    return set(document["removed"]) if document else set()


def is_removed(connection: Connection, identity: Identity | None) -> bool:
    """This computer's own membership was ended by the office."""
    return identity is not None and identity.member_id in removed_members(connection)


def revoke(connection: Connection, member: str) -> dict:
    """The office removes a member for good; the signed list goes out in every bundle."""
    identity = require_identity(connection)
    office = _office_key(identity)
    if member == identity.member_id:
        raise SyncSetupError(
            QT_TRANSLATE_NOOP("errors", "The office computer cannot remove itself.")
        )
    document = keys.sign_removed(
        office, identity.school_id, sorted(removed_members(connection) | {member})
    )
    write_setting(connection, REMOVED_KEY, json.dumps(document, sort_keys=True))
    return document


def take_removed(connection: Connection, identity: Identity, document: Any) -> None:
    """Keep a removed list that arrived in a bundle, if the office signed it and it adds."""
    if document is None:
        return
    removed = set(keys.verify_removed(identity.office_public, identity.school_id, document))
    if removed > removed_members(connection):  # the office's list only ever grows
        write_setting(connection, REMOVED_KEY, json.dumps(document, sort_keys=True))


def sender_checker(identity: Identity, removed: set[str]):
    """For `open_bundle`: the sender's public key, from its certificate, unless removed."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    def public_key_of(header: Header, manifest: dict, name: str):
        listed = set(removed)
        document = manifest.get("removed") if isinstance(manifest, dict) else None
        if document is not None:
            # A list the office did not sign adds nothing.
            with contextlib.suppress(TomoniError):
                listed |= set(
                    keys.verify_removed(identity.office_public, identity.school_id, document)
                )
        if header.sender in listed:
            raise SenderRemoved(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} comes from a laptop that the office removed from this school; it was "
                    "not imported.",
                ),
                name=name,
            )
        try:
            body = check_certificate(
                identity.office_public, identity.school_id, manifest.get("certificate")
            )
        except (ValueError, AttributeError):
            return None
        if body["member"] != header.sender:
            return None
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(body["public"]))

    return public_key_of
