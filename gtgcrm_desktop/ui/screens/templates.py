"""The templates screen: e-mail templates and landing pages, their editor and a live preview."""

from __future__ import annotations

import base64
import html
import mimetypes
import re
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFontDatabase,
    QImage,
    QKeySequence,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_auto, isolate_ltr
from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.models import (
    Contact,
    EmailAddress,
    PhoneNumber,
    PostalAddress,
    Template,
    TemplateImage,
)
from gtgcrm_desktop.templates import (
    BusinessInfo,
    MarketingObjectionError,
    RenderedTemplate,
    TemplateError,
    merge_fields,
    render_for_contact,
)
from gtgcrm_desktop.templates.defaults import ensure_defaults, install_defaults
from gtgcrm_desktop.templates.errors import PART_HTML, PART_SUBJECT, PART_TEXT
from gtgcrm_desktop.templates.fields import LABEL_CONTEXT
from gtgcrm_desktop.templates.render import validate_template
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.models.templates import TemplateListModel

PREVIEW_DEBOUNCE_MS = 250
CONTACT_SEARCH_DEBOUNCE_MS = 200
CONTACT_CHOICES = 50
MAX_IMAGE_BYTES = 5 * 1024 * 1024
PREVIEW_UNSUBSCRIBE_URL = "https://example.com/unsubscribe"
ERROR_COLOR = "#b00020"
ERROR_LINE_COLOR = QColor(255, 221, 221)

#: The contact the preview uses when the workspace has none, or when it is chosen.
SAMPLE_CONTACT = Contact(
    given_name="نورة",
    family_name="العتيبي",
    organization="مؤسسة الريّان",
    title="مديرة المشتريات",
    emails=[EmailAddress("noura@example.com")],
    phones=[PhoneNumber("+966 55 123 4567", "+966551234567")],
    addresses=[PostalAddress(city="الرياض", country="السعودية")],
    birthday="--03-14",
)

_IMAGE_NAME_RE = re.compile(r"[^A-Za-z0-9._-]+")
#: An opening block tag with no `dir` attribute (the HTML is nh3's normalised output).
_BLOCK_WITHOUT_DIR_RE = re.compile(
    r"<(p|div|ul|ol|li|td|th|h[1-6]|blockquote)((?:\s(?![^>]*\bdir=)[^>]*)?>|>)"
)


@dataclass(frozen=True, slots=True)
class _Preview:
    generation: int
    rendered: RenderedTemplate


@dataclass(frozen=True, slots=True)
class _PreviewFailure:
    generation: int
    error: BaseException


class PreviewBrowser(QTextBrowser):
    """Shows rendered HTML; `cid:` images come from the template, nothing from the network."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._images: dict[str, bytes] = {}

    def set_images(self, images: list[TemplateImage]) -> None:
        self._images = {image.name: image.data for image in images}

    def show_rendered(self, rendered: RenderedTemplate) -> None:
        """Show a rendered document. Qt's rich text does not pass `dir` down into table cells
        and lists, so each block without its own `dir` gets the template's here (display only)."""
        html_text = rendered.html
        if rendered.direction == "rtl":
            html_text = _BLOCK_WITHOUT_DIR_RE.sub(r'<\1 dir="rtl"\2', html_text)
        self.setHtml(html_text)

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return None
        url = QUrl(url)
        if url.scheme() == "cid":
            data = self._images.get(url.path())
        elif url.scheme() == "data" and ";base64," in url.toString():
            try:
                data = base64.b64decode(url.toString().split(";base64,", 1)[1])
            except ValueError:
                data = None
        else:
            data = None  # remote and local files are never fetched by a preview
        if not data:
            return None
        image = QImage.fromData(data)
        return None if image.isNull() else image


class TemplatesScreen(QWidget):
    """Write e-mail templates and landing pages with merge fields, and see them as a contact will."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._repository = context.workspace.templates
        self._template_id = ""
        self._baseline: dict[str, object] = {}
        self._images: list[TemplateImage] = []
        self._loading = False
        self._editor_request = 0
        self._preview_generation = 0
        self._preview_contact: Contact = SAMPLE_CONTACT
        self._contact_request = 0
        self._select_after_load = ""
        self._last_error: TemplateError | None = None
        self._insert_target: QWidget | None = None

        self._build_list_side()
        self._build_editor_side()
        self._build_preview_side()
        self._build_layout()
        self._build_actions()

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._contact_timer = QTimer(self)
        self._contact_timer.setSingleShot(True)
        self._contact_timer.setInterval(CONTACT_SEARCH_DEBOUNCE_MS)
        self._contact_timer.timeout.connect(self._load_contact_choices)
        self._connect_editor()

        self._start_new(focus=False)
        context.events.templates_changed.connect(self.refresh)
        context.events.contacts_changed.connect(self._load_contact_choices)
        self._load_templates(first_use=True)
        self._load_contact_choices()

    # -- building ---------------------------------------------------------------------------

    def _build_list_side(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("templateSearch")
        self.search.setAccessibleName(self.tr("Search templates"))
        self.search.setPlaceholderText(self.tr("Search templates…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_search)

        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("templateKindFilter")
        self.kind_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_filter.setMinimumContentsLength(8)
        self.kind_filter.setAccessibleName(self.tr("Show"))
        self.kind_filter.addItem(self.tr("All templates"), None)
        self.kind_filter.addItem(self.tr("E-mail templates"), "email")
        self.kind_filter.addItem(self.tr("Landing pages"), "landing_page")
        self.kind_filter.currentIndexChanged.connect(self._apply_kind_filter)

        self.model = TemplateListModel(self)
        self.table = QTableView()
        self.table.setObjectName("templateTable")
        self.table.setAccessibleName(self.tr("Templates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.samples_button = QPushButton(self.tr("Add the sample templates"))
        self.samples_button.setObjectName("addSamples")
        self.samples_button.clicked.connect(self.add_sample_templates)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.samples_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch()
        self._list_stack = QStackedWidget()
        self._list_stack.addWidget(self.table)
        self._list_stack.addWidget(empty)

        self.new_button = QPushButton(self.tr("New template"))
        self.new_button.setObjectName("newTemplate")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteTemplate")

    def _build_editor_side(self) -> None:
        self.editor_title = QLabel()
        self.editor_title.setObjectName("editorTitle")
        font = self.editor_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.editor_title.setFont(font)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("templateName")
        self.name_edit.setAccessibleName(self.tr("Template name"))
        self.kind_combo = self._combo(
            "templateKind",
            self.tr("Type"),
            [(self.tr("E-mail"), "email"), (self.tr("Landing page"), "landing_page")],
        )
        self.purpose_combo = self._combo(
            "templatePurpose",
            self.tr("Purpose"),
            [
                (self.tr("Transactional (orders, appointments)"), "transactional"),
                (self.tr("Marketing (offers, newsletters)"), "marketing"),
            ],
        )
        self.purpose_combo.setToolTip(
            self.tr(
                "Marketing templates are never rendered for contacts who objected to marketing."
            )
        )
        self.direction_combo = self._combo(
            "templateDirection",
            self.tr("Direction"),
            [
                (self.tr("Right to left (Arabic)"), "rtl"),
                (self.tr("Left to right (English)"), "ltr"),
            ],
        )
        self.subject_label = QLabel()
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("templateSubject")
        self.subject_label.setBuddy(self.subject_edit)

        self.insert_button = QPushButton(self.tr("Insert merge field"))
        self.insert_button.setObjectName("insertMergeField")
        self.insert_button.setAccessibleName(self.tr("Insert merge field"))
        self.merge_menu = QMenu(self)
        self.merge_menu.setObjectName("mergeFieldMenu")
        self.merge_menu.aboutToShow.connect(self._fill_merge_menu)
        self.insert_button.setMenu(self.merge_menu)

        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.html_edit = QPlainTextEdit()
        self.html_edit.setObjectName("templateHtml")
        self.html_edit.setAccessibleName(self.tr("HTML body"))
        self.html_edit.setPlaceholderText(
            self.tr(
                "Write the HTML here; put merge fields such as {{ contact.given_name }} where the contact's details go."
            )
        )
        self.html_edit.setFont(code_font)
        self.html_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.html_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.html_edit.setTabChangesFocus(False)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("templateText")
        self.text_edit.setAccessibleName(self.tr("Plain-text body"))
        self.text_edit.setPlaceholderText(
            self.tr("The plain-text version of the e-mail. Left empty, it is made from the HTML.")
        )

        self.images_list = QListWidget()
        self.images_list.setObjectName("templateImages")
        self.images_list.setAccessibleName(self.tr("Attached images"))
        self.add_image_button = QPushButton(self.tr("Add image…"))
        self.add_image_button.setObjectName("addImage")
        self.insert_image_button = QPushButton(self.tr("Insert into HTML"))
        self.insert_image_button.setObjectName("insertImage")
        self.remove_image_button = QPushButton(self.tr("Remove image"))
        self.remove_image_button.setObjectName("removeImage")
        self.images_hint = QLabel(
            self.tr(
                "Images are stored encrypted with the template and shown in the HTML as cid:NAME."
            )
        )
        self.images_hint.setWordWrap(True)
        images_page = QWidget()
        images_layout = QVBoxLayout(images_page)
        images_layout.addWidget(self.images_list, 1)
        image_buttons = QHBoxLayout()
        image_buttons.addWidget(self.add_image_button)
        image_buttons.addWidget(self.insert_image_button)
        image_buttons.addWidget(self.remove_image_button)
        image_buttons.addStretch()
        images_layout.addLayout(image_buttons)
        images_layout.addWidget(self.images_hint)

        self.body_tabs = QTabWidget()
        self.body_tabs.setObjectName("bodyTabs")
        self.body_tabs.setAccessibleName(self.tr("Template body"))
        self.body_tabs.addTab(self.html_edit, self.tr("HTML"))
        self.body_tabs.addTab(self.text_edit, self.tr("Plain text"))
        self.body_tabs.addTab(images_page, self.tr("Images"))

        self.error_label = QLabel()
        self.error_label.setObjectName("templateError")
        self.error_label.setAccessibleName(self.tr("Template error"))
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.error_label.linkActivated.connect(lambda _link: self.go_to_error())
        self.error_label.hide()

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveTemplate")
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.revert_button.setObjectName("revertTemplate")

    def _build_preview_side(self) -> None:
        self.preview_title = QLabel(self.tr("Preview"))
        font = self.preview_title.font()
        font.setBold(True)
        self.preview_title.setFont(font)
        self.contact_search = QLineEdit()
        self.contact_search.setObjectName("previewContactSearch")
        self.contact_search.setAccessibleName(self.tr("Find a contact for the preview"))
        self.contact_search.setPlaceholderText(self.tr("Find a contact…"))
        self.contact_search.setClearButtonEnabled(True)
        self.contact_search.textChanged.connect(self._contact_timer_start)
        self.contact_combo = QComboBox()
        self.contact_combo.setObjectName("previewContact")
        self.contact_combo.setAccessibleName(self.tr("Preview for contact"))
        self.contact_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.contact_combo.setMinimumContentsLength(12)
        self.contact_combo.currentIndexChanged.connect(self._on_preview_contact_chosen)

        self.preview_subject = QLabel()
        self.preview_subject.setObjectName("previewSubject")
        self.preview_subject.setAccessibleName(self.tr("Subject as the contact sees it"))
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_notice = QLabel()
        self.preview_notice.setObjectName("previewNotice")
        self.preview_notice.setWordWrap(True)
        self.preview_notice.hide()
        self.preview_browser = PreviewBrowser()
        self.preview_browser.setObjectName("previewHtml")
        self.preview_browser.setAccessibleName(self.tr("Preview of the HTML"))
        self.preview_text = QPlainTextEdit()
        self.preview_text.setObjectName("previewText")
        self.preview_text.setAccessibleName(self.tr("Preview of the plain text"))
        self.preview_text.setReadOnly(True)
        self.preview_tabs = QTabWidget()
        self.preview_tabs.setObjectName("previewTabs")
        self.preview_tabs.addTab(self.preview_browser, self.tr("HTML"))
        self.preview_tabs.addTab(self.preview_text, self.tr("Plain text"))

    def _combo(self, name: str, accessible: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        # Long choices must not set the screen's minimum width; the popup shows them whole.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _build_layout(self) -> None:
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.search)
        list_layout.addWidget(self.kind_filter)
        list_layout.addWidget(self._list_stack, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_layout.addLayout(list_buttons)

        editor_side = QWidget()
        editor_layout = QVBoxLayout(editor_side)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor_title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name"), self.name_edit)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo, 1)
        kind_row.addWidget(self.purpose_combo, 2)
        form.addRow(self.tr("Type"), kind_row)
        form.addRow(self.tr("Direction"), self.direction_combo)
        form.addRow(self.subject_label, self.subject_edit)
        editor_layout.addLayout(form)
        tools = QHBoxLayout()
        tools.addWidget(self.insert_button)
        tools.addStretch()
        editor_layout.addLayout(tools)
        editor_layout.addWidget(self.body_tabs, 1)
        editor_layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        editor_layout.addLayout(buttons)

        preview_side = QWidget()
        preview_layout = QVBoxLayout(preview_side)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.contact_search)
        preview_layout.addWidget(self.contact_combo)
        preview_layout.addWidget(self.preview_subject)
        preview_layout.addWidget(self.preview_notice)
        preview_layout.addWidget(self.preview_tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(editor_side)
        self.splitter.addWidget(preview_side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([300, 500, 440])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _action(self, text: str, key: QKeySequence, slot: object, owner: QWidget) -> QAction:
        action = QAction(text, owner)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        owner.addAction(action)
        return action

    def _build_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("New template"), QKeySequence(standard.New), self._new_clicked, self
        )
        self.save_action = self._action(
            self.tr("Save"), QKeySequence(standard.Save), self.save, self
        )
        self.find_action = self._action(
            self.tr("Find"), QKeySequence(standard.Find), self.focus_search, self
        )
        self.delete_action = self._action(
            self.tr("Delete"), QKeySequence(standard.Delete), self.delete_current, self.table
        )
        self.insert_action = self._action(
            self.tr("Insert merge field"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_M),
            self.show_merge_menu,
            self,
        )
        self.preview_action = self._action(
            self.tr("Refresh the preview"),
            QKeySequence(standard.Refresh),
            self.refresh_preview,
            self,
        )
        for button, text, action in (
            (self.new_button, self.tr("New template"), self.new_action),
            (self.save_button, self.tr("Save"), self.save_action),
            (self.delete_button, self.tr("Delete"), self.delete_action),
            (self.insert_button, self.tr("Insert merge field"), self.insert_action),
        ):
            button.setToolTip(self._with_shortcut(text, action))
        self.new_button.clicked.connect(self._new_clicked)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        self.add_image_button.clicked.connect(self.add_images)
        self.insert_image_button.clicked.connect(self.insert_selected_image)
        self.remove_image_button.clicked.connect(self.remove_selected_image)
        self.images_list.itemDoubleClicked.connect(lambda _item: self.insert_selected_image())
        self.images_list.currentRowChanged.connect(lambda _row: self._update_buttons())

    @staticmethod
    def _with_shortcut(text: str, action: QAction) -> str:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return f"{text} ({keys})" if keys else text

    def _connect_editor(self) -> None:
        for line in (self.name_edit, self.subject_edit):
            line.textChanged.connect(self._on_edited)
        for editor in (self.html_edit, self.text_edit):
            editor.textChanged.connect(self._on_edited)
        for combo in (self.kind_combo, self.purpose_combo, self.direction_combo):
            combo.currentIndexChanged.connect(self._on_edited)
        self.kind_combo.currentIndexChanged.connect(self._update_kind_labels)
        self.direction_combo.currentIndexChanged.connect(self._apply_direction)
        for target in (self.subject_edit, self.html_edit, self.text_edit):
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remembers which text field had the focus last, for inserting merge fields."""
        if event.type() == QEvent.Type.FocusIn and watched in (
            self.subject_edit,
            self.html_edit,
            self.text_edit,
        ):
            self._insert_target = watched  # type: ignore[assignment]
        return super().eventFilter(watched, event)

    # -- screen hooks ------------------------------------------------------------------------

    def screen_shown(self) -> None:
        self.table.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        self._load_templates(first_use=False)

    # -- the list ----------------------------------------------------------------------------

    def _load_templates(self, first_use: bool) -> None:
        workspace = self.context.workspace

        def load() -> list[Template]:
            if first_use:
                ensure_defaults(workspace)
            return workspace.templates.all()

        self.context.tasks.run(load, on_result=self._on_templates_loaded, on_error=self._on_error)

    def _on_templates_loaded(self, templates: list[Template]) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_templates(templates)
        wanted = self._select_after_load or self._template_id
        self._select_after_load = ""
        row = self.model.row_of(wanted) if wanted else -1
        if row >= 0:
            self._select_row(row)
        selection.blockSignals(False)
        self._update_list_state()
        self._update_buttons()
        if not self._template_id and not self.is_dirty and self.model.rowCount():
            # Open something to look at rather than a blank editor.
            selection.blockSignals(True)
            self._select_row(0)
            selection.blockSignals(False)
            self.open_template(self.model.template(0))

    def _update_list_state(self) -> None:
        if self.model.rowCount():
            self._list_stack.setCurrentIndex(0)
            return
        if self.model.total:
            self.empty_label.setText(self.tr("No template matches."))
            self.samples_button.hide()
        else:
            self.empty_label.setText(
                self.tr(
                    "No templates yet. Write one with “New template”, or start from the samples."
                )
            )
            self.samples_button.show()
        self._list_stack.setCurrentIndex(1)

    def _apply_search(self, text: str) -> None:
        self.model.set_search(text)
        self._reselect()
        self._update_list_state()

    def _apply_kind_filter(self, _index: int) -> None:
        self.model.set_kind_filter(self.kind_filter.currentData())
        self._reselect()
        self._update_list_state()

    def _reselect(self) -> None:
        row = self.model.row_of(self._template_id) if self._template_id else -1
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self._select_row(row)
        else:
            self.table.clearSelection()
        selection.blockSignals(False)

    def _select_row(self, row: int) -> None:
        """Select `row` (QTableView.selectRow finds no column in a right-to-left layout)."""
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), flags.ClearAndSelect | flags.Rows
        )

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return
        template = self.model.template(rows[0].row())
        if template.id == self._template_id:
            return
        if not self._confirm_leaving_editor():
            self._reselect()
            return
        self.open_template(template)

    def add_sample_templates(self) -> None:
        workspace = self.context.workspace

        def add() -> list[Template]:
            install_defaults(workspace)
            return workspace.templates.all()

        self.context.tasks.run(add, on_result=self._on_templates_loaded, on_error=self._on_error)

    # -- the editor --------------------------------------------------------------------------

    def open_template(self, template: Template) -> None:
        """Show `template` in the editor; its images load in the background."""
        self._editor_request += 1
        request, repository = self._editor_request, self._repository
        self._load_editor(template, [])

        def loaded(images: list[TemplateImage]) -> None:
            if request == self._editor_request:
                self._images = images
                self._show_images()
                self._schedule_preview()

        self.context.tasks.run(
            lambda: repository.images(template.id), on_result=loaded, on_error=self._on_error
        )

    def _load_editor(self, template: Template, images: list[TemplateImage]) -> None:
        self._loading = True
        try:
            self._template_id = template.id
            self.name_edit.setText(template.name)
            self._set_combo(self.kind_combo, template.kind)
            self._set_combo(self.purpose_combo, template.purpose)
            self._set_combo(self.direction_combo, template.direction)
            self.subject_edit.setText(template.subject)
            self.html_edit.setPlainText(template.body_html)
            self.text_edit.setPlainText(template.body_text)
            self._images = list(images)
            self._show_images()
            self._baseline = self.editor_template().field_values()
        finally:
            self._loading = False
        self._update_kind_labels()
        self._apply_direction()
        self._set_title(template.name if template.id else "")
        self._clear_error()
        self._update_buttons()
        self._schedule_preview()

    def _set_title(self, name: str) -> None:
        """The editor's heading: the template's name, in the UI's direction whatever its script."""
        mark = "\u200f" if self.context.language == "ar" else "\u200e"
        self.editor_title.setText(mark + name if name else self.tr("New template"))

    @staticmethod
    def _set_combo(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def editor_template(self) -> Template:
        """The template as the editor shows it now (unsaved changes included)."""
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
            id=self._template_id,
        )

    @property
    def is_dirty(self) -> bool:
        pending = any(not image.id for image in self._images)
        return pending or self.editor_template().field_values() != self._baseline

    def _on_edited(self) -> None:
        if self._loading:
            return
        self._update_buttons()
        self._schedule_preview()

    def _update_kind_labels(self) -> None:
        landing = self.kind_combo.currentData() == "landing_page"
        self.subject_label.setText(self.tr("Page title") if landing else self.tr("Subject"))
        self.subject_edit.setAccessibleName(
            self.tr("Page title") if landing else self.tr("Subject")
        )
        self.body_tabs.setTabEnabled(1, not landing)

    def _apply_direction(self) -> None:
        """The subject and plain text are edited in the template's direction; HTML stays LTR."""
        rtl = self.direction_combo.currentData() == "rtl"
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        alignment = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        for line in (self.subject_edit,):
            line.setLayoutDirection(direction)
            line.setAlignment(
                alignment | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
        for editor in (self.text_edit, self.preview_text):
            editor.setLayoutDirection(direction)
            option = editor.document().defaultTextOption()
            option.setTextDirection(direction)
            option.setAlignment(alignment | Qt.AlignmentFlag.AlignAbsolute)
            editor.document().setDefaultTextOption(option)
        html_option = self.html_edit.document().defaultTextOption()
        html_option.setTextDirection(Qt.LayoutDirection.LeftToRight)
        html_option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        html_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        self.html_edit.document().setDefaultTextOption(html_option)

    def _update_buttons(self) -> None:
        dirty = self.is_dirty
        self.revert_button.setEnabled(dirty)
        self.delete_button.setEnabled(bool(self._template_id))
        has_image = self.images_list.currentRow() >= 0
        self.insert_image_button.setEnabled(has_image)
        self.remove_image_button.setEnabled(has_image)

    def _new_clicked(self) -> None:
        if self._confirm_leaving_editor():
            self._start_new(focus=True)

    def _start_new(self, focus: bool) -> None:
        self._editor_request += 1
        self.table.selectionModel().blockSignals(True)
        self.table.clearSelection()
        self.table.selectionModel().blockSignals(False)
        kind = self.kind_filter.currentData() or "email"
        direction = "rtl" if self.context.language == "ar" else "ltr"
        self._load_editor(
            Template(name="", kind=kind, direction=direction, language=self.context.language), []
        )
        if focus:
            self.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _revert(self) -> None:
        if not self._template_id:
            self._start_new(focus=True)
            return
        row = self.model.row_of(self._template_id)
        if row >= 0:
            self.open_template(self.model.template(row))

    def _confirm_leaving_editor(self) -> bool:
        """True when the editor has no unsaved changes, or the user chose what to do."""
        if not self.is_dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this template?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- merge fields ------------------------------------------------------------------------

    def _fill_merge_menu(self) -> None:
        self.merge_menu.clear()
        groups: dict[str, QMenu] = {}
        for field in merge_fields(self._preview_contact.custom_fields):
            group = groups.get(field.group)
            if group is None:
                title = QCoreApplication.translate(LABEL_CONTEXT, field.group)
                group = self.merge_menu.addMenu(title)
                groups[field.group] = group
            label = QCoreApplication.translate(LABEL_CONTEXT, field.label)
            action = group.addAction(label)
            action.setToolTip(field.placeholder)
            action.setStatusTip(field.placeholder)
            action.setData(field.placeholder)
            action.triggered.connect(lambda _=False, text=field.placeholder: self.insert_text(text))
        group_menu = self.merge_menu.menuAction()
        group_menu.setEnabled(True)

    def show_merge_menu(self) -> None:
        """Open the merge-field menu at the text cursor (Ctrl+Shift+M)."""
        self._fill_merge_menu()
        target = self._insert_target or self.html_edit
        if isinstance(target, QPlainTextEdit):
            point = target.viewport().mapToGlobal(target.cursorRect().bottomLeft())
        else:
            point = target.mapToGlobal(QPoint(0, target.height()))
        self.merge_menu.popup(point)

    def insert_text(self, text: str) -> None:
        """Insert `text` at the cursor of the field last edited (the HTML body by default)."""
        target = self._insert_target or self.html_edit
        if target is self.text_edit and not self.body_tabs.isTabEnabled(1):
            target = self.html_edit
        if isinstance(target, QPlainTextEdit):
            if target in (self.html_edit, self.text_edit):
                self.body_tabs.setCurrentWidget(target)
            target.insertPlainText(text)
        elif isinstance(target, QLineEdit):
            target.insert(text)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- images ------------------------------------------------------------------------------

    def _show_images(self) -> None:
        self.images_list.clear()
        for image in self._images:
            size = self.tr("%1 KB").replace("%1", str(max(1, round(len(image.data) / 1024))))
            text = f"{isolate_ltr('cid:' + image.name)}  ({size})"
            if not image.id:
                text += " " + self.tr("(not saved yet)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, image.name)
            self.images_list.addItem(item)
        self.body_tabs.setTabText(
            2,
            self.tr("Images (%1)").replace("%1", str(len(self._images)))
            if self._images
            else self.tr("Images"),
        )
        self._update_buttons()

    def add_images(self) -> None:
        """Ask for image files, attach them, and insert them at the HTML cursor."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach images"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"),
        )
        if not paths:
            return
        taken = {image.name for image in self._images}

        def read() -> list[TemplateImage]:
            return [_read_image(Path(p), taken) for p in paths]

        self.context.tasks.run(read, on_result=self._on_images_read, on_error=self._on_image_error)

    def _on_images_read(self, images: list[TemplateImage]) -> None:
        if not self._template_id:
            self._images.extend(images)
            self._after_images_added(images)
            return
        template_id, repository, workspace = (
            self._template_id,
            self._repository,
            self.context.workspace,
        )

        def store() -> list[TemplateImage]:
            with workspace.db.transaction():
                return [repository.add_image(template_id, image) for image in images]

        def stored(saved: list[TemplateImage]) -> None:
            if template_id == self._template_id:
                self._images.extend(saved)
                self._after_images_added(saved)

        self.context.tasks.run(store, on_result=stored, on_error=self._on_error)

    def _after_images_added(self, images: list[TemplateImage]) -> None:
        self._show_images()
        self.body_tabs.setCurrentWidget(self.html_edit)
        for image in images:
            self._insert_into_html(f'<img src="cid:{image.name}" alt="">')
        self.context.notify(self.tr("%n image(s) attached.", "", len(images)))

    def _insert_into_html(self, text: str) -> None:
        self.html_edit.insertPlainText(text)
        self._schedule_preview()

    def insert_selected_image(self) -> None:
        item = self.images_list.currentItem()
        if item is None:
            return
        self.body_tabs.setCurrentWidget(self.html_edit)
        self._insert_into_html(f'<img src="cid:{item.data(Qt.ItemDataRole.UserRole)}" alt="">')
        self.html_edit.setFocus()

    def remove_selected_image(self) -> None:
        row = self.images_list.currentRow()
        if row < 0:
            return
        image = self._images[row]
        answer = QMessageBox.question(
            self,
            self.tr("Remove image"),
            self.tr("Remove the image “%1” from this template?").replace(
                "%1", isolate_ltr(image.name)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not image.id:
            self._images.pop(row)
            self._show_images()
            self._schedule_preview()
            return
        repository = self._repository

        def removed(_result: object) -> None:
            self._images = [i for i in self._images if i.id != image.id]
            self._show_images()
            self._schedule_preview()

        self.context.tasks.run(
            lambda: repository.remove_image(image.id), on_result=removed, on_error=self._on_error
        )

    def _on_image_error(self, error: BaseException) -> None:
        if isinstance(error, OSError | ValueError):
            message = self.tr("The image cannot be attached: %1").replace("%1", str(error))
        else:
            message = self.context.error_message(error)
        QMessageBox.warning(self, self.tr("Images"), message)

    # -- save and delete ---------------------------------------------------------------------

    def save(self) -> bool:
        """Store the editor's template (and its new images); False when it is not valid."""
        template = self.editor_template()
        try:
            validate_template(template)
        except InputError as error:
            self._show_error_text(self.context.error_message(error))
            self.name_edit.setFocus()
            return False
        pending = [image for image in self._images if not image.id]
        repository, workspace = self._repository, self.context.workspace

        def store() -> tuple[Template, list[TemplateImage]]:
            with workspace.db.transaction():
                saved = repository.update(template) if template.id else repository.add(template)
                for image in pending:
                    repository.add_image(saved.id, image)
            return saved, repository.images(saved.id)

        self.save_button.setEnabled(False)
        self.context.tasks.run(store, on_result=self._on_saved, on_error=self._on_save_failed)
        return True

    def _on_saved(self, result: tuple[Template, list[TemplateImage]]) -> None:
        template, images = result
        self.save_button.setEnabled(True)
        self._editor_request += 1
        self._template_id = template.id
        self._images = images
        self._show_images()
        self._baseline = replace(self.editor_template(), id=template.id).field_values()
        self._set_title(template.name)
        self._select_after_load = template.id
        self._update_buttons()
        self.context.notify(self.tr("Template saved."))
        self.refresh()

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._on_error(error)

    def delete_current(self) -> None:
        """Delete the template in the editor, after asking."""
        if not self._template_id:
            return
        name = self.name_edit.text().strip() or self.tr("(no name)")
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template “%1” and its images? This cannot be undone.").replace(
                "%1", isolate_auto(name)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        template_id, repository = self._template_id, self._repository
        self.context.tasks.run(
            lambda: repository.delete(template_id),
            on_result=self._on_deleted,
            on_error=self._on_error,
        )

    def _on_deleted(self, template: Template) -> None:
        if template.id == self._template_id:
            self._start_new(focus=False)
        self.context.notify(
            self.tr("Deleted the template “%1”.").replace("%1", isolate_auto(template.name))
        )
        self.refresh()

    # -- preview -----------------------------------------------------------------------------

    def _contact_timer_start(self) -> None:
        self._contact_timer.start()

    def _load_contact_choices(self) -> None:
        self._contact_timer.stop()
        self._contact_request += 1
        request, contacts = self._contact_request, self.context.workspace.contacts
        search = self.contact_search.text().strip() or None

        def load() -> list[tuple[str, str, str]]:
            rows = contacts.list_summaries(search, limit=CONTACT_CHOICES)
            return [(s.id, s.display_name, s.email) for s in rows]

        def loaded(rows: list[tuple[str, str, str]]) -> None:
            if request == self._contact_request:
                self._fill_contact_combo(rows, searching=bool(search))

        self.context.tasks.run(load, on_result=loaded, on_error=self._on_error)

    def _fill_contact_combo(self, rows: list[tuple[str, str, str]], searching: bool) -> None:
        current = self.contact_combo.currentData()
        self.contact_combo.blockSignals(True)
        self.contact_combo.clear()
        if not searching:
            self.contact_combo.addItem(
                self.tr("Sample contact (%1)").replace("%1", SAMPLE_CONTACT.given_name), ""
            )
        for contact_id, name, email in rows:
            text = isolate_auto(name) + (
                f" — {isolate_ltr(email)}" if email and email != name else ""
            )
            self.contact_combo.addItem(text, contact_id)
        index = self.contact_combo.findData(current) if current is not None else -1
        if index < 0 and rows and searching:
            index = 0
        self.contact_combo.setCurrentIndex(max(index, 0))
        self.contact_combo.blockSignals(False)
        if self.contact_combo.currentData() != current:
            self._on_preview_contact_chosen(self.contact_combo.currentIndex())

    def _on_preview_contact_chosen(self, _index: int) -> None:
        contact_id = self.contact_combo.currentData()
        self._contact_request += 1
        if not contact_id:
            self._preview_contact = SAMPLE_CONTACT
            self.refresh_preview()
            return
        request, contacts = self._contact_request, self.context.workspace.contacts

        def loaded(contact: Contact) -> None:
            if request == self._contact_request:
                self._preview_contact = contact
                self.refresh_preview()

        def gone(error: BaseException) -> None:
            # Deleted or erased meanwhile: preview for the sample contact instead.
            if request == self._contact_request:
                self._preview_contact = SAMPLE_CONTACT
                self.context.notify(self.context.error_message(error))
                self._load_contact_choices()

        self.context.tasks.run(lambda: contacts.get(contact_id), on_result=loaded, on_error=gone)

    def preview_business(self) -> BusinessInfo:
        """The sender shown in the preview (sample details until the business is set up)."""
        return BusinessInfo(
            name=self.tr("Your business"),
            email="info@example.com",
            phone="+966 11 000 0000",
            website="https://example.com",
            address=self.tr("Your business address"),
        )

    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Render the editor's template for the chosen contact, off the GUI thread."""
        self._preview_timer.stop()
        self._preview_generation += 1
        generation = self._preview_generation
        template, contact = self.editor_template(), self._preview_contact
        images = list(self._images)
        workspace, business = self.context.workspace, self.preview_business()

        def render() -> _Preview:
            rendered = render_for_contact(
                workspace,
                template,
                contact,
                business=business,
                unsubscribe_url=PREVIEW_UNSUBSCRIBE_URL,
                image_names=[image.name for image in images],
            )
            return _Preview(generation, rendered)

        def failed(error: BaseException) -> None:
            self._on_preview_failed(_PreviewFailure(generation, error))

        self.preview_browser.set_images(images)
        self.context.tasks.run(render, on_result=self._on_preview, on_error=failed)

    def _on_preview(self, preview: _Preview) -> None:
        if preview.generation != self._preview_generation:
            return
        rendered = preview.rendered
        self._clear_error()
        landing = self.kind_combo.currentData() == "landing_page"
        label = self.tr("Page title: %1") if landing else self.tr("Subject: %1")
        self.preview_subject.setText(label.replace("%1", isolate_auto(rendered.subject)))
        self.preview_browser.show_rendered(rendered)
        self.preview_text.setPlainText(rendered.text)
        if rendered.missing_images:
            names = ", ".join(isolate_ltr(name) for name in rendered.missing_images)
            self._show_notice(self.tr("These images are not attached: %1").replace("%1", names))
        else:
            self.preview_notice.hide()

    def _on_preview_failed(self, failure: _PreviewFailure) -> None:
        if failure.generation != self._preview_generation:
            return
        error = failure.error
        if isinstance(error, MarketingObjectionError):
            self._clear_error()
            self.preview_subject.clear()
            self.preview_browser.clear()
            self.preview_text.clear()
            self._show_notice(self.context.error_message(error))
        elif isinstance(error, TemplateError):
            self._show_template_error(error)
        else:
            self._show_error_text(self.context.error_message(error))

    def _show_notice(self, text: str) -> None:
        self.preview_notice.setText(text)
        self.preview_notice.show()

    # -- errors ------------------------------------------------------------------------------

    def _editor_for(self, part: str) -> QWidget | None:
        return {
            PART_SUBJECT: self.subject_edit,
            PART_HTML: self.html_edit,
            PART_TEXT: self.text_edit,
        }.get(part)

    def _show_template_error(self, error: TemplateError) -> None:
        """The error under the editor, its line marked in the editor it belongs to."""
        self._last_error = error
        message = html.escape(self.context.error_message(error))
        link = f' <a href="#line">{html.escape(self.tr("Show the line"))}</a>' if error.line else ""
        self.error_label.setText(message + link)
        self.error_label.show()
        self._mark_line(error)

    def _show_error_text(self, text: str) -> None:
        self._last_error = None
        self.error_label.setText(html.escape(text))
        self.error_label.show()
        self._mark_line(None)

    def _clear_error(self) -> None:
        self._last_error = None
        self.error_label.clear()
        self.error_label.hide()
        self._mark_line(None)

    @property
    def error_text(self) -> str:
        """The error shown under the editor, as plain text ("" when there is none)."""
        if self.error_label.isHidden():
            return ""
        document = QTextDocument()
        document.setHtml(self.error_label.text())
        return document.toPlainText()

    def _mark_line(self, error: TemplateError | None) -> None:
        for editor in (self.html_edit, self.text_edit):
            editor.setExtraSelections([])
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
        error = self._last_error
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

    def _on_error(self, error: BaseException) -> None:
        message = self.context.error_message(error)
        self.context.notify(message)
        QMessageBox.warning(self, self.tr("Templates"), message)


def _read_image(path: Path, taken: set[str]) -> TemplateImage:
    """Read one image file for attaching; ValueError when it is too big or not an image."""
    data = path.read_bytes()
    if len(data) > MAX_IMAGE_BYTES:
        raise ValueError(
            QCoreApplication.translate("TemplatesScreen", "%1 is larger than 5 MB.").replace(
                "%1", path.name
            )
        )
    image = QImage.fromData(data)
    if image.isNull():
        raise ValueError(
            QCoreApplication.translate("TemplatesScreen", "%1 is not an image.").replace(
                "%1", path.name
            )
        )
    mime = mimetypes.guess_type(path.name)[0] or "image/png"
    name = _IMAGE_NAME_RE.sub("-", path.name).strip("-.") or "image.png"
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, mimetypes.guess_extension(mime, strict=False) or ".png"
        extension = extension.lstrip(".")
    if not stem or stem == "-":
        stem = "image"
    candidate, number = f"{stem}.{extension}", 2
    while candidate in taken:
        candidate, number = f"{stem}-{number}.{extension}", number + 1
    taken.add(candidate)
    return TemplateImage(candidate, mime, data)
