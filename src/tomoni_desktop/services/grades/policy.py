"""A school year's grading policy (weights, criterion, bands, phrases), per subject where a
subject differs from the school's. Synced: every laptop makes final scores the same way."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import derived_row
from tomoni_desktop.core.models import GradingPolicy
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.grades.rules import Band, Phrases, Weights, parse_bands


def policy_id(school_year_id: uuid.UUID, subject_id: uuid.UUID | None) -> uuid.UUID:
    """One id per school year and subject on every laptop: two laptops setting a policy
    edit one row."""
    return ids.derived_id("grading-policy", str(school_year_id), str(subject_id or "school"))


@dataclass(frozen=True)
class Policy:
    weights: Weights = Weights()
    cut_score: int = 70
    bands: list[Band] = field(default_factory=list)
    bands_text: str = ""
    remedial_capped: bool = True
    phrases: Phrases = Phrases()
    own: bool = False  # the subject's own, not the school's

    @property
    def weights_complete(self) -> bool:
        return self.weights.total == 100


def _from_row(row: GradingPolicy, own: bool) -> Policy:
    return Policy(
        Weights(row.weight_topics, row.weight_sts, row.weight_sas),
        row.cut_score,
        parse_bands(row.bands),
        row.bands,
        row.remedial_capped,
        Phrases(row.phrase_good, row.phrase_help, row.phrase_progress, row.phrase_all_achieved),
        own,
    )


def policies_of_year(
    uow: UnitOfWork, school_year_id: uuid.UUID
) -> tuple[Policy, dict[uuid.UUID, Policy]]:
    """The school's policy and each subject's own (one read for a whole school's grades)."""
    school = Policy()
    subjects: dict[uuid.UUID, Policy] = {}
    for row in uow.session.scalars(
        select(GradingPolicy).where(GradingPolicy.school_year_id == school_year_id)
    ):
        if row.subject_id is None:
            school = _from_row(row, own=False)
        else:
            subjects[row.subject_id] = _from_row(row, own=True)
    return school, subjects


def policy_for(uow: UnitOfWork, school_year_id: uuid.UUID, subject_id: uuid.UUID) -> Policy:
    school, subjects = policies_of_year(uow, school_year_id)
    return subjects.get(subject_id, school)


def check_criterion(cut_score: int) -> None:
    """A criterion (KKTP), the school's or a TP's own, is a score 0-100."""
    if not 0 <= cut_score <= 100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The criterion (KKTP) is between 0 and 100, not {value}."),
            field="cut_score",
            value=cut_score,
        )


def save_policy(
    uow: UnitOfWork,
    school_year_id: uuid.UUID,
    subject_id: uuid.UUID | None,
    *,
    weights: Weights,
    cut_score: int,
    bands: str = "",
    remedial_capped: bool = True,
    phrases: Phrases | None = None,
) -> Policy:
    """The school's policy (subject None) or a subject's own. Weights that do not add up to
    100 are kept (the final score is a weighted mean either way) and shown as a warning."""
    for name, value in (
        ("weight_topics", weights.topics),
        ("weight_sts", weights.sts),
        ("weight_sas", weights.sas),
    ):
        if not 0 <= value <= 100:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A weight is between 0 and 100 %, not {value}."),
                field=name,
                value=value,
            )
    if weights.total == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "At least one weight must be more than 0 %."),
            field="weight_topics",
        )
    check_criterion(cut_score)
    parse_bands(bands)  # refused here, with the band that is wrong
    phrases = phrases or Phrases()
    session = uow.session
    row = derived_row(
        session,
        GradingPolicy,
        policy_id(school_year_id, subject_id),
        school_year_id=school_year_id,
        subject_id=subject_id,
    )
    row.weight_topics, row.weight_sts, row.weight_sas = weights.topics, weights.sts, weights.sas
    row.cut_score, row.bands, row.remedial_capped = cut_score, bands.strip(), remedial_capped
    row.phrase_good, row.phrase_help = phrases.good, phrases.help
    row.phrase_progress, row.phrase_all_achieved = phrases.progress, phrases.all_achieved
    session.flush()
    uow.changed(Area.GRADES)
    return _from_row(row, own=subject_id is not None)
