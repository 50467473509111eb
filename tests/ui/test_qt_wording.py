"""Qt's own standard buttons use the app's Arabic wording (إلغاء, not Qt's ألغِ)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

Buttons = QDialogButtonBox.StandardButton


def test_standard_buttons_name_actions_like_the_rest_of_the_app(qtbot, arabic):
    box = QDialogButtonBox(Buttons.Ok | Buttons.Cancel | Buttons.Save | Buttons.Close)
    qtbot.addWidget(box)
    texts = {
        box.button(b).text().replace("&", "") for b in (Buttons.Cancel, Buttons.Save, Buttons.Close)
    }
    assert texts == {"إلغاء", "حفظ", "إغلاق"}
    assert box.button(Buttons.Ok).text().replace("&", "") == "حسنًا"  # Qt's own, kept


def test_english_keeps_qt_wording(qtbot):
    box = QDialogButtonBox(Buttons.Cancel)
    qtbot.addWidget(box)
    assert box.button(Buttons.Cancel).text().replace("&", "") == "Cancel"
