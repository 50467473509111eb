"""Settings -> Backups: the last backup, the folder and interval, the list, back up now, and
restore into a new folder (then the app restarts on it)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.core.bidi import isolate_ltr
from gtgcrm_desktop.privacy.backup_restore import (
    Restored,
    restore_with_erasure,
    suppression_entries,
)
from gtgcrm_desktop.store import Secrets
from gtgcrm_desktop.store.backups import list_backups
from gtgcrm_desktop.store.backups.restore import is_empty_or_missing
from gtgcrm_desktop.store.keychain import Keychain
from gtgcrm_desktop.ui.backups import (
    BackupScheduler,
    failure_message,
    folder_of,
    retention_of,
    scheduler_for,
)
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.dates import shown_digits, western_digits
from gtgcrm_desktop.ui.models.backups import BackupsModel
from gtgcrm_desktop.ui.restart import restart, without_option
from gtgcrm_desktop.ui.tasks import TaskHandle, run_with_progress

_FAILURE_STYLE = "color: #b00020;"


class HoursSpinBox(QSpinBox):
    """Hours in the digits chosen in Settings (QLocale alone would show Arabic-Indic ones)."""

    def textFromValue(self, value: int) -> str:
        return shown_digits(str(value))

    def valueFromText(self, text: str) -> int:
        digits = "".join(ch for ch in western_digits(text) if "0" <= ch <= "9")
        return int(digits[:4]) if digits else self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        digits = "".join(ch for ch in western_digits(text) if "0" <= ch <= "9")
        if not digits or not self.minimum() <= int(digits[:4]) <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class BackupsPage(QWidget):
    """Everything about backups on one page; every disk operation runs on the task runner."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.scheduler: BackupScheduler | None = scheduler_for(context)
        self.status = QLabel()
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        change_folder = QPushButton(self.tr("Change folder…"))
        change_folder.clicked.connect(self._choose_folder)
        self.every_hours = HoursSpinBox()
        self.every_hours.setRange(0, 168)
        self.every_hours.setAccessibleName(self.tr("Hours between automatic backups"))
        self.every_hours.setSpecialValueText(self.tr("Off"))
        self.every_hours.setValue(context.machine_settings.get(app_settings.BACKUP_EVERY_HOURS))
        self.every_hours.valueChanged.connect(self._interval_changed)
        self.every_hours.setMaximumWidth(self.every_hours.sizeHint().width() * 2)
        retention = retention_of(context)
        kept = QLabel(
            shown_digits(
                self.tr(
                    "Backups are made when GTG CRM closes and at this interval while it is open."
                    " Kept: one a day for %1 days, one a week for %2 more weeks, one a month for"
                    " %3 more months."
                )
                .replace("%1", str(retention.daily))
                .replace("%2", str(retention.weekly))
                .replace("%3", str(retention.monthly))
            )
        )
        kept.setWordWrap(True)
        erased = QLabel(
            shown_digits(
                self.tr(
                    "Backups are encrypted and open with your passphrase or recovery code. A"
                    " person you erase can remain inside older backups until they are pruned (at"
                    " most %1 months); restoring a backup erases them again."
                ).replace("%1", str(retention.monthly + 1))
            )
        )
        erased.setWordWrap(True)
        self.model = BackupsModel(lambda: list_backups(folder_of(context)), context.tasks, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore into a new folder…"))
        self.restore_button.clicked.connect(self._restore_selected)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(change_folder)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Back up every (hours):"), self.every_hours)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(kept)
        layout.addWidget(erased)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        if self.scheduler is not None:
            self.scheduler.changed.connect(self._scheduler_changed)
        self._show_folder()
        self.update_status()
        self.model.refresh()

    # -- state ----------------------------------------------------------------------------

    def update_status(self, failure: str = "") -> None:
        scheduler = self.scheduler
        if failure:
            text = self.tr("Backup failed: %1").replace("%1", failure)
        elif scheduler is not None:
            text, failure = scheduler.status_text(), scheduler.failure
        else:
            text = ""
        self.status.setText(text)
        self.status.setStyleSheet(_FAILURE_STYLE if failure else "")
        self.status.setVisible(bool(text))

    def _scheduler_changed(self) -> None:
        self.update_status()
        self.model.refresh()

    def _show_folder(self) -> None:
        self.folder.setText(isolate_ltr(str(folder_of(self._context))))

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), str(folder_of(self._context))
        )
        if chosen:
            self._context.machine_settings.set(app_settings.BACKUP_FOLDER, chosen)
            self._show_folder()
            self.model.refresh()

    def _interval_changed(self, hours: int) -> None:
        self._context.machine_settings.set(app_settings.BACKUP_EVERY_HOURS, hours)
        if self.scheduler is not None:
            self.scheduler.apply_settings()
            self.update_status()

    # -- back up --------------------------------------------------------------------------

    def back_up_now(self) -> TaskHandle | None:
        """A backup into the folder, in the background; the list and status follow."""
        if self.scheduler is not None:
            handle = self.scheduler.run_now()
        else:
            from gtgcrm_desktop.store.backups.folder import back_up_and_prune

            workspace, folder = self._context.workspace, folder_of(self._context)
            retention = retention_of(self._context)
            handle = self._context.tasks.run(
                lambda: back_up_and_prune(workspace, folder, retention),
                on_result=lambda _: self.model.refresh(),
                on_error=lambda error: self.update_status(failure_message(self._context, error)),
            )
        if handle is not None:
            self.back_up_button.setEnabled(False)
            handle.finished.connect(lambda: self.back_up_button.setEnabled(True))
        return handle

    # -- restore --------------------------------------------------------------------------

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.path(rows[0].row()) if rows else None

    def _restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            QMessageBox.information(
                self, self.tr("Restore"), self.tr("Choose a backup in the list first.")
            )
            return
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose an empty folder for the restored workspace")
        )
        if not chosen:
            return
        target = Path(chosen)
        if not is_empty_or_missing(target):
            QMessageBox.warning(
                self,
                self.tr("Restore"),
                self.tr("%1 is not empty; choose a new or empty folder.").replace(
                    "%1", isolate_ltr(str(target))
                ),
            )
            return
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Restore"),
            self.tr("The passphrase in use when the backup was made:"),
            QLineEdit.EchoMode.Password,
        )
        if ok and passphrase:
            self.restore_into(backup, target, passphrase)

    def restore_into(self, backup: Path, target: Path, passphrase: str) -> TaskHandle:
        """Restore `backup` into the new folder `target` in the background, re-applying this
        workspace's erasures; then offer to open it."""
        workspace = self._context.workspace
        offered = Secrets(passphrase=passphrase, use_keychain=False)

        def work() -> Restored:
            entries = suppression_entries(workspace)
            return restore_with_erasure(backup, target, offered, entries, keychain=Keychain())

        self.restore_button.setEnabled(False)
        handle = run_with_progress(
            self._context.tasks,
            work,
            label=self.tr("Restoring the backup…"),
            parent=self,
            on_result=self._restored,
            on_error=self._restore_failed,
            cancellable=False,
        )
        handle.finished.connect(lambda: self.restore_button.setEnabled(True))
        return handle

    def _restored(self, restored: Restored) -> None:
        result = restored.result
        text = (
            self.tr(
                "The backup was restored into %1. People erased again because they were erased"
                " after the backup was made: %2.\n\nOpen the restored workspace now? GTG CRM"
                " restarts with it; this workspace stays as it is."
            )
            .replace("%1", isolate_ltr(str(result.target)))
            .replace("%2", shown_digits(str(restored.erased_again)))
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore"))
        box.setText(text)
        open_button = box.addButton(self.tr("Open it now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        self.last_restored = result.target
        box.exec()
        if box.clickedButton() is open_button:
            open_workspace(result.target, self.window())

    def _restore_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Restore"), failure_message(self._context, error))


class BackupsDialog(QDialog):
    """Settings -> Backups, as its own window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.setLayoutDirection(context.layout_direction)
        self.page = BackupsPage(context, self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(close)
        self.resize(760, 520)

    def done(self, result: int) -> None:
        self.page.model.stop()
        super().done(result)


def open_workspace(data_dir: Path, window: QWidget | None) -> bool:
    """Restart GTG CRM on `data_dir`: close the main window of the top-level `window` (which
    asks about unsaved changes), start a new instance with `--data-dir`, quit this one."""
    main = window.parentWidget() if window is not None and window.parentWidget() else window
    while main is not None and main.parentWidget() is not None:
        main = main.parentWidget()
    arguments = [*without_option(sys.argv[1:], "--data-dir"), "--data-dir", str(data_dir)]
    return restart(main, arguments)
