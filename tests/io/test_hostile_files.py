"""Files made to exhaust the laptop are refused or read quickly, with a message that names
the file and the limit (issue 15 §2). Each is made by the test itself
(tomoni_desktop/io/hostile_samples.py); `benchmarks/hostile.py` times the full-size ones."""

from __future__ import annotations

import time

import pytest

from tomoni_desktop.core.errors import TomoniError, ValidationError
from tomoni_desktop.io import hostile_samples as hostile
from tomoni_desktop.io.excel import FileProblem
from tomoni_desktop.services.roster.files import read_roster_file


def test_a_workbook_declaring_a_million_blank_rows_is_read_in_a_moment(tmp_path):
    path = hostile.blank_rows_workbook(tmp_path / "kosong.xlsx")
    assert path.stat().st_size < 3000
    seen: list[int] = []
    started = time.monotonic()
    records = read_roster_file(path, "csv", lambda done, _total: seen.append(done))
    assert time.monotonic() - started < 10
    assert [r.full_name for r in records] == ["Ani", "Budi"]
    assert seen  # progress moved over the blank rows too


def test_a_workbook_declaring_a_billion_rows_ends(tmp_path):
    path = hostile.blank_rows_workbook(tmp_path / "milyar.xlsx", last_row=1_000_000_000)
    started = time.monotonic()
    records = read_roster_file(path, "csv")
    assert time.monotonic() - started < 10
    assert len(records) == 2


def test_reading_a_workbook_can_be_cancelled_on_blank_rows(tmp_path):
    path = hostile.blank_rows_workbook(tmp_path / "kosong.xlsx")

    class Stop(Exception):
        pass

    def cancel(_done: int, _total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        read_roster_file(path, "csv", cancel)


def test_a_shared_string_that_unpacks_to_a_gigabyte_is_refused_unread(tmp_path):
    path = hostile.shared_string_bomb(tmp_path / "bom.xlsx", megabytes=256)
    assert path.stat().st_size < 2 * 1024 * 1024
    for source in ("dapodik", "csv"):
        started = time.monotonic()
        with pytest.raises(FileProblem) as raised:
            read_roster_file(path, source)
        assert time.monotonic() - started < 2
        assert "bom.xlsx" in raised.value.english() and "32 MB" in raised.value.english()


def test_a_csv_cell_of_ten_megabytes_is_named_by_its_row(tmp_path):
    path = hostile.long_field_csv(tmp_path / "panjang.csv")
    with pytest.raises(FileProblem) as raised:
        read_roster_file(path, "csv")
    message = raised.value.english()
    assert "panjang.csv, row 2" in message and "131072" in message


def test_a_file_too_large_to_be_a_roster_is_refused_by_its_size(tmp_path):
    path = tmp_path / "besar.csv"
    with path.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    with pytest.raises(FileProblem) as raised:
        read_roster_file(path, "csv")
    assert "besar.csv" in raised.value.english() and "50 MB" in raised.value.english()


def test_a_join_file_asking_for_gigabytes_of_key_derivation_is_refused_at_once(tmp_path):
    from tomoni_desktop.sync.keys import read_join_file

    path = hostile.costly_join_file(tmp_path / "gabung.tomoni-join")
    started = time.monotonic()
    with pytest.raises(TomoniError) as raised:
        read_join_file(path, "kata sandi sekolah kami")
    assert time.monotonic() - started < 2
    assert "gabung.tomoni-join" in raised.value.english()


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda: hostile.inflating_pdf(megabytes=400), "unpacks to more than"),
        (lambda: hostile.drawing_pdf(megabytes=60), "unpacks to more than 8 MB"),
        (lambda: hostile.drawing_pdf(megabytes=7), "seconds to draw"),
        (lambda: hostile.deep_pdf(levels=50_000), "damaged"),
    ],
    ids=["inflates", "drawing-commands", "slow-to-draw", "deep-page-tree"],
)
def test_a_pdf_that_costs_too_much_never_enters_the_library(make, expected, monkeypatch):
    from tomoni_desktop.io import pdf_check
    from tomoni_desktop.services.worksheets.library import check_pdf

    monkeypatch.setattr(pdf_check, "DRAW_BUDGET_S", 0.2)  # 7 MB of lines take longer
    data = make()
    started = time.monotonic()
    with pytest.raises(ValidationError) as raised:
        check_pdf(data, "lkpd.pdf")
    assert time.monotonic() - started < 12
    assert "lkpd.pdf" in raised.value.english() and expected in raised.value.english()


def test_an_ordinary_worksheet_pdf_is_still_welcome():
    from tomoni_desktop.services.demo.worksheets import science_pdf
    from tomoni_desktop.services.worksheets.library import check_pdf

    assert check_pdf(science_pdf(), "lkpd.pdf") >= 1


def test_a_workbook_of_thousands_of_parts_is_refused_by_their_number(tmp_path):
    import zipfile

    path = tmp_path / "bagian.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(2_001):
            archive.writestr(f"xl/media/image{number}.png", b"")
    with pytest.raises(FileProblem) as raised:
        read_roster_file(path, "dapodik")
    message = raised.value.english()
    assert "bagian.xlsx" in message and "2001 parts" in message and "2000" in message


def test_a_drawing_process_that_cannot_start_is_not_blamed_on_the_pdf(tmp_path):
    """The drawing process died before drawing anything (here: started from a script with no
    main guard, as a frozen build without freeze_support would): that is no fault of the
    teacher's file, so it is not refused as needing too much memory."""
    import subprocess
    import sys

    from tests.samples import pdf_pages

    (tmp_path / "sheet.pdf").write_bytes(pdf_pages(1))
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from pathlib import Path\n"
        "from tomoni_desktop.io.pdf_check import drawn_pages\n"
        f"drawn_pages(Path({str(tmp_path / 'sheet.pdf')!r}).read_bytes(), 'sheet.pdf', 1)\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "memory" not in done.stderr.splitlines()[-1]
    assert "the PDF drawing process stopped before drawing" in done.stderr
