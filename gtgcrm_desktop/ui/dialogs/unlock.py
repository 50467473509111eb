"""The unlock dialog: asks for the passphrase (or the recovery code) until the workspace opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.errors import GtgError, UnknownRecoveryCodeError, WrongPassphraseError
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.ui.tasks import TaskRunner
from gtgcrm_desktop.ui.widgets.ltr import make_ltr


class UnlockDialog(QDialog):
    """Each attempt runs off the GUI thread; a wrong passphrase says so and lets you retry.

    A failed attempt changes no file. On success `workspace` holds the open workspace.
    """

    def __init__(
        self, data_dir: Path, tasks: TaskRunner, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._tasks = tasks
        self._language = language
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Unlock GTG CRM"))
        self.setMinimumWidth(420)

        intro = QLabel(self.tr("Enter the passphrase of this workspace."))
        intro.setWordWrap(True)
        folder = QLabel(str(data_dir))
        make_ltr(folder)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._prompt = intro
        self._secret = QLineEdit()
        self._secret.setEchoMode(QLineEdit.EchoMode.Password)
        self._secret.setAccessibleName(self.tr("Passphrase"))
        self._use_recovery = QCheckBox(self.tr("I forgot it: use my recovery code instead"))
        self._use_recovery.toggled.connect(self._on_mode_changed)
        self._error = QLabel()
        self._error.setObjectName("errorLabel")
        self._error.setWordWrap(True)
        self._error.setAccessibleName(self.tr("Error"))
        self._error.hide()
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self._buttons.accepted.connect(self._attempt)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(folder)
        layout.addWidget(self._secret)
        layout.addWidget(self._use_recovery)
        layout.addWidget(self._error)
        layout.addWidget(self._buttons)
        self._secret.setFocus()

    def _on_mode_changed(self, recovery: bool) -> None:
        if recovery:
            self._prompt.setText(
                self.tr("Enter the recovery code you saved when you created the workspace.")
            )
            self._secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self._secret.setAccessibleName(self.tr("Recovery code"))
            make_ltr(self._secret)
        else:
            self._prompt.setText(self.tr("Enter the passphrase of this workspace."))
            self._secret.setEchoMode(QLineEdit.EchoMode.Password)
            self._secret.setAccessibleName(self.tr("Passphrase"))
        self._secret.clear()
        self._secret.setFocus()

    def show_error(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never shrink) to the height the wrapped texts need at the current width."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _set_busy(self, busy: bool) -> None:
        self._secret.setEnabled(not busy)
        self._use_recovery.setEnabled(not busy)
        self._buttons.setEnabled(not busy)
        if busy:
            self.show_error(self.tr("Unlocking…"))

    def _attempt(self) -> None:
        secret = self._secret.text()
        if not secret:
            if self._use_recovery.isChecked():
                self.show_error(self.tr("Type the recovery code first."))
            else:
                self.show_error(self.tr("Type the passphrase first."))
            return
        if self._use_recovery.isChecked():
            offered = Secrets(recovery_code=secret, use_keychain=False)
        else:
            offered = Secrets(passphrase=secret, use_keychain=False)
        data_dir = self._data_dir
        self._set_busy(True)
        self._tasks.run(
            lambda: Workspace.open(data_dir, offered),
            on_result=self._on_opened,
            on_error=self._on_failed,
        )

    def _on_opened(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self._set_busy(False)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphraseError):
            text = self.tr(
                "Wrong passphrase. Check the keyboard language and Caps Lock, then try again."
            )
        elif isinstance(error, UnknownRecoveryCodeError):
            text = self.tr(
                "This recovery code does not open the workspace. Check it and try again."
            )
        elif isinstance(error, GtgError):
            text = error.localized(self._language)
        else:
            text = GtgError().localized(self._language)
        self.show_error(text)
        self._secret.selectAll()
        self._secret.setFocus()
