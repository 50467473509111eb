"""A read-only table whose rows are read in the background; a newer refresh, or `stop()`,
makes an answer still on its way be ignored."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from gtgcrm_desktop.ui.models._table import AnyIndex, read_only_flags
from gtgcrm_desktop.ui.tasks import TaskRunner


class LoadedTableModel(QAbstractTableModel):
    """Rows from `load()` run through the task runner; subclasses give `column_count` and
    `data`/`headerData`."""

    #: The rows have been (re)loaded.
    loaded = Signal()
    load_failed = Signal(object)

    column_count = 0

    def __init__(
        self, load: Callable[[], Sequence[Any]], tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._tasks = tasks
        self._rows: list[Any] = []
        self._generation = 0

    def refresh(self) -> None:
        """Read the rows again in the background; `loaded` tells when they are shown."""
        self._generation += 1
        generation = self._generation
        self._tasks.run(
            self._load,
            on_result=lambda rows: self._on_loaded(rows, generation),
            on_error=lambda error: self._on_failed(error, generation),
        )

    def stop(self) -> None:
        """Ignore any answer still on its way (the view is going away)."""
        self._generation += 1

    def _on_loaded(self, rows: Sequence[Any], generation: int) -> None:
        # The view (and this model with it) may have closed while the rows were read.
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.loaded.emit()

    def _on_failed(self, error: BaseException, generation: int) -> None:
        if shiboken6.isValid(self) and generation == self._generation:
            self.load_failed.emit(error)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)
