"""Properties 7 and 8: damaged, foreign, forged and hostile bundles are refused whole, before
anything is written, with a message in the teacher's language that names the file."""

from __future__ import annotations

import json
import random
import uuid

import orjson
import pytest
from sqlalchemy.exc import IntegrityError

from tests.sync.helpers import PASSPHRASE, call, dump, make_laptop, make_office, open_school, send
from tomoni_desktop.core.i18n import translator
from tomoni_desktop.core.unit_of_work import Units, unit_of_work
from tomoni_desktop.services import sync
from tomoni_desktop.sync import protocol
from tomoni_desktop.sync.bundle import BundleRejected, Header, write_bundle_file
from tomoni_desktop.sync.identity import load_identity
from tomoni_desktop.sync.keys import JoinRefused
from tomoni_desktop.sync.packing import expanded
from tomoni_desktop.sync.stamp import stamp

indonesian = translator("id")

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


@pytest.fixture
def school(tmp_path):
    office = make_office(tmp_path, students=10)
    laptop = make_laptop(office, tmp_path)
    send(office, laptop, tmp_path / "stick")
    yield office, laptop
    office.close()
    laptop.close()


def _refused(database, path) -> str:
    """Imported as the app imports (import_bundles: references checked at the end)."""
    (refused,) = sync.import_bundles(Units(database), [path])
    assert isinstance(refused, BundleRejected)
    message = refused.translated(indonesian)
    assert path.name in message
    return message


def test_a_thousand_flips_and_cuts_are_each_refused_before_anything_is_written(school, tmp_path):
    office, laptop = school
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE students SET notes = 'catatan wali kelas'")
    good = sync.export_bundle(Units(laptop), to=tmp_path / "asli.tomoni")
    data = good.path.read_bytes()
    before = dump(office)
    randomness = random.Random(20261124)
    messages = set()
    for attempt in range(1000):
        damaged = bytearray(data)
        if attempt % 4 == 3:
            damaged = damaged[: randomness.randrange(len(data))]
        else:
            position = randomness.randrange(len(data))
            damaged[position] ^= 1 << randomness.randrange(8)
        path = tmp_path / "rusak.tomoni"
        path.write_bytes(bytes(damaged))
        messages.add(_refused(office, path))
    assert dump(office) == before
    with office.engine.connect() as connection:
        assert not connection.exec_driver_sql("SELECT COUNT(*) FROM sync_imports").scalar()
    assert all("rusak.tomoni" in m for m in messages)
    assert any("rusak atau tidak lengkap" in m for m in messages)
    assert call(office, sync.import_bundle, good.path).report.updated == 10  # the real one is fine


def test_another_schools_bundle_is_refused(school, tmp_path):
    office, _laptop = school
    other = make_office(tmp_path / "lain", students=3)
    with other.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE schools SET npsn = '99999999'")
    made = sync.export_bundle(Units(other), to=tmp_path / "lain.tomoni", full=True)
    before = dump(office)
    message = _refused(office, made.path)
    assert "sekolah lain" in message or "kunci sekolah lain" in message
    assert dump(office) == before
    other.close()


def test_a_wrong_passphrase_joins_nothing(school, tmp_path):
    office, _laptop = school
    join_file = tmp_path / "baru.tomoni-join"
    call(office, sync.invite_laptop, join_file, PASSPHRASE, "Laptop Baru")
    fresh = open_school(tmp_path / "baru.sqlite3")
    with pytest.raises(JoinRefused) as caught:
        call(fresh, sync.join_school, join_file, "bukan frasa sandi kami")
    assert "tidak cocok" in caught.value.translated(indonesian)
    assert call(fresh, sync.identity_of) is None
    fresh.close()


def _hostile(laptop, tmp_path, rows, name="jahat.tomoni", manifest_changes=None):
    """A bundle signed with a real member's keys but holding rows we did not write."""
    with laptop.engine.begin() as connection:
        stamp(connection)
        identity = load_identity(connection)
        manifest, _rows = protocol.export_payload(connection, identity, full=True)
    manifest.update(manifest_changes or {})
    path = tmp_path / name
    header = Header(identity.school_id, str(uuid.uuid4()), identity.member_id, "0.1.0")
    write_bundle_file(path, header, identity.school_key, identity.signing_key(), manifest, rows)
    return path


def _valid_row(laptop, long: bool = False) -> dict:
    """A pupil's bundle row as it is written: compact (one dot wrote it whole); `long`: in
    the long form, a list of [dot, value] per field, which every reader also takes."""
    with laptop.engine.connect() as connection:
        identity = load_identity(connection)
        _manifest, rows = protocol.export_payload(connection, identity, full=True)
        row = next(r for r in rows if r["t"] == "students")
    assert "v" in row and "f" not in row
    if long:
        row["f"] = expanded(row.pop("v"), row.pop("i", {}))
    return row


LONG = "long"  # a spoiler of the long form


@pytest.mark.parametrize(
    ("form", "spoil"),
    [
        pytest.param("", lambda r: r.update(t="passwords"), id="unknown table"),
        pytest.param("", lambda r: r.update(t=["students"]), id="table not a name"),
        pytest.param("", lambda r: r.update(id="../../etc/passwd"), id="path in the id"),
        pytest.param(
            LONG, lambda r: r["f"]["full_name"][0].__setitem__(1, 12), id="number for a name"
        ),
        pytest.param(LONG, lambda r: r["f"]["gender"][0].__setitem__(1, "X"), id="unknown gender"),
        pytest.param(LONG, lambda r: r["f"]["notes"][0].__setitem__(1, ["a", ["b"]]), id="nested"),
        pytest.param(
            LONG, lambda r: r["f"]["full_name"][0].__setitem__(1, "A" * 5000), id="too long"
        ),
        pytest.param("", lambda r: r["d"][0].__setitem__(1, 10**9), id="dot beyond context"),
        pytest.param(LONG, lambda r: r["f"]["nisn"][0].__setitem__(0, 99), id="no such dot"),
        pytest.param(LONG, lambda r: r["f"].update(id=r["f"]["nisn"]), id="id as a field"),
        pytest.param(
            LONG, lambda r: r["f"].update({"Robert'); DROP": r["f"]["nisn"]}), id="sql name"
        ),
        pytest.param("", lambda r: r["c"].update({"x": 1}), id="bad node"),
        pytest.param("", lambda r: r.update(extra=1), id="unknown key"),
        pytest.param("", lambda r: r.update(o=["full_name"]), id="omits a plain field"),
        pytest.param(
            LONG, lambda r: r["f"]["birth_date"][0].__setitem__(1, "kemarin"), id="not a date"
        ),
        # the compact form: {"v": {field: value}}, one dot
        pytest.param("", lambda r: r["v"].update(full_name=12), id="compact number for a name"),
        pytest.param("", lambda r: r["v"].update(gender="X"), id="compact unknown gender"),
        pytest.param("", lambda r: r["v"].update(notes=["a", ["b"]]), id="compact nested"),
        pytest.param("", lambda r: r["v"].update(notes={"$b": "!!"}), id="compact bad bytes"),
        pytest.param("", lambda r: r["v"].update(full_name="A" * 5000), id="compact too long"),
        pytest.param("", lambda r: r["v"].update(id=r["v"]["nisn"]), id="compact id as a field"),
        pytest.param("", lambda r: r["v"].update({"a b;": 1}), id="compact sql name"),
        pytest.param("", lambda r: r.update(v={}), id="compact without values"),
        pytest.param("", lambda r: r.update(v=[1]), id="compact values not a map"),
        pytest.param("", lambda r: r.update(f={}), id="compact and long at once"),
        pytest.param("", lambda r: r["d"].append(list(r["d"][0])), id="compact of two dots"),
        pytest.param("", lambda r: r.update(i={"nisn": 0}), id="compact index of one dot"),
        pytest.param(
            "",
            lambda r: (r["d"].append(list(r["d"][0])), r.update(i={"nisn": 2})),
            id="compact index beyond the dots",
        ),
        pytest.param(
            "",
            lambda r: (r["d"].append(list(r["d"][0])), r.update(i={"kelas": 1})),
            id="compact index of a field not sent",
        ),
        pytest.param(
            "",
            lambda r: (r["d"].append(list(r["d"][0])), r.update(i={"nisn": "1"})),
            id="compact index not a number",
        ),
    ],
)
def test_hostile_rows_are_refused_with_nothing_written(school, tmp_path, form, spoil):
    office, laptop = school
    row = _valid_row(laptop, long=form == LONG)
    good_row = json.loads(json.dumps(row))
    spoil(row)
    path = _hostile(laptop, tmp_path, [good_row, row])
    before = dump(office)
    message = _refused(office, path)
    assert "tidak ada yang diimpor" in message
    assert dump(office) == before


class _DeepJson:
    """orjson for the writer, except that the row "deep" becomes 50,000 nested lists."""

    loads = staticmethod(orjson.loads)

    @staticmethod
    def dumps(value, **options):
        return b"[" * 50_000 + b"]" * 50_000 if value == "deep" else orjson.dumps(value, **options)


def test_the_same_row_twice_deep_nesting_and_a_forged_file_are_refused(
    school, tmp_path, monkeypatch
):
    office, laptop = school
    row = _valid_row(laptop)
    before = dump(office)
    _refused(office, _hostile(laptop, tmp_path, [row, row], "dua-kali.tomoni"))

    from tomoni_desktop.sync import bundle as bundle_module

    with laptop.engine.begin() as connection:
        identity = load_identity(connection)
        manifest, _rows = protocol.export_payload(connection, identity, full=True)
    deep = tmp_path / "dalam.tomoni"
    header = Header(identity.school_id, str(uuid.uuid4()), identity.member_id, "0.1.0")
    monkeypatch.setattr(bundle_module, "orjson", _DeepJson)
    with deep.open("wb") as handle:  # signed for real, so only the nesting is wrong
        bundle_module.write_bundle(
            handle, header, identity.school_key, identity.signing_key(), manifest, ["deep"]
        )
    monkeypatch.undo()
    assert "rusak" in _refused(office, deep)

    forged = tmp_path / "palsu.tomoni"
    real = _hostile(laptop, tmp_path, [row], "asli2.tomoni")
    forged.write_bytes(real.read_bytes().replace(b'"sender":"', b'"sender":"0', 1))
    _refused(office, forged)
    assert dump(office) == before


def test_rows_out_of_the_order_every_bundle_is_written_in_are_refused(school, tmp_path):
    """A bundle holds a table at a time, each table's rows by id: the import checks that
    order instead of remembering every row it has seen. Two pupils the wrong way round, or
    pupils again after guardians, are refused and nothing is written."""
    office, laptop = school
    with laptop.engine.connect() as connection:
        identity = load_identity(connection)
        _manifest, rows = protocol.export_payload(connection, identity, full=True)
        every = list(rows)
    pupils = [r for r in every if r["t"] == "students"]
    guardians = [r for r in every if r["t"] == "guardians"]
    assert len(pupils) > 2 and guardians
    before = dump(office)
    backwards = _hostile(laptop, tmp_path, [pupils[1], pupils[0]], "terbalik.tomoni")
    assert "students" in _refused(office, backwards)
    again = _hostile(laptop, tmp_path, [pupils[0], guardians[0], pupils[1]], "siswa-lagi.tomoni")
    assert "students" in _refused(office, again)
    assert dump(office) == before
    in_order = _hostile(laptop, tmp_path, [pupils[0], pupils[1]], "urut.tomoni")
    assert call(office, sync.import_bundle, in_order).report.unchanged == 2


def test_a_stolen_school_key_without_a_certificate_is_refused(school, tmp_path):
    office, laptop = school
    row = _valid_row(laptop)
    with laptop.engine.connect() as connection:
        certificate = dict(load_identity(connection).certificate, name="Penyusup")
    path = _hostile(laptop, tmp_path, [row], "penyusup.tomoni", {"certificate": certificate})
    message = _refused(office, path)
    assert "bukan, atau tidak lagi" in message


def test_a_row_pointing_at_a_pupil_nobody_has_is_refused(school, tmp_path):
    office, laptop = school
    with laptop.engine.connect() as connection:
        identity = load_identity(connection)
        _manifest, rows = protocol.export_payload(connection, identity, full=True)
        guardian = next(r for r in rows if r["t"] == "guardians")
    guardian_id = guardian["id"]
    guardian["id"] = "a" * 32
    guardian["v"]["student_id"] = "b" * 32  # a pupil that exists nowhere
    before = dump(office)
    orphan = _hostile(laptop, tmp_path, [guardian], "yatim.tomoni")
    message = _refused(office, orphan)
    assert "tabel guardians" in message and "Semua data" in message
    assert dump(office) == before
    with pytest.raises(BundleRejected) as caught:  # in a unit that checks each row too
        call(office, sync.import_bundle, orphan)
    assert caught.value.translated(indonesian) == message
    assert dump(office) == before
    # The import's unit left SQLite's check at each row off; the next unit has it again.
    with pytest.raises(IntegrityError), unit_of_work(office) as uow:
        uow.connection.exec_driver_sql(
            "UPDATE guardians SET student_id = ? WHERE id = ?", ("b" * 32, guardian_id)
        )
    assert dump(office) == before


def test_other_rows_under_a_laptops_signature_are_refused(school, tmp_path):
    """A member who holds the school key cannot put its own rows under another laptop's name:
    the signature covers the rows' hash."""
    office, laptop = school
    from tomoni_desktop.sync import bundle as bundle_module

    with laptop.engine.begin() as connection:
        stamp(connection)
        identity = load_identity(connection)
        manifest, rows = protocol.export_payload(connection, identity, full=True)
        rows = list(rows)
    header = Header(identity.school_id, str(uuid.uuid4()), identity.member_id, "0.1.0")
    signatures = []

    class Recording:
        def sign(self, data):
            signatures.append(identity.signing_key().sign(data))
            return signatures[-1]

    genuine = tmp_path / "asli.tomoni"
    with genuine.open("wb") as handle:
        bundle_module.write_bundle(handle, header, identity.school_key, Recording(), manifest, rows)
    forged_rows = json.loads(json.dumps(rows))
    student = next(r for r in forged_rows if r["t"] == "students")
    student["v"]["notes"] = "ditulis orang lain"

    class Replaying:
        def sign(self, _data):
            return signatures[0]  # the genuine signature, over the genuine rows

    forged = tmp_path / "tiruan.tomoni"
    with forged.open("wb") as handle:
        bundle_module.write_bundle(
            handle, header, identity.school_key, Replaying(), manifest, forged_rows
        )
    before = dump(office)
    assert "tidak ditandatangani" in _refused(office, forged)
    assert dump(office) == before
    assert call(office, sync.import_bundle, genuine).report.new == 0  # the genuine one is fine


def test_bytes_written_into_a_text_column_travel_and_are_refused_by_name(school, tmp_path):
    """SQLite lets raw SQL put bytes into a text column. The bundle is still written (only
    file columns are encoded on the usual path; stray bytes are caught as they are written)
    and the reader refuses the row, naming the field."""
    office, laptop = school
    with laptop.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE students SET notes = X'00ff' WHERE id = (SELECT MIN(id) FROM students)"
        )
    bundle = sync.export_bundle(Units(laptop), to=tmp_path / "byte.tomoni")
    assert bundle.rows == 1
    assert "notes" in _refused(office, bundle.path)
