"""`tomoni hub serve --db postgresql://…`: a server's database joins the school with
`tomoni sync join` and serves laptops, all from the command line."""

from __future__ import annotations

from tests.hub.postgres import new_database
from tests.hub.serving import hub_process
from tests.sync.helpers import PASSPHRASE, make_office
from tests.test_cli import assert_one_clear_line, run
from tests.test_cli_sync import _dump


def test_a_postgresql_hub_joins_serves_and_hands_the_office_to_a_laptop(capsys, tmp_path, cluster):
    hub = new_database(cluster)
    secret = tmp_path / "frasa.txt"
    secret.write_text(PASSPHRASE + "\n")
    office, laptop = tmp_path / "kantor.sqlite3", tmp_path / "laptop.sqlite3"
    assert run(capsys, "demo", "--db", str(office), "--students", "20")[0] == 0
    for arguments in (
        ("sync", "init-school", "--db", str(office)),
        ("sync", "invite", "--db", str(office), "--out", str(tmp_path / "hub.join")),
        ("sync", "join", str(tmp_path / "hub.join"), "--db", hub),
        ("sync", "invite", "--db", str(office), "--out", str(tmp_path / "laptop.join")),
        ("sync", "join", str(tmp_path / "laptop.join"), "--db", str(laptop)),
    ):
        assert run(capsys, *arguments, "--passphrase-file", str(secret))[0] == 0
    with hub_process("--db", hub) as url:
        code, out, _ = run(capsys, "sync", "push", "--db", str(office), "--hub", url)
        assert code == 0 and url in out
        code, out, _ = run(capsys, "sync", "pull", "--db", str(laptop), "--hub", url)
        assert code == 0 and " 0 konflik" in out
    assert _dump(laptop) == _dump(office)


def test_a_database_the_server_does_not_have_is_named_in_one_clear_line(capsys, cluster):
    missing = cluster.rsplit("/", 1)[0] + "/tidak_ada"
    code, _, err = run(capsys, "sync", "laptops", "--db", missing)
    assert code != 0
    assert_one_clear_line(err)
    assert "tidak dapat dibuka" in err and "tidak_ada" in err


def test_a_district_hub_adds_two_schools_serves_both_and_prints_its_report(
    capsys, tmp_path, cluster
):
    district = new_database(cluster)
    secret = tmp_path / "frasa.txt"
    secret.write_text(PASSPHRASE + "\n")
    offices = []
    for number in (1, 2):
        folder = tmp_path / f"sekolah{number}"
        office = make_office(
            folder, students=8, seed=number, npsn=f"9999000{number}", name=f"SMP Uji {number}"
        )
        office.close()
        offices.append(folder / "kantor.sqlite3")
        join = folder / "kabupaten.join"
        code, _, _ = run(
            capsys, "sync", "invite", "--db", str(offices[-1]), "--out", str(join),
            "--passphrase-file", str(secret),
        )  # fmt: skip
        assert code == 0
        code, out, _ = run(
            capsys, "hub", "add-school", "--db", district, str(join),
            "--passphrase-file", str(secret),
        )  # fmt: skip
        assert code == 0 and f"SMP Uji {number} sekarang bersinkronisasi" in out
    with hub_process("--district", "--db", district) as url:
        for office in offices:
            code, out, _ = run(capsys, "sync", "push", "--db", str(office), "--hub", url)
            assert code == 0, out
    pdf = tmp_path / "kabupaten.pdf"
    code, out, _ = run(capsys, "hub", "report", "--db", district, "--out", str(pdf))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["Sekolah", "Siswa"]
    assert [line.split()[:3] for line in lines[1:3]] == [["SMP", "Uji", "1"], ["SMP", "Uji", "2"]]
    assert all(line.split()[3] == "8" for line in lines[1:3])  # each school's own pupils
    assert pdf.stat().st_size > 1000


def test_serving_a_district_that_holds_no_school_says_what_to_do(capsys, cluster):
    code, _, err = run(capsys, "hub", "serve", "--district", "--db", new_database(cluster))
    assert code != 0
    assert_one_clear_line(err)
    assert "tomoni hub add-school" in err


def test_a_copy_without_postgresqls_driver_says_how_to_get_it(capsys, monkeypatch):
    """The laptop's frozen build leaves psycopg out: a postgresql:// address is answered with
    what to install, not a traceback."""
    import tomoni_desktop.core.postgres as postgres

    def no_driver(*_url_and_connections):
        raise ModuleNotFoundError("No module named 'psycopg'")

    monkeypatch.setattr(postgres, "make_server_engine", no_driver)
    code, _, err = run(capsys, "hub", "serve", "--db", "postgresql://tomoni@127.0.0.1/sekolah")
    assert code != 0
    assert_one_clear_line(err)
    assert "pip install tomoni-desktop[hub]" in err
