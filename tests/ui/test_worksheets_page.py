"""The worksheets page: a worksheet made, handed out by channel, and its packet printed."""

from __future__ import annotations

import uuid

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from tests.samples import pdf_pages
from tests.ui.conftest import settle
from tomoni_desktop.core.models import Channel, Worksheet, WorksheetCopy
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
    dialog = new_worksheet(qtbot, page, app_context, "Pecahan", pdf=bad)
    assert dialog.form.problems["pdf"].text() == "soal.pdf bukan berkas PDF."
    good = tmp_path / "lkpd.pdf"
    good.write_bytes(pdf_pages(3))
    dialog.attach_pdf(good)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert page.proxy.index(0, 3).data() == "PDF, 3 halaman"


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


def test_the_packet_file_is_removed_when_the_dialog_closes(qtbot, window, app_context, data_dir):
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
    from tomoni_desktop.ui.worksheets.packet_dialog import PacketDialog

    # handing out to pupils on paper opens the packet dialog straight away
    packet = next(d for d in page.findChildren(PacketDialog) if d.isVisible())
    qtbot.addWidget(packet)
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
