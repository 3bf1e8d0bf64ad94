"""Translations without Qt, for the CLI: the same catalogue Qt uses, read from the .ts file."""

from __future__ import annotations

import logging
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

from tomoni_desktop.core.paths import translations_dir

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
LANGUAGE_ENV = "TOMONI_LANG"

Translate = Callable[[str, str], str]


def catalogue_path(language: str) -> Path:
    return translations_dir() / f"tomoni_{language}.ts"


@cache
def load_catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, finished entries only; English has none."""
    if language == "en":
        return {}
    try:
        root = ET.parse(catalogue_path(language)).getroot()
    except (OSError, ET.ParseError):
        log.warning("no usable translation catalogue for %s; messages stay English", language)
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = node.findall("numerusform")
            text = forms[0].text if forms else node.text
            if text:
                table[(name, source)] = text
    return table


def resolve_language(requested: str | None = None) -> str:
    language = requested or os.environ.get(LANGUAGE_ENV) or DEFAULT_LANGUAGE
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def translator(language: str) -> Translate:
    table = load_catalogue(language)

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate
