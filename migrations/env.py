"""Alembic environment: the app passes its own connection in; developers may use alembic.ini."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from tomoni_desktop.core.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        transaction_per_migration=True,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    # Developer use (`alembic revision --autogenerate`): no fileConfig(), so logging stays ours.
    from tomoni_desktop.core.database import make_engine  # noqa: F401 - pragmas for SQLite

    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Tomoni migrations run online only")
run_migrations_online()
