"""Any other CSV, read through a column mapping (a `--map` JSON file or the GUI dialog)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

from ._csv_plan import CellHandler, CsvPlan, ignore, normalise_header, read_with_plan
from ._csv_rows import CsvStream
from ._errors import (
    DETAIL_MAP_SHAPE,
    DETAIL_MAP_UNREADABLE,
    MappingColumnError,
    MappingError,
    MappingTargetError,
)
from ._fields import ContactBuilder, parse_date
from ._google_csv import ANNIVERSARY_KEY
from ._rows import SourceRow

#: Fields a column can be mapped to, with the label the GUI shows for each.
TARGETS: dict[str, str] = {
    "given_name": QT_TRANSLATE_NOOP("fields", "given_name"),
    "family_name": QT_TRANSLATE_NOOP("fields", "family_name"),
    "display_name": QT_TRANSLATE_NOOP("fields", "display_name"),
    "organization": QT_TRANSLATE_NOOP("fields", "organization"),
    "title": QT_TRANSLATE_NOOP("fields", "title"),
    "email": QT_TRANSLATE_NOOP("fields", "emails"),
    "phone": QT_TRANSLATE_NOOP("fields", "phones"),
    "street": QT_TRANSLATE_NOOP("fields", "street"),
    "city": QT_TRANSLATE_NOOP("fields", "city"),
    "region": QT_TRANSLATE_NOOP("fields", "region"),
    "postal_code": QT_TRANSLATE_NOOP("fields", "postal_code"),
    "country": QT_TRANSLATE_NOOP("fields", "country"),
    "tags": QT_TRANSLATE_NOOP("fields", "tags"),
    "notes": QT_TRANSLATE_NOOP("fields", "notes"),
    "birthday": QT_TRANSLATE_NOOP("fields", "birthday"),
    "anniversary": QT_TRANSLATE_NOOP("fields", "anniversary"),
    "custom": QT_TRANSLATE_NOOP("fields", "custom_fields"),
    "ignore": QT_TRANSLATE_NOOP("fields", "(ignore)"),
}
DATE_ORDERS = ("DMY", "MDY", "YMD")


@dataclass
class ColumnMapping:
    """Column name -> target. Targets: a key of TARGETS, `email:LABEL`, `phone:LABEL`,
    `custom:NAME`; columns left out are kept as custom fields named after the column."""

    columns: dict[str, str] = field(default_factory=dict)
    delimiter: str | None = None
    date_order: str = "DMY"

    @classmethod
    def from_json(cls, data: object) -> ColumnMapping:
        if not isinstance(data, Mapping):
            raise MappingError(detail=DETAIL_MAP_SHAPE)
        columns = data.get("columns", data)
        if not isinstance(columns, Mapping):
            raise MappingError(detail=DETAIL_MAP_SHAPE)
        delimiter = data.get("delimiter") if "columns" in data else None
        order = data.get("date_order", "DMY") if "columns" in data else "DMY"
        if (delimiter is not None and (not isinstance(delimiter, str) or len(delimiter) != 1)) or (
            order not in DATE_ORDERS
        ):
            raise MappingError(detail=DETAIL_MAP_SHAPE)
        mapping = cls(delimiter=delimiter, date_order=str(order))
        for column, target in columns.items():
            if not isinstance(column, str) or not isinstance(target, str):
                raise MappingError(detail=DETAIL_MAP_SHAPE)
            if not is_target(target):
                raise MappingTargetError(column=column, target=target)
            mapping.columns[column] = target
        return mapping

    def to_json(self) -> dict[str, object]:
        return {
            "columns": dict(self.columns),
            "delimiter": self.delimiter,
            "date_order": self.date_order,
        }


def is_target(target: str) -> bool:
    """Whether `target` is something a column can be mapped to."""
    kind, separator, rest = target.partition(":")
    if separator:
        return kind in ("email", "phone") or (kind == "custom" and bool(rest.strip()))
    return target in TARGETS


def load_mapping(path: Path) -> ColumnMapping:
    """The mapping in the JSON file at `path`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise MappingError(detail=DETAIL_MAP_UNREADABLE) from exc
    return ColumnMapping.from_json(data)


def _set(attribute: str) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        current = getattr(builder, attribute)
        setattr(builder, attribute, f"{current} {value.strip()}" if current else value)

    return handle


def _handler(target: str, column: str, order: str) -> CellHandler:
    kind, _, rest = target.partition(":")
    if kind == "email":
        return lambda b, v, _: b.add_email(v, rest)
    if kind == "phone":
        return lambda b, v, _: b.add_phone(v, rest)
    if kind == "custom":
        name = rest.strip() or column
        return lambda b, v, _: b.add_custom(name, v)
    if target in ("street", "city", "region", "postal_code", "country"):
        return lambda b, v, _: b.set_address_part("mapped", target, v)
    if target == "tags":

        def tags(builder: ContactBuilder, value: str, _: list[str]) -> None:
            for tag in value.replace(",", ";").split(";"):
                builder.add_tags(tag)

        return tags
    if target == "notes":
        return lambda b, v, _: b.add_note(v)
    if target == "birthday":

        def birthday(builder: ContactBuilder, value: str, _: list[str]) -> None:
            builder.birthday = parse_date(value, order)

        return birthday
    if target == "anniversary":

        def anniversary(builder: ContactBuilder, value: str, _: list[str]) -> None:
            builder.extra[ANNIVERSARY_KEY] = parse_date(value, order) or value

        return anniversary
    if target == "ignore":
        return ignore
    return _set(target)


def mapped_plan(header: list[str], mapping: ColumnMapping) -> CsvPlan:
    plan = CsvPlan(header)
    for column, target in mapping.columns.items():
        index = plan.index(column)
        if index is None:
            raise MappingColumnError(column=column)
        plan.handlers[index] = _handler(target, header[index], mapping.date_order)
    return plan


def read_mapped_csv(stream: CsvStream, mapping: ColumnMapping) -> Iterator[SourceRow]:
    yield from read_with_plan(stream, mapped_plan(stream.header, mapping))


# Column names (English and Arabic) and the field they usually hold, for a first guess.
_GUESSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("given_name", ("first name", "given name", "first", "firstname", "الاسم الأول", "الاسم")),
    (
        "family_name",
        ("last name", "family name", "surname", "lastname", "اسم العائلة", "العائلة", "الكنية"),
    ),
    ("display_name", ("name", "full name", "display name", "الاسم الكامل")),
    ("organization", ("company", "organization", "organisation", "الشركة", "المؤسسة", "جهة العمل")),
    ("title", ("job title", "title", "position", "المسمى الوظيفي", "الوظيفة")),
    (
        "email",
        ("email", "e-mail", "mail", "email address", "البريد الإلكتروني", "البريد", "الايميل"),
    ),
    ("phone:mobile", ("mobile", "cell", "mobile phone", "الجوال", "الهاتف المحمول", "الموبايل")),
    ("phone", ("phone", "telephone", "tel", "phone number", "الهاتف", "رقم الهاتف")),
    ("street", ("street", "address", "العنوان", "الشارع")),
    ("city", ("city", "town", "المدينة")),
    ("region", ("state", "region", "province", "المنطقة")),
    ("postal_code", ("zip", "postal code", "postcode", "zip code", "الرمز البريدي")),
    ("country", ("country", "الدولة", "البلد")),
    ("tags", ("tags", "labels", "groups", "categories", "الوسوم", "التصنيفات")),
    ("notes", ("notes", "note", "comments", "ملاحظات")),
    ("birthday", ("birthday", "date of birth", "dob", "تاريخ الميلاد")),
)


def suggest_mapping(header: list[str]) -> ColumnMapping:
    """A first guess at the mapping of `header` (columns not guessed are left out)."""
    mapping = ColumnMapping()
    used: set[str] = set()
    for column in header:
        name = normalise_header(column)
        for target, names in _GUESSES:
            if name in names and (target not in used or target.startswith(("email", "phone"))):
                mapping.columns[column] = target
                used.add(target)
                break
    return mapping
