"""Bidi isolates and right-to-left detection."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gtgcrm_desktop.core.bidi import has_rtl, isolate_auto, isolate_ltr, strip_isolates

CONTROLS = set("\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e")


def test_isolate_ltr_wraps_in_lri_pdi() -> None:
    assert isolate_ltr("ahmed@example.com") == "\u2066\u200eahmed@example.com\u200e\u2069"


def test_isolate_auto_wraps_in_fsi_pdi() -> None:
    assert isolate_auto("أحمد") == "\u2068أحمد\u2069"


def test_empty_text_is_not_wrapped() -> None:
    assert isolate_ltr("") == ""
    assert isolate_auto("") == ""


def test_strip_isolates_removes_isolates_and_marks() -> None:
    text = "\u200f\u2067رقم\u2069 \u2066+966 50 123 4567\u2069\u200e \u2068x\u2069"
    assert strip_isolates(text) == "رقم +966 50 123 4567 x"


def test_strip_isolates_removes_embeddings_pasted_from_word_processors() -> None:
    assert strip_isolates("\u202a050 123\u202c \u202bنص\u202c\u061c") == "050 123 نص"


def test_has_rtl() -> None:
    assert has_rtl("أحمد")
    assert has_rtl("Call أحمد")
    assert has_rtl("שלום")
    assert has_rtl("ﺃﺣﻤﺪ")  # presentation forms
    assert not has_rtl("Ahmed")
    assert not has_rtl("")
    assert not has_rtl("٠٥٠")  # Arabic-Indic digits are weak (AN), not right-to-left letters
    assert not has_rtl("\u2067\u2069")  # an empty right-to-left isolate holds no letter
    assert has_rtl("\u200f")  # RLM is a strong right-to-left character


@given(st.text())
def test_isolating_then_stripping_gives_the_text_back(text: str) -> None:
    clean = strip_isolates(text)
    assert not set(clean) & CONTROLS
    assert strip_isolates(isolate_ltr(clean)) == clean
    assert strip_isolates(isolate_auto(clean)) == clean
    assert has_rtl(isolate_auto(text)) == has_rtl(text)


def test_an_isolated_phone_number_is_laid_out_left_to_right_in_arabic_text() -> None:
    """Measured with Qt's own text layout, as the app draws it: the '+' stays left of the
    number's last digit inside a right-to-left sentence."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QTextLayout, QTextOption
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    text = f"اتصل بنا على {isolate_ltr('+966 11 000 0000')}، شكراً"
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    plus, last_digit = text.index("+"), text.rindex("0")
    assert line.cursorToX(plus)[0] < line.cursorToX(last_digit)[0]
