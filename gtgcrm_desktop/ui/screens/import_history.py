"""The import history dialog: earlier imports, and undo of any of them as a whole."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_auto
from gtgcrm_desktop.interchange import UndoReport, list_imports, undo_import
from gtgcrm_desktop.store.workspace import Workspace
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.models.import_history import (
    FILE_COLUMN,
    TIME_COLUMN,
    ImportHistoryModel,
    ImportIdRole,
    UndoneRole,
)
from gtgcrm_desktop.ui.tasks import TaskHandle, run_with_progress

#: At most this many names of contacts kept by an undo are listed.
MAX_KEPT_NAMES = 10


@dataclass(frozen=True, slots=True)
class UndoOutcome:
    """An undo's report and the names of the contacts it kept because they changed since."""

    report: UndoReport
    kept_names: tuple[str, ...] = ()


def undo_and_name(workspace: Workspace, import_id: str) -> UndoOutcome:
    """Undo the import (on the task runner), then name the contacts left as they are."""
    report = undo_import(workspace, import_id)
    kept = workspace.contacts.get_many(list(report.changed_since[:MAX_KEPT_NAMES]))
    return UndoOutcome(report, tuple(c.effective_display_name() for c in kept))


def undo_summary(outcome: UndoOutcome) -> str:
    """What an undo did, in words: removed, put back, and what it left alone (named)."""
    report = outcome.report
    parts = [ImportHistoryDialog.tr("The import was undone.")]
    if report.removed:
        parts.append(ImportHistoryDialog.tr("%n added contact(s) removed.", "", report.removed))
    if report.restored:
        parts.append(
            ImportHistoryDialog.tr(
                "%n changed contact(s) put back as they were.", "", report.restored
            )
        )
    changed = len(report.changed_since)
    if changed:
        parts.append(
            ImportHistoryDialog.tr(
                "%n contact(s) edited after the import kept as they are now.", "", changed
            )
        )
    if outcome.kept_names:
        shown = QLocale().createSeparatedList([isolate_auto(n) for n in outcome.kept_names])
        if changed > len(outcome.kept_names):
            shown += "…"
        parts.append(ImportHistoryDialog.tr("Kept: %1.").replace("%1", shown))
    deleted = len(report.deleted_since)
    if deleted:
        parts.append(
            ImportHistoryDialog.tr(
                "%n contact(s) deleted after the import left deleted.", "", deleted
            )
        )
    return " ".join(parts)


class ImportHistoryDialog(QDialog):
    """A table of earlier imports; the selected one can be undone after a confirmation."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_report: UndoReport | None = None
        self._undoing: TaskHandle | None = None
        self._closed = False
        self.setWindowTitle(self.tr("Import history"))
        self.setLayoutDirection(context.layout_direction)
        self.resize(820, 420)
        workspace = context.workspace
        self.model = ImportHistoryModel(lambda: list_imports(workspace), context.tasks, self)
        self.model.loaded.connect(self._on_loaded)
        self.model.load_failed.connect(self._failed)

        intro = QLabel(
            self.tr(
                "Undoing an import removes the contacts it added and puts back the contacts it"
                " changed as they were before."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Earlier imports"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_selected)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.status.setText(self.tr("Loading…"))
        self.model.refresh()

    # -- the list -----------------------------------------------------------------------

    def _on_loaded(self) -> None:
        if self.model.rowCount() == 0:
            self.status.setText(self.tr("No imports yet."))
        elif self.last_report is None:
            self.status.clear()
        self._update_button()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_button()

    def _update_button(self) -> None:
        row = self.selected_row()
        undoable = row >= 0 and not self.model.index(row, 0).data(UndoneRole)
        self.undo_button.setEnabled(undoable and self._undoing is None)

    # -- undo ---------------------------------------------------------------------------

    def undo_selected(self) -> None:
        """Ask, then undo the selected import in the background."""
        row = self.selected_row()
        if row < 0 or self.model.index(row, 0).data(UndoneRole):
            return
        question = self.tr(
            "Undo the import of “%1” from %2? The contacts it added will be deleted and the"
            " contacts it changed will be put back as they were."
        )
        question = question.replace("%2", str(self.model.index(row, TIME_COLUMN).data()))
        question = question.replace("%1", str(self.model.index(row, FILE_COLUMN).data()))
        answer = QMessageBox.question(
            self,
            self.tr("Undo this import"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        import_id = str(self.model.index(row, 0).data(ImportIdRole))
        workspace = self.context.workspace
        context = self.context

        def undone(outcome: UndoOutcome) -> None:
            # The contacts list hears of it even when this dialog was closed meanwhile.
            context.notify(undo_summary(outcome))
            context.events.contacts_changed.emit()
            if not self._closed:
                self._show_result(outcome)

        def failed(error: BaseException) -> None:
            context.notify(context.error_message(error))
            if not self._closed:
                self._show_failure(error)

        self.status.setText(self.tr("Undoing the import…"))
        self._undoing = run_with_progress(
            context.tasks,
            lambda: undo_and_name(workspace, import_id),
            label=self.tr("Undoing the import…"),
            parent=self.parentWidget(),  # outlives this dialog, should it be closed meanwhile
            on_result=undone,
            on_error=failed,
            cancellable=False,
        )
        self._update_button()

    def _show_result(self, outcome: UndoOutcome) -> None:
        self._undoing = None
        self.last_report = outcome.report
        self.status.setText(undo_summary(outcome))
        self.model.refresh()

    def _show_failure(self, error: BaseException) -> None:
        self._undoing = None
        self._failed(error)
        self.model.refresh()

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.context.error_message(error))

    def done(self, result: int) -> None:
        """Closing: answers still on their way no longer touch this dialog."""
        self._closed = True
        self.model.stop()
        super().done(result)


def open_import_history(context: AppContext, parent: QWidget | None = None) -> ImportHistoryDialog:
    """Open the import history (non-blocking); returns it."""
    dialog = ImportHistoryDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
