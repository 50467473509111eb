"""The main window: navigation, status bar, remembered geometry and screen, Arabic mirroring."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QListWidget

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.ui.main_window import AFTER_START_DELAY_MS, MainWindow
from gtgcrm_desktop.ui.screens import SCREEN_NAMES, screen_class
from gtgcrm_desktop.ui.screens.contacts import ContactsScreen
from tests.ui.conftest import sample_contacts, wait_idle


def open_window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.restore_state()
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, context)
    return window


def test_navigation_lists_the_four_screens_and_switches(qtbot, context):
    window = open_window(qtbot, context)
    navigation = window.findChild(QListWidget, "navigation")
    assert [navigation.item(i).text() for i in range(navigation.count())] == [
        "Contacts",
        "Templates",
        "Privacy",
        "Sync",
    ]
    assert isinstance(window.screen("contacts"), ContactsScreen)
    for name in SCREEN_NAMES:
        window.show_screen(name)
        wait_idle(qtbot, context)
        assert window.current_screen_name == name


def test_screens_that_exist_are_never_placeholders(qtbot, context):
    window = open_window(qtbot, context)
    for name in SCREEN_NAMES:
        cls = screen_class(name)
        widget = window.screen(name)
        if cls is not None:
            assert isinstance(widget, cls)
            assert widget.property("placeholder") is None
    assert screen_class("contacts") is ContactsScreen


def test_status_bar_shows_workspace_count_and_sync_state(qtbot, context):
    context.workspace.contacts.add_many(sample_contacts(3))
    window = open_window(qtbot, context)
    qtbot.waitUntil(lambda: window._count_label.text() == "3 contact(s)", timeout=3000)
    assert context.workspace.data_dir.name in window._workspace_label.text()
    assert window._sync_label.text() == "Sync not set up"
    context.set_sync_state("Synced at 10:42")
    assert window._sync_label.text() == "Synced at 10:42"
    window.set_online(False)
    assert window._online_label.text() == "Offline"
    context.notify("Hello")
    assert window.statusBar().currentMessage() == "Hello"


def test_geometry_and_last_screen_are_remembered(qtbot, context):
    window = open_window(qtbot, context)
    window.resize(780, 560)
    window.show_screen("sync")
    window.close()
    settings = context.machine_settings
    assert settings.get(app_settings.LAST_SCREEN) == "sync"
    assert settings.get(app_settings.WINDOW_GEOMETRY)

    again = open_window(qtbot, context)
    assert again.current_screen_name == "sync"
    assert (again.width(), again.height()) == (780, 560)


def test_arabic_mirrors_the_window_and_translates_navigation(qtbot, context):
    from gtgcrm_desktop.ui.language import install_language

    app = QApplication.instance()
    translators = install_language(app, "ar")
    try:
        context.language = "ar"
        window = open_window(qtbot, context)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        navigation = window.findChild(QListWidget, "navigation")
        assert navigation.item(0).text() == "جهات الاتصال"
        # The navigation is on the right: its left edge is right of the screens.
        assert navigation.mapTo(window, navigation.rect().topLeft()).x() > window.width() / 2
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # qtbase_ar
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_background_screens_are_built_without_being_opened(qtbot, context):
    window = open_window(qtbot, context)
    window.show_screen("contacts")
    window.start_background_screens()
    assert "sync" in window._screens
    assert window.current_screen_name == "contacts"


def test_usage_is_recorded_only_while_analytics_consent_is_on(qtbot, context):
    from gtgcrm_desktop.privacy.analytics import UsageRecorder
    from gtgcrm_desktop.privacy.ledger import ConsentLedger

    recorder = UsageRecorder(context.workspace)
    window = open_window(qtbot, context)
    window.show_screen("templates")
    window.close()
    context.tasks.wait_for_done(3000)
    assert recorder.count() == 0  # consent off: nothing at all

    ConsentLedger(context.workspace).set_account("usage_analytics", True, source="privacy tab")
    window = open_window(qtbot, context)
    window.show_screen("privacy")
    window.close()
    context.tasks.wait_for_done(3000)
    names = {(e.kind, e.name) for e in recorder.events()}
    assert ("screen", "privacy") in names and ("session", "session") in names


def test_work_that_can_wait_runs_after_the_first_screen_shows(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    order: list[str] = []
    window.after_start(lambda: order.append("deferred"))
    window.restore_state()
    window.show()
    qtbot.waitExposed(window)
    order.append("shown")
    assert order == ["shown"]  # nothing deferred ran before the window was up
    qtbot.waitUntil(lambda: order == ["shown", "deferred"], timeout=3000)
    window.after_start(lambda: order.append("late"))  # after start: at once
    assert order[-1] == "late"


def _old_and_fresh_contacts(context, action: str) -> tuple[str, list[str]]:
    """Three contacts, the first without activity since 2000; retention set to `action`."""
    from gtgcrm_desktop.privacy import retention

    contacts = context.workspace.contacts.add_many(sample_contacts(3))
    context.workspace.db.execute(
        "UPDATE contacts SET updated_at = '2000-01-01T00:00:00.000Z' WHERE id = ?",
        (contacts[0].id,),
    )
    retention.set_policy(context.workspace, 24, action)
    return contacts[0].id, [c.id for c in contacts[1:]]


def test_automatic_deletion_runs_after_start_and_says_so(qtbot, context):
    old, fresh = _old_and_fresh_contacts(context, "delete")
    window = open_window(qtbot, context)
    contacts_screen = window.screen("contacts")
    qtbot.waitUntil(lambda: not context.workspace.contacts.exists(old), timeout=5000)
    qtbot.waitUntil(lambda: window._count_label.text() == "2 contact(s)", timeout=5000)
    # The count can be read after the deletion and before its result reaches the GUI.
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "1 inactive contact(s) deleted under your retention setting."
        ),
        timeout=5000,
    )
    assert all(context.workspace.contacts.exists(i) for i in fresh)
    # The contacts list was reloaded without the deleted contact.
    qtbot.waitUntil(lambda: contacts_screen.model.total == 2, timeout=5000)


def test_automatic_anonymisation_runs_after_start(qtbot, context):
    from gtgcrm_desktop.privacy.erasure import ANONYMOUS_NAME

    old, fresh = _old_and_fresh_contacts(context, "anonymise")
    window = open_window(qtbot, context)
    qtbot.waitUntil(
        lambda: context.workspace.contacts.get(old).display_name == ANONYMOUS_NAME, timeout=5000
    )
    qtbot.waitUntil(lambda: "anonymised" in window.statusBar().currentMessage(), timeout=5000)
    assert window.statusBar().currentMessage().startswith("1 inactive contact(s) anonymised")
    assert context.workspace.contacts.get(old).emails == []
    assert all(context.workspace.contacts.get(i).emails for i in fresh)


def test_review_mode_changes_nothing_at_start(qtbot, context):
    old, _fresh = _old_and_fresh_contacts(context, "review")
    before = context.workspace.contacts.get(old)
    window = open_window(qtbot, context)
    qtbot.waitUntil(lambda: window._count_label.text() == "3 contact(s)", timeout=5000)
    qtbot.wait(200)
    wait_idle(qtbot, context)
    assert context.workspace.contacts.get(old) == before
    assert context.workspace.audit.entries(action="retention.run") == []
    assert window.statusBar().currentMessage() == ""


def test_a_screenshot_leaves_inactive_contacts_alone(qtbot, context, tmp_path):
    from gtgcrm_desktop.ui.screenshot import take_screenshot

    old, _fresh = _old_and_fresh_contacts(context, "delete")
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert take_screenshot(window, "contacts", tmp_path / "shot.png")
    qtbot.wait(AFTER_START_DELAY_MS + 200)
    wait_idle(qtbot, context)
    assert context.workspace.contacts.exists(old)
    assert context.workspace.audit.entries(action="retention.run") == []
