"""The import history model: earlier imports, newest first, loaded off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
)

from gtgcrm_desktop.core.bidi import isolate_auto
from gtgcrm_desktop.interchange import FORMAT_LABELS
from gtgcrm_desktop.ui.dates import local_time_text
from gtgcrm_desktop.ui.models._loaded import LoadedTableModel
from gtgcrm_desktop.ui.models._table import AnyIndex

ImportEntry = dict[str, Any]
#: Reads the history (in the background): `list_imports(workspace)` in the app.
HistoryLoader = Callable[[], list[ImportEntry]]

#: The import id of a row.
ImportIdRole = Qt.ItemDataRole.UserRole + 1
#: Whether the import of a row has been undone.
UndoneRole = Qt.ItemDataRole.UserRole + 2

TIME_COLUMN, FILE_COLUMN, FORMAT_COLUMN, NEW_COLUMN, UPDATED_COLUMN, STATUS_COLUMN = range(6)
COLUMN_COUNT = 6
_NUMBER_COLUMNS = (NEW_COLUMN, UPDATED_COLUMN)


def format_label(name: str) -> str:
    """The translated name of an import format ("google-csv" -> "Google Contacts CSV")."""
    label = FORMAT_LABELS.get(name)
    return QCoreApplication.translate("interchange", label) if label else name


class ImportHistoryModel(LoadedTableModel):
    """One row per earlier import: time, file, format, new, updated, status."""

    column_count = COLUMN_COUNT

    def entry(self, row: int) -> ImportEntry:
        return self._rows[row]

    def row_of(self, import_id: str) -> int:
        """The row showing `import_id`, or -1."""
        return next((i for i, e in enumerate(self._rows) if e["id"] == import_id), -1)

    # -- QAbstractTableModel ------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS_COLUMN:
            undone = entry.get("undone_at")
            if undone:
                return self.tr("Undone on %1").replace("%1", local_time_text(undone))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ImportIdRole:
            return entry["id"]
        if role == UndoneRole:
            return bool(entry.get("undone_at"))
        return None

    def _text(self, entry: ImportEntry, column: int) -> str:
        counts = entry.get("counts") or {}
        if column == TIME_COLUMN:
            return local_time_text(entry.get("finished_at") or entry.get("started_at"))
        if column == FILE_COLUMN:
            return isolate_auto(str(entry.get("file_name") or ""))
        if column == FORMAT_COLUMN:
            return format_label(str(entry.get("format") or ""))
        if column == NEW_COLUMN:
            return QLocale().toString(int(counts.get("new", 0)))
        if column == UPDATED_COLUMN:
            return QLocale().toString(int(counts.get("updated", 0)))
        return self.tr("Undone") if entry.get("undone_at") else self.tr("Imported")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            TIME_COLUMN: self.tr("Time"),
            FILE_COLUMN: self.tr("File"),
            FORMAT_COLUMN: self.tr("Format"),
            NEW_COLUMN: self.tr("New"),
            UPDATED_COLUMN: self.tr("Updated"),
            STATUS_COLUMN: self.tr("Status"),
        }
        return titles.get(section)
