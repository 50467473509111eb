"""A spin box for a number of months, shown in words with the plural form the language needs."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

from gtgcrm_desktop.ui.dates import western_digits
from gtgcrm_desktop.ui.widgets.privacy_common import months_text


class MonthsSpinBox(QSpinBox):
    """Shows "24 months" ("24 شهرًا", "شهران"...) and accepts a typed number in any digits."""

    def textFromValue(self, value: int) -> str:
        return months_text(value)

    def valueFromText(self, text: str) -> int:
        parsed = self._parse(text)
        return self.value() if parsed is None else parsed

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        parsed = self._parse(text)
        if parsed is None or not self.minimum() <= parsed <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def _parse(self, text: str) -> int | None:
        """The number in `text`; the forms written without one ("شهران") are matched whole."""
        digits = "".join(ch for ch in western_digits(text) if "0" <= ch <= "9")
        if digits:
            return int(digits[:6])
        stripped = text.strip()
        for value in range(self.minimum(), min(self.maximum(), 10) + 1):
            if stripped == self.textFromValue(value).strip():
                return value
        return None
