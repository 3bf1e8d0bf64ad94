"""The one encoding that signatures cover: sorted keys, no spaces, UTF-8.

Every signed thing (a certificate, the removed list, a bundle's header and manifest) is
encoded here, so the bytes signed on one computer are the bytes checked on another.
"""

from __future__ import annotations

import json
from typing import Any


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":")).encode()
