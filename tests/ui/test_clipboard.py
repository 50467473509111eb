"""A copied secret or contact value leaves the clipboard after 30 s, unless replaced."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from gtgcrm_desktop.ui import clipboard
from gtgcrm_desktop.ui.clipboard import CLEAR_AFTER_MS, clear_sensitive_now, copy_sensitive


def test_the_default_is_thirty_seconds():
    assert CLEAR_AFTER_MS == 30_000


def test_a_copied_value_is_cleared_after_the_delay(qtbot):
    copy_sensitive("ABCD-EFGH", clear_after_ms=150)
    board = QGuiApplication.clipboard()
    assert board.text() == "ABCD-EFGH"
    qtbot.wait(50)
    assert board.text() == "ABCD-EFGH"
    qtbot.waitUntil(lambda: board.text() == "", timeout=2000)


def test_something_copied_since_is_left_alone(qtbot):
    copy_sensitive("ABCD-EFGH", clear_after_ms=100)
    board = QGuiApplication.clipboard()
    board.setText("the user's own text")
    qtbot.wait(300)
    assert board.text() == "the user's own text"


def test_a_newer_copy_gets_its_own_full_delay(qtbot):
    copy_sensitive("first", clear_after_ms=150)
    qtbot.wait(100)
    copy_sensitive("second", clear_after_ms=300)
    qtbot.wait(150)
    assert QGuiApplication.clipboard().text() == "second"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)


def test_clear_now_clears_at_once_and_only_ours(qtbot):
    copy_sensitive("secret", clear_after_ms=60_000)
    clear_sensitive_now()
    assert QGuiApplication.clipboard().text() == ""
    QGuiApplication.clipboard().setText("mine")
    clear_sensitive_now()
    assert QGuiApplication.clipboard().text() == "mine"
    assert not clipboard._instance().pending


def test_a_value_copied_from_the_contact_editor_is_cleared_but_not_other_copies(qtbot):
    from PySide6.QtWidgets import QLineEdit

    from gtgcrm_desktop.ui.widgets.contact_editor import ContactEditor

    editor = ContactEditor()
    qtbot.addWidget(editor)
    elsewhere = QLineEdit("a template subject")
    qtbot.addWidget(elsewhere)
    editor.show()
    editor.activateWindow()
    field = editor.phones.rows()[0].value
    field.setText("0501234567")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    field.copy()
    board = QGuiApplication.clipboard()
    assert board.text() == "0501234567"
    assert clipboard._instance().pending
    clipboard._instance()._timer.start(100)  # the 30 s, shortened
    qtbot.waitUntil(lambda: board.text() == "", timeout=2000)

    elsewhere.show()
    elsewhere.activateWindow()
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    elsewhere.selectAll()
    elsewhere.copy()
    assert not clipboard._instance().pending  # not personal: left alone
    assert board.text() == "a template subject"
