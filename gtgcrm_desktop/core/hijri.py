"""Umm al-Qura (Hijri) dates: conversion both ways and reading a typed Hijri date."""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from hijridate import Gregorian, Hijri

from gtgcrm_desktop.core.arabic import to_ascii_digits

#: "1410-06-08", "1410/6/8", "8/6/1410", with an optional "هـ" or "AH" after it.
_TYPED = re.compile(
    r"^\s*(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,4})\s*(?:هـ|ه|AH)?\s*$", re.I
)


class HijriDay(NamedTuple):
    """A day of the Umm al-Qura calendar."""

    year: int
    month: int
    day: int


def to_hijri(day: date) -> HijriDay | None:
    """`day` in the Umm al-Qura calendar; None outside its tables (1924-2077)."""
    try:
        converted = Gregorian(day.year, day.month, day.day).to_hijri()
    except (OverflowError, ValueError):
        return None
    return HijriDay(converted.year, converted.month, converted.day)


def from_hijri(day: HijriDay) -> date:
    """The Gregorian date of a Hijri day; ValueError when there is no such day."""
    try:
        converted = Hijri(day.year, day.month, day.day).to_gregorian()
    except OverflowError as exc:
        raise ValueError(str(exc)) from exc
    return date(converted.year, converted.month, converted.day)


def parse_hijri(text: str) -> HijriDay:
    """A typed Hijri date (year first or last, any digits); ValueError when it is not one."""
    match = _TYPED.match(to_ascii_digits(text))
    if match is None:
        raise ValueError("not a Hijri date")
    first, month, last = (int(group) for group in match.groups())
    year, day = (first, last) if first > 31 else (last, first)
    parsed = HijriDay(year, month, day)
    from_hijri(parsed)  # refuses days the calendar does not have
    return parsed


def hijri_to_iso(text: str) -> str:
    """A typed Hijri date as the Gregorian `YYYY-MM-DD` that is stored; ValueError if invalid."""
    return from_hijri(parse_hijri(text)).isoformat()
