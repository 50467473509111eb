"""The birthday field: typed in the Gregorian or the Hijri (Umm al-Qura) calendar, stored Gregorian."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from gtgcrm_desktop.core.hijri import hijri_to_iso, to_hijri
from gtgcrm_desktop.ui.dates import gregorian_day_text, hijri_day_text, shown_digits, style
from gtgcrm_desktop.ui.widgets.ltr import LtrLineEdit

GREGORIAN, HIJRI = "gregorian", "hijri"


def _full_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


class BirthdayField(QWidget):
    """A line edit with a calendar choice; `text()` is always what is stored (Gregorian
    `YYYY-MM-DD` or `--MM-DD`), and a line under it shows the date in the other calendar."""

    textEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = LtrLineEdit()
        self._forwarding = False
        self.calendar = QComboBox()
        self.calendar.addItem(self.tr("Gregorian"), GREGORIAN)
        self.calendar.addItem(self.tr("Hijri"), HIJRI)
        self.calendar.setAccessibleName(self.tr("Calendar of the birthday"))
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(style.calendar)))
        self.other = QLabel()
        self.other.setObjectName("birthdayOtherCalendar")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 0, 0)
        layout.addWidget(self.calendar, 0, 1)
        layout.addWidget(self.other, 1, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_typed)
        self.calendar.currentIndexChanged.connect(self._on_calendar_changed)
        self._update_hints()

    # -- the QLineEdit-like surface the editor uses ---------------------------------------

    def setAccessibleName(self, name: str) -> None:
        self.edit.setAccessibleName(name)

    def setPlaceholderText(self, text: str) -> None:
        self._gregorian_placeholder = text
        self._update_hints()

    def setToolTip(self, text: str) -> None:
        self._gregorian_tooltip = text
        self._update_hints()

    def setText(self, stored: str) -> None:
        """Show the stored Gregorian value, converted when the field is in Hijri mode."""
        day = _full_date(stored)
        if self.hijri_mode and stored:
            hijri = to_hijri(day) if day else None
            if hijri is None:
                self._set_mode(GREGORIAN)
            else:
                stored = f"{hijri.year:04d}-{hijri.month:02d}-{hijri.day:02d}"
        self.edit.setText(stored)
        self._show_other()

    def text(self) -> str:
        """The value to store: Gregorian ISO; a Hijri entry that is not a date is returned as
        typed, so validation reports it in the field's place."""
        typed = self.edit.text().strip()
        if not self.hijri_mode or not typed:
            return typed
        try:
            return hijri_to_iso(typed)
        except ValueError:
            return typed

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys sent to the field itself (e.g. by accessibility tools) go to its line edit."""
        self._forward(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self._forward(event)

    def _forward(self, event: QKeyEvent) -> None:
        # A key the line edit ignores comes back here through propagation: forward only once.
        if self._forwarding:
            event.ignore()
            return
        self._forwarding = True
        try:
            QCoreApplication.sendEvent(self.edit, event)
        finally:
            self._forwarding = False

    # -- behaviour ------------------------------------------------------------------------

    @property
    def hijri_mode(self) -> bool:
        return self.calendar.currentData() == HIJRI

    def _set_mode(self, mode: str) -> None:
        self.calendar.blockSignals(True)
        self.calendar.setCurrentIndex(self.calendar.findData(mode))
        self.calendar.blockSignals(False)
        self._update_hints()

    def _on_typed(self, _text: str) -> None:
        self._show_other()
        self.textEdited.emit(self.text())

    def _on_calendar_changed(self, _index: int) -> None:
        """Re-write what was typed in the newly chosen calendar, keeping the same day."""
        typed = self.edit.text().strip()
        if typed:
            if self.hijri_mode:
                self.setText(typed)
            else:
                with contextlib.suppress(ValueError):
                    self.edit.setText(hijri_to_iso(typed))
        self._update_hints()
        self._show_other()

    def _update_hints(self) -> None:
        if self.hijri_mode:
            self.edit.setPlaceholderText(self.tr("YYYY-MM-DD (Hijri)"))
            self.edit.setToolTip(
                self.tr("The Hijri (Umm al-Qura) date, e.g. 1410-06-08; it is kept as Gregorian")
            )
        else:
            self.edit.setPlaceholderText(getattr(self, "_gregorian_placeholder", ""))
            self.edit.setToolTip(getattr(self, "_gregorian_tooltip", ""))

    def _show_other(self) -> None:
        """The same day in the other calendar, under the field ("" when it is not a full date)."""
        day = _full_date(self.text())
        text = ""
        if day is not None and self.hijri_mode:
            gregorian = gregorian_day_text(QDate(day.year, day.month, day.day))
            text = self.tr("Gregorian: %1").replace("%1", gregorian)
        elif day is not None:
            hijri = hijri_day_text(day)
            if hijri is not None:
                text = self.tr("Hijri: %1").replace("%1", shown_digits(hijri))
        self.other.setText(text)
        self.other.setVisible(bool(text))
