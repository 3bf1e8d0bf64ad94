"""Pickup codes: the short code on each paper copy that a teacher reads on a doorstep, and
on the other paper that comes back to be scanned (a letter's reply slip, a sign-in sheet).

One place makes them, finds a free one, and reads what a teacher types.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from tomoni_desktop.core.database import ALL_ROWS
from tomoni_desktop.core.models import ParentLetter, ParentMeeting, WorksheetCopy

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read aloud on a doorstep or typed by a tired teacher.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6


def pickup_code(copy_id: uuid.UUID, attempt: int = 0) -> str:
    """Six characters from the copy's id, e.g. "K7M-Q2P": every laptop derives codes on its
    own, and a clash (rare: 25^6 = 244 million codes) is settled by the next attempt."""
    digest = hashlib.sha256(copy_id.bytes + attempt.to_bytes(2, "big")).digest()
    number = int.from_bytes(digest[:8], "big")
    letters = []
    for _ in range(CODE_LENGTH):
        number, index = divmod(number, len(CODE_ALPHABET))
        letters.append(CODE_ALPHABET[index])
    return "".join(letters[:3]) + "-" + "".join(letters[3:])


def normalise_code(text: str) -> str:
    """What a teacher types ("k7mq2p", "K7M Q2P") as the stored form."""
    cleaned = "".join(c for c in text.upper() if c.isalnum())
    return f"{cleaned[:3]}-{cleaned[3:]}" if len(cleaned) == CODE_LENGTH else cleaned


def taken_codes(session: Session) -> set[str]:
    """Every code paper has here (copies, letters, sign-in sheets), removed ones too (their
    paper may still be out): one scan finds one thing."""
    taken: set[str] = set()
    for column in (WorksheetCopy.pickup_code, ParentLetter.code, ParentMeeting.code):
        taken.update(session.scalars(select(column).execution_options(**ALL_ROWS)))
    return taken


def free_code(copy_id: uuid.UUID, taken: Iterable[str], first_attempt: int = 0) -> str:
    """The copy's first code from `first_attempt` on that no other copy has."""
    taken = set(taken)
    attempt = first_attempt
    while (code := pickup_code(copy_id, attempt)) in taken:
        attempt += 1
    return code
