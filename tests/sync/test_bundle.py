"""The bundle container: round trip, and every kind of damage refused before any row is read."""

from __future__ import annotations

import hashlib
import io
import os
import random
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from tomoni_desktop.core.i18n import translator
from tomoni_desktop.sync.bundle import (
    CHUNK,
    MAGIC,
    BundleRejected,
    Header,
    _lines,
    _Parts,
    open_bundle,
    write_bundle,
    write_bundle_file,
)

SCHOOL = "d2bca7d0-4cd6-5c18-8a95-0bfeccc0234a"
indonesian = translator("id")

OFFICE_ON_BOTH_ENGINES = True  # conftest.py: the office in SQLite, then in PostgreSQL


@pytest.fixture
def keys():
    return os.urandom(32), Ed25519PrivateKey.generate()


def rows(count: int):
    for n in range(count):
        yield {
            "table": "students",
            "id": str(uuid.UUID(int=n)),
            "full_name": f"Siswa {n} Ma'ruf é",
            "n": n,
        }


def make(tmp_path, keys, count=3000, name="bundle.tomoni"):
    school_key, signing = keys
    header = Header(SCHOOL, str(uuid.uuid4()), "laptop-a", "0.1.0")
    path = tmp_path / name
    written = write_bundle_file(
        path, header, school_key, signing, {"rows": count, "min_reader": 1}, rows(count)
    )
    assert written == count
    return path


def opened(path, keys, school=SCHOOL, public=None):
    school_key, signing = keys
    key = public if public is not None else signing.public_key()
    return open_bundle(path, school, school_key, lambda *_: key)


def test_round_trip_over_many_chunks(tmp_path, keys):
    path = make(tmp_path, keys)
    assert path.stat().st_size > 3 * CHUNK  # several chunks
    bundle = opened(path, keys)
    assert bundle.manifest == {"rows": 3000, "min_reader": 1}
    assert bundle.header.sender == "laptop-a"
    assert list(bundle.rows()) == list(rows(3000))
    assert not list(tmp_path.glob("*.partial"))


def test_the_header_is_readable_without_the_key(tmp_path, keys):
    path = make(tmp_path, keys, 10)
    head = path.read_bytes()[:400]
    assert head.startswith(MAGIC) and SCHOOL.encode() in head and b"laptop-a" in head
    assert b"Siswa" not in path.read_bytes()  # the children's names are not readable


def expect_rejected(path, keys, **kwargs) -> str:
    with pytest.raises(BundleRejected) as caught:
        bundle = opened(path, keys, **kwargs)
        list(bundle.rows())
    return caught.value.translated(indonesian)


def test_a_thousand_flipped_bytes_and_cuts_are_all_refused(tmp_path, keys):
    original = make(tmp_path, keys, 400).read_bytes()
    rng = random.Random(11)
    target = tmp_path / "damaged.tomoni"
    for trial in range(1000):
        data = bytearray(original)
        if trial % 4 == 3:
            data = data[: rng.randrange(0, len(data))]  # pulled out of the laptop mid-copy
        else:
            position = rng.randrange(len(data))
            data[position] ^= 1 << rng.randrange(8)
        target.write_bytes(bytes(data))
        message = expect_rejected(target, keys)
        assert "damaged.tomoni" in message or "bukan bundel" in message or "sekolah lain" in message


def split_chunks(data: bytes):
    import struct

    start = data.index(b"\n", len(MAGIC)) + 1 + 4  # after the header line and the nonce prefix
    head, chunks, position = data[:start], [], start
    while position < len(data):
        (size,) = struct.unpack(">I", data[position : position + 4])
        chunks.append(data[position : position + 4 + size])
        position += 4 + size
    return head, chunks


def test_chunks_swapped_dropped_or_something_appended(tmp_path, keys):
    path = make(tmp_path, keys, 3000)
    data = path.read_bytes()
    head, chunks = split_chunks(data)
    assert len(chunks) >= 3 and head + b"".join(chunks) == data
    for name, body in (
        ("swapped.tomoni", [chunks[1], chunks[0], *chunks[2:]]),
        ("dropped.tomoni", [chunks[0], *chunks[2:]]),
        ("cut-at-a-chunk.tomoni", chunks[:-1]),
    ):
        (tmp_path / name).write_bytes(head + b"".join(body))
        message = expect_rejected(tmp_path / name, keys)
        assert name in message
    (tmp_path / "appended.tomoni").write_bytes(data + b"extra")
    assert "rusak atau tidak lengkap" in expect_rejected(tmp_path / "appended.tomoni", keys)


def test_another_school_another_key_an_unknown_or_forged_sender(tmp_path, keys):
    path = make(tmp_path, keys, 20)
    assert "milik sekolah lain" in expect_rejected(path, keys, school=str(uuid.uuid4()))
    other_key = (os.urandom(32), keys[1])
    with pytest.raises(BundleRejected) as caught:
        open_bundle(path, SCHOOL, other_key[0], lambda *_: keys[1].public_key())
    assert "kunci sekolah lain" in caught.value.translated(indonesian)
    with pytest.raises(BundleRejected) as caught:
        open_bundle(path, SCHOOL, keys[0], lambda *_: None)
    assert "bukan, atau tidak lagi," in caught.value.translated(indonesian)
    forged = Ed25519PrivateKey.generate().public_key()
    assert "tidak ditandatangani" in expect_rejected(path, keys, public=forged)


def test_not_a_bundle_and_a_newer_format(tmp_path, keys):
    other = tmp_path / "foto.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 100)
    assert expect_rejected(other, keys) == "foto.jpg bukan bundel sinkronisasi Tomoni."
    path = make(tmp_path, keys, 5)
    data = path.read_bytes().replace(b'"format":2', b'"format":9', 1)
    newer = tmp_path / "baru.tomoni"
    newer.write_bytes(data)
    assert "versi Tomoni Desktop yang lebih baru" in expect_rejected(newer, keys)


def test_a_bundle_is_written_streaming(keys):
    school_key, signing = keys
    header = Header(SCHOOL, str(uuid.uuid4()), "laptop-a", "0.1.0")
    out = io.BytesIO()

    def endless_check():
        for n, row in enumerate(rows(5000)):
            # by row 4000 most of the body must already be out: rows are not held back
            if n == 4000:
                assert out.tell() > 2 * CHUNK
            yield row

    assert write_bundle(out, header, school_key, signing, {}, endless_check()) == 5000


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")), max_size=30),
    cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=12),
)
def test_a_bodys_lines_read_a_chunk_at_a_time_are_the_lines_hashed_one_by_one(lines, cuts):
    """The rows, their count and hash, the manifest and the trailer, wherever the chunks
    cut the lines (inside a line, at its end, empty chunks): as read a line at a time."""
    body = b"".join(line + b"\n" for line in lines)
    edges = sorted({min(cut, len(body)) for cut in cuts} | {0, len(body)})
    chunks = iter([body[a:b] for a, b in zip(edges, edges[1:], strict=False)])
    parts = _Parts(_lines(chunks, "uji.tomoni"))
    rows = list(parts.rows())
    manifest, *rest = lines or [None]
    expected_rows = rest[:-1]
    assert parts.manifest == manifest and rows == expected_rows
    assert parts.trailer == (rest[-1] if rest else None)
    assert parts.count == len(expected_rows)
    assert (
        parts.digest.digest()
        == hashlib.sha256(b"".join(row + b"\n" for row in expected_rows)).digest()
    )
