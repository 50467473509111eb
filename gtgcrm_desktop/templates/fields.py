"""The merge fields a template can use, for the editor's menu and for checking templates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

#: Translation context of the labels below.
LABEL_CONTEXT = "merge_fields"

GROUP_CONTACT = QT_TRANSLATE_NOOP("merge_fields", "Contact")
GROUP_CUSTOM = QT_TRANSLATE_NOOP("merge_fields", "Custom fields")
GROUP_BUSINESS = QT_TRANSLATE_NOOP("merge_fields", "Your business")
GROUP_LINKS = QT_TRANSLATE_NOOP("merge_fields", "Links")


@dataclass(frozen=True, slots=True)
class MergeField:
    """One entry of the merge-field menu: what to insert, its label and its menu group."""

    path: str
    label: str
    group: str

    @property
    def placeholder(self) -> str:
        """The text inserted into the template, e.g. `{{ contact.given_name }}`."""
        return "{{ " + self.path + " }}"


#: Attributes of `contact`, with their labels (the order of the menu).
CONTACT_ATTRIBUTES: dict[str, str] = {
    "given_name": QT_TRANSLATE_NOOP("merge_fields", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("merge_fields", "Family name"),
    "display_name": QT_TRANSLATE_NOOP("merge_fields", "Display name"),
    "organization": QT_TRANSLATE_NOOP("merge_fields", "Organisation"),
    "title": QT_TRANSLATE_NOOP("merge_fields", "Job title"),
    "email": QT_TRANSLATE_NOOP("merge_fields", "E-mail (first)"),
    "phone": QT_TRANSLATE_NOOP("merge_fields", "Phone (first)"),
    "birthday": QT_TRANSLATE_NOOP("merge_fields", "Birthday"),
    "city": QT_TRANSLATE_NOOP("merge_fields", "City (first address)"),
    "country": QT_TRANSLATE_NOOP("merge_fields", "Country (first address)"),
    "tags": QT_TRANSLATE_NOOP("merge_fields", "Tags"),
}
#: `contact.custom` is a mapping of the contact's custom fields, not in the menu itself.
CONTACT_NAMESPACES = frozenset({"custom"})

#: Attributes of `business`, with their labels.
BUSINESS_ATTRIBUTES: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("merge_fields", "Business name"),
    "email": QT_TRANSLATE_NOOP("merge_fields", "Business e-mail"),
    "phone": QT_TRANSLATE_NOOP("merge_fields", "Business phone"),
    "website": QT_TRANSLATE_NOOP("merge_fields", "Business website"),
    "address": QT_TRANSLATE_NOOP("merge_fields", "Business address"),
}

#: Top-level values other than the two namespaces.
LINKS: dict[str, str] = {
    "unsubscribe_url": QT_TRANSLATE_NOOP("merge_fields", "Unsubscribe link"),
}

#: Every name a template may read at the top level.
TOP_LEVEL_NAMES = frozenset({"contact", "business", *LINKS})

_CUSTOM_KEY_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def custom_field_path(key: str) -> str:
    """The expression for custom field `key`: dotted when it is an identifier, else subscripted."""
    if _CUSTOM_KEY_RE.match(key):
        return f"contact.custom.{key}"
    escaped = key.replace("\\", "\\\\").replace('"', '\\"')
    return f'contact.custom["{escaped}"]'


def merge_fields(custom_keys: Iterable[str] = ()) -> list[MergeField]:
    """The merge-field menu: contact fields, the given custom fields, business, links."""
    menu = [
        MergeField(f"contact.{name}", label, GROUP_CONTACT)
        for name, label in CONTACT_ATTRIBUTES.items()
    ]
    menu += [
        MergeField(custom_field_path(key), key, GROUP_CUSTOM)
        for key in sorted(set(custom_keys), key=str.casefold)
        if key.strip()
    ]
    menu += [
        MergeField(f"business.{name}", label, GROUP_BUSINESS)
        for name, label in BUSINESS_ATTRIBUTES.items()
    ]
    menu += [MergeField(name, label, GROUP_LINKS) for name, label in LINKS.items()]
    return menu
