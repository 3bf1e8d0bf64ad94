"""Pengambilan: codes scanned (typed as key events, as a scanner types), undo, bad codes."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox
from sqlalchemy import select

from tests.ui.conftest import settle
from tomoni_desktop.core.models import Channel, CopyReturn, Subject, WorksheetCopy
from tomoni_desktop.core.unit_of_work import unit_of_work


def hand_out(app_context) -> list[str]:
    """A worksheet handed out to the teacher's class ten days ago; its paper codes."""
    from tomoni_desktop.services.worksheets.handout import hand_out_worksheet
    from tomoni_desktop.services.worksheets.library import (
        QuestionDraft,
        WorksheetDraft,
        save_worksheet,
    )

    school = app_context.school
    with unit_of_work(app_context.database) as uow:
        subject = uow.session.scalars(select(Subject)).first()
        worksheet = save_worksheet(
            uow,
            school.school_id,
            WorksheetDraft(subject.id, 7, "Pecahan", questions=[QuestionDraft("Soal.")]),
        )
        result = hand_out_worksheet(
            uow,
            worksheet,
            school.my_class_id,
            school.school_year_id,
            date.today() - timedelta(days=10),
        )
        return uow.session.scalars(
            select(WorksheetCopy.pickup_code)
            .where(
                WorksheetCopy.hand_out_id == result.hand_out_id,
                WorksheetCopy.channel == Channel.PAPER,
            )
            .order_by(WorksheetCopy.pickup_code)
        ).all()


def pickups_page(qtbot, window, app_context):
    qtbot.mouseClick(window.nav_buttons["pickups"], Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    return window.pages["pickups"]


def scan(qtbot, page, app_context, code: str) -> None:
    """What a USB scanner does: the code's characters, then Enter, into the focused field."""
    qtbot.keyClicks(page.code, code)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    settle(qtbot, app_context)


def every_column_in_its_pane(view) -> bool:
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not view.isColumnHidden(c)]
    return sum(header.sectionSize(c) for c in shown) <= view.viewport().width()


def test_five_scans_an_undo_and_the_codes_that_are_not_recorded(qtbot, window, app_context):
    codes = hand_out(app_context)
    page = pickups_page(qtbot, window, app_context)
    assert page.title.text() == "Pengambilan" and page.code.hasFocus()
    qtbot.waitUntil(lambda: page.outstanding.rowCount() == len(codes))
    assert page.outstanding_title.text().startswith(f"Belum kembali: {len(codes)} lembar")
    for code in codes[:5]:
        scan(qtbot, page, app_context, code.lower().replace("-", ""))
        assert page.code.text() == "" and page.code.hasFocus()  # ready for the next one
    assert [s.result.code for s in page.scans.rows] == list(reversed(codes[:5]))
    assert page.counts.text() == "5 lembar dicatat pada sesi ini"
    assert page.answer_title.text().startswith("✓ ")
    assert page.answer.property("answer") == "note"  # late: due three days ago
    qtbot.waitUntil(lambda: page.outstanding.rowCount() == len(codes) - 5)

    qtbot.mouseClick(page.undo, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    assert page.answer_title.text() == f"Dibatalkan: {codes[4]}"
    assert page.counts.text() == "4 lembar dicatat pada sesi ini"
    with unit_of_work(app_context.database) as uow:
        live = uow.session.scalars(select(CopyReturn)).all()
    assert len(live) == 4

    scan(qtbot, page, app_context, codes[0])
    assert page.answer_title.text().startswith(f"{codes[0]} sudah dikembalikan pada ")
    assert page.answer.property("answer") == "note"
    scan(qtbot, page, app_context, "ACD-EFG")
    assert page.answer_title.text() == "ACD-EFG: tidak ada lembar kerja atau surat dengan kode ini"
    assert page.answer.property("answer") == "refused"
    scan(qtbot, page, app_context, "halo")
    assert page.answer_title.text() == "“HALO” bukan kode pengambilan"
    assert [page.scans.index(r, 4).data() for r in range(3)] == [
        "bukan kode",
        "kode tidak dikenal",
        "sudah dikembalikan",
    ]
    with unit_of_work(app_context.database) as uow:
        assert len(uow.session.scalars(select(CopyReturn)).all()) == 4  # nothing more


def test_plan_a_round_reorder_it_save_its_sheet_and_tick_a_stop(
    qtbot, window, app_context, tmp_path
):
    from pypdf import PdfReader

    from tomoni_desktop.ui.pickups.round_dialogs import TickListDialog

    codes = hand_out(app_context)
    page = pickups_page(qtbot, window, app_context)
    dialog = page.open_round_plan()
    qtbot.addWidget(dialog)
    settle(qtbot, app_context)
    stops = list(dialog.model.rows)
    assert len(stops) >= 3 and dialog.summary.text().startswith(f"{len(stops)} rumah · ")
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [s.household for s in dialog.model.rows[:2]] == [stops[1].household, stops[0].household]
    assert dialog.selected_row() == 1  # the moved stop stays chosen: Alt+↓ again moves it on
    # A drag of the last stop to the top, as the view hands it to its model on the drop.
    view_model = dialog.table.model()
    assert dialog.table.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    dragged = view_model.mimeData([view_model.index(len(stops) - 1, 0)])
    assert not view_model.dropMimeData(dragged, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert dialog.model.rows[0].household == stops[-1].household
    dragged = view_model.mimeData([view_model.index(0, 0)])  # and back to the end
    view_model.dropMimeData(dragged, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert [s.household for s in dialog.model.rows[:2]] == [stops[1].household, stops[0].household]
    assert dialog.model.rows[-1].household == stops[-1].household
    # A house with nothing to carry joins after the chosen stop, and leaves again.
    spare = dialog.others.count()
    assert spare > 0 and dialog.add.text() == "Tambahkan rumah ini"
    dialog.table.selectRow(0)
    dialog.others.setCurrentIndex(0)
    added = dialog.spare[0]
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    assert dialog.model.rows[1] is added and dialog.selected_row() == 1
    assert dialog.others.count() == spare - 1
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert len(dialog.model.rows) == len(stops) and dialog.others.count() == spare
    sheet = tmp_path / "rute.pdf"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save_to(sheet)
    settle(qtbot, app_context)
    text = " ".join(page.extract_text() for page in PdfReader(sheet).pages)
    second = stops[0].pupils[0][1]
    assert f"2. {second}" in " ".join(text.split())  # kept in the order she set
    qtbot.waitUntil(lambda: page.rounds.rowCount() == 1)
    page.rounds_view.selectRow(0)
    tick = page.open_tick_list()
    assert isinstance(tick, TickListDialog)
    qtbot.addWidget(tick)
    settle(qtbot, app_context)
    first = tick.chosen()
    assert first is not None and first.outcome is None
    tick.outcome.setCurrentIndex(tick.outcome.findData("collected"))
    qtbot.mouseClick(tick.record, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    assert tick.done_line.text().startswith(f"Rumah {first.position}: diambil; ")
    shown = next(r for r in tick.model.rows if r.stop_id == first.stop_id)
    assert shown.outcome.value == "collected" and shown.to_collect == 0
    with unit_of_work(app_context.database) as uow:
        assert len(uow.session.scalars(select(CopyReturn)).all()) == first.to_collect
    assert codes  # the hand-out had paper copies


def test_covers_photographed_are_recorded_from_the_page(qtbot, window, app_context, tmp_path):
    import pypdfium2

    from tomoni_desktop.reports.packet import write_packet
    from tomoni_desktop.services.worksheets.packets import packet_data

    hand_out(app_context)
    with unit_of_work(app_context.database) as uow:
        data = packet_data(uow, app_context.school.my_class_id)
    packet = tmp_path / "paket.pdf"
    write_packet(data, packet)
    photo = tmp_path / "sampul.png"
    pypdfium2.PdfDocument(str(packet))[0].render(scale=1.5).to_pil().rotate(
        12, expand=True, fillcolor="white"
    ).save(photo)
    page = pickups_page(qtbot, window, app_context)
    assert page.from_pictures.text() == "Dari foto…"
    page.read_pictures([photo])
    settle(qtbot, app_context)
    [scan] = page.scans.rows
    assert scan.result.code == data.pupils[0].copies[0].code and scan.result.recorded
    page.read_pictures([tmp_path / "paket.pdf"])  # the whole packet: every cover's code
    settle(qtbot, app_context)
    codes = {c.code for p in data.pupils for c in p.copies}
    assert {s.result.code for s in page.scans.rows} == codes


def test_the_copy_just_recorded_can_be_given_its_score(qtbot, window, app_context):
    codes = hand_out(app_context)
    page = pickups_page(qtbot, window, app_context)
    assert not page.score.isEnabled()
    scan(qtbot, page, app_context, codes[0])
    assert page.score.isEnabled()
    page.score.setValue(250)  # more than the worksheet's 100
    qtbot.mouseClick(page.save_score, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)))
    for box in window.findChildren(QMessageBox):
        assert "antara 0 dan 100" in box.text()
        box.close()
    page.score.setValue(85)
    qtbot.mouseClick(page.save_score, Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    with unit_of_work(app_context.database) as uow:
        score = uow.session.scalars(
            select(WorksheetCopy.score).where(WorksheetCopy.pickup_code == codes[0])
        ).one()
    assert score == 85 and page.answer_detail.text().startswith("Nilai 85 disimpan untuk ")


def test_the_list_of_copies_not_back_is_printed_from_the_page(qtbot, window, app_context, tmp_path):
    from pypdf import PdfReader

    codes = hand_out(app_context)
    page = pickups_page(qtbot, window, app_context)
    assert page.print_outstanding.text() == "Cetak daftar…"
    out = tmp_path / "belum.pdf"
    page.save_report(out)
    settle(qtbot, app_context)
    assert page.counts.text().startswith("Disimpan sebagai belum.pdf (")
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert all(code in text for code in codes)


def test_how_much_comes_back_per_class_and_week(qtbot, window, app_context):
    codes = hand_out(app_context)
    page = pickups_page(qtbot, window, app_context)
    scan(qtbot, page, app_context, codes[0])
    page.tabs.setCurrentIndex(2)
    settle(qtbot, app_context)
    assert page.tabs.tabText(2) == "Tingkat kembali"
    mine = next(r for r in page.rates.rows if r.class_name == "VII A")
    assert mine.returned == 1 and mine.on_paper == len(codes)
    assert len(page.weekly.weeks) == 8 and page.weekly.weeks[-1][1] == 1
    page.weekly.grab()  # it paints without error


def test_work_back_without_a_cover_is_recorded_from_the_pupils_row(qtbot, window, app_context):
    from tomoni_desktop.core.models import ReturnWay, Student

    codes = hand_out(app_context)
    with unit_of_work(app_context.database) as uow:
        pupil = uow.session.scalars(
            select(Student)
            .join(WorksheetCopy, WorksheetCopy.student_id == Student.id)
            .where(WorksheetCopy.pickup_code == codes[0])
        ).one()
        pupil_id, name = pupil.id, pupil.full_name
    qtbot.mouseClick(window.nav_buttons["students"], Qt.MouseButton.LeftButton)
    settle(qtbot, app_context)
    page = window.pages["students"]
    assert page.proxy.select_where(page.table, lambda r: r.id == pupil_id)
    assert page.returns_button.text() == "Tugas kembali…" and page.returns_button.isEnabled()
    dialog = page.open_returns()
    qtbot.addWidget(dialog)
    settle(qtbot, app_context)
    assert [row.code for row in dialog.model.rows] == [codes[0]]
    assert dialog.heading.text() == f"{name}: lembar kerja kertas yang belum kembali"
    dialog.way.setCurrentIndex(dialog.way.findData("whatsapp"))
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.record, Qt.MouseButton.LeftButton)
    with unit_of_work(app_context.database) as uow:
        [back] = uow.session.scalars(select(CopyReturn)).all()
    assert back.way is ReturnWay.WHATSAPP


def test_covers_held_up_to_the_camera_are_recorded_once_each(qtbot, window, app_context, tmp_path):
    """Frames go in where the camera's video sink hands them over: the same cover in many
    frames is one code, a frame with no code records nothing."""
    import pypdfium2
    from PySide6.QtGui import QImage

    from tomoni_desktop.reports.packet import write_packet
    from tomoni_desktop.services.worksheets.packets import packet_data

    hand_out(app_context)
    with unit_of_work(app_context.database) as uow:
        data = packet_data(uow, app_context.school.my_class_id)
    packet = tmp_path / "paket.pdf"
    write_packet(data, packet)
    document = pypdfium2.PdfDocument(str(packet))
    all_codes = {c.code for p in data.pupils for c in p.copies}
    covers, printed = [], set()
    for number in (0, 2):  # the first two pupils' covers (each pupil's packet is two pages)
        text = document[number].get_textpage().get_text_range()
        printed |= {code for code in all_codes if code in text}
        picture = document[number].render(scale=1).to_pil().rotate(8, fillcolor="white")
        covers.append(tmp_path / f"frame{number}.png")
        picture.convert("RGB").save(covers[-1])
    document.close()
    page = pickups_page(qtbot, window, app_context)
    qtbot.mouseClick(page.camera_button, Qt.MouseButton.LeftButton)
    camera = page.camera
    assert camera is not None and camera.isVisible()
    # This machine has no camera: the panel says so in the teacher's words.
    assert camera.status.text().startswith("Tidak ada kamera di laptop ini")
    assert page.code.hasFocus()
    blank = QImage(640, 480, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    frames = [blank, *[QImage(str(cover)) for cover in covers for _ in range(3)]]
    for frame in frames:
        camera.take_frame(frame)
        qtbot.waitUntil(lambda: not camera.reading)
    settle(qtbot, app_context)
    read = [s.result.code for s in page.scans.rows]
    assert len(printed) == 2 and sorted(read) == sorted(printed)  # one row per cover
    assert all(s.result.recorded for s in page.scans.rows)
    assert camera.frames_read == len(frames)
    qtbot.mouseClick(page.camera_button, Qt.MouseButton.LeftButton)
    assert not camera.isVisible() and camera.camera is None


def test_a_camera_library_missing_from_the_system_is_named(qtbot, window, app_context, monkeypatch):
    from tomoni_desktop.ui.pickups import camera

    monkeypatch.setattr(
        camera,
        "camera_support",
        lambda: ("library", "libpulse.so.0: cannot open shared object file"),
    )
    page = pickups_page(qtbot, window, app_context)
    qtbot.mouseClick(page.camera_button, Qt.MouseButton.LeftButton)
    assert page.camera.status.text() == (
        "Kamera tidak bisa dipakai: ada bagian sistem yang tidak ada (libpulse.so.0: cannot open"
        " shared object file). Ketik kodenya, atau baca dari foto."
    )
    assert page.camera.preview.text() == "Tidak ada gambar" and page.code.hasFocus()


def test_qt_multimedia_without_a_backend_is_not_taken_for_a_missing_webcam(monkeypatch):
    """A folder that left out the media plugin loads Qt Multimedia, knows no format and lists
    no camera: "plug in a webcam" would be wrong (the frozen Linux build did this)."""
    from PySide6 import QtMultimedia

    from tomoni_desktop.ui.pickups.camera_support import camera_support

    assert camera_support() == (None, "")  # this environment has FFmpeg's backend

    class NoBackend:
        ConversionMode = QtMultimedia.QMediaFormat.ConversionMode

        def supportedFileFormats(self, _mode):  # noqa: N802 - Qt's name
            return []

    monkeypatch.setattr(QtMultimedia, "QMediaFormat", NoBackend)
    assert camera_support() == ("backend", "")


def test_a_copy_made_without_the_camera_says_so_on_its_button(
    qtbot, switcher, app_context, monkeypatch
):
    """The frozen Linux folder has no Qt Multimedia (build.spec): the button is off and says
    what to do instead; the panel says the same if it is opened anyway."""
    import importlib.util

    from tomoni_desktop.ui.pages.pickups import PickupsPage
    from tomoni_desktop.ui.pickups.camera import CameraPanel
    from tomoni_desktop.ui.pickups.camera_support import camera_support

    found = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: None if name == "PySide6.QtMultimedia" else found(name, *args),
    )
    assert camera_support() == ("absent", "")
    page = PickupsPage(app_context)  # made after find_spec was replaced
    qtbot.addWidget(page)
    words = (
        "Salinan Tomoni Desktop ini dibuat tanpa kamera. Ketik kodenya (pemindai kode batang "
        "juga mengetiknya), atau baca dari foto."
    )
    assert not page.camera_button.isEnabled() and page.camera_button.toolTip() == words
    panel = CameraPanel()
    qtbot.addWidget(panel)
    panel.start()
    assert panel.status.text() == words and panel.camera is None


def test_pupils_to_follow_up_after_failed_visits_and_rates_per_worksheet(
    qtbot, window, app_context
):
    from tomoni_desktop.core.models import StopOutcome
    from tomoni_desktop.services.pickups.rounds import propose_round, record_outcome, save_round

    codes = hand_out(app_context)
    with unit_of_work(app_context.database) as uow:
        plan = save_round(
            uow, propose_round(uow, app_context.school.my_class_id, date.today() - timedelta(2))
        )
        stop = plan.stops[0]
        for days_ago, outcome in ((2, StopOutcome.NOBODY_HOME), (1, StopOutcome.MOVED)):
            record_outcome(uow, stop.stop_id, outcome, date.today() - timedelta(days_ago))
    page = pickups_page(qtbot, window, app_context)
    qtbot.waitUntil(lambda: page.follow_ups.rowCount() == len(stop.pupils))
    assert page.tabs.tabText(1) == f"Perlu tindak lanjut ({len(stop.pupils)})"
    row = page.follow_ups.rows[0]
    assert row.pupil in {name for _id, name in stop.pupils} and row.failed_visits == 2
    assert page.follow_ups.index(0, 4).data().endswith("\npindah")
    page.tabs.setCurrentIndex(1)
    assert every_column_in_its_pane(page.follow_ups_view)  # the phone, the failed visits
    page.follow_ups_view.selectRow(0)
    dialog = page.open_pupil_returns()
    qtbot.addWidget(dialog)
    settle(qtbot, app_context)
    assert dialog.pupil == page.follow_ups_proxy.selected_row(page.follow_ups_view).pupil
    dialog.reject()

    scan(qtbot, page, app_context, codes[0])
    page.tabs.setCurrentIndex(2)
    settle(qtbot, app_context)
    page.rates_by.setCurrentIndex(1)
    assert page.rates_views.currentWidget() is page.worksheet_rates_view
    assert page.rates_by.currentText() == "lembar kerja yang dibagikan"
    [handed] = page.worksheet_rates.rows
    assert (handed.worksheet, handed.on_paper, handed.returned) == ("Pecahan", len(codes), 1)


def test_with_scores_after_each_code_a_pile_is_typed_without_the_mouse(qtbot, window, app_context):
    """Code, Enter, score, Enter, and the next code: a pile of returned work marked in one
    sitting takes one click (the option), not a click per copy."""
    codes = hand_out(app_context)[:4]
    page = pickups_page(qtbot, window, app_context)
    qtbot.mouseClick(page.score_next, Qt.MouseButton.LeftButton)
    assert page.score_next.isChecked()
    for number, code in enumerate(codes):
        scan(qtbot, page, app_context, code)
        assert page.score.hasFocus()  # the score's turn
        page.score.lineEdit().selectAll()
        qtbot.keyClicks(page.score, str(70 + number))
        qtbot.keyClick(page.score, Qt.Key.Key_Return)
        settle(qtbot, app_context)
        assert page.code.hasFocus()  # and the next code's
    with unit_of_work(app_context.database) as uow:
        scores = uow.session.scalars(
            select(WorksheetCopy.score)
            .where(WorksheetCopy.pickup_code.in_(codes))
            .order_by(WorksheetCopy.pickup_code)
        ).all()
    assert scores == [70, 71, 72, 73]


def test_a_code_never_wraps_and_the_list_not_back_fits_its_pane(qtbot, window, app_context):
    """The session's first scan sized its columns: a wider code scanned later wrapped
    ("K6C-" over "EDN"). The list of copies not back ran past its pane's right edge, the
    days late and failed visits cut off; its rows now take two lines, its numbers' headers
    too, and every column is in the pane."""
    codes = hand_out(app_context)
    page = pickups_page(qtbot, window, app_context)
    qtbot.waitUntil(lambda: page.outstanding.rowCount() == len(codes))
    scan(qtbot, page, app_context, "a")  # not a code: a narrow first row
    for code in codes[:3]:
        scan(qtbot, page, app_context, code)
    scan(qtbot, page, app_context, "XXX-YYY")  # a longer answer after shorter ones
    metrics = page.scans_view.fontMetrics()
    for code in [*codes, "MMM-WWW", "WWW-MMM"]:
        assert page.scans_view.columnWidth(1) > metrics.horizontalAdvance(code)
    assert every_column_in_its_pane(page.scans_view)  # the result of each code in sight
    assert page.scans_view.columnWidth(4) > metrics.horizontalAdvance("kode tidak dikenal")
    view = page.outstanding_view
    header = view.horizontalHeader()
    assert every_column_in_its_pane(view)
    for column in (3, 4, 5):  # the due date, the days late, the failed visits: whole
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
