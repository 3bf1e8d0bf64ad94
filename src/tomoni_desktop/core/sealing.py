"""Sealing secrets: AES-256-GCM under a key, or under a key derived from something a person
types (a PIN, a passphrase, a recovery code) with scrypt.

One format serves the backup key, the teachers' PINs and the recovery code:
{"salt", "n", "r", "p", "nonce", "key"} (base64 text; "key" is the sealed box). Costs read
from a file are bounded, so a crafted file cannot ask for minutes or gigabytes.
"""

from __future__ import annotations

import base64
import os

SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1  # ~0.13 s and 32 MiB on a school laptop
# What a file may ask for: scrypt takes 128·n·r bytes and time in n·r·p. Four times ours,
# about half a second and 128 MiB at most; a crafted file once asked for 2 GiB and a minute.
MOST_SCRYPT_MEMORY = 4 * 128 * SCRYPT_N * SCRYPT_R
MOST_SCRYPT_WORK = 4 * SCRYPT_N * SCRYPT_R * SCRYPT_P


def check_scrypt_costs(n: int, r: int, p: int) -> None:
    """ValueError for costs no file of ours asks for (the file is then damaged or crafted)."""
    if not all(isinstance(value, int) and value >= 1 for value in (n, r, p)):
        raise ValueError("costs are not positive whole numbers")
    if n < 2 or n & (n - 1):
        raise ValueError("n is not a power of two")
    if 128 * n * r > MOST_SCRYPT_MEMORY or n * r * p > MOST_SCRYPT_WORK:
        raise ValueError("costs out of bounds")


class WrongSecret(Exception):
    """The PIN, passphrase or code does not open the box."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def scrypt_key(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(secret.encode("utf-8"))


def seal(key: bytes, data: bytes, label: bytes) -> str:
    """`data` sealed under a 32-byte key, bound to `label` (what it is)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return b64(nonce + AESGCM(key).encrypt(nonce, data, label))


def unseal(key: bytes, sealed: str, label: bytes) -> bytes:
    """The data; `WrongSecret` if the key or label is not the one it was sealed with."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    raw = unb64(sealed)
    try:
        return AESGCM(key).decrypt(raw[:12], raw[12:], label)
    except InvalidTag:
        raise WrongSecret() from None


def seal_with_secret(secret: str, data: bytes, label: bytes) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    key = scrypt_key(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return {
        "salt": b64(salt),
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "nonce": b64(nonce),
        "key": b64(AESGCM(key).encrypt(nonce, data, label)),
    }


def open_with_secret(sealed: dict, secret: str, label: bytes) -> bytes:
    """The data; `WrongSecret` for a wrong secret, ValueError/KeyError/TypeError if damaged."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    n, r, p = int(sealed["n"]), int(sealed["r"]), int(sealed["p"])
    check_scrypt_costs(n, r, p)
    key = scrypt_key(secret, unb64(sealed["salt"]), n, r, p)
    try:
        return AESGCM(key).decrypt(unb64(sealed["nonce"]), unb64(sealed["key"]), label)
    except InvalidTag:
        raise WrongSecret() from None
