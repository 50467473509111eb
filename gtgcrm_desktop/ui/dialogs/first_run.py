"""The first-run wizard: set the passphrase, make the privacy choices, create the encrypted
workspace (recording those choices) and save the recovery code."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gtgcrm_desktop.core.errors import GtgError
from gtgcrm_desktop.store import Workspace
from gtgcrm_desktop.ui.dialogs.first_run_consent import (
    FirstRunConsentPage,
    record_first_run_choices,
)
from gtgcrm_desktop.ui.passphrase_strength import MIN_LENGTH, Strength, is_weak, strength
from gtgcrm_desktop.ui.recovery_print import RecoveryCodeActions
from gtgcrm_desktop.ui.tasks import TaskRunner
from gtgcrm_desktop.ui.widgets.ltr import make_ltr
from gtgcrm_desktop.ui.widgets.wizard_buttons import label_wizard_buttons

_log = logging.getLogger(__name__)


class WelcomePage(QWizardPage):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to GTG CRM"))
        text = QLabel(
            self.tr(
                "GTG CRM keeps your contacts and templates in an encrypted workspace on this "
                "computer. It works without the internet and syncs with your GTG cloud "
                "workspace when you are online.\n\nThe workspace will be created in this folder:"
            )
        )
        text.setWordWrap(True)
        folder = QLabel(str(data_dir))
        make_ltr(folder)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(folder)
        layout.addStretch()


class PassphrasePage(QWizardPage):
    """Passphrase twice, with a strength hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a passphrase"))
        # In the page, not the wizard's subtitle: the header does not grow for a wrapped line.
        self.intro = QLabel(
            self.tr(
                "The passphrase protects your data. Choose a few words that only you know; "
                "it cannot be recovered without the recovery code you will get once the "
                "workspace is created."
            )
        )
        self.intro.setObjectName("passphraseIntro")
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel()
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.match = QLabel()
        self.match.setObjectName("matchHint")
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("Repeat:"), self.repeat)
        form.addRow("", self.match)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._update()

    def hint_text(self, level: Strength) -> str:
        return {
            Strength.TOO_SHORT: self.tr("Too short: use at least %n characters.", "", MIN_LENGTH),
            Strength.WEAK: self.tr("Too weak: easy to guess. Add more words to go on."),
            Strength.FAIR: self.tr("Fair: one or two more words would make it strong."),
            Strength.GOOD: self.tr("Good."),
            Strength.STRONG: self.tr("Strong."),
        }[level]

    def _update(self) -> None:
        level = strength(self.passphrase.text())
        self.meter.setValue(int(level))
        self.hint.setText(self.hint_text(level) if self.passphrase.text() else "")
        if self.repeat.text() and self.repeat.text() != self.passphrase.text():
            self.match.setText(self.tr("The two passphrases differ."))
        else:
            self.match.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """A weak passphrase is refused, not only hinted at (as `gtgcrm init` refuses it)."""
        text = self.passphrase.text()
        return not is_weak(text) and text == self.repeat.text()


class RecoveryPage(QWizardPage):
    """Creates the workspace off the GUI thread, then shows the one-time recovery code, to
    copy (cleared from the clipboard after 30 s), print or save as a PDF."""

    def __init__(
        self, workspace_name: str = "", language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Save your recovery code"))
        self.status = QLabel(self.tr("Creating the encrypted workspace…"))
        self.status.setWordWrap(True)
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(14)
        self.code.setFont(font)
        make_ltr(self.code)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.actions = RecoveryCodeActions(workspace_name, language)
        self.copy = self.actions.copy_button
        self.saved = QCheckBox(self.tr("I have written down or printed the recovery code"))
        self.saved.toggled.connect(self.completeChanged)
        self.choices_failed = QLabel(
            self.tr(
                "Your privacy choices could not be saved. Everything stays off; you can "
                "choose again in the Privacy screen."
            )
        )
        self.choices_failed.setObjectName("choicesFailed")
        self.choices_failed.setWordWrap(True)
        for widget in (self.code, self.actions, self.saved, self.choices_failed):
            widget.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.code)
        layout.addWidget(self.actions)
        layout.addWidget(self.saved)
        layout.addWidget(self.choices_failed)
        layout.addStretch()

    def show_code(self, code: str, choices_saved: bool = True) -> None:
        self.status.setText(
            self.tr(
                "Your workspace is ready. If you forget the passphrase, this code is the only "
                "way back in. Write it down and keep it somewhere safe; it is shown only once."
            )
        )
        self.code.setText(code)
        self.actions.set_code(code)
        for widget in (self.code, self.actions, self.saved):
            widget.show()
        self.choices_failed.setVisible(not choices_saved)
        self.completeChanged.emit()

    def show_failure(self, text: str) -> None:
        self.status.setText(text)

    def isComplete(self) -> bool:
        return bool(self.code.text()) and self.saved.isChecked()


def create_workspace(
    data_dir: Path, passphrase: str, choices: dict[str, bool]
) -> tuple[Workspace, str, bool]:
    """Create the workspace, then record the first-run privacy choices and the policy
    acknowledgement. The recovery code is returned even if recording fails (the workspace
    exists by then and the code is shown only once); the flag tells whether it succeeded."""
    workspace, code = Workspace.create(data_dir, passphrase)
    try:
        record_first_run_choices(workspace, choices)
    except Exception:
        _log.exception("could not record the first-run privacy choices")
        return workspace, code, False
    return workspace, code, True


class FirstRunWizard(QWizard):
    """On success `workspace` holds the new, unlocked workspace."""

    def __init__(
        self, data_dir: Path, tasks: TaskRunner, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._tasks = tasks
        self._language = language
        self.workspace: Workspace | None = None
        self.recovery_code = ""
        self.setWindowTitle(self.tr("Create your GTG CRM workspace"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        label_wizard_buttons(self)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(600, 500)
        self.welcome_page_id = self.addPage(WelcomePage(data_dir))
        self.passphrase_page = PassphrasePage()
        self.addPage(self.passphrase_page)
        self.consent_page = FirstRunConsentPage(language)
        self.consent_page_id = self.addPage(self.consent_page)
        self.recovery_page = RecoveryPage(data_dir.name, language)
        self.recovery_page_id = self.addPage(self.recovery_page)
        self.currentIdChanged.connect(self._on_page)

    def _on_page(self, page_id: int) -> None:
        if page_id != self.recovery_page_id or self.workspace is not None:
            return
        passphrase, data_dir = self.passphrase_page.passphrase.text(), self._data_dir
        choices = self.consent_page.choices()
        self._tasks.run(
            lambda: create_workspace(data_dir, passphrase, choices),
            on_result=self._on_created,
            on_error=self._on_failed,
        )

    def _on_created(self, created: tuple[Workspace, str, bool]) -> None:
        self.workspace, self.recovery_code, choices_saved = created
        self.recovery_page.show_code(self.recovery_code, choices_saved)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, GtgError):
            text = error.localized(self._language)
        else:
            text = GtgError().localized(self._language)
        self.recovery_page.show_failure(text)

    def reject(self) -> None:
        if self.workspace is not None and not self.recovery_page.saved.isChecked():
            # The workspace exists already; only leave once the code was acknowledged.
            self.recovery_page.saved.setFocus()
            return
        super().reject()
