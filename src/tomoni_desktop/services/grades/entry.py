"""What a teacher types in a grade cell (or pastes, or imports from a spreadsheet), read
into a cell value, and the cell written back as text: one reading for every way in.

    85        a score 0-100
    55/80     a score, then the remedial attempt's score
    TK (T)    not handed in (tidak kumpul)
    DS (D)    excused (dispensasi)
    BD        not assessed (belum dinilai)
    Y / B     formative work: achieved (ya) / not yet (belum)
    85 L      any score, or Y / B, handed in late (terlambat)
    (empty)   nothing entered
"""

from __future__ import annotations

import re

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import ResultMark
from tomoni_desktop.services.grades.book import CellValue

MARK_CODES = {
    ResultMark.NOT_HANDED_IN: "TK",
    ResultMark.EXCUSED: "DS",
    ResultMark.NOT_ASSESSED: "BD",
}
_MARKS = {code: mark for mark, code in MARK_CODES.items()} | {
    "T": ResultMark.NOT_HANDED_IN,
    "D": ResultMark.EXCUSED,
}
ACHIEVED, NOT_YET = "Y", "B"
LATE = "L"
_LATE = re.compile(r"\s*L$")
_SCORE = re.compile(r"^(\d{1,3})(?:[.,]0+)?(?:\s*/\s*(\d{1,3})(?:[.,]0+)?)?$")


def parse_cell(text: str, formative: bool = False) -> CellValue:
    """The cell's value, or a ValidationError that says what is wrong with the text."""
    typed = text.strip().upper()
    if not typed:
        return CellValue()
    if typed in _MARKS:
        return CellValue(mark=_MARKS[typed])
    late = typed != LATE and _LATE.search(typed) is not None
    if late:
        typed = _LATE.sub("", typed)
    if formative and typed in (ACHIEVED, "YA", "1", "✓"):
        return CellValue(achieved=True, late=late)
    if formative and typed in (NOT_YET, "BELUM", "0", "✗"):
        return CellValue(achieved=False, late=late)
    found = _SCORE.match(typed)
    if found is None or formative:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{text}” is not a result: type a score 0-100 (55/80 with a remedial, "
                "85 L when it came late), TK, DS or BD.",
            )
            if not formative
            else QT_TRANSLATE_NOOP(
                "errors",
                "“{text}” is not a result of formative work: type Y, B (Y L when it came "
                "late), TK, DS or BD.",
            ),
            field="score",
            text=text.strip(),
        )
    score = int(found[1])
    remedial = int(found[2]) if found[2] else None
    for value in (score, remedial):
        if value is not None and value > 100:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A score is between 0 and {most}, not {value}."),
                field="score",
                most=100,
                value=value,
            )
    return CellValue(score=score, remedial=remedial, late=late)


def cell_text(value: CellValue) -> str:
    if value.mark is not None:
        return MARK_CODES[value.mark]
    if value.achieved is not None:
        text = ACHIEVED if value.achieved else NOT_YET
    elif value.score is None:
        return ""
    elif value.remedial is not None:
        text = f"{value.score}/{value.remedial}"
    else:
        text = str(value.score)
    return f"{text} {LATE}" if value.late else text
