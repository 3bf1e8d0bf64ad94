"""Sync over the LAN: the office serves as the hub (a real HTTP server on loopback) and a
laptop pushes and pulls the same bundles a stick carries."""

from __future__ import annotations

import http.client
import threading

import pytest

from tests.sync.helpers import call, dump, make_laptop, make_office
from tomoni_desktop.core.i18n import translator
from tomoni_desktop.core.unit_of_work import Units
from tomoni_desktop.services import sync
from tomoni_desktop.services.sync.network import (
    MOST_BUNDLE_BYTES,
    PUSH,
    NetworkError,
    hub_server,
    pull_from_hub,
    serve_in_background,
    stop_serving,
    sync_with_hub,
)

indonesian = translator("id")

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


@pytest.fixture
def hub(tmp_path):
    office = make_office(tmp_path / "kantor")
    server = hub_server(Units(office), "127.0.0.1", 0, threads=2)
    serving = threading.Thread(target=server.run, daemon=True)
    serving.start()
    try:
        yield office, f"http://127.0.0.1:{server.effective_port}", server
    finally:
        stop_serving(server, serving)
        office.close()


def _edit(database, table: str, column: str, value: str, last: bool = False) -> None:
    order = "DESC" if last else "ASC"
    with database.engine.begin() as connection:
        connection.exec_driver_sql(
            f"UPDATE {table} SET {column} = ? WHERE id = "
            f"(SELECT id FROM {table} ORDER BY id {order} LIMIT 1)",
            (value,),
        )


def test_a_laptop_and_the_office_exchange_their_edits_over_the_network(hub, tmp_path):
    office, url, _server = hub
    laptop = make_laptop(office, tmp_path / "kantor")
    first = sync_with_hub(Units(laptop), url)
    assert first.pulled.report.new > 12
    assert dump(laptop) == dump(office)

    _edit(laptop, "students", "village", "Mahalona")
    _edit(office, "guardians", "mobile", "+6281234567890", last=True)
    again = sync_with_hub(Units(laptop), url)
    assert again.pushed.rows == 1
    assert again.pulled.report.updated == 1
    assert dump(laptop) == dump(office)
    laptop.close()


def test_a_removed_laptop_and_another_schools_laptop_are_refused(hub, tmp_path):
    office, url, _server = hub
    laptop = make_laptop(office, tmp_path / "kantor", name="Laptop Lama")
    sync_with_hub(Units(laptop), url)
    call(office, sync.revoke_laptop, "Laptop Lama")
    before = dump(office)
    _edit(laptop, "students", "village", "Mahalona")
    with pytest.raises(NetworkError) as removed:
        sync_with_hub(Units(laptop), url)
    assert "removed it from the school" in str(removed.value)
    assert url in removed.value.translated(indonesian)

    elsewhere = make_office(tmp_path / "lain")
    stranger = make_laptop(elsewhere, tmp_path / "lain")
    with pytest.raises(NetworkError) as unknown:
        pull_from_hub(Units(stranger), url)
    assert "does not know this laptop" in str(unknown.value)
    assert dump(office) == before
    for database in (laptop, elsewhere, stranger):
        database.close()


def test_a_request_cut_short_or_unsigned_changes_nothing_and_the_next_try_works(hub, tmp_path):
    office, url, server = hub
    laptop = make_laptop(office, tmp_path / "kantor")
    sync_with_hub(Units(laptop), url)
    _edit(laptop, "students", "village", "Mahalona")
    bundle = sync.export_bundle(Units(laptop), to=tmp_path / "laptop.tomoni")
    data = bundle.path.read_bytes()
    before = dump(office)

    cut = http.client.HTTPConnection("127.0.0.1", server.effective_port, timeout=10)
    cut.putrequest("POST", PUSH)
    cut.putheader("Content-Length", str(len(data)))
    cut.endheaders()
    cut.send(data[: len(data) // 2])  # the cable pulled halfway through
    cut.close()

    too_big = http.client.HTTPConnection("127.0.0.1", server.effective_port, timeout=10)
    too_big.putrequest("POST", PUSH)
    too_big.putheader("Content-Length", str(MOST_BUNDLE_BYTES + 1))
    too_big.endheaders()  # refused from its length alone, before a byte is read
    answer = too_big.getresponse()
    assert answer.status == 413
    too_big.close()

    unsigned = http.client.HTTPConnection("127.0.0.1", server.effective_port, timeout=10)
    unsigned.request("POST", PUSH, body=data)
    answer = unsigned.getresponse()
    assert answer.status == 401 and b"unsigned" in answer.read()
    unsigned.close()
    assert dump(office) == before

    done = sync_with_hub(Units(laptop), url)
    assert done.pushed.rows == 1
    assert dump(laptop) == dump(office)
    laptop.close()


def test_an_unreachable_hub_is_said_in_the_teachers_words(tmp_path):
    office = make_office(tmp_path)
    laptop = make_laptop(office, tmp_path)
    before = dump(laptop)
    with pytest.raises(NetworkError) as caught:
        sync_with_hub(Units(laptop), "http://127.0.0.1:9")
    message = caught.value.translated(indonesian)
    assert "http://127.0.0.1:9" in message and message != caught.value.english()
    assert dump(laptop) == before


def test_the_hubs_reasons_for_refusing_a_bundle_reach_the_laptop_in_its_words():
    """A 422 from the hub carries the refusal's source text and values; the laptop says it in
    its own language. Words it cannot fill in become the plain 'answered 422'."""
    import io
    import urllib.error

    from tomoni_desktop.services.sync.network import _refusal

    def answer(document: bytes) -> urllib.error.HTTPError:
        return urllib.error.HTTPError("http://hub", 422, "refused", {}, io.BytesIO(document))  # type: ignore[arg-type]

    known = (
        b'{"bundle_refused": "{name} holds data this version does not know (table {table}); '
        b'nothing was imported.", "params": {"name": "laptop.tomoni", "table": "rapor"}}'
    )
    refused = _refusal("http://hub", answer(known))
    assert isinstance(refused, sync.BundleRejected)
    said = refused.translated(indonesian)
    assert "laptop.tomoni" in said and "rapor" in said and said != refused.english()

    unfillable = b'{"bundle_refused": "{name} is {what}", "params": {"name": "x"}}'
    plain = _refusal("http://hub", answer(unfillable))
    assert isinstance(plain, NetworkError) and "422" in str(plain)


def test_the_office_stops_serving_with_nothing_left_running(tmp_path, monkeypatch):
    """Closing the server's socket from the window's thread broke the serving thread's wait
    (select: EBADF, an exception in thread tomoni-hub), and waitress's request threads stayed
    behind: eight more each time the box was ticked again."""
    failures = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    office = make_office(tmp_path / "kantor")
    before = set(threading.enumerate())
    try:
        for _ in range(3):  # ticked and unticked: at once, and after a request
            serving = serve_in_background(Units(office), 0)
            serving.stop()
            assert set(threading.enumerate()) <= before
        serving = serve_in_background(Units(office), 0)
        connection = http.client.HTTPConnection("127.0.0.1", serving.port, timeout=5)
        connection.request("GET", "/")
        connection.getresponse().read()  # the connection stays open: keep-alive
        serving.stop()
        connection.close()
        assert set(threading.enumerate()) <= before
    finally:
        office.close()
    assert failures == []
