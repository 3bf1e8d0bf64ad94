"""Removing a laptop changes the school key: the remaining members receive the new one sealed
to their own X25519 key; the removed laptop (or a copy of its database) reads nothing written
after its removal."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from tests.sync.helpers import call, make_laptop, make_office, send
from tomoni_desktop.core.models import Guardian
from tomoni_desktop.core.settings import read_setting, write_setting
from tomoni_desktop.core.unit_of_work import Units, unit_of_work
from tomoni_desktop.services import sync
from tomoni_desktop.sync import identity as members
from tomoni_desktop.sync.bundle import BundleRejected, open_bundle

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


def _change_a_phone(database, phone: str) -> None:
    with unit_of_work(database) as uow:
        guardian = uow.session.scalars(select(Guardian).order_by(Guardian.id).limit(1)).one()
        guardian.mobile = phone


def _phones(database) -> set[str | None]:
    with unit_of_work(database) as uow:
        return set(uow.session.scalars(select(Guardian.mobile)))


def _export(database, folder, **options):
    folder.mkdir(parents=True, exist_ok=True)
    return sync.export_bundle(Units(database), to=folder, **options).path


def test_a_removed_laptop_reads_nothing_written_after_its_removal(tmp_path):
    office = make_office(tmp_path, students=6)
    staying = make_laptop(office, tmp_path, "Laptop Bu Sari")
    removed = make_laptop(office, tmp_path, "Laptop Hilang")
    for laptop in (staying, removed):
        send(office, laptop, tmp_path / "first")
    with unit_of_work(removed) as uow:
        old_key = members.require_identity(uow.connection).school_key

    call(office, sync.revoke_laptop, "Laptop Hilang")
    _change_a_phone(office, "+6281299998888")
    later = _export(office, tmp_path / "later", full=True)

    # The laptop that stays takes the new key from the bundle's envelope, and the change.
    call(staying, sync.import_bundle, later)
    assert "+6281299998888" in _phones(staying)
    with unit_of_work(staying) as uow:
        kept = members.require_identity(uow.connection)
    assert kept.key_generation == 1 and kept.school_key != old_key
    assert kept.key_of(0) == old_key  # bundles sealed before still open

    # The removed laptop's key opens nothing of it: not through the app, not by hand.
    [refused] = sync.import_bundles(Units(removed), [later])
    assert isinstance(refused, BundleRejected)
    assert "+6281299998888" not in _phones(removed)
    with pytest.raises(BundleRejected):
        open_bundle(later, kept.school_id, old_key, lambda *_: None)
    assert old_key.hex() not in later.read_text(errors="replace")

    # What the staying laptop writes now is sealed with the new key, and the office reads it.
    _change_a_phone(staying, "+6281277776666")
    back = _export(staying, tmp_path / "back")
    call(office, sync.import_bundle, back)
    assert "+6281277776666" in _phones(office)
    with pytest.raises(BundleRejected):
        open_bundle(back, kept.school_id, old_key, lambda *_: None)


def test_a_member_that_joined_before_keys_changed_gets_the_new_key_once_it_sent_a_bundle(
    tmp_path,
):
    office = make_office(tmp_path, students=6)
    older = make_laptop(office, tmp_path, "Laptop Lama")
    silent = make_laptop(office, tmp_path, "Laptop Diam")
    removed = make_laptop(office, tmp_path, "Laptop Hilang")
    with unit_of_work(office) as uow:  # as before this version: the office knows no box key
        write_setting(uow.connection, members.BOX_KEYS, "{}")
    for laptop in (older, silent):
        with unit_of_work(laptop) as uow:
            identity = json.loads(members.vault.read_secret(uow.connection, members.IDENTITY_KEY))
            identity["box_private"] = None
            members.vault.write_secret(uow.connection, members.IDENTITY_KEY, json.dumps(identity))
        send(office, laptop, tmp_path / f"first-{laptop.path.stem}")
    send(older, office, tmp_path / "from-older")  # its first bundle since: it brings its key
    with unit_of_work(office) as uow:
        known = json.loads(read_setting(uow.connection, members.BOX_KEYS) or "{}")
    assert len(known) == 1

    call(office, sync.revoke_laptop, "Laptop Hilang")
    later = _export(office, tmp_path / "later", full=True)
    call(older, sync.import_bundle, later)  # it reads the new key
    [refused] = sync.import_bundles(Units(silent), [later])
    assert isinstance(refused, BundleRejected) and "new join file" in str(refused)
    assert not call(silent, sync.sync_status).removed  # not removed: it needs a new join file
    [also] = sync.import_bundles(Units(removed), [later])
    assert "removed this laptop" in str(also)


def test_a_laptop_invited_after_a_removal_gets_the_newest_key(tmp_path):
    office = make_office(tmp_path, students=6)
    make_laptop(office, tmp_path, "Laptop Hilang")
    call(office, sync.revoke_laptop, "Laptop Hilang")
    newcomer = make_laptop(office, tmp_path, "Laptop Baru")
    send(office, newcomer, tmp_path / "first", full=True)
    with unit_of_work(newcomer) as uow:
        assert members.require_identity(uow.connection).key_generation == 1
    assert _phones(newcomer) == _phones(office)
