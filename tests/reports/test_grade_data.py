"""The leger's summary figures: the spread of final scores and the TPs a class has not reached."""

from __future__ import annotations

from datetime import date

from tomoni_desktop.reports.grade_data import BINS, ClassReport, PupilReport, SubjectResult


def pupil(name: str, score: int | None, achieved: tuple) -> PupilReport:
    return PupilReport(name, "", "", [SubjectResult(score, "", achieved)], None, "")


def test_spread_and_objectives_not_reached():
    report = ClassReport(
        "SMP",
        "1",
        "VII A",
        7,
        "2026/2027",
        "Ganjil",
        "",
        "",
        date(2026, 11, 30),
        [("Matematika", "MTK")],
        [
            pupil("A", 54, (True, False, None)),
            pupil("B", 55, (True, False, False)),
            pupil("C", 100, (False, True, None)),
            pupil("D", None, ()),  # no final score, no TP assessed: counted nowhere
        ],
        [[("TP 1", "pecahan"), ("TP 2", "desimal"), ("TP 3", "rasio")]],
    )
    assert len(BINS) == 4 and report.distribution(0) == [1, 1, 0, 1]
    assert report.average(0) == (54 + 55 + 100) / 3
    # TP 1 reached by 2 of 3 (kept off); TP 2 by 1 of 3; TP 3 by 0 of 1 assessed
    assert report.objectives_not_reached(0) == [
        ("TP 2", "desimal", 1, 3),
        ("TP 3", "rasio", 0, 1),
    ]
