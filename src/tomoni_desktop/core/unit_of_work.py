"""The use case is the unit of work: one transaction, opened, committed or rolled back here only.

Every service takes a `UnitOfWork` and never commits. The GUI's background runner and the CLI
call `run_unit` (or open `unit_of_work`), so a use case of several steps applies whole or not
at all, the same from both faces. The operation itself says which areas it changed (Anki's
`OpChanges`): a service calls `uow.changed(Area.STUDENTS)`, and the pages redraw from that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from tomoni_desktop.core import access
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.database import (
    ISSUED_INFO,
    REFERENCES_AT_END,
    WRITES,
    translate_sqlite_error,
)
from tomoni_desktop.core.node import note_committed_counter

if TYPE_CHECKING:
    from tomoni_desktop.core.database import Database

T = TypeVar("T")


@dataclass
class UnitOfWork:
    """One transaction: the ORM session, the raw connection of that same transaction, and
    what the use case changed. Services read and write through it and never commit."""

    database: Database
    session: Session
    changes: set[Area] = field(default_factory=set)
    discard: bool = False  # a dry run: the owner rolls back instead of committing

    @property
    def connection(self) -> Connection:
        """The session's own connection; pending ORM writes are flushed so raw SQL sees them."""
        self.session.flush()
        return self.session.connection()

    def changed(self, *areas: Area) -> None:
        self.changes.update(areas)

    def roll_back_at_end(self) -> None:
        """Keep nothing of this unit (a dry run); the result is still returned."""
        self.discard = True


@dataclass(frozen=True)
class Done(Generic[T]):
    """A finished use case: what it returned and what it changed."""

    result: T
    changes: frozenset[Area]


@contextmanager
def unit_of_work(database: Database, references_at_end: bool = False) -> Iterator[UnitOfWork]:
    """The one place that begins, commits or rolls back a use case's transaction.
    `references_at_end`: the use case checks every reference itself before it ends (a sync
    import), so SQLite does not check them row by row."""
    try:
        with _unit_of_work(database, references_at_end) as uow:
            yield uow
    except OperationalError as error:
        known = translate_sqlite_error(error, database.path)
        if known is None:
            raise
        raise known from error


@contextmanager
def _unit_of_work(database: Database, references_at_end: bool) -> Iterator[UnitOfWork]:
    with database.session() as session:
        uow = UnitOfWork(database, session)
        # The write lock from the start: a second writer waits its turn (busy timeout).
        connection = session.connection(
            execution_options={WRITES: True, REFERENCES_AT_END: references_at_end}
        )
        held = None  # the connection's info, which outlives the transaction
        if database.actor is not None:
            held = access.begin(connection, database.actor)
        try:
            yield uow
            if database.actor is not None and not uow.discard:
                uow.session.flush()
                access.settle(session.connection())  # refuses what the role may not change
        except BaseException:
            session.rollback()  # a rollback also drops the mark of issued change ids
            raise
        finally:
            if held is not None:
                held.pop(access.ACTOR_INFO, None)
        if uow.discard:
            session.rollback()
            uow.changes.clear()
            return
        issued = session.connection().info.pop(ISSUED_INFO, None)
        session.commit()
        if issued is not None:
            note_committed_counter(database.path, issued)


class Units:
    """For a flow of several units (bundles imported one by one; stamp, then write): each
    `unit()` is a transaction of its own, and `changes` gathers what the committed ones did."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.changes: set[Area] = set()

    @contextmanager
    def unit(self, references_at_end: bool = False) -> Iterator[UnitOfWork]:
        with unit_of_work(self.database, references_at_end) as uow:
            yield uow
        self.changes |= uow.changes  # only once committed


def run_unit(database: Database, work: Callable[[UnitOfWork], T]) -> Done[T]:
    units = Units(database)
    with units.unit() as uow:
        result = work(uow)
    return Done(result, frozenset(units.changes))


def run_flow(database: Database, work: Callable[[Units], T]) -> Done[T]:
    units = Units(database)
    result = work(units)
    return Done(result, frozenset(units.changes))
