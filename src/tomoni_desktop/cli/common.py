"""What every command shares: the message catalogue of the chosen language."""

from __future__ import annotations

from tomoni_desktop.core.i18n import Translate, translator

_catalogue: Translate = translator("en")
_acting: dict = {"name": None, "pin_file": None}  # from --as and --pin-file


def set_language(language: str) -> None:
    global _catalogue
    _catalogue = translator(language)


def set_acting(name: str | None, pin_file) -> None:
    _acting.update(name=name, pin_file=pin_file)


def translate(context: str, text: str) -> str:
    """The message in the chosen language; lupdate finds every translate("cli", ...) call."""
    return _catalogue(context, text)


class Counted:
    """The counted words of the commands' messages ("1 pupil", "2 pupils"), each with its
    plural forms: lupdate reads self.tr(text, "", n) as Qt's tr with a number (a plain
    translate() call it reads without one). No Qt here: the catalogue is core.i18n's."""

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return _catalogue("Counted", text, disambiguation, n)

    def assessments(self, n: int) -> str:
        return self.tr("%n assessments", "", n)

    def classes(self, n: int) -> str:
        return self.tr("%n classes", "", n)

    def codes_recorded(self, count: int, n: int) -> str:
        return self.tr("{count} of %n codes recorded.", "", n).format(count=count)

    def copies_back(self, n: int) -> str:
        return self.tr("%n copies back", "", n)

    def copies_not_back(self, n: int) -> str:
        return self.tr("%n copies not back", "", n)

    def copies_to_collect(self, n: int) -> str:
        return self.tr("%n copies to collect", "", n)

    def days_absent(self, n: int) -> str:
        return self.tr("%n days absent", "", n)

    def families(self, n: int) -> str:
        return self.tr("%n families", "", n)

    def houses(self, n: int) -> str:
        return self.tr("%n houses", "", n)

    def letters(self, n: int) -> str:
        return self.tr("%n letters", "", n)

    def lessons_a_week(self, n: int) -> str:
        return self.tr("%n lessons a week", "", n)

    def missing_final_scores(self, n: int) -> str:
        return self.tr("%n final scores still missing", "", n)

    def missing_or_hand_set(self, n: int) -> str:
        return self.tr("%n missing or hand-set scores", "", n)

    def open_cases(self, n: int) -> str:
        return self.tr("%n open cases", "", n)

    def pages(self, n: int) -> str:
        return self.tr("%n pages", "", n)

    def pupils(self, n: int) -> str:
        return self.tr("%n pupils", "", n)

    def sheets(self, n: int) -> str:
        return self.tr("%n sheets", "", n)

    def subjects(self, n: int) -> str:
        return self.tr("%n subjects", "", n)

    def teachers(self, n: int) -> str:
        return self.tr("%n teachers", "", n)

    def worksheets(self, n: int) -> str:
        return self.tr("%n worksheets", "", n)


counted = Counted()


def _who_and_pin(people: list[tuple[str, str]]) -> tuple[str, str]:
    """(profile id, PIN) of the person acting: --as (or asked), and --pin-file (or typed
    unseen). `people`: (profile id, name) of everyone who signs in here."""
    import getpass
    import sys

    from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError

    names = ", ".join(name for _id, name in people)
    name = _acting["name"]
    if name is None and sys.stdin.isatty():
        name = input(translate("cli", "Who is acting? "))
    if name is None:
        raise TomoniError(
            QT_TRANSLATE_NOOP(
                "errors", "This computer asks who is acting: add --as NAME (one of: {people})."
            ),
            people=names,
        )
    wanted = " ".join(name.split()).casefold()
    found = [pid for pid, known in people if known.casefold() == wanted]
    if not found:
        raise TomoniError(
            QT_TRANSLATE_NOOP(
                "errors", "No one called {name} signs in on this computer (one of: {people})."
            ),
            name=name,
            people=names,
        )
    pin_file = _acting["pin_file"]
    pin = (
        read_passphrase(pin_file, "")
        if pin_file is not None
        else getpass.getpass(translate("cli", "PIN: "))
    )
    return found[0], pin.strip()


def sign_in(database) -> None:
    """Where this computer has sign-in, say who is acting and their PIN; their role then
    decides what the command may do. A database set up before it was encrypted is
    encrypted now."""
    from tomoni_desktop.core.unit_of_work import run_unit, unit_of_work
    from tomoni_desktop.services.school import profiles

    with unit_of_work(database) as uow:
        people = profiles.profiles_of(uow)
    if not people:
        return
    profile_id, pin = _who_and_pin([(p.id, p.name) for p in people])
    signed = run_unit(database, lambda uow: profiles.sign_in(uow, profile_id, pin)).result
    if signed.actor is None:
        raise refused_sign_in(signed)
    database.actor = signed.actor
    profiles.encrypt_database(database, signed.actor.vault_key)


def _unlock(path) -> None:
    """An encrypted database: the person acting gives the PIN that opens it."""
    from datetime import UTC, datetime

    from tomoni_desktop.core import cipher, keyfile

    profile_id, pin = _who_and_pin([(pid, name) for pid, name, _role in keyfile.people(path)])
    unlocked = keyfile.unlock(path, profile_id, pin, datetime.now(UTC))
    if unlocked.key is None:
        raise refused_sign_in(unlocked)
    cipher.remember(path, unlocked.key)
    _acting["unlocked"] = profile_id


def refused_sign_in(signed):
    from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError

    if signed.blocked_until is not None:
        return TomoniError(
            QT_TRANSLATE_NOOP("errors", "Too many wrong PINs: try again after {time} (UTC)."),
            time=signed.blocked_until.strftime("%H:%M:%S"),
        )
    return TomoniError(
        QT_TRANSLATE_NOOP("errors", "That PIN is not right; tries left before a wait: {count}."),
        count=signed.tries_left,
    )


def unlock_if_locked(path) -> None:
    """A command that works on the file itself (backup, status, upgrade): an encrypted
    database is unlocked by the PIN of the person acting first."""
    from tomoni_desktop.core.database import FileKind, inspect_file

    if path.exists() and inspect_file(path) is FileKind.LOCKED:
        _unlock(path)  # a later open_signed_in takes this person without asking again


def unlock_if_locked_file(path) -> None:
    """Any file with a key file beside it (a backup): the PIN of a person in that key file."""
    _unlock(path)
    _acting.pop("unlocked", None)


def open_signed_in(path, create: bool = False):
    """The database at `path`, opened for use, with the person acting signed in (an
    encrypted one is unlocked by their PIN first)."""
    from tomoni_desktop.core import cipher
    from tomoni_desktop.core.database import FileKind, inspect_file
    from tomoni_desktop.core.unit_of_work import run_unit
    from tomoni_desktop.services.school import profiles
    from tomoni_desktop.services.school.database import open_database

    if inspect_file(path) is FileKind.LOCKED:
        _unlock(path)
    database = open_database(path, create=create).database
    try:
        unlocked = _acting.pop("unlocked", None)
        if unlocked is not None:
            key = cipher.key_of(path)
            assert key is not None
            database.actor = run_unit(
                database, lambda uow: profiles.actor_of(uow, unlocked, key)
            ).result
        else:
            sign_in(database)
    except BaseException:
        database.close()
        raise
    return database


def write_noted(database, kind, out, write, **about):
    """`write()` the file, then note it in the register of what left the computer (as the
    person signed in), while the database is open; returns what `write` returned."""
    from tomoni_desktop.core.unit_of_work import unit_of_work
    from tomoni_desktop.services.school.register import note_left

    result = write()
    with unit_of_work(database) as uow:
        note_left(uow, kind, out, **about)
    return result


def open_school(path):
    """The database at `path`, opened for use, and the school it works in."""
    from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
    from tomoni_desktop.core.unit_of_work import unit_of_work
    from tomoni_desktop.services.school.setup import school_context

    database = open_signed_in(path)
    with unit_of_work(database) as uow:
        school = school_context(uow)
    if school is None:
        database.close()
        raise TomoniError(
            QT_TRANSLATE_NOOP("errors", "This database has no school yet; set it up first.")
        )
    return database, school


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
