"""The window lock: Ctrl+L, idle time and system signals lock; locked shows nothing of the data,
closes the workspace; unlocking asks for the passphrase and gives back unsaved edits."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.ui.clipboard import copy_sensitive
from gtgcrm_desktop.ui.lock_screen import WindowLock
from gtgcrm_desktop.ui.main_window import MainWindow
from gtgcrm_desktop.ui.screens.contacts import ContactsScreen
from gtgcrm_desktop.ui.screens.templates import TemplatesScreen
from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text, wait_idle

SECRET_NAME = "Zubaida"


@pytest.fixture
def window(qtbot, context) -> Iterator[MainWindow]:
    context.workspace.contacts.add(Contact(given_name=SECRET_NAME, family_name="Haddad"))
    opened = MainWindow(context)
    opened.restore_state()
    opened.show()
    qtbot.waitExposed(opened)
    wait_idle(qtbot, context)
    yield opened
    lock = opened.window_lock
    if lock is not None:
        lock.idle.pause()
    wait_idle(qtbot, context)
    for widget in opened.discard_screens().values():  # no unsaved-changes question
        widget.deleteLater()
    opened.hide()
    opened.deleteLater()
    if not context.workspace.db.closed:
        context.workspace.close()


def make_lock(window: MainWindow) -> WindowLock:
    return WindowLock(window, window.context)


def wait_locked(qtbot, lock: WindowLock) -> None:
    qtbot.waitUntil(
        lambda: lock.screen.form is not None and lock.screen.form.isEnabled(), timeout=10_000
    )


def unlock(qtbot, lock: WindowLock, secret: str = PASSPHRASE) -> None:
    form = lock.screen.form
    assert form is not None
    form.secret.setText(secret)
    with qtbot.waitSignal(lock.locked_changed, timeout=10_000):
        lock.screen.unlock_button.click()


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person can see in `root`'s window and the app's other open windows."""
    texts = [root.windowTitle()]
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in top.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel | QLineEdit):
                texts.append(widget.text())
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                try:
                    columns = model.columnCount()
                except TypeError:  # list models
                    columns = 1
                for row in range(model.rowCount()):
                    for column in range(columns):
                        texts.append(str(model.index(row, column).data() or ""))
    return texts


def test_ctrl_l_shows_only_the_lock_screen_and_closes_the_workspace(qtbot, context, window):
    lock = make_lock(window)
    contacts = window.screen("contacts")
    assert isinstance(contacts, ContactsScreen)
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=5000)
    assert any(SECRET_NAME in text for text in visible_texts(window))
    opened = context.workspace

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.locked
    wait_locked(qtbot, lock)

    assert opened.db.closed
    assert opened._data_key == b""  # the key is dropped
    assert window.centralWidget() is lock.screen
    assert not window.statusBar().isVisible()
    texts = visible_texts(window)
    assert not any(SECRET_NAME in text for text in texts)
    assert "locked" in window.windowTitle()
    assert window.findChildren(ContactsScreen) == [] or all(
        not s.isVisible() for s in window.findChildren(ContactsScreen)
    )
    window.show_screen("contacts")  # Ctrl+1 while locked builds nothing
    assert window.centralWidget() is lock.screen


def test_unlocking_asks_for_the_passphrase_and_brings_the_screen_back(qtbot, context, window):
    lock = make_lock(window)
    lock.lock()
    wait_locked(qtbot, lock)
    form = lock.screen.form
    form.secret.setText("not the passphrase")
    lock.screen.unlock_button.click()
    qtbot.waitUntil(lambda: form.error.text().startswith("Wrong passphrase"), timeout=10_000)
    assert lock.locked
    form.secret.clear()
    lock.screen.unlock_button.click()  # empty: the keychain is not used after a lock
    assert form.error.text() == "Type the passphrase first."
    assert lock.locked

    unlock(qtbot, lock)
    assert not lock.locked
    assert not context.workspace.db.closed
    assert context.workspace.unlocked_with == "passphrase"
    assert window.centralWidget() is not lock.screen
    contacts = window.screen("contacts")
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 1, timeout=5000)
    assert window.current_screen_name == "contacts"
    assert window.statusBar().isVisible()


def test_the_keychain_unlocks_after_a_lock_only_when_allowed(qtbot, context, window):
    context.machine_settings.set(app_settings.KEYCHAIN_UNLOCKS_AFTER_LOCK, True)
    lock = make_lock(window)
    lock.lock()
    wait_locked(qtbot, lock)
    assert "keychain" in lock.screen.form.prompt.text()
    unlock(qtbot, lock, secret="")
    assert context.workspace.unlocked_with == "keychain"


def test_an_unsaved_contact_edit_survives_lock_and_unlock(qtbot, context, window):
    lock = make_lock(window)
    screen = window.screen("contacts")
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: bool(screen.editor.contact_id), timeout=5000)
    contact_id = screen.editor.contact_id
    screen.editor.given_name.selectAll()
    type_text(screen.editor.given_name, "Zainab")
    screen.editor.custom_fields.add_row().set("", "a value without a name")
    assert screen.editor.is_dirty

    lock.lock()
    wait_locked(qtbot, lock)
    assert context.workspace.db.closed
    unlock(qtbot, lock)

    again = window.screen("contacts")
    assert again is not screen
    assert again.editor.is_dirty
    assert again.editor.contact_id == contact_id
    assert again.editor.given_name.text() == "Zainab"
    assert [row.get() for row in again.editor.custom_fields.rows()] == [
        ("", "a value without a name")
    ]
    assert again.revert_button.isEnabled()
    # Nothing was stored: the edit is still only in the editor, and it can be saved now.
    assert context.workspace.contacts.get(contact_id).given_name == SECRET_NAME
    again.editor.custom_fields.clear()
    assert again.save()
    qtbot.waitUntil(lambda: not again.editor.is_dirty, timeout=5000)
    assert context.workspace.contacts.get(contact_id).given_name == "Zainab"


def test_an_unsaved_template_edit_survives_lock_and_unlock(qtbot, context, window):
    lock = make_lock(window)
    window.show_screen("templates")
    screen = window.screen("templates")
    assert isinstance(screen, TemplatesScreen)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: bool(screen._template_id), timeout=5000)
    template_id = screen._template_id
    screen.name_edit.selectAll()
    type_text(screen.name_edit, "Eid offer")
    assert screen.is_dirty

    lock.lock()
    wait_locked(qtbot, lock)
    unlock(qtbot, lock)
    assert window.current_screen_name == "templates"
    again = window.screen("templates")
    wait_idle(qtbot, context)
    assert again is not screen
    assert again.is_dirty
    assert again._template_id == template_id
    assert again.name_edit.text() == "Eid offer"


def test_open_dialogs_are_closed_by_the_lock(qtbot, context, window):
    lock = make_lock(window)
    box = QMessageBox(QMessageBox.Icon.Information, "Contact", SECRET_NAME, parent=window)
    QTimer.singleShot(50, lock.lock)
    box.exec()  # the lock ends this modal loop
    wait_locked(qtbot, lock)
    assert not box.isVisible()
    assert not any(SECRET_NAME in text for text in visible_texts(window))
    assert context.workspace.db.closed


def test_no_input_for_the_idle_time_locks_and_input_postpones_it(qtbot, context, window):
    lock = make_lock(window)
    assert lock.idle.timeout_ms == 10 * 60_000  # the default: 10 minutes
    lock.idle.set_timeout_ms(400)
    target = window.centralWidget()
    for step in range(8):  # input every 100 ms for 800 ms keeps it open
        qtbot.wait(100)
        position = QPointF(10 + step, 10)
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            position,
            position,
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(target, move)
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    wait_locked(qtbot, lock)
    assert context.workspace.db.closed


def test_zero_minutes_never_locks(qtbot, context, window):
    context.machine_settings.set(app_settings.LOCK_AFTER_MINUTES, 0)
    lock = make_lock(window)
    assert lock.idle.timeout_ms == 0
    qtbot.wait(200)
    assert not lock.locked


def test_a_copied_secret_leaves_the_clipboard_when_the_window_locks(qtbot, context, window):
    lock = make_lock(window)
    copy_sensitive("0123-4567")
    assert QGuiApplication.clipboard().text() == "0123-4567"
    lock.lock()
    assert QGuiApplication.clipboard().text() == ""
    wait_locked(qtbot, lock)


def test_the_system_reporting_a_screen_lock_locks(qtbot, context, window):
    lock = make_lock(window)
    lock.system.locking.emit()
    wait_locked(qtbot, lock)
    assert context.workspace.db.closed


@pytest.mark.skipif(not shutil.which("dbus-daemon"), reason="needs dbus-daemon")
def test_screen_saver_and_sleep_signals_on_a_real_bus_lock(qtbot, context, window):
    """A real bus: ScreenSaver.ActiveChanged(true) and login1 PrepareForSleep(true) lock the
    window; ActiveChanged(false) (the screen saver ending) does not."""
    from PySide6.QtDBus import QDBusConnection

    from gtgcrm_desktop.ui import idle

    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        text=True,
    )
    bus_name = "h8-lock-test"
    try:
        address = daemon.stdout.readline().strip()
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address)

        def send(path: str, member: str, value: str) -> None:
            command = ["dbus-send", "--session", "--type=signal", path, member, value]
            subprocess.run(command, env=env, check=True)

        bus = QDBusConnection.connectToBus(address, bus_name)
        assert bus.isConnected()
        watch = idle.SystemLockWatch()
        watch.connect_bus(bus, system=False)
        watch.connect_bus(bus, system=True)  # logind's signal, here on the same test bus
        assert "org.freedesktop.ScreenSaver.ActiveChanged" in watch.wired
        assert "org.freedesktop.login1.Manager.PrepareForSleep" in watch.wired
        lock = make_lock(window)
        watch.locking.connect(lock.lock)

        send(
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:false",
        )
        qtbot.wait(300)
        assert not lock.locked
        send(
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:true",
        )
        qtbot.waitUntil(lambda: lock.locked, timeout=5000)
        wait_locked(qtbot, lock)
        unlock(qtbot, lock)

        send(
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager.PrepareForSleep",
            "boolean:true",
        )
        qtbot.waitUntil(lambda: lock.locked, timeout=5000)
        wait_locked(qtbot, lock)
    finally:
        QDBusConnection.disconnectFromBus(bus_name)
        daemon.terminate()
        daemon.wait(5)


def test_settings_change_the_idle_minutes_and_the_keychain_choice(qtbot, context, window):
    from gtgcrm_desktop.ui.dialogs.settings import SettingsDialog

    lock = make_lock(window)
    dialog = SettingsDialog(context, window)
    qtbot.addWidget(dialog)
    assert dialog.security.lock_minutes.value() == 10
    assert not dialog.security.keychain_after_lock.isChecked()
    dialog.security.lock_minutes.setValue(0)
    assert dialog.security.lock_minutes.text() == "Never"
    dialog.security.lock_minutes.setValue(3)
    dialog.security.keychain_after_lock.setChecked(True)
    dialog.accept()
    assert context.machine_settings.get(app_settings.LOCK_AFTER_MINUTES) == 3
    assert context.machine_settings.get(app_settings.KEYCHAIN_UNLOCKS_AFTER_LOCK)
    assert lock.idle.timeout_ms == 3 * 60_000


def test_quitting_while_locked_with_unsaved_edits_asks_first(qtbot, context, window):
    from tests.ui.dialogs import DialogScript, press

    lock = make_lock(window)
    screen = window.screen("contacts")
    screen.editor.given_name.setFocus()
    type_text(screen.editor.given_name, "Hala")
    lock.lock()
    wait_locked(qtbot, lock)
    assert lock.has_unsaved

    script = DialogScript(press("Stay"))
    lock.screen.quit_button.click()
    script.stop()
    assert "not saved" in script.seen[0]
    assert window.isVisible()  # stayed, edits still kept

    unlock(qtbot, lock)
    assert window.screen("contacts").editor.given_name.text() == "Hala"
    lock.lock()
    wait_locked(qtbot, lock)
    script = DialogScript(press("Quit and lose them"))
    lock.screen.quit_button.click()
    script.stop()
    assert not window.isVisible()
    assert not lock.has_unsaved


def latin_words(widget: QWidget, allowed: str) -> list[str]:
    """Visible texts with Latin letters, apart from names (the product, PDF, a shortcut) and
    `allowed` (the workspace folder's name, the person's own)."""
    import re

    from PySide6.QtWidgets import QAbstractButton

    found = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        texts = [child.toolTip(), child.accessibleName()]
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        for text in texts:
            if allowed in text:
                continue
            if re.search("[A-Za-z]", re.sub("GTG CRM|PDF|Ctrl\\+L", "", text)):
                found.append(text)
    return found


def test_the_lock_screen_in_arabic_is_mirrored_and_has_no_english(qtbot, context, arabic):
    context.language = "ar"
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window.resize(900, 600)
    window.show()
    lock = make_lock(window)
    lock.lock()
    wait_locked(qtbot, lock)
    screen = lock.screen
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert latin_words(screen, context.data_dir.name) == []
    assert screen.title.text() == "GTG CRM مقفل"
    form = screen.form
    # Right to left: the prompt starts at the right edge of the field below it.
    prompt_right = form.prompt.mapTo(screen, form.prompt.rect().topRight()).x()
    field_right = form.secret.mapTo(screen, form.secret.rect().topRight()).x()
    assert abs(prompt_right - field_right) <= 2
    assert screen.grab().width() == screen.width()
    unlock(qtbot, lock)
    wait_idle(qtbot, context)
    for widget in window.discard_screens().values():
        widget.deleteLater()


def test_every_screen_survives_a_lock_and_app_events_reach_only_the_new_ones(
    qtbot, context, window
):
    from gtgcrm_desktop.ui.screens import SCREEN_NAMES

    lock = make_lock(window)
    for name in SCREEN_NAMES:
        window.show_screen(name)
        wait_idle(qtbot, context)
    old = {name: window.screen(name) for name in SCREEN_NAMES}
    window.show_screen("privacy")
    lock.lock()
    wait_locked(qtbot, lock)
    unlock(qtbot, lock)
    wait_idle(qtbot, context)
    assert window.current_screen_name == "privacy"
    assert window.screen("sync") is not old["sync"]  # the background screen is back
    events = context.events
    for signal in (
        events.contacts_changed,
        events.templates_changed,
        events.cloud_account_changed,
        events.sync_requested,
    ):
        signal.emit()
    events.screen_requested.emit("contacts")
    qtbot.wait(300)  # deleted screens' slots would raise here (pytest-qt fails the test)
    wait_idle(qtbot, context)
    assert window.current_screen_name == "contacts"
    assert window.screen("contacts").model.rowCount() == 1


@pytest.mark.parametrize(
    ("message", "wparam", "locks"),
    [
        (0x02B1, 0x7, True),  # WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK
        (0x02B1, 0x8, False),  # WTS_SESSION_UNLOCK
        (0x0218, 0x4, True),  # WM_POWERBROADCAST, PBT_APMSUSPEND
        (0x0218, 0x7, False),  # PBT_APMRESUMESUSPEND
        (0x0200, 0x0, False),  # WM_MOUSEMOVE
    ],
)
def test_the_windows_filter_reads_session_lock_and_suspend(qtbot, message, wparam, locks):
    """The native filter on a MSG as Windows would pass it (built here with ctypes)."""
    import ctypes
    from ctypes import wintypes

    from PySide6.QtCore import QByteArray

    from gtgcrm_desktop.ui.idle import _WindowsSessionFilter

    seen: list[bool] = []
    native = _WindowsSessionFilter(lambda: seen.append(True))
    msg = wintypes.MSG()
    msg.message, msg.wParam = message, wparam
    assert native.nativeEventFilter(QByteArray(b"windows_generic_MSG"), ctypes.addressof(msg)) == (
        False,
        0,
    )
    assert native.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), 0) == (False, 0)
    qtbot.wait(50)
    assert seen == ([True] if locks else [])
