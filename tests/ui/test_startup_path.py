"""The start-up path: what waits until after the first paint still works when it is needed."""

from __future__ import annotations

import subprocess
import sys

from gtgcrm_desktop.ui.single_instance import LISTEN_AFTER_MS, SingleInstance
from tests.ui.test_single_instance import start_second


def test_the_first_instance_listens_after_its_first_paint_and_is_still_found(qtbot, tmp_path):
    """The first instance's server starts LISTEN_AFTER_MS after the claim (QtNetwork is not
    imported before the first paint); a second start in between keeps trying and gets through."""
    first = SingleInstance(tmp_path / "ws")
    assert first.claim(listen_after_ms=LISTEN_AFTER_MS)
    try:
        with qtbot.waitSignal(first.activate_requested, timeout=15_000):
            second = start_second(tmp_path / "ws")  # started before the server listens
            while second.poll() is None:
                qtbot.wait(20)
        assert second.returncode == 0
    finally:
        first.release()


def test_the_app_does_not_import_qtnetwork_before_its_window_shows(tmp_path):
    """Importing the whole start-up path (up to the window) leaves QtNetwork and the backup,
    lock and printing modules for later."""
    code = (
        "import sys, gtgcrm_desktop.cli, gtgcrm_desktop.app\n"
        "import gtgcrm_desktop.ui.main_window, gtgcrm_desktop.ui.single_instance\n"
        "import gtgcrm_desktop.ui.language, gtgcrm_desktop.ui.unlocking\n"
        "print(sorted(m for m in sys.modules if m in {'PySide6.QtNetwork', 'PySide6.QtPrintSupport'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_at_start_the_editor_follows_the_first_rows(qtbot, context):
    """The list paints first; the editor shows one event-loop turn after its rows arrived."""
    from gtgcrm_desktop.ui.main_window import MainWindow
    from tests.ui.conftest import sample_contacts

    context.workspace.contacts.add_many(sample_contacts(5))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.restore_state()
    screen = window.screen("contacts")
    screen.show_editor_after_first_rows()
    window.show()
    assert not screen.editor_built  # the rows come first
    qtbot.waitUntil(lambda: screen.model.rowCount() == 5, timeout=5_000)
    # Built and shown well before the 1 s fallback, as a new contact to fill in.
    qtbot.waitUntil(lambda: screen.editor_built and screen.editor.isVisible(), timeout=500)
    assert screen.editor.given_name.isVisible() and screen.editor.contact_id == ""


def test_rows_that_come_with_the_screen_paint_before_the_editor_is_built(qtbot, context):
    """As the app starts: the first page read ahead is in the list as the screen is made; the
    window's first paint has the rows and no editor yet, the editor comes the turn after."""
    from PySide6.QtCore import QEvent, QObject

    from gtgcrm_desktop.ui.main_window import MainWindow
    from gtgcrm_desktop.ui.models.contacts import FIRST_PAGE_READ_AHEAD, FirstPageReadAhead
    from tests.ui.conftest import sample_contacts

    contacts = context.workspace.contacts
    contacts.add_many(sample_contacts(5))
    context.read_ahead[FIRST_PAGE_READ_AHEAD] = FirstPageReadAhead(contacts, context.tasks)
    context.tasks.wait_for_done()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.restore_state()
    screen = window.screen("contacts")
    screen.show_editor_after_first_rows()
    built_at_first_paint: list[bool] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not built_at_first_paint:
                built_at_first_paint.append(screen.editor_built)
            return False

    watcher = FirstPaint()
    screen.table.viewport().installEventFilter(watcher)
    assert screen.model.rowCount() == 5
    window.show()
    qtbot.waitUntil(lambda: bool(built_at_first_paint), timeout=2_000)
    assert built_at_first_paint == [False]
    qtbot.waitUntil(lambda: screen.editor_built and screen.editor.isVisible(), timeout=500)


def test_an_empty_workspace_gets_its_editor_at_once_too(qtbot, context):
    from gtgcrm_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.restore_state()
    screen = window.screen("contacts")
    screen.show_editor_after_first_rows()
    window.show()
    qtbot.waitUntil(lambda: screen.editor_built and screen.editor.isVisible(), timeout=500)
    assert screen.editor.given_name.isVisible()


def test_a_screen_opened_later_builds_its_editor_by_itself(qtbot, context):
    """Outside start-up the editor is built one event-loop turn after the screen: nobody has to
    ask for it, and "New contact" works on it."""
    from gtgcrm_desktop.ui.screens.contacts import ContactsScreen

    screen = ContactsScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.editor_built
    qtbot.waitUntil(lambda: screen.editor_built and screen.editor.isVisible(), timeout=1_000)
    assert screen.editor_title.text() == "New contact" and not screen.revert_button.isEnabled()


def test_the_first_page_read_at_start_is_taken_not_asked_again(qtbot, context):
    """The page read on a worker while the window is built fills the list as it is made (so the
    first paint has rows), and the list does not read it a second time."""
    from gtgcrm_desktop.ui.models.contacts import FIRST_PAGE_READ_AHEAD, FirstPageReadAhead
    from gtgcrm_desktop.ui.screens.contacts import ContactsScreen
    from tests.ui.conftest import sample_contacts

    contacts = context.workspace.contacts
    contacts.add_many(sample_contacts(5))
    reads: list[str] = []
    original = contacts.list_summaries
    contacts.list_summaries = lambda *a, **k: reads.append("read") or original(*a, **k)  # type: ignore[method-assign]
    context.read_ahead[FIRST_PAGE_READ_AHEAD] = FirstPageReadAhead(contacts, context.tasks)
    context.tasks.wait_for_done()  # the worker is done before the screen is made
    screen = ContactsScreen(context)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 5  # at once, before any event is processed
    assert FIRST_PAGE_READ_AHEAD not in context.read_ahead
    assert screen.count_label.text() == "5 contact(s)"
    qtbot.wait(100)  # nothing more is read afterwards either
    assert reads == ["read"]


def test_a_first_page_read_at_start_that_failed_is_shown_as_the_lists_own_failure(
    qtbot, context, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from gtgcrm_desktop.ui.models.contacts import FIRST_PAGE_READ_AHEAD, FirstPageReadAhead
    from gtgcrm_desktop.ui.screens.contacts import ContactsScreen

    contacts = context.workspace.contacts

    def broken(*_a: object, **_k: object) -> list[object]:
        raise PermissionError(13, "Permission denied", "/somewhere/workspace.db")

    original = contacts.list_summaries
    monkeypatch.setattr(contacts, "list_summaries", broken)
    context.read_ahead[FIRST_PAGE_READ_AHEAD] = FirstPageReadAhead(contacts, context.tasks)
    context.tasks.wait_for_done()
    monkeypatch.setattr(contacts, "list_summaries", original)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    screen = ContactsScreen(context)  # no dialog from inside the screen's making
    qtbot.addWidget(screen)
    assert warnings == [] and screen.model.rowCount() == 0
    qtbot.waitUntil(lambda: len(warnings) == 1, timeout=5_000)
    assert warnings == [context.error_message(PermissionError(13, "x", "/somewhere/workspace.db"))]


def test_an_empty_list_at_start_leaves_the_focus_inside_the_contacts_screen(qtbot, context):
    """With no contacts the list is the empty-state text from the start (its rows came with the
    screen): the focus goes to the search field, so Ctrl+N and the other keys of the screen
    work at once (a real X server showed the focus on the navigation instead)."""
    from PySide6.QtWidgets import QApplication

    from gtgcrm_desktop.ui.main_window import MainWindow
    from gtgcrm_desktop.ui.models.contacts import FIRST_PAGE_READ_AHEAD, FirstPageReadAhead

    contacts = context.workspace.contacts
    context.read_ahead[FIRST_PAGE_READ_AHEAD] = FirstPageReadAhead(contacts, context.tasks)
    context.tasks.wait_for_done()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.restore_state()
    window.show()
    window.activateWindow()
    screen = window.screen("contacts")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2_000)
    assert QApplication.focusWidget() is screen.search
    screen.new_action.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.editor.given_name, timeout=2_000)
