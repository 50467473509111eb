"""The CardDAV address book part of the Sync tab: find an account's address books, pick one,
then sync it or remove it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_ltr
from gtgcrm_desktop.sync.carddav import CardDavService
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.widgets.ltr import LtrLineEdit
from gtgcrm_desktop.ui.widgets.sync_account import ERROR_STYLE, FIELD_MAX_WIDTH


def _service(context: AppContext) -> CardDavService:
    from gtgcrm_desktop.commands.carddav import VCardCodec

    return CardDavService(context.workspace, VCardCodec())


class CardDavPanel(QWidget):
    """Address book server, user name and password; the address books found, to choose from;
    once chosen, which one is in use, Sync address book now and Remove."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, service: Any = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = service or _service(context)
        self._books: list[Any] = []

        intro = QLabel(
            self.tr(
                "Keep the contacts of this computer in step with an address book on a CardDAV"
                " server (Nextcloud, Radicale, iCloud, Fastmail and others)."
            )
        )
        intro.setWordWrap(True)
        self.url = LtrLineEdit()
        self.url.setObjectName("carddavUrl")
        self.url.setPlaceholderText("https://")
        self.url.setAccessibleName(self.tr("Address book server"))
        self.username = LtrLineEdit()
        self.username.setObjectName("carddavUser")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setObjectName("carddavPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for field in (self.url, self.username, self.password):
            field.setMaximumWidth(FIELD_MAX_WIDTH)
        self.find_button = QPushButton(self.tr("Find address books"))
        self.find_button.setObjectName("carddavFind")
        self.books = QComboBox()
        self.books.setObjectName("carddavBooks")
        self.books.setAccessibleName(self.tr("Address book"))
        self.books.setMaximumWidth(FIELD_MAX_WIDTH)
        self.use_button = QPushButton(self.tr("Use this address book"))
        self.use_button.setObjectName("carddavUse")
        self.error_label = QLabel()
        self.error_label.setObjectName("carddavError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Address book server"), self.url)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Address book"), self.books)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_button)
        find_row.addWidget(self.use_button)
        find_row.addStretch()
        setup = QWidget()
        setup_layout = QVBoxLayout(setup)
        setup_layout.setContentsMargins(0, 0, 0, 0)
        setup_layout.addWidget(intro)
        setup_layout.addLayout(form)
        setup_layout.addWidget(self.error_label)
        setup_layout.addLayout(find_row)
        setup_layout.addStretch()

        self.account_label = QLabel()
        self.account_label.setObjectName("carddavAccount")
        self.account_label.setWordWrap(True)
        self.account_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label = QLabel()
        self.state_label.setObjectName("carddavState")
        self.state_label.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sync address book now"))
        self.sync_button.setObjectName("carddavSync")
        self.remove_button = QPushButton(self.tr("Remove address book"))
        self.remove_button.setObjectName("carddavRemove")
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        in_use = QWidget()
        in_use_layout = QVBoxLayout(in_use)
        in_use_layout.setContentsMargins(0, 0, 0, 0)
        in_use_layout.addWidget(self.account_label)
        in_use_layout.addWidget(self.state_label)
        in_use_layout.addLayout(buttons)
        in_use_layout.addStretch()

        self.pages = QStackedWidget()
        self.pages.addWidget(setup)
        self.pages.addWidget(in_use)
        self._setup_page, self._in_use_page = setup, in_use
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self._show_books([])
        self.find_button.clicked.connect(self.find_books)
        self.use_button.clicked.connect(self.use_chosen)
        self.sync_button.clicked.connect(self.sync_now)
        self.remove_button.clicked.connect(self.remove)
        self.reload()

    # -- state ------------------------------------------------------------------------------

    def reload(self) -> None:
        service = self.service
        self.context.tasks.run(service.status, on_result=self._show_status, on_error=self._failed)

    def _show_status(self, status: dict[str, Any]) -> None:
        book = status.get("address_book")
        if not book or not status.get("username"):
            self.pages.setCurrentWidget(self._setup_page)
            return
        text = self.tr("Address book %1, user %2.")
        self.account_label.setText(
            text.replace("%1", isolate_ltr(str(book))).replace(
                "%2", isolate_ltr(str(status["username"]))
            )
        )
        last = status.get("last_run")
        if isinstance(last, dict):
            self.state_label.setText(self._report_text(last))
        self.pages.setCurrentWidget(self._in_use_page)

    def _report_text(self, report: dict[str, Any]) -> str:
        text = self.tr("Last sync: pulled %1, pushed %2, paired %3, conflicts %4.")
        for number, key in enumerate(("pulled", "pushed", "paired", "conflicts"), start=1):
            text = text.replace(f"%{number}", str(int(report.get(key) or 0)))
        return text

    def _show_books(self, books: list[Any]) -> None:
        self._books = books
        self.books.clear()
        for book in books:
            self.books.addItem(book.name, book.url)
            self.books.setItemData(self.books.count() - 1, book.url, Qt.ItemDataRole.ToolTipRole)
        self.books.setEnabled(bool(books))
        self.use_button.setEnabled(bool(books))

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        message = self.context.error_message(error)
        if self.pages.currentWidget() is self._setup_page:
            self._show_error(message)
        else:
            self.state_label.setText(message)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.find_button, self.sync_button, self.remove_button):
            button.setEnabled(not busy)
        self.use_button.setEnabled(not busy and bool(self._books))

    # -- actions ----------------------------------------------------------------------------

    def _fields(self) -> tuple[str, str, str] | None:
        url, user = self.url.text().strip(), self.username.text().strip()
        if not url or not user or not self.password.text():
            self._show_error(
                self.tr("Fill in the address book server, your user name and your password.")
            )
            return None
        return url, user, self.password.text()

    def find_books(self) -> None:
        fields = self._fields()
        if fields is None:
            return
        self._show_error("")
        self._show_books([])
        self._set_busy(True)
        service = self.service
        self.context.tasks.run(
            lambda: service.address_books(*fields), on_result=self._found, on_error=self._failed
        )

    def _found(self, books: list[Any]) -> None:
        self._set_busy(False)
        self._show_books(books)
        if len(books) > 1:
            self.books.setFocus()

    def use_chosen(self) -> None:
        fields = self._fields()
        if fields is None or self.books.currentIndex() < 0:
            return
        chosen = str(self.books.currentData())
        self._set_busy(True)
        service = self.service
        self.context.tasks.run(
            lambda: service.add(*fields, chosen), on_result=self._added, on_error=self._failed
        )

    def _added(self, _: object) -> None:
        self._set_busy(False)
        self.password.clear()
        self._show_books([])
        self.state_label.setText("")
        self.reload()
        self.sync_now()

    def sync_now(self) -> None:
        self._set_busy(True)
        self.state_label.setText(self.tr("Syncing the address book…"))
        service = self.service
        self.context.tasks.run(service.sync, on_result=self._synced, on_error=self._failed)

    def _synced(self, report: Any) -> None:
        self._set_busy(False)
        self.state_label.setText(self._report_text(report.to_json()))
        self.context.events.contacts_changed.emit()

    def remove(self) -> None:
        self._set_busy(True)
        service = self.service
        self.context.tasks.run(service.remove, on_result=self._removed, on_error=self._failed)

    def _removed(self, _: object) -> None:
        self._set_busy(False)
        self.state_label.setText("")
        self.reload()
