"""Dates and times as every screen shows them: the short date of the interface language in the
chosen calendar (Gregorian or Umm al-Qura), the 24-hour clock, and the chosen digits (0-9 by
default, Arabic-Indic by setting). Storage and exports stay Gregorian ISO."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from gtgcrm_desktop.core.bidi import isolate_ltr
from gtgcrm_desktop.core.hijri import to_hijri
from gtgcrm_desktop.core.times import parse_iso

#: Times of day are written on the 24-hour clock everywhere (lists, status bar).
CLOCK_FORMAT = "HH:mm"

# Arabic-Indic and Persian digits, and the 0-9 the app shows instead.
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_ARABIC_INDIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_DATE_FIELDS = re.compile(r"yyyy|yy|MM|M|dd|d")


@dataclass(slots=True)
class DateStyle:
    """The calendar ("gregorian" or "hijri") and digits ("latin" or "arabic") dates are shown in."""

    calendar: str = "gregorian"
    digits: str = "latin"


#: Set once at start from the machine settings (`set_date_style`).
style = DateStyle()


def set_date_style(calendar: str, digits: str) -> None:
    """Show dates in `calendar` with `digits` from now on (the app calls this at start)."""
    style.calendar, style.digits = calendar, digits


def western_digits(text: str) -> str:
    """`text` with Arabic-Indic and Persian digits written 0-9."""
    return text.translate(_WESTERN_DIGITS)


def shown_digits(text: str) -> str:
    """`text` with its digits in the digits chosen in Settings."""
    text = western_digits(text)
    return text.translate(_ARABIC_INDIC_DIGITS) if style.digits == "arabic" else text


def hijri_day_text(day: date) -> str | None:
    """`day` as a Umm al-Qura date in the short format of the interface language ("8‏/6‏/1446 هـ");
    None outside the calendar's tables."""
    hijri = to_hijri(day)
    if hijri is None:
        return None
    fields = {
        "yyyy": str(hijri.year),
        "yy": f"{hijri.year % 100:02d}",
        "MM": f"{hijri.month:02d}",
        "M": str(hijri.month),
        "dd": f"{hijri.day:02d}",
        "d": str(hijri.day),
    }
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    numbers = _DATE_FIELDS.sub(lambda match: fields[match.group(0)], pattern)
    return QCoreApplication.translate("dates", "%1 AH").replace("%1", numbers)


def gregorian_day_text(day: QDate) -> str:
    """A Gregorian day in the interface language's short format ("9‏/12‏/2024", "12/9/24")."""
    return shown_digits(QLocale().toString(day, QLocale.FormatType.ShortFormat))


def day_text(day: QDate) -> str:
    """A calendar day in the interface language's short format, in the chosen calendar and
    digits (Gregorian outside the Umm al-Qura tables)."""
    if style.calendar == "hijri":
        hijri = hijri_day_text(date(day.year(), day.month(), day.day()))
        if hijri is not None:
            return shown_digits(hijri)
    return gregorian_day_text(day)


def clock_text(moment: datetime) -> str:
    """HH:MM of `moment` (local time) on the 24-hour clock ("14:44")."""
    return shown_digits(QLocale().toString(QTime(moment.hour, moment.minute), CLOCK_FORMAT))


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
    return f"{day_text(when.date())} {shown_digits(clock)}"


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
