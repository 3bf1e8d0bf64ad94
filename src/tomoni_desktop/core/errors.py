"""Errors that carry a message for the teacher.

The message is an English source text marked for Qt's translation tools; the GUI translates
it with QCoreApplication.translate, the CLI with the same catalogue read from the .ts file.
"""

from __future__ import annotations

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
