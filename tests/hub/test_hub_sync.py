"""A hub on PostgreSQL takes part in sync as one more node (issue 17 §2): it joins the school
with a join file like a laptop, merges the same bundles with the same code, captures its
own writes with triggers made from the same metadata, and serves laptops over the LAN."""

from __future__ import annotations

import json
import threading
import uuid

import pytest

from tests.sync.helpers import PASSPHRASE, call, dump, make_laptop, make_office, send
from tomoni_desktop.core.unit_of_work import Units
from tomoni_desktop.services import sync
from tomoni_desktop.services.school.database import open_server_database
from tomoni_desktop.services.sync.network import (
    NetworkError,
    hub_server,
    stop_serving,
    sync_with_hub,
)
from tomoni_desktop.sync import identity as members
from tomoni_desktop.sync import protocol
from tomoni_desktop.sync.bundle import BundleRejected
from tomoni_desktop.sync.stamp import stamp


def make_hub(office, url: str, folder):
    """A PostgreSQL database made the school's hub: migrated, then joined as a member."""
    hub = open_server_database(url).database
    join_file = folder / "hub.tomoni-join"
    call(office, sync.invite_laptop, join_file, PASSPHRASE, "Hub sekolah")
    call(hub, sync.join_school, join_file, PASSPHRASE)
    return hub


def _point_at_a_later_pupil(database) -> tuple[str, str]:
    """The first pupil shares the phone of the last: a reference ahead in a bundle's order."""
    with database.engine.begin() as connection:
        first, last = (
            connection.exec_driver_sql("SELECT min(id), max(id) FROM students").first() or ()
        )
        connection.exec_driver_sql(
            "UPDATE students SET shares_phone_with_id = ? WHERE id = ?", (last, first)
        )
    return first, last


def test_the_hub_takes_the_school_and_hands_it_on_unchanged(server_url, tmp_path):
    office = make_office(tmp_path, students=20, worksheets=True, attendance=True)
    _point_at_a_later_pupil(office)
    hub = make_hub(office, server_url, tmp_path)
    taken = send(office, hub, tmp_path / "stick")
    assert taken.report.new > 500
    assert dump(hub) == dump(office)

    laptop = make_laptop(office, tmp_path, "Laptop Bu Sri")
    handed = send(hub, laptop, tmp_path / "stick", full=True)
    assert handed.report.new == taken.report.new
    assert dump(laptop) == dump(office)
    for database in (office, hub, laptop):
        database.close()


def test_a_write_on_the_hub_is_captured_with_its_old_value_and_travels(server_url, tmp_path):
    office = make_office(tmp_path, students=6)
    hub = make_hub(office, server_url, tmp_path)
    send(office, hub, tmp_path / "stick")
    with office.engine.connect() as connection:
        pupil, village, born = connection.exec_driver_sql(
            "SELECT id, village, birth_date FROM students ORDER BY id LIMIT 1"
        ).one()
    with hub.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE students SET village = 'Balai Kembang', birth_date = '2012-03-04' WHERE id = ?",
            (pupil,),
        )
        guardian, primary = connection.exec_driver_sql(
            "SELECT id, is_primary FROM guardians ORDER BY id LIMIT 1"
        ).one()
        connection.exec_driver_sql(
            "UPDATE guardians SET is_primary = NOT is_primary WHERE id = ?", (guardian,)
        )
    back = send(hub, office, tmp_path / "back")
    assert back.report.updated == 2
    assert dump(office) == dump(hub)

    def changes_made_on_the_hub(row_id) -> dict:
        with hub.engine.connect() as connection:
            return json.loads(
                connection.exec_driver_sql(
                    "SELECT changes FROM sync_history WHERE row_id = ? AND NOT arrived",
                    (row_id.hex if isinstance(row_id, uuid.UUID) else row_id,),
                ).scalar()
            )

    found = changes_made_on_the_hub(pupil)
    assert found["village"] == [village, "Balai Kembang"]  # the old value as sync carries it
    assert found["birth_date"] == [born, "2012-03-04"]
    assert changes_made_on_the_hub(guardian)["is_primary"] == [int(primary), int(not primary)]
    hub.close()
    office.close()


def test_the_hub_refuses_to_delete_a_synced_row(server_url, tmp_path):
    office = make_office(tmp_path, students=3)
    hub = make_hub(office, server_url, tmp_path)
    send(office, hub, tmp_path / "stick")
    with pytest.raises(Exception, match="never deleted"), hub.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM guardians")
    with hub.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM guardians").scalar() == 6
    hub.close()
    office.close()


def test_a_row_pointing_at_a_row_no_one_has_is_refused_by_name_and_nothing_is_kept(
    server_url, tmp_path
):
    office = make_office(tmp_path, students=4)
    hub = make_hub(office, server_url, tmp_path)
    with office.engine.connect() as connection:
        identity = members.load_identity(connection)
    assert identity is not None
    with office.engine.begin() as connection:
        stamp(connection)
        manifest, rows = protocol.export_payload(connection, identity, None, full=True)
        rows = list(rows)
    orphan = next(row for row in rows if row["t"] == "guardians")
    orphan["v"]["student_id"] = uuid.uuid4().hex  # a pupil no one has
    before = dump(hub)
    with pytest.raises(BundleRejected) as refused, hub.engine.begin() as connection:
        protocol.apply_payload(
            connection,
            members.load_identity(connection),
            uuid.uuid4().hex,
            identity.member_id,
            manifest,
            iter(rows),
            "kantor.tomoni",
        )
    assert refused.value.params["table"] == "guardians"
    assert dump(hub) == before
    hub.close()
    office.close()


def test_laptops_sync_with_a_hub_on_postgresql_over_the_network(server_url, tmp_path):
    office = make_office(tmp_path, students=10)
    hub = make_hub(office, server_url, tmp_path)
    server = hub_server(Units(hub), "127.0.0.1", 0, threads=2)
    serving = threading.Thread(target=server.run, daemon=True)
    serving.start()
    url = f"http://127.0.0.1:{server.effective_port}"
    try:
        sync_with_hub(Units(office), url)
        laptop = make_laptop(office, tmp_path, "Laptop Pak Anto")
        first = sync_with_hub(Units(laptop), url)
        assert first.pulled.report.new > 50
        assert dump(laptop) == dump(office)

        with laptop.engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE students SET village = 'Mahalona' WHERE id = "
                "(SELECT id FROM students ORDER BY id LIMIT 1)"
            )
        again = sync_with_hub(Units(laptop), url)
        assert again.pushed.rows == 1  # made for what the hub has, not for the office
        assert sync_with_hub(Units(office), url).pulled.report.updated == 1
        assert dump(office) == dump(laptop) == dump(hub)

        call(office, sync.revoke_laptop, "Laptop Pak Anto")
        sync_with_hub(Units(office), url)  # the hub learns of the removal from the office
        with pytest.raises(NetworkError, match="removed it from the school"):
            sync_with_hub(Units(laptop), url)
        laptop.close()
    finally:
        stop_serving(server, serving)
        hub.close()
        office.close()
