"""Dialogs of the Sinkronisasi page: the school passphrase, the conflict inbox, and pupils
entered twice."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tomoni_desktop.services.conflicts import Conflict, list_conflicts, resolve_conflict
from tomoni_desktop.services.duplicates import (
    CodeClash,
    DuplicateGroup,
    birth_date_text,
    find_code_clashes,
    find_duplicates,
    give_new_code,
    merge_students,
)
from tomoni_desktop.sync.keys import MIN_PASSPHRASE
from tomoni_desktop.ui.context import EVERYTHING, AppContext
from tomoni_desktop.ui.formatting import format_datetime
from tomoni_desktop.ui.models.search_proxy import SearchProxy
from tomoni_desktop.ui.models.table import Column, RowTableModel
from tomoni_desktop.ui.widgets import Retranslating, list_view


class PassphraseDialog(Retranslating, QDialog):
    """Asks for the school passphrase (twice when it is being set). Never shown or kept."""

    def __init__(self, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirm = confirm
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._check)
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.first_label, self.second_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.first_label, self.first)
        if confirm:
            self.form.addRow(self.second_label, self.second)
        else:
            self.second.hide()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._check()

    def passphrase(self) -> str:
        return self.first.text()

    def _check(self) -> None:
        text = self.first.text()
        problem = ""
        if self.confirm and len(text.strip()) < MIN_PASSPHRASE:
            problem = self.tr("At least {least} characters.").format(least=MIN_PASSPHRASE)
        elif self.confirm and self.second.text() != text:
            problem = self.tr("The two are not the same yet.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(text) and not problem
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("School passphrase"))
        self.explanation.setText(
            self.tr(
                "Choose the school passphrase: a short sentence the office and the homeroom "
                "teachers know. It opens join files; it is never stored or shown."
            )
            if self.confirm
            else self.tr("Type the school passphrase.")
        )
        self.first_label.setText(self.tr("Passphrase"))
        self.second_label.setText(self.tr("Again"))
        self._check()


def _value_text(value: object) -> str:
    return "—" if value is None else str(value)


class ConflictsDialog(Retranslating, QDialog):
    """Every grade two laptops entered differently: keep one value, or type the right one."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.model: RowTableModel[Conflict] = RowTableModel(
            [
                Column(lambda: self.tr("Pupil and worksheet"), lambda c: c.label),
                Column(lambda: self.tr("Field"), lambda c: self._field_text(c.field)),
                Column(
                    lambda: self.tr("Values"),
                    lambda c: " / ".join(_value_text(v.value) for v in c.values),
                ),
            ],
            self,
        )
        self.proxy = SearchProxy(self.model, lambda c: c.label, self)
        self.table = list_view(self.proxy, single=True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.choice = QComboBox()
        self.keep = QPushButton()
        self.other = QSpinBox()
        self.other.setRange(0, 1000)
        self.use_other = QPushButton()
        self.close_button = QPushButton()
        decide = QHBoxLayout()
        decide.addWidget(self.choice, 1)
        decide.addWidget(self.keep)
        decide.addSpacing(16)
        decide.addWidget(self.other)
        decide.addWidget(self.use_other)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(decide)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(self._show_choice)
        self.keep.clicked.connect(lambda: self.resolve(self.choice.currentData()))
        self.use_other.clicked.connect(lambda: self.resolve(self.other.value()))
        self.close_button.clicked.connect(self.accept)
        self.resize(760, 420)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        database = self.app.database

        def work(_ctx):
            with database.engine.connect() as connection:
                return list_conflicts(connection)

        self.app.run_plain(work, self._fill, parent=self)

    def _fill(self, conflicts: list[Conflict]) -> None:
        self.model.set_rows(conflicts)
        self.table.resizeColumnsToContents()
        if conflicts:
            self.table.selectRow(0)
        self._show_choice()

    def selected(self) -> Conflict | None:
        return self.proxy.selected_row(self.table)

    def _show_choice(self) -> None:
        conflict = self.selected()
        self.choice.clear()
        if conflict is not None:
            for value in conflict.values:
                self.choice.addItem(
                    self.tr("{value} — {laptop}, {when}").format(
                        value=_value_text(value.value),
                        laptop=value.laptop,
                        when=format_datetime(value.when),
                    ),
                    value.value,
                )
        for widget in (self.choice, self.keep, self.other, self.use_other):
            widget.setEnabled(conflict is not None)

    def resolve(self, value: object) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        database = self.app.database

        def work(_ctx):
            with database.engine.begin() as connection:
                resolve_conflict(connection, conflict.table, conflict.row_id, conflict.field, value)

        self.app.run_plain(work, lambda _r: self.refresh(), parent=self, changes=EVERYTHING)

    def _field_text(self, field: str) -> str:
        return {"score": self.tr("Score")}.get(field, field)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.explanation.setText(
            self.tr(
                "These scores were entered differently on two laptops. Keep the right one, or "
                "type it; your choice travels with the next bundle and settles it everywhere."
            )
        )
        self.keep.setText(self.tr("Keep this value"))
        self.use_other.setText(self.tr("Use this score"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()


class DuplicatesDialog(Retranslating, QDialog):
    """Pupils who seem to be one child entered twice: choose the record to keep, and merge."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.model: RowTableModel[DuplicateGroup] = RowTableModel(
            [
                Column(lambda: self.tr("Why"), self._reason_text),
                Column(
                    lambda: self.tr("Pupils"),
                    lambda g: "  |  ".join(self._pupil_text(p) for p in g.pupils),
                ),
            ],
            self,
        )
        self.proxy = SearchProxy(
            self.model, lambda g: " ".join(p.full_name for p in g.pupils), self
        )
        self.table = list_view(self.proxy, single=True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.keep_label = QLabel()
        self.keep = QComboBox()
        self.merge = QPushButton()
        self.close_button = QPushButton()
        decide = QHBoxLayout()
        decide.addWidget(self.keep_label)
        decide.addWidget(self.keep, 1)
        decide.addWidget(self.merge)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(decide)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(self._show_choice)
        self.merge.clicked.connect(self.merge_selected)
        self.close_button.clicked.connect(self.accept)
        self.resize(820, 400)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        database = self.app.database

        def work(_ctx):
            with database.engine.connect() as connection:
                return find_duplicates(connection)

        self.app.run_plain(work, self._fill, parent=self)

    def _fill(self, groups: list[DuplicateGroup]) -> None:
        self.model.set_rows(groups)
        self.table.resizeColumnToContents(0)
        if groups:
            self.table.selectRow(0)
        self._show_choice()

    def selected(self) -> DuplicateGroup | None:
        return self.proxy.selected_row(self.table)

    def _show_choice(self) -> None:
        group = self.selected()
        self.keep.clear()
        if group is not None:
            for pupil in group.pupils:
                self.keep.addItem(self._pupil_text(pupil), pupil.id)
        self.keep.setEnabled(group is not None)
        self.merge.setEnabled(group is not None)

    def merge_selected(self) -> None:
        group = self.selected()
        keep = self.keep.currentData()
        if group is None or keep is None:
            return
        others = [p.id for p in group.pupils if p.id != keep]
        database = self.app.database

        def work(_ctx):
            with database.engine.begin() as connection:
                for other in others:
                    merge_students(connection, keep, other)

        self.app.run_plain(work, lambda _r: self.refresh(), parent=self, changes=EVERYTHING)

    def _reason_text(self, group: DuplicateGroup) -> str:
        return (
            self.tr("Same NISN")
            if group.reason == "nisn"
            else self.tr("Same name and date of birth")
        )

    def _pupil_text(self, pupil) -> str:
        parts = [pupil.full_name]
        if pupil.class_name:
            parts.append(pupil.class_name)
        parts.append(
            self.tr("NISN {nisn}").format(nisn=pupil.nisn) if pupil.nisn else self.tr("no NISN")
        )
        if pupil.birth_date:
            parts.append(birth_date_text(pupil.birth_date))
        if pupil.village:
            parts.append(pupil.village)
        return ", ".join(parts)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Same pupil twice"))
        self.explanation.setText(
            self.tr(
                "These records look like one child entered on two laptops. Choose the record to "
                "keep: the other's guardians, classes and worksheets move to it, and its empty "
                "fields are filled from the other."
            )
        )
        self.keep_label.setText(self.tr("Keep:"))
        self.merge.setText(self.tr("Merge into one"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()


class JoinSchoolDialog(Retranslating, QDialog):
    """A new laptop's first start: join the school with the office's join file and passphrase,
    and take the school's data from the office's bundle on the same stick."""

    def __init__(self, runner, database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.database = database
        self.result_context = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.join_file = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.bundle = QLineEdit()
        self.choose_join = QPushButton()
        self.choose_bundle = QPushButton()
        self.problem = QLabel()
        self.problem.setObjectName("fieldProblem")
        self.problem.setWordWrap(True)
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout()
        for label, field, button in (
            (self.labels[0], self.join_file, self.choose_join),
            (self.labels[1], self.passphrase, None),
            (self.labels[2], self.bundle, self.choose_bundle),
        ):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            if button is not None:
                row.addWidget(button)
            form.addRow(label, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.choose_join.clicked.connect(
            lambda: self._choose(self.join_file, self.tr("Join file (*.tomoni-join)"))
        )
        self.choose_bundle.clicked.connect(
            lambda: self._choose(self.bundle, self.tr("Sync bundle (*.tomoni)"))
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(560)
        self.retranslate()

    def _choose(self, field: QLineEdit, kinds: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "", field.text(), kinds)
        if path:
            field.setText(path)

    def submit(self) -> None:
        from pathlib import Path

        from tomoni_desktop.services import sync
        from tomoni_desktop.services.school import school_context
        from tomoni_desktop.ui.errors import error_text

        join_file, bundle = Path(self.join_file.text()), Path(self.bundle.text())
        passphrase, database = self.passphrase.text(), self.database
        self.buttons.setEnabled(False)

        def work(_ctx):
            sync.join_school(database, join_file, passphrase)
            sync.import_bundle(database, bundle)
            with database.session() as session:
                return school_context(session)

        def done(context) -> None:
            self.buttons.setEnabled(True)
            if context is None:
                self.problem.setText(
                    self.tr("The bundle holds no school yet: ask the office for a full bundle.")
                )
                return
            self.result_context = context
            self.accept()

        def failed(error: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.problem.setText(error_text(error))

        self.runner.run(work, done, failed)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join a school"))
        self.explanation.setText(
            self.tr(
                "The office gives you a join file and a bundle of the school's data on a stick, "
                "and tells you the school passphrase."
            )
        )
        for label, text in zip(
            self.labels,
            (self.tr("Join file"), self.tr("School passphrase"), self.tr("Bundle from the office")),
            strict=True,
        ):
            label.setText(text)
        self.choose_join.setText(self.tr("Choose…"))
        self.choose_bundle.setText(self.tr("Choose…"))


class CodeClashDialog(Retranslating, QDialog):
    """Copies on paper that share a pickup code: give one of them a new code to print."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.last_code = ""
        self.model: RowTableModel[CodeClash] = RowTableModel(
            [
                Column(lambda: self.tr("Code"), lambda c: c.code),
                Column(lambda: self.tr("Pupil"), lambda c: c.pupil),
                Column(lambda: self.tr("Class"), lambda c: c.class_name),
                Column(lambda: self.tr("Worksheet"), lambda c: c.title),
            ],
            self,
        )
        self.proxy = SearchProxy(self.model, lambda c: f"{c.code} {c.pupil}", self)
        self.table = list_view(self.proxy, single=True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.renew = QPushButton()
        self.close_button = QPushButton()
        bottom = QHBoxLayout()
        bottom.addWidget(self.renew)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        layout.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.renew.setEnabled(self.selected() is not None)
        )
        self.renew.clicked.connect(self.renew_selected)
        self.close_button.clicked.connect(self.accept)
        self.resize(760, 380)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        database = self.app.database

        def work(_ctx):
            with database.engine.connect() as connection:
                return find_code_clashes(connection)

        self.app.run_plain(work, self._fill, parent=self)

    def _fill(self, clashes: list[CodeClash]) -> None:
        self.model.set_rows(clashes)
        self.table.resizeColumnsToContents()
        self.renew.setEnabled(self.selected() is not None)

    def selected(self) -> CodeClash | None:
        return self.proxy.selected_row(self.table)

    def renew_selected(self) -> None:
        clash = self.selected()
        if clash is None:
            return
        database = self.app.database

        def work(_ctx):
            with database.engine.begin() as connection:
                return give_new_code(connection, clash.copy_id)

        def done(code: str) -> None:
            self.last_code = code
            self.result_label.setText(
                self.tr("{pupil} now has code {code}: print this pupil's cover again.").format(
                    pupil=clash.pupil, code=code
                )
            )
            self.refresh()

        self.app.run_plain(work, done, parent=self, changes=EVERYTHING)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Same pickup code twice"))
        self.explanation.setText(
            self.tr(
                "Two laptops gave these copies on paper the same pickup code. Give one of them "
                "a new code, then print that pupil's cover again."
            )
        )
        self.renew.setText(self.tr("Give a new code"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
