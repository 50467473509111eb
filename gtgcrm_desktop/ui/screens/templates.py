"""The templates screen: e-mail templates and landing pages, their editor and a live preview."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_auto, isolate_ltr
from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.models import Contact, Template, TemplateImage
from gtgcrm_desktop.templates import (
    BusinessInfo,
    MarketingObjectionError,
    RenderedTemplate,
    TemplateError,
    render_for_contact,
)
from gtgcrm_desktop.templates.defaults import ensure_defaults, install_defaults
from gtgcrm_desktop.templates.render import validate_template
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.tasks import TaskHandle, wait_until_finished
from gtgcrm_desktop.ui.widgets.merge_field_menu import MergeFieldMenu
from gtgcrm_desktop.ui.widgets.shortcuts import shortcut_action, with_shortcut
from gtgcrm_desktop.ui.widgets.template_editor import TemplateEditorForm, set_text_direction
from gtgcrm_desktop.ui.widgets.template_images import read_image
from gtgcrm_desktop.ui.widgets.template_list import TemplateListPanel
from gtgcrm_desktop.ui.widgets.template_preview import SAMPLE_CONTACT, TemplatePreviewPane

PREVIEW_DEBOUNCE_MS = 250
CONTACT_SEARCH_DEBOUNCE_MS = 200
CONTACT_CHOICES = 50
PREVIEW_UNSUBSCRIBE_URL = "https://example.com/unsubscribe"


@dataclass(frozen=True, slots=True)
class _Preview:
    generation: int
    rendered: RenderedTemplate


@dataclass(frozen=True, slots=True)
class _PreviewFailure:
    generation: int
    error: BaseException


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
        self._save_task: TaskHandle | None = None

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
        self.list_panel = TemplateListPanel()
        self.search = self.list_panel.search
        self.kind_filter = self.list_panel.kind_filter
        self.model = self.list_panel.model
        self.table = self.list_panel.table
        self.empty_label = self.list_panel.empty_label
        self.samples_button = self.list_panel.samples_button
        self.new_button = self.list_panel.new_button
        self.delete_button = self.list_panel.delete_button
        self.search.textChanged.connect(self._apply_search)
        self.kind_filter.currentIndexChanged.connect(self._apply_kind_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.samples_button.clicked.connect(self.add_sample_templates)

    def _build_editor_side(self) -> None:
        self.editor = TemplateEditorForm()
        self.editor_title = self.editor.editor_title
        self.name_edit = self.editor.name_edit
        self.kind_combo = self.editor.kind_combo
        self.purpose_combo = self.editor.purpose_combo
        self.direction_combo = self.editor.direction_combo
        self.subject_label = self.editor.subject_label
        self.subject_edit = self.editor.subject_edit
        self.insert_button = self.editor.insert_button
        self.html_edit = self.editor.html_edit
        self.text_edit = self.editor.text_edit
        self.images_list = self.editor.images_list
        self.add_image_button = self.editor.add_image_button
        self.insert_image_button = self.editor.insert_image_button
        self.remove_image_button = self.editor.remove_image_button
        self.body_tabs = self.editor.body_tabs
        self.error_label = self.editor.error_label
        self.save_button = self.editor.save_button
        self.revert_button = self.editor.revert_button

        self.merge_menu = MergeFieldMenu(self)
        self.merge_menu.aboutToShow.connect(self._fill_merge_menu)
        self.merge_menu.field_chosen.connect(self.insert_text)
        self.insert_button.setMenu(self.merge_menu)

    def _build_preview_side(self) -> None:
        self.preview = TemplatePreviewPane()
        self.preview_title = self.preview.preview_title
        self.contact_search = self.preview.contact_search
        self.contact_combo = self.preview.contact_combo
        self.preview_subject = self.preview.preview_subject
        self.preview_notice = self.preview.preview_notice
        self.preview_browser = self.preview.preview_browser
        self.preview_text = self.preview.preview_text
        self.preview_tabs = self.preview.preview_tabs
        self.contact_search.textChanged.connect(self._contact_timer_start)
        self.contact_combo.currentIndexChanged.connect(self._on_preview_contact_chosen)

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([300, 500, 440])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _build_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.new_action = shortcut_action(
            self.tr("New template"), QKeySequence(standard.New), self._new_clicked, self
        )
        self.save_action = shortcut_action(
            self.tr("Save"), QKeySequence(standard.Save), self.save, self
        )
        self.find_action = shortcut_action(
            self.tr("Find"), QKeySequence(standard.Find), self.focus_search, self
        )
        self.delete_action = shortcut_action(
            self.tr("Delete"), QKeySequence(standard.Delete), self.delete_current, self.table
        )
        self.insert_action = shortcut_action(
            self.tr("Insert merge field"),
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_M),
            self.show_merge_menu,
            self,
        )
        self.preview_action = shortcut_action(
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
            button.setToolTip(with_shortcut(text, action))
        self.new_button.clicked.connect(self._new_clicked)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        self.add_image_button.clicked.connect(self.add_images)
        self.insert_image_button.clicked.connect(self.insert_selected_image)
        self.remove_image_button.clicked.connect(self.remove_selected_image)
        self.images_list.itemDoubleClicked.connect(lambda _item: self.insert_selected_image())
        self.images_list.currentRowChanged.connect(lambda _row: self._update_buttons())

    def _connect_editor(self) -> None:
        self.editor.edited.connect(self._on_edited)
        self.direction_combo.currentIndexChanged.connect(self._apply_direction)

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
        self.list_panel.update_state()

    def _apply_search(self, text: str) -> None:
        self.model.set_search(text)
        self._reselect()
        self._update_list_state()

    def _apply_kind_filter(self, _index: int) -> None:
        self.model.set_kind_filter(self.kind_filter.currentData())
        self._reselect()
        self._update_list_state()

    def _reselect(self) -> None:
        self.list_panel.select_quietly(self._template_id)

    def _select_row(self, row: int) -> None:
        self.list_panel.select_row(row)

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
            self.editor.load(template)
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
        self.editor.set_title(name, self.context.language)

    def editor_template(self) -> Template:
        """The template as the editor shows it now (unsaved changes included)."""
        return self.editor.template(self._template_id)

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
        self.editor.update_kind_labels()

    def _apply_direction(self) -> None:
        """The editor's subject and plain text, and the text preview, in the template's direction."""
        self.editor.apply_direction()
        set_text_direction(self.preview_text, self.editor.is_rtl)

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

    def confirm_leaving(self) -> bool:
        """Before the window closes: False when the user cancels or the save fails."""
        self._finish_saving()  # a save already running lands before anything is asked
        if self.is_dirty:
            self.context.events.screen_requested.emit("templates")
        return self._confirm_leaving_editor() and self._finish_saving()

    def unsaved_state(self) -> object | None:
        """For the window lock: the editor's unsaved template (kept in memory, not stored)."""
        if not self.is_dirty:
            return None
        return self.editor_template(), list(self._images), self._baseline

    def restore_unsaved_state(self, state: object) -> None:
        """After an unlock: the editor shows the unsaved template again, still unsaved."""
        template, images, baseline = state  # type: ignore[misc]
        self._editor_request += 1
        self._load_editor(template, images)
        self._baseline = baseline
        self._update_buttons()

    def _finish_saving(self) -> bool:
        """Wait for the save in progress, if any; False when it failed (the error is shown)."""
        if self._save_task is None:
            return True
        wait_until_finished(self._save_task)
        return not self.is_dirty

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
        self.merge_menu.fill(self._preview_contact.custom_fields)

    def show_merge_menu(self) -> None:
        """Open the merge-field menu at the text cursor (Ctrl+Shift+M)."""
        self._fill_merge_menu()
        self.merge_menu.popup_at_cursor(self.editor.insert_target())

    def insert_text(self, text: str) -> None:
        """Insert `text` at the cursor of the field last edited (the HTML body by default)."""
        self.editor.insert_text(text)

    # -- images ------------------------------------------------------------------------------

    def _show_images(self) -> None:
        self.editor.show_images(self._images)
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
            return [read_image(Path(p), taken) for p in paths]

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
        name = self.editor.images.current_name()
        if name is None:
            return
        self.body_tabs.setCurrentWidget(self.html_edit)
        self._insert_into_html(f'<img src="cid:{name}" alt="">')
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
        self._save_task = self.context.tasks.run(
            store, on_result=self._on_saved, on_error=self._on_save_failed
        )
        return True

    def _on_saved(self, result: tuple[Template, list[TemplateImage]]) -> None:
        self._save_task = None
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
        self._save_task = None
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
        if self.preview.fill_contacts(rows, searching):
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
        self._clear_error()
        self.preview.show_rendered(preview.rendered, self.editor.is_landing_page)

    def _on_preview_failed(self, failure: _PreviewFailure) -> None:
        if failure.generation != self._preview_generation:
            return
        error = failure.error
        if isinstance(error, MarketingObjectionError):
            self._clear_error()
            self.preview.show_blocked(self.context.error_message(error))
        elif isinstance(error, TemplateError):
            self._show_template_error(error)
        else:
            self._show_error_text(self.context.error_message(error))

    # -- errors ------------------------------------------------------------------------------

    def _show_template_error(self, error: TemplateError) -> None:
        """The error under the editor, its line marked in the editor it belongs to."""
        self.editor.show_template_error(error, self.context.error_message(error))

    def _show_error_text(self, text: str) -> None:
        self.editor.show_error_text(text)

    def _clear_error(self) -> None:
        self.editor.clear_error()

    @property
    def error_text(self) -> str:
        """The error shown under the editor, as plain text ("" when there is none)."""
        return self.editor.error_text

    def go_to_error(self) -> None:
        """Put the cursor on the line of the error shown."""
        self.editor.go_to_error()

    def _on_error(self, error: BaseException) -> None:
        message = self.context.error_message(error)
        self.context.notify(message)
        QMessageBox.warning(self, self.tr("Templates"), message)
