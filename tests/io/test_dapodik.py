"""Reading the real Dapodik layout, and every kind of bad file, with the teacher's message."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook

from tests.samples import pupil
from tomoni_desktop.core.i18n import translator
from tomoni_desktop.core.models import Gender, GuardianRelation
from tomoni_desktop.io.dapodik import read_dapodik
from tomoni_desktop.io.excel import FileProblem

indonesian = translator("id")


def problems_of(record):
    return [(p.column, p.error.translated(indonesian)) for p in record.problems]


def test_reads_the_two_row_header_and_data_from_row_7(make_dapodik):
    path = make_dapodik([pupil(1), pupil(2, guardian="NENEK SARI")])
    result = read_dapodik(path)
    assert result.header_row == 6
    first, second = result.records
    assert first.row == 7 and second.row == 8
    assert first.full_name == "Siswa Nomor 1"  # ALL CAPS from the office, tidied
    assert first.nisn == "0100000001"  # stored by Excel as a number: leading zero back
    assert first.nis == "2526001"
    assert first.gender is Gender.MALE and second.gender is Gender.FEMALE
    assert first.birth_date == date(2013, 2, 2)
    assert (first.class_level, first.class_name) == (7, "VII A")
    assert (second.class_level, second.class_name) == (7, "VII B")
    assert (first.village, first.dusun, first.rt) == ("Bayondo", "Dusun Mawar", "001")
    relations = {g.relation: g for g in first.guardians}
    assert relations[GuardianRelation.FATHER].name == "Ayah 1"
    assert relations[GuardianRelation.MOTHER].primary  # the mother is the usual contact
    assert relations[GuardianRelation.MOTHER].mobile == "+62812" + "00000001"
    wali = next(g for g in second.guardians if g.primary)
    assert wali.relation is GuardianRelation.GUARDIAN and wali.name == "Nenek Sari"


def test_sensitive_columns_are_never_read(make_dapodik):
    record = read_dapodik(make_dapodik([pupil(1)])).records[0]
    everything = repr(record)
    assert "3317" not in everything  # the fake NIK / KK numbers of the sample
    assert "KIP" not in everything and "BRI" not in everything and "-2.6184" not in everything


def test_columns_moved_by_hand_still_read(make_dapodik, tmp_path):
    path = make_dapodik([pupil(1), pupil(2)])
    workbook = load_workbook(path)
    sheet = workbook.active
    sheet.move_range("B5:B8", cols=80)  # Nama moved far to the right
    workbook.save(path)
    names = [r.full_name for r in read_dapodik(path).records]
    assert names == ["Siswa Nomor 1", "Siswa Nomor 2"]


def test_names_with_apostrophes_dots_and_length(make_dapodik):
    long_name = "A. MUH. MA'RUF AL-FATIH BIN " + "ABDULLAH " * 30
    records = read_dapodik(
        make_dapodik(
            [
                pupil(1, name="A. MUH. MA'RUF AL-FATIH"),
                pupil(2, name=long_name),
                pupil(3, name="  Andi   Tenri  Ajeng "),
            ]
        )
    ).records
    assert records[0].full_name == "A. Muh. Ma'ruf Al-Fatih"
    assert problems_of(records[1]) == [("Nama (B)", "Teks ini lebih dari 200 karakter.")]
    assert records[2].full_name == "Andi Tenri Ajeng"  # mixed case kept, spaces tidied


def test_nisn_in_scientific_notation(make_dapodik):
    records = read_dapodik(
        make_dapodik([pupil(1, nisn="1.23456789E+08"), pupil(2, nisn="1.23457E+09")])
    ).records
    assert records[0].nisn == "0123456789" and records[0].ok
    [(column, message)] = problems_of(records[1])
    assert column == "NISN (E)"
    assert "notasi ilmiah" in message and "1.23457E+09" in message


def test_unreadable_date_and_gender_name_row_and_column(make_dapodik):
    records = read_dapodik(make_dapodik([pupil(1, birth_date=None), pupil(2, gender="X")])).records
    assert records[0].birth_date is None and records[0].ok  # an empty date is allowed
    assert problems_of(records[1]) == [("JK (D)", "Jenis kelamin harus L atau P, bukan X.")]


def test_a_date_written_as_text(make_dapodik):
    path = make_dapodik([pupil(1), pupil(2)])
    workbook = load_workbook(path)
    workbook.active["G7"] = "14/03/2011"
    workbook.active["G8"] = "kemarin sore"
    workbook.save(path)
    first, second = read_dapodik(path).records
    assert first.birth_date == date(2011, 3, 14)
    [(column, message)] = problems_of(second)
    assert column == "Tanggal Lahir (G)" and "kemarin sore" in message


def test_formula_cells_read_their_value_and_say_when_there_is_none(make_dapodik, tmp_path):
    path = make_dapodik([pupil(1), pupil(2)])
    workbook = load_workbook(path)
    workbook.active["B7"] = '=UPPER("siti aminah")'
    workbook.active["B8"] = '=UPPER("tanpa nilai")'
    workbook.save(path)
    # Excel saves the last computed value beside a formula; give B7 one, as Excel would.
    patched = tmp_path / "formula.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b'<c r="B7"><f>UPPER("siti aminah")</f><v /></c>',
                    b'<c r="B7" t="str"><f>UPPER("siti aminah")</f><v>SITI AMINAH</v></c>',
                )
                assert b"SITI AMINAH" in data
            target.writestr(item, data)
    first, second = read_dapodik(patched).records
    assert first.full_name == "Siti Aminah"
    assert problems_of(second) == [("Nama (B)", "Nama kosong.")]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Nama,NISN\nAyu,0123456789\n", "bukan berkas Excel .xlsx"),
        (b"%PDF-1.4 not a workbook", "bukan berkas Excel .xlsx"),
        (b"PK\x03\x04" + b"\x00" * 100, "rusak dan tidak dapat dibaca"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + "EncryptionInfo".encode("utf-16-le")
            + b"\x00" * 500,
            "dilindungi kata sandi",
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "Excel 97-2003"),
    ],
    ids=["csv", "pdf", "corrupt", "password", "old-xls"],
)
def test_files_that_are_not_readable_workbooks(tmp_path, content, expected):
    path = tmp_path / "siswa.xlsx"
    path.write_bytes(content)
    with pytest.raises(FileProblem) as caught:
        read_dapodik(path)
    assert expected in caught.value.translated(indonesian)


def test_a_truncated_workbook(make_dapodik):
    path = make_dapodik([pupil(n) for n in range(1, 30)])
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(FileProblem, match="damaged"):
        read_dapodik(path)


def test_empty_sheet_no_header_and_missing_column(tmp_path, make_dapodik):
    from openpyxl import Workbook

    empty = tmp_path / "kosong.xlsx"
    Workbook().save(empty)
    with pytest.raises(FileProblem) as caught:
        read_dapodik(empty)
    assert caught.value.translated(indonesian) == "kosong.xlsx tidak berisi data siswa."

    other = tmp_path / "lain.xlsx"
    workbook = Workbook()
    workbook.active.append(["Tanggal", "Kegiatan"])
    workbook.active.append(["2026-11-02", "Rapat orang tua"])
    workbook.save(other)
    with pytest.raises(FileProblem) as caught:
        read_dapodik(other)
    assert "Nama dan NISN" in caught.value.translated(indonesian)

    path = make_dapodik([pupil(1)])
    workbook = load_workbook(path)
    for cell in workbook.active[5]:
        if cell.value == "Rombel Saat Ini":
            cell.value = "Kelas Lama"
    workbook.save(path)
    with pytest.raises(FileProblem) as caught:
        read_dapodik(path)
    assert caught.value.translated(indonesian) == "Kolom Rombel Saat Ini tidak ada di berkas."
