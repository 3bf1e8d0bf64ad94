"""Errors that carry a message for the teacher.

The message is an English source text marked for Qt's translation tools; the GUI translates
it with QCoreApplication.translate, the CLI with the same catalogue read from the .ts file.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Marks a text for lupdate without translating it here."""
    return text


ERRORS = "errors"


class TomoniError(Exception):
    """An error a teacher can read: `message` is an English source text with {placeholders}."""

    context = ERRORS

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return self.message.format(**self.params)

    def translated(self, translate) -> str:
        """The message in the teacher's language, given a translate(context, text) function."""
        return translate(self.context, self.message).format(**self.params)

    def for_log(self) -> str:
        """The message for tomoni.log: a value that may be personal (a pupil's or parent's
        name, a NISN, a phone) stays as its {placeholder}; counts, codes and places in a file
        are filled in."""
        return self.message.format_map(_Unfilled(LOGGABLE_PARAMS & self.params.keys(), self.params))

    def log_text(self) -> str:
        """for_log() with where it was raised (the traceback's frames, not its words)."""
        import traceback

        frames = "".join(traceback.format_tb(self.__traceback__)) if self.__traceback__ else ""
        return f"{type(self).__name__}: {self.for_log()}\n{frames}".rstrip()


# Parameters that never hold personal data: what a log needs to find a problem again.
LOGGABLE_PARAMS = frozenset(
    {
        "path",
        "code",
        "codes",
        "count",
        "row",
        "column",
        "most",
        "low",
        "high",
        "limit",
        "revision",
        "newest",
        "pages",
        "field",
        "kind",
        "size",
    }
)


class _Unfilled(dict):
    def __init__(self, keep: AbstractSet[str], params: dict[str, Any]) -> None:
        super().__init__({key: params[key] for key in keep})

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class ValidationError(TomoniError):
    """Input that breaks a rule; `field` names the input it is about, when there is one."""

    def __init__(self, message: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(message, **params)


class DatabaseError(TomoniError):
    """The database file cannot be used as it is."""


class OperationCancelled(TomoniError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The operation was cancelled."))
