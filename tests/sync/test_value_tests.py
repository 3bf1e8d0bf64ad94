"""One rule per kind of column: a row tested whole (one call) says what its fields tested
one by one say, for every synced table and values near every edge."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tomoni_desktop.sync.tables import synced_tables

EDGES = [
    None,
    0,
    1,
    2,
    -1,
    True,
    False,
    2**15,
    2**31 - 1,
    2**31,
    -(2**31),
    -(2**31) - 1,
    2**63 - 1,
    2**63,
    1.5,
    float("nan"),
    "",
    "a",
    "A" * 16,
    "A" * 101,
    "A" * 301,
    "0" * 32,
    "f" * 32,
    "F" * 32,
    "0" * 31,
    "0" * 32 + "\n",
    "2026-09-15",
    "2026-9-15",
    "2026-09-15\n",
    "2026-09-15 08:00:00",
    "2026-09-15 08:00:00.123456",
    "2026-09-15T08:00:00",
    "hadir",
    "sakit",
    "L",
    "P",
    b"",
    b"abc",
    [],
    {},
    {"$b": "AAAA"},
]
TABLES = list(synced_tables().values())


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_row_tested_whole_agrees_with_its_fields_tested_one_by_one(data):
    table = data.draw(st.sampled_from(TABLES))
    fields = table.fields
    enums = [value for column in table.table.columns for value in getattr(column.type, "enums", ())]
    values = data.draw(
        st.lists(st.sampled_from(EDGES + enums), min_size=len(fields), max_size=len(fields))
    )
    row = dict(zip(fields, values, strict=True))
    one_by_one = all(table.checks[name](value) for name, value in row.items())
    assert table.whole_and_valid(row) == one_by_one


def test_every_table_has_rows_that_pass_and_rows_that_fail_whole():
    """The edges reach both answers for every field of every table (so the test above is
    not vacuous), and one failing field fails the row."""
    for table in TABLES:
        columns = {c.name: c for c in table.table.columns}
        passing = {}
        for name in table.fields:
            choices = [*getattr(columns[name].type, "enums", ()), *EDGES]
            passing[name] = next(v for v in choices if table.checks[name](v))
        assert table.whole_and_valid(passing), table.name
        for name in table.fields:
            failing = next(v for v in EDGES if not table.checks[name](v))
            assert not table.whole_and_valid({**passing, name: failing}), (table.name, name)
