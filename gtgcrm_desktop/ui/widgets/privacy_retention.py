"""Retention: how long inactive contacts are kept, and the review of those due."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.core.bidi import isolate_auto, isolate_ltr
from gtgcrm_desktop.privacy import retention
from gtgcrm_desktop.privacy.retention import RetentionRun
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.dates import local_time
from gtgcrm_desktop.ui.tasks import run_with_progress
from gtgcrm_desktop.ui.widgets.privacy_common import fill_table, hint, make_table, section_title
from gtgcrm_desktop.ui.widgets.privacy_months import MonthsSpinBox


class RetentionPage(QWidget):
    """The retention setting, "review now", and applying it to the contacts listed."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_run: RetentionRun | None = None
        self.months = MonthsSpinBox()
        self.months.setObjectName("retentionMonths")
        self.months.setRange(1, retention.MAX_MONTHS)
        self.months.setMinimumWidth(140)
        self.months.setAccessibleName(self.tr("Months without activity"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("What happens after that"))
        self.action.addItem(self.tr("List them for my review"), retention.REVIEW)
        self.action.addItem(self.tr("Anonymise them automatically"), retention.ANONYMISE)
        self.action.addItem(self.tr("Delete them automatically"), retention.DELETE)
        self.save_button = QPushButton(self.tr("Save setting"))
        self.save_button.setObjectName("saveRetention")
        self.save_button.clicked.connect(self.save)
        self.review_button = QPushButton(self.tr("Review now"))
        self.review_button.setObjectName("reviewRetention")
        self.review_button.clicked.connect(self.review)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.anonymise_button = QPushButton(self.tr("Anonymise these…"))
        self.delete_button = QPushButton(self.tr("Delete these…"))
        self.anonymise_button.clicked.connect(lambda: self.apply(retention.ANONYMISE))
        self.delete_button.clicked.connect(lambda: self.apply(retention.DELETE))
        self.table = make_table(
            [self.tr("Contact"), self.tr("Last activity"), self.tr("Id")],
            self.tr("Contacts due for review"),
        )
        self.table.setObjectName("retentionCandidates")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Keep contacts without activity for:"), self.months)
        form.addRow(self.tr("After that:"), self.action)
        setting_buttons = QHBoxLayout()
        setting_buttons.addWidget(self.save_button)
        setting_buttons.addStretch()
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_button)
        review_row.addWidget(self.summary, 1)
        apply_row = QHBoxLayout()
        apply_row.addStretch()
        apply_row.addWidget(self.anonymise_button)
        apply_row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Retention")))
        layout.addWidget(
            hint(
                self.tr(
                    "Activity is the last edit, consent decision or message. A masked record of"
                    " every contact removed is kept in the audit log."
                )
            )
        )
        layout.addLayout(form)
        layout.addLayout(setting_buttons)
        layout.addSpacing(8)
        layout.addLayout(review_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(apply_row)
        self._show_candidates(None)

    def refresh(self) -> None:
        workspace = self.context.workspace

        def load() -> tuple[int, str]:
            return (
                workspace.settings.get(app_settings.RETENTION_MONTHS),
                workspace.settings.get(app_settings.RETENTION_ACTION),
            )

        self.context.tasks.run(load, on_result=self._show_setting, on_error=self._failed)

    def _show_setting(self, setting: tuple[int, str]) -> None:
        months, action = setting
        self.months.setValue(months)
        index = self.action.findData(action)
        self.action.setCurrentIndex(max(index, 0))

    def save(self) -> None:
        months, action = self.months.value(), str(self.action.currentData())
        workspace = self.context.workspace
        self.context.tasks.run(
            lambda: retention.set_policy(workspace, months, action),
            on_result=lambda _: self.context.notify(self.tr("Retention setting saved.")),
            on_error=self._failed,
        )

    def review(self) -> None:
        """List the contacts whose last activity is older than the period (changes nothing)."""
        workspace = self.context.workspace
        self.review_button.setEnabled(False)
        self.context.tasks.run(
            lambda: retention.run(workspace, confirm=False),
            on_result=self._show_candidates,
            on_error=self._failed,
        )

    def _show_candidates(self, result: RetentionRun | None) -> None:
        self.review_button.setEnabled(True)
        self.last_run = result
        due = result.candidates if result is not None else []
        if result is None:
            self.summary.setText(self.tr("Press “Review now” to list the contacts due."))
        elif not due:
            self.summary.setText(
                self.tr("No contact without activity since %1.").replace(
                    "%1", local_time(result.cutoff, date_only=True)
                )
            )
        else:
            self.summary.setText(
                self.tr("%n contact(s) without activity since %1:", "", len(due)).replace(
                    "%1", local_time(result.cutoff, date_only=True)
                )
            )
        fill_table(
            self.table,
            [
                [
                    isolate_auto(c.display_name),
                    local_time(c.last_activity),
                    isolate_ltr(c.contact_id),
                ]
                for c in due
            ],
        )
        self.anonymise_button.setEnabled(bool(due))
        self.delete_button.setEnabled(bool(due))

    def apply(self, action: str) -> None:
        """Delete or anonymise every contact listed, after confirmation."""
        if self.last_run is None or not self.last_run.candidates:
            return
        count = len(self.last_run.candidates)
        question = (
            self.tr("Delete %n contact(s) for good? This cannot be undone.", "", count)
            if action == retention.DELETE
            else self.tr(
                "Anonymise %n contact(s)? Names, addresses, e-mails, phones and notes are"
                " removed for good.",
                "",
                count,
            )
        )
        answer = QMessageBox.question(
            self,
            self.tr("Retention"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace = self.context.workspace
        reviewed = [c.contact_id for c in self.last_run.candidates]
        run_with_progress(
            self.context.tasks,
            lambda: retention.apply(workspace, reviewed, action),
            label=self.tr("Applying retention…"),
            parent=self,
            on_result=self._applied,
            on_error=self._failed,
            cancellable=False,
        )

    def _applied(self, result: RetentionRun) -> None:
        count = len(result.candidates) if result.action else 0
        self.context.notify(self.tr("Retention applied to %n contact(s).", "", count))
        self.context.events.contacts_changed.emit()
        self.review()

    def _failed(self, error: BaseException) -> None:
        self.review_button.setEnabled(True)
        message = self.context.error_message(error)
        self.context.notify(message)
        QMessageBox.warning(self, self.tr("Retention"), message)
