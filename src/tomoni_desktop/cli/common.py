"""What every command shares: the message catalogue of the chosen language."""

from __future__ import annotations

from tomoni_desktop.core.i18n import Translate, translator

_catalogue: Translate = translator("en")


def set_language(language: str) -> None:
    global _catalogue
    _catalogue = translator(language)


def translate(context: str, text: str) -> str:
    """The message in the chosen language; lupdate finds every translate("cli", ...) call."""
    return _catalogue(context, text)
