"""Joining a school with a join file and the passphrase; the office's list of removed laptops."""

from __future__ import annotations

import json
import uuid

import pytest

from tomoni_desktop.core.errors import TomoniError, ValidationError
from tomoni_desktop.core.i18n import translator
from tomoni_desktop.sync.keys import (
    JoinRefused,
    new_school_secrets,
    read_join_file,
    sign_removed,
    verify_removed,
    write_join_file,
)

SCHOOL = str(uuid.UUID("d2bca7d0-4cd6-5c18-8a95-0bfeccc0234a"))
PASSPHRASE = "kebun kakao di tepi sungai"
indonesian = translator("id")

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


def test_join_with_the_file_and_the_passphrase(tmp_path):
    secrets, _office = new_school_secrets(SCHOOL, "SMP Negeri 1 Tomoni")
    path = tmp_path / "gabung.tomoni-join"
    write_join_file(path, secrets, PASSPHRASE)
    text = path.read_text()
    assert PASSPHRASE not in text and secrets.school_key.hex() not in text
    assert read_join_file(path, PASSPHRASE) == secrets


def test_wrong_passphrase_damaged_or_foreign_file(tmp_path):
    secrets, _office = new_school_secrets(SCHOOL, "SMP Negeri 1 Tomoni")
    path = tmp_path / "gabung.tomoni-join"
    write_join_file(path, secrets, PASSPHRASE)
    with pytest.raises(JoinRefused) as caught:
        read_join_file(path, "kebun kakao di tepi danau")
    assert (
        caught.value.translated(indonesian)
        == "Frasa sandi sekolah tidak cocok untuk gabung.tomoni-join."
    )
    document = json.loads(path.read_text())
    document["school_id"] = str(uuid.uuid4())  # the school named in the file was changed
    path.write_text(json.dumps(document))
    with pytest.raises(JoinRefused):
        read_join_file(path, PASSPHRASE)
    for content in ("bukan json", json.dumps({"kind": "something-else"}), ""):
        path.write_text(content)
        with pytest.raises(JoinRefused) as caught:
            read_join_file(path, PASSPHRASE)
        assert "bukan berkas gabung Tomoni" in caught.value.translated(indonesian)


def test_a_short_passphrase_is_refused(tmp_path):
    secrets, _office = new_school_secrets(SCHOOL, "SMP Negeri 1 Tomoni")
    with pytest.raises(ValidationError) as caught:
        write_join_file(tmp_path / "x", secrets, "tomoni")
    assert caught.value.field == "passphrase"
    assert not (tmp_path / "x").exists()


def test_the_list_of_removed_laptops_is_signed_by_the_office():
    secrets, office = new_school_secrets(SCHOOL, "SMP Negeri 1 Tomoni")
    document = sign_removed(office, SCHOOL, ["laptop-b", "laptop-a", "laptop-b"])
    assert verify_removed(secrets.office_public_key, SCHOOL, document) == ["laptop-a", "laptop-b"]
    tampered = {**document, "removed": ["laptop-a"]}  # someone un-removed laptop-b
    with pytest.raises(TomoniError):
        verify_removed(secrets.office_public_key, SCHOOL, tampered)
    other_secrets, other_office = new_school_secrets(str(uuid.uuid4()), "Sekolah lain")
    with pytest.raises(TomoniError):
        verify_removed(secrets.office_public_key, SCHOOL, sign_removed(other_office, SCHOOL, ["x"]))
    with pytest.raises(TomoniError):
        verify_removed(secrets.office_public_key, other_secrets.school_id, document)
