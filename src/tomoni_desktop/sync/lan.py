"""Requests between a laptop and the school's hub over the LAN, signed by the member's key.

What travels is the same bundles a stick carries; they are encrypted and signed already.
The request's own signature lets the hub refuse a stranger or a removed laptop before it
does any work: the laptop sends its certificate (signed by the office) and signs the method,
the path and the body's SHA-256 with its Ed25519 key. A replayed request is harmless (an
import is idempotent, an export is encrypted for the school), so no clock is trusted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from tomoni_desktop.sync.canonical import canonical_json

if TYPE_CHECKING:  # the command line reads DEFAULT_PORT at every start: nothing heavy here
    from tomoni_desktop.sync.identity import Identity

PROTOCOL = "tomoni-hub-1"
DEFAULT_PORT = 8750
CERTIFICATE_HEADER = "X-Tomoni-Certificate"
SIGNATURE_HEADER = "X-Tomoni-Signature"
MOST_CERTIFICATE_CHARS = 8192  # a certificate is a few hundred: anything longer is refused


class RequestRefused(Exception):
    """Why the hub will not serve a request: "unsigned", "stranger" or "removed"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _message(method: str, path: str, body_sha256: str) -> bytes:
    return f"{PROTOCOL}\n{method.upper()}\n{path}\n{body_sha256}".encode()


def body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def signed_headers(identity: Identity, method: str, path: str, body_sha256: str) -> dict:
    certificate = base64.urlsafe_b64encode(canonical_json(identity.certificate)).decode()
    signature = identity.signing_key().sign(_message(method, path, body_sha256)).hex()
    return {CERTIFICATE_HEADER: certificate, SIGNATURE_HEADER: signature}


def _certificate(text: str) -> Any:
    """The certificate a request's header carries (ValueError if it is not one)."""
    return json.loads(base64.urlsafe_b64decode(text.encode()))


def requester(
    hub: Identity,
    removed: set[str],
    headers: Mapping[str, str],
    method: str,
    path: str,
    body_sha256: str,
) -> dict:
    """The requesting member's certificate body, or RequestRefused."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from tomoni_desktop.sync.identity import check_certificate

    certificate_text = headers.get(CERTIFICATE_HEADER)
    signature = headers.get(SIGNATURE_HEADER)
    if not certificate_text or not signature or len(certificate_text) > MOST_CERTIFICATE_CHARS:
        raise RequestRefused("unsigned")
    try:
        certificate = _certificate(certificate_text)
        body = check_certificate(hub.office_public, hub.school_id, certificate)
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(body["public"])).verify(
            bytes.fromhex(signature), _message(method, path, body_sha256)
        )
    except (ValueError, TypeError, InvalidSignature) as error:
        raise RequestRefused("stranger") from error
    if body["member"] in removed:
        raise RequestRefused("removed")
    return body


def claimed_school(headers: Mapping[str, str]) -> str | None:
    """The school a request's certificate names, not yet checked (the school's own hub
    checks it against that school's office key); None if there is no readable one."""
    text = headers.get(CERTIFICATE_HEADER) or ""
    if len(text) > MOST_CERTIFICATE_CHARS:
        return None
    try:
        return str(uuid.UUID(_certificate(text).get("school_id")))
    except (ValueError, TypeError, AttributeError):
        return None
