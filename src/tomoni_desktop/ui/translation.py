"""Switching the interface language with Qt's own translators (.qm files in resources)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tomoni_desktop.core.paths import translations_dir

log = logging.getLogger(__name__)

LOCALES = {
    "id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
# Our own strings, and Qt's built-in ones (standard buttons, dialogs) that Qt ships no
# Indonesian for. English is the source's language: its catalogue holds only the singular
# and plural of the messages with a number ("%n copies").
CATALOGUES = {"id": ("tomoni", "qt"), "en": ("tomoni",)}


class LanguageSwitcher:
    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> None:
        """Install the language's translators; Qt then sends LanguageChange to every widget."""
        app = QCoreApplication.instance()
        assert app is not None  # translators belong to the running application
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(LOCALES.get(language, LOCALES["id"]))
        self.language = language
        for name in CATALOGUES.get(language, CATALOGUES["id"]):
            translator = QTranslator(app)
            path = translations_dir() / f"{name}_{language}.qm"
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._installed.append(translator)
            else:
                log.warning("translation %s could not be loaded", path)
