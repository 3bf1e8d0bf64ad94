"""`tomoni people …`, and every command asking who is acting once sign-in is set up."""

from __future__ import annotations

import re
import sqlite3

from tests.test_cli import assert_one_clear_line, run
from tests.test_cli_grades import school  # noqa: F401 (a fixture)


def _pin_file(tmp_path, name: str, pin: str):
    path = tmp_path / name
    path.write_text(pin + "\n", encoding="utf-8")
    return str(path)


def _homeroom_teacher(path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT t.name FROM school_classes c JOIN teachers t ON t.id = c.homeroom_teacher_id "
            "WHERE c.name = 'VII A'"
        ).fetchone()[0]


def test_the_cli_asks_who_is_acting_once_sign_in_is_set_up(capsys, school, tmp_path):  # noqa: F811
    db = str(school)
    teacher = _homeroom_teacher(school)  # read while the file is still plain
    office_pin = _pin_file(tmp_path, "office.pin", "240617")
    teacher_pin = _pin_file(tmp_path, "teacher.pin", "580314")
    code, said, _ = run(
        capsys, "people", "set-up", "--db", db, "--name", "Tata Usaha", "--new-pin-file", office_pin
    )
    assert code == 0
    recovery = re.search(r"[A-Z2-9]{5}(-[A-Z2-9]{5}){3}", said)
    assert recovery is not None
    # The file is encrypted now; neither it nor its key file holds the PIN or the code.
    kept = school.read_bytes() + (school.parent / (school.name + ".keys")).read_bytes()
    assert not kept.startswith(b"SQLite format 3")
    assert b"240617" not in kept and recovery.group(0).encode() not in kept

    code, _, err = run(capsys, "--lang", "en", "people", "list", "--db", db)
    assert code == 1
    assert_one_clear_line(err, "--as NAME", "Tata Usaha")

    code, said, err = run(
        capsys,
        "--as",
        "tata usaha",
        "--pin-file",
        office_pin,
        "people",
        "add",
        "--db",
        db,
        "--name",
        "Bu Wali",
        "--role",
        "homeroom",
        "--teacher",
        teacher,
        "--new-pin-file",
        teacher_pin,
    )
    assert code == 0, err
    code, said, _ = run(
        capsys, "--as", "Bu Wali", "--pin-file", teacher_pin, "people", "list", "--db", db
    )
    assert code == 0 and "Bu Wali\thomeroom\t" + teacher in said

    code, _, err = run(  # a teacher may not add people
        capsys,
        "--lang",
        "en",
        "--as",
        "Bu Wali",
        "--pin-file",
        teacher_pin,
        "people",
        "add",
        "--db",
        db,
        "--name",
        "Orang Lain",
        "--role",
        "office",
        "--new-pin-file",
        teacher_pin,
    )
    assert code == 1
    assert_one_clear_line(err, "Only the office")

    code, _, err = run(
        capsys,
        "--lang",
        "en",
        "--as",
        "Bu Wali",
        "--pin-file",
        office_pin,
        "people",
        "list",
        "--db",
        db,
    )
    assert code == 1
    assert_one_clear_line(err, "PIN is not right", "tries left before a wait: 2")

    code, said, err = run(
        capsys,
        "--as",
        "Tata Usaha",
        "--pin-file",
        office_pin,
        "backup",
        "--db",
        db,
        "--to",
        str(tmp_path / "cadangan"),
    )
    assert code == 0, err
    backup = next((tmp_path / "cadangan").iterdir())
    code, _, err = run(  # restoring is the office's
        capsys,
        "--lang",
        "en",
        "--as",
        "Bu Wali",
        "--pin-file",
        teacher_pin,
        "restore",
        str(backup),
        "--db",
        db,
    )
    assert code == 1
    assert_one_clear_line(err, "Bu Wali is not the office")


def test_the_register_lists_what_left_and_writes_the_letters_for_a_stick(
    capsys,
    school,  # noqa: F811
    tmp_path,
):
    db = str(school)
    out = tmp_path / "paket.pdf"
    code, _, err = run(capsys, "packet", "--db", db, "--class", "VII A", "--out", str(out))
    assert code == 0, err
    code, said, _ = run(capsys, "register", "list", "--db", db)
    assert code == 0
    line, *earlier = said.strip().splitlines()  # newest first; then the demo's fortnight
    assert len(earlier) == 5 and "FLASHDISK-SRI" in "\n".join(earlier)
    entry, _when, person, kind, pupils, sealed, where, name = line.split("\t")
    assert (person, kind, sealed, where, name) == ("-", "packet", "plain", str(tmp_path), out.name)
    assert int(pupils) > 0
    letters = tmp_path / "pemberitahuan.pdf"
    code, said, err = run(
        capsys,
        "--lang",
        "en",
        "register",
        "lost",
        "--db",
        db,
        "--entry",
        entry,
        "--lost-on",
        "2026-11-28",
        "--how",
        "flashdisk hilang",
        "--out",
        str(letters),
    )
    assert code == 0, err
    assert "pemberitahuan.pdf" in said and letters.exists()
    code, _, err = run(
        capsys,
        "--lang",
        "en",
        "register",
        "lost",
        "--db",
        db,
        "--lost-on",
        "2026-11-28",
        "--out",
        str(letters),
    )
    assert code == 1
    assert_one_clear_line(err, "Choose the files")


def test_purge_asks_for_yes_and_blanks_the_pupil(capsys, school):  # noqa: F811
    import sqlite3

    with sqlite3.connect(school) as connection:
        name, nisn = connection.execute(
            "SELECT full_name, nisn FROM students WHERE nisn IS NOT NULL ORDER BY full_name"
        ).fetchone()
    code, _, err = run(capsys, "--lang", "en", "purge", "--db", str(school), "--pupil", nisn)
    assert code == 1
    assert_one_clear_line(err, "--yes")
    code, said, err = run(capsys, "purge", "--db", str(school), "--pupil", name, "--yes")
    assert code == 0, err
    with sqlite3.connect(school) as connection:
        assert connection.execute(
            "SELECT count(*) FROM students WHERE full_name = ? OR nisn = ?", (name, nisn)
        ).fetchone() == (0,)
        assert connection.execute(
            "SELECT count(*) FROM students WHERE purged_on IS NOT NULL"
        ).fetchone() == (1,)


def test_an_encrypted_backup_restores_on_a_new_laptop_with_a_pin_of_its_people(
    capsys,
    school,  # noqa: F811
    tmp_path,
):
    import shutil

    db = str(school)
    office_pin = _pin_file(tmp_path, "office.pin", "240617")
    assert (
        run(
            capsys,
            "people",
            "set-up",
            "--db",
            db,
            "--name",
            "Tata Usaha",
            "--new-pin-file",
            office_pin,
        )[0]
        == 0
    )
    stick = tmp_path / "stick"
    code, _, err = run(
        capsys,
        "--as",
        "Tata Usaha",
        "--pin-file",
        office_pin,
        "backup",
        "--db",
        db,
        "--to",
        str(stick),
    )
    assert code == 0, err
    [backup] = [p for p in stick.iterdir() if p.suffix == ".sqlite3"]
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert (stick / (backup.name + ".keys")).exists()

    new_laptop = tmp_path / "baru" / "sekolah.sqlite3"  # nothing there yet
    new_laptop.parent.mkdir()
    code, _, err = run(capsys, "--lang", "en", "restore", str(backup), "--db", str(new_laptop))
    assert code == 1
    assert_one_clear_line(err, "--as NAME", "Tata Usaha")
    code, said, err = run(
        capsys,
        "--as",
        "Tata Usaha",
        "--pin-file",
        office_pin,
        "restore",
        str(backup),
        "--db",
        str(new_laptop),
    )
    assert code == 0, err
    assert (new_laptop.parent / "sekolah.sqlite3.keys").exists()
    code, said, err = run(
        capsys,
        "--as",
        "Tata Usaha",
        "--pin-file",
        office_pin,
        "people",
        "list",
        "--db",
        str(new_laptop),
    )
    assert code == 0 and "Tata Usaha\toffice" in said, err
    shutil.rmtree(stick)
