"""Nothing personal in tomoni.log: after the flows a school goes through from the command line
(a demo school, a Dapodik import with bad rows, codes recorded and refused, letters, a roster
export, sync between an office and a laptop, a backup and a restore, and failures on the way),
the log holds no pupil's or parent's name, no NISN, no phone number and no passphrase."""

from __future__ import annotations

import re
import sqlite3

from tests.sync.helpers import PASSPHRASE
from tests.test_cli import run
from tomoni_desktop.core.paths import log_path


def personal_words(database) -> set[str]:
    with sqlite3.connect(database) as connection:
        names = {n for (n,) in connection.execute("SELECT full_name FROM students")}
        nisns = {n for (n,) in connection.execute("SELECT nisn FROM students") if n}
        parents = {n for (n,) in connection.execute("SELECT name FROM guardians")}
        phones = {
            p
            for row in connection.execute("SELECT mobile, whatsapp FROM guardians")
            for p in row
            if p
        }
    # a phone as stored (+62…) and as a teacher writes it (08…)
    local = {"0" + p.removeprefix("+62") for p in phones}
    return names | nisns | parents | phones | local


def test_the_log_of_a_schools_flows_holds_nothing_personal(capsys, tmp_path, make_dapodik):
    from tests.samples import pupil
    from tests.test_cli_grades import pupils_of_first_class

    secret = tmp_path / "frasa.txt"
    secret.write_text(PASSPHRASE + "\n")
    office, laptop = tmp_path / "kantor.sqlite3", tmp_path / "laptop.sqlite3"
    assert run(capsys, "demo", "--db", str(office), "--students", "64")[0] == 0
    # pupils of the file, one with a NISN Excel mangled (a refused row, named in the answer)
    workbook = make_dapodik([pupil(1), pupil(2, nisn="1.23457E+09"), pupil(3)])
    run(capsys, "import", "dapodik", str(workbook), "--db", str(office), "--class", "VII A")
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(workbook.read_bytes()[:900])  # a file cut short
    run(capsys, "import", "dapodik", str(broken), "--db", str(office))
    with sqlite3.connect(office) as connection:
        codes = [c for (c,) in connection.execute("SELECT pickup_code FROM worksheet_copies")][:3]
    (name, nisn), *_ = pupils_of_first_class(office)
    run(
        capsys,
        "export",
        "pupil",
        "--db",
        str(office),
        "--pupil",
        "Nama Siswa Yang Tidak Ada",
        "--out",
        str(tmp_path / "x.pdf"),
    )  # refused, naming what was typed
    run(capsys, "pickup", *codes, "ACD-EFG", "--db", str(office))
    run(
        capsys,
        "report",
        "letters",
        "--db",
        str(office),
        "--out",
        str(tmp_path / "s.pdf"),
        "--class",
        "VII A",
        "--kind",
        "results",
        "--pupil",
        nisn,
        "--note",
        "Nilai naik.",
    )
    run(
        capsys,
        "report",
        "letters",
        "--db",
        str(office),
        "--out",
        str(tmp_path / "s.pdf"),
        "--class",
        "VII A",
        "--kind",
        "absence",
        "--pupil",
        name,
    )  # refused: no day
    run(
        capsys,
        "export",
        "pupil",
        "--db",
        str(office),
        "--pupil",
        nisn,
        "--out",
        str(tmp_path / "siswa.pdf"),
    )
    run(capsys, "export", "roster", "--db", str(office), "--out", str(tmp_path / "siswa.csv"))
    run(capsys, "sync", "init-school", "--db", str(office), "--passphrase-file", str(secret))
    join = tmp_path / "laptop.tomoni-join"
    run(
        capsys,
        "sync",
        "invite",
        "--db",
        str(office),
        "--out",
        str(join),
        "--name",
        "Laptop Bu Sri",
        "--passphrase-file",
        str(secret),
    )
    run(capsys, "sync", "join", str(join), "--db", str(laptop), "--passphrase-file", str(secret))
    wrong = tmp_path / "salah.txt"
    wrong.write_text("bukan frasa yang benar\n")
    run(
        capsys,
        "sync",
        "join",
        str(join),
        "--db",
        str(tmp_path / "lain.sqlite3"),
        "--passphrase-file",
        str(wrong),
    )  # refused
    bundle = tmp_path / "kantor.tomoni"
    run(capsys, "sync", "export", "--db", str(office), "--to", str(bundle), "--full")
    run(capsys, "sync", "import", str(bundle), "--db", str(laptop))
    run(capsys, "backup", "--db", str(laptop))
    backups = sorted((tmp_path / "backups").glob("tomoni-*.sqlite3"))
    run(capsys, "restore", str(backups[-1]), "--db", str(laptop))

    log = log_path().read_text(encoding="utf-8")
    assert "command failed" in log  # the refusals were logged, with their tracebacks
    words = personal_words(office) | {
        PASSPHRASE,
        "bukan frasa yang benar",
        "Nama Siswa Yang Tidak Ada",
    }
    found = sorted(w for w in words if len(w) >= 4 and re.search(re.escape(w), log))
    assert found == []
