"""Start-up probe for the benchmark: writes when the contacts table first paints rows, then exits.

Set GTGCRM_STARTUP_PROBE=FILE to use it: the app runs its ordinary start-up and, right after
the first paint of the contacts table with rows in it, writes the wall-clock time (seconds
since the epoch) to FILE and leaves at once. Nothing is written or changed in the workspace."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView

PROBE_VARIABLE = "GTGCRM_STARTUP_PROBE"


class _FirstRowsPainted(QObject):
    def __init__(self, table: QTableView, target: Path) -> None:
        super().__init__(table)
        self._table = table
        self._target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        model = self._table.model()
        if event.type() == QEvent.Type.Paint and model is not None and model.rowCount() > 0:
            QTimer.singleShot(0, self._record)  # after this paint has been handled
        return False

    def _record(self) -> None:
        self._target.write_text(f"{time.time():.6f}\n", encoding="ascii")
        os._exit(0)  # a measurement only: nothing to save, and the workspace was only read


def install_if_requested(table: QTableView) -> None:
    """Watch `table` when GTGCRM_STARTUP_PROBE names a file."""
    target = os.environ.get(PROBE_VARIABLE)
    if target:
        table.viewport().installEventFilter(_FirstRowsPainted(table, Path(target)))
