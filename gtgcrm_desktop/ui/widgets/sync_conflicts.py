"""Conflicts side by side with Keep mine / Take theirs / Merge…, the changes the cloud refused,
and the changes from the cloud not applied yet."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.store.sync_state import Conflict
from gtgcrm_desktop.ui.models.conflicts import (
    LTR_FIELDS,
    ConflictListModel,
    HeldChangeModel,
    ParkedChangeModel,
    field_label,
    value_text,
)
from gtgcrm_desktop.ui.widgets.ltr import make_ltr
from gtgcrm_desktop.ui.widgets.sync_account import ERROR_STYLE

#: Fields edited in a multi-line box in the merge dialog.
LONG_FIELDS = frozenset({"notes", "body_html", "body_text"})


def make_table(model: Any, name: str, accessible: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(70)
    return table


class ListWithEmptyState(QStackedWidget):
    """A table, or a sentence when the table is empty."""

    def __init__(self, table: QTableView, empty_text: str) -> None:
        super().__init__()
        self.table = table
        self.empty_label = QLabel(empty_text)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.addWidget(table)
        self.addWidget(self.empty_label)

    def update_state(self) -> None:
        empty = table_empty(self.table)
        self.setCurrentWidget(self.empty_label if empty else self.table)


def table_empty(table: QTableView) -> bool:
    model = table.model()
    return model is None or model.rowCount() == 0


class ConflictsPanel(QWidget):
    """Open conflicts, each field side by side; the buttons act on the selected one."""

    #: (conflict id, "local" | "remote" | "value", merged value or None)
    resolve_requested = Signal(str, str, object)

    def __init__(self, model: ConflictListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        intro = QLabel(
            self.tr(
                "The same detail was changed on this computer and elsewhere. Both values are"
                " kept until you choose which one stays."
            )
        )
        intro.setWordWrap(True)
        self.table = make_table(model, "conflictTable", self.tr("Conflicts"))
        header = self.table.horizontalHeader()
        for column, width in ((0, 200), (1, 130), (2, 230), (3, 230)):
            header.resizeSection(column, width)
        self.list = ListWithEmptyState(
            self.table, self.tr("No conflicts: everything agrees with the cloud.")
        )
        self.list.empty_label.setObjectName("conflictsEmpty")
        self.keep_mine_button = QPushButton(self.tr("Keep mine"))
        self.keep_mine_button.setObjectName("keepMine")
        self.keep_mine_button.setToolTip(self.tr("Keep the value of this computer"))
        self.take_theirs_button = QPushButton(self.tr("Take theirs"))
        self.take_theirs_button.setObjectName("takeTheirs")
        self.take_theirs_button.setToolTip(self.tr("Use the value from the cloud"))
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("mergeConflict")
        self.merge_button.setToolTip(self.tr("Write the value that should stay"))
        self.button_row = QWidget()
        buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.keep_mine_button)
        buttons.addWidget(self.take_theirs_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.button_row)

        self.keep_mine_button.clicked.connect(lambda: self._resolve("local"))
        self.take_theirs_button.clicked.connect(lambda: self._resolve("remote"))
        self.merge_button.clicked.connect(self._merge)
        self.table.doubleClicked.connect(lambda _index: self._merge())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._on_reset)
        self._on_reset()

    def _on_reset(self) -> None:
        self.list.update_state()
        self.button_row.setVisible(self.model.rowCount() > 0)
        # The view finishes its own reset after this slot; select once it has (not at all if
        # the panel is gone by then: the timer is bound to it).
        QTimer.singleShot(0, self, self._select_first)
        self._update_buttons()

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.table.selectionModel().selectedRows():
            self._select_row(0)
        self._update_buttons()

    def _select_row(self, row: int) -> None:
        """Select `row` through the selection model (works before the header has laid out)."""
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
            | QItemSelectionModel.SelectionFlag.Current
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def select(self, conflict_id: str) -> None:
        row = self.model.row_of(conflict_id)
        if row >= 0:
            self._select_row(row)

    def selected(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflict(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        conflict = self.selected()
        for button in (self.keep_mine_button, self.take_theirs_button):
            button.setEnabled(conflict is not None)
        self.merge_button.setEnabled(conflict is not None and conflict.kind != "delete")

    def set_busy(self, busy: bool) -> None:
        self.table.setEnabled(not busy)
        if busy:
            for button in (self.keep_mine_button, self.take_theirs_button, self.merge_button):
                button.setEnabled(False)
        else:
            self._update_buttons()

    def _resolve(self, choice: str) -> None:
        conflict = self.selected()
        if conflict is not None:
            self.resolve_requested.emit(conflict.id, choice, None)

    def _merge(self) -> None:
        conflict = self.selected()
        if conflict is None or conflict.kind == "delete":
            return
        dialog = MergeDialog(conflict, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.resolve_requested.emit(conflict.id, "value", dialog.value())


class MergeDialog(QDialog):
    """Both values of one field, and an editor (starting from this computer's value) for the merge."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Merge the two values"))
        self._structured = not isinstance(conflict.local_value, str | None) or not isinstance(
            conflict.remote_value, str | None
        )
        ltr = conflict.field in LTR_FIELDS or self._structured
        mine = QLabel(value_text(conflict.field, conflict.local_value) or self.tr("(empty)"))
        theirs = QLabel(value_text(conflict.field, conflict.remote_value) or self.tr("(empty)"))
        for label in (mine, theirs):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if ltr:
                make_ltr(label)
        start = conflict.local_value
        if self._structured:
            text = json.dumps(start, ensure_ascii=False, indent=2)
        else:
            text = str(start or "")
        long_text = self._structured or conflict.field in LONG_FIELDS or "\n" in text
        self.editor: QLineEdit | QPlainTextEdit
        if long_text:
            self.editor = QPlainTextEdit(text)
            self.editor.setTabChangesFocus(True)
            self.editor.setMinimumHeight(120)
        else:
            self.editor = QLineEdit(text)
            self.editor.selectAll()
        self.editor.setObjectName("mergedValue")
        self.editor.setAccessibleName(self.tr("Merged value"))
        if ltr:
            make_ltr(self.editor)
        hint = QLabel(
            self.tr("Write the value as a list in JSON, as shown.") if self._structured else ""
        )
        hint.setVisible(self._structured)
        hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Keep this value"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Field"), QLabel(field_label(conflict.field)))
        form.addRow(self.tr("On this computer"), mine)
        form.addRow(self.tr("In the cloud"), theirs)
        form.addRow(self.tr("Value to keep"), self.editor)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self._value: Any = None

    def _text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def _accept(self) -> None:
        text = self._text()
        if self._structured:
            try:
                self._value = json.loads(text) if text.strip() else None
            except ValueError:
                self.error_label.setText(self.tr("This is not valid JSON; check the brackets."))
                self.error_label.show()
                return
        else:
            self._value = text
        self.accept()

    def value(self) -> Any:
        return self._value


class ParkedPanel(QWidget):
    """The changes the cloud refused: kept on this computer, not sent again, with the reason."""

    def __init__(self, model: ParkedChangeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "The cloud refused these changes. They stay on this computer and are not sent"
                " again; the rest of your changes are not held up."
            )
        )
        intro.setWordWrap(True)
        self.table = make_table(model, "parkedTable", self.tr("Refused changes"))
        header = self.table.horizontalHeader()
        for column, width in ((0, 220), (1, 100), (2, 360)):
            header.resizeSection(column, width)
        self.list = ListWithEmptyState(self.table, self.tr("The cloud refused no change."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        model.modelReset.connect(self.list.update_state)
        self.list.update_state()


class HeldPanel(QWidget):
    """Changes from the cloud this computer could not apply yet, with the reason; each sync
    tries them again."""

    def __init__(self, model: HeldChangeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "These changes came from the cloud but could not be applied on this computer"
                " yet. They are kept, and tried again at each sync."
            )
        )
        intro.setWordWrap(True)
        self.table = make_table(model, "heldTable", self.tr("Changes not applied yet"))
        header = self.table.horizontalHeader()
        for column, width in ((0, 220), (1, 100), (2, 360)):
            header.resizeSection(column, width)
        self.list = ListWithEmptyState(
            self.table, self.tr("Every change from the cloud has been applied.")
        )
        self.list.empty_label.setObjectName("heldEmpty")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        model.modelReset.connect(self.list.update_state)
        self.list.update_state()
