"""Translations without Qt, for the CLI: the same catalogue Qt uses, read from the .ts file."""

from __future__ import annotations

import logging
import os
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Protocol

from tomoni_desktop.core.paths import translations_dir

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
LANGUAGE_ENV = "TOMONI_LANG"


class Translate(Protocol):
    """translate(context, text), or with a number: translate(context, "%n pupils", "", n),
    as QCoreApplication.translate takes it (lupdate reads both)."""

    def __call__(self, context: str, text: str, disambiguation: str = "", n: int = -1) -> str: ...


def catalogue_path(language: str) -> Path:
    return translations_dir() / f"tomoni_{language}.ts"


@cache
def load_catalogue(language: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) -> its forms (a message with a number: one per plural form of the
    language), finished entries only. English's catalogue holds only messages with a
    number; any other message is its own source."""
    try:
        root = ET.parse(catalogue_path(language)).getroot()
    except (OSError, ET.ParseError):
        log.warning("no usable translation catalogue for %s; messages stay English", language)
        return {}
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = tuple(form.text or "" for form in node.findall("numerusform"))
            if not forms and node.text:
                forms = (node.text,)
            if forms and all(forms):
                table[(name, source)] = forms
    return table


def plural_form(language: str, n: int) -> int:
    """Which plural form a number takes: English has two (1 / any other), Indonesian one."""
    return 0 if language != "en" or n == 1 else 1


def resolve_language(requested: str | None = None) -> str:
    language = requested or os.environ.get(LANGUAGE_ENV) or DEFAULT_LANGUAGE
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def translator(language: str) -> Translate:
    table = load_catalogue(language)

    def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
        forms = table.get((context, text))
        if n < 0:
            return forms[0] if forms else text
        chosen = forms[min(plural_form(language, n), len(forms) - 1)] if forms else text
        return chosen.replace("%n", str(n))

    return translate
