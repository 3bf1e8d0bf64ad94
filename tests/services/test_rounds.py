"""Home-visit rounds: households, the learned order, outcomes, and the route sheet read back."""

from __future__ import annotations

from datetime import date

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from sqlalchemy import func, select, update

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.models import (
    Channel,
    Enrollment,
    Guardian,
    HandOut,
    StopOutcome,
    Student,
    VisitOutcome,
    WorksheetCopy,
)
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.reports.route_sheet import write_route_sheet
from tomoni_desktop.services.pickups.recording import record_code
from tomoni_desktop.services.pickups.rounds import (
    list_rounds,
    propose_round,
    record_outcome,
    round_stops,
    save_round,
)
from tomoni_desktop.services.school.setup import school_context

ISSUED = date(2026, 11, 16)
ROUND_DAY = date(2026, 11, 28)  # the copies were due on the 23rd

DATABASE_ON_BOTH_ENGINES = True  # tests/conftest.py: SQLite, then PostgreSQL


@pytest.fixture
def class_out(demo_database):
    """A worksheet out on paper in the teacher's class, two pupils made siblings."""
    from tests.services.test_worksheets import typed
    from tomoni_desktop.core.models import Subject
    from tomoni_desktop.services.worksheets.handout import hand_out_worksheet
    from tomoni_desktop.services.worksheets.library import save_worksheet

    with unit_of_work(demo_database) as uow:
        session = uow.session
        context = school_context(uow)
        maths = session.scalars(select(Subject).where(Subject.name == "Matematika")).one()
        worksheet = save_worksheet(uow, context.school_id, typed(maths.id))
        result = hand_out_worksheet(
            uow, worksheet, context.my_class_id, context.school_year_id, ISSUED
        )
        on_paper = session.scalars(
            select(Student)
            .join(WorksheetCopy, WorksheetCopy.student_id == Student.id)
            .where(
                WorksheetCopy.hand_out_id == result.hand_out_id,
                WorksheetCopy.channel == Channel.PAPER,
            )
            .order_by(Student.full_name)
        ).all()
        older, younger = on_paper[0], on_paper[1]
        for field in ("village", "dusun", "rt", "rw", "address"):
            setattr(younger, field, getattr(older, field))
        session.execute(
            update(Guardian)
            .where(Guardian.student_id == younger.id)
            .values(
                name=session.scalars(
                    select(Guardian.name)
                    .where(Guardian.student_id == older.id)
                    .order_by(Guardian.is_primary.desc(), Guardian.name)
                ).first()
            )
        )
        siblings = {older.full_name, younger.full_name}
        count = len(on_paper)
    return demo_database, context, siblings, count


def test_siblings_at_one_address_with_one_guardian_are_one_stop(class_out):
    database, context, siblings, count = class_out
    with unit_of_work(database) as uow:
        plan = propose_round(uow, context.my_class_id, ROUND_DAY)
    assert plan.copies_to_collect == count and plan.copies_to_deliver == 0
    assert len(plan.stops) == count - 1
    [together] = [stop for stop in plan.stops if len(stop.pupils) == 2]
    assert {name for _id, name in together.pupils} == siblings
    assert len(together.collect) == 2
    areas = [(s.village.casefold(), s.dusun.casefold()) for s in plan.stops]
    assert areas == sorted(areas)  # desa, then dusun, the first time


def test_the_round_learns_the_order_the_teacher_walked(class_out):
    database, context, _siblings, _count = class_out
    with unit_of_work(database) as uow:
        first = propose_round(uow, context.my_class_id, ROUND_DAY)
        walked = list(reversed(first.stops))  # she walked it the other way round
        saved = save_round(uow, type(first)(**{**first.__dict__, "stops": walked}))
        assert saved.round_id is not None
    with unit_of_work(database) as uow:
        again = propose_round(uow, context.my_class_id, date(2026, 11, 30))
        rows = list_rounds(uow, context.school_year_id)
    order = [s.household for s in again.stops]
    walked_order = [s.household for s in walked]
    # within each area the households come in the order walked; the areas too
    assert order == walked_order
    assert [(r.stops, r.visited) for r in rows] == [(len(walked), 0)]


def test_a_returned_copy_leaves_the_round_and_outcomes_are_events(class_out):
    database, context, _siblings, count = class_out
    with unit_of_work(database) as uow:
        code = uow.session.scalars(
            select(WorksheetCopy.pickup_code)
            .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
            .where(WorksheetCopy.channel == Channel.PAPER)
        ).first()
        record_code(uow, code, returned_on=date(2026, 11, 24))
        plan = save_round(uow, propose_round(uow, context.my_class_id, ROUND_DAY))
        assert plan.copies_to_collect == count - 1
        stop = plan.stops[0].stop_id
        with pytest.raises(ValidationError, match="Say what happened"):
            record_outcome(uow, stop, StopOutcome.OTHER, ROUND_DAY)
        with pytest.raises(ValidationError, match="after the visit"):
            record_outcome(uow, stop, StopOutcome.NOT_READY, ROUND_DAY, come_back_on=ROUND_DAY)
        record_outcome(
            uow,
            stop,
            StopOutcome.NOT_READY,
            ROUND_DAY,
            parent_met=True,
            come_back_on=date(2026, 12, 1),
        )
        record_outcome(uow, stop, StopOutcome.COLLECTED, date(2026, 12, 1))
        assert len(uow.session.scalars(select(VisitOutcome)).all()) == 2
        [row] = list_rounds(uow, context.school_year_id)
    assert row.visited == 1


def test_nothing_to_collect_is_said_not_saved(demo_database):
    with unit_of_work(demo_database) as uow:
        context = school_context(uow)
        plan = propose_round(uow, context.my_class_id, ROUND_DAY)
        with pytest.raises(ValidationError) as caught:
            save_round(uow, plan)
    assert "Nothing to collect or deliver in class VII A" in caught.value.english()


@pytest.mark.parametrize("paper", ["F4", "A4"])
def test_the_route_sheet_has_every_stop_in_order_every_code_and_readable_qr(
    class_out, tmp_path, paper
):
    database, context, _siblings, _count = class_out
    with unit_of_work(database) as uow:
        plan = save_round(uow, propose_round(uow, context.my_class_id, ROUND_DAY))
    out = tmp_path / "rute.pdf"
    pages = write_route_sheet(plan, out, paper)
    reader = PdfReader(out)
    assert pages == len(reader.pages)
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    positions = [text.index(f"{n}. {stop.pupils[0][1]}") for n, stop in enumerate(plan.stops, 1)]
    assert positions == sorted(positions)  # the stops in the walk's order
    codes = [copy.code for stop in plan.stops for copy in stop.collect]
    assert all(code in text for code in codes)
    assert f"{len(plan.stops)} rumah · {len(codes)} lembar diambil" in text
    document = pypdfium2.PdfDocument(str(out))
    found = set()
    for page in document:
        found |= {b.text for b in zxingcpp.read_barcodes(page.render(scale=3).to_pil())}
    assert set(codes) <= found


def test_a_household_with_a_term_of_copies_continues_on_the_next_page(tmp_path):
    """A stop taller than a page (30 worksheets for two siblings) once stopped the sheet."""
    from tomoni_desktop.reports.route_data import CopyToCarry, RoundPlan, Stop

    stop = Stop("h", "Mahalona", "Dusun I", "001", "002", "Jl. Poros", "Ibu Sri", "0812-1111-2222")
    stop.pupils = [(None, "Ani"), (None, "Budi")]
    stop.collect = [
        CopyToCarry(f"AC{n % 10}-D{n:02d}"[:7], "Ani" if n % 2 else "Budi", f"Tugas {n}", ROUND_DAY)
        for n in range(60)
    ]
    plan = RoundPlan(None, "VII A", "SMP", "Bu Sri", ROUND_DAY, [stop])
    out = tmp_path / "panjang.pdf"
    pages = write_route_sheet(plan, out, "A4")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert pages >= 3 and all(copy.code in text for copy in stop.collect)


def test_collected_at_a_stop_records_all_its_copies_in_one_step(class_out):
    from tomoni_desktop.core.models import CopyReturn, ReturnWay
    from tomoni_desktop.services.pickups.rounds import record_stop, round_stops

    database, context, siblings, _count = class_out
    with unit_of_work(database) as uow:
        plan = save_round(uow, propose_round(uow, context.my_class_id, ROUND_DAY))
        rows = round_stops(uow, plan.round_id)
        [both] = [row for row in rows if row.to_collect == 2]
        assert set(both.pupils.split(", ")) == siblings and both.outcome is None
        lone = next(row for row in rows if row.to_collect == 1)
        assert record_stop(uow, lone.stop_id, StopOutcome.NOBODY_HOME, ROUND_DAY) == 0
        assert (
            record_stop(uow, both.stop_id, StopOutcome.COLLECTED, ROUND_DAY, parent_met=True) == 2
        )
        after = {row.stop_id: row for row in round_stops(uow, plan.round_id)}
        returns = uow.session.scalars(select(CopyReturn)).all()
    assert after[both.stop_id].to_collect == 0
    assert after[both.stop_id].outcome is StopOutcome.COLLECTED
    assert after[lone.stop_id].outcome is StopOutcome.NOBODY_HOME
    assert len(returns) == 2 and {r.way for r in returns} == {ReturnWay.VISIT}


def test_failed_visits_are_counted_for_the_follow_up_and_the_report(class_out, tmp_path):
    from tomoni_desktop.core.settings import load_settings, save_settings
    from tomoni_desktop.reports.outstanding_report import write_outstanding_report
    from tomoni_desktop.services.pickups.outstanding import outstanding_copies, outstanding_report

    database, context, _siblings, _count = class_out
    with unit_of_work(database) as uow:
        plan = save_round(uow, propose_round(uow, context.my_class_id, ROUND_DAY))
        stop = plan.stops[0]
        for outcome, day in (
            (StopOutcome.NOBODY_HOME, ROUND_DAY),
            (StopOutcome.NOT_FOUND, date(2026, 11, 30)),
        ):
            record_outcome(uow, stop.stop_id, outcome, day)
        rows = outstanding_copies(uow, context.school_year_id, ROUND_DAY, context.my_class_id)
        assert load_settings(uow.session).follow_up_after == 2
        with pytest.raises(ValidationError):
            save_settings(uow.session, follow_up_after=0)
        report = outstanding_report(uow, context.my_class_id, ROUND_DAY)
    names = {name for _id, name in stop.pupils}
    assert {r.pupil for r in rows if r.failed_visits == 2} == names
    assert all(r.failed_visits == 0 for r in rows if r.pupil not in names)
    out = tmp_path / "belum.pdf"
    write_outstanding_report(report, out)
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Kunjungan" in text


def test_pupils_to_follow_up_after_failed_visits_in_a_row(class_out):
    """Two failed visits flag a pupil (the setting's default); a collection in between starts
    the count again; a pupil whose work is all back is not on the list."""
    from tomoni_desktop.services.pickups.outstanding import pupils_to_follow_up

    database, context, _siblings, _count = class_out
    with unit_of_work(database) as uow:
        plan = save_round(uow, propose_round(uow, context.my_class_id, ROUND_DAY))
        first, second, third = plan.stops[:3]
        for stop, outcomes in (
            (first, [StopOutcome.NOBODY_HOME, StopOutcome.NOT_FOUND]),
            (second, [StopOutcome.NOBODY_HOME, StopOutcome.COLLECTED, StopOutcome.NOT_READY]),
            (third, [StopOutcome.NOBODY_HOME, StopOutcome.MOVED, StopOutcome.COLLECTED]),
        ):
            for day, outcome in enumerate(outcomes, start=28):
                record_outcome(uow, stop.stop_id, outcome, date(2026, 11, day))
        flagged = pupils_to_follow_up(uow, context.school_year_id, 2, context.my_class_id)
        one_visit = pupils_to_follow_up(uow, context.school_year_id, 1)
    assert {row.pupil for row in flagged} == {name for _id, name in first.pupils}
    row = flagged[0]
    assert (row.failed_visits, row.last_outcome, row.last_visit_on) == (
        2,
        StopOutcome.NOT_FOUND,
        date(2026, 11, 29),
    )
    assert row.copies_out == 1 and row.oldest_due == date(2026, 11, 23) and row.guardian
    # With the setting at one visit, the second household counts too (one failure since its
    # collection); the third's last visit collected.
    names = {row.pupil for row in one_visit}
    assert {name for _id, name in second.pupils} <= names
    assert not names & {name for _id, name in third.pupils}


def test_the_other_houses_of_the_class_can_join_the_round(class_out, tmp_path):
    """Pupils with nothing to carry (a phone family, work all back) are offered as houses to
    add; a house added to the walk is kept and printed like the others."""
    database, context, _siblings, _count = class_out
    with unit_of_work(database) as uow:
        plan = propose_round(uow, context.my_class_id, ROUND_DAY)
        pupils = uow.session.scalar(
            select(func.count())
            .select_from(Enrollment)
            .where(Enrollment.class_id == context.my_class_id)
        )
        on_walk = {pupil for stop in plan.stops for pupil in stop.pupils}
        spare = {pupil for stop in plan.others for pupil in stop.pupils}
        assert not on_walk & spare and len(on_walk | spare) == pupils
        assert all(not stop.collect and not stop.deliver for stop in plan.others)
        added = plan.others[0]
        walk = [plan.stops[0], added, *plan.stops[1:]]
        saved = save_round(uow, type(plan)(**{**plan.__dict__, "stops": walk}))
        rows = round_stops(uow, saved.round_id)
    assert [row.pupils for row in rows[:2]] == [
        ", ".join(sorted(name for _id, name in stop.pupils)) for stop in walk[:2]
    ]
    assert rows[1].to_collect == 0
    out = tmp_path / "rute.pdf"
    write_route_sheet(saved, out, "A4")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert f"2. {added.pupils[0][1]}" in text
