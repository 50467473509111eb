"""Dates and times as every screen shows them: the short date of the interface language, the
24-hour clock, and the digits 0-9 in Arabic too (as the contacts and privacy screens do)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from gtgcrm_desktop.core.bidi import isolate_ltr
from gtgcrm_desktop.core.times import parse_iso

#: Times of day are written on the 24-hour clock everywhere (lists, status bar).
CLOCK_FORMAT = "HH:mm"

# Arabic-Indic and Persian digits, and the 0-9 the app shows instead.
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def western_digits(text: str) -> str:
    """`text` with Arabic-Indic and Persian digits written 0-9, as everywhere else in the app."""
    return text.translate(_WESTERN_DIGITS)


def day_text(day: QDate) -> str:
    """A calendar day in the interface language's short format ("9‏/12‏/2024", "12/9/24")."""
    return western_digits(QLocale().toString(day, QLocale.FormatType.ShortFormat))


def clock_text(moment: datetime) -> str:
    """HH:MM of `moment` (local time) on the 24-hour clock ("14:44")."""
    return western_digits(QLocale().toString(QTime(moment.hour, moment.minute), CLOCK_FORMAT))


def local_time_text(stamp: str | None) -> str:
    """An ISO time stamp (UTC) as the local short date and 24-hour time; "" when unreadable."""
    if not stamp:
        return ""
    try:
        moment = parse_iso(stamp)
    except ValueError:
        return ""
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    clock = QLocale().toString(when.time(), CLOCK_FORMAT)
    return f"{day_text(when.date())} {western_digits(clock)}"


def local_time(iso: str | None, *, date_only: bool = False) -> str:
    """An ISO UTC timestamp as the local short date and time (or the date); the stored text,
    kept left to right, when it cannot be read."""
    if not iso:
        return ""
    try:
        moment = parse_iso(iso).astimezone()
    except ValueError:
        return isolate_ltr(iso)
    if date_only:
        return day_text(QDate(moment.year, moment.month, moment.day))
    return local_time_text(iso) or isolate_ltr(iso)


def date_text(day: str) -> str:
    """A calendar date (`YYYY-MM-DD`) in the same format as every other date."""
    parsed = QDate.fromString(day, "yyyy-MM-dd")
    if not parsed.isValid():
        return isolate_ltr(day)
    return day_text(parsed)
