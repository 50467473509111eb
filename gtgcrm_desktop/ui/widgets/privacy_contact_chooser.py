"""Choose one contact by typing part of a name, e-mail or phone (search runs off the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gtgcrm_desktop.core.bidi import LRM, RLM, isolate_auto, isolate_ltr
from gtgcrm_desktop.store.contacts import ContactSummary
from gtgcrm_desktop.ui.context import AppContext

SEARCH_DEBOUNCE_MS = 150
MATCHES_SHOWN = 50
ContactIdRole = Qt.ItemDataRole.UserRole + 1
ContactNameRole = Qt.ItemDataRole.UserRole + 2


def summary_text(summary: ContactSummary, right_to_left: bool) -> str:
    """`name — e-mail` (or phone) with the name first in reading order, in either script.

    Both parts are isolated; a mark of the interface's direction on each side of the dash
    keeps that order even where isolates are not honoured (a Latin name and an e-mail address
    would otherwise read as one left-to-right run, the e-mail first in an Arabic window)."""
    name = isolate_auto(summary.display_name)
    reach = summary.email or summary.phone
    if not reach:
        return name
    mark = RLM if right_to_left else LRM
    return f"{name}{mark} — {mark}{isolate_ltr(reach)}"


class ContactChooser(QWidget):
    """A search box over a short list of matches; `chosen` carries the id and name picked."""

    #: (contact id, display name); ("", "") when the choice was cleared.
    chosen = Signal(str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._request = 0
        self._contact_id = ""
        self._name = ""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a contact by name, e-mail or phone…"))
        self.search.setAccessibleName(self.tr("Find a contact"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Matching contacts"))
        self.matches.setMinimumHeight(90)
        self.current_label = QLabel()
        self.current_label.setWordWrap(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.refresh)
        self.matches.currentItemChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.current_label)
        context.events.contacts_changed.connect(self.refresh)
        self._show_current()
        self.refresh()

    @property
    def contact_id(self) -> str:
        return self._contact_id

    @property
    def contact_name(self) -> str:
        return self._name

    def refresh(self) -> None:
        """Search again with the current text."""
        self._debounce.stop()
        self._request += 1
        request, text = self._request, self.search.text().strip()
        contacts = self.context.workspace.contacts

        def search() -> list[ContactSummary]:
            return contacts.list_summaries(text or None, limit=MATCHES_SHOWN)

        self.context.tasks.run(
            search,
            on_result=lambda found: self._show(found, request),
            on_error=lambda error: self.context.notify(self.context.error_message(error)),
        )

    def _show(self, found: list[ContactSummary], request: int) -> None:
        if request != self._request:
            return
        self.matches.blockSignals(True)
        self.matches.clear()
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for summary in found:
            item = QListWidgetItem(summary_text(summary, right_to_left))
            item.setData(ContactIdRole, summary.id)
            item.setData(ContactNameRole, summary.display_name)
            self.matches.addItem(item)
            if summary.id == self._contact_id:
                self.matches.setCurrentItem(item)
        self.matches.blockSignals(False)
        ids = {s.id for s in found}
        if self._contact_id and self._contact_id not in ids and not self.search.text().strip():
            # The chosen contact is gone (erased elsewhere).
            self.choose("", "")

    def _on_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.choose(str(item.data(ContactIdRole)), str(item.data(ContactNameRole)))

    def choose(self, contact_id: str, name: str) -> None:
        """Make `contact_id` the chosen contact (and tell listeners)."""
        if contact_id == self._contact_id:
            return
        self._contact_id, self._name = contact_id, name
        self._show_current()
        self.chosen.emit(contact_id, name)

    def choose_row(self, row: int) -> None:
        self.matches.setCurrentRow(row)

    def _show_current(self) -> None:
        if self._contact_id:
            self.current_label.setText(
                self.tr("Chosen contact: %1").replace("%1", isolate_auto(self._name))
            )
        else:
            self.current_label.setText(self.tr("No contact chosen."))
