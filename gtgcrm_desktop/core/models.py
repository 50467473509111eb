"""Domain dataclasses for contacts and templates, with their JSON shape."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

#: Contact fields a change-log entry can name (the JSON names of DESIGN.md section 3).
CONTACT_FIELDS: tuple[str, ...] = (
    "given_name",
    "family_name",
    "display_name",
    "organization",
    "title",
    "emails",
    "phones",
    "addresses",
    "tags",
    "notes",
    "birthday",
    "custom_fields",
    "extra",
)


@dataclass(frozen=True, slots=True)
class EmailAddress:
    """An e-mail address with its label ("work", "home", ...)."""

    value: str
    label: str = ""

    def to_json(self) -> dict[str, str]:
        return {"value": self.value, "label": self.label}


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    """A phone number as typed, its E.164 form when it parses, and its label."""

    value: str
    e164: str | None = None
    label: str = ""

    def to_json(self) -> dict[str, str | None]:
        return {"value": self.value, "e164": self.e164, "label": self.label}


@dataclass(frozen=True, slots=True)
class PostalAddress:
    """A postal address split into the usual parts."""

    label: str = ""
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    def to_json(self) -> dict[str, str]:
        return {
            "label": self.label,
            "street": self.street,
            "city": self.city,
            "region": self.region,
            "postal_code": self.postal_code,
            "country": self.country,
        }

    def is_empty(self) -> bool:
        """Whether the address says nothing about a place (a label alone does not)."""
        return not (self.street or self.city or self.region or self.postal_code or self.country)


@dataclass(slots=True)
class Contact:
    """A person or organisation in the workspace.

    `birthday` is `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. `extra` keeps data we
    do not model (for example unknown vCard properties) so it can be written back on export.
    """

    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    organization: str = ""
    title: str = ""
    emails: list[EmailAddress] = field(default_factory=list)
    phones: list[PhoneNumber] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    birthday: str | None = None
    custom_fields: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    id: str = ""
    created_at: str = ""
    updated_at: str = ""

    def effective_display_name(self) -> str:
        """The name to show: the display name, else given + family, else org, else e-mail,
        else phone."""
        if self.display_name.strip():
            return self.display_name.strip()
        full = " ".join(p for p in (self.given_name.strip(), self.family_name.strip()) if p)
        if full:
            return full
        if self.organization.strip():
            return self.organization.strip()
        if self.emails:
            return self.emails[0].value
        return self.phones[0].value if self.phones else ""

    def field_values(self) -> dict[str, Any]:
        """The value of every field of CONTACT_FIELDS in its JSON form."""
        return {
            "given_name": self.given_name,
            "family_name": self.family_name,
            "display_name": self.display_name,
            "organization": self.organization,
            "title": self.title,
            "emails": [{"value": e.value, "label": e.label} for e in self.emails],
            "phones": [{"value": p.value, "e164": p.e164, "label": p.label} for p in self.phones],
            "addresses": [a.to_json() for a in self.addresses],
            "tags": list(self.tags),
            "notes": self.notes,
            "birthday": self.birthday,
            "custom_fields": dict(self.custom_fields),
            "extra": _jsonable(self.extra) if self.extra else {},
        }

    def copy(self) -> Contact:
        """An independent copy (the value objects inside are immutable; the lists are new)."""
        # Positional, in field order: bulk inserts copy every contact, and keywords cost more.
        return Contact(
            self.given_name,
            self.family_name,
            self.display_name,
            self.organization,
            self.title,
            self.emails[:],
            self.phones[:],
            self.addresses[:],
            self.tags[:],
            self.notes,
            self.birthday,
            self.custom_fields.copy(),
            copy.deepcopy(self.extra) if self.extra else {},
            self.id,
            self.created_at,
            self.updated_at,
        )

    def to_json(self) -> dict[str, Any]:
        """The contact JSON of DESIGN.md section 3."""
        data: dict[str, Any] = {"id": self.id}
        data.update(self.field_values())
        data["display_name"] = self.effective_display_name()
        mark_invalid(data)
        data.pop("extra")
        if self.extra:
            data["extra"] = _jsonable(self.extra)
        data["created_at"] = self.created_at
        data["updated_at"] = self.updated_at
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Contact:
        """Build a contact from its JSON form (missing keys take their defaults)."""
        return cls(
            id=str(data.get("id") or ""),
            given_name=str(data.get("given_name") or ""),
            family_name=str(data.get("family_name") or ""),
            display_name=str(data.get("display_name") or ""),
            organization=str(data.get("organization") or ""),
            title=str(data.get("title") or ""),
            emails=[
                EmailAddress(str(e.get("value") or ""), str(e.get("label") or ""))
                for e in data.get("emails") or []
            ],
            phones=[
                PhoneNumber(
                    str(p.get("value") or ""),
                    p.get("e164") or None,
                    str(p.get("label") or ""),
                )
                for p in data.get("phones") or []
            ],
            addresses=[
                PostalAddress(**{k: str(a.get(k) or "") for k in _ADDRESS_KEYS})
                for a in data.get("addresses") or []
            ],
            tags=[str(t) for t in data.get("tags") or []],
            notes=str(data.get("notes") or ""),
            birthday=data.get("birthday") or None,
            custom_fields={str(k): str(v) for k, v in (data.get("custom_fields") or {}).items()},
            extra=dict(data.get("extra") or {}),
            created_at=str(data.get("created_at") or ""),
            updated_at=str(data.get("updated_at") or ""),
        )

    def with_fields(self, values: dict[str, Any]) -> Contact:
        """A copy with the given JSON-form field values applied."""
        merged = self.to_json()
        merged["display_name"] = self.display_name
        merged["extra"] = _jsonable(self.extra)
        merged.update(values)
        return Contact.from_json(merged)


def mark_invalid(data: dict[str, Any]) -> dict[str, Any]:
    """Flag in contact JSON `data` the values kept as written because they did not validate:
    `"valid": false` on such an e-mail, `"birthday_valid": false` beside such a birthday
    (a phone says it with `"e164": null`). Valid values get no flag: the JSON of an ordinary
    contact is unchanged."""
    from .validation import is_valid_date, is_valid_email  # validation imports this module

    for email in data.get("emails") or []:
        if not is_valid_email(str(email.get("value") or "")):
            email["valid"] = False
    if not is_valid_date(data.get("birthday")):
        data["birthday_valid"] = False
    return data


_ADDRESS_KEYS = ("label", "street", "city", "region", "postal_code", "country")


@dataclass(slots=True)
class TemplateImage:
    """An image attached to a template, referenced from its HTML as `cid:<name>`."""

    name: str
    mime_type: str
    data: bytes
    id: str = ""


@dataclass(slots=True)
class Template:
    """An e-mail template or a landing page, with merge fields."""

    name: str
    kind: str = "email"  # "email" or "landing_page"
    subject: str = ""
    body_html: str = ""
    body_text: str = ""
    direction: str = "rtl"  # "rtl" or "ltr"
    language: str = "ar"
    purpose: str = "transactional"  # "marketing" templates honour objections
    id: str = ""
    created_at: str = ""
    updated_at: str = ""

    def field_values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in TEMPLATE_FIELDS}

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, **self.field_values()}
        data["created_at"] = self.created_at
        data["updated_at"] = self.updated_at
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Template:
        known = {
            k: data[k] for k in (*TEMPLATE_FIELDS, "id", "created_at", "updated_at") if k in data
        }
        return cls(**known)


TEMPLATE_FIELDS: tuple[str, ...] = (
    "name",
    "kind",
    "subject",
    "body_html",
    "body_text",
    "direction",
    "language",
    "purpose",
)


def _jsonable(value: Any) -> Any:
    """Turn dataclass values (and lists/dicts of them) into plain JSON values."""
    if hasattr(value, "to_json"):
        return value.to_json()
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value
