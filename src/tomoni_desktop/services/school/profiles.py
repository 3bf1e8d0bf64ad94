"""The people who sign in on this computer: profiles with a PIN, a role, and the teacher
record that says which classes and subjects are theirs.

A PIN is never kept. Each profile keeps the vault key sealed under its PIN (core/sealing.py):
a right PIN opens it, which both proves who it is and unlocks the keys this computer keeps
sealed (core/vault.py). Wrong PINs make the next try wait, longer each time. The office (a
profile with the office role) adds people and resets a forgotten PIN; a recovery code,
shown once when sign-in is set up, resets an office PIN when no one else can.
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from tomoni_desktop.core import access, keyfile, vault
from tomoni_desktop.core.access import Actor
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.database import checkpoint
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError, ValidationError
from tomoni_desktop.core.models import Profile, ProfileRole, Teacher
from tomoni_desktop.core.sealing import WrongSecret, open_with_secret, seal_with_secret
from tomoni_desktop.core.settings import read_setting, write_setting
from tomoni_desktop.core.unit_of_work import UnitOfWork, Units

RECOVERY_SETTING = "vault_recovery"
MIN_PIN, MAX_PIN = 6, 12
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
TEACHER_ROLES = (ProfileRole.HOMEROOM, ProfileRole.SUBJECT)


@dataclass(frozen=True)
class ProfileRow:
    id: str
    name: str
    role: ProfileRole
    teacher_id: uuid.UUID | None
    teacher_name: str
    blocked_until: datetime | None


@dataclass(frozen=True)
class SignedIn:
    """A sign-in that worked (actor) or was refused: wrong PIN (tries left before a wait)
    or a wait still running (until when)."""

    actor: Actor | None = None
    tries_left: int = 0
    blocked_until: datetime | None = None


@dataclass(frozen=True)
class SignInSetUp:
    actor: Actor
    recovery_code: str  # shown once; never kept


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def check_pin(pin: str, again: str | None = None) -> None:
    if not (pin.isdigit() and pin.isascii() and MIN_PIN <= len(pin) <= MAX_PIN):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A PIN is {least} to {most} digits."),
            field="pin",
            least=MIN_PIN,
            most=MAX_PIN,
        )
    steps = {int(b) - int(a) for a, b in zip(pin, pin[1:], strict=False)}
    if len(steps) == 1 and steps <= {-1, 0, 1}:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "That PIN is too easy to guess; choose digits that do not follow a pattern.",
            ),
            field="pin",
        )
    if again is not None and again != pin:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The two PINs are not the same."), field="pin_again"
        )


def _check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write the person's name."), field="name")
    return name[:100]


def has_profiles(uow: UnitOfWork) -> bool:
    return bool(
        uow.session.scalar(
            select(func.count()).select_from(Profile).where(Profile.removed_at == "")
        )
    )


def profiles_of(uow: UnitOfWork) -> list[ProfileRow]:
    rows = uow.session.execute(
        select(Profile, Teacher.name)
        .outerjoin(Teacher, Teacher.id == Profile.teacher_id)
        .where(Profile.removed_at == "")
        .order_by(Profile.name)
    ).all()
    waits = keyfile.waits(uow.database.path)
    return [
        ProfileRow(
            p.id,
            p.name,
            p.role,
            p.teacher_id,
            teacher or "",
            waits.get(p.id),
        )
        for p, teacher in rows
    ]


DEMO_PIN_SETTING = "demo_pin"  # the demo school says its PIN on the sign-in screen


def sign_in_hint(uow: UnitOfWork) -> str | None:
    """The demo school's PIN, shown where one signs in; None for a real school."""
    return read_setting(uow.connection, DEMO_PIN_SETTING)


def teacher_choices(uow: UnitOfWork) -> list[tuple[uuid.UUID, str]]:
    """The school's teachers, for linking a profile to one."""
    return [
        (teacher_id, name)
        for teacher_id, name in uow.session.execute(
            select(Teacher.id, Teacher.name).order_by(Teacher.name)
        )
    ]


def _require_office(uow: UnitOfWork) -> Actor:
    actor = uow.database.actor
    if actor is None or not actor.is_office:
        raise access.NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Only the office can add people, remove them or reset their PINs."
            )
        )
    return actor


def _seal_pin(pin: str, vault_key: bytes) -> str:
    return json.dumps(seal_with_secret(pin, vault_key, keyfile.PIN_LABEL), sort_keys=True)


def _actor(profile: Profile, vault_key: bytes) -> Actor:
    return Actor(profile.id, profile.name, profile.role, profile.teacher_id, vault_key)


def _check_teacher(uow: UnitOfWork, role: ProfileRole, teacher_id: uuid.UUID | None) -> None:
    if role in TEACHER_ROLES and teacher_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Choose the teacher this person is: a teacher's classes and subjects come from it.",
            ),
            field="teacher",
        )
    if teacher_id is not None and uow.session.get(Teacher, teacher_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "That teacher is not in this school."), field="teacher"
        )


def _new_profile(
    uow: UnitOfWork,
    name: str,
    role: ProfileRole,
    teacher_id: uuid.UUID | None,
    pin: str,
    vault_key: bytes,
    now: datetime,
) -> Profile:
    profile = Profile(
        id=uuid.uuid4().hex,
        name=_check_name(name),
        role=role,
        teacher_id=teacher_id,
        pin=_seal_pin(pin, vault_key),
        failed_tries=0,
        blocked_until="",
        created_at=now.isoformat(),
        removed_at="",
    )
    uow.session.add(profile)
    return profile


def write_key_file(uow: UnitOfWork) -> None:
    """The key file beside the database (core/keyfile.py), from the seals the database
    keeps: what sign-in reads before the encrypted file can open. The waits after wrong
    PINs already in it are kept."""
    path = uow.database.path
    before = (keyfile.read(path) or {}).get("slots", {})
    slots = {}
    for profile in uow.session.scalars(select(Profile).where(Profile.removed_at == "")):
        slot = {"name": profile.name, "role": profile.role.value, "pin": json.loads(profile.pin)}
        old = before.get(profile.id, {})
        if old.get("pin") == slot["pin"]:  # the same PIN: its wrong tries still count
            slot |= {"failed": old.get("failed", 0), "blocked_until": old.get("blocked_until", "")}
        slots[profile.id] = slot
    recovery = json.loads(read_setting(uow.connection, RECOVERY_SETTING) or "{}")
    contents = keyfile.contents_of(slots, recovery)
    hint = read_setting(uow.connection, DEMO_PIN_SETTING)
    if hint:  # the demo school says its PIN before it opens
        contents["hint"] = hint
    keyfile.write(path, contents)


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(20))
    return "-".join(raw[i : i + 5] for i in range(0, 20, 5))


def set_up_sign_in(
    uow: UnitOfWork,
    name: str,
    pin: str,
    again: str,
    teacher_id: uuid.UUID | None = None,
    now: datetime | None = None,
) -> SignInSetUp:
    """The first profile (the office's), the vault, and the recovery code; from now on this
    computer asks who is there, and keeps its keys sealed."""
    if has_profiles(uow):
        raise TomoniError(QT_TRANSLATE_NOOP("errors", "Sign-in is already set up here."))
    check_pin(pin, again)
    _check_teacher(uow, ProfileRole.OFFICE, teacher_id)
    vault_key = vault.new_vault_key()
    profile = _new_profile(uow, name, ProfileRole.OFFICE, teacher_id, pin, vault_key, _now(now))
    code = new_recovery_code()
    connection = uow.connection
    write_setting(
        connection,
        RECOVERY_SETTING,
        json.dumps(seal_with_secret(code, vault_key, keyfile.RECOVERY_LABEL), sort_keys=True),
    )
    actor = _actor(profile, vault_key)
    info = access.begin(connection, actor)  # the secrets are sealed by this person's key
    try:
        vault.turn_on(connection)
    finally:
        info.pop(access.ACTOR_INFO, None)
    uow.session.flush()
    write_key_file(uow)
    uow.changed(Area.SETTINGS)
    return SignInSetUp(actor, code)


def set_up_sign_in_here(units: Units, name: str, pin: str, again: str, **options) -> SignInSetUp:
    """Set up sign-in, then empty the WAL, so no page with a key in clear stays on disk
    (secure_delete zeroes the old values in the main file)."""
    try:
        with units.unit() as uow:
            done = set_up_sign_in(uow, name, pin, again, **options)
    except BaseException:
        keyfile.key_file(units.database.path).unlink(missing_ok=True)
        raise
    encrypt_database(units.database, done.actor.vault_key)
    return done


def encrypt_database(database, key: bytes) -> None:
    """The database file encrypted in place with the vault key (SQLCipher); from now on it
    opens only for someone who signs in. Every connection is closed and the WAL emptied
    first, so no page in clear stays beside it."""
    from tomoni_desktop.core.cipher import encrypt_in_place, is_plain
    from tomoni_desktop.core.database import APPLICATION_ID

    if not is_plain(database.path):
        return
    checkpoint(database.engine)
    database.engine.dispose()
    encrypt_in_place(database.path, key, APPLICATION_ID)
    database.reopen()


def add_profile(
    uow: UnitOfWork,
    name: str,
    role: ProfileRole,
    teacher_id: uuid.UUID | None,
    pin: str,
    again: str,
    now: datetime | None = None,
    by: Actor | None = None,
) -> ProfileRow:
    """`by`: the office acting, where it is not the one signed in (the demo's own set-up)."""
    office = by if by is not None and by.is_office else _require_office(uow)
    check_pin(pin, again)
    _check_teacher(uow, role, teacher_id)
    profile = _new_profile(uow, name, role, teacher_id, pin, office.vault_key, _now(now))
    uow.session.flush()
    write_key_file(uow)
    uow.changed(Area.SETTINGS)
    return next(p for p in profiles_of(uow) if p.id == profile.id)


def _profile(uow: UnitOfWork, profile_id: str) -> Profile:
    profile = uow.session.get(Profile, profile_id)
    if profile is None or profile.removed_at:
        raise TomoniError(QT_TRANSLATE_NOOP("errors", "That person is no longer on this computer."))
    return profile


def reset_pin(uow: UnitOfWork, profile_id: str, pin: str, again: str) -> None:
    """The office sets a new PIN for someone who forgot theirs (and lifts any wait)."""
    office = _require_office(uow)
    check_pin(pin, again)
    profile = _profile(uow, profile_id)
    profile.pin = _seal_pin(pin, office.vault_key)
    uow.session.flush()
    write_key_file(uow)
    uow.changed(Area.SETTINGS)


def change_own_pin(uow: UnitOfWork, pin: str, again: str) -> None:
    actor = uow.database.actor
    if actor is None:
        raise vault.Locked(QT_TRANSLATE_NOOP("errors", "Sign in first."))
    check_pin(pin, again)
    _profile(uow, actor.profile_id).pin = _seal_pin(pin, actor.vault_key)
    uow.session.flush()
    write_key_file(uow)
    uow.changed(Area.SETTINGS)


def remove_profile(uow: UnitOfWork, profile_id: str, now: datetime | None = None) -> None:
    office = _require_office(uow)
    profile = _profile(uow, profile_id)
    offices = [p for p in profiles_of(uow) if p.role == ProfileRole.OFFICE]
    if profile.role == ProfileRole.OFFICE and len(offices) == 1:
        raise TomoniError(
            QT_TRANSLATE_NOOP(
                "errors", "The last office profile cannot be removed: someone must manage sign-in."
            )
        )
    if profile.id == office.profile_id:
        raise TomoniError(QT_TRANSLATE_NOOP("errors", "You cannot remove yourself."))
    profile.removed_at = _now(now).isoformat()
    profile.pin = "{}"  # its sealed vault key goes with it
    uow.session.flush()
    write_key_file(uow)
    uow.changed(Area.SETTINGS)


def sign_in(uow: UnitOfWork, profile_id: str, pin: str, now: datetime | None = None) -> SignedIn:
    """Check the PIN against the key file (what sign-in reads before the database opens).
    A refusal is returned, not raised: the wrong try is already kept in the key file."""
    profile = _profile(uow, profile_id)
    if keyfile.read(uow.database.path) is None:  # set up before key files existed
        write_key_file(uow)
    unlocked = keyfile.unlock(uow.database.path, profile.id, pin, _now(now))
    if unlocked.key is None:
        return SignedIn(tries_left=unlocked.tries_left, blocked_until=unlocked.blocked_until)
    return SignedIn(actor=_actor(profile, unlocked.key))


def actor_of(uow: UnitOfWork, profile_id: str, key: bytes) -> Actor:
    """The person whose PIN (or the recovery code) opened the database with `key`."""
    return _actor(_profile(uow, profile_id), key)


def recover(uow: UnitOfWork, code: str, profile_id: str, pin: str, again: str) -> Actor:
    """A forgotten office PIN: the recovery code opens the vault, and the PIN is set anew."""
    check_pin(pin, again)
    profile = _profile(uow, profile_id)
    if profile.role != ProfileRole.OFFICE:
        raise TomoniError(
            QT_TRANSLATE_NOOP(
                "errors", "The recovery code resets an office PIN; the office resets the others."
            )
        )
    sealed = read_setting(uow.connection, RECOVERY_SETTING)
    try:
        vault_key = open_with_secret(
            json.loads(sealed or "{}"), keyfile.typed_code(code), keyfile.RECOVERY_LABEL
        )
    except (WrongSecret, KeyError, ValueError, TypeError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "That recovery code is not right."), field="code"
        ) from None
    profile.pin = _seal_pin(pin, vault_key)
    uow.session.flush()
    write_key_file(uow)
    uow.changed(Area.SETTINGS)
    return _actor(profile, vault_key)
