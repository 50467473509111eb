"""The settings dialog: language (applied at the next start, which it announces) and phone region."""

from __future__ import annotations

import sys

import phonenumbers
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.dates import set_date_style
from gtgcrm_desktop.ui.restart import restart, without_option

LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}

#: Regions offered first for phone numbers typed without a country code.
COMMON_REGIONS = ("SA", "AE", "KW", "QA", "BH", "OM", "EG", "JO", "GB", "US")


class SettingsDialog(QDialog):
    """Saves the language as a machine setting and the default region in the workspace."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        saved = context.machine_settings.get(app_settings.LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Default phone region"))
        self.region.setEditable(True)
        self.region.addItems(COMMON_REGIONS)
        self.region.setCurrentText(context.workspace.settings.get(app_settings.DEFAULT_REGION))
        self.calendar = QComboBox()
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.addItem(self.tr("Gregorian"), "gregorian")
        self.calendar.addItem(self.tr("Hijri (Umm al-Qura)"), "hijri")
        saved_calendar = context.machine_settings.get(app_settings.CALENDAR)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(saved_calendar)))
        self.digits = QComboBox()
        self.digits.setAccessibleName(self.tr("Digits"))
        self.digits.addItem("0123456789", "latin")
        self.digits.addItem("٠١٢٣٤٥٦٧٨٩", "arabic")
        saved_digits = context.machine_settings.get(app_settings.DIGITS)
        self.digits.setCurrentIndex(max(0, self.digits.findData(saved_digits)))
        note = QLabel(self.tr("A new language is applied when GTG CRM starts again."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("Phone numbers without a country code are in:"), self.region)
        form.addRow(self.tr("Show dates in the calendar:"), self.calendar)
        form.addRow(self.tr("Digits in dates and times:"), self.digits)
        form.addRow(self.tr("Backups:"), self._backups_row())
        from gtgcrm_desktop.ui.widgets.settings_security import SecuritySettings

        self.security = SecuritySettings(context, self)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(buttons)

    def _backups_row(self) -> QWidget:
        """The last backup (or its failure) and the way to Settings -> Backups."""
        from PySide6.QtWidgets import QHBoxLayout, QPushButton

        from gtgcrm_desktop.ui.backups import BackupStatusLabel, scheduler_for

        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        scheduler = scheduler_for(self._context)
        if scheduler is not None:
            self.backup_status = BackupStatusLabel(scheduler)
            self.backup_status.setWordWrap(True)
            layout.addWidget(self.backup_status, 1)
        self.backups_button = QPushButton(self.tr("Backups…"))
        self.backups_button.clicked.connect(self.open_backups)
        layout.addWidget(self.backups_button)
        return row

    def open_backups(self) -> None:
        from gtgcrm_desktop.ui.widgets.settings_backups import BackupsDialog

        BackupsDialog(self._context, self).exec()

    def accept(self) -> None:
        context = self._context
        region = self.region.currentText().strip().upper()
        if region not in phonenumbers.SUPPORTED_REGIONS:
            QMessageBox.warning(
                self, self.tr("Settings"), self.tr("Use a two-letter country code such as SA.")
            )
            return
        context.workspace.settings.set(app_settings.DEFAULT_REGION, region)
        calendar, digits = str(self.calendar.currentData()), str(self.digits.currentData())
        context.machine_settings.set(app_settings.CALENDAR, calendar)
        context.machine_settings.set(app_settings.DIGITS, digits)
        set_date_style(calendar, digits)
        chosen = str(self.language.currentData())
        changed = chosen != context.machine_settings.get(app_settings.LANGUAGE)
        context.machine_settings.set(app_settings.LANGUAGE, chosen)
        self.security.save()
        super().accept()
        if changed:
            self._announce_restart()

    def _announce_restart(self) -> None:
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Language changed"))
        box.setText(
            self.tr(
                "The new language is used after GTG CRM restarts. Your data is saved. Restart now?"
            )
        )
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            restart_app(self.parentWidget())


def restart_app(window: QWidget | None = None) -> bool:
    """Close `window`, then start a new instance without --lang (so the saved language
    applies) and quit this one; False when the user stayed."""
    return restart(window, without_option(sys.argv[1:], "--lang"))
