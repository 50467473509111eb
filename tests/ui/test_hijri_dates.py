"""Dates in the Hijri calendar and Arabic-Indic digits, by setting; storage stays Gregorian."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.ui import dates
from gtgcrm_desktop.ui.widgets.birthday_field import BirthdayField
from tests.ui.conftest import type_text
from tests.ui.test_contacts_screen import open_screen


@pytest.fixture
def hijri_style() -> Iterator[None]:
    dates.set_date_style("hijri", "arabic")
    yield
    dates.set_date_style("gregorian", "latin")


def test_days_are_shown_in_the_hijri_calendar_with_arabic_indic_digits(arabic, hijri_style):
    shown = dates.day_text(QDate(2024, 12, 9))
    assert "١٤٤٦" in shown and "٨" in shown and "هـ" in shown
    assert "2024" not in shown and "1446" not in shown
    # The clock follows the digits setting too.
    assert dates.local_time_text("2024-12-09T11:05:00Z").endswith(
        dates.clock_text(
            __import__("datetime").datetime.fromisoformat("2024-12-09T11:05:00+00:00").astimezone()
        )
    )


def test_gregorian_and_latin_digits_stay_the_default(arabic):
    assert dates.day_text(QDate(2024, 12, 9)).replace("\u200f", "") == "9/12/2024"


def test_the_contacts_list_shows_the_updated_day_in_the_hijri_calendar(qtbot, context, hijri_style):
    context.workspace.contacts.add(Contact(given_name="Huda"))
    screen = open_screen(qtbot, context)
    shown = screen.model.data(screen.model.index(0, 4))
    assert "AH" in shown or "هـ" in shown
    assert any("٠" <= ch <= "٩" for ch in shown)


def test_a_birthday_typed_in_hijri_is_stored_gregorian_and_shown_both_ways(qtbot, context, arabic):
    dates.set_date_style("hijri", "latin")
    try:
        screen = open_screen(qtbot, context)
        field = screen.editor.birthday
        assert field.hijri_mode
        qtbot.keyClicks(screen.editor.given_name, "Sara")
        type_text(field.edit, "١٤١٠/٦/٨")
        assert field.text() == "1990-01-05"
        assert field.other.isVisibleTo(field)
        assert "2024" not in field.other.text() and "1990" in field.other.text()
        screen.save_button.click()
        qtbot.waitUntil(lambda: screen.editor.contact_id is not None, timeout=10_000)
        qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10_000)
        stored = context.workspace.contacts.get(screen.editor.contact_id)
        assert stored.birthday == "1990-01-05"
        # Opened again, the field shows the Hijri day it was typed as.
        screen.editor.load(stored)
        assert field.edit.text() == "1410-06-08"
    finally:
        dates.set_date_style("gregorian", "latin")


def test_switching_the_field_to_gregorian_keeps_the_same_day(qtbot):
    field = BirthdayField()
    qtbot.addWidget(field)
    field.calendar.setCurrentIndex(field.calendar.findData("hijri"))
    field.edit.setText("1410-06-08")
    field.calendar.setCurrentIndex(field.calendar.findData("gregorian"))
    assert field.edit.text() == "1990-01-05"
    assert "1410" in field.other.text()


def test_a_year_less_birthday_cannot_be_hijri_and_stays_as_written(qtbot):
    field = BirthdayField()
    qtbot.addWidget(field)
    field.calendar.setCurrentIndex(field.calendar.findData("hijri"))
    field.setText("--03-14")
    assert not field.hijri_mode
    assert field.text() == "--03-14"


def test_a_wrong_hijri_day_is_left_for_validation_to_report(qtbot):
    field = BirthdayField()
    qtbot.addWidget(field)
    field.calendar.setCurrentIndex(field.calendar.findData("hijri"))
    field.edit.setText("1446-01-31")
    assert field.text() == "1446-01-31"
