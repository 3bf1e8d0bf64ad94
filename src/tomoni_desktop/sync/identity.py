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
from dataclasses import dataclass, field, replace
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
BOX_KEYS = "sync_box_keys"  # JSON: member -> X25519 public key (hex), as the office learnt them
ENVELOPE_KEY = "sync_key_envelope"  # the office's signed envelope of the newest school key
OFFICE_NAME = ""  # the office is named by its role, in the reader's language
MAX_NAME = 60


class SenderRemoved(BundleRejected):
    """The bundle's laptop was removed from the school by the office."""


class ThisLaptopRemoved(BundleRejected):
    """A bundle sealed after the office removed this laptop: it reads nothing more."""

    def __init__(self, document: dict) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The office removed this laptop from the school: it can no longer read the "
                "school's bundles or write its own.",
            )
        )
        self.document = document


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
    # X25519: the office seals a new school key to it when it removes a laptop.
    box_private: bytes | None = field(default=None, repr=False)
    key_generation: int = 0  # which school key `school_key` is (0: the join file's)
    older_keys: dict = field(default_factory=dict, repr=False)  # generation: key (hex)

    def key_of(self, generation: int) -> bytes | None:
        if generation == self.key_generation:
            return self.school_key
        older = self.older_keys.get(str(generation))
        return bytes.fromhex(older) if older else None

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
        for key in ("school_key", "office_public", "private_key", "office_private", "box_private"):
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
    box_private, box_public = keys.new_box_key()
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
            "box_private": box_private.hex(),
            "key_generation": identity.key_generation,
        },
    )
    keys.write_join_file(path, secrets, passphrase)
    add_peer(connection, member, name, LAPTOP)
    remember_box(connection, member, box_public.hex())
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
        box_private=bytes.fromhex(member["box_private"]) if member.get("box_private") else None,
        key_generation=int(member.get("key_generation", 0)),
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
    removed = removed_members(connection) | {member}
    document = keys.sign_removed(office, identity.school_id, sorted(removed))
    write_setting(connection, REMOVED_KEY, json.dumps(document, sort_keys=True))
    _new_school_key(connection, identity, office, removed)
    return document


def _new_school_key(connection: Connection, identity: Identity, office, removed: set[str]) -> None:
    """After a removal: a new school key for every later bundle, sealed to each remaining
    member whose X25519 key the office knows; the removed laptop reads nothing after this."""
    import os

    generation = identity.key_generation + 1
    new_key = os.urandom(32)
    remaining = {
        member: bytes.fromhex(public)
        for member, public in boxes_known(connection).items()
        if member not in removed and member != identity.member_id
    }
    document = removed_document(connection) or {}
    envelope = keys.seal_school_key(
        office, identity.school_id, generation, new_key, remaining, document
    )
    write_setting(connection, ENVELOPE_KEY, json.dumps(envelope, sort_keys=True))
    _keep_key(connection, identity, generation, new_key)


def _keep_key(connection: Connection, identity: Identity, generation: int, key: bytes) -> Identity:
    older = {**identity.older_keys, str(identity.key_generation): identity.school_key.hex()}
    updated = replace(identity, school_key=key, key_generation=generation, older_keys=older)
    vault.write_secret(connection, IDENTITY_KEY, updated.to_json())
    return updated


def boxes_known(connection: Connection) -> dict[str, str]:
    text = read_setting(connection, BOX_KEYS)
    return json.loads(text) if text else {}


def remember_box(connection: Connection, member: str, public: Any) -> None:
    """A member's X25519 public key, from its invitation or from its own bundles."""
    if not isinstance(public, str) or len(public) != 64:
        return
    try:
        bytes.fromhex(public)
    except ValueError:
        return
    known = boxes_known(connection)
    if known.get(member) != public:
        known[member] = public
        write_setting(connection, BOX_KEYS, json.dumps(known, sort_keys=True))


def with_box_key(connection: Connection, identity: Identity) -> Identity:
    """A member that joined before keys could change gets its X25519 key now; its public
    half goes out in its next bundle's manifest."""
    if identity.box_private is not None or identity.is_office:
        return identity
    private, _public = keys.new_box_key()
    updated = replace(identity, box_private=private)
    vault.write_secret(connection, IDENTITY_KEY, updated.to_json())
    return updated


def key_envelope(connection: Connection) -> dict | None:
    text = read_setting(connection, ENVELOPE_KEY)
    return json.loads(text) if text else None


def school_key_for(connection: Connection, identity: Identity, header: Header, name: str) -> bytes:
    """The key that sealed a bundle: one this member has, or the newer one the bundle's
    envelope seals to it (kept, with the envelope to pass on)."""
    known = identity.key_of(header.key)
    if known is not None:
        return known
    if header.key > identity.key_generation and header.envelope and identity.box_private:
        opened = keys.open_school_key(
            identity.office_public,
            identity.school_id,
            header.envelope,
            identity.member_id,
            identity.box_private,
        )
        if opened is not None and opened[0] == header.key:
            _keep_key(connection, identity, opened[0], opened[1])
            write_setting(connection, ENVELOPE_KEY, json.dumps(header.envelope, sort_keys=True))
            return opened[1]
        document = header.envelope.get("removed")  # checked with the envelope's signature
        if isinstance(document, dict) and identity.member_id in keys.verify_removed(
            identity.office_public, identity.school_id, document
        ):
            raise ThisLaptopRemoved(document)
    raise BundleRejected(
        QT_TRANSLATE_NOOP(
            "errors",
            "{name} is sealed with a school key this laptop was not given: the office changed "
            "the key when it removed a laptop. If this laptop was not removed, ask the office "
            "for a new join file.",
        ),
        name=name,
    )


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
