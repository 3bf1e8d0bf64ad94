"""The grade rules without a database: effective score, final score, bands, descriptions."""

from __future__ import annotations

import pytest

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import AssessmentKind
from tomoni_desktop.services.grades.rules import (
    DEFAULT_BANDS,
    Mastery,
    Phrases,
    Weights,
    band_of,
    describe,
    effective,
    final_score,
    parse_bands,
    rounded,
)

TOPIC, STS, SAS = AssessmentKind.TOPIC, AssessmentKind.STS, AssessmentKind.SAS

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


def test_rounding_is_half_up_as_on_a_report():
    assert [rounded(v) for v in (72.5, 73.5, 72.49, 99.5)] == [73, 74, 72, 100]


def test_remedial_takes_the_better_score_capped_at_the_criterion_by_default():
    assert effective(55, None, 75, capped=True) == 55
    assert effective(55, 90, 75, capped=True) == 75  # capped at the KKTP
    assert effective(55, 90, 75, capped=False) == 90
    assert effective(80, 60, 75, capped=True) == 80  # a worse remedial never lowers it
    assert effective(None, 70, 75, capped=True) == 70


def test_final_score_weights_the_parts_and_never_averages_a_blank():
    weights = Weights(60, 20, 20)
    assert final_score({TOPIC: [80, 70], STS: [60], SAS: [90]}, weights) == pytest.approx(
        75 * 0.6 + 60 * 0.2 + 90 * 0.2
    )
    # No SAS yet: topics and STS carry the mean in their proportion (60:20), not a zero.
    assert final_score({TOPIC: [80], STS: [60], SAS: []}, weights) == pytest.approx(75)
    assert final_score({TOPIC: [0], STS: [], SAS: []}, weights) == 0  # a real zero counts
    assert final_score({TOPIC: [], STS: [], SAS: []}, weights) is None
    assert final_score({AssessmentKind.FORMATIVE: [100]}, weights) is None
    assert Weights(60, 20, 10).total == 90


def test_bands_are_read_and_checked():
    bands = parse_bands(DEFAULT_BANDS)
    assert [(b.low, b.high) for b in bands] == [(0, 40), (41, 65), (66, 85), (86, 100)]
    assert band_of(65, bands) == "Perlu remedial sebagian" and band_of(86, bands) == "Pengayaan"
    assert band_of(None, bands) == "" and parse_bands("  ") == []
    for bad, words in (
        ("0-40 A; 42-100 B", "42-100"),  # a gap
        ("0-50 A; 40-100 B", "40-100"),  # an overlap
        ("0-40 A; 41-90 B", "100"),  # short of 100
        ("nol sampai empat puluh", "nol sampai"),
    ):
        with pytest.raises(ValidationError) as caught:
            parse_bands(bad)
        assert caught.value.field == "bands" and words in caught.value.english()


def m(text: str, score: float | None, achieved: bool) -> Mastery:
    return Mastery(text, score, achieved)


GOOD, HELP = "Menunjukkan penguasaan yang baik dalam", "Perlu bantuan dalam"


@pytest.mark.parametrize(
    ("masteries", "expected"),
    [
        ([], ""),
        ([m("pecahan", 80, True)], f"{GOOD} pecahan."),
        ([m("pecahan", 50, False)], f"{HELP} pecahan."),
        (
            [m("pecahan", 90, True), m("desimal", 80, True), m("persen", 60, False)],
            f"{GOOD} pecahan. {HELP} persen.",
        ),
        (  # ties on both sides: every tied TP named
            [
                m("pecahan", 90, True),
                m("desimal", 90, True),
                m("persen", 50, False),
                m("rasio", 50, False),
            ],
            f"{GOOD} pecahan dan desimal. {HELP} persen dan rasio.",
        ),
        (  # all achieved: no "needs help"
            [m("pecahan", 90, True), m("desimal", 80, True), m("persen", 76, True)],
            f"{GOOD} pecahan. Telah mencapai seluruh tujuan pembelajaran.",
        ),
        (  # all achieved, all equal
            [m("pecahan", 80, True), m("desimal", 80, True), m("persen", 80, True)],
            f"{GOOD} pecahan, desimal, dan persen.",
        ),
        (  # none achieved: progress in the strongest, help in the weakest
            [m("pecahan", 60, False), m("desimal", 40, False), m("persen", 50, False)],
            f"Menunjukkan kemajuan dalam pecahan. {HELP} desimal.",
        ),
        (  # none achieved, all equal: one sentence
            [m("pecahan", 40, False), m("desimal", 40, False)],
            f"{HELP} pecahan dan desimal.",
        ),
        (  # formative only (no score): achieved or not decides
            [m("pecahan", None, True), m("desimal", None, False)],
            f"{GOOD} pecahan. {HELP} desimal.",
        ),
    ],
)
def test_every_case_of_the_description(masteries, expected):
    text = describe(masteries)
    assert text == expected
    sentences = [part.strip() for part in text.split(".") if part.strip()]
    good = " ".join(s for s in sentences if s.startswith(GOOD))
    help_ = " ".join(s for s in sentences if s.startswith(HELP))
    for mastery in masteries:  # never one TP both mastered and needing help
        assert not (mastery.objective in good and mastery.objective in help_)


def test_the_schools_own_phrases_are_used():
    phrases = Phrases(good="Sangat baik dalam", help="Masih perlu latihan dalam")
    text = describe([m("pecahan", 90, True), m("desimal", 50, False)], phrases)
    assert text == "Sangat baik dalam pecahan. Masih perlu latihan dalam desimal."
