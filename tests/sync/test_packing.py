"""Bundle rows made from packed states: compact or long, and a file's content left out."""

from __future__ import annotations

import hashlib

import orjson

from tomoni_desktop.sync.exchange import _check_row
from tomoni_desktop.sync.packing import first_dot_fields, left_out, restored, stored, wire_row
from tomoni_desktop.sync.tables import synced_tables

OFFICE, LAPTOP = "a" * 32, "b" * 32


def _stored_file(content_dot: int) -> tuple[dict, dict]:
    """A stored file's packed state whose content was written by dot `content_dot` and its
    name by the other, and the row's values."""
    table = synced_tables()["stored_files"]
    dots = [[OFFICE, 3, 1000], [LAPTOP, 5, 2000]]
    fields = {name: [1 - content_dot] for name in table.fields}
    fields["content"] = [content_dot]
    content = b"%PDF-1.4 lembar kerja"
    values = {name: None for name in table.fields}
    values.update(
        content=content,
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
        media_type="application/pdf",
        original_name="ipa.pdf",
        created_at="2026-11-30 08:00:00.000000",
        updated_at="2026-11-30 08:00:00.000000",
    )
    return {"c": {OFFICE: 3, LAPTOP: 5}, "d": dots, "f": fields}, values


def test_a_file_left_out_leaves_no_trace_in_a_compact_rows_dot_index():
    for content_dot in (0, 1):
        packed, values = _stored_file(content_dot)
        row = wire_row("stored_files", "c" * 32, packed, values, frozenset({"content"}))
        assert "v" in row and "i" in row  # two dots, one value a field: compact
        left_out(row, "content")
        assert row["o"] == ["content"] and "content" not in row["v"]
        assert "content" not in row["i"]
        table, shown = _check_row(row, synced_tables(), "kantor.tomoni")  # not refused
        assert table.name == "stored_files" and shown["original_name"] == "ipa.pdf"


def test_a_row_one_dot_wrote_whole_is_stored_without_its_field_names():
    """`sync_rows` keeps such a state as its context and dot alone; reading it back gives
    every field of the table at that dot, as the merge and the export read it."""
    table = synced_tables()["students"]
    whole = {"c": {OFFICE: 7}, "d": [[OFFICE, 7, 99]], "f": first_dot_fields(table.fields)}
    kept = stored(whole, table.field_set)
    assert kept == {"c": {OFFICE: 7}, "d": [[OFFICE, 7, 99]]}
    assert restored(orjson.loads(orjson.dumps(kept)), table.fields) == whole


def test_a_state_with_more_than_its_one_dot_keeps_its_field_names():
    table = synced_tables()["students"]
    fields = dict(first_dot_fields(table.fields))
    two_dots = {"c": {OFFICE: 7, LAPTOP: 2}, "d": [[OFFICE, 7, 99], [LAPTOP, 2, 98]]}
    edited = dict(two_dots, f=dict(fields, village=[1]))  # the laptop wrote the village
    concurrent = dict(two_dots, f=dict(fields, village=[0, [1, "Wawondula"]]))
    short = {"c": {OFFICE: 7}, "d": [[OFFICE, 7, 99]], "f": {"full_name": [0]}}  # an old sender
    unknown = dict(short, f=fields, u={"hobby": [[0, "sepak bola"]]})  # a newer one
    for state in (edited, concurrent, short, unknown):
        assert stored(state, table.field_set) is state
        assert restored(orjson.loads(orjson.dumps(state)), table.fields) == state
