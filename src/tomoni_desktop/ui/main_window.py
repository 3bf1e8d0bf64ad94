"""The main window: side navigation, the pages, and a status bar that says where we are."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.core.areas import EVERYTHING, Area
from tomoni_desktop.ui.operations import OperationRunner
from tomoni_desktop.ui.translation import LanguageSwitcher
from tomoni_desktop.ui.widgets import Retranslating

if TYPE_CHECKING:
    from tomoni_desktop.ui.context import AppContext
    from tomoni_desktop.ui.people.sign_in import SignInPanel

# The window is built before the database is open; pages (and with them SQLAlchemy's ORM
# and the models) are imported in attach(), once the worker has opened the database.
PAGES = (
    "overview",
    "students",
    "worksheets",
    "pickups",
    "attendance",
    "grades",
    "sync",
    "settings",
)

STYLE_SHEET = """
#navigation { background: #1f4e5f; }
#navigation QToolButton { color: #e8f1f2; border: none; padding: 10px 8px; text-align: left;
    font-size: 11pt; }
#navigation QToolButton:checked { background: #2f7a8f; font-weight: bold; }
#navigation QToolButton:hover { background: #2a6577; }
#navigation QToolButton:disabled { color: #7fa3ad; }
#appName { color: white; font-size: 13pt; font-weight: bold; padding: 12px 10px; }
QStatusBar QLabel { padding: 0 10px; border-right: 1px solid #b8c4c8; }
#pageTitle { font-size: 16pt; font-weight: bold; padding-bottom: 4px; }
#sectionTitle { font-size: 12pt; font-weight: bold; padding-top: 8px; }
#figureCard { background: #f3f7f8; border: 1px solid #c9d9de; border-radius: 6px; }
#figureCard:hover, #figureCard:focus { border: 1px solid #2f7a8f; background: #e6f0f2; }
#nextStep { text-align: left; color: #1f4e5f; padding: 3px 6px; font-size: 10.5pt; }
#nextStep:hover { text-decoration: underline; }
#notice { color: #1f6b3a; }
#placeholder { color: #5f6f74; font-size: 11pt; padding: 40px; }
#figureNumber { font-size: 22pt; font-weight: bold; color: #1f4e5f; }
#fieldProblem { color: #b00020; }
#fieldWarning { color: #9a5b00; }
QToolButton#menuButton { padding: 3px 16px 3px 8px; }
#codeField { font-size: 20pt; font-family: monospace; padding: 4px; }
#scanAnswerTitle { font-size: 16pt; font-weight: bold; }
"""

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)  # what counts as someone at the computer, for the idle lock

DEFAULT_SIZE = (1240, 700)  # fits a 1366x768 school laptop with its task bar


# The sync page has arrows going round (a stick carries data both ways), not a floppy disk.
NAV_ICONS = {
    "overview": QStyle.StandardPixmap.SP_DirHomeIcon,
    "students": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "worksheets": QStyle.StandardPixmap.SP_FileIcon,
    "pickups": QStyle.StandardPixmap.SP_DialogApplyButton,
    "attendance": QStyle.StandardPixmap.SP_FileDialogListView,
    "grades": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "sync": QStyle.StandardPixmap.SP_BrowserReload,
    "settings": QStyle.StandardPixmap.SP_FileDialogInfoView,
}


class MainWindow(Retranslating, QMainWindow):
    door_shown = Signal()  # the sign-in in front of an encrypted file is on the screen

    def __init__(
        self,
        switcher: LanguageSwitcher,
        ui_settings: QSettings,
        runner: OperationRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.app: AppContext | None = None
        self.switcher = switcher
        self.ui_settings = ui_settings
        self.runner = runner
        self.setStyleSheet(STYLE_SHEET)
        self.pages: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        self.loading = QLabel()
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setObjectName("sectionTitle")
        self.stack.addWidget(self.loading)
        navigation = QFrame()
        navigation.setObjectName("navigation")
        navigation.setFixedWidth(200)
        nav_layout = QVBoxLayout(navigation)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_layout.setSpacing(0)
        app_name = QLabel("Tomoni Desktop")
        app_name.setObjectName("appName")
        nav_layout.addWidget(app_name)
        self.nav_buttons: dict[str, QToolButton] = {}
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        for index, key in enumerate(PAGES):
            button = QToolButton()
            button.setCheckable(True)
            button.setEnabled(False)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIcon(self.style().standardIcon(NAV_ICONS[key]))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setObjectName(f"nav_{key}")
            self.nav_group.addButton(button, index + 1)  # page 0 of the stack is "loading"
            self.nav_buttons[key] = button
            nav_layout.addWidget(button)
        nav_layout.addStretch(1)
        self.nav_group.idClicked.connect(self.stack.setCurrentIndex)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(navigation)
        content = QVBoxLayout()
        content.setContentsMargins(16, 12, 16, 8)
        content.addWidget(self.stack)
        row.addLayout(content, 1)
        # The work, and in front of it (when someone must sign in, or it locked itself) the
        # sign-in screen: while it shows, no page with pupils' data is on the screen.
        self.screens = QStackedWidget()
        self.screens.addWidget(central)
        self.setCentralWidget(self.screens)
        self.sign_in_panel: SignInPanel | None = None
        self.people: list = []
        self.hidden_dialogs: list[QWidget] = []
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.watching = False

        self.school_status = QLabel()
        self.person_status = QLabel()
        self.database_status = QLabel()
        self.backup_status = QLabel()
        self.busy_status = QLabel()
        for label in (
            self.school_status,
            self.person_status,
            self.database_status,
            self.backup_status,
        ):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.busy_status)
        self.last_backup = None
        runner.busy_changed.connect(self._on_busy)
        self.retranslate()
        self._restore_geometry()

    def begin(self, app: AppContext) -> None:
        """The database is open: where people sign in, ask who it is first; then the pages."""
        from tomoni_desktop.services.school.profiles import profiles_of

        def known(people: list) -> None:
            self.people = people
            if people and app.database.actor is None:
                self._ask_who(app, None)
            else:  # nobody signs in here, or the person opened the encrypted file
                self.screens.setCurrentIndex(0)
                self.attach(app)
                if people:
                    self._watch_idle()
                    self._fill_status()

        app.run(lambda uow, _ctx: profiles_of(uow), known, parent=self)

    def _panel(self, door) -> SignInPanel:
        from tomoni_desktop.ui.people.sign_in import SignInPanel

        if self.sign_in_panel is None:
            self.sign_in_panel = SignInPanel(self.runner, door)
            self.sign_in_panel.signed_in.connect(self._on_signed_in)
            self.screens.addWidget(self.sign_in_panel)
        elif self.sign_in_panel.door is not door:
            self.sign_in_panel.door = door
            self.sign_in_panel.read_hint()
        return self.sign_in_panel

    def unlock_first(self, path, then: Callable[[object], None]) -> None:
        """An encrypted database: who is there (and their PIN) before it can open; `then`
        gets the person, whose PIN made the file's key known."""
        from tomoni_desktop.services.school.signing import LockedDoor

        door = LockedDoor(path)
        self._opening = then
        self.runner.run(lambda _ctx: door.people(), lambda people: self._show_door(door, people))

    def _show_door(self, door, people: list) -> None:
        self.people = people
        panel = self._panel(door)
        panel.set_people(people, None)
        self.screens.setCurrentWidget(panel)
        panel.pin.setFocus()
        self.door_shown.emit()

    def _on_signed_in(self, actor) -> None:
        opening, self._opening = self._opening, None
        if opening is not None:  # the file opens now, as this person
            self._person_id = actor.profile_id
            opening(actor)
        elif (app := self.app or self._asking) is not None:
            self._signed_in(app, actor)

    _opening: Callable[[object], None] | None = None
    _asking: AppContext | None = None  # the context whose pages wait for a sign-in

    def _ask_who(self, app: AppContext, current: str | None) -> None:
        from tomoni_desktop.services.school.signing import OpenDoor

        self._asking = app
        door = self.sign_in_panel.door if self.sign_in_panel is not None else None
        if not isinstance(door, OpenDoor) or door.database is not app.database:
            door = OpenDoor(app.database)
        self.sign_in_panel = self._panel(door)
        self.sign_in_panel.set_people(self.people, current)
        self.screens.setCurrentWidget(self.sign_in_panel)
        self.sign_in_panel.pin.setFocus()

    @property
    def locked(self) -> bool:
        return self.sign_in_panel is not None and self.screens.currentWidget() is self.sign_in_panel

    def lock(self) -> None:
        """Hide every pupil's data behind the sign-in screen (idle, or "Lock now"): the
        open dialogs are hidden too, and come back if the same person signs in again."""
        app = self.app
        if app is None or not self.people or self.locked:
            return
        self.idle.stop()
        self.hidden_dialogs = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QDialog) and widget.isVisible()
        ]
        for dialog in self.hidden_dialogs:
            dialog.hide()
        actor = app.database.actor
        self._ask_who(app, actor.profile_id if actor else None)

    def _signed_in(self, app: AppContext, actor) -> None:
        was = self._person_id
        self._person_id = actor.profile_id
        self.screens.setCurrentIndex(0)
        if self.app is None:
            self.attach(app)
        elif was != actor.profile_id:  # another person: what they may see is read again
            for dialog in self.hidden_dialogs:
                dialog.close()
            app.changed.emit(EVERYTHING)
        else:
            for dialog in self.hidden_dialogs:
                dialog.show()
        self.hidden_dialogs = []
        self._watch_idle()
        self._fill_status()

    _person_id: str | None = None

    def _watch_idle(self) -> None:
        if self.app is None or not self.people:
            return
        instance = QApplication.instance()
        if not self.watching and instance is not None:
            instance.installEventFilter(self)
            self.watching = True
        minutes = self.app.settings.lock_after_minutes
        if minutes > 0:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in ACTIVITY and not self.locked and self.idle.isActive():
            self.idle.start()  # the same interval, from now
        return False

    def _after_restore(self) -> None:
        """A restored database has its own people: nobody acts on it until signed in."""
        from tomoni_desktop.services.school.profiles import profiles_of

        app = self.app
        if app is None:
            return
        if self.people:  # at once, before any page reads the restored data
            self._person_id = None
            self._ask_who(app, None)

        def known(people: list) -> None:
            self.people = people
            if people:
                self._person_id = None  # whoever signs in, every page reads again
                self.idle.stop()
                self._ask_who(app, None)
            self._fill_status()

        app.run(lambda uow, _ctx: profiles_of(uow), known, parent=self)

    def _refresh_people(self) -> None:
        from tomoni_desktop.services.school.profiles import profiles_of

        def known(people: list) -> None:
            self.people = people
            actor = self.app.database.actor if self.app else None
            self._person_id = actor.profile_id if actor else None
            self._watch_idle()
            self._fill_status()

        if self.app is not None:
            self.app.run(lambda uow, _ctx: profiles_of(uow), known, parent=self)

    def attach(self, app: AppContext) -> None:
        """The database is open: build the pages and show the overview."""
        from tomoni_desktop.ui.pages.attendance import AttendancePage
        from tomoni_desktop.ui.pages.grades import GradesPage
        from tomoni_desktop.ui.pages.overview import OverviewPage
        from tomoni_desktop.ui.pages.pickups import PickupsPage
        from tomoni_desktop.ui.pages.settings import SettingsPage
        from tomoni_desktop.ui.pages.students import StudentsPage
        from tomoni_desktop.ui.pages.sync import SyncPage
        from tomoni_desktop.ui.pages.worksheets import WorksheetsPage

        self.app = app
        self.students_page = StudentsPage(app)
        self.pages = {
            "overview": OverviewPage(app),
            "students": self.students_page,
            "worksheets": WorksheetsPage(app),
            "pickups": PickupsPage(app),
            "attendance": AttendancePage(app),
            "grades": GradesPage(app),
            "sync": SyncPage(app),
            "settings": SettingsPage(app),
        }
        for key in PAGES:
            self.stack.addWidget(self.pages[key])
            self.nav_buttons[key].setEnabled(True)
        overview = self.pages["overview"]
        overview.open_list.connect(self.open_list)  # type: ignore[attr-defined]
        overview.open_import.connect(self.open_import)  # type: ignore[attr-defined]
        self.pages["settings"].people.lock_now.connect(self.lock)  # type: ignore[attr-defined]
        app.changed.connect(self._on_changed)
        app.adopted.connect(self._after_restore)
        app.language_changed.connect(self.set_language)
        self.nav_buttons["overview"].click()
        self.retranslate()
        self.refresh_backup_status()
        # after the overview's figures: the worker runs operations in the order they came
        QTimer.singleShot(0, self.students_page.preload)

    def show_page(self, key: str) -> None:
        self.nav_buttons[key].click()

    def open_list(self, key: str, filters: dict) -> None:
        """A figure or a suggestion of Beranda: the page, showing what it counted."""
        if key == "students":
            self.students_page.show_filtered(**filters)
        if key == "attendance":  # what the rules say is to be done, or the tab named
            self.pages["attendance"].show_tab(  # type: ignore[attr-defined]
                filters.get("tab", "follow_up"), filters.get("every_class", False)
            )
        if key == "settings":
            self.pages["settings"].show_tab(filters.get("tab", "general"))  # type: ignore[attr-defined]
        if key == "pickups" and "class" in filters:  # every class, or a round's
            self.pages["pickups"].show_class(filters["class"])  # type: ignore[attr-defined]
        self.show_page(key)

    def open_import(self) -> None:
        self.show_page("students")
        self.students_page.open_import()

    def set_language(self, language: str) -> None:
        """Switch now, and remember it for the next start (a preference of this laptop)."""
        if self.app is not None:
            self.app.language = language
        self.ui_settings.setValue("language", language)
        self.switcher.apply(language)

    def start_daily_backup(self) -> None:
        from tomoni_desktop.core.files import clear_leftovers
        from tomoni_desktop.services.school.database import daily_backup
        from tomoni_desktop.ui.worksheets.packet_dialog import clear_leftover_packets

        def work(units, _ctx):
            clear_leftover_packets()
            clear_leftovers()  # exports a crash left half-written, on a stick or anywhere
            return daily_backup(units)

        if self.app is not None:
            self.app.run_flow(work, parent=self)

    def refresh_backup_status(self) -> None:
        from tomoni_desktop.services.school.database import last_backup_time

        if self.app is not None:
            self.app.run_flow(lambda units, _ctx: last_backup_time(units), self._show_last_backup)

    def _show_last_backup(self, moment) -> None:
        self.last_backup = moment
        self._fill_status()

    def _on_busy(self, busy: bool) -> None:
        self.busy_status.setText(self.tr("Working…") if busy else "")

    def _on_changed(self, areas: frozenset[str]) -> None:

        if areas & {Area.BACKUPS, Area.SETTINGS}:
            self.refresh_backup_status()
        if Area.SETTINGS in areas:
            self._refresh_people()
        if Area.SCHOOL in areas:
            self._fill_status()

    def _fill_status(self) -> None:
        if self.app is None:
            return
        from tomoni_desktop.ui import labels
        from tomoni_desktop.ui.formatting import format_datetime

        school = self.app.school
        self.school_status.setText(
            labels.school_line(school.school_name, school.school_year, school.term)
        )
        path = str(self.app.database.path)
        self.database_status.setText(
            self.tr("Database: {file}").format(file=self.app.database.path.name)
        )
        actor = self.app.database.actor
        self.person_status.setVisible(actor is not None)
        if actor is not None:
            from tomoni_desktop.ui import labels as words

            self.person_status.setText(
                self.tr("{name} ({role})").format(
                    name=actor.name, role=words.profile_role(actor.role)
                )
            )
        self.database_status.setToolTip(path)
        if self.last_backup is None:
            self.backup_status.setText(self.tr("No backup yet"))
        else:
            self.backup_status.setText(
                self.tr("Last backup: {when}").format(when=format_datetime(self.last_backup))
            )

    def retranslate(self) -> None:
        self.loading.setText(self.tr("Opening the school database…"))
        if self.app is None:
            self.setWindowTitle("Tomoni Desktop")
        else:
            self.setWindowTitle(
                self.tr("Tomoni Desktop — {school}").format(school=self.app.school.school_name)
            )
        names = {
            "overview": self.tr("Overview"),
            "students": self.tr("Pupils"),
            "worksheets": self.tr("Worksheets"),
            "pickups": self.tr("Pickups"),
            "attendance": self.tr("Attendance"),
            "grades": self.tr("Grades"),
            "sync": self.tr("Sync"),
            "settings": self.tr("Settings"),
        }
        for key, button in self.nav_buttons.items():
            button.setText(names[key])
        self._on_busy(self.runner.busy)
        self._fill_status()

    def _restore_geometry(self) -> None:
        saved = self.ui_settings.value("main_window/geometry")
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            return
        screen = QGuiApplication.primaryScreen()
        width, height = DEFAULT_SIZE
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height())
            self.resize(width, height)
            self.move(available.center() - self.rect().center())
        else:
            self.resize(width, height)

    def closeEvent(self, event: QCloseEvent) -> None:
        from tomoni_desktop.ui.worksheets.packet_dialog import clear_leftover_packets

        self.ui_settings.setValue("main_window/geometry", self.saveGeometry())
        self.ui_settings.sync()
        clear_leftover_packets()  # previews hold children's data: none outlives the app
        super().closeEvent(event)
