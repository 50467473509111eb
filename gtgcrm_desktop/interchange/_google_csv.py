"""Google Contacts CSV, current ("First Name", "E-mail 1 - Label") and legacy ("Given Name")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ._csv_plan import (
    CellHandler,
    CsvPlan,
    cell,
    ignore,
    normalise_header,
    note_cell,
    read_with_plan,
    set_attribute,
)
from ._csv_rows import CsvStream
from ._fields import ContactBuilder, canonical_label, parse_date, split_multi
from ._rows import SourceRow

_GROUP = re.compile(
    r"^(e-mail|phone|address|event|custom field|organization) (\d+) - (label|type|value|.+)$"
)

ANNIVERSARY_KEY = "anniversary"


#: Numbered column groups only Google writes: "E-mail 1 - Value", "Phone 2 - Type", ...
_NUMBERED = re.compile(
    r"^(e-mail|phone|address|event|custom field|website|relation|organization|im|external id)"
    r" \d+ - \S"
)
#: Single columns only Google writes (Outlook says "Company", Thunderbird "Organization").
_GOOGLE_ONLY = frozenset(
    {
        "labels",
        "group membership",
        "organization name",
        "organization title",
        "organization department",
        "phonetic first name",
        "phonetic middle name",
        "phonetic last name",
        "name prefix",
        "name suffix",
    }
)
_NAMES = frozenset({"first name", "given name", "last name", "family name", "name"})


def looks_like_google(header: list[str]) -> bool:
    """Google's header, current or legacy, whole or a subset: a numbered column group, or a
    name column beside a column only Google writes."""
    names = {normalise_header(h) for h in header}
    if any(_NUMBERED.match(name) for name in names):
        return True
    return bool(names & _NAMES) and bool(names & _GOOGLE_ONLY)


def _groups(plan: CsvPlan) -> dict[tuple[str, str], dict[str, int]]:
    """Columns of the numbered groups: ("e-mail", "1") -> {"label": 17, "value": 18}."""
    found: dict[tuple[str, str], dict[str, int]] = {}
    for index, header in enumerate(plan.header):
        match = _GROUP.match(normalise_header(header))
        if match:
            part = "label" if match[3] == "type" else match[3]
            found.setdefault((match[1], match[2]), {})[part] = index
    return found


def _labelled(
    label_index: int | None, add: Callable[[ContactBuilder, str, str], None]
) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, cells: list[str]) -> None:
        add(builder, value, cell(cells, label_index))

    return handle


def _address_part(key: str, part: str, label_index: int | None) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, cells: list[str]) -> None:
        builder.set_address_part(key, part, value, cell(cells, label_index))

    return handle


def _event(label_index: int | None) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, cells: list[str]) -> None:
        label = cell(cells, label_index).strip()
        if canonical_label(label).casefold() == ANNIVERSARY_KEY:
            date = parse_date(value)
            builder.extra[ANNIVERSARY_KEY] = date or value
        else:
            builder.add_custom(label or "Event", value)

    return handle


def _custom(label_index: int | None, fallback: str) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, cells: list[str]) -> None:
        builder.add_custom(cell(cells, label_index).strip() or fallback, value)

    return handle


def _formatted_address(key: str, group: dict[str, int]) -> CellHandler:
    """The one-line form, kept only when the parts are all empty (else it repeats them)."""
    part_columns = [i for name, i in group.items() if name not in ("label", "formatted")]

    def handle(builder: ContactBuilder, value: str, cells: list[str]) -> None:
        if not any(cell(cells, i).strip() for i in part_columns):
            builder.set_address_part(key, "street", value, cell(cells, group.get("label")))

    return handle


def _birthday(builder: ContactBuilder, value: str, _: list[str]) -> None:
    builder.birthday = parse_date(value)


def _department(builder: ContactBuilder, value: str, _: list[str]) -> None:
    builder.add_department(value)


def _tags(builder: ContactBuilder, value: str, _: list[str]) -> None:
    builder.add_tags(value)


_ADDRESS_PARTS = {
    "street": "street",
    "extended address": "street",
    "po box": "street",
    "city": "city",
    "region": "region",
    "postal code": "postal_code",
    "country": "country",
}


_STREET_RANK = {"extended address": 1, "po box": 2}


def google_plan(header: list[str]) -> CsvPlan:
    plan = CsvPlan(header)
    plan.on(("First Name", "Given Name"), set_attribute("given_name"))
    plan.on(("Last Name", "Family Name"), set_attribute("family_name"))
    plan.on(("File As", "Name"), set_attribute("display_name"))
    plan.on(("Organization Name", "Organization 1 - Name"), set_attribute("organization"))
    plan.on(("Organization Title", "Organization 1 - Title"), set_attribute("title"))
    plan.on(("Organization Department", "Organization 1 - Department"), _department)
    plan.on("Birthday", _birthday)
    plan.on("Notes", note_cell)
    plan.on(("Labels", "Group Membership"), _tags)
    for (kind, number), group in _groups(plan).items():
        label = group.get("label")
        if kind in ("e-mail", "phone") and "value" in group:
            plan.handlers[group["value"]] = _labelled(
                label, ContactBuilder.add_email if kind == "e-mail" else ContactBuilder.add_phone
            )
        elif kind == "event" and "value" in group:
            plan.handlers[group["value"]] = _event(label)
        elif kind == "custom field" and "value" in group:
            plan.handlers[group["value"]] = _custom(label, f"Custom Field {number}")
        elif kind == "address":
            key = f"address {number}"
            for part, index in group.items():
                if part in _ADDRESS_PARTS:
                    plan.handlers[index] = _address_part(key, _ADDRESS_PARTS[part], label)
                    # Extended address and PO box go after the street, whatever the order.
                    plan.rank[index] = _STREET_RANK.get(part, 0)
                elif part == "formatted":
                    plan.handlers[index] = _formatted_address(key, group)
        else:
            continue
        if label is not None:
            plan.handlers[label] = ignore
    return plan


def read_google_csv(stream: CsvStream) -> Iterator[SourceRow]:
    yield from read_with_plan(stream, google_plan(stream.header))


__all__ = ["ANNIVERSARY_KEY", "looks_like_google", "read_google_csv", "split_multi"]
