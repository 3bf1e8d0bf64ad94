"""A throwaway PostgreSQL cluster for the hub's tests: Debian's initdb and pg_ctl in a
temporary folder, on a free loopback port, stopped and deleted at the end.

`.ci/run` installs Debian's postgresql package; where its programs are missing the tests
that need them say so and are skipped (a laptop without PostgreSQL still runs the rest).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text

_numbers = itertools.count(1)


def _program(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def available() -> bool:
    return _program("initdb") is not None and _program("pg_ctl") is not None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Yields a SQLAlchemy URL of a database in a new cluster (PostgreSQL refuses to run as
    root: then the cluster belongs to Debian's postgres user)."""
    initdb, pg_ctl = _program("initdb"), _program("pg_ctl")
    assert initdb and pg_ctl
    folder = Path(tempfile.mkdtemp(prefix="tomoni-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", _free_port()
    run = {"check": True, "capture_output": True, "timeout": 120}
    subprocess.run(
        [*as_user, initdb, "-D", str(data), "-U", "tomoni", "--auth=trust", "-E", "UTF8"], **run
    )
    options = f"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off"
    subprocess.run(
        [
            *as_user,
            pg_ctl,
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(folder / "log"),
            "-w",
            "start",
        ],
        **run,
    )
    try:
        yield f"postgresql+psycopg://tomoni@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], **run)
        shutil.rmtree(folder, ignore_errors=True)


def new_database(cluster: str, template: str | None = None) -> str:
    """The URL of a new, empty database in the cluster (or a copy of `template`'s)."""
    name = f"hub_{next(_numbers)}_{uuid.uuid4().hex[:8]}"  # a cluster may outlive a run
    engine = create_engine(cluster, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        copy = f" TEMPLATE {template.rsplit('/', 1)[1]}" if template else ""
        connection.execute(text(f"CREATE DATABASE {name}{copy}"))
    engine.dispose()
    return cluster.rsplit("/", 1)[0] + "/" + name


def drop_database(cluster: str, url: str) -> None:
    engine = create_engine(cluster, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f"DROP DATABASE {url.rsplit('/', 1)[1]} WITH (FORCE)"))
    engine.dispose()
