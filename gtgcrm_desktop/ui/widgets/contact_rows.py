"""One row each for an e-mail, a phone, a postal address and a custom field of a contact."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QWidget

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.models import EmailAddress, PhoneNumber, PostalAddress
from gtgcrm_desktop.ui.widgets.ltr import LtrLineEdit

#: Labels stored in English (as vCard and CSV exports expect), shown translated.
STANDARD_LABELS: dict[str, str] = {
    "work": QT_TRANSLATE_NOOP("LabelBox", "Work"),
    "home": QT_TRANSLATE_NOOP("LabelBox", "Home"),
    "mobile": QT_TRANSLATE_NOOP("LabelBox", "Mobile"),
    "other": QT_TRANSLATE_NOOP("LabelBox", "Other"),
}


class LabelBox(QComboBox):
    """An editable label: the standard ones translated, or any text the user types."""

    def __init__(self, labels: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setAccessibleName(self.tr("Label"))
        self.setMinimumContentsLength(8)
        self.addItem("", "")
        for key in labels:
            self.addItem(QCoreApplication.translate("LabelBox", STANDARD_LABELS[key]), key)

    def label(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        return str(self.itemData(index)) if index > 0 else text

    def set_label(self, label: str) -> None:
        index = self.findData(label.strip().lower()) if label else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(label)


class _Row(QWidget):
    changed = Signal()

    def value_edit(self) -> QLineEdit:
        """The edit holding the value a validation error refers to."""
        raise NotImplementedError

    def setFocus(self) -> None:  # type: ignore[override]
        self.value_edit().setFocus()

    def _watch(self, *edits: QLineEdit | QComboBox) -> None:
        for edit in edits:
            if isinstance(edit, QComboBox):
                edit.currentTextChanged.connect(self.changed)
            else:
                edit.textEdited.connect(self.changed)


class EmailRow(_Row):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = LtrLineEdit()
        self.value.setAccessibleName(self.tr("E-mail address"))
        self.value.setPlaceholderText("name@example.com")
        self.label = LabelBox(("work", "home", "other"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.value, 3)
        layout.addWidget(self.label, 1)
        self._watch(self.value, self.label)

    def value_edit(self) -> QLineEdit:
        return self.value

    def get(self) -> EmailAddress:
        return EmailAddress(self.value.text().strip(), self.label.label())

    def set(self, email: EmailAddress) -> None:
        self.value.setText(email.value)
        self.label.set_label(email.label)


class PhoneRow(_Row):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = LtrLineEdit()
        self.value.setAccessibleName(self.tr("Phone number"))
        self.value.setPlaceholderText("+966 50 123 4567")
        self.label = LabelBox(("mobile", "work", "home", "other"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.value, 3)
        layout.addWidget(self.label, 1)
        self._watch(self.value, self.label)
        self._e164: str | None = None
        self._typed = ""

    def value_edit(self) -> QLineEdit:
        return self.value

    def get(self) -> PhoneNumber:
        value = self.value.text().strip()
        # Keep the known E.164 form (and so its region) only while the number is unchanged.
        e164 = self._e164 if value == self._typed else None
        return PhoneNumber(value, e164, self.label.label())

    def set(self, phone: PhoneNumber) -> None:
        self.value.setText(phone.value)
        self.label.set_label(phone.label)
        self._e164, self._typed = phone.e164, phone.value


class AddressRow(_Row):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = LabelBox(("work", "home", "other"))
        self.street = QLineEdit()
        self.street.setPlaceholderText(self.tr("Street and building"))
        self.street.setAccessibleName(self.tr("Street"))
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("City"))
        self.city.setAccessibleName(self.tr("City"))
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("Region"))
        self.region.setAccessibleName(self.tr("Region"))
        self.postal_code = LtrLineEdit()
        self.postal_code.setPlaceholderText(self.tr("Postal code"))
        self.postal_code.setAccessibleName(self.tr("Postal code"))
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("Country"))
        self.country.setAccessibleName(self.tr("Country"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.street, 0, 0, 1, 2)
        grid.addWidget(self.label, 0, 2)
        grid.addWidget(self.city, 1, 0)
        grid.addWidget(self.region, 1, 1)
        grid.addWidget(self.postal_code, 1, 2)
        grid.addWidget(self.country, 2, 0, 1, 2)
        self._watch(self.label, self.street, self.city, self.region, self.postal_code, self.country)

    def value_edit(self) -> QLineEdit:
        return self.street

    def get(self) -> PostalAddress:
        return PostalAddress(
            label=self.label.label(),
            street=self.street.text().strip(),
            city=self.city.text().strip(),
            region=self.region.text().strip(),
            postal_code=self.postal_code.text().strip(),
            country=self.country.text().strip(),
        )

    def set(self, address: PostalAddress) -> None:
        self.label.set_label(address.label)
        self.street.setText(address.street)
        self.city.setText(address.city)
        self.region.setText(address.region)
        self.postal_code.setText(address.postal_code)
        self.country.setText(address.country)


class CustomFieldRow(_Row):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Field name"))
        self.name.setAccessibleName(self.tr("Custom field name"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("Value"))
        self.value.setAccessibleName(self.tr("Custom field value"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.value, 2)
        self._watch(self.name, self.value)

    def value_edit(self) -> QLineEdit:
        return self.name

    def get(self) -> tuple[str, str]:
        return self.name.text(), self.value.text()

    def set(self, name: str, value: str) -> None:
        self.name.setText(name)
        self.value.setText(value)
