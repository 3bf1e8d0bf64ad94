"""Three laptops and the office exchange sticks using only `tomoni sync`, and end equal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.hub.serving import hub_process
from tests.sync.helpers import PASSPHRASE, call, dump
from tests.test_cli import assert_one_clear_line, run
from tomoni_desktop.core.database import Database


def _edit(db: Path, sql: str) -> None:
    connection = sqlite3.connect(db)
    with connection:
        connection.execute(sql)
    connection.close()


def _dump(db: Path) -> dict:
    database = Database.open(db)
    try:
        return dump(database)
    finally:
        database.close()


def test_three_laptops_through_the_office_end_equal(capsys, tmp_path):
    secret = tmp_path / "frasa.txt"
    secret.write_text(PASSPHRASE + "\n")
    office = tmp_path / "kantor.sqlite3"
    laptops = [tmp_path / f"laptop{n}.sqlite3" for n in (1, 2, 3)]
    stick = tmp_path / "stick"
    stick.mkdir()
    assert run(capsys, "demo", "--db", str(office), "--students", "40")[0] == 0
    code, out, _ = run(
        capsys, "sync", "init-school", "--db", str(office), "--passphrase-file", str(secret)
    )
    assert code == 0 and PASSPHRASE not in out
    for n, laptop in enumerate(laptops, start=1):
        join = stick / f"laptop{n}.tomoni-join"
        code, out, _ = run(
            capsys,
            "sync",
            "invite",
            "--db",
            str(office),
            "--out",
            str(join),
            "--name",
            f"Laptop Guru {n}",
            "--passphrase-file",
            str(secret),
        )
        assert code == 0 and f"Laptop Guru {n}" in out
        code, out, _ = run(
            capsys, "sync", "join", str(join), "--db", str(laptop), "--passphrase-file", str(secret)
        )
        assert code == 0 and "Laptop Guru" in out

    def office_round() -> None:
        for laptop in laptops:
            out_file = stick / f"{laptop.stem}.tomoni"
            assert run(capsys, "sync", "export", "--db", str(laptop), "--to", str(out_file))[0] == 0
            assert run(capsys, "sync", "import", str(out_file), "--db", str(office))[0] == 0
        everything = stick / "kantor.tomoni"
        assert run(capsys, "sync", "export", "--db", str(office), "--to", str(everything))[0] == 0
        for laptop in laptops:
            assert run(capsys, "sync", "import", str(everything), "--db", str(laptop))[0] == 0
        everything.unlink()

    office_round()
    assert all(_dump(laptop) == _dump(office) for laptop in laptops)

    # Each laptop edits, one of them the same pupil as another; then a round through the office.
    _edit(
        laptops[0],
        "UPDATE students SET village = 'Mahalona' WHERE nisn IS NOT NULL "
        "AND id = (SELECT MIN(id) FROM students)",
    )
    _edit(
        laptops[1], "UPDATE students SET village = 'Lera' WHERE id = (SELECT MIN(id) FROM students)"
    )
    _edit(
        laptops[2],
        "UPDATE guardians SET name = 'Hj. Sitti' WHERE id = (SELECT MAX(id) FROM guardians)",
    )
    before_dry_run = _dump(office)
    code, out, _ = run(
        capsys,
        "sync",
        "import",
        "--dry-run",
        "--db",
        str(office),
        *_export_all(capsys, laptops, stick),
    )
    assert code == 0 and "uji coba" in out and "1 diperbarui" in out
    assert _dump(office) == before_dry_run  # a dry run writes nothing
    office_round()
    final = _dump(office)
    assert all(_dump(laptop) == final for laptop in laptops)
    database = Database.open(office)
    with database.engine.connect() as connection:
        village = connection.exec_driver_sql(
            "SELECT village FROM students WHERE id = (SELECT MIN(id) FROM students)"
        ).scalar()
        sitti = connection.exec_driver_sql(
            "SELECT COUNT(*) FROM guardians WHERE name = 'Hj. Sitti'"
        ).scalar()
    database.close()
    assert village in ("Mahalona", "Lera") and sitti == 1  # every laptop's edit arrived

    # The office removes laptop 3: its next bundle is refused at the office, in one line.
    code, out, _ = run(capsys, "sync", "revoke", "Laptop Guru 3", "--db", str(office))
    assert code == 0
    late = stick / "late.tomoni"
    assert run(capsys, "sync", "export", "--db", str(laptops[2]), "--to", str(late))[0] == 0
    code, _, err = run(capsys, "sync", "import", str(late), "--db", str(office))
    assert code == 1
    assert_one_clear_line(err, "late.tomoni", "dikeluarkan")
    # The removal travels: after the office's next bundle, laptop 1 refuses it too.
    office_round_bundle = stick / "kantor2.tomoni"
    run(capsys, "sync", "export", "--db", str(office), "--to", str(office_round_bundle))
    assert run(capsys, "sync", "import", str(office_round_bundle), "--db", str(laptops[0]))[0] == 0
    code, _, err = run(capsys, "sync", "import", str(late), "--db", str(laptops[0]))
    assert code == 1
    assert_one_clear_line(err, "late.tomoni", "dikeluarkan")


def _export_all(capsys, laptops: list[Path], stick: Path) -> list[str]:
    paths = []
    for laptop in laptops:
        out_file = stick / f"check-{laptop.stem}.tomoni"
        run(capsys, "sync", "export", "--db", str(laptop), "--to", str(out_file))
        paths.append(str(out_file))
    return paths


def _folder(path):
    path.mkdir()
    return path


def test_a_removed_laptop_learns_it_and_writes_no_more_bundles(capsys, tmp_path):
    from tests.sync.helpers import make_laptop, make_office, send
    from tomoni_desktop.core.unit_of_work import Units
    from tomoni_desktop.services import sync

    office = make_office(tmp_path, students=6)
    laptop = make_laptop(office, tmp_path, "Laptop Hilang")
    send(office, laptop, tmp_path / "a")
    call(office, sync.revoke_laptop, "Laptop Hilang")
    later = sync.export_bundle(Units(office), to=_folder(tmp_path / "b"), full=True)
    # Sealed with the school's new key, which the removed laptop was not given: it reads
    # nothing of it, but learns from the office's signed list why, and keeps that.
    [refused] = sync.import_bundles(Units(laptop), [later.path])
    assert "removed this laptop" in str(refused)
    assert call(laptop, sync.sync_status).removed
    code, _, err = run(capsys, "sync", "export", "--db", str(laptop.path), "--to", str(tmp_path))
    assert code == 1
    assert_one_clear_line(err, "dikeluarkan")
    assert not list(tmp_path.glob("*.tomoni"))
    office.close()
    laptop.close()


def test_a_laptop_pushes_and_pulls_through_tomoni_hub_serve(capsys, tmp_path):
    """`tomoni hub serve` as its own process on loopback; `tomoni sync push|pull` end equal."""
    secret = tmp_path / "frasa.txt"
    secret.write_text(PASSPHRASE + "\n")
    office, laptop = tmp_path / "kantor.sqlite3", tmp_path / "laptop.sqlite3"
    join = tmp_path / "laptop.tomoni-join"
    assert run(capsys, "demo", "--db", str(office), "--students", "30")[0] == 0
    for arguments in (
        ("sync", "init-school", "--db", str(office)),
        ("sync", "invite", "--db", str(office), "--out", str(join), "--name", "Laptop Wali"),
        ("sync", "join", str(join), "--db", str(laptop)),
    ):
        assert run(capsys, *arguments, "--passphrase-file", str(secret))[0] == 0
    with hub_process("--db", str(office)) as url:
        code, out, _ = run(capsys, "sync", "pull", "--db", str(laptop), "--hub", url)
        assert code == 0 and out.startswith(f"Dari hub di {url}: ") and " 0 konflik" in out
        _edit(laptop, "UPDATE students SET village = 'Mahalona' WHERE rowid = 1")
        code, out, _ = run(capsys, "sync", "push", "--db", str(laptop), "--hub", url)
        assert code == 0 and out.startswith("1 ") and url in out
    assert _dump(laptop) == _dump(office)
    code, _, err = run(capsys, "sync", "pull", "--db", str(laptop), "--hub", url)
    assert code != 0
    assert_one_clear_line(err)
