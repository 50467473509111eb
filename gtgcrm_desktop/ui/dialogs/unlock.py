"""Unlocking: a form that asks for the passphrase (or the recovery code) until the workspace
opens, and the dialog that shows it at start (the lock screen shows the same form)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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


class UnlockForm(QWidget):
    """Each attempt runs off the GUI thread; a wrong passphrase says so and lets you retry.

    A failed attempt changes no file. `unlocked` carries the open workspace. With
    `allow_keychain`, an empty passphrase tries the OS keychain instead. `opener` (run on the
    worker thread) turns the offered secrets into the workspace; by default it opens the
    workspace of `data_dir`."""

    unlocked = Signal(object)
    busy_changed = Signal(bool)
    #: A message was shown under the field (a dialog may need to grow for it).
    error_shown = Signal()

    def __init__(
        self,
        data_dir: Path,
        tasks: TaskRunner,
        language: str,
        parent: QWidget | None = None,
        allow_keychain: bool = False,
        opener: Callable[[Secrets], Workspace] | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener or (lambda offered: Workspace.open(data_dir, offered))
        self._tasks = tasks
        self._language = language
        self._allow_keychain = allow_keychain
        self.busy = False

        self.prompt = QLabel(self._passphrase_prompt())
        self.prompt.setWordWrap(True)
        self.folder = QLabel(str(data_dir))
        make_ltr(self.folder)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Passphrase"))
        self.secret.returnPressed.connect(self.attempt)
        self.use_recovery = QCheckBox(self.tr("I forgot it: use my recovery code instead"))
        self.use_recovery.toggled.connect(self._on_mode_changed)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addWidget(self.folder)
        layout.addWidget(self.secret)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.error)
        self.secret.setFocus()

    def _passphrase_prompt(self) -> str:
        if self._allow_keychain:
            return self.tr(
                "Enter the passphrase of this workspace, or leave it empty to unlock with "
                "this computer's keychain."
            )
        return self.tr("Enter the passphrase of this workspace.")

    def _on_mode_changed(self, recovery: bool) -> None:
        if recovery:
            self.prompt.setText(
                self.tr("Enter the recovery code you saved when you created the workspace.")
            )
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setAccessibleName(self.tr("Recovery code"))
            make_ltr(self.secret)
        else:
            self.prompt.setText(self._passphrase_prompt())
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setAccessibleName(self.tr("Passphrase"))
        self.secret.clear()
        self.secret.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.error_shown.emit()

    def reset(self) -> None:
        """Back to an empty passphrase field (the lock screen, each time it is shown)."""
        self.use_recovery.setChecked(False)
        self.secret.clear()
        self.error.clear()
        self.error.hide()
        self.secret.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.secret.setEnabled(not busy)
        self.use_recovery.setEnabled(not busy)
        if busy:
            self.show_error(self.tr("Unlocking…"))
        self.busy_changed.emit(busy)

    def attempt(self) -> None:
        if self.busy:
            return
        secret = self.secret.text()
        recovery = self.use_recovery.isChecked()
        if recovery and not secret:
            self.show_error(self.tr("Type the recovery code first."))
            return
        if not secret and not self._allow_keychain:
            self.show_error(self.tr("Type the passphrase first."))
            return
        if recovery:
            offered = Secrets(recovery_code=secret, use_keychain=False)
        elif secret:
            offered = Secrets(passphrase=secret, use_keychain=False)
        else:
            offered = Secrets()  # the keychain, allowed by the setting
        opener = self._opener
        self._set_busy(True)
        self._tasks.run(
            lambda: opener(offered),
            on_result=self._on_opened,
            on_error=self._on_failed,
        )

    def _on_opened(self, workspace: Workspace) -> None:
        self.secret.clear()
        self._set_busy(False)
        self.error.hide()
        self.unlocked.emit(workspace)

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
        self.secret.selectAll()
        self.secret.setFocus()


class UnlockDialog(QDialog):
    """The unlock form at start; on success `workspace` holds the open workspace."""

    def __init__(
        self, data_dir: Path, tasks: TaskRunner, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Unlock GTG CRM"))
        self.setMinimumWidth(420)
        self.form = UnlockForm(data_dir, tasks, language, self)
        self._secret = self.form.secret
        self._use_recovery = self.form.use_recovery
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self._buttons.accepted.connect(self.form.attempt)
        self._buttons.rejected.connect(self.reject)
        self.form.busy_changed.connect(lambda busy: self._buttons.setEnabled(not busy))
        self.form.unlocked.connect(self._on_opened)
        self.form.error_shown.connect(self._fit_height)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self._buttons)
        self._secret.setFocus()

    def show_error(self, text: str) -> None:
        self.form.show_error(text)

    def _fit_height(self) -> None:
        """Grow (never shrink) to the height the wrapped texts need at the current width."""
        self.form.layout().invalidate()
        self.form.layout().activate()
        layout = self.layout()
        layout.invalidate()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _on_opened(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.accept()
