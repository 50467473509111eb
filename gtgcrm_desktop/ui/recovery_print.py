"""The recovery code on paper: a page with the workspace, the date and how to use the code,
printed or saved as a PDF (Arabic right to left with the bundled font, the code left to right)."""

from __future__ import annotations

import contextlib
import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_auto
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.ui.clipboard import CLEAR_AFTER_MS, copy_sensitive
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.dates import shown_digits
from gtgcrm_desktop.ui.language import load_fonts
from gtgcrm_desktop.ui.widgets.ltr import make_ltr

CONTEXT = "RecoveryPrint"
ARABIC_FAMILY = "Noto Sans Arabic"
LATIN_FAMILY = "Noto Sans"
CODE_FAMILY = "DejaVu Sans Mono"
PDF_RESOLUTION = 300

PAGE_TITLE = QT_TRANSLATE_NOOP("RecoveryPrint", "GTG CRM recovery code")
WORKSPACE_LABEL = QT_TRANSLATE_NOOP("RecoveryPrint", "Workspace:")
DATE_LABEL = QT_TRANSLATE_NOOP("RecoveryPrint", "Date:")
HOW_TITLE = QT_TRANSLATE_NOOP("RecoveryPrint", "How to use it")
HOW_FORGOT = QT_TRANSLATE_NOOP(
    "RecoveryPrint",
    "If you forget the passphrase, this code opens the workspace: on the unlock screen choose “I forgot it: use my recovery code instead” and type the code exactly as it is printed here, with its dashes.",
)
HOW_KEEP = QT_TRANSLATE_NOOP(
    "RecoveryPrint",
    "Keep this page somewhere safe and private, away from the computer. Anyone who has it and a copy of the workspace can open your data.",
)
HOW_NEW = QT_TRANSLATE_NOOP(
    "RecoveryPrint",
    "When you make a new recovery code, this one stops working: destroy this page and keep the new one.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def recovery_html(code: str, workspace_name: str, language: str, day: date) -> str:
    """The page's content as Qt rich text, in the interface language."""
    rtl = language == "ar"
    align = "right" if rtl else "left"
    when = shown_digits(QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy"))
    lines = [_tr(HOW_FORGOT), _tr(HOW_KEEP), _tr(HOW_NEW)]
    direction = "rtl" if rtl else "ltr"
    paragraphs = "".join(
        f'<p dir="{direction}" align="{align}" style="font-size: 12pt; margin-bottom: 8px;">'
        f"{html.escape(line)}</p>"
        for line in lines
    )
    facts = (
        f'<p dir="{direction}" align="{align}" style="font-size: 12pt;">'
        f"{html.escape(_tr(WORKSPACE_LABEL))} <b>{html.escape(isolate_auto(workspace_name))}</b>"
        f"<br/>{html.escape(_tr(DATE_LABEL))} {html.escape(when)}</p>"
    )
    return (
        f'<html dir="{direction}"><body>'
        f'<h1 dir="{direction}" align="{align}" style="font-size: 20pt;">'
        f"{html.escape(_tr(PAGE_TITLE))}</h1>"
        f"{facts}"
        f'<p dir="ltr" align="center" style="font-family: \'{CODE_FAMILY}\', monospace; '
        f'font-size: 17pt; font-weight: bold; white-space: nowrap; margin-top: 24px; margin-bottom: 24px;">'
        f"{html.escape(code)}</p>"
        f'<h2 dir="{direction}" align="{align}" style="font-size: 14pt;">'
        f"{html.escape(_tr(HOW_TITLE))}</h2>"
        f"{paragraphs}"
        "</body></html>"
    )


def recovery_document(code: str, workspace_name: str, language: str, day: date) -> QTextDocument:
    """A text document of the page, laid out in the language's direction."""
    load_fonts()
    document = QTextDocument()
    font = QFont()
    font.setFamilies([ARABIC_FAMILY, LATIN_FAMILY] if language == "ar" else [LATIN_FAMILY])
    font.setPointSize(12)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setHtml(recovery_html(code, workspace_name, language, day))
    return document


def save_recovery_pdf(
    path: Path, code: str, workspace_name: str, language: str, day: date | None = None
) -> None:
    """Write the page as an A4 PDF to `path`, readable by its owner only (POSIX 0600)."""
    document = recovery_document(code, workspace_name, language, day or date.today())
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(_tr(PAGE_TITLE))
    writer.setCreator("GTG CRM")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # flushes and closes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path.name}")
    with contextlib.suppress(OSError):
        path.chmod(0o600)


def print_recovery(parent: QWidget | None, code: str, workspace_name: str, language: str) -> bool:
    """Ask for a printer and print the page; False when the person cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(_tr(PAGE_TITLE))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    recovery_document(code, workspace_name, language, date.today()).print_(printer)
    return True


class RecoveryCodeActions(QWidget):
    """Copy (cleared from the clipboard after 30 s), Print… and Save as PDF… for one code."""

    def __init__(self, workspace_name: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._workspace_name = workspace_name
        self._language = language
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_code)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.note = QLabel()
        self.note.setObjectName("recoveryActionNote")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.copy_button, self.print_button, self.pdf_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.note)

    def set_code(self, code: str) -> None:
        self._code = code

    def copy(self) -> None:
        copy_sensitive(self._code)
        self.note.setText(
            self.tr("Copied. It is removed from the clipboard after %n second(s).", "",
                    CLEAR_AFTER_MS // 1000)
        )  # fmt: skip

    def print_code(self) -> None:
        if print_recovery(self.window(), self._code, self._workspace_name, self._language):
            self.note.setText(self.tr("Sent to the printer."))

    def pdf_path(self) -> Path | None:
        """Ask where to save the PDF (tests replace this)."""
        suggested = str(Path.home() / f"{_tr(PAGE_TITLE)}.pdf")
        chosen, _ = QFileDialog.getSaveFileName(
            self.window(), self.tr("Save the recovery code as PDF"), suggested, "PDF (*.pdf)"
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def save_pdf(self) -> None:
        path = self.pdf_path()
        if path is None:
            return
        try:
            save_recovery_pdf(path, self._code, self._workspace_name, self._language)
        except OSError:
            self.note.setText(self.tr("The PDF could not be written there. Choose another folder."))
            return
        self.note.setText(
            self.tr("Saved as PDF. Keep the file somewhere safe, or print it and delete it.")
        )


class RecoveryCodeDialog(QDialog):
    """Shows a new recovery code once, with copy, print and PDF; closes only when the person
    says it is written down, printed or saved."""

    def __init__(
        self, code: str, workspace_name: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery code"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "This is your new recovery code. The old one no longer works. If you forget "
                "the passphrase, this code is the only way back in: print it or write it down "
                "and keep it somewhere safe."
            )
        )
        intro.setWordWrap(True)
        self.code = QLabel(code)
        self.code.setObjectName("recoveryCode")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(14)
        self.code.setFont(font)
        make_ltr(self.code)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.actions = RecoveryCodeActions(workspace_name, language)
        self.actions.set_code(code)
        self.saved = QCheckBox(self.tr("I have written down or printed the recovery code"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Done"))
        self.ok.setEnabled(False)
        self.saved.toggled.connect(self.ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(self.actions)
        layout.addWidget(self.saved)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if self.saved.isChecked():
            super().reject()
        # Escape or the close button: the code is not shown again, so it stays until saved.


class NewRecoveryCode(QObject):
    """Settings' "New recovery code…" and the notice after a cut-short key rotation: asks,
    makes the code off the GUI thread, shows it, then tells the workspace it was shown."""

    finished = Signal(bool)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent

    def start(self, notice: str = "") -> None:
        """Ask first (with `notice` above the question, already translated)."""
        question = self.tr("Make a new recovery code? The old recovery code stops working at once.")
        box = QMessageBox(
            QMessageBox.Icon.Warning if notice else QMessageBox.Icon.Question,
            self.tr("New recovery code"),
            f"{notice}\n\n{question}" if notice else question,
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        make = box.addButton(self.tr("Make a new code"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not make:
            self.finished.emit(False)
            return
        self.make()

    def start_after_cut_short_rotation(self) -> None:
        """At start, when the workspace says a key rotation ended before its code was shown."""
        self.start(
            self.tr(
                "A change of the encryption key was cut short before its new recovery code was "
                "shown, so your old recovery code no longer works."
            )
        )

    def make(self) -> None:
        workspace = self._context.workspace
        self._context.tasks.run(
            workspace.new_recovery_code, on_result=self._show, on_error=self._failed
        )

    def _show(self, code: str) -> None:
        context = self._context
        dialog = RecoveryCodeDialog(code, context.data_dir.name, context.language, self._parent)
        dialog.exec()
        workspace = context.workspace
        context.tasks.run(
            workspace.recovery_code_shown, on_result=self._done, on_error=self._failed
        )

    def _done(self, _: object = None) -> None:
        self.finished.emit(True)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(
            self._parent, self.tr("New recovery code"), self._context.error_message(error)
        )
        self.finished.emit(False)


def offer_recovery_code_if_unshown(context: AppContext, window: QWidget) -> NewRecoveryCode | None:
    """After start: offer a new recovery code when the open reported one that was never shown."""
    if not getattr(context.workspace, "pending_notice", None):
        return None
    flow = NewRecoveryCode(context, window)
    flow.start_after_cut_short_rotation()
    return flow
