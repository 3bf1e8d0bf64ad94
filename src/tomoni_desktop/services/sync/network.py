"""Sync over the school's LAN: the office computer serves as the hub, laptops push and pull
the same bundles a stick would carry (design/sync.md, "Outgrowing USB sticks").

The hub is a WSGI application served by waitress (a well-kept, pure-Python HTTP server that
runs the same on Windows); the laptop's side uses the standard library's HTTP client. Every
request is signed by the laptop's member key (sync/lan.py). The hub merges one bundle at a
time (requests queue rather than wait on SQLite), and each bundle is one transaction: a
connection dropped halfway leaves both sides as they were, and the next try starts again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import tempfile
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, TomoniError
from tomoni_desktop.core.progress import Progress
from tomoni_desktop.core.settings import read_setting, write_setting
from tomoni_desktop.core.unit_of_work import UnitOfWork, Units
from tomoni_desktop.services.sync import (
    ExportResult,
    ImportResult,
    export_bundle,
    import_bundles,
)
from tomoni_desktop.sync import identity as members
from tomoni_desktop.sync.bundle import BundleRejected, read_header
from tomoni_desktop.sync.lan import (
    CERTIFICATE_HEADER,
    DEFAULT_PORT,
    SIGNATURE_HEADER,
    RequestRefused,
    body_digest,
    requester,
    signed_headers,
)
from tomoni_desktop.sync.storage import on_sqlite

KEEP = ".sending"  # in a request's folder: its bundle is still being sent
HUB_KEY = "sync_hub_url"  # the address the last sync over the network used
HUB_MEMBER_KEY = "sync_hub_member"  # {"url", "member"}: who answered there
PUSH = "/v1/bundles"
PULL = "/v1/bundle"
MOST_BUNDLE_BYTES = 512 * 1024 * 1024  # a whole district office's bundle is far smaller
CHUNK = 1024 * 1024
TIMEOUT_S = 120


class NetworkError(TomoniError):
    """The hub could not be reached, or refused this laptop; nothing was changed here."""


@dataclass(frozen=True)
class NetworkSync:
    pushed: ExportResult
    pulled: ImportResult


# ---------------------------------------------------------------- the laptop's side


def push_to_hub(units: Units, url: str) -> ExportResult:
    """Send the hub the bundle it lacks: made for what the hub was last known to have (a
    hub on a server is a member of its own), else for the office, as a stick would be."""
    with units.unit() as uow:
        identity = members.require_identity(uow.connection)
        hub_member = _hub_member(uow, identity, url)
    with tempfile.TemporaryDirectory(prefix="tomoni-hub-") as name:
        pushed = export_bundle(units, to=Path(name) / "push.tomoni", for_member=hub_member)
        _request(url.rstrip("/"), identity, "POST", PUSH, sending=pushed.path)
    return pushed


def pull_from_hub(units: Units, url: str) -> ImportResult:
    """Take the bundle the hub writes for this laptop and import it, whole or not at all."""
    identity = _identity(units)
    with tempfile.TemporaryDirectory(prefix="tomoni-hub-") as name:
        received = Path(name) / "hub.tomoni"
        _request(url.rstrip("/"), identity, "GET", PULL, receiving=received)
        with received.open("rb") as handle:
            sender = read_header(handle, received.name).sender
        (result,) = import_bundles(units, [received])
        if isinstance(result, TomoniError):
            raise result
    with units.unit() as uow:
        if sender != identity.member_id:
            write_setting(
                uow.connection, HUB_MEMBER_KEY, json.dumps({"url": url, "member": sender})
            )
    return result


def _hub_member(uow: UnitOfWork, identity: members.Identity, url: str) -> str | None:
    """The member the hub at `url` answered as, when it was not the office."""
    found = json.loads(read_setting(uow.connection, HUB_MEMBER_KEY) or "{}")
    member = found.get("member") if found.get("url") == url else None
    return None if member in (None, identity.office_member) else member


def sync_with_hub(units: Units, url: str, progress: Progress | None = None) -> NetworkSync:
    """Push, then pull: the hub learns what this laptop has from its bundle, so what comes
    back is only what this laptop lacks."""
    if progress:
        progress(0, 2)
    pushed = push_to_hub(units, url)
    if progress:
        progress(1, 2)
    pulled = pull_from_hub(units, url)
    with units.unit() as uow:
        write_setting(uow.connection, HUB_KEY, url.strip())
    if progress:
        progress(2, 2)
    return NetworkSync(pushed, pulled)


def remembered_hub(uow: UnitOfWork) -> str:
    """The hub's address as the last sync over the network had it ("" before the first)."""
    return read_setting(uow.connection, HUB_KEY) or ""


def _identity(units: Units) -> members.Identity:
    with units.unit() as uow:
        return members.require_identity(uow.connection)


def _request(
    base: str,
    identity: members.Identity,
    method: str,
    path: str,
    sending: Path | None = None,
    receiving: Path | None = None,
) -> None:
    """One signed request; the bundle goes from a file and comes into one a piece at a
    time, so a large one is never held whole in memory."""
    headers = {"Content-Type": "application/octet-stream"}
    if sending is not None:
        digest, size = _file_digest(sending)
        headers["Content-Length"] = str(size)
    else:
        digest = body_digest(b"")
    headers.update(signed_headers(identity, method, path, digest))
    try:
        with contextlib.ExitStack() as stack:
            body = stack.enter_context(sending.open("rb")) if sending is not None else None
            request = urllib.request.Request(base + path, data=body, method=method, headers=headers)
            response = stack.enter_context(
                urllib.request.urlopen(request, timeout=TIMEOUT_S)  # noqa: S310
            )
            if receiving is None:
                response.read()
                return
            with receiving.open("wb") as out:
                shutil.copyfileobj(response, out, CHUNK)
    except urllib.error.HTTPError as error:
        raise _refusal(base, error) from error
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise NetworkError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Could not reach the hub at {url} ({reason}); nothing was changed. Check that "
                "the office computer is on, serving, and on the same network, then try again.",
            ),
            url=base,
            reason=str(reason)[:200],
        ) from error


def _file_digest(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as source:
        while piece := source.read(CHUNK):
            digest.update(piece)
            size += len(piece)
    return digest.hexdigest(), size


def _refusal(base: str, error: urllib.error.HTTPError) -> TomoniError:
    try:
        said = json.loads(error.read() or b"{}")
    except ValueError:
        said = {}
    if said.get("refused") == "removed":
        return NetworkError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The hub at {url} refused this laptop: the office removed it from the school.",
            ),
            url=base,
        )
    if said.get("refused") in ("stranger", "unsigned"):
        return NetworkError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The hub at {url} does not know this laptop (it serves another school, or this "
                "laptop has not joined yet); nothing was changed.",
            ),
            url=base,
        )
    if said.get("bundle_refused"):  # the hub's own words for what is wrong with the bundle
        try:
            return BundleRejected(str(said["bundle_refused"]), **dict(said.get("params") or {}))
        except (KeyError, IndexError, TypeError, ValueError):
            pass  # words this version cannot fill in: said plainly below
    return NetworkError(
        QT_TRANSLATE_NOOP(
            "errors", "The hub at {url} answered {status}; nothing was changed. Try again."
        ),
        url=base,
        status=str(error.code),
    )


# ---------------------------------------------------------------- the hub's side


class Hub:
    """The WSGI application: POST /v1/bundles merges a laptop's bundle, GET /v1/bundle
    writes the bundle that laptop lacks. The hub is the office's database, or a server's
    (PostgreSQL) that joined the school as a member."""

    def __init__(self, units: Units, merged: Callable[[], None] | None = None) -> None:
        self.units = units
        self.merged = merged  # told after each bundle merged (the office's window refreshes)
        self.lock = threading.Lock()
        with units.unit() as uow:
            identity = members.require_identity(uow.connection)
            server = not on_sqlite(uow.connection)
        # A laptop's file serving others would be a second office no one knows of; a
        # server's database is the hub it was set up to be (a member of its own).
        if not identity.is_office and not server:
            raise NetworkError(
                QT_TRANSLATE_NOOP(
                    "errors", "Only the office computer can be the school's hub; this is a laptop."
                )
            )

    def __call__(self, environ: dict, start_response) -> Iterable[bytes]:
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "")
        if (method, path) not in (("POST", PUSH), ("GET", PULL)):
            return answer(start_response, "404 Not Found", {"refused": "unknown"})
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MOST_BUNDLE_BYTES:
            return answer(start_response, "413 Content Too Large", {"refused": "size"})
        folder = Path(tempfile.mkdtemp(prefix="tomoni-hub-"))
        try:
            received = folder / "laptop.tomoni"
            digest, size = _read_body(environ["wsgi.input"], length, received)
            if size != length:  # the connection dropped: nothing is done with a part
                return answer(start_response, "400 Bad Request", {"refused": "incomplete"})
            headers = request_headers(environ)
            with self.lock:  # one bundle at a time: requests queue instead of waiting on SQLite
                with self.units.unit() as uow:
                    hub = members.require_identity(uow.connection)
                    removed = members.removed_members(uow.connection)
                try:
                    member = requester(hub, removed, headers, method, path, digest)
                except RequestRefused as refused:
                    status = "403 Forbidden" if refused.reason == "removed" else "401 Unauthorized"
                    return answer(start_response, status, {"refused": refused.reason})
                if method == "POST":
                    return self._merge(received, start_response)
                return self._bundle_for(member["member"], folder, start_response)
        finally:
            if not (folder / KEEP).exists():  # a bundle being sent is deleted once it is sent
                shutil.rmtree(folder, ignore_errors=True)

    def _merge(self, received: Path, start_response) -> list[bytes]:
        (result,) = import_bundles(self.units, [received])
        if isinstance(result, TomoniError):
            params = {k: str(v) for k, v in result.params.items()}
            return answer(
                start_response,
                "422 Unprocessable Content",
                {"bundle_refused": result.message, "params": params},
            )
        if self.merged is not None:
            self.merged()
        return answer(start_response, "200 OK", result.report.as_dict())

    def _bundle_for(self, member: str, folder: Path, start_response) -> Iterable[bytes]:
        written = export_bundle(self.units, to=folder / "hub.tomoni", for_member=member)
        (folder / KEEP).touch()
        start_response(
            "200 OK",
            [
                ("Content-Type", "application/octet-stream"),
                ("Content-Length", str(written.size)),
            ],
        )
        return _sent_then_deleted(written.path, folder)


def request_headers(environ: dict) -> dict[str, str]:
    """The signing headers of a request (sync/lan.py)."""
    return {
        name: environ.get("HTTP_" + name.upper().replace("-", "_"), "")
        for name in (CERTIFICATE_HEADER, SIGNATURE_HEADER)
    }


def _read_body(source, length: int, target: Path) -> tuple[str, int]:
    """The request's body into `target` a piece at a time; its SHA-256 and the bytes read."""
    digest, size = hashlib.sha256(), 0
    with target.open("wb") as out:
        while size < length:
            piece = source.read(min(CHUNK, length - size))
            if not piece:
                break
            digest.update(piece)
            out.write(piece)
            size += len(piece)
    return digest.hexdigest(), size


def _sent_then_deleted(path: Path, folder: Path) -> Iterator[bytes]:
    try:
        with path.open("rb") as source:
            while piece := source.read(CHUNK):
                yield piece
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def answer(start_response, status: str, document: dict[str, Any]) -> list[bytes]:
    data = json.dumps(document).encode()
    start_response(
        status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
    )
    return [data]


def hub_server(
    units: Units,
    host: str,
    port: int,
    threads: int = 8,
    merged: Callable[[], None] | None = None,
):
    """The hub's HTTP server (not yet running): `.run()` serves until `.close()`;
    `.effective_port` is the port it listens on (0 asks for a free one)."""

    # waitress keeps a request's body in a temporary file until it is whole, and refuses one
    # whose declared length is over the limit before reading it
    return serve(Hub(units, merged), host, port, threads)


def serve(application: Callable, host: str, port: int, threads: int = 8):
    """A hub application's HTTP server (not yet running)."""
    import waitress.server

    return waitress.server.create_server(
        application,
        host=host,
        port=port,
        threads=threads,
        ident="tomoni-hub",
        max_request_body_size=MOST_BUNDLE_BYTES,
    )


@dataclass
class ServingHub:
    """The hub serving from a thread of this process: the office's window."""

    server: Any
    thread: threading.Thread

    @property
    def port(self) -> int:
        return int(self.server.effective_port)

    def stop(self) -> None:
        stop_serving(self.server, self.thread)


def stop_serving(server: Any, thread: threading.Thread, wait: float = 5.0) -> None:
    """Stop a server that `thread` runs: its sockets are closed by its own loop, woken for it
    (closed from here while it waits in select(), the wait fails with EBADF), the laptops'
    open connections with them; then its request threads end (close() leaves them behind)."""
    from waitress import wasyncore

    server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
    thread.join(wait)
    server.task_dispatcher.shutdown(timeout=wait)


def serve_in_background(
    units: Units, port: int = DEFAULT_PORT, merged: Callable[[], None] | None = None
) -> ServingHub:
    """Serve the laptops on every network of this computer until `stop()`."""
    try:
        server = hub_server(units, "0.0.0.0", port, merged=merged)  # noqa: S104
    except OSError as error:
        raise NetworkError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This computer cannot serve the laptops on port {port} ({reason}). Another "
                "program, or another Tomoni Desktop window, may be using it.",
            ),
            port=str(port),
            reason=str(error)[:200],
        ) from error
    thread = threading.Thread(target=server.run, name="tomoni-hub", daemon=True)
    thread.start()
    return ServingHub(server, thread)
