"""The worksheets page: a worksheet made, handed out by channel, and its packet printed."""

from __future__ import annotations

import uuid

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from tests.samples import pdf_pages
from tests.ui.conftest import settle
from tomoni_desktop.core.models import Channel, HandOut, Worksheet, WorksheetCopy
from tomoni_desktop.core.unit_of_work import unit_of_work


def worksheets_page(qtbot, window, app_context):
    qtbot.mouseClick(window.nav_buttons["worksheets"], Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    return window.pages["worksheets"]


def new_worksheet(qtbot, page, app_context, title: str, questions: str = "", pdf=None):
    dialog = page.open_editor(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save.isEnabled)
    dialog.subject.setCurrentIndex(dialog.subject.findText("Matematika"))
    dialog.title.setText(title)
    dialog.questions.setPlainText(questions)
    if pdf is not None:
        dialog.attach_pdf(pdf)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    return dialog


def test_make_a_worksheet_and_see_a_bad_pdf_named(qtbot, window, app_context, tmp_path):
    page = worksheets_page(qtbot, window, app_context)
    assert page.title.text() == "Lembar Kerja" and page.proxy.rowCount() == 0
    bad = tmp_path / "soal.pdf"
    bad.write_bytes(b"PK\x03\x04 this is a docx")
    dialog = page.open_editor(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save.isEnabled)
    dialog.title.setText("Pecahan")
    dialog.attach_pdf(bad)  # refused when attached, before anything is saved
    settle(qtbot, app_context)
    assert dialog.form.problems["pdf"].text() == "soal.pdf bukan berkas PDF."
    assert dialog.pdf_path is None and dialog.pdf_label.text() == "Belum ada PDF"
    good = tmp_path / "lkpd.pdf"
    good.write_bytes(pdf_pages(3))
    dialog.attach_pdf(good)
    settle(qtbot, app_context)
    assert dialog.form.problems["pdf"].isHidden()
    assert dialog.pdf_label.text() == "lkpd.pdf (3 halaman)"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert page.proxy.index(0, 3).data() == "3 (PDF)"


def test_hand_out_with_a_changed_channel_then_make_and_print_the_packet(
    qtbot, window, app_context, tmp_path
):
    page = worksheets_page(qtbot, window, app_context)
    new_worksheet(
        qtbot, page, app_context, "Pecahan senilai", "Sederhanakan 6/8.\nTulis pecahan senilai 1/2."
    )
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    page.table.selectRow(0)
    dialog = page.open_hand_out()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 32)
    first = dialog.model.rows[0]
    dialog._toggle(dialog.proxy.mapFromSource(dialog.model.index(0, 0)))
    assert dialog.model.rows[0].channel is not first.channel
    paper = sum(1 for p in dialog.model.rows if p.channel is Channel.PAPER)
    assert dialog.counts.text() == f"{paper} lewat kertas · {32 - paper} lewat WhatsApp"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    with unit_of_work(app_context.database) as uow:
        session = uow.session
        copy = session.scalars(
            select(WorksheetCopy).where(WorksheetCopy.student_id == first.student_id)
        ).one()
        assert copy.channel is dialog.model.rows[0].channel

    packet = page.open_packet()
    qtbot.addWidget(packet)
    packet.paper.setCurrentIndex(packet.paper.findData("A4"))
    qtbot.mouseClick(packet.make, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    qtbot.waitUntil(lambda: packet.pdf is not None)
    assert packet.summary.text().startswith(f"{paper} siswa, {paper} lembar kerja")
    assert packet.pages_layout.count() > 0
    saved = tmp_path / "paket.pdf"
    packet.save_to(saved)
    settle(qtbot, app_context)
    assert len(PdfReader(saved).pages) == packet.packet_result.pages

    from tomoni_desktop.ui.worksheets.packet_dialog import print_pdf

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "dicetak.pdf"))
    assert print_pdf(saved, printer) == packet.packet_result.pages
    assert len(PdfReader(tmp_path / "dicetak.pdf").pages) == packet.packet_result.pages


def test_archive_hides_and_blocks_handing_out(qtbot, window, app_context):
    page = worksheets_page(qtbot, window, app_context)
    new_worksheet(qtbot, page, app_context, "Puisi", "Tulis dua baris puisi.")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.mouseClick(page.buttons["archive"], Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0)
    page.show_archived.setChecked(True)
    assert page.proxy.rowCount() == 1
    page.table.selectRow(0)
    assert not page.buttons["hand_out"].isEnabled()
    assert page.buttons["archive"].text() == "Keluarkan dari arsip"
    with unit_of_work(app_context.database) as uow:
        session = uow.session
        assert session.scalars(select(Worksheet)).one().archived_at is not None


def packet_after_a_hand_out(qtbot, window, app_context):
    """A new worksheet handed out to the class: the packet dialog it opens straight away for
    the pupils on paper."""
    from tomoni_desktop.ui.worksheets.packet_dialog import PacketDialog

    page = worksheets_page(qtbot, window, app_context)
    new_worksheet(qtbot, page, app_context, "Pecahan", "Sederhanakan 6/8.")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    page.table.selectRow(0)
    hand_out = page.open_hand_out()
    qtbot.addWidget(hand_out)
    qtbot.waitUntil(lambda: hand_out.model.rowCount() == 32)
    with qtbot.waitSignal(hand_out.accepted, timeout=10_000):
        qtbot.mouseClick(hand_out.start, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    packet = next(d for d in page.findChildren(PacketDialog) if d.isVisible())
    qtbot.addWidget(packet)
    return packet


def test_the_packet_file_is_removed_when_the_dialog_closes(qtbot, window, app_context, data_dir):
    packet = packet_after_a_hand_out(qtbot, window, app_context)
    qtbot.mouseClick(packet.make, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    qtbot.waitUntil(lambda: packet.pdf is not None)
    made = packet.pdf
    assert made.exists() and made.parent == data_dir / "packets"
    packet.reject()
    assert not made.exists()


def test_the_learning_objective_has_room_for_a_sentence_or_two(qtbot, window, app_context):
    page = worksheets_page(qtbot, window, app_context)
    dialog = page.open_editor(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save.isEnabled)
    assert dialog.objective.height() > dialog.title.sizeHint().height() * 2
    dialog.subject.setCurrentIndex(dialog.subject.findText("Matematika"))
    dialog.title.setText("Pecahan senilai")
    dialog.questions.setPlainText("Sederhanakan 4/8.")
    dialog.objective.setPlainText(
        "Peserta didik dapat menentukan pecahan senilai\ndan menyederhanakan pecahan."
    )
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    with unit_of_work(app_context.database) as uow:
        stored = uow.session.scalars(select(Worksheet)).one()
    assert stored.objective == (
        "Peserta didik dapat menentukan pecahan senilai dan menyederhanakan pecahan."
    )


def test_a_new_worksheet_starts_with_the_teachers_own_subject(qtbot, window, app_context):
    from tomoni_desktop.core.models import Subject, TeachingAssignment
    from tomoni_desktop.core.settings import load_settings

    with unit_of_work(app_context.database) as uow:
        teacher = load_settings(uow.session).my_teacher_id
        taught = uow.session.scalars(
            select(Subject.name)
            .join(TeachingAssignment, TeachingAssignment.subject_id == Subject.id)
            .where(TeachingAssignment.teacher_id == uuid.UUID(teacher))
        ).all()
    assert len(set(taught)) == 1  # the demo's homeroom teacher of VII A teaches one subject
    page = worksheets_page(qtbot, window, app_context)
    dialog = page.open_editor(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save.isEnabled)
    assert dialog.subject.currentText() == taught[0] != dialog.subject.itemText(0)


def hand_out(qtbot, page, app_context, *, answer=None):
    """Open the hand-out dialog for the selected worksheet and press Bagikan."""
    dialog = page.open_hand_out()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 32)
    settle(qtbot, app_context)
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    return dialog


def test_the_page_lists_a_worksheets_hand_outs_and_prints_one(qtbot, window, app_context):
    page = worksheets_page(qtbot, window, app_context)
    new_worksheet(qtbot, page, app_context, "Pecahan", "Sederhanakan 6/8.\nUrutkan 1/2, 2/3.")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert page.proxy.index(0, 3).data() == "1 (2 soal)"  # pages, then what they are
    page.table.selectRow(0)
    settle(qtbot, app_context)
    assert page.hand_outs_title.text() == "Pecahan: belum dibagikan"
    dialog = hand_out(qtbot, page, app_context)
    result = dialog.result_info
    from tomoni_desktop.ui.worksheets.packet_dialog import PacketDialog

    offered = next(d for d in page.findChildren(PacketDialog) if d.isVisible())
    assert offered.hand_out_id == result.hand_out_id and offered.scope.isVisible()
    assert offered.scope.currentText() == "Pembagian ini saja"
    offered.reject()
    qtbot.waitUntil(lambda: page.hand_outs_model.rowCount() == 1)
    row = page.hand_outs_model.rows[0]
    assert (row.class_name, row.on_paper, row.paper_out) == ("VII A", result.paper, result.paper)
    shown = [page.hand_outs_proxy.index(0, c).data() for c in range(7)]
    assert shown[0] == "VII A" and shown[3] == str(result.paper)
    assert shown[2] == result.due.due_on.strftime("%d-%m-%Y")  # one date format everywhere
    page.hand_outs.selectRow(0)
    assert page.hand_out_packet.isEnabled()
    qtbot.mouseClick(page.hand_out_packet, Qt.MouseButton.LeftButton)
    again = next(d for d in page.findChildren(PacketDialog) if d.isVisible())
    assert again.hand_out_id == row.id
    again.reject()


def test_handing_out_again_or_to_another_level_asks_first(qtbot, window, app_context):
    from PySide6.QtWidgets import QMessageBox

    page = worksheets_page(qtbot, window, app_context)
    new_worksheet(qtbot, page, app_context, "Pecahan", "Sederhanakan 6/8.")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    page.table.selectRow(0)
    first = hand_out(qtbot, page, app_context)
    assert first.result() == first.DialogCode.Accepted  # nothing out yet: no question
    for packet in page.findChildren(QDialog):
        if packet.isVisible():
            packet.reject()
    second = hand_out(qtbot, page, app_context)
    [question] = [box for box in second.findChildren(QMessageBox) if box.isVisible()]
    issued = first.result_info  # the earlier one, still out on paper
    assert "sudah menerimanya di kertas" in question.text()
    assert f"{issued.paper} lembar belum kembali" in question.text()
    assert second.warnings.isVisible() and "sudah menerimanya" in second.warnings.text()
    question.defaultButton().click()  # the safe default: do not hand out
    settle(qtbot, app_context)
    assert second.result_info is None
    with unit_of_work(app_context.database) as uow:
        assert len(uow.session.scalars(select(HandOut)).all()) == 1
    [go] = [b for b in question.buttons() if b.text() == "Bagikan"]
    second.submit()
    [question] = [box for box in second.findChildren(QMessageBox) if box.isVisible()]
    [go] = [b for b in question.buttons() if b.text() == "Bagikan"]
    with qtbot.waitSignal(second.accepted, timeout=10_000):
        go.click()
    with unit_of_work(app_context.database) as uow:
        assert len(uow.session.scalars(select(HandOut)).all()) == 2


def test_a_worksheet_for_level_8_asks_before_a_level_7_class_gets_it(qtbot, window, app_context):
    from PySide6.QtWidgets import QMessageBox

    page = worksheets_page(qtbot, window, app_context)
    dialog = page.open_editor(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save.isEnabled)
    dialog.level.setCurrentIndex(dialog.level.findData(8))
    dialog.title.setText("Puisi")
    dialog.questions.setPlainText("Tulis puisi.")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    page.table.selectRow(0)
    handing = hand_out(qtbot, page, app_context)
    [question] = [box for box in handing.findChildren(QMessageBox) if box.isVisible()]
    assert "untuk kelas 8; kelas ini tingkat 7" in question.text()


def test_due_dates_move_before_they_are_shown_and_the_note_agrees(qtbot, window, app_context):
    from datetime import date

    from PySide6.QtCore import QDate

    from tomoni_desktop.core.school_days import is_school_day

    page = worksheets_page(qtbot, window, app_context)
    new_worksheet(qtbot, page, app_context, "Pecahan", "Sederhanakan 6/8.")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    page.table.selectRow(0)
    dialog = page.open_hand_out()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 32)
    dialog.issued.setDate(QDate(2026, 12, 18))  # a week on is Friday 25 December
    settle(qtbot, app_context)
    shown = dialog.due.date()
    assert is_school_day(date(shown.year(), shown.month(), shown.day()))
    assert shown == QDate(2026, 12, 26) and dialog.due_note.isHidden()
    dialog.due.setDate(QDate(2027, 1, 1))  # the teacher picks New Year's Day
    assert dialog.due.date() == QDate(2027, 1, 2)
    assert dialog.due_note.text().startswith("Dipindah ke 02-01-2027: 01-01-2027 ")
    dialog.issued.setDate(QDate(2026, 12, 20))  # a Sunday
    settle(qtbot, app_context)
    assert "20-12-2026 bukan hari sekolah (Minggu)" in dialog.warnings.text()
    dialog.issued.setDate(QDate(2026, 12, 21))
    dialog.due.setDate(QDate(2026, 12, 25))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    with unit_of_work(app_context.database) as uow:
        stored = uow.session.scalars(select(HandOut)).one()
    assert (stored.due_on, stored.due_asked_on) == (date(2026, 12, 26), date(2026, 12, 25))


def test_the_packet_dialog_says_what_to_do_and_what_it_did(qtbot, window, app_context, tmp_path):
    page = worksheets_page(qtbot, window, app_context)
    new_worksheet(qtbot, page, app_context, "Pecahan", "Sederhanakan 6/8.")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    page.table.selectRow(0)
    hand_out(qtbot, page, app_context)
    from tomoni_desktop.ui.worksheets.packet_dialog import PacketDialog

    packet = next(d for d in page.findChildren(PacketDialog) if d.isVisible())
    qtbot.addWidget(packet)
    assert packet.placeholder.isVisible() and "Buat paket" in packet.placeholder.text()
    qtbot.mouseClick(packet.make, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    qtbot.waitUntil(lambda: packet.pdf is not None)
    assert packet.placeholder.isHidden()
    saved = tmp_path / "paket.pdf"
    packet.save_to(saved)
    settle(qtbot, app_context)
    assert packet.summary.text() == f"Disimpan sebagai {saved}."
    packet.retranslate()  # the placeholder is kept, so a language change finds it


def test_the_questions_box_shows_a_whole_worksheet(qtbot, window, app_context):
    from tomoni_desktop.services.demo.worksheets import FRACTIONS

    page = worksheets_page(qtbot, window, app_context)
    dialog = page.open_editor(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.save.isEnabled)
    dialog.resize(640, 700)
    dialog.questions.setPlainText("\n".join(FRACTIONS))
    qtbot.wait(50)
    assert dialog.questions.verticalScrollBar().maximum() == 0  # every word on screen
    assert dialog.questions.horizontalScrollBar().maximum() == 0


def test_a_packet_that_fails_or_is_made_again_leaves_no_file(
    qtbot, window, app_context, data_dir, monkeypatch
):
    packet = packet_after_a_hand_out(qtbot, window, app_context)
    packets = data_dir / "packets"
    for _ in range(2):  # made twice: only the one shown is kept
        qtbot.mouseClick(packet.make, Qt.MouseButton.LeftButton)
        settle(qtbot, app_context)
        qtbot.waitUntil(lambda: packet.make.isEnabled())
    assert list(packets.glob("paket-*.pdf")) == [packet.pdf]
    import tomoni_desktop.services.worksheets.packets as packets_module

    def broken(*_args, **_kwargs):
        raise OSError("the disk is full")

    monkeypatch.setattr(packets_module, "make_packet", broken)
    qtbot.mouseClick(packet.make, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    qtbot.waitUntil(lambda: packet.make.isEnabled())
    assert list(packets.glob("paket-*.pdf")) == [packet.pdf]  # the failed one is gone
    packet.reject()
    assert list(packets.glob("paket-*.pdf")) == []
