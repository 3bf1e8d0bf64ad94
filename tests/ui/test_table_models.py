"""The shared table model and search proxy, tested without any widget."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt

from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import ROW_ROLE, Column, RowTableModel


@dataclass(frozen=True)
class Pupil:
    name: str
    level: int
    klass: str
    born: date


ROWS = [
    Pupil("Ni Putu Ayu Lestari", 9, "IX A", date(2012, 3, 1)),
    Pupil("andi Baso", 7, "VII B", date(2014, 1, 2)),
    Pupil("Yohanis Rante", 8, "VIII A", date(2013, 5, 6)),
    Pupil("Budi Santoso", 7, "VII A", date(2014, 7, 8)),
]
COLUMNS = [
    Column(lambda: "Name", lambda p: p.name),
    Column(lambda: "Class", lambda p: p.klass, lambda p: (p.level, p.klass)),
    Column(
        lambda: "Born",
        lambda p: p.born.strftime("%d-%m-%Y"),
        lambda p: p.born.toordinal(),
        numeric=True,
    ),
]


def make(qapp):
    model = RowTableModel(COLUMNS)
    model.set_rows(ROWS)
    proxy = SearchProxy(model, lambda p: f"{p.name} {p.klass}")
    return model, proxy


def names(proxy):
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_model_shape_headers_and_roles(qapp):
    model, _ = make(qapp)
    assert (model.rowCount(), model.columnCount()) == (4, 3)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Class"
    assert model.index(2, 2).data() == "06-05-2013"
    assert model.index(2, 0).data(ROW_ROLE) is ROWS[2]
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) is not None


def test_sorting_uses_raw_values_and_ignores_case(qapp):
    _, proxy = make(qapp)
    proxy.sort(0)
    assert names(proxy) == ["andi Baso", "Budi Santoso", "Ni Putu Ayu Lestari", "Yohanis Rante"]
    proxy.sort(1)
    assert [proxy.index(r, 1).data() for r in range(4)] == ["VII A", "VII B", "VIII A", "IX A"]
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert names(proxy)[0] == "Budi Santoso"


def test_search_ignores_case_and_extra_spaces(qapp):
    _, proxy = make(qapp)
    proxy.set_search("  PUTU   ayu ")
    assert names(proxy) == ["Ni Putu Ayu Lestari"]
    proxy.set_search("vii")
    assert sorted(names(proxy)) == ["Budi Santoso", "Yohanis Rante", "andi Baso"]
    proxy.set_search("")
    assert proxy.rowCount() == 4


def test_search_and_predicate_combine_and_survive_new_rows(qapp):
    model, proxy = make(qapp)
    proxy.set_predicate(lambda p: p.level == 7)
    proxy.set_search("budi")
    assert names(proxy) == ["Budi Santoso"]
    model.set_rows([*ROWS, Pupil("Budi Hartono", 7, "VII C", date(2014, 2, 2))])
    assert sorted(names(proxy)) == ["Budi Hartono", "Budi Santoso"]
    assert len(proxy.visible_rows()) == 2


def test_rows_added_changed_and_removed_one_at_a_time_keep_the_order(qapp):
    model, proxy = make(qapp)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)  # youngest first
    resets, inserted, removed = [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, first, _last: inserted.append(first))
    model.rowsRemoved.connect(lambda _p, first, _last: removed.append(first))
    newest = Pupil("Dewi Lestari", 7, "VII C", date(2014, 3, 3))
    oldest = Pupil("Agus Setiawan", 9, "IX B", date(2011, 1, 1))
    assert model.add_row(newest) == 1  # after Budi (2014-07-08), before andi (2014-01-02)
    assert model.add_row(oldest) == 5
    assert names(proxy) == [
        "Budi Santoso",
        "Dewi Lestari",
        "andi Baso",
        "Yohanis Rante",
        "Ni Putu Ayu Lestari",
        "Agus Setiawan",
    ]
    renamed = Pupil("Dewi Lestari Putri", 7, "VII C", date(2014, 3, 3))
    model.replace_row(newest, renamed)
    assert names(proxy)[1] == "Dewi Lestari Putri"
    assert model.remove_where(lambda p: p.level == 9) == 2
    assert names(proxy) == ["Budi Santoso", "Dewi Lestari Putri", "andi Baso", "Yohanis Rante"]
    assert resets == [] and inserted == [1, 5] and sorted(removed) == [4, 5]
