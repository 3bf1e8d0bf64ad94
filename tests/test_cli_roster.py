"""`tomoni import` and `tomoni export` as the office or a teacher would type them."""

from __future__ import annotations

import csv
import re
import sqlite3

import pytest
from openpyxl import load_workbook

from tests.samples import pupil
from tests.test_cli import assert_one_clear_line, run


@pytest.fixture
def school_db(tmp_path, capsys):
    path = tmp_path / "sekolah.sqlite3"
    code, _, _ = run(capsys, "demo", "--db", str(path), "--students", "12")
    assert code == 0
    return path


def count(path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
        ).fetchone()[0]


def test_dry_run_shows_the_preview_and_writes_nothing(capsys, school_db, make_dapodik):
    path = make_dapodik([pupil(n) for n in range(1, 5)])
    code, out, _ = run(capsys, "import", "dapodik", str(path), "--db", str(school_db), "--dry-run")
    assert code == 0
    assert "dapodik.xlsx: 4 baru, 0 diperbarui" in out
    assert "kelas baru: VII B (tingkat 7)" in out
    assert "Uji coba: tidak ada yang ditulis." in out
    assert count(school_db, "students") == 12
    assert count(school_db, "imported_values") == 0


def test_problem_rows_stop_the_import_unless_left_out(capsys, school_db, make_dapodik):
    path = make_dapodik([pupil(1), pupil(2, nisn="1.23457E+09"), pupil(3)])
    code, out, err = run(capsys, "import", "dapodik", str(path), "--db", str(school_db))
    assert code == 1
    assert "baris 8, kolom NISN (E):" in out
    assert_one_clear_line(err, "Baris bermasalah: 1; tidak ada yang ditulis")
    assert count(school_db, "students") == 12
    code, _out, err = run(
        capsys, "--lang", "en", "import", "dapodik", str(path), "--db", str(school_db)
    )
    assert code == 1  # in English too, right for one row as for two ("1 rows" before)
    assert_one_clear_line(err, "Rows with problems: 1; nothing was written")

    code, out, _ = run(
        capsys, "import", "dapodik", str(path), "--db", str(school_db), "--skip-problems"
    )
    assert code == 0 and "Diimpor: 2 baru, 0 diperbarui, 0 tidak berubah, 1 dilewati" in out
    assert count(school_db, "students") == 14


def test_a_nisn_clash_is_decided_on_the_command_line(capsys, school_db, make_dapodik):
    from datetime import date

    first = make_dapodik([pupil(1, name="SRI WAHYUNI", birth_date=date(2013, 5, 2))], "a.xlsx")
    assert run(capsys, "import", "dapodik", str(first), "--db", str(school_db))[0] == 0
    other = pupil(1, name="EKO PRASETYO", gender="L", birth_date=date(2012, 11, 20))
    path = make_dapodik([other], "b.xlsx")
    code, out, _ = run(capsys, "import", "dapodik", str(path), "--db", str(school_db), "--dry-run")
    assert code == 0
    [hint] = [line for line in out.splitlines() if "--same-child" in line]
    row = hint.split()[1].rstrip(":")
    assert f"--other-child {row}" in hint and "Sri Wahyuni" in hint  # names are tidied
    before = count(school_db, "students")
    code, out, _ = run(
        capsys, "import", "dapodik", str(path), "--db", str(school_db), "--other-child", row
    )
    assert code == 0 and "Diimpor: 1 baru" in out
    assert count(school_db, "students") == before + 1
    with sqlite3.connect(school_db) as connection:
        assert connection.execute(
            "SELECT nisn FROM students WHERE full_name = 'Eko Prasetyo'"
        ).fetchone() == (None,)


def test_nothing_sensitive_reaches_the_database(capsys, school_db, make_dapodik):
    path = make_dapodik([pupil(n) for n in range(1, 4)])
    assert run(capsys, "import", "dapodik", str(path), "--db", str(school_db))[0] == 0
    with sqlite3.connect(school_db) as connection:
        dump = "\n".join(connection.iterdump())
    # NIK and No KK of the sample ("3317" and the row, 16 digits); "3317" alone can be in a
    # timestamp's microseconds
    assert not [n for n in range(1, 4) if "3317" + str(n).zfill(12) in dump]
    assert not re.search(r"3317\d{12}", dump)
    assert "BRI" not in dump and "KIP" not in dump and "-2.6184" not in dump


def test_only_one_class(capsys, school_db, make_dapodik):
    path = make_dapodik([pupil(n) for n in range(1, 7)])
    code, out, _ = run(
        capsys, "import", "dapodik", str(path), "--db", str(school_db), "--class", "VII-B"
    )
    assert code == 0 and "Diimpor: 3 baru" in out


def test_export_csv_and_xlsx_then_import_the_csv_back(capsys, school_db, tmp_path):
    out_csv = tmp_path / "kelas.csv"
    code, out, _ = run(
        capsys, "export", "roster", "--db", str(school_db), "--out", str(out_csv), "--class", "7a"
    )
    assert code == 0 and out.startswith("4 siswa ditulis")
    with out_csv.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["Nama", "NISN", "NIS", "JK"]
    assert {
        "Akses HP",
        "Sinyal",
        "Orang Tua/Wali Utama",
        "No HP Orang Tua/Wali",
        "Desa/Kelurahan",
    } <= set(rows[0])
    assert len(rows) == 5 and all(row[7] == "VII A" for row in rows[1:])

    out_xlsx = tmp_path / "semua.xlsx"
    code, out, _ = run(capsys, "export", "roster", "--db", str(school_db), "--out", str(out_xlsx))
    assert code == 0
    sheet = load_workbook(out_xlsx).active
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 13
    assert all(isinstance(row[1], str) and len(row[1]) == 10 for row in values[1:] if row[1])

    code, out, _ = run(capsys, "import", "csv", str(out_csv), "--db", str(school_db))
    assert code == 0 and "0 baru, 0 diperbarui, 4 tidak berubah" in out


def test_export_to_an_unknown_kind_of_file(capsys, school_db, tmp_path):
    code, _, err = run(
        capsys, "export", "roster", "--db", str(school_db), "--out", str(tmp_path / "x.pdf")
    )
    assert code == 1
    assert_one_clear_line(err, "Ekspor ke berkas .csv atau .xlsx, bukan x.pdf.")


def test_import_of_something_that_is_not_a_workbook(capsys, school_db, tmp_path):
    bogus = tmp_path / "daftar.xlsx"
    bogus.write_text("bukan excel")
    code, _, err = run(capsys, "import", "dapodik", str(bogus), "--db", str(school_db))
    assert code == 1
    assert_one_clear_line(err, "daftar.xlsx bukan berkas Excel .xlsx.")


def test_ten_thousand_rows(capsys, school_db, tmp_path):
    from tomoni_desktop.io.roster_csv import HEADERS

    path = tmp_path / "besar.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        for n in range(10_000):
            row = dict.fromkeys(HEADERS, "")
            row.update(
                {
                    "Nama": f"Siswa {n}",
                    "NISN": f"02{n:08d}",
                    "JK": "LP"[n % 2],
                    "Kelas": f"{7 + n % 3} {'ABCDEFGHIJ'[n % 10]}",
                }
            )
            writer.writerow(row.values())
    code, out, _ = run(capsys, "import", "csv", str(path), "--db", str(school_db))
    assert code == 0 and "Diimpor: 10000 baru" in out
    assert count(school_db, "students") == 10_012


def test_packet_for_a_class(capsys, tmp_path):
    from pypdf import PdfReader

    db = tmp_path / "demo.sqlite3"
    assert run(capsys, "demo", "--db", str(db), "--students", "96")[0] == 0
    out = tmp_path / "paket-7a.pdf"
    code, text, _ = run(
        capsys, "packet", "--db", str(db), "--class", "VII A", "--out", str(out), "--paper", "A4"
    )
    assert code == 0 and text.startswith("Paket kelas VII A: ")
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.height)) == 842
    code, text, _ = run(
        capsys,
        "packet",
        "--db",
        str(db),
        "--class",
        "VII A",
        "--worksheet",
        "pecahan",
        "--out",
        str(tmp_path / "pecahan.pdf"),
    )
    assert code == 0
    assert "Sistem organisasi" not in " ".join(
        p.extract_text() for p in PdfReader(tmp_path / "pecahan.pdf").pages
    )


def test_packet_errors(capsys, tmp_path):
    db = tmp_path / "demo.sqlite3"
    assert run(capsys, "demo", "--db", str(db), "--students", "96")[0] == 0
    code, _, err = run(
        capsys, "packet", "--db", str(db), "--class", "IX A", "--out", str(tmp_path / "x.pdf")
    )
    assert code == 1
    assert_one_clear_line(err, "Tidak ada siswa kelas IX A yang menunggu lembar kerja cetak.")
    code, _, err = run(
        capsys, "packet", "--db", str(db), "--class", "VII A", "--out", str(tmp_path / "x.docx")
    )
    assert code == 1
    assert_one_clear_line(err, "Paket berupa PDF: beri nama berkas .pdf, bukan x.docx.")
