"""Encrypted backups: a backup is a copy of every child's data, so once the school sets a backup
passphrase every backup is written encrypted (AES-256-GCM), and restoring one asks for it.

Daily backups run unattended, so writing one must not need the passphrase: the laptop keeps
only a public key (X25519) and the private key sealed by the passphrase (scrypt, then
AES-256-GCM). Each backup gets a fresh key agreed with that public key, and carries the sealed
private key in its header, so a backup restores on any computer with the passphrase alone.

The data is sealed in 1 MiB chunks, each bound to the header, its number and whether it is the
last: a chunk changed, moved or cut off is refused, not restored.
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, DatabaseError
from tomoni_desktop.core.sealing import WrongSecret, b64, open_with_secret, seal_with_secret, unb64

MAGIC = b"TOMONI-BACKUP\x00\x01\n"
CHUNK = 1 << 20
LABEL = b"tomoni backup key"
MIN_PASSPHRASE = 10


@dataclass(frozen=True)
class BackupKeys:
    """What the laptop keeps: the public key, and the private key sealed by the passphrase."""

    public: bytes
    sealed: dict  # {"salt", "n", "r", "p", "nonce", "key"}: the private key under scrypt

    def to_settings(self) -> tuple[str, str]:
        return b64(self.public), json.dumps(self.sealed, sort_keys=True)

    @classmethod
    def from_settings(cls, public: str, sealed: str) -> BackupKeys | None:
        if not public or not sealed:
            return None
        return cls(unb64(public), json.loads(sealed))


def make_backup_keys(passphrase: str) -> BackupKeys:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    private = X25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    sealed = seal_with_secret(passphrase, raw, LABEL)
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return BackupKeys(public, sealed)


def _unseal(sealed: dict, passphrase: str, path: Path):
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    try:
        raw = open_with_secret(sealed, passphrase, LABEL)
    except WrongSecret:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("errors", "The backup passphrase is not right for {path}."),
            path=path.name,
        ) from None
    except (KeyError, ValueError, TypeError) as error:
        raise _damaged(path) from error
    return X25519PrivateKey.from_private_bytes(raw)


def _damaged(path: Path) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP("errors", "The backup {path} is damaged and cannot be used."),
        path=path.name,
    )


def _data_key(shared: bytes, ephemeral: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral, info=b"tomoni backup data"
    ).derive(shared)


def is_encrypted(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def encrypt_file(source: Path, target: Path, keys: BackupKeys) -> None:
    """`source` sealed into `target` (written whole by the caller's partial file)."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(keys.public))
    cipher = AESGCM(_data_key(shared, ephemeral_public))
    prefix = os.urandom(8)
    header = json.dumps(
        {
            "v": 1,
            "sealed": keys.sealed,
            "ephemeral": b64(ephemeral_public),
            "prefix": b64(prefix),
            "chunk": CHUNK,
        },
        sort_keys=True,
    ).encode("utf-8")
    size = source.stat().st_size
    with source.open("rb") as plain, target.open("wb") as out:
        out.write(MAGIC + struct.pack(">I", len(header)) + header)
        number, done = 0, 0
        while True:
            block = plain.read(CHUNK)
            done += len(block)
            last = done >= size
            sealed = cipher.encrypt(
                prefix + struct.pack(">I", number), block, _aad(header, number, last)
            )
            out.write(struct.pack(">I", len(sealed)) + sealed)
            number += 1
            if last:
                break


def _aad(header: bytes, number: int, last: bool) -> bytes:
    return header + struct.pack(">I?", number, last)


def _read_header(file, source: Path) -> tuple[bytes, dict]:
    """The magic, then the header (its bytes, which every chunk is bound to, and its fields);
    anything else is a damaged backup."""
    if file.read(len(MAGIC)) != MAGIC:
        raise _damaged(source)
    try:
        (length,) = struct.unpack(">I", file.read(4))
        if length > 64 * 1024:
            raise ValueError("header too long")
        header = file.read(length)
        fields = json.loads(header)
        if not isinstance(fields, dict) or "sealed" not in fields:
            raise ValueError("no sealed key")
    except (struct.error, ValueError) as error:
        raise _damaged(source) from error
    return header, fields


def decrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """`source` opened with the passphrase into `target`; refused whole when anything is wrong."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    with source.open("rb") as file, target.open("wb") as out:
        header, fields = _read_header(file, source)
        try:
            ephemeral = unb64(fields["ephemeral"])
            prefix = unb64(fields["prefix"])
            chunk = int(fields["chunk"])
        except (ValueError, KeyError, TypeError) as error:
            raise _damaged(source) from error
        private = _unseal(fields["sealed"], passphrase, source)
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        cipher = AESGCM(_data_key(shared, ephemeral))
        number = 0
        while True:
            size_bytes = file.read(4)
            if len(size_bytes) < 4:
                raise _damaged(source)  # cut off before its last chunk
            (size,) = struct.unpack(">I", size_bytes)
            sealed_block = file.read(size)
            if size > chunk + 16 or len(sealed_block) < size:
                raise _damaged(source)
            nonce = prefix + struct.pack(">I", number)
            for last in (False, True):
                try:
                    out.write(cipher.decrypt(nonce, sealed_block, _aad(header, number, last)))
                    break
                except InvalidTag:
                    if last:
                        raise _damaged(source) from None
            number += 1
            if last:
                if file.read(1):
                    raise _damaged(source)  # something after the last chunk
                return


def check_backup_passphrase(source: Path, passphrase: str) -> None:
    """Open the backup's key only: a wrong passphrase is refused at once."""
    with source.open("rb") as file:
        _header, fields = _read_header(file, source)
    _unseal(fields["sealed"], passphrase, source)


def check_new_passphrase(passphrase: str, again: str) -> None:
    from tomoni_desktop.core.errors import ValidationError

    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A backup passphrase has at least {most} characters."),
            field="passphrase",
            most=MIN_PASSPHRASE,
        )
    if passphrase != again:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The two passphrases are not the same."),
            field="again",
        )
