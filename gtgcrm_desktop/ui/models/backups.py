"""The backups model: the files of the backup folder, newest first, listed off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt

from gtgcrm_desktop.core.bidi import isolate_ltr
from gtgcrm_desktop.store.backups.folder import Listed
from gtgcrm_desktop.ui.dates import local_time_text, shown_digits
from gtgcrm_desktop.ui.models._loaded import LoadedTableModel
from gtgcrm_desktop.ui.models._table import AnyIndex

#: Lists the folder (in the background): `list_backups(folder)` in the app.
BackupLoader = Callable[[], list[Listed]]
#: The path of a row's file.
PathRole = Qt.ItemDataRole.UserRole + 1

TIME_COLUMN, CONTACTS_COLUMN, SIZE_COLUMN, FILE_COLUMN = range(4)
COLUMN_COUNT = 4


class BackupsModel(LoadedTableModel):
    """One row per backup file: when, contacts, size, file name (damaged ones flagged)."""

    column_count = COLUMN_COUNT

    def entry(self, row: int) -> Listed:
        return self._rows[row]

    def path(self, row: int) -> Path:
        return self._rows[row].path

    # -- QAbstractTableModel ------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.problem or str(item.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (CONTACTS_COLUMN, SIZE_COLUMN):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == PathRole:
            return str(item.path)
        return None

    def _text(self, item: Listed, column: int) -> str:
        info = item.info
        if column == FILE_COLUMN:
            return isolate_ltr(item.path.name)
        if info is None:
            return self.tr("Damaged") if column == TIME_COLUMN else ""
        if column == TIME_COLUMN:
            return local_time_text(info.created_at)
        if column == CONTACTS_COLUMN:
            return shown_digits(QLocale().toString(info.contacts))
        megabytes = info.size / 1_048_576
        return shown_digits(self.tr("%1 MB").replace("%1", QLocale().toString(megabytes, "f", 1)))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            TIME_COLUMN: self.tr("Made"),
            CONTACTS_COLUMN: self.tr("Contacts"),
            SIZE_COLUMN: self.tr("Size"),
            FILE_COLUMN: self.tr("File"),
        }
        return titles.get(section)
