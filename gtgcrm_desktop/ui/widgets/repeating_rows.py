"""A list of editable rows with Add and Remove buttons (e-mails, phones, addresses, custom fields)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

RowT = TypeVar("RowT", bound=QWidget)


class RepeatingRows(QWidget, Generic[RowT]):
    """Rows made by `make_row`; each row gets a remove button beside it."""

    changed = Signal()

    def __init__(
        self,
        make_row: Callable[[], RowT],
        add_text: str,
        remove_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._remove_text = remove_text
        self._rows: list[RowT] = []
        self._holders: list[QWidget] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text)
        self.add_button.clicked.connect(self._add_by_user)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        layout.addLayout(buttons)

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def add_row(self) -> RowT:
        row = self._make_row()
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(row, 1)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self._remove_text)
        remove.setAccessibleName(self._remove_text)
        remove.clicked.connect(lambda: self.remove_row(row))
        row_changed = getattr(row, "changed", None)
        if row_changed is not None:
            row_changed.connect(self.changed)
        line.addWidget(remove)
        self._rows.append(row)
        self._holders.append(holder)
        self._rows_layout.addWidget(holder)
        return row

    def remove_row(self, row: RowT) -> None:
        index = self._rows.index(row)
        holder = self._holders.pop(index)
        self._rows.pop(index)
        holder.hide()
        holder.deleteLater()
        self.changed.emit()

    def clear(self) -> None:
        for holder in self._holders:
            holder.hide()
            holder.deleteLater()
        self._rows.clear()
        self._holders.clear()

    def _add_by_user(self) -> None:
        row = self.add_row()
        row.setFocus()
        self.changed.emit()
