"""Nilai: a column of scores typed with the keyboard only, marks, undo, a paste, a refusal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from tests.ui.conftest import settle
from tomoni_desktop.core.models import AssessmentKind, AssessmentResult, ResultMark, Subject
from tomoni_desktop.core.unit_of_work import unit_of_work
from tomoni_desktop.services.grades.book import add_assessment, add_objective
from tomoni_desktop.services.grades.rules import Weights
from tomoni_desktop.ui.pages.grades import RECAP


def assessments(app_context) -> dict[str, object]:
    school = app_context.school
    with unit_of_work(app_context.database) as uow:
        maths = uow.session.scalars(select(Subject).where(Subject.name == "Matematika")).one()
        tp = add_objective(uow, school.school_year_id, maths.id, 7, "TP 1", "pecahan senilai")
        made = {
            key: add_assessment(
                uow,
                school.my_class_id,
                maths.id,
                school.semester_id,
                kind,
                title,
                date(2026, 10, 5),
                objective_ids=[tp] if kind is AssessmentKind.TOPIC else [],
            )
            for key, kind, title in (
                ("tp", AssessmentKind.TOPIC, "Sumatif pecahan"),
                ("sts", AssessmentKind.STS, "STS"),
            )
        }
    return {"maths": maths.id, **made}


def grades_page(qtbot, window, app_context):
    qtbot.mouseClick(window.nav_buttons["grades"], Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    page = window.pages["grades"]
    page.subject_choice.setCurrentIndex(page.subject_choice.findText("Matematika"))
    settle(qtbot, app_context)
    return page


def type_keys(qtbot, text: str) -> None:
    """Keys as a person types them: into whatever has the focus (the grid, then its editor)."""
    for key in text:
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has the keyboard focus"
        qtbot.keyClick(focused, key)


def enter(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()  # the editor keeps its value on the next turn of the loop


def stored(app_context, assessment_id) -> dict:
    with unit_of_work(app_context.database) as uow:
        return {
            row.student_id: (row.score, row.mark)
            for row in uow.session.scalars(
                select(AssessmentResult).where(AssessmentResult.assessment_id == assessment_id)
            )
        }


def test_a_column_of_scores_is_typed_with_numbers_and_enters_only(qtbot, window, app_context):
    made = assessments(app_context)
    page = grades_page(qtbot, window, app_context)
    assert page.title.text() == "Nilai" and page.model.rowCount() == 32
    assert page.table.currentIndex().column() == 1 and page.table.currentIndex().row() == 0
    scores = [60 + (n * 7) % 41 for n in range(32)]
    for score in scores:
        type_keys(qtbot, str(score))
        enter(qtbot)
    assert page.table.currentIndex().row() == 31  # Enter went down, row by row
    settle(qtbot, app_context)
    grid = page.model.grid
    kept = stored(app_context, made["tp"])
    assert [kept[p.student_id][0] for p in grid.pupils] == scores
    first = grid.pupils[0].student_id
    assert grid.finals[first].score == scores[0]  # the STS is blank: not a zero
    assert page.model.index(0, 3).data() == str(scores[0])
    assert page.summary.text().startswith("32 siswa · 2 penilaian · 32 nilai belum ada")

    # Tab to the STS, a mark, then undo it.
    page.table.setCurrentIndex(page.model.index(0, 2))
    type_keys(qtbot, "T")
    enter(qtbot)
    settle(qtbot, app_context)
    assert stored(app_context, made["sts"])[first] == (None, ResultMark.NOT_HANDED_IN)
    assert page.model.index(0, 2).data() == "TK"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, app_context)
    assert page.model.index(0, 2).data() == ""
    assert stored(app_context, made["sts"])[first] == (None, None)


def said(page) -> str:
    """The message box the page opened last (closed after reading)."""
    boxes = [box for box in page.findChildren(QMessageBox) if box.isVisible()]
    assert boxes, "no message was shown"
    text = boxes[-1].text()
    for box in boxes:
        box.close()
    return text


def test_a_bad_value_is_refused_and_a_pasted_column_is_all_or_nothing(qtbot, window, app_context):
    made = assessments(app_context)
    page = grades_page(qtbot, window, app_context)
    type_keys(qtbot, "120")
    enter(qtbot)
    settle(qtbot, app_context)
    assert "120" in said(page) and stored(app_context, made["tp"]) == {}
    page.table.setCurrentIndex(page.model.index(0, 2))
    QApplication.clipboard().setText("70\n80\ndelapan\n90\n")
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, app_context)
    message = said(page)
    assert "Baris 3" in message and "delapan" in message
    assert stored(app_context, made["sts"]) == {}  # nothing of it kept
    QApplication.clipboard().setText("70\r\n80\r\nDS\r\n90\r\n")
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, app_context)
    pupils = [p.student_id for p in page.model.grid.pupils[:4]]
    kept = stored(app_context, made["sts"])
    assert [kept[p] for p in pupils] == [
        (70, None),
        (80, None),
        (None, ResultMark.EXCUSED),
        (90, None),
    ]


def test_the_class_reports_and_leger_are_saved_from_the_page(qtbot, window, app_context, tmp_path):
    from pypdf import PdfReader

    assessments(app_context)
    page = grades_page(qtbot, window, app_context)
    type_keys(qtbot, "88")
    enter(qtbot)
    settle(qtbot, app_context)
    assert page.print_reports.text() == "Laporan perkembangan…"
    page.save_report("progress", tmp_path / "rapor.pdf")
    settle(qtbot, app_context)
    pages = PdfReader(tmp_path / "rapor.pdf").pages
    assert len(pages) == 32 and page.summary.text() == "Disimpan sebagai rapor.pdf (32 halaman)."
    first = page.model.grid.pupils[0].name
    assert first in pages[0].extract_text() and "88" in pages[0].extract_text()
    page.save_report("leger", tmp_path / "leger.pdf")
    settle(qtbot, app_context)
    assert "Leger Nilai" in PdfReader(tmp_path / "leger.pdf").pages[0].extract_text()
    page.save_report("erapor", tmp_path / "erapor.xlsx")
    settle(qtbot, app_context)
    assert page.summary.text() == "Disimpan sebagai erapor.xlsx (24 lembar)."
    # The homeroom recap prints the class's papers too; a subject's workbook needs a subject.
    page.subject_choice.setCurrentIndex(0)
    settle(qtbot, app_context)
    assert not page.export_grades.isEnabled() and page.print_missing.isEnabled()
    page.save_report("missing", tmp_path / "kurang.pdf")
    settle(qtbot, app_context)
    text = PdfReader(tmp_path / "kurang.pdf").pages[0].extract_text()
    assert "Nilai yang belum lengkap" in text and "belum ada nilai akhir" in text
    assert page.summary.text().startswith("Disimpan sebagai kurang.pdf (")


def test_weights_a_final_score_by_hand_and_a_worksheet_as_an_assessment(qtbot, window, app_context):
    from datetime import timedelta

    from tomoni_desktop.services.worksheets.handout import hand_out_worksheet
    from tomoni_desktop.services.worksheets.library import (
        QuestionDraft,
        WorksheetDraft,
        save_worksheet,
    )

    made = assessments(app_context)
    school = app_context.school
    with unit_of_work(app_context.database) as uow:  # a maths worksheet handed out
        worksheet = save_worksheet(
            uow,
            school.school_id,
            WorksheetDraft(made["maths"], 7, "Pecahan", questions=[QuestionDraft("Soal.")]),
        )
        hand_out_worksheet(
            uow,
            worksheet,
            school.my_class_id,
            school.school_year_id,
            date.today() - timedelta(days=10),
        )
    page = grades_page(qtbot, window, app_context)

    policy = page.open_policy()
    qtbot.addWidget(policy)
    settle(qtbot, app_context)
    assert policy.topics.value() == 60 and policy.total.text() == "jumlah 100 %"
    assert policy.good.text().startswith("Menunjukkan") and policy.good.cursorPosition() == 0
    policy.topics.setValue(50)
    assert policy.total.text() == "jumlah 90 %: bukan 100 %"
    policy.own.setChecked(True)
    with qtbot.waitSignal(policy.accepted, timeout=5000):
        policy.save()
    settle(qtbot, app_context)
    grid = page.model.grid
    assert grid.policy.own and grid.policy.weights == Weights(50, 20, 20)
    assert page.warning.isVisible() or not page.isVisible()
    assert page.warning.text().startswith("Jumlah bobot 90 %")

    page.window().activateWindow()  # back from the dialog
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    type_keys(qtbot, "64")
    enter(qtbot)
    settle(qtbot, app_context)
    page.table.setCurrentIndex(page.model.index(0, 1))
    final = page.open_final()
    qtbot.addWidget(final)
    final.by_hand.setChecked(True)
    final.score.setValue(70)
    final.reason.setText("Remedial lisan")
    with qtbot.waitSignal(final.accepted, timeout=5000):
        final.save()
    settle(qtbot, app_context)
    first = page.model.grid.finals[page.model.grid.pupils[0].student_id]
    assert (first.score, first.computed, first.override_reason) == (70, 64, "Remedial lisan")

    dialog = page.open_new_assessment()
    qtbot.addWidget(dialog)
    settle(qtbot, app_context)
    assert dialog.worksheet.count() == 2 and dialog.worksheet.itemText(1).startswith("Pecahan")
    dialog.worksheet.setCurrentIndex(1)
    assert not dialog.name.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    settle(qtbot, app_context)
    [from_worksheet] = [c for c in page.model.grid.columns if c.from_worksheet]
    assert from_worksheet.title == "Pecahan" and from_worksheet.kind is AssessmentKind.TOPIC


def test_the_homeroom_recap_shows_every_subject_and_what_to_look_at(qtbot, window, app_context):
    from tomoni_desktop.core.models import AssessmentResult
    from tomoni_desktop.services.grades.book import CellValue, override_final, set_result

    made = assessments(app_context)
    school = app_context.school
    from tomoni_desktop.services.grades.grid import grade_grid

    with unit_of_work(app_context.database) as uow:
        grid = grade_grid(uow, school.my_class_id, made["maths"], school.semester_id)
        first, second = grid.pupils[0].student_id, grid.pupils[1].student_id
        set_result(uow, made["tp"], first, CellValue(score=80))
        set_result(uow, made["sts"], first, CellValue(score=70))
        set_result(uow, made["tp"], second, CellValue(score=60))
        override_final(uow, second, made["maths"], school.semester_id, 70, "Remedial lisan", None)
        assert uow.session.scalars(select(AssessmentResult)).all()
    page = grades_page(qtbot, window, app_context)
    page.subject_choice.setCurrentIndex(0)
    settle(qtbot, app_context)
    assert page.subject_choice.currentText() == "Semua mata pelajaran (rekap wali kelas)"
    assert page.views.currentWidget() is page.recap and not page.new_assessment.isVisible()
    recap = page.recap.recap
    maths = [n for n, (subject_id, _s) in enumerate(recap.subjects) if subject_id == made["maths"]]
    rows = {row.student_id: row for row in recap.rows}
    assert rows[first].scores[maths[0]] == 78  # 80 and 70, weighted 60:20
    assert rows[second].scores[maths[0]] == 70
    header = page.recap.scores.headerData(maths[0] + 1, Qt.Orientation.Horizontal)
    assert header == "MTK"
    kinds = {(a.pupil, a.kind.value) for a in recap.anomalies}
    assert (grid.pupils[1].name, "overridden") in kinds
    assert (grid.pupils[2].name, "no_final") in kinds
    assert page.recap.anomalies_title.text().startswith("Perlu diperiksa sebelum mencetak rapor")
    view = page.recap.scores_view
    view.setCurrentIndex(view.model().index(0, maths[0] + 1))  # the chart follows the column
    chart = page.recap.chart
    assert chart.title == "MTK" and sum(chart.counts) == 2  # two pupils with a final score
    [tp] = chart.reach
    assert (tp.code, tp.reached, tp.assessed) == ("TP 1", 1, 2)  # 80 reached, 60 did not
    chart.grab()  # it paints
    # The homeroom teacher's note, kept for the chosen pupil and printed on the report.
    chosen = page.recap.chosen_row()
    assert not page.recap.save_note.isEnabled()  # nothing written yet
    page.recap.note.setPlainText("Rajin dan  suka membantu teman.")
    qtbot.mouseClick(page.recap.save_note, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    assert page.summary.text() == f"Catatan disimpan untuk {chosen.pupil}."
    assert page.recap.chosen_row().note == "Rajin dan suka membantu teman."
    assert page.recap.note.toPlainText() == "Rajin dan suka membantu teman."
    assert not page.recap.save_note.isEnabled()
    # A note written, then another pupil chosen: the note is kept, as a score would be.
    page.recap.note.setFocus()
    qtbot.keyClicks(page.recap.note, "Teliti. ")
    assert page.recap.save_note.isEnabled()
    view.setCurrentIndex(view.model().index(1, maths[0] + 1))
    settle(qtbot, app_context)
    notes = {row.pupil: row.note for row in page.recap.scores.rows}
    assert notes[chosen.pupil] == "Teliti. Rajin dan suka membantu teman."
    assert page.recap.note_label.text().endswith(f"{page.recap.chosen_row().pupil}:")
    from tomoni_desktop.services.grades.reports import class_report

    with unit_of_work(app_context.database) as uow:
        report = class_report(uow, school.my_class_id, school.semester_id, date.today())
    assert [p.note for p in report.pupils if p.name == chosen.pupil] == [
        "Teliti. Rajin dan suka membantu teman."
    ]


def test_a_note_on_a_result_is_kept_and_shown(qtbot, window, app_context):
    made = assessments(app_context)
    page = grades_page(qtbot, window, app_context)
    type_keys(qtbot, "70")
    enter(qtbot)
    settle(qtbot, app_context)
    index = page.model.index(0, 1)
    assert page.note_button.text() == "Catatan…"
    page.store_cell_note(index, "Masih  keliru menyederhanakan pecahan.")
    settle(qtbot, app_context)
    assert index.data() == "70 ✎"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Masih keliru menyederhanakan pecahan."
    assert index.data(Qt.ItemDataRole.EditRole) == "70"  # what an edit starts from
    with unit_of_work(app_context.database) as uow:
        row = uow.session.scalars(
            select(AssessmentResult).where(AssessmentResult.assessment_id == made["tp"])
        ).one()
    assert (row.score, row.note) == (70, "Masih keliru menyederhanakan pecahan.")
    page.refresh()  # read again: the note stays, the score too
    settle(qtbot, app_context)
    assert page.model.index(0, 1).data() == "70 ✎"


def test_grades_go_to_excel_and_come_back_after_a_preview(qtbot, window, app_context, tmp_path):
    """Saved as a workbook, filled in, read back: the dialog shows each change and writes
    nothing until Apply; a bad cell names its row and column and nothing is kept."""
    from openpyxl import load_workbook

    made = assessments(app_context)
    page = grades_page(qtbot, window, app_context)
    type_keys(qtbot, "85 L")  # late: the cell says so, and its tooltip the due date
    enter(qtbot)
    settle(qtbot, app_context)
    assert page.model.index(0, 1).data() == "85 L"
    assert "1 terlambat" in page.summary.text()
    assert page.export_grades.text() == "Nilai ke Excel…"
    sheet_path = tmp_path / "nilai.xlsx"
    page.save_report("grades", sheet_path)
    settle(qtbot, app_context)
    assert page.summary.text().startswith("Disimpan sebagai nilai.xlsx: 32 siswa × 2 penilaian")

    workbook = load_workbook(sheet_path)
    sheet = workbook.active
    header = next(r for r in range(1, 10) if sheet.cell(row=r, column=1).value == "No")
    assert sheet.cell(row=header + 1, column=4).value == "85 L"
    sheet.cell(row=header + 2, column=4).value = "72"
    sheet.cell(row=header + 3, column=5).value = "TK"
    workbook.save(sheet_path)

    dialog = page.open_import()
    qtbot.addWidget(dialog)
    dialog.preview(sheet_path)
    settle(qtbot, app_context)
    pupils = page.model.grid.pupils
    assert [(c.pupil, c.before, c.after) for c in dialog.model.rows] == [
        (pupils[1].name, "", "72"),
        (pupils[2].name, "", "TK"),
    ]
    assert dialog.apply.isEnabled() and dialog.apply.text() == "Terapkan 2 perubahan"
    assert stored(app_context, made["tp"]).get(pupils[1].student_id) is None  # a preview only
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.apply.click()
    settle(qtbot, app_context)
    assert stored(app_context, made["tp"])[pupils[1].student_id] == (72, None)
    assert stored(app_context, made["sts"])[pupils[2].student_id] == (
        None,
        ResultMark.NOT_HANDED_IN,
    )
    assert page.model.index(1, 1).data() == "72"

    sheet.cell(row=header + 4, column=4).value = "delapan"
    sheet.cell(row=header + 5, column=4).value = "90"
    workbook.save(sheet_path)
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    dialog.preview(sheet_path)
    settle(qtbot, app_context)
    assert f"baris {header + 4}, kolom D" in dialog.summary.text()
    assert "delapan" in dialog.summary.text() and not dialog.apply.isEnabled()
    assert dialog.model.rows == []
    assert pupils[4].student_id not in stored(app_context, made["tp"])  # nothing of it kept


def kept_description(app_context, student_id, subject_id) -> str | None:
    from tomoni_desktop.core.models import ReportEntry

    with unit_of_work(app_context.database) as uow:
        entry = uow.session.scalars(
            select(ReportEntry).where(
                ReportEntry.student_id == student_id, ReportEntry.subject_id == subject_id
            )
        ).one_or_none()
        return None if entry is None else entry.description


def test_a_description_is_written_kept_and_given_back_to_the_scores(qtbot, window, app_context):
    """The report's paragraph is read from its first word, kept only once changed, and the
    pupil stays chosen after it is kept; 'From the scores' undoes the hand-written text."""
    made = assessments(app_context)
    page = grades_page(qtbot, window, app_context)
    for score in ("65", "90", "88"):  # three pupils assessed on the TP
        type_keys(qtbot, score)
        enter(qtbot)
    settle(qtbot, app_context)
    page.table.setCurrentIndex(page.model.index(1, 2))  # the second pupil, the STS column
    pupil = page.model.grid.pupils[1]
    generated = page.model.grid.finals[pupil.student_id].generated
    assert "pecahan senilai" in generated
    assert page.description.toPlainText() == generated
    assert page.description.textCursor().position() == 0  # its first word shows
    assert page.description_label.text() == f"Deskripsi, {pupil.name}:"
    assert page.description_source.text() == "mengikuti nilai"
    assert not page.save_description.isEnabled()  # nothing to keep yet
    assert not page.generated_description.isEnabled()

    page.description.setFocus()
    page.description.selectAll()
    qtbot.keyClicks(page.description, "Sangat  baik memahami")
    qtbot.keyClick(page.description, Qt.Key.Key_Return)  # a new line: one space when kept
    qtbot.keyClicks(page.description, "pecahan senilai.")
    assert page.save_description.isEnabled()
    page.refresh()  # the grid read again while writing (a bundle came in): nothing is lost
    settle(qtbot, app_context)
    assert page.description.toPlainText() == "Sangat  baik memahami\npecahan senilai."
    assert page.save_description.isEnabled() and page.table.currentIndex().row() == 1
    qtbot.mouseClick(page.save_description, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    subject = made["maths"]
    assert kept_description(app_context, pupil.student_id, subject) == (
        "Sangat baik memahami pecahan senilai."
    )
    assert page.table.currentIndex().row() == 1 and page.table.currentIndex().column() == 2
    assert page.description.toPlainText() == "Sangat baik memahami pecahan senilai."
    assert page.description_source.text() == "ditulis guru"
    assert not page.save_description.isEnabled() and page.generated_description.isEnabled()

    qtbot.mouseClick(page.generated_description, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    assert kept_description(app_context, pupil.student_id, subject) == ""
    assert page.description.toPlainText() == generated
    assert page.description_source.text() == "mengikuti nilai"
    assert page.table.currentIndex().row() == 1


def test_a_description_being_written_is_kept_on_leaving_its_pupil(qtbot, window, app_context):
    """As a score is kept on leaving its cell: another pupil, or the recap."""
    made = assessments(app_context)
    page = grades_page(qtbot, window, app_context)
    pupils = page.model.grid.pupils
    page.description.setFocus()
    page.description.selectAll()
    qtbot.keyClicks(page.description, "Rajin bertanya tentang pecahan.")
    page.table.setCurrentIndex(page.model.index(2, 1))  # the third pupil, by the mouse
    settle(qtbot, app_context)
    kept = kept_description(app_context, pupils[0].student_id, made["maths"])
    assert kept == "Rajin bertanya tentang pecahan."
    assert page.description_label.text() == f"Deskripsi, {pupils[2].name}:"
    assert page.table.currentIndex().row() == 2 and not page.save_description.isEnabled()

    page.description.setFocus()
    qtbot.keyClicks(page.description, "Teliti.")
    page.subject_choice.setCurrentIndex(page.subject_choice.findData(RECAP))
    settle(qtbot, app_context)
    assert kept_description(app_context, pupils[2].student_id, made["maths"]).endswith("Teliti.")
    assert page.views.currentIndex() == 1  # the recap
