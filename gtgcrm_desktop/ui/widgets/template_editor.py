"""The template editor form: name, type, purpose, direction, subject, bodies, images and errors."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QTextCursor, QTextFormat, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.models import Template, TemplateImage
from gtgcrm_desktop.templates import TemplateError
from gtgcrm_desktop.templates.errors import PART_HTML, PART_SUBJECT, PART_TEXT
from gtgcrm_desktop.ui.widgets.template_error_label import ERROR_COLOR, TemplateErrorLabel
from gtgcrm_desktop.ui.widgets.template_images import TemplateImagesPage, images_tab_title

ERROR_LINE_COLOR = QColor(255, 221, 221)
#: The body tabs, by index.
HTML_TAB, TEXT_TAB, IMAGES_TAB = 0, 1, 2


def _combo(name: str, accessible: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    # Long choices must not set the screen's minimum width; the popup shows them whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _set_combo(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def set_text_direction(editor: QPlainTextEdit, rtl: bool) -> None:
    """Lay out and align `editor`'s text right to left, or left to right."""
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    alignment = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    editor.setLayoutDirection(direction)
    option = editor.document().defaultTextOption()
    option.setTextDirection(direction)
    option.setAlignment(alignment | Qt.AlignmentFlag.AlignAbsolute)
    editor.document().setDefaultTextOption(option)


class TemplateEditorForm(QWidget):
    """Edits one template's fields; emits `edited` on every change a person makes.

    Its texts are translated in the "TemplatesScreen" context, where they have always been.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._insert_target: QWidget | None = None
        self._build_fields()
        self._build_bodies()
        self._build_layout()
        for line in (self.name_edit, self.subject_edit):
            line.textChanged.connect(self._emit_edited)
        for editor in (self.html_edit, self.text_edit):
            editor.textChanged.connect(self._emit_edited)
        for combo in (self.kind_combo, self.purpose_combo, self.direction_combo):
            combo.currentIndexChanged.connect(self._emit_edited)
        self.kind_combo.currentIndexChanged.connect(self.update_kind_labels)
        for target in (self.subject_edit, self.html_edit, self.text_edit):
            target.installEventFilter(self)

    def _emit_edited(self, *_args: object) -> None:
        self.edited.emit()

    # -- building ---------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.editor_title = QLabel()
        self.editor_title.setObjectName("editorTitle")
        font = self.editor_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.editor_title.setFont(font)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("templateName")
        self.name_edit.setAccessibleName(
            QCoreApplication.translate("TemplatesScreen", "Template name")
        )
        self.kind_combo = _combo(
            "templateKind",
            QCoreApplication.translate("TemplatesScreen", "Type"),
            [
                (QCoreApplication.translate("TemplatesScreen", "E-mail"), "email"),
                (QCoreApplication.translate("TemplatesScreen", "Landing page"), "landing_page"),
            ],
        )
        self.purpose_combo = _combo(
            "templatePurpose",
            QCoreApplication.translate("TemplatesScreen", "Purpose"),
            [
                (
                    QCoreApplication.translate(
                        "TemplatesScreen", "Transactional (orders, appointments)"
                    ),
                    "transactional",
                ),
                (
                    QCoreApplication.translate(
                        "TemplatesScreen", "Marketing (offers, newsletters)"
                    ),
                    "marketing",
                ),
            ],
        )
        self.purpose_combo.setToolTip(
            QCoreApplication.translate(
                "TemplatesScreen",
                "Marketing templates are never rendered for contacts who objected to marketing.",
            )
        )
        self.direction_combo = _combo(
            "templateDirection",
            QCoreApplication.translate("TemplatesScreen", "Direction"),
            [
                (QCoreApplication.translate("TemplatesScreen", "Right to left (Arabic)"), "rtl"),
                (QCoreApplication.translate("TemplatesScreen", "Left to right (English)"), "ltr"),
            ],
        )
        self.subject_label = QLabel()
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("templateSubject")
        self.subject_label.setBuddy(self.subject_edit)

        insert = QCoreApplication.translate("TemplatesScreen", "Insert merge field")
        self.insert_button = QPushButton(insert)
        self.insert_button.setObjectName("insertMergeField")
        self.insert_button.setAccessibleName(insert)

    def _build_bodies(self) -> None:
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        # Arabic from the bundled Arabic font (it has no Latin, so the code stays monospaced):
        # some fixed fonts (DejaVu Sans Mono) claim Arabic but draw its letters unjoined.
        code_font.setFamilies(["Noto Sans Arabic", code_font.family()])
        self.html_edit = QPlainTextEdit()
        self.html_edit.setObjectName("templateHtml")
        self.html_edit.setAccessibleName(QCoreApplication.translate("TemplatesScreen", "HTML body"))
        self.html_edit.setPlaceholderText(
            QCoreApplication.translate(
                "TemplatesScreen",
                "Write the HTML here; put merge fields such as {{ contact.given_name }} where the contact's details go.",
            )
        )
        self.html_edit.setFont(code_font)
        self.html_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.html_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.html_edit.setTabChangesFocus(False)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("templateText")
        self.text_edit.setAccessibleName(
            QCoreApplication.translate("TemplatesScreen", "Plain-text body")
        )
        self.text_edit.setPlaceholderText(
            QCoreApplication.translate(
                "TemplatesScreen",
                "The plain-text version of the e-mail. Left empty, it is made from the HTML.",
            )
        )

        self.images = TemplateImagesPage()
        self.images_list = self.images.images_list
        self.add_image_button = self.images.add_image_button
        self.insert_image_button = self.images.insert_image_button
        self.remove_image_button = self.images.remove_image_button

        self.body_tabs = QTabWidget()
        self.body_tabs.setObjectName("bodyTabs")
        self.body_tabs.setAccessibleName(
            QCoreApplication.translate("TemplatesScreen", "Template body")
        )
        self.body_tabs.addTab(self.html_edit, QCoreApplication.translate("TemplatesScreen", "HTML"))
        self.body_tabs.addTab(
            self.text_edit, QCoreApplication.translate("TemplatesScreen", "Plain text")
        )
        self.body_tabs.addTab(self.images, QCoreApplication.translate("TemplatesScreen", "Images"))

        self.error_label = TemplateErrorLabel()
        self.error_label.linkActivated.connect(lambda _link: self.go_to_error())

        self.save_button = QPushButton(QCoreApplication.translate("TemplatesScreen", "Save"))
        self.save_button.setObjectName("saveTemplate")
        self.revert_button = QPushButton(
            QCoreApplication.translate("TemplatesScreen", "Discard changes")
        )
        self.revert_button.setObjectName("revertTemplate")

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor_title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("TemplatesScreen", "Name"), self.name_edit)
        form.addRow(QCoreApplication.translate("TemplatesScreen", "Type"), self.kind_combo)
        # A row of its own: beside the type, "Transactional (orders, appointments)" was cut.
        form.addRow(QCoreApplication.translate("TemplatesScreen", "Purpose"), self.purpose_combo)
        form.addRow(
            QCoreApplication.translate("TemplatesScreen", "Direction"), self.direction_combo
        )
        form.addRow(self.subject_label, self.subject_edit)
        layout.addLayout(form)
        tools = QHBoxLayout()
        tools.addWidget(self.insert_button)
        tools.addStretch()
        layout.addLayout(tools)
        layout.addWidget(self.body_tabs, 1)
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    # -- the template ----------------------------------------------------------------------

    def load(self, template: Template) -> None:
        """Show `template`'s fields (its images are shown by `show_images`)."""
        self.name_edit.setText(template.name)
        _set_combo(self.kind_combo, template.kind)
        _set_combo(self.purpose_combo, template.purpose)
        _set_combo(self.direction_combo, template.direction)
        self.subject_edit.setText(template.subject)
        self.html_edit.setPlainText(template.body_html)
        self.text_edit.setPlainText(template.body_text)

    def template(self, template_id: str) -> Template:
        """The template as the form shows it now, with the id `template_id`."""
        direction = str(self.direction_combo.currentData())
        return Template(
            name=self.name_edit.text().strip(),
            kind=str(self.kind_combo.currentData()),
            subject=self.subject_edit.text(),
            body_html=self.html_edit.toPlainText(),
            body_text=self.text_edit.toPlainText(),
            direction=direction,
            language="ar" if direction == "rtl" else "en",
            purpose=str(self.purpose_combo.currentData()),
            id=template_id,
        )

    @property
    def is_landing_page(self) -> bool:
        return bool(self.kind_combo.currentData() == "landing_page")

    @property
    def is_rtl(self) -> bool:
        return bool(self.direction_combo.currentData() == "rtl")

    def set_title(self, name: str, language: str) -> None:
        """The heading: the template's name, in the UI's direction whatever its script."""
        mark = "\u200f" if language == "ar" else "\u200e"
        self.editor_title.setText(
            mark + name if name else QCoreApplication.translate("TemplatesScreen", "New template")
        )

    def update_kind_labels(self) -> None:
        """A landing page has a page title rather than a subject, and no plain text."""
        landing = self.is_landing_page
        self.subject_label.setText(
            QCoreApplication.translate("TemplatesScreen", "Page title")
            if landing
            else QCoreApplication.translate("TemplatesScreen", "Subject")
        )
        self.subject_edit.setAccessibleName(
            QCoreApplication.translate("TemplatesScreen", "Page title")
            if landing
            else QCoreApplication.translate("TemplatesScreen", "Subject")
        )
        self.body_tabs.setTabEnabled(TEXT_TAB, not landing)

    def apply_direction(self) -> None:
        """The subject and plain text are edited in the template's direction; HTML stays LTR."""
        rtl = self.is_rtl
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        alignment = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.subject_edit.setLayoutDirection(direction)
        self.subject_edit.setAlignment(
            alignment | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )
        set_text_direction(self.text_edit, rtl)
        html_option = self.html_edit.document().defaultTextOption()
        html_option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        html_option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        html_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        self.html_edit.document().setDefaultTextOption(html_option)

    def show_images(self, images: list[TemplateImage]) -> None:
        """List `images` in the Images tab, whose title counts them."""
        self.images.show_images(images)
        self.body_tabs.setTabText(IMAGES_TAB, images_tab_title(len(images)))

    # -- inserting text ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remembers which text field had the focus last, for inserting merge fields."""
        if event.type() == QEvent.Type.FocusIn and watched in (
            self.subject_edit,
            self.html_edit,
            self.text_edit,
        ):
            self._insert_target = watched
        return super().eventFilter(watched, event)

    def insert_target(self) -> QWidget:
        """The text field last focused (the HTML body by default)."""
        return self._insert_target or self.html_edit

    def insert_text(self, text: str) -> None:
        """Insert `text` at the cursor of the field last edited (the HTML body by default)."""
        target = self.insert_target()
        if target is self.text_edit and not self.body_tabs.isTabEnabled(TEXT_TAB):
            target = self.html_edit
        if isinstance(target, QPlainTextEdit):
            if target in (self.html_edit, self.text_edit):
                self.body_tabs.setCurrentWidget(target)
            target.insertPlainText(text)
        elif isinstance(target, QLineEdit):
            target.insert(text)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- errors ------------------------------------------------------------------------------

    def show_template_error(self, error: TemplateError, message: str) -> None:
        """The error under the editor, its line marked in the editor it belongs to."""
        self.error_label.show_error(error, message)
        self._mark_line(error)

    def show_error_text(self, text: str) -> None:
        self.error_label.show_text(text)
        self._mark_line(None)

    def clear_error(self) -> None:
        self.error_label.clear_error()
        self._mark_line(None)

    @property
    def error_text(self) -> str:
        """The error shown under the editor, as plain text ("" when there is none)."""
        return self.error_label.plain_text()

    def _editor_for(self, part: str) -> QWidget | None:
        return {
            PART_SUBJECT: self.subject_edit,
            PART_HTML: self.html_edit,
            PART_TEXT: self.text_edit,
        }.get(part)

    def _mark_line(self, error: TemplateError | None) -> None:
        for body in (self.html_edit, self.text_edit):
            body.setExtraSelections([])
        self.subject_edit.setStyleSheet("")
        if error is None or not error.line:
            return
        editor = self._editor_for(error.part)
        if isinstance(editor, QLineEdit):
            editor.setStyleSheet(f"border: 1px solid {ERROR_COLOR};")
            return
        if not isinstance(editor, QPlainTextEdit):
            return
        block = editor.document().findBlockByNumber(error.line - 1)
        if not block.isValid():
            return
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(ERROR_LINE_COLOR)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = QTextCursor(block)
        editor.setExtraSelections([selection])

    def go_to_error(self) -> None:
        """Put the cursor on the line of the error shown."""
        error = self.error_label.last_error
        if error is None:
            return
        editor = self._editor_for(error.part)
        if isinstance(editor, QPlainTextEdit):
            if editor in (self.html_edit, self.text_edit):
                self.body_tabs.setCurrentWidget(editor)
            block = editor.document().findBlockByNumber(max(error.line - 1, 0))
            if block.isValid():
                editor.setTextCursor(QTextCursor(block))
                editor.centerCursor()
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
