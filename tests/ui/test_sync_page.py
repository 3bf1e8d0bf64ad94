"""The Sinkronisasi page, the conflict inbox, pupils entered twice and a pupil's history,
driven through their widgets as a teacher would."""

from __future__ import annotations

import re
import uuid

import pytest
from PySide6.QtCore import Qt

from tests.sync.helpers import PASSPHRASE, call, make_laptop, make_office, open_school, send
from tests.ui.conftest import settle
from tomoni_desktop.core.i18n import translator
from tomoni_desktop.core.settings import load_settings
from tomoni_desktop.core.unit_of_work import Units, unit_of_work
from tomoni_desktop.services import sync
from tomoni_desktop.services.school.setup import school_context
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.pages.sync import SyncPage
from tomoni_desktop.ui.sync.inbox_dialogs import ConflictsDialog, DuplicatesDialog
from tomoni_desktop.ui.sync.sync_dialogs import PassphraseDialog


def context_of(database, runner) -> AppContext:
    with unit_of_work(database) as uow:
        session = uow.session
        school = school_context(uow)
        settings = load_settings(session)
    return AppContext(database, settings, school, runner, "id")


@pytest.fixture
def office(tmp_path):
    database = make_office(tmp_path, students=10, worksheets=True)
    yield database
    database.close()


def shown_page(qtbot, context) -> SyncPage:
    page = SyncPage(context)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, context)
    return page


def test_the_office_invites_a_laptop_reads_its_stick_and_removes_it(
    qtbot, office, runner, switcher, tmp_path
):
    context = context_of(office, runner)
    page = shown_page(qtbot, context)
    assert page.status.text().startswith("Ini komputer kantor")
    assert page.export_button.text() == "Tulis bundel untuk semua laptop"
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    page.use_folder(stick)
    page.invite(stick / "bu-sari.tomoni-join", "Laptop Bu Sari", PASSPHRASE)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: page.peer_model.rowCount() == 2)
    names = {page.peer_model.index(row, 0).data().split("\n")[0] for row in range(2)}
    assert names == {"Kantor", "Laptop Bu Sari"}  # the office is named by its role
    header = page.peers.horizontalHeader()  # every column in the pane: none cut off
    assert sum(header.sectionSize(c) for c in range(header.count())) <= (
        page.peers.viewport().width()
    )

    laptop = open_school(tmp_path / "bu-sari.sqlite3")
    call(laptop, sync.join_school, stick / "bu-sari.tomoni-join", PASSPHRASE)
    send(office, laptop, tmp_path / "first")
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE students SET village = 'Lera'")
    written = sync.export_bundle(Units(laptop), to=stick)
    (stick / "lain.tomoni").write_bytes(b"TOMONI-BUNDLE 1\n{}\n")
    page.scan()
    settle(qtbot, context)
    states = {b.path.name: b.state for b in page.found_model.rows}
    assert states == {written.path.name: "new", "lain.tomoni": "damaged"}
    page.select_new_bundles()
    assert page.chosen_bundles() == [written.path]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: bool(page.last_results))
    report = page.report_text(page.last_results)
    assert "10 diperbarui" in report and "Laptop Bu Sari" in report
    page.report_box.close()
    settle(qtbot, context)
    assert {b.state for b in page.found_model.rows} == {"imported", "damaged"}

    page.peers.selectRow([p.name for p in page.peer_proxy.visible_rows()].index("Laptop Bu Sari"))
    assert page.revoke_button.isEnabled()
    chosen = page.peer_proxy.selected_row(page.peers)
    page.revoke(chosen.member_id)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: any(p.removed for p in page.peer_model.rows))
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE students SET village = 'Bue'")
    late = sync.export_bundle(Units(laptop), to=stick)
    page.scan()
    settle(qtbot, context)
    assert {b.path.name: b.state for b in page.found_model.rows}[late.path.name] == "removed"
    laptop.close()


def test_a_laptop_joins_and_writes_a_bundle_with_a_safe_name(
    qtbot, office, runner, switcher, tmp_path
):
    join_file = tmp_path / "guru.tomoni-join"
    call(office, sync.invite_laptop, join_file, PASSPHRASE, "Laptop Pak Ruslan (VII A)")
    laptop = open_school(tmp_path / "guru.sqlite3")
    # A fresh laptop joins, then gets the school from the office's bundle.
    call(laptop, sync.join_school, join_file, PASSPHRASE)
    send(office, laptop, tmp_path / "first")
    laptop.close()
    laptop = open_school(tmp_path / "guru.sqlite3")
    context = context_of(laptop, runner)
    page = shown_page(qtbot, context)
    assert "Laptop Pak Ruslan (VII A)" in page.status.text()
    assert page.export_button.text() == "Tulis bundel untuk kantor"
    assert not page.make_office_button.isVisibleTo(page)
    stick = tmp_path / "stick"
    stick.mkdir()
    page.use_folder(stick)
    page.full.setChecked(True)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: page.last_written is not None)
    name = page.last_written.path.name
    assert re.fullmatch(r"[A-Za-z0-9_-]+\.tomoni", name), name
    assert name.startswith("SMP-Negeri-1-Tomoni") and "Laptop-Pak-Ruslan-VII-A" in name
    assert page.export_result.text().startswith("Ditulis:")
    assert page.export_result.text().endswith("Bisa dibawa ke kantor.")
    assert {b.state for b in page.found_model.rows} == {"own"}
    laptop.close()


def test_the_office_s_bundle_is_for_the_laptops(qtbot, office, runner, switcher, tmp_path):
    """The office's page said its bundle "can be taken to the office", where it already is."""
    context = context_of(office, runner)
    page = shown_page(qtbot, context)
    assert page.export_button.text() == "Tulis bundel untuk semua laptop"
    stick = tmp_path / "stick"
    stick.mkdir()
    page.use_folder(stick)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: page.last_written is not None)
    assert page.export_result.text().startswith("Ditulis:")
    assert page.export_result.text().endswith("Bisa dibawa ke laptop-laptop sekolah.")


def test_joining_from_the_page_needs_the_passphrase(qtbot, office, runner, switcher, tmp_path):
    join_file = tmp_path / "guru.tomoni-join"
    call(office, sync.invite_laptop, join_file, PASSPHRASE, "Laptop Guru")
    fresh = make_office(tmp_path / "lain", students=2)  # a school that is not joined
    with fresh.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM local_settings WHERE key = 'sync_identity'")
    context = context_of(fresh, runner)
    page = shown_page(qtbot, context)
    assert page.make_office_button.isVisibleTo(page) and page.join_button.isVisibleTo(page)
    assert not page.stick_box.isEnabled()
    errors = []
    page.app.run_plain(
        lambda _ctx: call(fresh, sync.join_school, join_file, "salah frasa sandinya"),
        None,
        parent=page,
        on_failure=errors.append,
    )
    settle(qtbot, context)
    assert errors and "tidak cocok" in errors[0].translated(translator("id"))
    dialog = PassphraseDialog(confirm=True)
    qtbot.addWidget(dialog)
    dialog.first.setText("pendek")
    assert dialog.problem.text() == "Minimal 10 karakter."
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE + "x")
    assert dialog.problem.text()
    dialog.second.setText(PASSPHRASE)
    assert dialog.problem.text() == ""
    fresh.close()


def test_a_conflict_is_settled_in_the_inbox(qtbot, office, runner, switcher, tmp_path):
    first, second = make_laptop(office, tmp_path), make_laptop(office, tmp_path)
    for laptop in (first, second):
        send(office, laptop, tmp_path / "a")
    with office.engine.connect() as connection:
        copy = connection.exec_driver_sql("SELECT MIN(id) FROM worksheet_copies").scalar()
    for laptop, score in ((first, 90), (second, 70)):
        with laptop.engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE worksheet_copies SET score = ? WHERE id = ?", (score, copy)
            )
        send(laptop, office, tmp_path / "b")
    context = context_of(office, runner)
    page = shown_page(qtbot, context)
    assert page.conflicts_button.text() == "Konflik (1)…"
    dialog = ConflictsDialog(context, page)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    assert dialog.model.rowCount() == 1 and dialog.choice.count() == 2
    assert dialog.model.index(0, 1).data() == "Nilai"
    dialog.other.editor.setValue(85)
    qtbot.mouseClick(dialog.use_other, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    with office.engine.connect() as connection:
        assert (
            connection.exec_driver_sql(
                "SELECT score FROM worksheet_copies WHERE id = ?", (copy,)
            ).scalar()
            == 85
        )
    first.close()
    second.close()


def test_one_child_entered_twice_is_merged_with_guardians(qtbot, office, runner, switcher):
    with office.engine.begin() as connection:
        twin = connection.exec_driver_sql(
            "SELECT id, full_name, birth_date FROM students ORDER BY id LIMIT 1"
        ).first()
        copy_id = "f" * 32
        connection.exec_driver_sql(
            "INSERT INTO students (id, school_id, nisn, full_name, gender, birth_place, "
            "birth_date, religion, address, rt, rw, dusun, village, kecamatan, phone_access, "
            "signal, notes, created_at, updated_at) SELECT ?, school_id, NULL, full_name, "
            "gender, '', birth_date, '', '', '', '', '', 'Desa Baru', '', phone_access, signal, "
            "'', created_at, updated_at FROM students WHERE id = ?",
            (copy_id, twin[0]),
        )
        connection.exec_driver_sql(
            "INSERT INTO guardians (id, student_id, name, relation, mobile, whatsapp, "
            "is_primary, created_at, updated_at) VALUES (?, ?, 'Ibu Kedua', 'mother', NULL, "
            "NULL, 0, '2026-10-01 08:00:00.000000', '2026-10-01 08:00:00.000000')",
            ("e" * 32, copy_id),
        )
    context = context_of(office, runner)
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "Nama dan tanggal lahir sama"
    dialog.keep.setCurrentIndex(dialog.keep.findData(str(uuid.UUID(twin[0]))))
    qtbot.mouseClick(dialog.merge, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    with office.engine.connect() as connection:
        moved = connection.exec_driver_sql(
            "SELECT student_id FROM guardians WHERE id = ?", ("e" * 32,)
        ).scalar()
        merged = connection.exec_driver_sql(
            "SELECT merged_into_id, deleted_at IS NOT NULL FROM students WHERE id = ?",
            (copy_id,),
        ).first()
    assert moved == twin[0] and merged == (twin[0], 1)


def test_the_student_editor_shows_the_record_history(qtbot, office, runner, switcher, tmp_path):
    import uuid

    from tomoni_desktop.ui.roster.student_dialog import StudentDialog

    laptop = make_laptop(office, tmp_path, "Laptop Bu Ani")
    send(office, laptop, tmp_path / "a")
    with office.engine.connect() as connection:
        pupil = connection.exec_driver_sql("SELECT MIN(id) FROM students").scalar()
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE students SET village = 'Mahalona' WHERE id = ?", (pupil,)
        )
        connection.exec_driver_sql(
            "UPDATE guardians SET mobile = '+6281298765432' WHERE student_id = ?", (pupil,)
        )
        guardian = connection.exec_driver_sql(
            "SELECT name FROM guardians WHERE student_id = ? ORDER BY id LIMIT 1", (pupil,)
        ).scalar()
    send(laptop, office, tmp_path / "b")
    context = context_of(office, runner)
    dialog = StudentDialog(context, uuid.UUID(pupil))
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    assert dialog.tabs.tabText(4) == "Riwayat"
    lines = dialog.history.model.rows
    village = [line for line in lines if line.field == "Desa/kelurahan"]
    assert village and village[0].after == "Mahalona" and village[0].laptop == "Laptop Bu Ani"
    assert village[0].record == "Siswa"
    headers = [dialog.history.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Waktu", "Oleh", "Laptop", "Data", "Isian", "Sebelum → sesudah"]
    phones = [
        line for line in lines if line.record == f"Wali: {guardian}" and line.field == "No. HP"
    ]
    assert phones and phones[0].after == "0812-9876-5432"  # as the forms write a number
    assert any(line.record.startswith("Kelas: ") for line in lines)  # the class record too
    shown = [
        dialog.history.proxy.index(r, c).data()
        for r in range(dialog.history.proxy.rowCount())
        for c in range(6)
    ]
    assert not any(re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", text or "") for text in shown)
    assert "dibuat" not in shown  # a new record is said in the field column, not as a value
    laptop.close()


def test_two_laptops_giving_one_pickup_code_are_shown_and_one_gets_a_new_code(
    qtbot, office, runner, switcher, tmp_path
):
    from tomoni_desktop.ui.sync.inbox_dialogs import CodeClashDialog

    first, second = make_laptop(office, tmp_path), make_laptop(office, tmp_path)
    with office.engine.connect() as connection:
        a, b = [
            r[0]
            for r in connection.exec_driver_sql(
                "SELECT id FROM worksheet_copies WHERE collected_on IS NULL ORDER BY id LIMIT 2"
            )
        ]
    for laptop in (first, second):
        send(office, laptop, tmp_path / "a")
    # Each laptop's code is its own; by bad luck both are the same.
    for laptop, copy in ((first, a), (second, b)):
        with laptop.engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE worksheet_copies SET pickup_code = 'KAM-PUS' WHERE id = ?", (copy,)
            )
        send(laptop, office, tmp_path / "b")
    context = context_of(office, runner)
    page = shown_page(qtbot, context)
    assert page.codes_button.text() == "Kode ambil ganda (1)…"
    dialog = CodeClashDialog(context, page)
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    assert dialog.model.rowCount() == 2
    assert {row.code for row in dialog.model.rows} == {"KAM-PUS"}
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.renew, Qt.MouseButton.LeftButton)
    settle(qtbot, context)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert re.fullmatch(r"[A-Z0-9]{3}-[A-Z0-9]{3}", dialog.last_code)
    assert "cetak ulang sampul" in dialog.result_label.text().lower()
    first.close()
    second.close()


def test_the_office_lists_its_own_teacher(office):
    peers = call(office, sync.list_peers)
    (own,) = [p for p in peers if p.role == "office"]
    with office.engine.connect() as connection:
        teacher = connection.exec_driver_sql(
            "SELECT t.name FROM teachers t JOIN local_settings s ON s.key = 'my_teacher_id' "
            "AND replace(s.value, '-', '') = t.id"
        ).scalar()
    assert teacher and own.person == teacher  # the demo makes this a homeroom teacher's


def test_a_stick_that_cannot_be_read_says_so_and_is_not_shown_empty(
    qtbot, office, runner, switcher, tmp_path
):
    context = context_of(office, runner)
    page = shown_page(qtbot, context)
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    page.use_folder(stick)
    settle(qtbot, context)
    assert page.problems.text() == ""
    stick.rmdir()  # the stick was pulled out
    page.scan()
    settle(qtbot, context)
    assert page.found_model.rowCount() == 0
    assert "tidak dapat dibaca" in page.problems.text() and "FLASHDISK" in page.problems.text()


def test_the_list_reads_headers_only_and_a_damaged_body_is_refused_at_import(
    qtbot, office, runner, switcher, tmp_path
):
    """Listing a stick decrypts nothing; the whole bundle is checked when it is imported."""
    laptop = make_laptop(office, tmp_path)
    send(office, laptop, tmp_path / "first")
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE students SET village = 'Lera'")
    stick = tmp_path / "stick"
    stick.mkdir()
    written = sync.export_bundle(Units(laptop), to=stick).path
    data = bytearray(written.read_bytes())
    data[-100] ^= 0xFF  # a bit flipped near the end of the body
    written.write_bytes(bytes(data))
    context = context_of(office, runner)
    page = shown_page(qtbot, context)
    page.use_folder(stick)
    settle(qtbot, context)
    (found,) = page.found_model.rows
    assert found.state == "new" and found.made_at is not None
    page.import_paths([written])
    settle(qtbot, context)
    qtbot.waitUntil(lambda: bool(page.last_results))
    assert "Ditolak" in page.report_text(page.last_results) and "rusak" in page.report_text(
        page.last_results
    )
    page.report_box.close()
    laptop.close()


def test_making_the_office_asks_first_and_cancel_changes_nothing(
    qtbot, app_context, switcher, monkeypatch
):
    page = shown_page(qtbot, app_context)  # the demo school, not in any sync yet
    asked = []
    monkeypatch.setattr(page, "_ask_office_passphrase", lambda: asked.append(True))
    page.ask_make_office()
    box = page.office_question
    assert box.isVisible() and "satu komputer kantor" in box.text()
    assert box.defaultButton().text() == "Batal"
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    assert asked == []  # cancelled: no passphrase asked, nothing made
    page.ask_make_office()
    office_button = next(b for b in page.office_question.buttons() if b.text() == "Jadikan kantor")
    qtbot.mouseClick(office_button, Qt.MouseButton.LeftButton)
    assert asked == [True]


def test_a_laptop_syncs_over_the_network_from_the_page(qtbot, office, runner, switcher, tmp_path):
    """The office serves as the hub on loopback; the teacher types its address on the
    Sinkronisasi page and presses "Sinkronkan lewat jaringan": both ways, and remembered."""
    import threading

    from tests.sync.helpers import dump
    from tomoni_desktop.services.sync.network import hub_server

    server = hub_server(Units(office), "127.0.0.1", 0, threads=2)
    serving = threading.Thread(target=server.run, daemon=True)
    serving.start()
    laptop = make_laptop(office, tmp_path)
    try:
        context = context_of(laptop, runner)
        page = shown_page(qtbot, context)
        assert page.network_box.isVisibleTo(page) and not page.network_button.isEnabled()
        address = f"127.0.0.1:{server.effective_port}"
        qtbot.keyClicks(page.hub_address, address)
        assert page.network_button.text() == "Sinkronkan lewat jaringan"
        qtbot.mouseClick(page.network_button, Qt.MouseButton.LeftButton)
        settle(qtbot, context)
        qtbot.waitUntil(lambda: bool(page.last_results), timeout=20_000)
        text = page.report_box.text()
        assert text.startswith("Dikirim:") and "Diterima:" in text
        page.report_box.close()
        assert page.hub_address.text() == f"http://{address}"
        assert dump(laptop) == dump(office)

        again = shown_page(qtbot, context)  # the next visit finds the address kept
        qtbot.waitUntil(lambda: again.hub_address.text() == f"http://{address}")
    finally:
        server.close()
        serving.join(5)
        laptop.close()


def test_the_office_serves_the_laptops_from_its_page_and_stops(
    qtbot, office, runner, switcher, tmp_path
):
    """Ticking "Layani laptop lewat jaringan" serves the office's database from this window;
    a laptop's bundle arriving refreshes the page; unticking stops serving, and a port in use
    is said in the teacher's words."""
    import socket

    from tests.sync.helpers import dump
    from tomoni_desktop.services.sync.network import NetworkError, sync_with_hub

    context = context_of(office, runner)
    page = shown_page(qtbot, context)
    assert page.serving_box.isVisibleTo(page) and not page.network_box.isVisibleTo(page)
    assert page.serve.text() == "Layani laptop lewat jaringan"
    page.hub_port = 0  # a free port: tests run side by side
    page.serve.setChecked(True)  # the hub reads the school and opens its port on the worker
    qtbot.waitUntil(lambda: page.serving is not None, timeout=10_000)
    assert page.serving is not None
    url = f"http://127.0.0.1:{page.serving.port}"
    assert page.serving_addresses.text().startswith("Di laptop, ketik: http://")
    laptop = make_laptop(office, tmp_path)
    try:
        with qtbot.waitSignal(context.changed, timeout=20_000):
            sync_with_hub(Units(laptop), url)
        assert dump(laptop) == dump(office)
        page.serve.setChecked(False)
        assert page.serving is None and page.serving_addresses.text() == ""
        with pytest.raises(NetworkError):
            sync_with_hub(Units(laptop), url)
    finally:
        page.set_serving(False)
        laptop.close()

    taken = socket.socket()
    taken.bind(("0.0.0.0", 0))
    taken.listen()
    page.hub_port = taken.getsockname()[1]
    try:
        page.serve.setChecked(True)
        qtbot.waitUntil(lambda: not page.serve.isChecked(), timeout=10_000)
        assert page.serving is None
        assert f"port {page.hub_port}" in page.serving_error.text()
        page.serving_error.close()
    finally:
        taken.close()

    # Unticked again before the port was open: the hub that opened is closed at once.
    page.hub_port = 0
    page.serve.setChecked(True)
    page.serve.setChecked(False)
    qtbot.waitUntil(lambda: not page.starting_to_serve, timeout=10_000)
    assert page.serving is None and page.serving_addresses.text() == ""
