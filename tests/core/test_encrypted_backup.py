"""Encrypted backups: once the school sets a backup passphrase every backup is sealed (nothing
of a child readable in the file), written unattended with no passphrase, and restored only with
it — on this laptop or any other; a wrong passphrase, a changed byte, a cut-off file or a
header asking for a ruinous key cost is refused with nothing changed."""

from __future__ import annotations

import json
import sqlite3
import struct

import pytest
from sqlalchemy import select

from tests.test_cli import assert_one_clear_line, run
from tomoni_desktop.core import backup as backups
from tomoni_desktop.core.backup_crypto import MAGIC, is_encrypted
from tomoni_desktop.core.errors import DatabaseError, ValidationError
from tomoni_desktop.core.models import Student
from tomoni_desktop.core.unit_of_work import Units, unit_of_work
from tomoni_desktop.services.school.database import (
    back_up,
    restore_database,
    set_backup_passphrase,
)

PASSPHRASE = "kunci cadangan sekolah"


def names(path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return sorted(n for (n,) in connection.execute("SELECT full_name FROM students"))


@pytest.fixture
def encrypted(demo_database):
    units = Units(demo_database)
    set_backup_passphrase(units, PASSPHRASE, PASSPHRASE)
    info = back_up(units, "manual")  # unattended: no passphrase asked
    return demo_database, units, info


def test_a_backup_is_sealed_and_holds_nothing_readable(encrypted):
    database, _units, info = encrypted
    assert info.encrypted and info.path.name.endswith(".tomoni-backup") and is_encrypted(info.path)
    raw = info.path.read_bytes()
    with unit_of_work(database) as uow:
        pupil = uow.session.scalars(select(Student)).first()
    for secret in (pupil.full_name, pupil.nisn, "CREATE TABLE", "SQLite format"):
        assert secret.encode() not in raw
    assert [b.path for b in backups.list_backups(info.path.parent)] == [info.path]
    assert not list(info.path.parent.glob("*.plain")) and not list(
        info.path.parent.glob("*.partial")
    )


def test_restored_with_the_passphrase_refused_without_or_with_a_wrong_one(encrypted):
    database, units, info = encrypted
    before = names(database.path)
    with unit_of_work(database) as uow:
        uow.session.scalars(select(Student)).first().full_name = "Diubah Setelah Cadangan"
    for passphrase, words in ((None, "encrypted"), ("salah sekali kuncinya", "not right")):
        with pytest.raises(DatabaseError) as refused:
            restore_database(units, info.path, passphrase=passphrase)
        assert words in refused.value.english()
        assert "Diubah Setelah Cadangan" in names(database.path)  # nothing changed
    restored = restore_database(units, info.path, passphrase=PASSPHRASE)
    assert names(restored.opened.database.path) == before
    assert restored.replaced is not None and restored.replaced.encrypted  # the replaced one too
    restored.opened.database.close()


@pytest.mark.parametrize("harm", ["flip", "cut", "append", "costly"])
def test_a_harmed_backup_is_refused_whole(encrypted, tmp_path, harm):
    from tomoni_desktop.core.backup_crypto import decrypt_file

    _database, _units, info = encrypted
    raw = bytearray(info.path.read_bytes())
    if harm == "flip":
        raw[-100] ^= 1
    elif harm == "cut":
        raw = raw[: len(raw) // 2]
    elif harm == "append":
        raw += b"tambahan"
    else:  # a header asking scrypt for 2^30 (1 TiB of memory) is refused, not obeyed
        (length,) = struct.unpack(">I", raw[len(MAGIC) : len(MAGIC) + 4])
        start = len(MAGIC) + 4
        header = json.loads(raw[start : start + length])
        header["sealed"]["n"] = 1 << 30
        new = json.dumps(header, sort_keys=True).encode()
        raw = raw[: len(MAGIC)] + struct.pack(">I", len(new)) + new + raw[start + length :]
    harmed = tmp_path / info.path.name
    harmed.write_bytes(bytes(raw))
    with pytest.raises(DatabaseError) as refused:
        decrypt_file(harmed, tmp_path / "out.sqlite3", PASSPHRASE)
    assert "damaged" in refused.value.english()


def test_a_short_or_mistyped_new_passphrase_is_refused(demo_database):
    units = Units(demo_database)
    for first, again, field in (("pendek", "pendek", "passphrase"), (PASSPHRASE, "lain", "again")):
        with pytest.raises(ValidationError) as refused:
            set_backup_passphrase(units, first, again)
        assert refused.value.field == field
    info = back_up(units, "manual")
    assert not info.encrypted  # no passphrase: as before


def test_the_command_line_sets_the_passphrase_and_restores_on_another_computer(capsys, tmp_path):
    school, elsewhere = tmp_path / "sekolah.sqlite3", tmp_path / "lain.sqlite3"
    secret = tmp_path / "frasa.txt"
    secret.write_text(PASSPHRASE + "\n")
    assert run(capsys, "demo", "--db", str(school), "--students", "32")[0] == 0
    code, said, _ = run(
        capsys, "backup", "--db", str(school), "--set-passphrase", "--passphrase-file", str(secret)
    )
    assert code == 0 and "dienkripsi" in said
    [made] = (tmp_path / "backups").glob("*.tomoni-backup")
    assert run(capsys, "demo", "--db", str(elsewhere), "--students", "32", "--seed", "9")[0] == 0
    wrong = tmp_path / "salah.txt"
    wrong.write_text("bukan kuncinya sama sekali\n")
    code, _, err = run(
        capsys, "restore", str(made), "--db", str(elsewhere), "--passphrase-file", str(wrong)
    )
    assert code != 0
    assert_one_clear_line(err, "tidak benar")
    code, _, _ = run(
        capsys, "restore", str(made), "--db", str(elsewhere), "--passphrase-file", str(secret)
    )
    assert code == 0 and names(elsewhere) == names(school)


def test_the_backup_before_an_upgrade_is_sealed_once_the_upgrade_is_done(tmp_path):
    """Kept plain while the upgrade could still need it put back; encrypted after."""
    from tests.core.test_migrations import FIRST, _database_at, _insert_first_revision_rows
    from tomoni_desktop.core.backup_crypto import decrypt_file, make_backup_keys
    from tomoni_desktop.core.lifecycle import open_for_use

    path = tmp_path / "lama.sqlite3"
    database = _database_at(path, FIRST)
    _insert_first_revision_rows(database)
    public, sealed = make_backup_keys(PASSPHRASE).to_settings()
    with database.engine.begin() as connection:
        for key, value in (("backup_public_key", public), ("backup_sealed_key", sealed)):
            connection.exec_driver_sql(
                "INSERT INTO local_settings (key, value) VALUES (?, ?)", (key, value)
            )
    database.close()
    opened = open_for_use(path)
    opened.database.close()
    saved = opened.upgrade.backup
    assert saved is not None and saved.name.endswith("-before-upgrade.tomoni-backup")
    assert not list(saved.parent.glob("*.sqlite3"))  # no plain copy left beside it
    decrypt_file(saved, tmp_path / "dibuka.sqlite3", PASSPHRASE)
    assert names(tmp_path / "dibuka.sqlite3") == names(path)
