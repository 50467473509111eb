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
