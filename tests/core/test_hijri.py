"""Umm al-Qura conversion and reading typed Hijri dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gtgcrm_desktop.core.hijri import HijriDay, from_hijri, hijri_to_iso, parse_hijri, to_hijri


def test_known_days_match_the_umm_al_qura_calendar() -> None:
    # 1 Ramadan 1445 was Monday 11 March 2024; the policy's date, 9 December 2024, is 8 Jumada II 1446.
    assert to_hijri(date(2024, 3, 11)) == HijriDay(1445, 9, 1)
    assert to_hijri(date(2024, 12, 9)) == HijriDay(1446, 6, 8)
    assert from_hijri(HijriDay(1446, 6, 8)) == date(2024, 12, 9)


@pytest.mark.parametrize(
    "typed",
    [
        "1410-06-08",
        "1410/6/8",
        "8/6/1410",
        "٨/٦/١٤١٠",
        "١٤١٠-٠٦-٠٨ هـ",
        "1410-6-8 AH",
        " 8/6/1410هـ ",
    ],
)
def test_a_hijri_birthday_is_read_in_every_common_form(typed: str) -> None:
    assert hijri_to_iso(typed) == "1990-01-05"


@pytest.mark.parametrize(
    "typed", ["1446-13-01", "1446-01-31", "1300-01-01", "hello", "", "--06-08"]
)
def test_what_is_not_a_hijri_day_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_hijri(typed)


def test_days_outside_the_tables_have_no_hijri_form() -> None:
    assert to_hijri(date(1900, 1, 1)) is None
    assert to_hijri(date(2099, 1, 1)) is None


@given(st.dates(min_value=date(1937, 3, 14), max_value=date(2077, 11, 16)))
def test_every_day_in_the_tables_goes_there_and_back(day: date) -> None:
    hijri = to_hijri(day)
    assert hijri is not None
    assert from_hijri(hijri) == day
