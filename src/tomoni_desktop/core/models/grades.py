"""Grades under Kurikulum Merdeka: learning objectives (TP) with their criterion (KKTP), a
class's assessments in a subject, a result per pupil, and what the report says per subject.

Rows that two laptops may create for the same thing (a pupil's result in an assessment, a
subject's policy, a pupil's report entry) have ids derived from what they are about, so both
laptops write one row and a concurrent score is a conflict a person settles, not two rows.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from tomoni_desktop.core.models.base import Base, SyncedRecord
from tomoni_desktop.core.models.enums import AssessmentKind, ResultMark, text_enum

SCORE = {"sync_conflict": True, "range": (0, 100)}  # a grade: concurrent values go to the inbox


class GradingPolicy(SyncedRecord, Base):
    """How a school year's final scores are made: the weights, the criterion and the report's
    phrases. One row for the school (subject_id None) and one per subject that differs."""

    __tablename__ = "grading_policies"
    __sync__ = True

    school_year_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_years.id"), index=True)
    subject_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("subjects.id"), index=True, default=None
    )
    weight_topics: Mapped[int] = mapped_column(SmallInteger, default=60)  # percent
    weight_sts: Mapped[int] = mapped_column(SmallInteger, default=20)
    weight_sas: Mapped[int] = mapped_column(SmallInteger, default=20)
    cut_score: Mapped[int] = mapped_column(SmallInteger, default=70)  # the KKTP as one number
    # The KKTP as bands instead: "0-40 Perlu remedial seluruhnya|41-65 ...", empty for none.
    bands: Mapped[str] = mapped_column(String(1000), default="")
    remedial_capped: Mapped[bool] = mapped_column(default=True)  # after remedial: at most KKTP
    phrase_good: Mapped[str] = mapped_column(
        String(200), default="Menunjukkan penguasaan yang baik dalam"
    )
    phrase_help: Mapped[str] = mapped_column(String(200), default="Perlu bantuan dalam")
    phrase_progress: Mapped[str] = mapped_column(String(200), default="Menunjukkan kemajuan dalam")
    phrase_all_achieved: Mapped[str] = mapped_column(
        String(200), default="Telah mencapai seluruh tujuan pembelajaran."
    )


class LearningObjective(SyncedRecord, Base):
    """A TP (tujuan pembelajaran) of a subject at a level in a school year."""

    __tablename__ = "learning_objectives"
    __sync__ = True

    school_year_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_years.id"), index=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("subjects.id"), index=True)
    level: Mapped[int] = mapped_column(SmallInteger)
    code: Mapped[str] = mapped_column(String(20))  # "TP 7.1"
    text: Mapped[str] = mapped_column(String(500))  # "menentukan pecahan senilai"
    position: Mapped[int] = mapped_column(SmallInteger, default=0)
    cut_score: Mapped[int | None] = mapped_column(SmallInteger, default=None)  # else the policy's


class Assessment(SyncedRecord, Base):
    """A summative or formative assessment of a class in a subject in a semester."""

    __tablename__ = "assessments"
    __sync__ = True

    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_classes.id"), index=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("subjects.id"), index=True)
    semester_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("semesters.id"), index=True)
    kind: Mapped[AssessmentKind] = mapped_column(text_enum(AssessmentKind))
    title: Mapped[str] = mapped_column(String(120))
    held_on: Mapped[date]
    due_on: Mapped[date | None] = mapped_column(default=None)
    # A worksheet handed out is an assessment: its copies' scores are its results.
    hand_out_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("hand_outs.id"), index=True, default=None
    )
    position: Mapped[int] = mapped_column(SmallInteger, default=0)


class AssessmentObjective(SyncedRecord, Base):
    """A TP an assessment assesses."""

    __tablename__ = "assessment_objectives"
    __sync__ = True

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessments.id"), index=True)
    objective_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("learning_objectives.id"), index=True
    )


class AssessmentResult(SyncedRecord, Base):
    """A pupil's result: a score 0-100, or a mark; a remedial score; for formative work,
    achieved or not yet; handed in late or not. Its id is derived from the assessment and the pupil."""

    __tablename__ = "assessment_results"
    __sync__ = True

    assessment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessments.id"), index=True)
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)
    score: Mapped[int | None] = mapped_column(SmallInteger, default=None, info=SCORE)
    mark: Mapped[ResultMark | None] = mapped_column(
        text_enum(ResultMark), default=None, info={"sync_conflict": True}
    )
    remedial_score: Mapped[int | None] = mapped_column(SmallInteger, default=None, info=SCORE)
    achieved: Mapped[bool | None] = mapped_column(default=None)  # formative
    # Handed in after the assessment's due date: a fact shown with the result, never a
    # deduction (a worksheet's copy says it by its return date instead).
    late: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(String(300), default="")


class ReportEntry(SyncedRecord, Base):
    """What the report says of a pupil in a subject and semester when a person changed it:
    a final score set by hand (with the reason and who), a description written by hand."""

    __tablename__ = "report_entries"
    __sync__ = True

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("subjects.id"), index=True)
    semester_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("semesters.id"), index=True)
    final_score: Mapped[int | None] = mapped_column(SmallInteger, default=None, info=SCORE)
    override_reason: Mapped[str] = mapped_column(String(300), default="")
    override_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("teachers.id"), index=True, default=None
    )
    description: Mapped[str] = mapped_column(String(1000), default="")


class PupilReportNote(SyncedRecord, Base):
    """The homeroom teacher's note on a pupil's report for a semester."""

    __tablename__ = "pupil_report_notes"
    __sync__ = True

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)
    semester_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("semesters.id"), index=True)
    note: Mapped[str] = mapped_column(String(1000), default="")
