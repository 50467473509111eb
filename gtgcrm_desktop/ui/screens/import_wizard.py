"""The import wizard (file, detected format and encoding with a live preview of the first
people, phone region, mapping, dry-run preview, import with progress and cancel, undo) and the
export dialog, both opened from the contacts screen."""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.core.bidi import isolate_auto, isolate_ltr
from gtgcrm_desktop.interchange import (
    COMMON_ENCODINGS,
    EXPORT_FORMATS,
    FORMAT_LABELS,
    IMPORT_FORMATS,
    TARGETS,
    ColumnMapping,
    ImportCancelledError,
    ImportReport,
    ImportSource,
    RowProblem,
    export_contacts,
    inspect_file,
    run_import,
    suggest_mapping,
)
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.screens.import_history import UndoOutcome, undo_and_name, undo_summary
from gtgcrm_desktop.ui.tasks import TaskCancelled, TaskHandle, run_with_progress
from gtgcrm_desktop.ui.widgets.wizard_buttons import label_wizard_buttons

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_IMPORT = range(4)
KEEP_AS_CUSTOM = ""  # the mapping combo's first entry: keep the column as a custom field
AUTO_DELIMITER = ""  # the delimiter combo's first entry: find the delimiter in the header
AUTO_ENCODING = ""  # the encoding combo's first entry: detect the character set
PREVIEW_ROWS = 5  # people shown under the file while choosing its character set


def _inspect_with_preview(
    path: Path, fmt: str, encoding: str | None
) -> tuple[ImportSource, list[tuple[str, str, str]]]:
    """What an import would read, and (name, e-mail, phone) of its first people, read with
    the chosen character set or (when it cannot be told for sure) the best guess."""
    source = inspect_file(path, fmt, encoding=encoding or None, guess=True)
    rows = source.rows()
    people = [
        (
            row.contact.effective_display_name(),
            row.contact.emails[0].value if row.contact.emails else "",
            row.contact.phones[0].value if row.contact.phones else "",
        )
        for row in islice((r for r in rows if r.contact is not None), PREVIEW_ROWS)
        if row.contact is not None
    ]
    rows.close()  # type: ignore[attr-defined]  # a generator: closes the file
    return source, people


def _regions() -> list[tuple[str, int]]:
    """Every region phone numbers can be read in, with its country calling code."""
    import phonenumbers

    return sorted(
        (region, phonenumbers.country_code_for_region(region))
        for region in phonenumbers.SUPPORTED_REGIONS
    )


def _import_task(
    context: AppContext, source: ImportSource, dry_run: bool, region: str | None = None
) -> Any:
    """A task function for the runner: import (or dry-run) with progress and cancel."""

    def task(progress: Any) -> ImportReport:
        state = {"go": True}

        def on_progress(_rows: int, done: int, total: int) -> None:
            state["go"] = bool(progress(done, max(total, 1)))

        try:
            return run_import(
                context.workspace,
                source,
                dry_run=dry_run,
                progress=on_progress,
                cancelled=lambda: not state["go"],
                region=region,
            )
        except ImportCancelledError as exc:
            raise TaskCancelled() from exc

    return task


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose the file"))
        self.path_edit = QLineEdit()
        self.path_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.format_combo = QComboBox()
        for name in IMPORT_FORMATS:
            label = (
                self.tr("Detect automatically")
                if name == "auto"
                else _interchange(FORMAT_LABELS[name])
            )
            self.format_combo.addItem(label, name)
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(self.tr("Detect automatically"), AUTO_ENCODING)
        for codec in COMMON_ENCODINGS:
            self.encoding_combo.addItem(codec, codec)
        self.region_combo = QComboBox()
        workspace_region = wizard.context.workspace.settings.get(app_settings.DEFAULT_REGION)
        for region, code in _regions():
            self.region_combo.addItem(f"{region} ({isolate_ltr(f'+{code}')})", region)
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(workspace_region), 0))
        self.region_combo.setToolTip(
            self.tr("Phone numbers without a country code are read as numbers of this region.")
        )
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.preview = QTableWidget(0, 3)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Phone")]
        )
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.hide()
        self._asked: tuple[str, str, str] | None = None
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Character set"), self.encoding_combo)
        form.addRow(self.tr("Phone region"), self.region_combo)
        form.addRow(self.detected)
        form.addRow(self.preview)
        self.path_edit.editingFinished.connect(self.inspect)
        self.format_combo.currentIndexChanged.connect(self.inspect)
        self.encoding_combo.currentIndexChanged.connect(self.inspect)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("Contacts (*.csv *.vcf *.ldif *.json *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self.inspect()

    def _choice(self) -> tuple[str, str, str]:
        return (
            self.path_edit.text().strip(),
            str(self.format_combo.currentData()),
            str(self.encoding_combo.currentData()),
        )

    def region(self) -> str:
        return str(self.region_combo.currentData())

    def inspect(self) -> None:
        """Detect format and encoding, and read the first people, off the GUI thread."""
        choice = self._choice()
        if choice == self._asked:  # leaving the field, or the same choice again
            return
        self._asked = choice
        self._wizard.source = None
        self.completeChanged.emit()
        text, fmt, encoding = choice
        if not text:
            return
        self.detected.setText(self.tr("Reading the file…"))
        path = Path(text)
        self._wizard.context.tasks.run(
            lambda: _inspect_with_preview(path, fmt, encoding),
            on_result=lambda found: self._inspected(choice, *found),
            on_error=lambda error: self._failed(choice, error),
        )

    def _failed(self, choice: tuple[str, str, str], error: BaseException) -> None:
        if choice != self._choice():
            return  # an older answer; the choice changed since
        self.detected.setText(self._wizard.context.error_message(error))
        self.preview.hide()

    def _inspected(
        self, choice: tuple[str, str, str], source: ImportSource, people: list[tuple[str, ...]]
    ) -> None:
        if choice != self._choice():
            return  # an older answer; the choice changed since
        self._wizard.source = source
        text = self.tr("Format: {format}. Encoding: {encoding}.").format(
            format=_interchange(FORMAT_LABELS[source.format]),
            encoding=_interchange(source.encoding.label),
        )
        if source.encoding.guessed:
            text += " " + self.tr(
                "The character set cannot be told for sure: the people below are read as"
                " {encoding}, the best guess. Choose the character set that shows their names"
                " correctly to go on."
            ).format(encoding=source.encoding.codec)
        self.detected.setText(text)
        self.preview.setRowCount(len(people))
        for row, values in enumerate(people):
            for column, value in enumerate(values):
                self.preview.setItem(row, column, QTableWidgetItem(value))
        self.preview.setVisible(bool(people))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        source = self._wizard.source
        return source is not None and not source.encoding.guessed

    def nextId(self) -> int:
        source = self._wizard.source
        return PAGE_MAPPING if source is not None and source.format == "csv" else PAGE_PREVIEW


class _MappingPage(QWizardPage):
    """Which field each column goes to, how cells are separated and how dates are written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._reading = 0  # the number of the header read asked last; 0 when none is running
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Columns left on “keep as a custom field” are kept, nothing is lost.")
        )
        self._delimiter_names = {
            ",": self.tr("Comma"),
            ";": self.tr("Semicolon"),
            "\t": self.tr("Tab"),
            "|": self.tr("Vertical bar"),
        }
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItem(self.tr("Detect automatically"), AUTO_DELIMITER)
        for delimiter, name in self._delimiter_names.items():
            example = "" if delimiter == "\t" else delimiter
            self.delimiter_combo.addItem(_with_example(name, example), delimiter)
        self.date_order_combo = QComboBox()
        for order, label, example in (
            ("DMY", self.tr("Day/month/year"), "14/3/1980"),
            ("MDY", self.tr("Month/day/year"), "3/14/1980"),
            ("YMD", self.tr("Year/month/day"), "1980/3/14"),
        ):
            self.date_order_combo.addItem(_with_example(label, example), order)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Field")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        form = QFormLayout()
        form.addRow(self.tr("Columns separated by"), self.delimiter_combo)
        form.addRow(self.tr("Dates written as"), self.date_order_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.delimiter_combo.currentIndexChanged.connect(self._delimiter_chosen)

    def initializePage(self) -> None:
        source = self._wizard.source
        assert source is not None
        mapping = source.mapping or ColumnMapping()
        chosen = mapping.delimiter or AUTO_DELIMITER
        self.delimiter_combo.blockSignals(True)
        self.delimiter_combo.setCurrentIndex(max(self.delimiter_combo.findData(chosen), 0))
        self.delimiter_combo.blockSignals(False)
        order = self.date_order_combo.findData(mapping.date_order)
        self.date_order_combo.setCurrentIndex(max(order, 0))
        self._show_header(source)

    def _show_header(self, source: ImportSource) -> None:
        """One row per column of the file, with the field it goes to."""
        mapping = source.mapping or ColumnMapping()
        self._reading = 0
        self.message.hide()
        if self.delimiter_combo.currentData() == AUTO_DELIMITER:
            self._set_detected(source.delimiter)
        self.table.setRowCount(len(source.header))
        for row, column in enumerate(source.header):
            self.table.setItem(row, 0, QTableWidgetItem(column))
            combo = QComboBox()
            combo.addItem(self.tr("keep as a custom field"), KEEP_AS_CUSTOM)
            for target, label in TARGETS.items():
                if target != "custom":
                    combo.addItem(QCoreApplication.translate("fields", label), target)
            wanted = mapping.columns.get(column, KEEP_AS_CUSTOM).split(":")[0]
            combo.setCurrentIndex(max(combo.findData(wanted), 0))
            self.table.setCellWidget(row, 1, combo)
        self.completeChanged.emit()

    def _set_detected(self, delimiter: str | None) -> None:
        """Name the delimiter found in the "detect automatically" entry."""
        label = self.tr("Detect automatically")
        if delimiter in self._delimiter_names:
            found = self._delimiter_names[delimiter]
            label = self.tr("Detect automatically (found: %1)").replace("%1", found)
        self.delimiter_combo.setItemText(0, label)

    def _delimiter_chosen(self) -> None:
        """Read the header again with the chosen delimiter (off the GUI thread)."""
        source = self._wizard.source
        if source is None:
            return
        chosen = self.delimiter_combo.currentData() or None
        order = self.date_order_combo.currentData()
        path = source.path
        self._reading += 1
        reading = self._reading
        self.message.setText(self.tr("Reading the columns…"))
        self.message.show()
        self.completeChanged.emit()

        def read() -> ImportSource:
            mapping = ColumnMapping(delimiter=chosen, date_order=order)
            found = inspect_file(path, "csv", mapping)
            found.mapping = ColumnMapping(
                suggest_mapping(found.header).columns, chosen, date_order=order
            )
            return found

        self._wizard.context.tasks.run(
            read,
            on_result=lambda found: self._header_read(found, reading),
            on_error=lambda error: self._header_failed(error, reading),
        )

    def _header_read(self, source: ImportSource, reading: int) -> None:
        if reading != self._reading:
            return  # an older answer; the choice changed since
        self._wizard.source = source
        self._show_header(source)

    def _header_failed(self, error: BaseException, reading: int) -> None:
        if reading != self._reading:
            return
        self.message.setText(self._wizard.context.error_message(error))
        self.message.show()

    def isComplete(self) -> bool:
        return self._reading == 0 and self._wizard.source is not None

    def validatePage(self) -> bool:
        source = self._wizard.source
        assert source is not None
        columns: dict[str, str] = {}
        for row, column in enumerate(source.header):
            combo = self.table.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            if combo.currentData():
                columns[column] = str(combo.currentData())
        source.mapping = ColumnMapping(
            columns,
            self.delimiter_combo.currentData() or source.delimiter,
            date_order=str(self.date_order_combo.currentData()),
        )
        return True


class _RunPage(QWizardPage):
    """The dry run (preview) or the import itself: progress, cancel, then the counts."""

    def __init__(self, wizard: ImportWizard, dry_run: bool) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._dry_run = dry_run
        self.report: ImportReport | None = None
        self._handle: TaskHandle | None = None
        self.setTitle(self.tr("Preview") if dry_run else self.tr("Import"))
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rows = QTableWidget(0, 2)
        self.rows.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Problem")])
        self.rows.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self._undo)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.undo_button)

    def initializePage(self) -> None:
        source = self._wizard.source
        assert source is not None
        self.report = None
        self.summary.setText(self.tr("Reading…"))
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        region = self._wizard.file_page.region()
        self._handle = self._wizard.context.tasks.run(
            _import_task(self._wizard.context, source, self._dry_run, region),
            on_result=self._done,
            on_error=self._failed,
            on_progress=self._on_progress,
            on_cancelled=self._cancelled,
            cancellable=True,
        )
        self.completeChanged.emit()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))

    def _cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _cancelled(self) -> None:
        self.summary.setText(self.tr("Cancelled; nothing was changed."))
        self._stopped()

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self._wizard.context.error_message(error))
        self._stopped()

    def _stopped(self) -> None:
        self.progress.setRange(0, 1)
        self.cancel_button.setEnabled(False)

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self._stopped()
        self.progress.setValue(1)
        counts = report.counts()
        text = self.tr(
            "New: {new}. Updated (merged into existing contacts): {updated}. Unchanged: {unchanged}."
            " Duplicates in the file: {duplicates}. Invalid rows: {invalid}."
            " Warnings (values kept as written or left out, to check): {warnings}."
            " Not imported because the person asked to be erased: {suppressed}."
        ).format(**counts)
        if report.dry_run:
            text = self.tr("Nothing has been changed yet.") + " " + text
        self.summary.setText(text)
        language = self._wizard.context.language
        problems = [
            (p.line, p.error.localized(language) if p.error else "") for p in report.invalid
        ]
        kept = self.tr("{reason} (imported, kept as written)")
        read = self.tr("{reason} (the person was imported)")
        problems += [
            (p.line, (kept if _odd_value(p) else read).format(reason=_warning(p, language)))
            for p in report.warnings
        ]
        problems += [(p.line, self.tr("this person asked to be erased")) for p in report.suppressed]
        problems.sort(key=lambda problem: problem[0])
        self.rows.setRowCount(len(problems))
        for row, (line, reason) in enumerate(problems):
            self.rows.setItem(row, 0, QTableWidgetItem(str(line)))
            self.rows.setItem(row, 1, QTableWidgetItem(reason))
        if not report.dry_run:
            self.undo_button.setVisible(True)
            self._wizard.context.events.contacts_changed.emit()
        self.completeChanged.emit()

    def _undo(self) -> None:
        report = self.report
        if report is None or not report.import_id:
            return
        self.undo_button.setEnabled(False)
        import_id = report.import_id
        self._wizard.context.tasks.run(
            lambda: undo_and_name(self._wizard.context.workspace, import_id),
            on_result=self._undone,
            on_error=self._failed,
        )

    def _undone(self, outcome: UndoOutcome) -> None:
        self.summary.setText(undo_summary(outcome))
        self._wizard.context.events.contacts_changed.emit()

    def isComplete(self) -> bool:
        return self.report is not None

    def nextId(self) -> int:
        return PAGE_IMPORT if self._dry_run else -1


class ImportWizard(QWizard):
    """Choose a file, check what was detected, map columns, preview, import."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.source: ImportSource | None = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.setLayoutDirection(context.layout_direction)
        label_wizard_buttons(self)
        self.file_page = _FilePage(self)
        self.mapping_page = _MappingPage(self)
        self.preview_page = _RunPage(self, dry_run=True)
        self.import_page = _RunPage(self, dry_run=False)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_MAPPING, self.mapping_page)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.setPage(PAGE_IMPORT, self.import_page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)


def open_import_wizard(context: AppContext, parent: QWidget | None = None) -> ImportWizard:
    """Open the import wizard (non-blocking); returns it."""
    wizard = ImportWizard(context, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def open_export_dialog(context: AppContext, parent: QWidget | None = None) -> None:
    """Ask for a file and a format, then export every contact with progress."""
    filters = {
        "vcard4": QWizard.tr("vCard 4.0 (*.vcf)"),
        "vcard3": QWizard.tr("vCard 3.0 (*.vcf)"),
        "csv": QWizard.tr("Google CSV (*.csv)"),
        "json": QWizard.tr("JSON (*.json)"),
    }
    path, chosen = QFileDialog.getSaveFileName(
        parent, QWizard.tr("Export contacts"), "", ";;".join(filters[f] for f in EXPORT_FORMATS)
    )
    if not path:
        return
    fmt = next((f for f, label in filters.items() if label == chosen), "vcard4")
    export_to(context, Path(path), fmt, parent)


def _export_task(context: AppContext, path: Path, fmt: str) -> Any:
    """A task function for the runner: export with progress, stopping when cancel is asked.

    The writer calls back between batches of contacts; raising there makes it delete its
    unfinished file, so a cancelled export leaves nothing behind."""

    def task(progress: Any) -> int:
        def on_progress(done: int, total: int) -> None:
            # The last call (done == total) comes once the file is in place: too late to stop.
            if not progress(done, max(total, 1)) and done < total:
                raise TaskCancelled()

        return export_contacts(context.workspace, path, fmt, progress=on_progress)

    return task


def export_to(
    context: AppContext, path: Path, fmt: str, parent: QWidget | None = None
) -> TaskHandle:
    """Export in the background with a progress dialog (and Cancel); the status bar reports
    the end."""
    return run_with_progress(
        context.tasks,
        _export_task(context, path, fmt),
        label=QWizard.tr("Exporting contacts…"),
        parent=parent,
        on_result=lambda count: context.notify(
            QWizard.tr("Exported {count} contacts.").format(count=count)
        ),
        on_error=lambda error: context.notify(context.error_message(error)),
        on_cancelled=lambda: context.notify(QWizard.tr("Export cancelled; no file was written.")),
        cancellable=True,
    )


def _odd_value(problem: RowProblem) -> str:
    """The value a warning is about, kept as written ("" for a line skipped, a photo left out)."""
    return str(getattr(problem.error, "value", "") or "")


def _warning(problem: RowProblem, language: str) -> str:
    """A warning's reason, with the odd value (isolated: it may run either way) if it has one."""
    error = problem.error
    if error is None:
        return ""
    reason = error.localized(language)
    value = _odd_value(problem)
    return f"{reason}: {isolate_auto(value)}" if value else reason


def _with_example(label: str, example: str) -> str:
    """`label (example)`, the example kept left to right; the bare label when there is none."""
    if not example:
        return label
    return f"{label} ({isolate_ltr(example)})"


def _interchange(text: str) -> str:
    """Format and encoding names are marked in the interchange package's context."""
    return QCoreApplication.translate("interchange", text)
