"""Sinkronisasi: this computer's place in the school's sync, the stick, sending and receiving.

Everything that touches the disk, keys or bundles runs on the worker; the page only asks
(passphrases, names, files) and shows results.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QStorageInfo, Qt
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.areas import Area
from tomoni_desktop.services import sync
from tomoni_desktop.services.sync import network
from tomoni_desktop.ui.context import AppContext
from tomoni_desktop.ui.errors import error_text, show_error
from tomoni_desktop.ui.formatting import format_datetime, format_size
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.sync.inbox_dialogs import CodeClashDialog, ConflictsDialog, DuplicatesDialog
from tomoni_desktop.ui.sync.sync_dialogs import PassphraseDialog
from tomoni_desktop.ui.widgets import Retranslating, ask, list_view, share_width, stacked, two_lines


@dataclass(frozen=True)
class Drive:
    path: Path
    name: str
    free: int


def removable_drives() -> list[Drive]:
    """Mounted volumes a teacher could write a bundle to: ready, writable, not the system."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly() or root == "/":
            continue
        if root.startswith(("/boot", "/snap", "/proc", "/sys", "/run/user", "/dev")):
            continue
        if bytes(volume.fileSystemType().data()).decode() in ("tmpfs", "devtmpfs", "overlay"):
            continue
        drives.append(Drive(Path(root), volume.displayName() or root, volume.bytesFree()))
    return drives


def _when(stamp: str) -> str:
    """A UTC time from a bundle, as the teacher's clock shows it."""
    try:
        return format_datetime(datetime.fromisoformat(stamp.replace("Z", "+00:00")))
    except ValueError:
        return ""


class SyncPage(Retranslating, QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.identity: sync.Membership | None = None
        self.removed = False
        self.conflict_count = self.duplicate_count = self.clash_count = 0
        self.loaded = False
        self.last_written: sync.ExportResult | None = None
        self.last_results: list = []
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.make_office_button = QPushButton()
        self.join_button = QPushButton()
        # The stick
        self.stick_box = QGroupBox()
        self.drive = QComboBox()
        self.choose_folder = QPushButton()
        self.rescan = QPushButton()
        self.full = QCheckBox()
        self.export_button = QPushButton()
        self.export_result = QLabel()
        self.export_result.setWordWrap(True)
        self.found_model: RowTableModel[sync.FoundBundle] = RowTableModel(
            [
                Column(lambda: self.tr("From"), self._sender_text),
                Column(
                    lambda: self.tr("Made"),
                    lambda b: format_datetime(b.made_at),
                    lambda b: b.made_at.isoformat() if b.made_at else "",
                ),
                Column(lambda: self.tr("State"), lambda b: self._state_text(b.state)),
                Column(lambda: self.tr("File"), lambda b: b.path.name),
            ],
            self,
        )
        self.found_proxy = SearchProxy(self.found_model, lambda b: b.path.name, self)
        self.found = list_view(self.found_proxy, sort_column=1)
        self.found.horizontalHeader().setStretchLastSection(True)
        self.found.setWordWrap(False)
        self.problems = QLabel()  # why a bundle cannot be imported: nothing is silent
        self.problems.setObjectName("fieldWarning")
        self.problems.setWordWrap(True)
        self.import_button = QPushButton()
        # The school's network: the office computer serves as the hub
        self.network_box = QGroupBox()
        self.network_hint = QLabel()
        self.network_hint.setWordWrap(True)
        self.hub_address = QLineEdit()
        self.hub_address.setPlaceholderText("http://192.168.1.10:8750")
        self.network_button = QPushButton()
        # The office: serving the laptops from this window
        self.serving_box = QGroupBox()
        self.serving_hint = QLabel()
        self.serving_hint.setWordWrap(True)
        self.serve = QCheckBox()
        self.serving_addresses = QLabel()
        self.serving_addresses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.serving: network.ServingHub | None = None
        self.starting_to_serve = False
        self.hub_port = network.DEFAULT_PORT
        # People and decisions
        self.inbox_box = QGroupBox()
        self.conflicts_button = QPushButton()
        self.duplicates_button = QPushButton()
        self.codes_button = QPushButton()
        self.peers_box = QGroupBox()
        self.peer_model: RowTableModel[sync.Peer] = RowTableModel(
            [
                # the laptop over its teacher, two lines a row: the list fits its pane
                Column(
                    lambda: "\n".join((self.tr("Name"), self.tr("Teacher"))),
                    lambda p: f"{p.name or self._role_text(p.role)}\n{p.person}",
                    lambda p: p.name or self._role_text(p.role),
                ),
                Column(lambda: self.tr("Role"), lambda p: self._role_text(p.role)),
                Column(
                    lambda: stacked(self.tr("Last bundle")),
                    lambda p: _when(p.last_bundle_at).replace(" ", "\n", 1),
                    lambda p: p.last_bundle_at,
                ),
                Column(lambda: self.tr("State"), lambda p: self.tr("Removed") if p.removed else ""),
            ],
            self,
        )
        self.peer_proxy = SearchProxy(self.peer_model, lambda p: p.name, self)
        self.peers = list_view(self.peer_proxy, single=True)
        two_lines(self.peers)
        share_width(self.peers, (0,))
        self.invite_button = QPushButton()
        self.revoke_button = QPushButton()
        self._layout()
        self.retranslate()
        self.make_office_button.clicked.connect(self.ask_make_office)
        self.join_button.clicked.connect(self.ask_join)
        self.choose_folder.clicked.connect(self.ask_folder)
        self.rescan.clicked.connect(self.refresh_drives)
        self.drive.currentIndexChanged.connect(lambda _i: self.scan())
        self.export_button.clicked.connect(lambda: self.export_to(self.stick_folder()))
        self.import_button.clicked.connect(lambda: self.import_paths(self.chosen_bundles()))
        self.network_button.clicked.connect(self.sync_over_network)
        self.hub_address.textChanged.connect(lambda _text: self._update_actions())
        self.hub_address.returnPressed.connect(self.sync_over_network)
        self.serve.toggled.connect(self.set_serving)
        app_instance = QApplication.instance()
        if app_instance is not None:
            app_instance.aboutToQuit.connect(lambda: self.set_serving(False))
        self.found.selectionModel().selectionChanged.connect(self._update_actions)
        self.peers.selectionModel().selectionChanged.connect(self._update_actions)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.duplicates_button.clicked.connect(self.open_duplicates)
        self.codes_button.clicked.connect(self.open_code_clashes)
        self.invite_button.clicked.connect(self.ask_invite)
        self.revoke_button.clicked.connect(self.ask_revoke)
        app.changed.connect(self._on_changed)

    def _layout(self) -> None:
        joining = QHBoxLayout()
        joining.addWidget(self.make_office_button)
        joining.addWidget(self.join_button)
        joining.addStretch(1)
        stick = QGridLayout(self.stick_box)
        stick.addWidget(self.drive, 0, 0, 1, 2)
        stick.addWidget(self.choose_folder, 0, 2)
        stick.addWidget(self.rescan, 0, 3)
        stick.addWidget(self.full, 1, 0)
        stick.addWidget(self.export_button, 1, 1, 1, 3)
        stick.addWidget(self.export_result, 2, 0, 1, 4)
        stick.addWidget(self.found, 3, 0, 1, 4)
        stick.addWidget(self.problems, 4, 0, 1, 4)
        stick.addWidget(self.import_button, 5, 3)
        stick.setColumnStretch(0, 1)
        inbox = QHBoxLayout(self.inbox_box)
        inbox.addWidget(self.conflicts_button)
        inbox.addWidget(self.duplicates_button)
        inbox.addWidget(self.codes_button)
        inbox.addStretch(1)
        peers = QVBoxLayout(self.peers_box)
        peers.addWidget(self.peers, 1)
        peer_actions = QHBoxLayout()
        peer_actions.addWidget(self.invite_button)
        peer_actions.addWidget(self.revoke_button)
        peer_actions.addStretch(1)
        peers.addLayout(peer_actions)
        network_rows = QGridLayout(self.network_box)
        network_rows.addWidget(self.network_hint, 0, 0, 1, 2)
        network_rows.addWidget(self.hub_address, 1, 0)
        network_rows.addWidget(self.network_button, 1, 1)
        network_rows.setColumnStretch(0, 1)
        serving_rows = QVBoxLayout(self.serving_box)
        serving_rows.addWidget(self.serving_hint)
        serving_rows.addWidget(self.serve)
        serving_rows.addWidget(self.serving_addresses)
        side = QVBoxLayout()
        side.addWidget(self.network_box)
        side.addWidget(self.serving_box)
        side.addWidget(self.inbox_box)
        side.addWidget(self.peers_box, 1)
        side.addStretch(0)  # a laptop has no list of laptops: the inbox stays its own size
        columns = QHBoxLayout()
        columns.addWidget(self.stick_box, 3)
        columns.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(joining)
        layout.addLayout(columns, 1)

    # ------------------------------------------------------------ state

    def showEvent(self, event) -> None:
        if not self.loaded:
            self.loaded = True
            self.refresh()
            self.refresh_drives()
        super().showEvent(event)

    def _on_changed(self, areas) -> None:
        if self.loaded and Area.SYNC in areas:
            self.refresh()

    def refresh(self) -> None:
        self.app.run(lambda uow, _ctx: sync.sync_status(uow), self._show, parent=self)
        self.app.run(lambda uow, _ctx: network.remembered_hub(uow), self._show_hub, parent=self)

    def _show_hub(self, url: str) -> None:
        if url and not self.hub_address.text():
            self.hub_address.setText(url)

    def _show(self, status: sync.SyncStatus) -> None:
        self.identity, self.removed = status.membership, status.removed
        self.clash_count = status.code_clashes
        self.peer_model.set_rows(status.peers)
        self.conflict_count, self.duplicate_count = status.conflicts, status.duplicates
        self.retranslate()
        self.scan()

    def _update_actions(self) -> None:
        joined = self.identity is not None
        office = self.identity is not None and self.identity.is_office
        self.make_office_button.setVisible(not joined)
        self.join_button.setVisible(not joined)
        self.stick_box.setEnabled(joined)
        self.peers_box.setVisible(office)
        self.network_box.setVisible(joined and not office)  # the office is the hub
        self.serving_box.setVisible(office)
        self.network_button.setEnabled(
            joined and not self.removed and bool(self.hub_address.text().strip())
        )
        self.export_button.setEnabled(
            joined and not self.removed and self.stick_folder() is not None
        )
        self.import_button.setEnabled(bool(self.chosen_bundles()))
        chosen = self.peer_proxy.selected_row(self.peers)
        self.revoke_button.setEnabled(
            chosen is not None and chosen.role != "office" and not chosen.removed
        )

    # ------------------------------------------------------------ the stick

    def refresh_drives(self) -> None:
        current = self.drive.currentData()
        self.drive.blockSignals(True)
        self.drive.clear()
        for drive in removable_drives():
            self.drive.addItem(
                self.tr("{name} ({free} free)").format(
                    name=drive.name, free=format_size(drive.free)
                ),
                str(drive.path),
            )
        if current and self.drive.findData(current) < 0:
            self.drive.addItem(current, current)
        if self.drive.count() == 0:
            self.drive.addItem(self.tr("No USB stick found: plug one in, or choose a folder"), None)
        self.drive.setCurrentIndex(max(self.drive.findData(current), 0))
        self.drive.blockSignals(False)
        self.scan()

    def use_folder(self, folder: Path) -> None:
        self.drive.addItem(str(folder), str(folder))
        self.drive.setCurrentIndex(self.drive.count() - 1)
        self._update_actions()

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of the stick"))
        if folder:
            self.use_folder(Path(folder))

    def stick_folder(self) -> Path | None:
        data = self.drive.currentData()
        return Path(data) if data else None

    def scan(self) -> None:
        folder = self.stick_folder()
        if folder is None or self.identity is None:
            self.found_model.set_rows([])
            self._update_actions()
            return
        self.app.run(
            lambda uow, _ctx: sync.scan_folder(uow, folder),
            self._show_found,
            parent=self,
            on_failure=self._stick_unreadable,
        )

    def _stick_unreadable(self, error: BaseException) -> None:
        """A stick that cannot be read says so: it is never shown as empty."""
        self.found_model.set_rows([])
        self.problems.setText(error_text(error))
        self._update_actions()

    def _show_found(self, found: list[sync.FoundBundle]) -> None:
        self.found_model.set_rows(found)
        self.found.resizeColumnsToContents()
        for column in range(self.found_model.columnCount() - 1):
            self.found.setColumnWidth(column, min(self.found.columnWidth(column), 260))
        self.found.setColumnWidth(self.found_model.columnCount() - 1, 120)  # stretches
        self.problems.setText(
            "\n".join(error_text(b.problem) for b in found if b.problem is not None)
        )
        self.select_new_bundles()
        self._update_actions()

    def chosen_bundles(self) -> list[Path]:
        rows = self.found_proxy.selected_rows(self.found)
        return [b.path for b in rows if b.state == sync.BundleState.NEW]

    def select_new_bundles(self) -> None:
        """The new bundles are what a teacher came to import: chosen for them already."""
        self.found.clearSelection()
        for number, bundle in enumerate(self.found_proxy.visible_rows()):
            if bundle.state == sync.BundleState.NEW:
                self.found.selectionModel().select(
                    self.found_proxy.index(number, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    # ------------------------------------------------------------ sending and receiving

    def export_to(self, folder: Path | None) -> None:
        if folder is None:
            return
        full = self.full.isChecked()

        def work(units, ctx):
            return sync.export_bundle(
                units, to=folder, full=full, progress=lambda done, total: ctx.progress(done, total)
            )

        self.app.run_flow(
            work,
            self._written,
            parent=self,
            label=self.tr("Writing the bundle to the stick…"),
            cancellable=True,
        )

    def _written(self, result: sync.ExportResult) -> None:
        self.last_written = result
        if self.identity is not None and self.identity.is_office:
            words = self.tr(
                "Written: {file} (%n rows, {size}). It can be taken to the laptops.",
                "",
                result.rows,
            )
        else:
            words = self.tr(
                "Written: {file} (%n rows, {size}). It can be taken to the office.", "", result.rows
            )
        self.export_result.setText(
            words.format(file=result.path.name, size=format_size(result.size))
        )

    def import_paths(self, paths: list[Path]) -> None:
        if not paths:
            return

        def work(units, ctx):
            return sync.import_bundles(
                units, paths, progress=lambda done, total: ctx.progress(done, total)
            )

        self.app.run_flow(
            work,
            self._imported,
            parent=self,
            label=self.tr("Importing bundles…"),
            cancellable=True,
        )

    def report_text(self, results: list) -> str:
        lines = []
        for result in results:
            if isinstance(result, sync.BundleRejected):
                lines.append(self.tr("Rejected: {reason}").format(reason=error_text(result)))
            elif result.already:
                lines.append(self.tr("{file}: imported before").format(file=result.path.name))
            else:
                report = result.report
                lines.append(
                    self.tr(
                        "{sender}: {new} new rows, {updated} updated, {conflicts} conflicts, "
                        "{unchanged} already here ({file})"
                    ).format(
                        file=result.path.name,
                        sender=result.sender or self._role_text(result.sender_role),
                        new=report.new,
                        updated=report.updated,
                        conflicts=report.conflicts,
                        unchanged=report.unchanged,
                    )
                )
        return "\n".join(lines)

    def _imported(self, results: list) -> None:
        self._report(
            results,
            self.tr("Import report"),
            self.report_text(results),
            any(isinstance(r, sync.BundleRejected) for r in results),
        )

    def _report(self, results: list, title: str, text: str, refused: bool = False) -> None:
        """What came in, in a box that does not hold up the page (kept for the tests)."""
        self.last_results = results
        box = QMessageBox(self)
        box.setWindowTitle(title)
        box.setText(text)
        box.setIcon(QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information)
        box.open()
        self.report_box = box

    # ------------------------------------------------------------ over the network

    def sync_over_network(self) -> None:
        url = self.hub_address.text().strip()
        if not url or not self.network_button.isEnabled():
            return
        if "://" not in url:
            url = "http://" + url  # what a teacher types: the office's address and port
            self.hub_address.setText(url)

        def work(units, ctx):
            return network.sync_with_hub(
                units, url, progress=lambda done, total: ctx.progress(done, total)
            )

        self.app.run_flow(
            work,
            self._synced_over_network,
            parent=self,
            label=self.tr("Syncing over the school network…"),
        )

    def set_serving(self, on: bool) -> None:
        """The office serves the laptops from this window while the box is ticked. The hub
        reads the school's identity and opens its port on the worker, not on this thread."""
        if not on:
            if self.serving is not None:
                self.serving.stop()
                self.serving = None
            self.serve.setChecked(False)
            self._show_serving()
            return
        if self.serving is not None or self.starting_to_serve:
            return
        self.starting_to_serve = True
        port = self.hub_port
        merged = lambda: self.app.changed.emit(frozenset(Area))  # noqa: E731 - queued here
        self.app.run_flow(
            lambda units, _ctx: network.serve_in_background(units, port, merged=merged),
            self._serving_started,
            parent=self,
            on_failure=self._serving_failed,
        )

    def _serving_started(self, serving: network.ServingHub) -> None:
        self.starting_to_serve = False
        if not self.serve.isChecked():  # unticked while the port was being opened
            serving.stop()
            return
        self.serving = serving
        self._show_serving()

    def _serving_failed(self, error: BaseException) -> None:
        self.starting_to_serve = False
        self.serve.setChecked(False)
        if not isinstance(error, network.NetworkError):
            show_error(self, error)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("School network"), "", parent=self)
        box.setText(error_text(error))
        box.open()  # not modal: the page stays usable
        self.serving_error = box

    def _show_serving(self) -> None:
        if self.serving is None:
            self.serving_addresses.setText("")
            return
        addresses = [
            f"http://{address.toString()}:{self.serving.port}"
            for address in QNetworkInterface.allAddresses()
            if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
            and not address.isLoopback()
        ] or [f"http://127.0.0.1:{self.serving.port}"]
        self.serving_addresses.setText(
            self.tr("Laptops type: {addresses}").format(addresses="  ".join(addresses))
        )

    def _synced_over_network(self, result: network.NetworkSync) -> None:
        report = result.pulled.report
        self._report(
            [result.pulled],
            self.tr("Synced over the network"),
            self.tr("Sent: %n rows.", "", result.pushed.rows)
            + "\n"
            + self.tr(
                "Received: {new} new rows, {updated} updated, {conflicts} conflicts, "
                "{unchanged} already here."
            ).format(
                new=report.new,
                updated=report.updated,
                conflicts=report.conflicts,
                unchanged=report.unchanged,
            ),
        )

    # ------------------------------------------------------------ joining

    def ask_make_office(self) -> None:
        """Only one computer of a school is its office: say what that means before asking."""
        self.office_question = ask(
            self,
            self.tr(
                "The office computer makes the school's keys, gathers every laptop's bundle and "
                "writes one back for all. A school has one office. On a homeroom teacher's "
                "laptop, choose \u201cJoin a school\u201d instead, with the join file from the office."
            ),
            self.tr("Make this the office"),
            self.tr("Cancel"),
            self._ask_office_passphrase,
            title=self.tr("Make this the office computer?"),
        )

    def _ask_office_passphrase(self) -> None:
        dialog = PassphraseDialog(confirm=True, parent=self)
        if dialog.exec():
            self.make_office(dialog.passphrase())

    def make_office(self, passphrase: str) -> None:
        self.app.run(
            lambda uow, _ctx: sync.make_office(uow, passphrase),
            lambda _identity: self.refresh(),
            parent=self,
            label=self.tr("Making the school's keys…"),
        )

    def ask_join(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Join file from the office"), "", self.tr("Join file (*.tomoni-join)")
        )
        if not path:
            return
        dialog = PassphraseDialog(confirm=False, parent=self)
        if dialog.exec():
            self.join(Path(path), dialog.passphrase())

    def join(self, path: Path, passphrase: str) -> None:
        self.app.run(
            lambda uow, _ctx: sync.join_school(uow, path, passphrase),
            lambda _identity: self.refresh(),
            parent=self,
            label=self.tr("Joining the school…"),
        )

    def ask_invite(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New laptop"), self.tr("Name of the laptop (such as its owner's):")
        )
        if not ok or not name.strip():
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the join file"),
            str((self.stick_folder() or Path.home()) / f"{sync.safe_name(name)}.tomoni-join"),
            self.tr("Join file (*.tomoni-join)"),
        )
        if not path:
            return
        dialog = PassphraseDialog(confirm=False, parent=self)
        if dialog.exec():
            self.invite(Path(path), name, dialog.passphrase())

    def invite(self, path: Path, name: str, passphrase: str) -> None:
        self.app.run(
            lambda uow, _ctx: sync.invite_laptop(uow, path, passphrase, name),
            lambda _member: self.refresh(),
            parent=self,
            label=self.tr("Writing the join file…"),
        )

    def ask_revoke(self) -> None:
        chosen = self.peer_proxy.selected_row(self.peers)
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove laptop"),
            self.tr(
                "Remove {name} from the school for good? Its new bundles will be refused on "
                "every computer."
            ).format(name=chosen.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.revoke(chosen.member_id)

    def revoke(self, member: str) -> None:
        self.app.run(
            lambda uow, _ctx: sync.revoke_laptop(uow, member),
            lambda _peer: self.refresh(),
            parent=self,
        )

    # ------------------------------------------------------------ inbox

    def open_conflicts(self) -> None:
        self.conflicts_dialog = ConflictsDialog(self.app, self)
        self.conflicts_dialog.finished.connect(lambda _r: self.refresh())
        self.conflicts_dialog.open()

    def open_code_clashes(self) -> None:
        self.codes_dialog = CodeClashDialog(self.app, self)
        self.codes_dialog.finished.connect(lambda _r: self.refresh())
        self.codes_dialog.open()

    def open_duplicates(self) -> None:
        self.duplicates_dialog = DuplicatesDialog(self.app, self)
        self.duplicates_dialog.finished.connect(lambda _r: self.refresh())
        self.duplicates_dialog.open()

    # ------------------------------------------------------------ words

    def _state_text(self, state: sync.BundleState) -> str:
        return {
            sync.BundleState.NEW: self.tr("New"),
            sync.BundleState.IMPORTED: self.tr("Already imported"),
            sync.BundleState.OWN: self.tr("Made on this computer"),
            sync.BundleState.OTHER_SCHOOL: self.tr("Another school"),
            sync.BundleState.DAMAGED: self.tr("Damaged"),
            sync.BundleState.REMOVED: self.tr("From a removed laptop"),
        }[state]

    def _sender_text(self, bundle: sync.FoundBundle) -> str:
        if bundle.sender:
            return bundle.sender
        if bundle.sender_role:
            return self._role_text(bundle.sender_role)
        return self.tr("Unknown laptop")

    def _role_text(self, role: str) -> str:
        return self.tr("Office") if role == "office" else self.tr("Laptop")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync"))
        identity = self.identity
        if identity is None:
            self.status.setText(
                self.tr(
                    "This computer does not take part in sync yet. The office computer makes the "
                    "school's keys; each laptop joins with a join file from the office and the "
                    "school passphrase."
                )
            )
        elif identity.is_office:
            self.status.setText(
                self.tr("This is the office computer of {school}.").format(
                    school=identity.school_name
                )
            )
        elif self.removed:
            self.status.setText(
                self.tr(
                    "This laptop ({name}) was removed from the sync of {school} by the office. "
                    "Ask the office for a new join file."
                ).format(name=identity.name, school=identity.school_name)
            )
        else:
            self.status.setText(
                self.tr("This laptop ({name}) takes part in the sync of {school}.").format(
                    name=identity.name, school=identity.school_name
                )
            )
        self.make_office_button.setText(self.tr("Make this the office computer"))
        self.join_button.setText(self.tr("Join a school…"))
        self.stick_box.setTitle(self.tr("USB stick"))
        self.choose_folder.setText(self.tr("Choose folder…"))
        self.rescan.setText(self.tr("Look again"))
        self.full.setText(self.tr("Everything (not only what is new)"))
        office = identity is not None and identity.is_office
        self.export_button.setText(
            self.tr("Write a bundle for every laptop")
            if office
            else self.tr("Write a bundle for the office")
        )
        self.import_button.setText(self.tr("Import the chosen bundles"))
        self.network_box.setTitle(self.tr("School network"))
        self.network_hint.setText(
            self.tr(
                "Where the school has a network, the office computer or the school's server "
                "can be the hub: type its address and sync without a stick."
            )
        )
        self.network_button.setText(self.tr("Sync over the network"))
        self.serving_box.setTitle(self.tr("School network"))
        self.serving_hint.setText(
            self.tr(
                "While this is ticked, laptops on the school's network can sync with this "
                "computer without a stick. Keep this window open."
            )
        )
        self.serve.setText(self.tr("Serve the laptops over the network"))
        self._show_serving()
        self.inbox_box.setTitle(self.tr("To decide"))
        self.conflicts_button.setText(
            self.tr("Conflicts ({count})…").format(count=self.conflict_count)
        )
        self.duplicates_button.setText(
            self.tr("Same pupil twice ({count})…").format(count=self.duplicate_count)
        )
        self.codes_button.setText(
            self.tr("Same pickup code ({count})…").format(count=self.clash_count)
        )
        self.peers_box.setTitle(self.tr("Laptops of the school"))
        self.invite_button.setText(self.tr("Join file for a laptop…"))
        self.revoke_button.setText(self.tr("Remove laptop"))
        self.found_model.retranslate()
        self.peer_model.retranslate()
        self._update_actions()
