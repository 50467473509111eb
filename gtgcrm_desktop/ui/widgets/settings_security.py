"""Settings' security rows: lock after idle minutes, the keychain after a lock, a new
recovery code."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QPushButton, QSpinBox, QWidget

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.ui.context import AppContext

MAX_LOCK_MINUTES = 480


class SecuritySettings(QWidget):
    """Read from the machine settings; `save()` writes them and applies them to the window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        settings = context.machine_settings
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lockMinutes")
        self.lock_minutes.setAccessibleName(self.tr("Lock after minutes without input"))
        self.lock_minutes.setRange(0, MAX_LOCK_MINUTES)
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setValue(max(0, settings.get(app_settings.LOCK_AFTER_MINUTES)))
        self.keychain_after_lock = QCheckBox(
            self.tr("After a lock, unlock with this computer's keychain (no passphrase)")
        )
        self.keychain_after_lock.setChecked(settings.get(app_settings.KEYCHAIN_UNLOCKS_AFTER_LOCK))
        self.new_code_button = QPushButton(self.tr("New recovery code…"))
        self.new_code_button.clicked.connect(self.new_recovery_code)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Lock the window after (minutes):"), self.lock_minutes)
        form.addRow(self.keychain_after_lock)
        form.addRow(self.tr("Recovery code:"), self.new_code_button)

    def save(self) -> None:
        settings = self._context.machine_settings
        settings.set(app_settings.LOCK_AFTER_MINUTES, self.lock_minutes.value())
        settings.set(app_settings.KEYCHAIN_UNLOCKS_AFTER_LOCK, self.keychain_after_lock.isChecked())
        window_lock = getattr(self.window().parentWidget(), "window_lock", None)
        apply = getattr(window_lock, "apply_settings", None)
        if callable(apply):
            apply()

    def new_recovery_code(self) -> None:
        from gtgcrm_desktop.ui.recovery_print import NewRecoveryCode

        NewRecoveryCode(self._context, self.window()).start()
