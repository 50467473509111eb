"""Phone numbers keep their order inside Arabic rich text, as the template preview shows it."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from gtgcrm_desktop.core.bidi import isolate_ltr

PHONE = "+966 11 000 0000"


def _group_positions(phone_text: str) -> list[float]:
    """Screen x of the start of each digit group of PHONE in a right-to-left HTML paragraph."""
    document = QTextDocument()
    document.setTextWidth(700)
    document.setHtml(
        f'<html dir="rtl" lang="ar"><body dir="rtl"><p dir="rtl">'
        f"أو اتصل بنا على {phone_text}، وسيسعد فريقنا بمساعدتك</p></body></html>"
    )
    document.size()  # lays the document out
    block = document.firstBlock()
    text = block.text()
    line = block.layout().lineForTextPosition(text.index(PHONE[0]))
    assert line.isValid()
    positions, searched_from = [], text.index(PHONE[0])
    for group in PHONE.split(" "):
        index = text.index(group, searched_from)
        positions.append(line.cursorToX(index)[0])
        searched_from = index + len(group)
    return positions


def test_an_isolated_phone_reads_left_to_right_in_arabic_html(qapp):
    xs = _group_positions(isolate_ltr(PHONE))
    assert xs == sorted(xs), xs  # "+966" leftmost, "0000" rightmost


def test_without_the_isolate_the_groups_would_be_reversed(qapp):
    xs = _group_positions(PHONE)
    assert xs == sorted(xs, reverse=True), xs  # the control: what the isolate prevents
