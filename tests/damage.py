"""Damaging a real database file the ways schools see it: a bad page (a failing stick or
disk), a file cut short (a copy interrupted), the first page zeroed (power lost mid-write)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def _page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def _first_leaf(data: bytes, size: int, page: int) -> int:
    """Down the table's b-tree from its root by the leftmost child, to a leaf page."""
    while True:
        start = (page - 1) * size
        header = start + (100 if page == 1 else 0)
        if data[header] != 0x05:  # not an interior table page: a leaf
            return page
        first_cell = int.from_bytes(data[header + 12 : header + 14], "big")
        page = int.from_bytes(data[start + first_cell : start + first_cell + 4], "big")


def damage_table_page(path: Path, table: str) -> None:
    """Overwrite a leaf page of the table (the rows on it) with bytes no b-tree page has."""
    size = _page_size(path)
    with sqlite3.connect(path) as connection:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    data = bytearray(path.read_bytes())
    leaf = _first_leaf(bytes(data), size, root)
    start = (leaf - 1) * size
    data[start : start + 12] = b"\x0d" + b"\xff" * 11
    data[start + size // 4 : start + size // 2] = b"\xa5" * (size // 4)
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 123])


def zero_schema_page(path: Path) -> None:
    size = _page_size(path)
    data = bytearray(path.read_bytes())
    data[:size] = bytes(size)
    path.write_bytes(bytes(data))
