"""The contact editor: every field of a contact, with validation messages in the field's place
and a notice for values kept as written because they did not validate (so they can be fixed)."""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_auto, strip_isolates
from gtgcrm_desktop.core.errors import ValidationError
from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.validation import (
    REASON_CUSTOM_FIELD_DUPLICATE,
    REASON_CUSTOM_FIELD_NAME,
    is_valid_date,
    is_valid_email,
)
from gtgcrm_desktop.ui.clipboard import mark_sensitive
from gtgcrm_desktop.ui.widgets.birthday_field import BirthdayField
from gtgcrm_desktop.ui.widgets.contact_rows import AddressRow, CustomFieldRow, EmailRow, PhoneRow
from gtgcrm_desktop.ui.widgets.repeating_rows import RepeatingRows

#: Tags are separated by Latin or Arabic commas, or semicolons.
_TAG_SEPARATORS = re.compile("[,،;؛]")

ERROR_STYLE = "color: #b00020;"
NOTICE_STYLE = "background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 4px;"
ODD_STYLE = "border: 1px solid #c77c00;"
INVALID_PROPERTY = "invalid"


class ContactEditor(QScrollArea):
    """Edits a copy of one contact; `contact()` returns what the form holds."""

    #: The user changed something since the last load.
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Contact editor"))
        mark_sensitive(self)  # a value copied from here leaves the clipboard after 30 s
        self._base = Contact()
        self._dirty = False
        self._error_labels: dict[str, QLabel] = {}
        self._marked: list[QWidget] = []
        self._odd: list[QWidget] = []
        self.notice = QLabel()
        self.notice.setObjectName("odd_values_notice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.given_name = self._line(self.tr("Given name"))
        self.family_name = self._line(self.tr("Family name"))
        self.display_name = self._line(self.tr("Display name"))
        self.display_name.setPlaceholderText(self.tr("Leave empty to use the name"))
        self.organization = self._line(self.tr("Organisation"))
        self.title = self._line(self.tr("Job title"))
        self.emails: RepeatingRows[EmailRow] = RepeatingRows(
            EmailRow, self.tr("Add e-mail"), self.tr("Remove this e-mail")
        )
        self.phones: RepeatingRows[PhoneRow] = RepeatingRows(
            PhoneRow, self.tr("Add phone"), self.tr("Remove this phone")
        )
        self.addresses: RepeatingRows[AddressRow] = RepeatingRows(
            AddressRow, self.tr("Add address"), self.tr("Remove this address")
        )
        self.tags = self._line(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.birthday = BirthdayField()
        self.birthday.setAccessibleName(self.tr("Birthday"))
        self.birthday.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.birthday.setToolTip(self.tr("YYYY-MM-DD, or --MM-DD without the year"))
        self.birthday.textEdited.connect(self._on_edited)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.notes.textChanged.connect(self._on_notes_changed)
        self.custom_fields: RepeatingRows[CustomFieldRow] = RepeatingRows(
            CustomFieldRow, self.tr("Add field"), self.tr("Remove this field")
        )
        for rows in (self.emails, self.phones, self.addresses, self.custom_fields):
            rows.changed.connect(self._on_edited)

        name_box = QGroupBox(self.tr("Name"))
        name_form = QFormLayout(name_box)
        name_form.addRow(self.tr("Given name:"), self.given_name)
        name_form.addRow(self.tr("Family name:"), self.family_name)
        name_form.addRow("", self._error_label("given_name"))
        name_form.addRow(self.tr("Display name:"), self.display_name)
        name_form.addRow(self.tr("Organisation:"), self.organization)
        name_form.addRow(self.tr("Job title:"), self.title)

        details_box = QGroupBox(self.tr("Details"))
        details_form = QFormLayout(details_box)
        details_form.addRow(self.tr("Birthday:"), self.birthday)
        details_form.addRow("", self._error_label("birthday"))
        details_form.addRow(self.tr("Tags:"), self.tags)
        details_form.addRow(self.tr("Notes:"), self.notes)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.notice)
        layout.addWidget(name_box)
        layout.addWidget(self._group(self.tr("E-mail addresses"), self.emails, "emails"))
        layout.addWidget(self._group(self.tr("Phone numbers"), self.phones, "phones"))
        layout.addWidget(self._group(self.tr("Addresses"), self.addresses, "addresses"))
        layout.addWidget(details_box)
        layout.addWidget(self._group(self.tr("Custom fields"), self.custom_fields, "custom_fields"))
        layout.addStretch()
        self.setWidget(content)
        self.load(Contact())

    # -- building -------------------------------------------------------------------------

    def _line(self, accessible_name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible_name)
        edit.textEdited.connect(self._on_edited)
        return edit

    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._error_labels[field] = label
        return label

    def _group(self, title: str, rows: QWidget, field: str) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(rows)
        layout.addWidget(self._error_label(field))
        return box

    def _on_edited(self) -> None:
        self._dirty = True
        self.edited.emit()

    def _on_notes_changed(self) -> None:
        if self.notes.toPlainText() != self._base.notes:
            self._on_edited()

    # -- loading and reading --------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def contact_id(self) -> str:
        return self._base.id

    def load(self, contact: Contact) -> None:
        """Show `contact` (a new, empty one for "new contact")."""
        self._base = copy.deepcopy(contact)
        self.clear_errors()
        self.given_name.setText(contact.given_name)
        self.family_name.setText(contact.family_name)
        self.display_name.setText(contact.display_name)
        self.organization.setText(contact.organization)
        self.title.setText(contact.title)
        self.emails.clear()
        for email in contact.emails or []:
            self.emails.add_row().set(email)
        if not contact.emails:
            self.emails.add_row()
        self.phones.clear()
        for phone in contact.phones:
            self.phones.add_row().set(phone)
        if not contact.phones:
            self.phones.add_row()
        self.addresses.clear()
        for address in contact.addresses:
            self.addresses.add_row().set(address)
        self.tags.setText("، ".join(contact.tags) if _arabic_ui(self) else ", ".join(contact.tags))
        self.birthday.setText(contact.birthday or "")
        self.notes.setPlainText(contact.notes)
        self.custom_fields.clear()
        for name, value in contact.custom_fields.items():
            self.custom_fields.add_row().set(name, value)
        self._show_odd_values(contact)
        self._dirty = False

    def _show_odd_values(self, contact: Contact) -> None:
        """Name and mark the values an import kept as written because they did not validate."""
        for widget in self._odd:
            widget.setStyleSheet("")
        self._odd = []
        lines: list[str] = []
        for row, email in zip(self.emails.rows(), contact.emails, strict=False):
            if email.value.strip() and not is_valid_email(email.value):
                lines.append(self.tr("E-mail, not a valid address: %1"))
                self._mark_odd(row.value_edit(), email.value, lines)
        for row, phone in zip(self.phones.rows(), contact.phones, strict=False):
            if phone.value.strip() and not phone.e164:
                lines.append(self.tr("Phone, not a number that can be dialled: %1"))
                self._mark_odd(row.value_edit(), phone.value, lines)
        if not is_valid_date(contact.birthday):
            lines.append(self.tr("Birthday, not a date: %1"))
            self._mark_odd(self.birthday, contact.birthday or "", lines)
        if lines:
            heading = self.tr(
                "These values were kept as written because they are not valid."
                " Saving keeps them as they are; correct them when you can:"
            )
            self.notice.setText("\n".join([heading, *lines]))
        self.notice.setVisible(bool(lines))

    def _mark_odd(self, widget: QWidget, value: str, lines: list[str]) -> None:
        lines[-1] = "• " + lines[-1].replace("%1", isolate_auto(value))
        widget.setStyleSheet(ODD_STYLE)
        self._odd.append(widget)

    def contact(self) -> Contact:
        """The contact as the form holds it, id and extra data kept; not validated yet.

        Raises ValidationError for custom fields a dict cannot hold (no name, same name twice).
        """
        result = self._form_values()
        result.custom_fields = {}
        for row in self.custom_fields.rows():
            name, value = row.get()
            name = name.strip()
            if not name:
                if value.strip():
                    raise ValidationError("custom_fields", REASON_CUSTOM_FIELD_NAME, value)
                continue
            if name in result.custom_fields:
                raise ValidationError("custom_fields", REASON_CUSTOM_FIELD_DUPLICATE, name)
            result.custom_fields[name] = value
        return result

    def unsaved_copy(self) -> tuple[Contact, list[tuple[str, str]]]:
        """Everything the form holds, custom fields as rows (a name may be empty or repeated);
        kept in memory while the window is locked, given back by `restore_unsaved`."""
        return self._form_values(), [row.get() for row in self.custom_fields.rows()]

    def restore_unsaved(self, saved: tuple[Contact, list[tuple[str, str]]]) -> None:
        contact, fields = saved
        self.load(contact)
        self.custom_fields.clear()
        for name, value in fields:
            self.custom_fields.add_row().set(name, value)
        self._on_edited()

    def _form_values(self) -> Contact:
        result = copy.deepcopy(self._base)
        result.given_name = self.given_name.text()
        result.family_name = self.family_name.text()
        result.display_name = self.display_name.text()
        result.organization = self.organization.text()
        result.title = self.title.text()
        result.emails = [row.get() for row in self.emails.rows()]
        result.phones = [row.get() for row in self.phones.rows()]
        result.addresses = [row.get() for row in self.addresses.rows()]
        result.tags = [t.strip() for t in _TAG_SEPARATORS.split(self.tags.text()) if t.strip()]
        result.birthday = self.birthday.text().strip() or None
        result.notes = self.notes.toPlainText()
        return result

    def mark_saved(self, contact: Contact) -> None:
        self.load(contact)

    # -- errors ---------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self._error_labels.values():
            label.clear()
            label.hide()
        for widget in self._marked:
            widget.setProperty(INVALID_PROPERTY, False)
            widget.setStyleSheet("")
        self._marked.clear()

    def error_text(self, field: str) -> str:
        label = self._error_labels.get(field)
        return label.text() if label is not None and label.isVisible() else ""

    def show_error(self, error: ValidationError, message: str) -> None:
        """Put `message` under the field `error.field`, mark the bad entry and focus it."""
        self.clear_errors()
        label = self._error_labels.get(error.field) or self._error_labels["given_name"]
        label.setText(message)
        label.show()
        target = self._widget_for(error)
        if target is not None:
            target.setProperty(INVALID_PROPERTY, True)
            target.setStyleSheet("border: 1px solid #b00020;")
            self._marked.append(target)
            target.setFocus()
            self.ensureWidgetVisible(target)
        else:
            self.ensureWidgetVisible(label)

    def _widget_for(self, error: ValidationError) -> QWidget | None:
        bad = strip_isolates(error.value).strip()
        if error.field == "given_name":
            return self.given_name
        if error.field == "birthday":
            return self.birthday
        rows = {
            "emails": self.emails.rows(),
            "phones": self.phones.rows(),
            "custom_fields": self.custom_fields.rows(),
        }.get(error.field, [])
        for row in rows:
            texts = [row.value_edit().text().strip()]
            if isinstance(row, CustomFieldRow):
                texts = [row.name.text().strip(), row.value.text().strip()]
            if bad in texts:
                return row.value_edit()
        return rows[0].value_edit() if rows else None


def _arabic_ui(widget: QWidget) -> bool:
    return widget.isRightToLeft()
