"""Data requests for the account or one contact: export, correction, erasure, objection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_auto, isolate_ltr
from gtgcrm_desktop.core.errors import ValidationError
from gtgcrm_desktop.core.i18n import translate
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.correction import CorrectionReport, correct_contact
from gtgcrm_desktop.privacy.erasure import ErasureReport, erase_contact
from gtgcrm_desktop.privacy.export import ExportReport, export
from gtgcrm_desktop.privacy.objection import ObjectionReport, record_objection
from gtgcrm_desktop.privacy.requests import DataRequest, DataRequests
from gtgcrm_desktop.sync.privacy import account_requests
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.dates import local_time
from gtgcrm_desktop.ui.tasks import run_with_progress
from gtgcrm_desktop.ui.widgets.contact_editor import ContactEditor
from gtgcrm_desktop.ui.widgets.privacy_cloud import CloudAccountSection
from gtgcrm_desktop.ui.widgets.privacy_common import (
    field_names,
    fill_table,
    hint,
    make_table,
    section_title,
    short_id,
    word,
)
from gtgcrm_desktop.ui.widgets.privacy_contact_chooser import ContactChooser

MIN_EXPORT_PASSPHRASE = 8
#: Heights of the top (whose data, what to do) and of the request lists, choosing a contact.
CONTACT_SPLIT = [320, 380]


@dataclass(frozen=True, slots=True)
class ExportChoice:
    path: Path
    passphrase: str | None


class ExportOptionsDialog(QDialog):
    """Whether to protect the export with a passphrase (typed twice)."""

    def __init__(self, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export data"))
        self.encrypt = QCheckBox(self.tr("Protect the file with a passphrase (recommended)"))
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Export passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the export passphrase"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat:"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.encrypt.toggled.connect(self.passphrase.setEnabled)
        self.encrypt.toggled.connect(self.repeat.setEnabled)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "The export of %1 is a zip with a complete JSON document, CSV files, a vCard"
                " and a README in Arabic and English."
            ).replace("%1", subject)
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addWidget(self.encrypt)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_passphrase(self) -> str | None:
        return self.passphrase.text() if self.encrypt.isChecked() else None

    def _accept(self) -> None:
        if self.encrypt.isChecked():
            if len(self.passphrase.text()) < MIN_EXPORT_PASSPHRASE:
                self._fail(
                    self.tr("Use a passphrase of at least %1 characters.").replace(
                        "%1", str(MIN_EXPORT_PASSPHRASE)
                    )
                )
                return
            if self.passphrase.text() != self.repeat.text():
                self._fail(self.tr("The two passphrases differ."))
                return
        self.accept()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class CorrectionDialog(QDialog):
    """A guided correction: the contact's fields; saving records what changed (masked)."""

    def __init__(self, context: AppContext, contact: Contact, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.contact_id = contact.id
        self.report: CorrectionReport | None = None
        self.setWindowTitle(
            self.tr("Correct “%1”").replace("%1", isolate_auto(contact.effective_display_name()))
        )
        self.editor = ContactEditor()
        self.editor.load(contact)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save correction"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Change what is wrong and save. The correction is recorded in the audit"
                    " log (field names and masked values only) and as a completed request."
                )
            )
        )
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def save(self) -> None:
        try:
            edited = self.editor.contact()
        except ValidationError as error:
            self._show_validation(error)
            return
        changes = edited.field_values()
        workspace, contact_id = self.context.workspace, self.contact_id
        self.save_button.setEnabled(False)
        self.context.tasks.run(
            lambda: correct_contact(workspace, contact_id, changes),
            on_result=self._saved,
            on_error=self._failed,
        )

    def _saved(self, report: CorrectionReport) -> None:
        self.report = report
        self.save_button.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_validation(error)
            return
        QMessageBox.warning(self, self.tr("Correction"), self.context.error_message(error))

    def _show_validation(self, error: ValidationError) -> None:
        self.editor.show_error(error, translate("errors", error.reason, self.context.language))


class DataRequestsPage(QWidget):
    """The data rights of the account and of each contact, with the record of every request."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._fitted = False
        self.account_choice = QRadioButton(self.tr("My account"))
        self.account_choice.setObjectName("subjectAccount")
        self.contact_choice = QRadioButton(self.tr("One contact"))
        self.contact_choice.setObjectName("subjectContact")
        self.account_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.account_choice)
        group.addButton(self.contact_choice)
        self.chooser = ContactChooser(context)
        self.chooser.setEnabled(False)
        self.chooser.chosen.connect(lambda *_: self._update_buttons())
        self.account_choice.toggled.connect(self._subject_changed)

        self.export_button = QPushButton(self.tr("Export the data on this computer…"))
        self.export_button.setObjectName("exportData")
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setObjectName("correctContact")
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setObjectName("eraseContact")
        self.object_button = QPushButton(self.tr("Object to marketing"))
        self.object_button.setObjectName("objectToMarketing")
        self.export_button.clicked.connect(self.export_data)
        self.correct_button.clicked.connect(self.correct)
        self.erase_button.clicked.connect(self.erase)
        self.object_button.clicked.connect(self.object_to_marketing)
        self.explanation = hint("")
        self.cloud = CloudAccountSection(context)

        self.requests = make_table(
            [
                self.tr("Type"),
                self.tr("Subject"),
                self.tr("Status"),
                self.tr("Opened"),
                self.tr("Due"),
                self.tr("Completed"),
                self.tr("Outcome"),
            ],
            self.tr("Data requests"),
        )
        self.requests.setObjectName("requestsTable")

        subject = QWidget()
        subject_layout = QVBoxLayout(subject)
        subject_layout.setContentsMargins(0, 0, 0, 0)
        subject_layout.addWidget(section_title(self.tr("Whose data?")))
        subject_layout.addWidget(self.account_choice)
        subject_layout.addWidget(self.contact_choice)
        subject_layout.addWidget(self.chooser, 1)
        subject_layout.addStretch(0)  # keeps the choices together while the search is hidden
        actions = QWidget()
        actions_layout = QVBoxLayout(actions)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.addWidget(section_title(self.tr("What to do")))
        for button in (
            self.export_button,
            self.correct_button,
            self.erase_button,
            self.object_button,
        ):
            actions_layout.addWidget(button)
        actions_layout.addWidget(self.explanation)
        actions_layout.addStretch()
        top = QHBoxLayout()
        top.addWidget(subject, 3)
        top.addSpacing(12)
        top.addWidget(actions, 2)
        self.top = QWidget()
        self.top.setLayout(top)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.cloud, 1)
        bottom_layout.addWidget(section_title(self.tr("Requests handled on this computer")))
        bottom_layout.addWidget(self.requests, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.top)
        self.splitter.addWidget(bottom)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes(CONTACT_SPLIT)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._subject_changed()

    # -- subject ------------------------------------------------------------------------

    @property
    def for_account(self) -> bool:
        return self.account_choice.isChecked()

    def _subject_changed(self) -> None:
        """Only what applies to the subject shows: the contact's search and actions, or the
        account's cloud requests."""
        for widget in (self.chooser, self.correct_button, self.erase_button, self.object_button):
            widget.setVisible(not self.for_account)
        self.chooser.setEnabled(not self.for_account)
        self._update_buttons()
        self._fit_top()

    def _fit_top(self) -> None:
        """Give the top the height its content needs for the account (the lists below get the
        rest), and the usual share for a contact, whose search list is worth the room."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        if self.for_account:
            layout = self.top.layout()
            needed = layout.totalHeightForWidth(self.top.width())
            top = min(max(needed, self.top.minimumSizeHint().height()), total // 2)
        else:
            top = total * CONTACT_SPLIT[0] // sum(CONTACT_SPLIT)
        self.splitter.setSizes([top, total - top])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self._fit_top()

    def _subject_name(self) -> str:
        if self.for_account:
            return self.tr("your account")
        return f"“{isolate_auto(self.chooser.contact_name)}”"

    def _update_buttons(self) -> None:
        has_contact = not self.for_account and bool(self.chooser.contact_id)
        self.export_button.setText(
            self.tr("Export the data on this computer…")
            if self.for_account
            else self.tr("Export this contact’s data…")
        )
        self.export_button.setEnabled(self.for_account or has_contact)
        for button in (self.correct_button, self.erase_button, self.object_button):
            button.setEnabled(has_contact)
        self.cloud.setVisible(self.for_account)
        if self.for_account:
            self.explanation.setText(
                self.tr(
                    "Everything in this workspace is in the export. Your account details (name,"
                    " e-mail, billing) are kept by GTG CRM in the cloud: ask for a copy of them"
                    " or for their deletion below."
                )
            )
        elif not has_contact:
            self.explanation.setText(self.tr("Choose a contact first."))
        else:
            self.explanation.setText(
                self.tr(
                    "Erasure removes the contact for good, here and, with the next sync, on your"
                    " other devices and address book; only salted hashes of their e-mails and"
                    " phones are kept, so that no import or sync brings them back. Older backups"
                    " still hold their data until they are pruned: about 13 months with the"
                    " default 7 daily, 4 weekly and 12 monthly backups (longer when the app is"
                    " seldom used). Restoring one erases them again."
                )
            )

    # -- export -------------------------------------------------------------------------

    def _ask_export(self) -> ExportChoice | None:
        """Ask for encryption and the target file; None when the user cancels."""
        options = ExportOptionsDialog(self._subject_name(), self)
        if options.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase = options.chosen_passphrase()
        stem = "account" if self.for_account else "contact"
        suffix = ".zip.enc" if passphrase else ".zip"
        suggested = f"gtgcrm-{stem}-data-{date.today().isoformat()}{suffix}"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the export"),
            str(Path.home() / suggested),
            self.tr("Encrypted export (*.enc)") if passphrase else self.tr("Zip archive (*.zip)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return None
        return ExportChoice(Path(path), passphrase)

    def export_data(self) -> None:
        choice = self._ask_export()
        if choice is not None:
            self.export_to(choice.path, choice.passphrase)

    def export_to(self, path: Path, passphrase: str | None) -> None:
        """Write the export of the chosen subject to `path` off the GUI thread."""
        workspace = self.context.workspace
        contact_id = None if self.for_account else self.chooser.contact_id
        self.export_button.setEnabled(False)
        run_with_progress(
            self.context.tasks,
            lambda: export(workspace, path, contact_id=contact_id, passphrase=passphrase),
            label=self.tr("Exporting…"),
            parent=self,
            on_result=self._exported,
            on_error=self._failed,
            cancellable=False,
        )

    def _exported(self, report: ExportReport) -> None:
        text = (
            self.tr("Encrypted export saved to %1.")
            if report.encrypted
            else self.tr("Export saved to %1.")
        )
        self.context.notify(text.replace("%1", isolate_ltr(str(report.path))))
        self.refresh()

    # -- correction, erasure, objection -------------------------------------------------

    def correct(self) -> None:
        contact_id = self.chooser.contact_id
        if not contact_id:
            return
        contacts = self.context.workspace.contacts
        self.context.tasks.run(
            lambda: contacts.get(contact_id), on_result=self._open_correction, on_error=self._failed
        )

    def _open_correction(self, contact: Contact) -> None:
        dialog = CorrectionDialog(self.context, contact, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.report is not None:
            self.context.notify(self.tr("Correction saved and recorded."))
            self.context.events.contacts_changed.emit()
            self.refresh()

    def confirm_erasure(self, name: str) -> bool:
        """Two confirmations, each naming the contact."""
        shown = isolate_auto(name)
        first = QMessageBox.question(
            self,
            self.tr("Erase contact"),
            self.tr(
                "Erase “%1” for good? Their details, consent history texts and search entries"
                " are removed; this cannot be undone."
            ).replace("%1", shown),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if first != QMessageBox.StandardButton.Yes:
            return False
        second = QMessageBox.question(
            self,
            self.tr("Erase contact"),
            self.tr("Last check: erase “%1” now?").replace("%1", shown),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return second == QMessageBox.StandardButton.Yes

    def erase(self) -> None:
        contact_id, name = self.chooser.contact_id, self.chooser.contact_name
        if not contact_id or not self.confirm_erasure(name):
            return
        workspace = self.context.workspace
        self.erase_button.setEnabled(False)
        run_with_progress(
            self.context.tasks,
            lambda: erase_contact(workspace, contact_id),
            label=self.tr("Erasing…"),
            parent=self,
            on_result=lambda report: self._erased(report, name),
            on_error=self._failed,
            cancellable=False,
        )

    def _erased(self, _report: ErasureReport, name: str) -> None:
        self.context.notify(self.tr("“%1” was erased.").replace("%1", isolate_auto(name)))
        self.chooser.choose("", "")
        self.context.events.contacts_changed.emit()
        self.refresh()

    def object_to_marketing(self) -> None:
        contact_id, name = self.chooser.contact_id, self.chooser.contact_name
        if not contact_id:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Objection to marketing"),
            self.tr(
                "Record that “%1” objects to direct marketing? They are excluded from every"
                " marketing list at once."
            ).replace("%1", isolate_auto(name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace = self.context.workspace
        self.context.tasks.run(
            lambda: record_objection(workspace, contact_id, source=v.SOURCE_PRIVACY_TAB),
            on_result=self._objected,
            on_error=self._failed,
        )

    def _objected(self, _report: ObjectionReport) -> None:
        self.context.notify(self.tr("Objection recorded: excluded from direct marketing."))
        self.refresh()

    # -- the list -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the requests handled here and those sent to the cloud again."""
        self.cloud.refresh()
        workspace = self.context.workspace

        def load() -> tuple[list[DataRequest], dict[str, str]]:
            cloud = {r["id"] for r in account_requests(workspace)}  # listed under the cloud's
            found = [r for r in DataRequests(workspace).list(limit=500) if r.id not in cloud]
            ids = sorted({r.subject_id for r in found if r.subject_type == v.CONTACT})
            names = {c.id: c.effective_display_name() for c in workspace.contacts.get_many(ids)}
            return found, names

        self.context.tasks.run(load, on_result=self._show, on_error=self._failed)

    def _outcome(self, outcome: str) -> str:
        fixed = {
            "erased": self.tr("erased"),
            "exported": self.tr("exported"),
            "objection recorded": self.tr("objection recorded"),
        }
        if outcome in fixed:
            return fixed[outcome]
        if outcome.startswith("corrected: "):
            fields = outcome.removeprefix("corrected: ").split(", ")
            return self.tr("corrected: %1").replace("%1", field_names(fields))
        return isolate_auto(outcome)

    def _subject(self, request: DataRequest, names: dict[str, str]) -> str:
        if request.subject_type == v.ACCOUNT:
            return self.tr("My account")
        name = names.get(request.subject_id)
        if name is not None:
            return isolate_auto(name)
        return self.tr("Erased contact %1").replace("%1", short_id(request.subject_id))

    def _show(self, loaded: tuple[list[DataRequest], dict[str, str]]) -> None:
        found, names = loaded
        self._update_buttons()
        fill_table(
            self.requests,
            [
                [
                    word(r.kind),
                    self._subject(r, names),
                    word(r.status),
                    local_time(r.created_at),
                    local_time(r.due_at) if not r.closed else "",
                    local_time(r.completed_at),
                    self._outcome(r.outcome),
                ]
                for r in found
            ],
        )

    def _failed(self, error: BaseException) -> None:
        self._update_buttons()
        message = self.context.error_message(error)
        self.context.notify(message)
        QMessageBox.warning(self, self.tr("Data requests"), message)
