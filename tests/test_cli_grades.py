"""`tomoni report progress|leger`: the class's reports on paper, read back from the PDF."""

from __future__ import annotations

import sqlite3

import pytest
from pypdf import PdfReader

from tests.test_cli import assert_one_clear_line, run
from tomoni_desktop.services.demo.names import SUBJECTS


@pytest.fixture
def school(tmp_path, capsys):
    path = tmp_path / "sekolah.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--students", "64")[0] == 0
    return path


def pupils_of_first_class(path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT s.full_name, s.nisn FROM students s JOIN enrollments e ON e.student_id = s.id "
            "JOIN school_classes c ON c.id = e.class_id WHERE c.name = 'VII A' ORDER BY s.full_name"
        ).fetchall()


def text_of(page) -> str:
    return " ".join(page.extract_text().split())


def test_progress_reports_have_a_sheet_for_every_pupil_with_every_subject(capsys, school, tmp_path):
    out = tmp_path / "rapor.pdf"
    code, said, _ = run(
        capsys, "report", "progress", "--db", str(school), "--class", "VII A", "--out", str(out)
    )
    pupils = pupils_of_first_class(school)
    assert code == 0 and said.startswith(f"Kelas VII A: laporan perkembangan {len(pupils)} siswa")
    pages = PdfReader(out).pages
    assert len(pages) == len(pupils)  # one sheet a pupil
    for page, (name, nisn) in zip(pages, pupils, strict=True):
        text = text_of(page)
        assert name in text and nisn in text
        assert all(subject in text for subject, _short in SUBJECTS[:6])
        for words in ("Sakit", "Izin", "Tanpa Keterangan", "Catatan Wali Kelas", "Tanggapan"):
            assert words in text
    first = text_of(pages[0])
    assert "Menunjukkan penguasaan yang baik dalam" in first or "Perlu bantuan dalam" in first


def test_the_leger_has_every_pupil_every_subject_and_the_absence_columns(capsys, school, tmp_path):
    out = tmp_path / "leger.pdf"
    code, said, _ = run(
        capsys, "report", "leger", "--db", str(school), "--class", "VII A", "--out", str(out)
    )
    assert code == 0 and said.startswith("Leger 1 kelas, 2 halaman")
    page, summary = PdfReader(out).pages
    assert page.mediabox.width > page.mediabox.height  # landscape
    text = text_of(page)
    header = text.split("Nama")[1].split(" 1 ")[0]
    assert all(short in header for _name, short in SUBJECTS) and header.split()[-3:] == [
        "S",
        "I",
        "A",
    ]
    for name, nisn in pupils_of_first_class(school):
        assert name in text and nisn in text
    assert "Rata-rata kelas" in text
    last = text_of(summary)  # the spread of final scores and the TPs the class has not reached
    assert "Ringkasan nilai akhir · Kelas VII A" in last and "85-100" in last
    assert all(name in last for name, _short in SUBJECTS)
    assert "Tujuan pembelajaran yang belum dicapai" in last
    # Every class (the others have no grades yet: "-" in every cell)
    every = tmp_path / "leger-sekolah.pdf"
    code, said, _ = run(capsys, "report", "leger", "--db", str(school), "--out", str(every))
    pages = PdfReader(every).pages
    assert code == 0 and len(pages) >= 2 and "Kelas VIII A" in " ".join(text_of(p) for p in pages)


def test_a_report_must_be_a_pdf_and_the_class_must_exist(capsys, school, tmp_path):
    code, _, err = run(
        capsys, "report", "leger", "--db", str(school), "--out", str(tmp_path / "leger.xlsx")
    )
    assert code == 1
    assert_one_clear_line(err, "Laporan berupa PDF: beri nama berkas .pdf, bukan leger.xlsx.")
    code, _, err = run(
        capsys,
        "report",
        "progress",
        "--db",
        str(school),
        "--class",
        "XII Z",
        "--out",
        str(tmp_path / "r.pdf"),
    )
    assert code == 1 and "XII Z" in err and not (tmp_path / "r.pdf").exists()


def test_the_erapor_workbook_has_a_sheet_per_subject_and_keeps_nisn_as_text(
    capsys, school, tmp_path
):
    from openpyxl import load_workbook

    from tomoni_desktop.reports.erapor import HEADER_BLOCK, SCORE_COLUMNS, TP_COLUMNS

    out = tmp_path / "erapor.xlsx"
    code, said, _ = run(
        capsys, "export", "erapor", "--db", str(school), "--class", "VII A", "--out", str(out)
    )
    assert code == 0 and said.startswith(f"Kelas VII A: {len(SUBJECTS)} mata pelajaran")
    workbook = load_workbook(out)
    assert workbook.sheetnames[:2] == ["PAI", "PAI TP"] and len(workbook.sheetnames) == 24
    pupils = pupils_of_first_class(school)
    scores = list(workbook["MTK"].iter_rows(values_only=True))
    assert [row[0] for row in scores[: len(HEADER_BLOCK)]] == list(HEADER_BLOCK)
    assert scores[0][1] == "Matematika" and scores[1][1] == "VII A"
    table = scores[len(HEADER_BLOCK) + 1 :]
    assert table[0] == SCORE_COLUMNS
    assert [(row[2], row[1]) for row in table[1:]] == pupils  # NISN as written, leading 0 kept
    assert all(isinstance(row[1], str) for row in table[1:])
    assert all(row[3] is None or 0 <= row[3] <= 100 for row in table[1:])
    tps = list(workbook["MTK TP"].iter_rows(values_only=True))
    header = tps[len(HEADER_BLOCK) + 1]
    assert header[: len(TP_COLUMNS)] == TP_COLUMNS and header[len(TP_COLUMNS) :] == (
        "TP 1",
        "TP 2",
        "TP 3",
    )
    flags = {v for row in tps[len(HEADER_BLOCK) + 2 :][: len(pupils)] for v in row[3:6]}
    assert flags <= {0, 1, None} and {0, 1} <= flags
    code, _, err = run(
        capsys,
        "export",
        "erapor",
        "--db",
        str(school),
        "--class",
        "VII A",
        "--out",
        str(tmp_path / "erapor.csv"),
    )
    assert code == 1 and "bukan erapor.csv" in err


def test_grades_go_to_excel_and_come_back_whole_or_not_at_all(capsys, school, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "nilai.xlsx"
    args = ("--db", str(school), "--class", "VII A", "--subject", "MTK")
    code, said, _ = run(capsys, "grades", "export", *args, "--out", str(out))
    assert code == 0 and said.startswith(f"{len(pupils_of_first_class(school))} siswa x ")
    workbook = load_workbook(out)
    sheet = workbook.active
    rows = list(sheet.iter_rows(values_only=True))
    header = next(n for n, row in enumerate(rows, start=1) if row[:3] == ("No", "NISN", "Nama"))
    first = rows[header]  # the first pupil's row (1-based header + 1 - 1)
    assert rows[0][:2] == ("Mata Pelajaran", "Matematika") and isinstance(first[1], str)
    sheet.cell(row=header + 1, column=4).value = "99"
    sheet.cell(row=header + 2, column=5).value = "TK"
    changed = tmp_path / "nilai-diubah.xlsx"
    workbook.save(changed)

    def stored() -> list:
        with sqlite3.connect(school) as connection:
            return connection.execute(
                "SELECT score, mark FROM assessment_results ORDER BY id"
            ).fetchall()

    before = stored()
    code, said, _ = run(capsys, "grades", "import", str(changed), *args, "--dry-run")
    assert code == 0 and said.splitlines()[-1] == (
        "Uji coba: 2 nilai akan berubah; tidak ada yang ditulis."
    )
    assert f"{first[2]} · " in said and "→ 99" in said and stored() == before

    sheet.cell(row=header + 3, column=4).value = "sembilan"  # one bad cell: nothing is kept
    bad = tmp_path / "nilai-salah.xlsx"
    workbook.save(bad)
    code, _, err = run(capsys, "grades", "import", str(bad), *args)
    assert code == 1 and stored() == before
    assert_one_clear_line(
        err,
        f"nilai-salah.xlsx, baris {header + 3}, kolom D: “sembilan” bukan nilai "
        "(nilai 0-100, 55/80, 85 L, TK, DS atau BD).",
    )
    code, said, _ = run(capsys, "grades", "import", str(changed), *args)
    assert code == 0 and said.splitlines()[-1] == "2 nilai berubah." and stored() != before
    code, _, err = run(
        capsys, "grades", "export", *args[:4], "--subject", "Kimia", "--out", str(out)
    )
    assert code == 1 and "Kimia" in err


def test_the_missing_scores_of_a_class_are_printed_per_subject(capsys, school, tmp_path):
    out = tmp_path / "belum-lengkap.pdf"
    code, said, _ = run(
        capsys, "report", "missing", "--db", str(school), "--class", "VII A", "--out", str(out)
    )
    assert code == 0 and said.startswith("Kelas VII A: ")
    count = int(said.split(": ")[1].split()[0])
    text = " ".join(text_of(page) for page in PdfReader(out).pages)
    assert "Nilai yang belum lengkap · kelas VII A" in text
    # the demo's one final score set by hand is there, with its reason
    assert "nilai akhir diubah manual" in text and "Remedial lisan" in text
    assert count >= 1 and f"{count} hal" in text


def test_the_principals_week_is_one_page_and_a_bad_output_is_refused(capsys, school, tmp_path):
    out = tmp_path / "minggu.pdf"
    code, said, _ = run(capsys, "report", "week", "--db", str(school), "--out", str(out))
    assert code == 0 and said.strip().endswith(f"1 halaman: {out}")
    text = PdfReader(out).pages[0].extract_text()
    assert "Laporan mingguan" in text and "Per desa" in text
    code, _, err = run(
        capsys, "report", "week", "--db", str(school), "--out", str(tmp_path / "x.txt")
    )
    assert code != 0 and "x.txt" in err
    with pytest.raises(SystemExit):
        run(capsys, "report", "week", "--db", str(school), "--out", str(out), "--week", "31-02")
    assert "31-02 bukan tanggal" in capsys.readouterr().err
