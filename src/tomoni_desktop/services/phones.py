"""Showing stored E.164 numbers the way Indonesians write them."""

from __future__ import annotations


def format_local(e164: str | None) -> str:
    """+6281234567890 -> 0812-3456-7890; anything else is shown as stored."""
    if not e164:
        return ""
    if not e164.startswith("+62"):
        return e164
    digits = "0" + e164[3:]
    groups = [digits[:4], digits[4:8], digits[8:]]
    return "-".join(group for group in groups if group)
