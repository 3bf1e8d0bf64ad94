from __future__ import annotations

import uuid

import pytest

from tomoni_desktop.core import ids


def test_new_ids_are_time_ordered_uuid7_and_unique():
    made = [ids.new_id() for _ in range(1000)]
    assert len(set(made)) == 1000
    assert all(value.version == 7 for value in made)
    assert made == sorted(made)


def test_the_same_real_world_key_gives_the_same_id_on_any_laptop():
    school = ids.school_id("40312345")
    assert school == ids.school_id(" 40312345 ")
    assert ids.student_id_for_nisn(school, "0123456789") == ids.student_id_for_nisn(
        school, "0123456789"
    )
    assert ids.student_id_for_nisn(school, "0123456789") != ids.student_id_for_nisn(
        ids.school_id("40399999"), "0123456789"
    )
    assert isinstance(school, uuid.UUID) and school.version == 5


@pytest.mark.parametrize(
    "name", ["VII A", "7A", "VII-A", "Kelas VII A", "kelas 7 a", "VII_A", "7 A"]
)
def test_ways_of_writing_a_class_are_one_class(name):
    assert ids.class_key(7, name) == "7A"
    year = ids.school_year_id(ids.school_id("40312345"), "2025/2026")
    assert ids.class_id(year, 7, name) == ids.class_id(year, 7, "VII A")


def test_different_classes_stay_apart():
    assert ids.class_key(7, "VII A") != ids.class_key(7, "VII B")
    assert ids.class_key(8, "VIII A") != ids.class_key(7, "VII A")
    assert ids.class_key(8, "VIII A") == "8A"
    assert ids.class_key(9, "IX Unggulan") == "9UNGGULAN"
