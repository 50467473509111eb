"""The "find duplicates" dialog: groups of look-alike contacts, merge with a per-field choice, undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.interchange import (
    CHOOSABLE,
    DuplicateGroup,
    find_duplicates,
    merge_contacts,
    undo_merge,
)
from gtgcrm_desktop.ui.context import AppContext


class DuplicatesDialog(QDialog):
    """Left: the groups found. Right: one column per contact, a radio per choosable field."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.groups: list[DuplicateGroup] = []
        self.contacts: list[Contact] = []
        self.last_merge: str | None = None
        self._choices: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Find duplicates"))
        self.setLayoutDirection(context.layout_direction)
        self.group_list = QListWidget()
        self.group_list.currentRowChanged.connect(self._show_group)
        self.table = QTableWidget()
        self.status = QLabel()
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.clicked.connect(self.merge)
        self.undo_button = QPushButton(self.tr("Undo the last merge"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.merge_button)
        body = QHBoxLayout()
        body.addWidget(self.group_list, 1)
        body.addWidget(self.table, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.status.setText(self.tr("Looking for duplicates…"))
        self.context.tasks.run(
            lambda: find_duplicates(self.context.workspace),
            on_result=self._found,
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(self.context.error_message(error))

    def _found(self, groups: list[DuplicateGroup]) -> None:
        self.groups = groups
        self.group_list.clear()
        reasons = {
            "email": self.tr("same e-mail"),
            "phone": self.tr("same phone"),
            "name": self.tr("same name"),
        }
        for group in groups:
            names = [
                c.effective_display_name()
                for c in self.context.workspace.contacts.get_many(list(group.contact_ids))
            ]
            QListWidgetItem(
                f"{' / '.join(names)} ({reasons.get(group.reason, '')})", self.group_list
            )
        self.status.setText(self.tr("{count} groups of duplicates.").format(count=len(groups)))
        self.merge_button.setEnabled(bool(groups))
        if groups:
            self.group_list.setCurrentRow(0)
        else:
            self.table.clear()

    def _show_group(self, row: int) -> None:
        if not 0 <= row < len(self.groups):
            return
        self.contacts = self.context.workspace.contacts.get_many(list(self.groups[row].contact_ids))
        self.table.clear()
        self.table.setRowCount(len(CHOOSABLE))
        self.table.setColumnCount(len(self.contacts))
        self.table.setHorizontalHeaderLabels([c.effective_display_name() for c in self.contacts])
        self.table.setVerticalHeaderLabels(
            [QCoreApplication.translate("fields", f) for f in CHOOSABLE]
        )
        self._choices = {}
        for r, field in enumerate(CHOOSABLE):
            buttons = QButtonGroup(self.table)
            self._choices[field] = buttons
            for column, contact in enumerate(self.contacts):
                value = str(getattr(contact, field) or "")
                radio = QRadioButton(value)
                radio.setChecked(column == 0)
                radio.setEnabled(bool(value))
                buttons.addButton(radio, column)
                self.table.setCellWidget(r, column, radio)

    def merge(self) -> None:
        if len(self.contacts) < 2:
            return
        keep, others = self.contacts[0].id, [c.id for c in self.contacts[1:]]
        choices = {
            field: self.contacts[max(group.checkedId(), 0)].id
            for field, group in self._choices.items()
        }
        self.merge_button.setEnabled(False)
        self.context.tasks.run(
            lambda: merge_contacts(self.context.workspace, keep, others, choices),
            on_result=self._merged,
            on_error=self._failed,
        )

    def _merged(self, merge_id: str) -> None:
        self.last_merge = merge_id
        self.undo_button.setEnabled(True)
        self.context.events.contacts_changed.emit()
        self.refresh()

    def undo(self) -> None:
        merge_id = self.last_merge
        if merge_id is None:
            return
        self.undo_button.setEnabled(False)
        self.last_merge = None
        self.context.tasks.run(
            lambda: undo_merge(self.context.workspace, merge_id),
            on_result=lambda _: self._merged_undone(),
            on_error=self._failed,
        )

    def _merged_undone(self) -> None:
        self.context.events.contacts_changed.emit()
        self.refresh()


def open_duplicates(context: AppContext, parent: QWidget | None = None) -> DuplicatesDialog:
    """Open the duplicates dialog (non-blocking); returns it."""
    dialog = DuplicatesDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
