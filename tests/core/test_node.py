"""A node id per installation; a copied or restored database becomes a new node."""

from __future__ import annotations

import shutil

from tomoni_desktop.core.lifecycle import open_for_use
from tomoni_desktop.core.node import PREVIOUS_NODES_KEY, current_node_id, node_file
from tomoni_desktop.core.settings import get_value
from tomoni_desktop.core.unit_of_work import unit_of_work


def node_of(path):
    opened = open_for_use(path)
    try:
        with unit_of_work(opened.database) as uow:
            session = uow.session
            return current_node_id(session), get_value(session, PREVIOUS_NODES_KEY)
    finally:
        opened.database.close()


def test_the_node_id_stays_while_database_and_file_agree(db_path, database):
    database.close()
    first, _ = node_of(db_path)
    again, _ = node_of(db_path)
    assert first == again
    assert node_file(db_path).read_text().split()[0] == str(first)


def test_a_copied_database_becomes_a_new_node(tmp_path, db_path, database):
    database.close()
    original, _ = node_of(db_path)
    copy = tmp_path / "copy" / "school.sqlite3"
    copy.parent.mkdir()
    shutil.copy2(db_path, copy)  # copied without the file beside it
    copied, previous = node_of(copy)
    assert copied != original
    assert previous == str(original)
    assert node_of(db_path)[0] == original  # the original laptop keeps its id


def test_a_node_file_that_disagrees_makes_a_new_node(db_path, database):
    database.close()
    original, _ = node_of(db_path)
    node_file(db_path).write_text("00000000-0000-0000-0000-000000000000")
    assert node_of(db_path)[0] != original
