"""The "Insert merge field" menu: merge fields grouped by kind, including a contact's own fields."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPoint, Signal
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from gtgcrm_desktop.templates import merge_fields
from gtgcrm_desktop.templates.fields import LABEL_CONTEXT


class MergeFieldMenu(QMenu):
    """One submenu per group of merge fields; emits `field_chosen` with the placeholder picked."""

    field_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeFieldMenu")

    def fill(self, custom_keys: Iterable[str]) -> None:
        """List the merge fields, with one for each custom field named in `custom_keys`."""
        self.clear()
        groups: dict[str, QMenu] = {}
        for field in merge_fields(custom_keys):
            group = groups.get(field.group)
            if group is None:
                title = QCoreApplication.translate(LABEL_CONTEXT, field.group)
                group = self.addMenu(title)
                groups[field.group] = group
            label = QCoreApplication.translate(LABEL_CONTEXT, field.label)
            action = group.addAction(label)
            action.setToolTip(field.placeholder)
            action.setStatusTip(field.placeholder)
            action.setData(field.placeholder)
            action.triggered.connect(
                lambda _=False, text=field.placeholder: self.field_chosen.emit(text)
            )
        self.menuAction().setEnabled(True)

    def popup_at_cursor(self, target: QWidget) -> None:
        """Open under the text cursor of `target` (under the whole field when it is a line)."""
        if isinstance(target, QPlainTextEdit):
            point = target.viewport().mapToGlobal(target.cursorRect().bottomLeft())
        else:
            point = target.mapToGlobal(QPoint(0, target.height()))
        self.popup(point)
