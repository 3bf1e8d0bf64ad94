"""The CSV roster: separators, encodings, and a round trip through the export."""

from __future__ import annotations

import pytest

from tomoni_desktop.core.i18n import translator
from tomoni_desktop.core.models import GuardianRelation, PhoneAccess, Signal
from tomoni_desktop.io.excel import FileProblem
from tomoni_desktop.io.roster_csv import HEADERS, read_roster_csv

indonesian = translator("id")
HEADER = "Nama;NISN;JK;Kelas;Akses HP;Sinyal;Nama Ibu;No HP Orang Tua/Wali\n"


def write(tmp_path, text: str, encoding: str = "utf-8", name: str = "siswa.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_separators(tmp_path, separator):
    text = HEADER.replace(";", separator) + separator.join(
        ["Ayu Lestari", "0123456789", "P", "VII A", "Tidak ada", "Lemah", "Sri", "0812-3456-7890"]
    )
    [record] = read_roster_csv(write(tmp_path, text))
    assert record.full_name == "Ayu Lestari" and record.nisn == "0123456789"
    assert record.phone_access is PhoneAccess.NONE and record.signal is Signal.WEAK
    [mother] = record.guardians
    assert mother.relation is GuardianRelation.MOTHER and mother.primary
    assert mother.mobile == "+6281234567890"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_encodings(tmp_path, encoding):
    text = HEADER + "A. Muh. Ma’ruf Al-Fatih;;L;7A;Punya HP;Baik;Hj. Sitti;\n"
    [record] = read_roster_csv(write(tmp_path, text, encoding))
    assert record.full_name == "A. Muh. Ma’ruf Al-Fatih"
    assert record.class_name == "VII A"


def test_a_csv_in_the_wrong_encoding(tmp_path):
    path = write(tmp_path, HEADER + "Ayu;;P;VII A;;;;\n", "utf-16")
    with pytest.raises(FileProblem) as caught:
        read_roster_csv(path)
    assert "UTF-16" in caught.value.translated(indonesian) and "siswa.csv" in caught.value.english()


def test_row_problems_name_the_line_and_column(tmp_path):
    text = HEADER + "Ayu;123;P;VII A;Kadang;Baik;;\nBudi;;X;Kelas Unggulan;;;;08123\n"
    first, second = read_roster_csv(write(tmp_path, text))
    assert [(p.row, p.column) for p in first.problems] == [(2, "NISN"), (2, "Akses HP")]
    assert [(p.row, p.column) for p in second.problems] == [(3, "JK"), (3, "Kelas")]
    assert [(p.row, p.column) for p in second.warnings] == [(3, "No HP Orang Tua/Wali")]


def test_missing_required_column(tmp_path):
    with pytest.raises(FileProblem) as caught:
        read_roster_csv(write(tmp_path, "Nama;NISN\nAyu;0123456789\n"))
    assert caught.value.translated(indonesian) == "Kolom JK, Kelas tidak ada di berkas."


def test_headers_only_is_an_empty_file(tmp_path):
    with pytest.raises(FileProblem, match="no pupils"):
        read_roster_csv(write(tmp_path, ";".join(HEADERS) + "\n"))
