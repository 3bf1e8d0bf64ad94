"""`tomoni pickup` as a teacher back from her round would type it."""

from __future__ import annotations

import sqlite3

import pytest

from tests.test_cli import assert_one_clear_line, run


def paper_codes(path, count: int) -> list[str]:
    """Codes of paper copies not back yet (the demo has some back already)."""
    with sqlite3.connect(path) as connection:
        return [
            code
            for (code,) in connection.execute(
                "SELECT pickup_code FROM worksheet_copies WHERE channel = 'paper' AND id NOT IN "
                "(SELECT copy_id FROM copy_returns WHERE deleted_at IS NULL) "
                "ORDER BY pickup_code LIMIT ?",
                (count,),
            )
        ]


def returns(path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT count(*) FROM copy_returns WHERE deleted_at IS NULL"
        ).fetchone()[0]


def test_codes_are_recorded_and_each_answer_is_clear(capsys, tmp_path):
    path = tmp_path / "sekolah.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--students", "64")[0] == 0
    first, second = paper_codes(path, 2)
    before = returns(path)
    code, out, err = run(
        capsys,
        "pickup",
        first.lower().replace("-", ""),  # as typed in a hurry
        second,
        "ACD-EFG",
        "K7M",
        "--db",
        str(path),
        "--how",
        "school",
    )
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{first}: dikembalikan, ")
    assert lines[2] == (
        "ACD-EFG: tidak ada lembar kerja atau surat dengan kode ini; periksa kodenya di kertas"
    )
    assert lines[3].startswith("K7M: bukan kode pengambilan")
    assert lines[4] == "2 dari 4 kode dicatat."
    assert_one_clear_line(err, "Tidak dicatat, periksa kode ini: ACD-EFG, K7M")
    assert returns(path) == before + 2
    code, out, _ = run(capsys, "pickup", first, "--db", str(path))
    assert code == 0 and out.startswith(f"{first}: sudah dikembalikan pada ")
    assert returns(path) == before + 2


def test_a_bad_date_is_refused_before_anything_is_written(capsys, tmp_path):
    path = tmp_path / "sekolah.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--students", "64")[0] == 0
    [first] = paper_codes(path, 1)
    before = returns(path)
    with pytest.raises(SystemExit) as stopped:  # argparse refuses it, as any bad option
        run(capsys, "pickup", first, "--db", str(path), "--date", "31-02-2026")
    assert stopped.value.code == 2
    assert "31-02-2026 bukan tanggal; tulis sebagai hh-bb-tttt" in capsys.readouterr().err
    code, _, err = run(capsys, "pickup", first, "--db", str(path), "--date", "01-01-2020")
    assert code == 1 and "tidak mungkin kembali sebelum" in err
    assert returns(path) == before


def test_plan_a_round_print_its_sheet_and_list_it(capsys, tmp_path):
    from pypdf import PdfReader

    path = tmp_path / "sekolah.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--students", "64")[0] == 0
    sheet = tmp_path / "rute.pdf"
    later = "31-12-2026"  # every demo copy is due by then
    code, out, _ = run(
        capsys,
        "round",
        "plan",
        "--db",
        str(path),
        "--class",
        "VII A",
        "--date",
        later,
        "--out",
        str(sheet),
    )
    assert code == 0 and out.startswith("Kunjungan kelas VII A pada 31-12-2026: ")
    assert "Kunjungan rumah kelas VII A" in PdfReader(sheet).pages[0].extract_text()
    code, out, _ = run(capsys, "round", "list", "--db", str(path))
    assert code == 0 and out.startswith("31-12-2026  VII A: ")
    code, _, err = run(
        capsys,
        "round",
        "plan",
        "--db",
        str(path),
        "--class",
        "VII A",
        "--out",
        str(tmp_path / "r.txt"),
    )
    assert code == 1
    assert_one_clear_line(err, "r.txt")


def test_the_outstanding_report_of_a_class(capsys, tmp_path):
    from pypdf import PdfReader

    path = tmp_path / "sekolah.sqlite3"
    assert run(capsys, "demo", "--db", str(path), "--students", "64")[0] == 0
    [first] = paper_codes(path, 1)
    assert run(capsys, "pickup", first, "--db", str(path))[0] == 0
    out = tmp_path / "belum.pdf"
    code, printed, _ = run(
        capsys, "report", "outstanding", "--db", str(path), "--class", "VII A", "--out", str(out)
    )
    assert code == 0 and printed.startswith("Kelas VII A: ")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Lembar kerja belum kembali · kelas VII A" in text
    assert first not in text  # returned: not listed
    with sqlite3.connect(path) as connection:
        still_out = connection.execute(
            "SELECT c.pickup_code FROM worksheet_copies c JOIN hand_outs h ON h.id = c.hand_out_id "
            "JOIN school_classes k ON k.id = h.class_id WHERE k.name = 'VII A' AND c.channel = "
            "'paper' AND NOT EXISTS (SELECT 1 FROM copy_returns r WHERE r.copy_id = c.id)"
        ).fetchall()
    assert still_out and all(code in text for (code,) in still_out)
