"""A district hub (issue 17 §2): one PostgreSQL database holds many schools, each in a schema
named by its school id; laptops of every school sync with one address, each reaching only
its own school; the district's report reads every school."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from pypdf import PdfReader

from tests.sync.helpers import PASSPHRASE, call, dump, make_laptop, make_office
from tomoni_desktop.core.i18n import translator
from tomoni_desktop.core.unit_of_work import Units
from tomoni_desktop.reports.district_report import write_district_report
from tomoni_desktop.services import sync
from tomoni_desktop.services.sync.district import (
    DistrictError,
    DistrictHub,
    add_school,
    district_report,
    district_schools,
    schema_of,
)
from tomoni_desktop.services.sync.network import NetworkError, serve, stop_serving, sync_with_hub
from tomoni_desktop.sync.keys import JoinRefused


@contextmanager
def serving_district(district_url: str) -> Iterator[str]:
    """The district hub served on a free loopback port; yields its address."""
    district = DistrictHub(district_url)
    server = serve(district, "127.0.0.1", 0, threads=2)
    serving = threading.Thread(target=server.run, daemon=True)
    serving.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        stop_serving(server, serving)
        district.close()


def _school(folder, seed: int, name: str, students: int):
    return make_office(
        folder,
        students=students,
        worksheets=True,
        attendance=True,
        seed=seed,
        npsn=f"9999{seed:04d}",
        name=name,
    )


def _add(office, district: str, folder) -> str:
    join_file = folder / "kabupaten.tomoni-join"
    call(office, sync.invite_laptop, join_file, PASSPHRASE, "Hub kabupaten")
    return add_school(district, join_file, PASSPHRASE).school_id


def _figures(office) -> tuple[int, int]:
    with office.engine.connect() as connection:
        pupils = connection.exec_driver_sql(
            "SELECT count(*) FROM students WHERE deleted_at IS NULL AND left_on IS NULL "
            "AND merged_into_id IS NULL"
        ).scalar()
        absent = connection.exec_driver_sql(
            "SELECT count(*) FROM attendance_entries WHERE mark = 'A' AND deleted_at IS NULL"
        ).scalar()
    return int(pupils or 0), int(absent or 0)


def test_two_schools_sync_through_one_district_hub_and_each_stays_its_own(server_url, tmp_path):
    first = _school(tmp_path / "satu", 3, "SMP Negeri 1 Tomoni", 14)
    second = _school(tmp_path / "dua", 4, "SMP Negeri 2 Tomoni", 9)
    ids = [_add(first, server_url, tmp_path / "satu"), _add(second, server_url, tmp_path / "dua")]
    assert sorted(district_schools(server_url)) == sorted(ids)
    assert schema_of(ids[0]) != schema_of(ids[1])

    with serving_district(server_url) as url:
        for office in (first, second):
            assert sync_with_hub(Units(office), url).pushed.rows > 50
        laptop = make_laptop(second, tmp_path / "dua", "Laptop Bu Wati")
        pulled = sync_with_hub(Units(laptop), url).pulled
        assert dump(laptop) == dump(second)  # the second school's, and nothing of the first
        assert pulled.sender == "Hub kabupaten"

        stranger = _school(tmp_path / "tiga", 5, "SMP Negeri 3 Tomoni", 3)
        with pytest.raises(NetworkError, match="does not know this laptop"):
            sync_with_hub(Units(stranger), url)
        laptop.close()
        stranger.close()

    report = district_report(server_url)
    assert [line.name for line in report] == ["SMP Negeri 1 Tomoni", "SMP Negeri 2 Tomoni"]
    for line, office in zip(report, (first, second), strict=True):
        assert (line.pupils, line.absent) == _figures(office)
        assert line.copies_out >= line.copies_back > 0
        assert line.scores > 0 and 0 <= (line.average_score or 0) <= 100
    out = tmp_path / "kabupaten.pdf"
    assert write_district_report(report, out, today=date(2026, 12, 1)) == 1
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "SMP Negeri 2 Tomoni" in text and "Kabupaten (2 sekolah)" in text
    first.close()
    second.close()


def test_a_school_added_twice_is_named(server_url, tmp_path):
    office = _school(tmp_path, 3, "SMP Negeri 1 Tomoni", 3)
    _add(office, server_url, tmp_path)
    with pytest.raises(DistrictError) as again:
        _add(office, server_url, tmp_path)
    assert "SMP Negeri 1 Tomoni" in again.value.translated(translator("id"))
    assert len(district_schools(server_url)) == 1
    office.close()


def test_a_wrong_passphrase_adds_no_school(server_url, tmp_path):
    office = _school(tmp_path, 3, "SMP Negeri 1 Tomoni", 3)
    join_file = tmp_path / "kabupaten.tomoni-join"
    call(office, sync.invite_laptop, join_file, PASSPHRASE, "Hub kabupaten")
    with pytest.raises(JoinRefused):
        add_school(server_url, join_file, "bukan frasa sekolah ini")
    assert district_schools(server_url) == []
    office.close()


def test_a_school_added_while_the_district_serves_is_found(server_url, tmp_path, monkeypatch):
    from tomoni_desktop.services.sync import district as district_module

    monkeypatch.setattr(district_module, "LOOK_AGAIN_S", 0.0)
    first = _school(tmp_path / "satu", 3, "SMP Negeri 1 Tomoni", 3)
    second = _school(tmp_path / "dua", 4, "SMP Negeri 2 Tomoni", 3)
    _add(first, server_url, tmp_path / "satu")
    with serving_district(server_url) as url:
        with pytest.raises(NetworkError, match="does not know this laptop"):
            sync_with_hub(Units(second), url)
        _add(second, server_url, tmp_path / "dua")
        assert sync_with_hub(Units(second), url).pushed.rows > 10
    assert [line.name for line in district_report(server_url)] == [
        "SMP Negeri 1 Tomoni",
        "SMP Negeri 2 Tomoni",
    ]
    first.close()
    second.close()
