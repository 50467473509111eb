"""The contacts screen: search-as-you-type list, the editor beside it, delete with undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.core.bidi import isolate_auto
from gtgcrm_desktop.core.errors import ValidationError
from gtgcrm_desktop.core.i18n import translate
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.validation import validate_edit
from gtgcrm_desktop.store.changelog import new_op_id
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.models.contacts import (
    FIRST_PAGE_READ_AHEAD,
    ContactListModel,
    FirstPageReadAhead,
)
from gtgcrm_desktop.ui.tasks import TaskHandle, wait_until_finished
from gtgcrm_desktop.ui.widgets.shortcuts import shortcut_action, with_shortcut

if TYPE_CHECKING:
    from gtgcrm_desktop.privacy.marketing import MarketingDecision
    from gtgcrm_desktop.ui.widgets.contact_editor import ContactEditor

SEARCH_DEBOUNCE_MS = 150
#: At start-up the editor is built after the first rows, or after this long at the latest.
EDITOR_LATEST_MS = 1000


class _AfterFirstRowsPainted(QObject):
    """Builds the screen's editor one event-loop turn after the list's first paint with rows
    (a whole window paints in one go: the turn after it, the rows are on the screen)."""

    def __init__(self, screen: ContactsScreen) -> None:
        super().__init__(screen)
        self._screen = screen
        #: The rows paint in the table's viewport; no rows, in the empty-state text.
        self.watched: tuple[QWidget, ...] = (screen.table.viewport(), screen.empty_label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._screen._rows_shown():
            for painted in self.watched:
                painted.removeEventFilter(self)
            self._screen._editor_timer.start(0)
            self.deleteLater()
        return False


class ContactsScreen(QWidget):
    """Everything about contacts the shop owner does every day, on one screen."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._repository = context.workspace.contacts
        self._deleted: list[Contact] = []
        self._select_after_load = ""
        self._editor_request = 0
        #: The contact as stored when the editor showed it: its odd values may be saved again.
        self._stored: Contact | None = None
        self._save_task: TaskHandle | None = None

        read_ahead = context.read_ahead.pop(FIRST_PAGE_READ_AHEAD, None)
        self.model = ContactListModel(
            self._repository,
            context.tasks,
            self,
            read_ahead=read_ahead if isinstance(read_ahead, FirstPageReadAhead) else None,
        )
        self.model.loaded.connect(self._on_loaded)
        self.model.load_failed.connect(self._on_error)

        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setPlaceholderText(self.tr("Search by name, e-mail, phone, tag or city…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._debounce.start)
        self.count_label = QLabel()
        self.count_label.setObjectName("contactCount")
        self.count_label.setAccessibleName(self.tr("Number of contacts shown"))
        self.new_button = QPushButton(self.tr("New contact"))
        self.more_button = QToolButton()
        self.more_button.setObjectName("contactsMore")
        self.more_button.setText(self.tr("More"))
        self.more_button.setToolTip(self.tr("Import, export and duplicates"))
        self.more_button.setAccessibleName(self.tr("Import, export and duplicates"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more_menu = QMenu(self.more_button)
        self.import_action = more_menu.addAction(self.tr("Import contacts…"), self.open_import)
        self.export_action = more_menu.addAction(self.tr("Export contacts…"), self.open_export)
        self.history_action = more_menu.addAction(
            self.tr("Import history…"), self.open_import_history
        )
        self.duplicates_action = more_menu.addAction(
            self.tr("Find duplicates…"), self.open_duplicates
        )
        self.more_button.setMenu(more_menu)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setEnabled(False)

        self.table = QTableView()
        self.table.setObjectName("contactTable")
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column, width in ((1, 120), (2, 190), (3, 130), (4, 90)):
            header.resizeSection(column, width)
        # The indicator first: enabling sorting sorts by it (descending by default), and each
        # sort reloads the first page from the database.
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._list_stack = QStackedWidget()
        self._list_stack.addWidget(self.table)
        self._list_stack.addWidget(self.empty_label)

        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(8, 2, 8, 2)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()

        # Built one event-loop turn after the screen (its many fields are most of the screen's
        # build), or at start-up after the first rows; `editor` builds it when asked first.
        self._editor: ContactEditor | None = None
        self._editor_timer = QTimer(self)
        self._editor_timer.setSingleShot(True)
        self._editor_timer.timeout.connect(self._build_editor)
        self.marketing_note = QLabel()
        self.marketing_note.setObjectName("marketingNote")
        self.marketing_note.setAccessibleName(self.tr("Marketing e-mail for this contact"))
        self.marketing_note.setWordWrap(True)
        self.marketing_note.hide()
        self.editor_title = QLabel()
        self.editor_title.setObjectName("editorTitle")
        font = self.editor_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.editor_title.setFont(font)
        self.save_button = QPushButton(self.tr("Save"))
        self.revert_button = QPushButton(self.tr("Discard changes"))

        self._build_layout()
        self._build_actions()
        self._start_new(focus=False)
        context.events.contacts_changed.connect(self.refresh)
        self.model.refresh()
        self._editor_timer.start(0)

    # -- layout and actions -----------------------------------------------------------------

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.more_button)
        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.undo_bar)
        list_layout.addWidget(self._list_stack, 1)

        editor_side = QWidget()
        editor_layout = QVBoxLayout(editor_side)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor_title)
        editor_layout.addWidget(self.marketing_note)
        self._editor_layout = editor_layout  # the editor goes in after the note (index 2)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        editor_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(list_side)
        splitter.addWidget(editor_side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _build_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.new_action = shortcut_action(
            self.tr("New contact"), QKeySequence(standard.New), self._new_clicked, self
        )
        self.find_action = shortcut_action(
            self.tr("Find"), QKeySequence(standard.Find), self.focus_search, self
        )
        self.save_action = shortcut_action(
            self.tr("Save"), QKeySequence(standard.Save), self.save, self
        )
        self.delete_action = shortcut_action(
            self.tr("Delete"), QKeySequence(standard.Delete), self.delete_selected, self.table
        )
        self.undo_action = shortcut_action(
            self.tr("Undo delete"), QKeySequence(standard.Undo), self.undo_delete, self
        )
        self.new_button.setToolTip(with_shortcut(self.tr("New contact"), self.new_action))
        self.save_button.setToolTip(with_shortcut(self.tr("Save"), self.save_action))
        self.delete_button.setToolTip(with_shortcut(self.tr("Delete"), self.delete_action))
        self.new_button.clicked.connect(self._new_clicked)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        self.undo_button.clicked.connect(self.undo_delete)
        self.search.returnPressed.connect(self._apply_search)

    def open_import(self) -> None:
        """The import wizard: file, detected format and encoding, mapping, preview, import."""
        from gtgcrm_desktop.ui.screens.import_wizard import open_import_wizard

        open_import_wizard(self.context, self)

    def open_import_history(self) -> None:
        """Earlier imports, each of which can be undone as a whole."""
        from gtgcrm_desktop.ui.screens.import_history import open_import_history

        open_import_history(self.context, self)

    def open_export(self) -> None:
        from gtgcrm_desktop.ui.screens.import_wizard import open_export_dialog

        open_export_dialog(self.context, self)

    def open_duplicates(self) -> None:
        from gtgcrm_desktop.ui.screens.duplicates import open_duplicates

        open_duplicates(self.context, self)

    # -- screen hooks ------------------------------------------------------------------------

    def screen_shown(self) -> None:
        """The focus into the list, or into the search field when the list is the empty
        state (a hidden table cannot take it; the screen's shortcuts need it inside)."""
        showing_rows = self._list_stack.currentWidget() is self.table
        (self.table if showing_rows else self.search).setFocus()

    @property
    def editor(self) -> ContactEditor:
        """The editor pane (built now if it was not yet)."""
        if self._editor is None:
            self._build_editor()
        assert self._editor is not None
        return self._editor

    @property
    def editor_built(self) -> bool:
        return self._editor is not None

    def _build_editor(self) -> None:
        self._editor_timer.stop()
        if self._editor is not None:
            return
        from gtgcrm_desktop.ui.widgets.contact_editor import ContactEditor

        editor = ContactEditor()
        editor.load(Contact())  # "new contact", as _start_new left the screen
        editor.edited.connect(self._update_buttons)
        self._editor = editor
        self._editor_layout.insertWidget(2, editor, 1)
        editor.show()  # now, not when the layout gets to it: it may be given the focus at once

    def show_editor_after_first_rows(self) -> None:
        """At start-up (before the event loop runs): build the editor just after the list has
        painted with its first rows (or its empty state), not at the next event-loop turn.

        The editor's many fields are most of the screen's build and first layout; the list
        comes first, the editor one event-loop turn after that paint (or after
        EDITOR_LATEST_MS at the latest)."""
        if self._editor is not None:
            return
        self._editor_timer.stop()
        self._editor_timer.start(EDITOR_LATEST_MS)
        watcher = _AfterFirstRowsPainted(self)
        for painted in watcher.watched:
            painted.installEventFilter(watcher)

    def _rows_shown(self) -> bool:
        return bool(self.model.rowCount()) or not self.model.loading

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- list --------------------------------------------------------------------------------

    def _apply_search(self) -> None:
        self._debounce.stop()
        self.model.set_search(self.search.text())

    def _on_loaded(self) -> None:
        total, searching = self.model.total, bool(self.model.search_text.strip())
        if searching:
            self.count_label.setText(self.tr("%n match(es)", "", total))
        else:
            self.count_label.setText(self.tr("%n contact(s)", "", total))
        if total:
            self._list_stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(
                self.tr("No contact matches your search.")
                if searching
                else self.tr("No contacts yet. Press “New contact” to add the first one.")
            )
            self._list_stack.setCurrentWidget(self.empty_label)
        if self._select_after_load:
            row = self.model.row_of(self._select_after_load)
            self._select_after_load = ""
            if row >= 0:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.selectionModel().blockSignals(False)
                self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.contact_id(row) for row in rows]

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        ids = self.selected_ids()
        if len(ids) != 1 or ids[0] == self.editor.contact_id:
            return
        if not self._confirm_leaving_editor():
            return
        self._open_in_editor(ids[0])

    def _open_in_editor(self, contact_id: str) -> None:
        self._editor_request += 1
        request, repository = self._editor_request, self._repository

        workspace = self.context.workspace

        from gtgcrm_desktop.privacy.marketing import is_marketing_allowed  # not at start-up

        def load() -> tuple[Contact, MarketingDecision]:
            return repository.get(contact_id), is_marketing_allowed(workspace, contact_id, "email")

        def opened(loaded: tuple[Contact, MarketingDecision]) -> None:
            if request == self._editor_request:
                contact, decision = loaded
                self._show_in_editor(contact)
                self._show_marketing(decision)

        self.context.tasks.run(load, on_result=opened, on_error=self._on_error)

    def _show_marketing(self, decision: MarketingDecision | None) -> None:
        """Why this contact does or does not get marketing e-mail (an objection says so here)."""
        if decision is None:
            self.marketing_note.hide()
            return
        reason = QCoreApplication.translate("privacy", decision.reason)
        self.marketing_note.setText(self.tr("Marketing e-mail: %1").replace("%1", reason))
        self.marketing_note.setStyleSheet("" if decision.allowed else "color: #9a3412;")
        self.marketing_note.show()

    def _show_in_editor(self, contact: Contact) -> None:
        self._stored = contact
        self.editor.load(contact)
        name = contact.effective_display_name() or self.tr("Contact")
        self.editor_title.setText(isolate_auto(name))
        self._update_buttons()

    def confirm_leaving(self) -> bool:
        """Before the window closes: False when the user cancels or the save fails."""
        self._finish_saving()  # a save already running lands before anything is asked
        if self.editor.is_dirty:
            self.context.events.screen_requested.emit("contacts")
        return self._confirm_leaving_editor() and self._finish_saving()

    def unsaved_state(self) -> object | None:
        """For the window lock: the editor's unsaved contact (kept in memory, not stored)."""
        return self.editor.unsaved_copy() if self.editor.is_dirty else None

    def restore_unsaved_state(self, state: object) -> None:
        """After an unlock: the editor shows the unsaved contact again, still unsaved."""
        self.editor.restore_unsaved(state)  # type: ignore[arg-type]
        name = self.editor.contact_id and self.editor.unsaved_copy()[0].effective_display_name()
        self.editor_title.setText(isolate_auto(name) if name else self.tr("New contact"))
        self._update_buttons()

    def _finish_saving(self) -> bool:
        """Wait for the save in progress, if any; False when it failed (the error is shown)."""
        if self._save_task is None:
            return True
        wait_until_finished(self._save_task)
        return not self.editor.is_dirty

    def _confirm_leaving_editor(self) -> bool:
        """True when the editor has no unsaved changes, or the user chose what to do."""
        if not self.editor.is_dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this contact?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _update_buttons(self) -> None:
        has_selection = bool(self.table.selectionModel().selectedRows())
        editor = self._editor
        self.delete_button.setEnabled(has_selection or bool(editor and editor.contact_id))
        self.revert_button.setEnabled(bool(editor and editor.is_dirty))

    # -- new, save, delete, undo -------------------------------------------------------------

    def _new_clicked(self) -> None:
        if self._confirm_leaving_editor():
            self._start_new(focus=True)

    def _start_new(self, focus: bool) -> None:
        self._show_marketing(None)
        self._editor_request += 1
        self.table.clearSelection()
        self._stored = None
        if self._editor is not None:  # a new editor starts empty
            self._editor.load(Contact())
        self.editor_title.setText(self.tr("New contact"))
        if focus:
            self.editor.given_name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._update_buttons()

    def _revert(self) -> None:
        if self.editor.contact_id:
            self._open_in_editor(self.editor.contact_id)
        else:
            self._start_new(focus=True)

    def save(self) -> bool:
        """Validate and store the editor's contact; False (with the message shown) if invalid."""
        region = self.context.workspace.settings.get(app_settings.DEFAULT_REGION)
        try:
            edited = self.editor.contact()
            stored = self._stored if self._stored and self._stored.id == edited.id else None
            contact = validate_edit(edited, stored, region)
        except ValidationError as error:
            reason = translate("errors", error.reason, self.context.language)
            self.editor.show_error(error, reason)
            return False
        self.editor.clear_errors()
        repository, is_new = self._repository, not contact.id
        store = repository.add if is_new else repository.update
        self.save_button.setEnabled(False)
        self._save_task = self.context.tasks.run(
            lambda: store(contact), on_result=self._on_saved, on_error=self._on_save_failed
        )
        return True

    def _on_saved(self, contact: Contact) -> None:
        self._save_task = None
        self.context.record_usage("contact_saved")
        self.save_button.setEnabled(True)
        self._show_in_editor(contact)
        self._select_after_load = contact.id
        self.context.notify(self.tr("Contact saved."))
        self.context.events.contacts_changed.emit()

    def _on_save_failed(self, error: BaseException) -> None:
        self._save_task = None
        self.save_button.setEnabled(True)
        self._on_error(error)

    def delete_selected(self) -> None:
        ids = self.selected_ids() or ([self.editor.contact_id] if self.editor.contact_id else [])
        if not ids:
            return
        repository, op_id = self._repository, new_op_id()
        self.context.tasks.run(
            lambda: [repository.delete(i, op_id=op_id) for i in ids],
            on_result=self._on_deleted,
            on_error=self._on_error,
        )

    def _on_deleted(self, contacts: list[Contact]) -> None:
        self.context.record_usage("contact_deleted")
        self._deleted = contacts
        if self.editor.contact_id in {c.id for c in contacts}:
            self._start_new(focus=False)
        if len(contacts) == 1:
            name = contacts[0].effective_display_name()
            text = self.tr("Deleted “%1”.").replace("%1", isolate_auto(name))
        else:
            text = self.tr("Deleted %n contact(s).", "", len(contacts))
        self.undo_label.setText(text)
        self.undo_bar.show()
        self.context.notify(text)
        self.context.events.contacts_changed.emit()
        self.table.setFocus()

    def undo_delete(self) -> None:
        """Put the contacts deleted last back, with their ids, in one transaction."""
        if not self._deleted:
            return
        contacts, self._deleted = self._deleted, []
        repository = self._repository
        self.context.tasks.run(
            lambda: repository.add_many(contacts),
            on_result=self._on_restored,
            on_error=self._on_error,
        )

    def _on_restored(self, contacts: list[Contact]) -> None:
        self.context.record_usage("contact_restored")
        self.undo_bar.hide()
        if len(contacts) == 1:
            self._select_after_load = contacts[0].id
        self.context.notify(self.tr("Restored %n contact(s).", "", len(contacts)))
        self.context.events.contacts_changed.emit()

    # -- events ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.refresh()

    def _on_error(self, error: BaseException) -> None:
        message = self.context.error_message(error)
        self.context.notify(message)
        QMessageBox.warning(self, self.tr("Contacts"), message)
