"""A row's sync state, packed: each dot written once per row, fields pointing at it.

In memory a field's siblings are [node, counter, clock, value] lists, which the merge reads.
On disk and in bundles the dots (node, counter, clock) are listed once per row and fields
refer to them by position: a 32-character node id is not repeated for each of 25 fields.

    packed state  {"c": vector, "d": [[node, counter, clock], ...],
                   "f": {field: [shown dot, [dot, value], ...]}, "u": {field: [[dot, value]]}}
    bundle row    {"t": table, "id": id, "c": vector, "d": dots,
                   "f": {field: [[dot, value], ...]}, "o": [fields left out]}
    compact row   {"t": table, "id": id, "c": vector, "d": dots, "v": {field: value},
                   "i": {field: dot, for fields not of dot 0; only with several dots}, "o": …}

A row whose fields hold one value each (every new row, nearly every edited one: only values
written without seeing each other are siblings) travels compact: its values, and which dot
wrote a field when it is not the first, without a list per field. `expanded` gives the
long form's fields.

The shown value of a known field lives in the table itself, so the packed state stores only
its dot; other siblings and fields this version does not know keep their (encoded) values.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from functools import cache
from typing import Any

import orjson

from tomoni_desktop.sync.merge import rank
from tomoni_desktop.sync.tables import encode_value


class _Dots:
    def __init__(self) -> None:
        self.index: dict[tuple[str, int], int] = {}
        self.dots: list[list] = []

    def __call__(self, node: str, counter: int, clock: int) -> int:
        key = (node, counter)
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = len(self.dots)
            self.dots.append([node, counter, clock])
        return found


def pack(state: dict[str, Any]) -> dict[str, Any]:
    dot = _Dots()
    fields = {}
    for name in sorted(state["f"]):  # sorted: equal states pack to equal text everywhere
        siblings = state["f"][name]
        first = siblings[0]
        fields[name] = [
            dot(first[0], first[1], first[2]),
            *([dot(n, c, k), encode_value(v)] for n, c, k, v in siblings[1:]),
        ]
    packed: dict[str, Any] = {"c": state["c"], "d": dot.dots, "f": fields}
    if state.get("u"):
        packed["u"] = {
            name: [[dot(n, c, k), encode_value(v)] for n, c, k, v in siblings]
            for name, siblings in sorted(state["u"].items())
        }
    return packed


def with_shown_values(fields: dict[str, list], row: dict[str, Any]) -> dict[str, list]:
    """Unpacked fields with each shown sibling's value put back from the table's `row`."""
    return {
        name: [[*siblings[0][:3], row.get(name)], *siblings[1:]]
        for name, siblings in fields.items()
    }


def unpack(packed: dict[str, Any], decode) -> dict[str, Any]:
    """The in-memory state; the shown sibling of a known field has no value (it is in the
    table); other values go through `decode`."""
    dots = packed["d"]
    fields = {}
    for name, entries in packed["f"].items():
        fields[name] = [dots[entries[0]], *([*dots[i], decode(v)] for i, v in entries[1:])]
    state: dict[str, Any] = {"c": packed["c"], "f": fields}
    if "u" in packed:
        state["u"] = {
            name: [[*dots[i], decode(v)] for i, v in entries]
            for name, entries in packed["u"].items()
        }
    return state


def wire_row(
    table: str,
    row_id: str,
    packed: dict[str, Any],
    values: dict[str, Any],
    binary: Container[str] = (),
) -> dict:
    """A bundle row straight from a packed state and the row's values: nothing unpacked.
    Only the `binary` columns' values need encoding; the others are JSON as they are."""
    dots, fields, unknown = packed["d"], packed["f"], packed.get("u", {})
    single = len(dots) == 1  # then no field can have a sibling
    if single or (
        all(len(entries) == 1 for entries in fields.values())
        and all(len(entries) == 1 for entries in unknown.values())
    ):
        if binary:
            shown = {n: encode_value(values[n]) if n in binary else values[n] for n in fields}
        else:
            shown = {name: values[name] for name in fields}
        for name, entries in unknown.items():
            shown[name] = entries[0][1]
        row = {"t": table, "id": row_id, "c": packed["c"], "d": dots, "v": shown}
        if not single:
            index = {name: entries[0] for name, entries in fields.items() if entries[0]}
            index.update({n: entries[0][0] for n, entries in unknown.items() if entries[0][0]})
            row["i"] = index
        return row
    long = {
        name: [
            [entries[0], encode_value(values[name]) if name in binary else values[name]],
            *entries[1:],
        ]
        for name, entries in fields.items()
    }
    long.update(unknown)
    return {"t": table, "id": row_id, "c": packed["c"], "d": dots, "f": long}


def left_out(row: dict[str, Any], field: str) -> None:
    """A bundle row without `field`, which the reader already has (a file's content): named
    in "o", and gone from the values and from the dot index, or from the long form."""
    if "v" in row:
        row["v"].pop(field, None)
        row.get("i", {}).pop(field, None)
    else:
        row["f"].pop(field, None)
    row["o"] = [field]


def expanded(values: dict[str, Any], index: dict[str, int]) -> dict[str, list]:
    """A compact row's values (`index`: its "i") as the long form's fields."""
    return {name: [[index.get(name, 0), value]] for name, value in values.items()}


@cache
def first_dot_fields(names: Iterable[str]) -> dict[str, list[int]]:
    """Packed fields each shown by the first dot alone (shared: only ever serialised)."""
    return {name: [0] for name in sorted(names)}


def stored(packed: dict[str, Any], fields: frozenset[str]) -> dict[str, Any]:
    """A packed state as `sync_rows` keeps it. A row one dot wrote whole (every new row,
    most rows for good) keeps no "f": listing its 25 field names was 80 % of its state.
    `fields`: the table's (SyncedTable.field_set, made once, not once a row)."""
    written = packed["f"]
    if (
        len(packed["d"]) == 1  # then every field holds that dot alone
        and "u" not in packed
        and written.keys() == fields
    ):
        return {"c": packed["c"], "d": packed["d"]}
    return packed


def restored(packed: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """A state read from `sync_rows`, "f" put back where `stored` left it out."""
    if "f" not in packed:
        packed["f"] = first_dot_fields(fields)
    return packed


def column_dot(packed: dict[str, Any], fields: frozenset[str]) -> list | None:
    """The dot of a state `stored` keeps small whose context is that dot alone: `sync_rows`
    keeps such a row's dot in columns, with no state text and no context lines."""
    dots, context = packed["d"], packed["c"]
    if len(dots) != 1 or len(context) != 1:
        return None
    dot = dots[0]
    if context.get(dot[0]) != dot[1] or stored(packed, fields) is packed:
        return None
    return dot


def wire_dot(row: dict[str, Any], fields: frozenset[str]) -> list | None:
    """The dot of a checked bundle row whose state, taken as it is, `column_dot` keeps as
    columns (a compact row of one dot, that dot its context, every field and none other),
    found without making the state."""
    dots = row["d"]
    if len(dots) != 1 or "v" not in row or "i" in row or "o" in row:
        return None
    dot = dots[0]
    if row["c"] != {dot[0]: dot[1]} or row["v"].keys() != fields:
        return None
    return dot


def read_stored(
    text: str | None,
    node: str | None,
    counter: int | None,
    clock: int | None,
    fields: tuple[str, ...],
) -> dict[str, Any]:
    """A packed state from a line of `sync_rows`: its text, or its dot's columns."""
    if text is None:
        return {"c": {node: counter}, "d": [[node, counter, clock]], "f": first_dot_fields(fields)}
    return restored(orjson.loads(text), fields)


def packed_from_wire(row: dict[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """The packed state of a checked bundle row, taken as it is (the sender has seen all
    this laptop had of the row): values stay encoded, siblings in shown-first order.
    `known`: the fields this version knows, by name."""
    dots = row["d"]
    fields: dict[str, list] = {}
    unknown: dict[str, list] = {}
    if "v" in row:
        shown, index = row["v"], row.get("i", {})
        if not index and shown.keys() <= known.keys():  # the usual new row: one dot
            return {"c": row["c"], "d": dots, "f": first_dot_fields(tuple(shown))}
        for name, value in shown.items():
            if name in known:
                fields[name] = [index.get(name, 0)]
            else:
                unknown[name] = [[index.get(name, 0), value]]
    else:
        for name, entries in row["f"].items():
            if len(entries) > 1:
                entries = sorted(entries, key=lambda e: rank(dots[e[0]]), reverse=True)
            if name in known:
                fields[name] = [entries[0][0], *entries[1:]]
            else:
                unknown[name] = entries
    packed: dict[str, Any] = {"c": row["c"], "d": dots, "f": fields}
    if unknown:
        packed["u"] = unknown
    return packed
