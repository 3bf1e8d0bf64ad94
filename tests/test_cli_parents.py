"""`tomoni report letters / sign-in / schedule`, and a letter's reply recorded with `tomoni
pickup`, as a teacher or the office would type them."""

from __future__ import annotations

import sqlite3

import pytest
from pypdf import PdfReader

from tests.samples import qr_codes
from tests.test_cli import assert_one_clear_line, run
from tests.test_cli_grades import pupils_of_first_class, school  # noqa: F401 (a fixture)


def letters(path) -> list[tuple[str, str | None]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT code, replied_on FROM parent_letters WHERE kind = 'results' ORDER BY code"
        ).fetchall()


def test_letters_are_kept_printed_and_their_reply_scanned(capsys, school, tmp_path):  # noqa: F811
    (first, _nisn), (second, nisn) = pupils_of_first_class(school)[:2]
    out = tmp_path / "surat.pdf"
    code, said, _ = run(
        capsys,
        "report",
        "letters",
        "--db",
        str(school),
        "--out",
        str(out),
        "--class",
        "7a",
        "--kind",
        "results",
        "--pupil",
        first.lower(),
        "--pupil",
        nisn,
        "--note",
        "Nilai Matematika ananda naik.",
    )
    assert code == 0 and said.startswith(f"2 surat, 1 halaman: {out}")
    kept = letters(school)
    assert len(kept) == 2 and all(replied is None for _code, replied in kept)
    assert sorted(qr_codes(out)) == [code for code, _ in kept]
    text = PdfReader(out).pages[0].extract_text()
    assert first in text and second in text and "Nilai Matematika ananda naik." in text

    reply = kept[0][0]
    code, said, _ = run(capsys, "pickup", reply, "--db", str(school))
    assert code == 0 and said.startswith(f"{reply}: balasan surat dicatat, ")
    assert said.splitlines()[-1] == "1 dari 1 kode dicatat."
    code, said, _ = run(capsys, "pickup", reply, "--db", str(school))
    assert said.startswith(f"{reply}: balasan surat ini sudah dicatat pada ")
    assert [replied is not None for _code, replied in letters(school)] == [True, False]


def test_a_letter_without_what_it_needs_is_refused_and_nothing_is_kept(
    capsys,
    school,  # noqa: F811
    tmp_path,
):
    out = tmp_path / "surat.pdf"
    base = ("report", "letters", "--db", str(school), "--out", str(out), "--class", "VII A")
    code, _, err = run(capsys, *base, "--kind", "absence", "--pupil", "Tidak Ada Orang")
    assert code != 0
    assert_one_clear_line(err, "“Tidak Ada Orang”", "NISN")
    code, _, err = run(capsys, *base, "--kind", "absence")
    assert code != 0
    assert_one_clear_line(err, "Isi hari yang dimaksud surat")
    code, _, err = run(capsys, *base, "--kind", "results")
    assert_one_clear_line(err, "Tulis isi surat tentang hasil belajarnya")
    assert not out.exists() and letters(school) == []


def test_the_sign_in_sheet_of_the_next_meeting_and_the_schedule(capsys, school, tmp_path):  # noqa: F811
    out = tmp_path / "daftar-hadir.pdf"
    code, said, _ = run(
        capsys, "report", "sign-in", "--db", str(school), "--out", str(out), "--class", "VII A"
    )
    assert code == 0 and said.startswith("Pertemuan VII A pada ")
    with sqlite3.connect(school) as connection:
        [(meeting_code,)] = connection.execute(
            "SELECT code FROM parent_meetings WHERE held_on >= date('now')"
        ).fetchall()
    assert qr_codes(out) == [meeting_code]
    code, _, err = run(
        capsys, "report", "sign-in", "--db", str(school), "--out", str(out), "--class", "IX A"
    )
    assert code != 0
    assert_one_clear_line(err, "Kelas IX A belum punya rencana pertemuan")

    out = tmp_path / "jadwal.pdf"
    code, said, _ = run(capsys, "report", "schedule", "--db", str(school), "--out", str(out))
    assert code == 0 and said.startswith("3 kelas, ")
    pages = PdfReader(out).pages
    assert len(pages) == 3 and "Jadwal pelajaran daring · kelas VII A" in pages[0].extract_text()


@pytest.mark.parametrize("kind", ["week", "sign-in", "schedule", "letters"])
def test_every_paper_command_wants_a_pdf(capsys, school, tmp_path, kind):  # noqa: F811
    extra = {"sign-in": ["--class", "VII A"], "letters": ["--class", "VII A", "--kind", "results"]}
    code, _, err = run(
        capsys,
        "report",
        kind,
        "--db",
        str(school),
        "--out",
        str(tmp_path / "x.txt"),
        *extra.get(kind, []),
    )
    assert code != 0 and "x.txt" in err


def test_everything_about_a_pupil_for_a_parents_request(capsys, school, tmp_path):  # noqa: F811
    import json

    (name, nisn), *_ = pupils_of_first_class(school)
    out = tmp_path / "data-siswa.pdf"
    code, said, _ = run(
        capsys, "export", "pupil", "--db", str(school), "--pupil", nisn, "--out", str(out)
    )
    assert code == 0 and said.startswith(f"Semua data {name}: ")
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["pupil"] == {"id": data["pupil"]["id"], "name": name, "nisn": nisn}
    assert {"students", "guardians", "enrollments", "attendance_entries"} <= set(data["tables"])
    assert name in PdfReader(out).pages[0].extract_text()
    code, _, err = run(
        capsys, "export", "pupil", "--db", str(school), "--pupil", "Nama Lain", "--out", str(out)
    )
    assert code != 0
    assert_one_clear_line(err, "“Nama Lain”")
