"""The register, the rules that turn absences into work, the contact log and the month's
recap, against a database and hand-computed figures."""

from __future__ import annotations

from datetime import date

import pytest

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import (
    AttendanceMark,
    CaseReason,
    CaseStepKind,
    ContactKind,
    ContactOutcome,
    FollowUpCase,
    StaffRole,
)
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.attendance.contacts import contacts_of, log_contact
from tomoni_desktop.services.attendance.follow_up import (
    close_case,
    complete_step,
    follow_up_queue,
)
from tomoni_desktop.services.attendance.recap import month_recap, term_totals
from tomoni_desktop.services.attendance.register import (
    register_of,
    set_letter,
    set_mark,
    take_register,
)
from tomoni_desktop.services.school.setup import school_context

A, S, IZIN = AttendanceMark.ABSENT, AttendanceMark.SICK, AttendanceMark.EXCUSED
FRI, SAT, MON_HOLIDAY, TUE, WED = (date(2026, 8, d) for d in (14, 15, 17, 18, 19))

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


@pytest.fixture
def register(demo_database):
    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        sheet = register_of(uow, context.my_class_id, FRI)
    return demo_database, context, [row.student_id for row in sheet.rows]


def mark(database, class_id, day, student, value, today=None, **extra):
    with unit_of_work(database) as uow:
        set_mark(uow, class_id, day, student, value, today or day, **extra)


def cases_of(database, student):
    from sqlalchemy import select

    with unit_of_work(database) as uow:
        return uow.session.scalars(
            select(FollowUpCase).where(FollowUpCase.student_id == student)
        ).all()


def test_all_present_then_the_exceptions(register):
    database, context, pupils = register
    class_id = context.my_class_id
    with unit_of_work(database) as uow:
        assert not register_of(uow, class_id, FRI).taken
        take_register(uow, class_id, FRI, FRI)
    mark(database, class_id, FRI, pupils[0], S, letter_on=FRI)
    mark(database, class_id, FRI, pupils[1], A)
    mark(database, class_id, FRI, pupils[2], IZIN)
    mark(database, class_id, FRI, pupils[2], None)  # taken back: present after all
    with unit_of_work(database) as uow:
        sheet = register_of(uow, class_id, FRI)
    assert sheet.taken and sheet.not_school_day is None
    assert [row.mark for row in sheet.rows[:3]] == [S, A, None]
    assert sheet.rows[0].letter_on == FRI
    assert (sheet.count(S), sheet.count(A), sheet.count(IZIN)) == (1, 1, 0)


@pytest.mark.parametrize(
    ("day", "today", "words"),
    [
        (date(2026, 8, 16), date(2026, 8, 19), "16-08-2026 is not a school day"),  # Sunday
        (MON_HOLIDAY, date(2026, 8, 19), "17-08-2026 is not a school day"),
        (date(2026, 8, 20), date(2026, 8, 19), "a day still to come"),
    ],
)
def test_a_register_is_refused_on_a_day_that_is_no_school_day(register, day, today, words):
    database, context, pupils = register
    with pytest.raises(ValidationError) as caught, unit_of_work(database) as uow:
        set_mark(uow, context.my_class_id, day, pupils[0], A, today)
    assert words in caught.value.english()


def test_three_absences_in_a_row_across_a_weekend_and_a_holiday_open_one_case(register):
    database, context, pupils = register
    class_id, pupil = context.my_class_id, pupils[3]
    mark(database, class_id, FRI, pupil, A)
    # Saturday is a school day by default, but its register was not taken: no break.
    mark(database, class_id, TUE, pupil, A)
    assert cases_of(database, pupil) == []  # two so far
    mark(database, class_id, WED, pupil, A)
    [case] = cases_of(database, pupil)
    assert (case.reason, case.first_absence_on, case.absent_days) == (
        CaseReason.CONSECUTIVE,
        FRI,
        3,
    )
    mark(database, class_id, WED, pupil, A)  # marked again: still one case
    assert len(cases_of(database, pupil)) == 1
    with unit_of_work(database) as uow:
        queue = follow_up_queue(uow, [class_id], WED, date(2026, 7, 13))
    steps = [s for s in queue.steps if s.student_id == pupil]
    assert [(s.kind, s.owner, s.due_on) for s in steps] == [
        (CaseStepKind.COUNSELLOR, StaffRole.COUNSELLOR, WED),
        (CaseStepKind.HOME_VISIT, StaffRole.HOMEROOM, date(2026, 8, 22)),
        (CaseStepKind.SUMMONS, StaffRole.DEPUTY_HEAD, date(2026, 8, 26)),
    ]
    with unit_of_work(database) as uow:
        complete_step(uow, steps[0].step_id, WED, "Bicara dengan siswa", "membantu di kebun")
        close_case(uow, steps[0].case_id, WED, "Kembali sekolah")
    with unit_of_work(database) as uow:
        queue = follow_up_queue(uow, [class_id], WED, date(2026, 7, 13))
        # the case whole: every step with its outcome and note, its letter, its result
        from tomoni_desktop.services.attendance.follow_up import case_of

        whole = case_of(uow, steps[0].case_id)
    assert [s for s in queue.steps if s.student_id == pupil] == []
    assert [(s.kind, s.done_on, s.outcome, s.confidential_note) for s in whole.steps] == [
        (CaseStepKind.COUNSELLOR, WED, "Bicara dengan siswa", "membantu di kebun"),
        (CaseStepKind.HOME_VISIT, None, "", ""),
        (CaseStepKind.SUMMONS, None, "", ""),
    ]
    assert (whole.closed_on, whole.result, whole.absent_days) == (WED, "Kembali sekolah", 3)


def test_a_present_day_between_absences_breaks_the_run(register):
    database, context, pupils = register
    class_id, pupil = context.my_class_id, pupils[4]
    mark(database, class_id, FRI, pupil, A)
    with unit_of_work(database) as uow:
        take_register(uow, class_id, SAT, SAT)  # taken, and the pupil was there
    mark(database, class_id, TUE, pupil, A)
    mark(database, class_id, WED, pupil, A)
    assert cases_of(database, pupil) == []


def test_an_a_without_a_letter_is_a_call_due_until_a_contact_or_the_letter(register):
    database, context, pupils = register
    class_id = context.my_class_id
    mark(database, class_id, TUE, pupils[5], A)
    mark(database, class_id, TUE, pupils[6], A)
    mark(database, class_id, TUE, pupils[7], S)  # sick: no call
    with unit_of_work(database) as uow:
        calls = follow_up_queue(uow, [class_id], WED, TUE).calls
    assert {(c.student_id, c.day, c.overdue) for c in calls} == {
        (pupils[5], TUE, True),
        (pupils[6], TUE, True),
    }
    with unit_of_work(database) as uow:
        log_contact(uow, pupils[5], ContactKind.CALL, ContactOutcome.REACHED, WED, WED)
        set_letter(uow, pupils[6], TUE, WED)  # the letter came a day late: the call is done
    with unit_of_work(database) as uow:
        assert follow_up_queue(uow, [class_id], WED, TUE).calls == []
        assert [c.kind for c in contacts_of(uow, pupils[5])] == [ContactKind.CALL]
    with pytest.raises(ValidationError), unit_of_work(database) as uow:
        log_contact(uow, pupils[5], ContactKind.CALL, ContactOutcome.OTHER, WED, WED)


def test_the_month_recap_against_hand_computed_figures(register):
    """August 2026 to the 19th: 19 days less 3 Sundays and the 17th = 15 school days.
    Register taken on 4 of them; 32 pupils; S 1, I 1, A 3 → 5 × 100 / (32 × 4) = 3.90625 %."""
    database, context, pupils = register
    class_id = context.my_class_id
    mark(database, class_id, FRI, pupils[0], S)
    mark(database, class_id, FRI, pupils[1], A)
    mark(database, class_id, TUE, pupils[1], A)
    mark(database, class_id, WED, pupils[2], IZIN)
    mark(database, class_id, WED, pupils[1], A)
    with unit_of_work(database) as uow:
        take_register(uow, class_id, date(2026, 8, 13), WED)
        recap = month_recap(uow, class_id, 2026, 8, WED)
        totals = term_totals(uow, [class_id], date(2026, 7, 13), date(2026, 12, 19))
    assert len(recap.school_days) == 15 and recap.taken == [date(2026, 8, 13), FRI, TUE, WED]
    assert len(recap.not_taken) == 11 and len(recap.rows) == 32
    assert (recap.totals.sick, recap.totals.excused, recap.totals.absent) == (1, 1, 3)
    assert recap.absence_rate == pytest.approx(3.90625)
    row = next(r for r in recap.rows if r.student_id == pupils[1])
    assert row.marks == {FRI: A, TUE: A, WED: A} and row.totals.absent == 3
    assert totals[pupils[1]].absent == 3 and totals[pupils[0]].sick == 1


def test_the_semester_totals_fill_the_progress_report_and_the_leger(register, tmp_path):
    from pypdf import PdfReader

    from tomoni_desktop.reports.leger import write_leger
    from tomoni_desktop.reports.progress_report import write_progress_reports
    from tomoni_desktop.services.grades.reports import class_report

    database, context, pupils = register
    class_id = context.my_class_id
    with unit_of_work(database) as uow:
        before = class_report(uow, class_id, context.semester_id, WED)
    assert all(p.absences is None for p in before.pupils)  # no register yet: lines by hand
    mark(database, class_id, FRI, pupils[1], S)
    mark(database, class_id, TUE, pupils[1], S)
    mark(database, class_id, WED, pupils[1], A)
    with unit_of_work(database) as uow:
        report = class_report(uow, class_id, context.semester_id, WED)
    by_name = {p.name: p for p in report.pupils}
    with unit_of_work(database) as uow:
        names = [row.name for row in register_of(uow, class_id, WED).rows]
    days = by_name[names[1]].absences
    assert days is not None and (days.sick, days.permitted, days.unexcused) == (2, 0, 1)
    other = by_name[names[0]].absences
    assert other is not None and (other.sick, other.permitted, other.unexcused) == (0, 0, 0)
    write_progress_reports(report, tmp_path / "rapor.pdf")
    page = PdfReader(tmp_path / "rapor.pdf").pages[1].extract_text()
    assert names[1] in page and "Sakit" in page and "2 hari" in page and "1 hari" in page
    write_leger([report], tmp_path / "leger.pdf")
    leger = PdfReader(tmp_path / "leger.pdf").pages[0].extract_text()
    cells = leger.splitlines()  # a cell a line: the pupil's row ends with S, I, A
    row = cells[cells.index(names[1]) :]
    assert row[2 + len(report.subjects) : 5 + len(report.subjects)] == ["2", "0", "1"]


def test_the_principals_week_adds_up_by_class_and_by_village(register, tmp_path):
    from pypdf import PdfReader

    from tests.reports.overlap import text_sizes
    from tomoni_desktop.reports.week_page import write_week_page
    from tomoni_desktop.services.school.week import week_of, week_page

    database, context, pupils = register
    class_id = context.my_class_id
    mark(database, class_id, date(2026, 8, 11), pupils[0], S)
    mark(database, class_id, date(2026, 8, 12), pupils[0], S)
    mark(database, class_id, date(2026, 8, 12), pupils[1], A)
    mark(database, class_id, date(2026, 8, 10), pupils[1], A)  # Monday: same week
    mark(database, class_id, date(2026, 8, 8), pupils[2], A)  # the Saturday before: not
    with unit_of_work(database) as uow:
        log_contact(
            uow, pupils[1], ContactKind.CALL, ContactOutcome.REACHED, date(2026, 8, 12), WED
        )
        # a parent meeting held on the Thursday: one family of the class came
        from tomoni_desktop.services.parents.meetings import (
            Attendance,
            plan_meeting,
            record_attendance,
        )

        thursday = date(2026, 8, 13)
        meeting = plan_meeting(uow, class_id, thursday, "13:00", "Ruang kelas", thursday)
        record_attendance(
            uow, meeting, {pupils[3]: Attendance(True, "Ibu"), pupils[4]: Attendance(False)}, WED
        )
        page = week_page(uow, context.school_year_id, date(2026, 8, 13), WED)
    assert week_of(date(2026, 8, 13)) == (date(2026, 8, 10), date(2026, 8, 15))
    assert (page.first, page.last) == (date(2026, 8, 10), date(2026, 8, 15))
    mine = next(line for line in page.classes if line.name == context.my_class_name)
    assert (mine.absent_days, mine.unexcused, mine.contacted) == (4, 2, 2)  # a call, a meeting
    assert (mine.invited, mine.met) == (32, 1)
    assert mine.register_days == 32 * 3  # taken on the 10th, 11th and 12th
    assert mine.rate == pytest.approx(4 * 100 / 96)
    for field in ("pupils", "absent_days", "unexcused", "contacted", "register_days", "met"):
        assert sum(getattr(v, field) for v in page.villages) == getattr(page.total, field)
    assert dict(page.absent_per_day)[date(2026, 8, 12)] == 2
    assert len(page.absent_per_day) == 6  # Monday to Saturday, all school days
    write_week_page(page, tmp_path / "minggu.pdf", "A4")
    [sheet] = PdfReader(tmp_path / "minggu.pdf").pages
    text = sheet.extract_text()
    assert "Laporan mingguan · 10 Agustus 2026 – 15 Agustus 2026" in text
    assert context.my_class_name in text and "4,2 %" in text and "1 / 32" in text
    # a village's name is set as a class's is, and no header is cut inside a word
    sizes = text_sizes(tmp_path / "minggu.pdf")
    longest = max((line.name for line in page.villages), key=len)
    assert sizes[longest] == sizes[context.my_class_name]
    lines = text.splitlines()
    for word in ("Siswa", "kembali", "terbuka", "dihubungi"):
        assert any(word in line.split() for line in lines), word


def test_the_schools_rules_and_days_off_change_the_register_and_the_follow_up(register):
    from tomoni_desktop.services.attendance.calendar import (
        Rules,
        add_day_off,
        calendar_of,
        days_off_of,
        remove_day_off,
        save_rules,
    )

    database, context, pupils = register
    class_id, school = context.my_class_id, context.school_id
    with unit_of_work(database) as uow:
        save_rules(uow, school, Rules(saturday_is_school_day=False, case_after_consecutive=2))
        add_day_off(uow, school, TUE, "Ulang tahun sekolah")
        assert days_off_of(uow, school) == [(TUE, "Ulang tahun sekolah")]
        assert not calendar_of(uow, school).is_school_day(SAT)
    with pytest.raises(ValidationError) as caught, unit_of_work(database) as uow:
        set_mark(uow, class_id, TUE, pupils[0], A, WED)  # the school's own day off
    assert "18-08-2026 is not a school day" in caught.value.english()
    # Two in a row now make a case: Friday, then (no Saturday, Sunday, holiday, day off) Wed
    mark(database, class_id, FRI, pupils[0], A)
    mark(database, class_id, WED, pupils[0], A)
    assert len(cases_of(database, pupils[0])) == 1
    with pytest.raises(ValidationError), unit_of_work(database) as uow:
        save_rules(uow, school, Rules(case_after_consecutive=1))
    with unit_of_work(database) as uow:
        remove_day_off(uow, school, TUE)
        assert days_off_of(uow, school) == []
        save_rules(uow, school, Rules(call_same_day=False))
        assert follow_up_queue(uow, [class_id], WED, FRI).calls == []  # no calls by rule


def test_a_pupils_timeline_puts_absences_contacts_and_cases_in_order(register):
    from tomoni_desktop.services.attendance.timeline import EventKind, pupil_timeline

    database, context, pupils = register
    class_id, pupil = context.my_class_id, pupils[3]
    for day in (FRI, TUE, WED):
        mark(database, class_id, day, pupil, A)
    with unit_of_work(database) as uow:
        log_contact(
            uow, pupil, ContactKind.CALL, ContactOutcome.NO_ANSWER, WED, WED, note="tidak aktif"
        )
        events = pupil_timeline(uow, pupil)
    assert [(e.day, e.kind) for e in events] == [
        (WED, EventKind.CASE),
        (WED, EventKind.CONTACT),
        (WED, EventKind.ABSENCE),
        (TUE, EventKind.ABSENCE),
        (FRI, EventKind.ABSENCE),
    ]
    assert events[0].days == 3 and events[1].note == "tidak aktif" and events[2].what == "A"


def test_a_cases_home_visit_joins_the_next_round_and_its_route_sheet(register, tmp_path):
    from pypdf import PdfReader

    from tomoni_desktop.reports.route_sheet import write_route_sheet
    from tomoni_desktop.services.pickups.rounds import propose_round

    database, context, pupils = register
    class_id, pupil = context.my_class_id, pupils[6]
    for day in (FRI, TUE, WED):
        mark(database, class_id, day, pupil, A)
    with unit_of_work(database) as uow:
        name = next(r.name for r in register_of(uow, class_id, WED).rows if r.student_id == pupil)
        plan = propose_round(uow, class_id, date(2026, 8, 20))
    [stop] = [s for s in plan.stops if s.case_visits]
    assert stop.case_visits == [name] and (pupil, name) in stop.pupils
    assert all(name not in [n for _i, n in s.pupils] for s in plan.others)
    write_route_sheet(plan, tmp_path / "rute.pdf")
    text = PdfReader(tmp_path / "rute.pdf").pages[0].extract_text()
    assert "Kunjungan kasus ketidakhadiran" in text and name in text
