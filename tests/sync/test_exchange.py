"""Bundles between the office and laptops: rows arrive, edits travel, nothing repeats."""

from __future__ import annotations

import uuid

import pytest

from tests.sync.helpers import call, dump, every_row, make_laptop, make_office, send
from tomoni_desktop.core.unit_of_work import Units, unit_of_work
from tomoni_desktop.services import sync
from tomoni_desktop.sync import protocol
from tomoni_desktop.sync.bundle import Header, open_bundle, write_bundle_file
from tomoni_desktop.sync.identity import load_identity
from tomoni_desktop.sync.packing import expanded
from tomoni_desktop.sync.stamp import stamp

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


def test_a_new_laptop_receives_the_school_and_sends_its_edit_back(tmp_path):
    office = make_office(tmp_path)
    laptop = make_laptop(office, tmp_path)
    result = send(office, laptop, tmp_path / "stick")
    assert result.report.new > 12 and result.report.updated == 0
    assert dump(laptop) == dump(office)

    with laptop.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE students SET village = 'Mahalona' WHERE id = "
            "(SELECT id FROM students ORDER BY id LIMIT 1)"
        )
    back = send(laptop, office, tmp_path / "stick2")
    assert back.report.updated == 1 and back.report.new == 0
    assert dump(laptop) == dump(office)

    again = call(office, sync.import_bundle, back.path)
    assert again.already


def test_a_bundle_for_a_known_reader_holds_only_what_it_lacks(tmp_path):
    office = make_office(tmp_path)
    laptop = make_laptop(office, tmp_path)
    first = send(office, laptop, tmp_path / "a")
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE guardians SET mobile = '+6281234567890' WHERE id = "
            "(SELECT id FROM guardians ORDER BY id LIMIT 1)"
        )
    result = sync.export_bundle(Units(laptop), to=tmp_path)
    assert result.rows == 1 and not result.full
    full = sync.export_bundle(Units(laptop), to=tmp_path / "full.tomoni", full=True)
    assert full.rows == first.report.new and full.full


def test_a_full_stick_leaves_nothing_and_says_so(tmp_path, monkeypatch):
    import os

    from tomoni_desktop.core.errors import TomoniError
    from tomoni_desktop.core.i18n import translator

    office = make_office(tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()

    def full(_descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(TomoniError) as caught:
        sync.export_bundle(Units(office), to=stick)
    monkeypatch.undo()
    message = caught.value.translated(translator("id"))
    assert "No space left on device" in message and str(stick) in message
    assert list(stick.iterdir()) == []


def test_a_stick_pulled_out_before_the_import_says_so(tmp_path):
    from tomoni_desktop.core.i18n import translator

    office = make_office(tmp_path)
    laptop = make_laptop(office, tmp_path)
    made = sync.export_bundle(Units(laptop), to=tmp_path)
    made.path.unlink()  # the stick is gone
    with pytest.raises(sync.BundleRejected) as caught:
        call(office, sync.import_bundle, made.path)
    message = caught.value.translated(translator("id"))
    assert made.path.name in message and "flashdisk" in message


def test_a_worksheet_pdf_travels_only_where_it_is_missing(tmp_path):
    office = make_office(tmp_path, students=4, worksheets=True)
    with office.engine.connect() as connection:
        file_id, size = connection.exec_driver_sql("SELECT id, size FROM stored_files").first()
    file_id = uuid.UUID(str(file_id)).hex  # as sync keeps it (PostgreSQL reads a UUID)
    laptop = make_laptop(office, tmp_path)
    first = sync.export_bundle(Units(office), to=tmp_path / "first.tomoni")
    assert first.size > size  # a new laptop gets the PDF itself
    call(laptop, sync.import_bundle, first.path)
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE stored_files SET original_name = 'ipa-kelas-7.pdf' WHERE id = ?", (file_id,)
        )
    back = sync.export_bundle(Units(laptop), to=tmp_path / "back.tomoni")
    with unit_of_work(office) as uow:
        identity = sync.members.require_identity(uow.connection)
    opened = open_bundle(
        back.path,
        identity.school_id,
        identity.school_key,
        sync.members.sender_checker(identity, set()),
    )
    (row,) = list(opened.rows())
    fields = row["v"]  # compact: the laptop's dot wrote the new name
    assert row["d"][row["i"]["original_name"]][0] != row["d"][0][0]
    assert row["o"] == ["content"] and "content" not in fields  # the office has the PDF
    assert fields["original_name"] == "ipa-kelas-7.pdf"
    result = call(office, sync.import_bundle, back.path)
    assert result.report.updated == 1
    assert dump(office) == dump(laptop)
    with office.engine.connect() as connection:
        kept = connection.exec_driver_sql(
            "SELECT length(content), original_name FROM stored_files WHERE id = ?", (file_id,)
        ).first()
    assert kept == (size, "ipa-kelas-7.pdf")


def test_a_laptop_that_lost_a_pdf_is_told_to_ask_for_everything(tmp_path):
    import json as json_module

    from tomoni_desktop.core.i18n import translator

    office = make_office(tmp_path, students=4, worksheets=True)
    laptop = make_laptop(office, tmp_path)  # restored from an old backup, say: it has nothing
    member = call(laptop, sync.identity_of).member_id
    with office.engine.begin() as connection:
        file_id = uuid.UUID(
            str(connection.exec_driver_sql("SELECT id FROM stored_files").scalar())
        ).hex
        # What the office believes from the laptop's last report, before the restore.
        connection.exec_driver_sql(
            "UPDATE sync_peers SET files = ?, vector = ? WHERE member_id = ?",
            (json_module.dumps([file_id]), json_module.dumps({"0" * 32: 1}), member),
        )
    stale = sync.export_bundle(Units(office), to=tmp_path / "stale.tomoni", for_member=member)
    with pytest.raises(sync.BundleRejected) as caught:
        call(laptop, sync.import_bundle, stale.path)
    assert "Semua data" in caught.value.translated(translator("id"))
    everything = sync.export_bundle(Units(office), to=tmp_path / "all.tomoni", full=True)
    assert call(laptop, sync.import_bundle, everything.path).report.new > 0
    assert dump(laptop) == dump(office)


def test_a_laptop_is_found_by_its_exact_name_even_with_a_hyphen(tmp_path):
    """`tomoni sync export --for NAME` and `revoke NAME`: the name as the office gave it."""
    office = make_office(tmp_path, students=2)
    laptop = make_laptop(office, tmp_path, "Laptop-Guru 7A")
    found = call(office, sync.find_peer, "laptop-guru 7a")
    assert found.name == "Laptop-Guru 7A" and found.role == "laptop"
    laptop.close()
    office.close()


def test_the_rows_a_reader_lacks_are_found_by_the_index_exactly_as_by_every_state(tmp_path):
    """count_rows for a reader's vector (by sync_row_nodes) against the rule itself, read
    from every row's state: a row is sent when some node's counter in its context is above
    the reader's. Readers that know nothing, part of each node, all but one node, all."""
    import random

    import orjson

    from tomoni_desktop.sync.exchange import count_rows
    from tomoni_desktop.sync.merge import dominates

    office = make_office(tmp_path)
    laptop = make_laptop(office, tmp_path)
    send(office, laptop, tmp_path / "a")
    with laptop.engine.begin() as connection:  # edits on both sides: contexts of two nodes
        connection.exec_driver_sql(
            "UPDATE students SET village = 'Mahalona' WHERE id IN "
            "(SELECT id FROM students ORDER BY id LIMIT 5)"
        )
    send(laptop, office, tmp_path / "b")
    with office.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE students SET notes = 'dikunjungi' WHERE id IN "
            "(SELECT id FROM students ORDER BY id DESC LIMIT 7)"
        )
        stamp(connection)
    chance = random.Random(17)
    with office.engine.begin() as connection:
        states = [
            (table, orjson.loads(text)["c"] if text else {node: counter})
            for table, text, node, counter in connection.exec_driver_sql(
                "SELECT table_name, state, node, counter FROM sync_rows"
            )
        ]
        tops: dict[str, int] = {}
        for _, context in states:
            for node, counter in context.items():
                tops[node] = max(tops.get(node, 0), counter)
        assert len(tops) == 2
        readers = [{}, dict(tops)]
        readers += [{n: c for n, c in tops.items() if n != left} for left in tops]
        readers += [{n: chance.randint(0, c) for n, c in tops.items()} for _ in range(20)]
        for reader in readers:
            expected: dict[str, int] = {}
            for table, context in states:
                if not dominates(reader, context):
                    expected[table] = expected.get(table, 0) + 1
            assert count_rows(connection, reader) == expected


def test_references_set_and_cleared_in_one_edit_both_arrive(tmp_path):
    """A pupil merged into a later pupil (a reference ahead, written once every row is in)
    whose shared phone is cleared in the same edit: the laptop takes both."""
    office = make_office(tmp_path, students=4)
    laptop = make_laptop(office, tmp_path)
    with office.engine.begin() as connection:
        first, second, last = [
            uuid.UUID(str(i)).hex
            for i in connection.exec_driver_sql("SELECT id FROM students ORDER BY id").scalars()
        ][:3]
        connection.exec_driver_sql(
            "UPDATE students SET shares_phone_with_id = ? WHERE id = ?", (second, first)
        )
    send(office, laptop, tmp_path / "one")
    with office.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE students SET shares_phone_with_id = NULL, merged_into_id = ? WHERE id = ?",
            (last, first),
        )
    assert send(office, laptop, tmp_path / "two").report.updated >= 1
    with laptop.engine.connect() as connection:
        shares, merged = connection.exec_driver_sql(
            "SELECT shares_phone_with_id, merged_into_id FROM students WHERE id = ?", (first,)
        ).one()
    assert (shares, merged) == (None, last)


def _capture_triggers(database) -> dict[str, str]:
    with database.engine.connect() as connection:
        return dict(
            connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            ).fetchall()
        )


def test_a_big_import_lifts_capture_for_its_rows_and_puts_it_back_taken_or_refused(tmp_path):
    """Over one batch of new rows in a table, the import drops that table's insert trigger
    inside its transaction; it is back afterwards, whether the bundle was taken or refused."""
    office = make_office(tmp_path, students=520)
    laptop = make_laptop(office, tmp_path)
    triggers = _capture_triggers(laptop)
    assert "tomoni_sync_insert_students" in triggers
    identity, manifest, rows = every_row(office)
    last_pupil = max(i for i, row in enumerate(rows) if row["t"] == "students")
    rows[last_pupil]["v"]["gender"] = "X"  # after 500 pupils: the trigger is down
    with pytest.raises(sync.BundleRejected), laptop.engine.begin() as connection:
        protocol.apply_payload(
            connection,
            load_identity(connection),
            uuid.uuid4().hex,
            identity.member_id,
            manifest,
            iter(rows),
            "semua.tomoni",
        )
    assert _capture_triggers(laptop) == triggers

    everything = sync.export_bundle(Units(office), to=tmp_path / "semua.tomoni", full=True)
    assert call(laptop, sync.import_bundle, everything.path).report.new > 520
    assert _capture_triggers(laptop) == triggers  # made again, word for word
    with laptop.engine.begin() as connection:  # and a pupil made here is captured
        connection.exec_driver_sql(
            "INSERT INTO students (id, school_id, full_name, gender, birth_place, religion, "
            "address, rt, rw, dusun, village, kecamatan, phone_access, signal, notes, "
            "created_at, updated_at) SELECT ?, school_id, 'Anak Baru', 'P', '', '', '', '', "
            "'', '', '', '', 'none', 'none', '', created_at, updated_at FROM students LIMIT 1",
            (uuid.uuid4().hex,),
        )
    assert sync.export_bundle(Units(laptop), to=tmp_path / "balik.tomoni").rows == 1
    laptop.close()
    office.close()


def _two_pupils(database) -> list[str]:
    with database.engine.connect() as connection:
        found = connection.exec_driver_sql("SELECT id FROM students ORDER BY id LIMIT 2")
        return [uuid.UUID(str(row_id)).hex for (row_id,) in found]


def test_rows_travel_compact_and_a_first_format_bundle_of_long_rows_is_still_read(tmp_path):
    """A row whose fields hold one value each travels as its values (with the dot of each
    field not of the first, when several wrote it); a row with concurrent values as a list
    per field. A bundle of the first format, every row long, is read the same way."""
    office = make_office(tmp_path)
    laptop = make_laptop(office, tmp_path)
    send(office, laptop, tmp_path / "stick")
    first, second = _two_pupils(office)
    for database, village in ((laptop, "Mahalona"), (office, "Tomoni")):  # without seeing
        with database.engine.begin() as connection:  # each other: two values
            connection.exec_driver_sql(
                "UPDATE students SET village = ? WHERE id = ?", (village, first)
            )
    with laptop.engine.begin() as connection:  # only here: one value each, two dots
        connection.exec_driver_sql("UPDATE students SET notes = 'pindah' WHERE id = ?", (second,))
    send(office, laptop, tmp_path / "stick2")
    identity, manifest, rows = every_row(laptop)
    (long,) = [row for row in rows if "f" in row]
    assert long["id"] == first and len(long["f"]["village"]) == 2
    (edited,) = [row for row in rows if "i" in row]
    assert edited["id"] == second and edited["v"]["notes"] == "pindah"
    assert edited["d"][edited["i"]["notes"]][0] != edited["d"][0][0]  # the laptop's dot
    assert all(len(row["d"]) == 1 for row in rows if "v" in row and "i" not in row)
    long_rows = []
    for row in rows:
        row = dict(row)
        if "v" in row:
            row["f"] = expanded(row.pop("v"), row.pop("i", {}))
        long_rows.append(row)
    header = Header(identity.school_id, str(uuid.uuid4()), identity.member_id, "0.1.0", format=1)
    old = tmp_path / "lama.tomoni"
    write_bundle_file(old, header, identity.school_key, identity.signing_key(), manifest, long_rows)
    assert b'"format":1' in old.read_bytes()[:400]
    for written in (old, sync.export_bundle(Units(laptop), to=tmp_path / "baru", full=True).path):
        fresh = make_laptop(office, tmp_path)  # holds nothing of the school yet
        imported = call(fresh, sync.import_bundle, written).report
        assert imported.new == len(rows) and imported.conflicts == 0  # a plain field
        assert dump(fresh) == dump(laptop)
        fresh.close()
    laptop.close()
    office.close()
