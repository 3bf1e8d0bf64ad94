"""The rules of a Kurikulum Merdeka grade, with no database: a result's value, the final
score, the band, and the description of what a pupil has mastered.

Blank is never zero: a result without a score (not entered, not assessed, not handed in,
excused) is left out of every mean, and counted as missing where that matters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import AssessmentKind


def rounded(value: float) -> int:
    """Half up, as a report rounds (Python's round() would make 72.5 into 72)."""
    return int(Decimal(str(value)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def effective(score: int | None, remedial: int | None, cut: int, capped: bool) -> int | None:
    """The score that counts: after a remedial attempt the better of the two, and by default
    no more than the criterion (a school setting)."""
    if remedial is None:
        return score
    after = min(remedial, cut) if capped else remedial
    return after if score is None else max(score, after)


@dataclass(frozen=True)
class Weights:
    topics: int = 60
    sts: int = 20
    sas: int = 20

    @property
    def total(self) -> int:
        return self.topics + self.sts + self.sas

    def of(self, kind: AssessmentKind) -> int:
        if kind is AssessmentKind.TOPIC:
            return self.topics
        if kind is AssessmentKind.STS:
            return self.sts
        return self.sas if kind is AssessmentKind.SAS else 0


def final_score(scores: dict[AssessmentKind, list[int]], weights: Weights) -> float | None:
    """The weighted mean of the topic summatives' mean, STS and SAS. A part with no score yet
    is left out and the others' weights carry the mean (a semester before its SAS still has a
    score); formative work never counts. None when nothing is scored."""
    parts = [
        (sum(values) / len(values), weights.of(kind))
        for kind, values in scores.items()
        if values and weights.of(kind) > 0
    ]
    weight = sum(w for _mean, w in parts)
    if not weight:
        return None
    return sum(mean * w for mean, w in parts) / weight


@dataclass(frozen=True)
class Band:
    low: int
    high: int
    label: str


DEFAULT_BANDS = "0-40 Perlu remedial seluruhnya; 41-65 Perlu remedial sebagian; 66-85 Tercapai; 86-100 Pengayaan"
_BAND = re.compile(r"^\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*:?\s*(.+?)\s*$")


def parse_bands(text: str) -> list[Band]:
    """ "0-40 Remedial; 41-65 ..." into bands that cover 0 to 100 once each (empty: none)."""
    if not text.strip():
        return []
    bands = []
    for number, part in enumerate(re.split(r"[;|\n]", text), start=1):
        if not part.strip():
            continue
        found = _BAND.match(part)
        if found is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Band {number} should read like “41-65 Perlu remedial”: {text}"
                ),
                field="bands",
                number=number,
                text=part.strip(),
            )
        bands.append(Band(int(found[1]), int(found[2]), found[3]))
    bands.sort(key=lambda band: band.low)
    expected = 0
    for band in bands:
        if band.low != expected or band.high < band.low or band.high > 100:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The bands must cover 0 to 100 with no gap or overlap; check {low}-{high}.",
                ),
                field="bands",
                low=band.low,
                high=band.high,
            )
        expected = band.high + 1
    if expected != 101:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The bands must reach 100."), field="bands"
        )
    return bands


def band_of(score: int | None, bands: Sequence[Band]) -> str:
    if score is None:
        return ""
    return next((band.label for band in bands if band.low <= score <= band.high), "")


# descriptions ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Phrases:
    good: str = "Menunjukkan penguasaan yang baik dalam"
    help: str = "Perlu bantuan dalam"
    progress: str = "Menunjukkan kemajuan dalam"
    all_achieved: str = "Telah mencapai seluruh tujuan pembelajaran."


@dataclass(frozen=True)
class Mastery:
    """How far a pupil got in one TP: its score (the mean of its summatives) against its
    criterion, or for a TP assessed only formatively, achieved or not."""

    objective: str  # the TP's text, as it reads in a sentence
    score: float | None
    achieved: bool


def _listed(items: Sequence[str]) -> str:
    """ "a", "a dan b", "a, b, dan c" (the Indonesian serial list)."""
    if len(items) <= 2:
        return " dan ".join(items)
    return ", ".join(items[:-1]) + ", dan " + items[-1]


def _sentence(phrase: str, objectives: Iterable[str]) -> str:
    return f"{phrase.strip()} {_listed(list(objectives))}."


def _extreme(items: Sequence[Mastery], best: bool) -> list[str]:
    """The TPs with the highest (or lowest) score; ties all named, in their order."""
    scored = [m for m in items if m.score is not None]
    if not scored:
        return [m.objective for m in items]
    pick = max if best else min
    edge = pick(m.score for m in scored if m.score is not None)
    return [m.objective for m in scored if m.score == edge]


def describe(masteries: Sequence[Mastery], phrases: Phrases = Phrases()) -> str:
    """The report's description of competence in a subject (empty when no TP was assessed).

    - one TP: mastered, or needs help;
    - some achieved, some not: the best-mastered achieved TP(s), then the weakest not achieved;
    - all achieved: the best-mastered, then that every TP was reached (nothing "needs help");
    - none achieved: progress in the strongest, help in the weakest (the same TP never both).
    """
    if not masteries:
        return ""
    achieved = [m for m in masteries if m.achieved]
    not_yet = [m for m in masteries if not m.achieved]
    if len(masteries) == 1:
        only = masteries[0]
        return _sentence(phrases.good if only.achieved else phrases.help, [only.objective])
    if achieved and not_yet:
        return " ".join(
            (
                _sentence(phrases.good, _extreme(achieved, best=True)),
                _sentence(phrases.help, _extreme(not_yet, best=False)),
            )
        )
    if achieved:
        best = _extreme(achieved, best=True)
        if len(best) == len(achieved):  # every TP equally well
            return _sentence(phrases.good, best)
        return f"{_sentence(phrases.good, best)} {phrases.all_achieved.strip()}"
    weakest = _extreme(not_yet, best=False)
    strongest = [o for o in _extreme(not_yet, best=True) if o not in weakest]
    if not strongest:  # all equally far: one sentence
        return _sentence(phrases.help, weakest)
    return f"{_sentence(phrases.progress, strongest)} {_sentence(phrases.help, weakest)}"
