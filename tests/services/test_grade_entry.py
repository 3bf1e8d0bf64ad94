"""What a teacher types in a grade cell, read one way for the grid, a paste and an import."""

from __future__ import annotations

import pytest

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import ResultMark
from tomoni_desktop.services.grades.book import CellValue
from tomoni_desktop.services.grades.entry import cell_text, parse_cell

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


@pytest.mark.parametrize(
    ("typed", "value", "shown"),
    [
        ("85", CellValue(score=85), "85"),
        (" 0 ", CellValue(score=0), "0"),
        ("100", CellValue(score=100), "100"),
        ("78,0", CellValue(score=78), "78"),
        ("55/80", CellValue(score=55, remedial=80), "55/80"),
        ("tk", CellValue(mark=ResultMark.NOT_HANDED_IN), "TK"),
        ("T", CellValue(mark=ResultMark.NOT_HANDED_IN), "TK"),
        ("d", CellValue(mark=ResultMark.EXCUSED), "DS"),
        ("BD", CellValue(mark=ResultMark.NOT_ASSESSED), "BD"),
        ("", CellValue(), ""),
        ("85 L", CellValue(score=85, late=True), "85 L"),
        ("85l", CellValue(score=85, late=True), "85 L"),
        ("55/80 L", CellValue(score=55, remedial=80, late=True), "55/80 L"),
    ],
)
def test_a_typed_result_is_read_and_written_back(typed, value, shown):
    assert parse_cell(typed) == value
    assert cell_text(value) == shown
    assert parse_cell(cell_text(value)) == value  # what is shown reads back the same


def test_formative_work_is_achieved_or_not_yet():
    assert parse_cell("y", formative=True) == CellValue(achieved=True)
    assert parse_cell("B", formative=True) == CellValue(achieved=False)
    assert parse_cell("TK", formative=True).mark is ResultMark.NOT_HANDED_IN
    assert cell_text(CellValue(achieved=False)) == "B"
    assert parse_cell("y l", formative=True) == CellValue(achieved=True, late=True)
    assert cell_text(CellValue(achieved=True, late=True)) == "Y L"


@pytest.mark.parametrize(
    "typed", ["101", "8 5", "delapan", "-5", "55/101", "7.5", "L", "TK L", "85 LL", "101 L"]
)
def test_what_is_not_a_result_is_refused_in_words(typed):
    with pytest.raises(ValidationError) as caught:
        parse_cell(typed)
    words = caught.value.english()
    assert caught.value.field == "score"
    assert f"“{typed}” is not a result" in words or "between 0 and 100, not 101" in words
    with pytest.raises(ValidationError):
        parse_cell("85", formative=True)
