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
    assert not screen.editor.isVisible()  # the rows come first
    qtbot.waitUntil(lambda: screen.model.rowCount() == 5, timeout=5_000)
    qtbot.waitUntil(screen.editor.isVisible, timeout=500)  # well before the 1 s fallback


def test_an_empty_workspace_gets_its_editor_at_once_too(qtbot, context):
    from gtgcrm_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.restore_state()
    screen = window.screen("contacts")
    screen.show_editor_after_first_rows()
    window.show()
    qtbot.waitUntil(screen.editor.isVisible, timeout=500)
    assert screen.editor.given_name.isVisible()


def test_the_first_screen_visit_is_still_recorded_after_the_first_paint(qtbot, context):
    """Its analytics module loads after the first paint, but the visit is noted all the same."""
    from gtgcrm_desktop.privacy.analytics import UsageRecorder
    from gtgcrm_desktop.privacy.ledger import ConsentLedger
    from gtgcrm_desktop.ui.main_window import MainWindow

    ConsentLedger(context.workspace).set_account("usage_analytics", True, source="privacy tab")
    recorder = UsageRecorder(context.workspace)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.restore_state()
    window.show()
    qtbot.waitExposed(window)
    assert recorder.count() == 0  # not before the first paint
    qtbot.waitUntil(
        lambda: ("screen", "contacts") in {(e.kind, e.name) for e in recorder.events()},
        timeout=5_000,
    )


def test_the_contacts_screen_reads_its_first_page_once(qtbot, context, monkeypatch):
    """Enabling sorting used to sort by the header's default (descending) order, then the
    screen sorted ascending, then refreshed: three first-page queries at every start."""
    from gtgcrm_desktop.store.contacts import ContactRepository
    from gtgcrm_desktop.ui.screens.contacts import ContactsScreen
    from tests.ui.conftest import sample_contacts, wait_idle

    context.workspace.contacts.add_many(sample_contacts(3))
    calls = []
    original = ContactRepository.list_summaries

    def counted(self, *args, **kwargs):
        calls.append(kwargs.get("descending"))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ContactRepository, "list_summaries", counted)
    screen = ContactsScreen(context)
    qtbot.addWidget(screen)
    wait_idle(qtbot, context)
    assert calls == [False]
    assert screen.model.rowCount() == 3
