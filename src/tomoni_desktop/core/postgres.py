"""The hub's database on PostgreSQL (design/sync.md, "Outgrowing USB sticks"): the same
models and Alembic migrations as a laptop's SQLite file, opened from a URL.

Sync's own SQL is written once, with SQLite's `?` placeholders; the engine made here turns
them into psycopg's `%s` as each statement is sent, so no statement is written twice. The
files a laptop keeps beside its database (the node file) are kept for a hub in the data
folder, under a name made from the URL.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, DatabaseError

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SQLAlchemy is imported where it is used: the CLI asks `is_server_url` of every --db

SCHEMES = ("postgresql", "postgres")


def is_server_url(text: str | Path) -> bool:
    """`postgresql://…` (any driver) rather than a file's path."""
    if isinstance(text, Path):
        return False
    scheme = text.split("://", 1)[0] if "://" in text else ""
    return scheme.split("+", 1)[0] in SCHEMES


def engine_url(text: str) -> str:
    """The URL with the driver this app ships (psycopg 3), whatever the person typed."""
    scheme, rest = text.split("://", 1)
    if "+" not in scheme:
        scheme = "postgresql+psycopg"
    return f"{scheme.replace('postgres+', 'postgresql+')}://{rest}"


def side_path(url: str) -> Path:
    """Where the files a SQLite database keeps beside itself live for this server database
    (a path that is never a file itself: only `<it>.node` and the like are written)."""
    from sqlalchemy.engine import make_url

    from tomoni_desktop.core.paths import data_dir

    parsed = make_url(engine_url(url))
    name = f"{parsed.host or 'local'}_{parsed.port or 5432}_{parsed.database or ''}"
    schema = schema_in(url)
    if schema:  # a school of a district hub: a node of its own
        name += f"_{schema}"
    folder = data_dir() / "hubs"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / re.sub(r"[^A-Za-z0-9_.-]", "_", name)


SEARCH_PATH = "-csearch_path="


def with_schema(url: str, schema: str) -> str:
    """The URL of one schema of a database (a school of a district hub): its connections
    find that schema's tables first, and make theirs there."""
    from sqlalchemy.engine import make_url

    parsed = make_url(engine_url(url)).update_query_dict({"options": SEARCH_PATH + schema})
    return parsed.render_as_string(hide_password=False)


def schema_in(url: str) -> str | None:
    from sqlalchemy.engine import make_url

    options = make_url(engine_url(url)).query.get("options")
    if isinstance(options, str) and options.startswith(SEARCH_PATH):
        return options[len(SEARCH_PATH) :]
    return None


def _qmark_to_format(_connection, _cursor, statement, parameters, context, _executemany):
    """Sync's raw statements use `?`; psycopg takes `%s` (and a literal % doubled). SQL that
    SQLAlchemy compiled is psycopg's already and is left alone."""
    if context is not None and context.compiled is None:
        statement = statement.replace("%", "%%").replace("?", "%s")
    return statement, parameters


def make_server_engine(url: str, connections: int = 5) -> Engine:
    """`connections`: how many it keeps open (a district's many schools keep one each, so
    that their sum stays inside the server's max_connections)."""
    from sqlalchemy import create_engine, event

    # hide_parameters: as on a laptop, a failing statement's values stay out of the log
    engine = create_engine(
        engine_url(url),
        hide_parameters=True,
        pool_pre_ping=True,
        pool_size=connections,
        max_overflow=2 * connections,
    )
    event.listen(engine, "before_cursor_execute", _qmark_to_format, retval=True)
    return engine


def unreachable(url: str, reason: str) -> DatabaseError:
    from sqlalchemy.engine import make_url

    return DatabaseError(
        QT_TRANSLATE_NOOP("errors", "Cannot open the database at {url}: {reason}"),
        url=make_url(engine_url(url)).render_as_string(hide_password=True),
        reason=reason,
    )


def no_server_driver() -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This copy of Tomoni Desktop cannot open a PostgreSQL database. Install it with "
            "its hub part: pip install tomoni-desktop[hub]",
        )
    )
