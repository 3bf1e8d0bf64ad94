"""What `tomoni db status` reports about a database file, read without changing it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from tomoni_desktop.core.database import Database, require_tomoni_file
from tomoni_desktop.core.migrate import HEAD_REVISION, check_not_newer, current_revision
from tomoni_desktop.core.models import Base, School
from tomoni_desktop.core.node import current_node_id


@dataclass(frozen=True)
class DatabaseStatus:
    path: Path
    revision: str | None
    head: str
    node_id: str | None
    school: str
    row_counts: dict[str, int]


def database_status(path: Path) -> DatabaseStatus:
    from tomoni_desktop.core.health import require_healthy

    require_healthy(path)  # a damaged file is said to be damaged, not counted
    require_tomoni_file(path)
    database = Database.open(path.resolve())
    try:
        revision = current_revision(database.engine)
        check_not_newer(revision, path)
        counts: dict[str, int] = {}
        node = None
        school = ""
        if revision == HEAD_REVISION:
            with database.session() as session:
                for table in Base.metadata.sorted_tables:
                    query = select(func.count()).select_from(table)
                    if "deleted_at" in table.c:
                        query = query.where(table.c.deleted_at.is_(None))
                    counts[table.name] = session.scalar(query) or 0
                node_id = current_node_id(session)
                node = str(node_id) if node_id else None
                first = session.scalars(select(School)).first()
                school = f"{first.name} (NPSN {first.npsn})" if first else ""
        return DatabaseStatus(path.resolve(), revision, HEAD_REVISION, node, school, counts)
    finally:
        database.close()
