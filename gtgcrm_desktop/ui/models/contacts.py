"""The contact list model: pages of summaries from SQL, sorted and searched in SQL, loaded off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)

from gtgcrm_desktop.core.bidi import isolate_auto, isolate_ltr
from gtgcrm_desktop.store.contacts import ContactRepository, ContactSummary
from gtgcrm_desktop.ui.dates import local_time
from gtgcrm_desktop.ui.models._table import AnyIndex, read_only_flags
from gtgcrm_desktop.ui.tasks import TaskRunner

#: Rows read at a time: the first page fills any window (the start-up floor reads 100 too);
#: scrolling reads the next ones.
PAGE_SIZE = 100

#: At most this long the list waits for its read-ahead first page, then it comes when it comes.
READ_AHEAD_WAIT_S = 0.5
#: The key of a FirstPageReadAhead in `AppContext.read_ahead`.
FIRST_PAGE_READ_AHEAD = "contacts.first_page"

#: The contact id of a row.
ContactIdRole = Qt.ItemDataRole.UserRole + 1
#: The ContactSummary of a row (plain values, no bidi isolates).
SummaryRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class _Column:
    sort_key: str
    title: str
    left_to_right: bool = False


@dataclass(frozen=True, slots=True)
class _Page:
    generation: int
    offset: int
    rows: list[ContactSummary]
    total: int | None


class FirstPageReadAhead:
    """The list's first page (no search, by name), read on a worker from the moment the
    workspace opens while the window is being built; the list takes it instead of asking,
    at once if the worker is done by then (so the window's first paint has the rows)."""

    def __init__(
        self, repository: ContactRepository, tasks: TaskRunner, page_size: int = PAGE_SIZE
    ) -> None:
        self.repository = repository
        self.page_size = page_size
        self._outcome: list[ContactSummary] | BaseException = []
        self._ready = threading.Event()
        self._receive: Callable[[list[ContactSummary] | BaseException], None] | None = None
        # Lambdas, not the bound method: Qt holds a method's object only weakly, and nothing
        # else holds this one until the list takes it.
        tasks.run(self._read, on_result=lambda _: self._deliver(), on_error=lambda _: None)

    def serves(self, repository: ContactRepository, query: tuple[str, str, bool, int]) -> bool:
        """Whether this page is what a list with this (search, order, descending, page size)
        shows first."""
        search, order_by, descending, page_size = query
        same_query = not search.strip() and order_by == "name" and not descending
        return repository is self.repository and same_query and page_size == self.page_size

    def deliver_to(self, receive: Callable[[list[ContactSummary] | BaseException], None]) -> None:
        """`receive(rows or error)` now: the worker has had the window's building time, and
        waiting for the rest of it (a few milliseconds) beats a first paint without rows."""
        self._receive = receive
        self._ready.wait(READ_AHEAD_WAIT_S)
        self._deliver()

    def _read(self) -> None:  # on the worker
        try:
            self._outcome = self.repository.list_summaries(
                "", limit=self.page_size, offset=0, order_by="name"
            )
        except Exception as error:  # the list shows it as it shows its own failures
            self._outcome = error
        finally:
            self._ready.set()

    def _deliver(self) -> None:
        if self._receive is not None and self._ready.is_set():
            receive, self._receive = self._receive, None
            receive(self._outcome)


class ContactListModel(QAbstractTableModel):
    """Rows arrive a page at a time (`canFetchMore`/`fetchMore`); never all 100,000 at once."""

    #: A (re)load finished: the first page is in and `total` is known.
    loaded = Signal()
    #: A query failed; the message is for the status bar.
    load_failed = Signal(object)

    def __init__(
        self,
        repository: ContactRepository,
        tasks: TaskRunner,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
        read_ahead: FirstPageReadAhead | None = None,
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._read_ahead = read_ahead
        self._tasks = tasks
        self._page_size = page_size
        self._painted_once = False
        self._columns = (
            _Column("name", self.tr("Name")),
            _Column("organization", self.tr("Organisation")),
            _Column("email", self.tr("E-mail"), left_to_right=True),
            _Column("phone", self.tr("Phone"), left_to_right=True),
            _Column("updated_at", self.tr("Updated")),
        )
        self._rows: list[ContactSummary] = []
        self._total = 0
        self._search = ""
        self._sort_column = 0
        self._descending = False
        self._generation = 0
        self._loading = False
        self._fetching = False

    # -- what the owner controls ---------------------------------------------------------

    @property
    def total(self) -> int:
        """How many contacts match the current search (not only the rows fetched so far)."""
        return self._total

    @property
    def search_text(self) -> str:
        return self._search

    @property
    def loading(self) -> bool:
        return self._loading or self._fetching

    def set_search(self, text: str) -> None:
        if text.strip() == self._search.strip():
            return
        self._search = text
        self.refresh()

    def refresh(self) -> None:
        """Reload from the first page, keeping the search and sort order."""
        self._generation += 1
        self._loading = True
        self._fetching = False
        generation, search = self._generation, self._search
        order_by, descending = self._columns[self._sort_column].sort_key, self._descending
        repository, limit = self._repository, self._page_size
        read_ahead, self._read_ahead = self._read_ahead, None
        if read_ahead is not None and read_ahead.serves(
            repository, (search, order_by, descending, limit)
        ):
            read_ahead.deliver_to(lambda outcome: self._take_read_ahead(outcome, generation))
            return

        def load() -> _Page:
            rows = repository.list_summaries(
                search, limit=limit, offset=0, order_by=order_by, descending=descending
            )
            return _Page(generation, 0, rows, len(rows) if len(rows) < limit else None)

        self._tasks.run(load, on_result=self._on_first_page, on_error=self._on_error)

    def _take_read_ahead(
        self, outcome: list[ContactSummary] | BaseException, generation: int
    ) -> None:
        if not shiboken6.isValid(self):  # the screen closed before the page came
            return
        if isinstance(outcome, BaseException):
            # As a query's failure comes: from the event loop, not from inside the refresh
            # (the screen is still being built, and it may show a dialog).
            if generation == self._generation:
                QTimer.singleShot(0, self, lambda: self._on_error(outcome))
            return
        total = len(outcome) if len(outcome) < self._page_size else None
        self._on_first_page(_Page(generation, 0, outcome, total))

    def _count(self, generation: int) -> None:
        """Count the matches after a full first page has been shown (counting 100,000 cold
        rows takes longer than reading the page, and the rows need not wait for it)."""
        repository, search = self._repository, self._search

        def count() -> _Page:
            return _Page(generation, 0, [], repository.count(search))

        self._tasks.run(count, on_result=self._on_counted, on_error=self._on_error)

    def _on_counted(self, page: _Page) -> None:
        if page.generation != self._generation:
            return
        self._total = max(page.total or 0, len(self._rows))
        self._loading = False
        self.loaded.emit()

    def contact_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, contact_id: str) -> int:
        """The row showing `contact_id` among the rows fetched, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.id == contact_id), -1)

    # -- paging --------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return not self._loading and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, search, offset = self._generation, self._search, len(self._rows)
        order_by, descending = self._columns[self._sort_column].sort_key, self._descending
        repository, limit = self._repository, self._page_size

        def load() -> _Page:
            rows = repository.list_summaries(
                search, limit=limit, offset=offset, order_by=order_by, descending=descending
            )
            return _Page(generation, offset, rows, None)

        self._tasks.run(load, on_result=self._on_next_page, on_error=self._on_error)

    def _on_first_page(self, page: _Page) -> None:
        if page.generation != self._generation:
            return
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = len(self._rows) if page.total is None else page.total
        self.endResetModel()
        if page.total is None:  # a full page: the rows show now, the total follows
            if self._painted_once:
                self._count(page.generation)
            else:  # at start-up, after the rows have been painted (posted events go first)
                self._painted_once = True
                QTimer.singleShot(0, self, lambda: self._count(page.generation))
            return
        self._loading = False
        self.loaded.emit()

    def _on_next_page(self, page: _Page) -> None:
        if page.generation != self._generation or page.offset != len(self._rows):
            return
        self._fetching = False
        if not page.rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def _on_error(self, error: BaseException) -> None:
        self._loading = self._fetching = False
        self.load_failed.emit(error)

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = _cell_text(summary, column.sort_key)
            return isolate_ltr(text) if column.left_to_right else isolate_auto(text)
        if role == Qt.ItemDataRole.ToolTipRole and column.sort_key in ("name", "organization"):
            return isolate_auto(_cell_text(summary, column.sort_key)) or None
        if role == ContactIdRole:
            return summary.id
        if role == SummaryRole:
            return summary
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting runs in SQL: the list reloads from its first page in the new order."""
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        self.refresh()


def _cell_text(summary: ContactSummary, key: str) -> str:
    if key == "name":
        return summary.display_name
    if key == "organization":
        return summary.organization
    if key == "email":
        return summary.email
    if key == "phone":
        return summary.phone
    return local_time(summary.updated_at, date_only=True)
