"""The school's keys, how a laptop receives them, and the signed list of removed laptops.

The office makes a school key (it encrypts every bundle of the school) and an office signing key
(it signs the list of removed laptops). A laptop joins with a join file, in which the school key
is sealed with the school passphrase (scrypt, then AES-256-GCM): the file alone, found on a stick,
opens nothing. The passphrase itself is never stored or printed.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError, ValidationError
from tomoni_desktop.core.sealing import (
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    check_scrypt_costs,
    scrypt_key,
)
from tomoni_desktop.sync.canonical import canonical_json

JOIN_FORMAT = 1
SCRYPT = {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}  # core/sealing.py's costs
MIN_PASSPHRASE = 10


class JoinRefused(TomoniError):
    """The join file cannot be used: nothing was changed on this laptop."""


@dataclass(frozen=True)
class SchoolSecrets:
    school_id: str
    school_name: str
    school_key: bytes = field(repr=False)  # 32 bytes
    office_public_key: bytes  # raw Ed25519 public key of the office
    member: dict | None = field(
        default=None, repr=False
    )  # the invited laptop: its id, name, signing key and certificate


def new_school_secrets(school_id: str, school_name: str):
    """For the office: the school's keys, and the office's private signing key to keep."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    office = Ed25519PrivateKey.generate()
    public = office.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return SchoolSecrets(school_id, school_name, os.urandom(32), public), office


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The school passphrase needs at least {least} characters; a short sentence is easy to remember.",
            ),
            field="passphrase",
            least=MIN_PASSPHRASE,
        )


def passphrase_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return scrypt_key(passphrase, salt, n, r, p)


def write_join_file(path: Path, secrets: SchoolSecrets, passphrase: str) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    key = passphrase_key(passphrase, salt, **SCRYPT)
    member = json.dumps(secrets.member).encode() if secrets.member else b""
    sealed = AESGCM(key).encrypt(
        nonce, secrets.school_key + secrets.office_public_key + member, secrets.school_id.encode()
    )
    document = {
        "format": JOIN_FORMAT,
        "kind": "tomoni-join",
        "school_id": secrets.school_id,
        "school_name": secrets.school_name,
        "kdf": {"name": "scrypt", **SCRYPT, "salt": salt.hex()},
        "nonce": nonce.hex(),
        "sealed": sealed.hex(),
    }
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(document, indent=1), encoding="utf-8")
    partial.replace(path)


def read_join_file(path: Path, passphrase: str) -> SchoolSecrets:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if document.get("kind") != "tomoni-join":
            raise ValueError("not a join file")
        if document.get("format") != JOIN_FORMAT:
            raise JoinRefused(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} was made by a newer version of Tomoni Desktop; update this laptop.",
                ),
                name=path.name,
            )
        kdf = document["kdf"]
        if kdf.get("name") != "scrypt":
            raise ValueError("unexpected key derivation")
        check_scrypt_costs(kdf["n"], kdf["r"], kdf["p"])  # a crafted file asked for 2 GiB
        school_id = str(uuid.UUID(document["school_id"]))
        salt = bytes.fromhex(kdf["salt"])
        nonce, sealed = bytes.fromhex(document["nonce"]), bytes.fromhex(document["sealed"])
        name = str(document["school_name"])
    except JoinRefused:
        raise
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise JoinRefused(
            QT_TRANSLATE_NOOP("errors", "{name} is not a Tomoni join file, or it is damaged."),
            name=path.name,
        ) from error
    key = passphrase_key(passphrase, salt, kdf["n"], kdf["r"], kdf["p"])
    try:
        opened = AESGCM(key).decrypt(nonce, sealed, school_id.encode())
    except InvalidTag as error:
        raise JoinRefused(
            QT_TRANSLATE_NOOP("errors", "The school passphrase is not right for {name}."),
            name=path.name,
        ) from error
    member = json.loads(opened[64:]) if len(opened) > 64 else None
    return SchoolSecrets(school_id, name, opened[:32], opened[32:64], member)


def sign_removed(office_private_key, school_id: str, removed: list[str]) -> dict:
    """The list of removed laptops, signed by the office; it travels in every bundle."""
    body = {"school_id": school_id, "removed": sorted(set(removed))}
    payload = canonical_json(body)
    return {**body, "signature": office_private_key.sign(payload).hex()}


def verify_removed(office_public_key: bytes, school_id: str, document: dict) -> list[str]:
    """The removed laptops, if the office signed this list for this school; else a refusal."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        body = {"school_id": document["school_id"], "removed": list(document["removed"])}
        signature = bytes.fromhex(document["signature"])
        if body["school_id"] != school_id:
            raise ValueError("another school's list")
        payload = canonical_json(body)
        Ed25519PublicKey.from_public_bytes(office_public_key).verify(signature, payload)
    except (KeyError, TypeError, ValueError, InvalidSignature) as error:
        raise TomoniError(
            QT_TRANSLATE_NOOP(
                "errors", "The list of removed laptops is not signed by this school's office."
            )
        ) from error
    return body["removed"]


# ---------------------------------------------------------------- a new school key


def new_box_key() -> tuple[bytes, bytes]:
    """A member's X25519 key pair (private, public), raw: new school keys are sealed to it."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    private = X25519PrivateKey.generate()
    return (
        private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
        private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
    )


def box_public(private: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = X25519PrivateKey.from_private_bytes(private)
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _box_key(shared: bytes, ephemeral: bytes, member: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral,
        info=b"tomoni school key for " + member.encode(),
    ).derive(shared)


def seal_school_key(
    office_private_key,
    school_id: str,
    generation: int,
    school_key: bytes,
    members: dict,
    removed: dict,
) -> dict:
    """The school's new key sealed to each remaining member's X25519 key (and to no one
    else), signed by the office; it travels in the plain header of every later bundle."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = box_public(
        ephemeral.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    )
    bound = f"{school_id}:{generation}".encode()
    sealed = {}
    for member, public in sorted(members.items()):
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
        nonce = os.urandom(12)
        box = AESGCM(_box_key(shared, ephemeral_public, member)).encrypt(nonce, school_key, bound)
        sealed[member] = (nonce + box).hex()
    body = {
        "school_id": school_id,
        "generation": generation,
        "ephemeral": ephemeral_public.hex(),
        "keys": sealed,
        "removed": removed,  # the signed list: a removed laptop learns why it reads nothing
    }
    return {**body, "signature": office_private_key.sign(canonical_json(body)).hex()}


def open_school_key(
    office_public_key: bytes, school_id: str, envelope: dict, member: str, box_private: bytes
) -> tuple[int, bytes] | None:
    """(generation, key) sealed for `member` in an envelope the office signed; None when the
    envelope holds nothing for it (a member removed, or unknown to the office then)."""
    from cryptography.exceptions import InvalidSignature, InvalidTag
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        body = {
            "school_id": envelope["school_id"],
            "generation": int(envelope["generation"]),
            "ephemeral": envelope["ephemeral"],
            "keys": dict(envelope["keys"]),
            "removed": envelope["removed"],
        }
        if body["school_id"] != school_id:
            raise ValueError("another school's key")
        signature = bytes.fromhex(envelope["signature"])
        Ed25519PublicKey.from_public_bytes(office_public_key).verify(
            signature, canonical_json(body)
        )
        sealed = body["keys"].get(member)
        if sealed is None:
            return None
        raw = bytes.fromhex(sealed)
        ephemeral = bytes.fromhex(body["ephemeral"])
        shared = X25519PrivateKey.from_private_bytes(box_private).exchange(
            X25519PublicKey.from_public_bytes(ephemeral)
        )
        key = AESGCM(_box_key(shared, ephemeral, member)).decrypt(
            raw[:12], raw[12:], f"{school_id}:{body['generation']}".encode()
        )
    except (KeyError, TypeError, ValueError, InvalidSignature, InvalidTag) as error:
        raise TomoniError(
            QT_TRANSLATE_NOOP(
                "errors", "The school's new key is not signed by this school's office."
            )
        ) from error
    return body["generation"], key
