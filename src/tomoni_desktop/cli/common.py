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


def open_school(path):
    """The database at `path`, opened for use, and the school it works in."""
    from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
    from tomoni_desktop.core.unit_of_work import unit_of_work
    from tomoni_desktop.services.school.database import open_database
    from tomoni_desktop.services.school.setup import school_context

    opened = open_database(path)
    with unit_of_work(opened.database) as uow:
        school = school_context(uow)
    if school is None:
        opened.database.close()
        raise TomoniError(
            QT_TRANSLATE_NOOP("errors", "This database has no school yet; set it up first.")
        )
    return opened.database, school


def check_suffix(out, suffix: str, message: str) -> None:
    """Refuse an output file not named `suffix` (".pdf", ".xlsx"), with `message` naming it."""
    from tomoni_desktop.core.errors import TomoniError

    if out.suffix.lower() != suffix:
        raise TomoniError(message, name=out.name)


def check_report_pdf(out) -> None:
    from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP

    check_suffix(
        out,
        ".pdf",
        QT_TRANSLATE_NOOP("errors", "The report is a PDF: name the file .pdf, not {name}."),
    )


def read_passphrase(path, prompt: str, confirm: bool = False) -> str:
    """A passphrase from the first line of a file, or typed (twice with `confirm`)."""
    import getpass

    from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError

    if path is not None:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise TomoniError(
                QT_TRANSLATE_NOOP("errors", "The passphrase file {name} cannot be read."),
                name=path.name,
            ) from error
        return lines[0] if lines else ""
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("cli", "Type it again: ")) != first:
        raise TomoniError(QT_TRANSLATE_NOOP("errors", "The two passphrases are not the same."))
    return first
