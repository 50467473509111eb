"""Yahoo Mail contact CSV exports ("First", "Last", "Email", "Mobile", ...)."""

from __future__ import annotations

from collections.abc import Iterator

from ._csv_plan import (
    CsvPlan,
    address_cell,
    email_cell,
    normalise_header,
    note_cell,
    phone_cell,
    read_with_plan,
    set_attribute,
)
from ._csv_rows import CsvStream
from ._fields import ContactBuilder, parse_date
from ._google_csv import ANNIVERSARY_KEY
from ._rows import SourceRow

_SIGNATURE = frozenset({"first", "last", "email", "yahoo phone", "messenger id"})


def looks_like_yahoo(header: list[str]) -> bool:
    names = {normalise_header(h) for h in header}
    return {"first", "last", "email"} <= names and len(names & _SIGNATURE) >= 4


def _birthday(builder: ContactBuilder, value: str, _: list[str]) -> None:
    builder.birthday = parse_date(value, "MDY")


def _anniversary(builder: ContactBuilder, value: str, _: list[str]) -> None:
    date = parse_date(value, "MDY")
    if date:
        builder.extra[ANNIVERSARY_KEY] = date


def _category(builder: ContactBuilder, value: str, _: list[str]) -> None:
    for tag in value.replace(",", ";").split(";"):
        builder.add_tags(tag)


def yahoo_plan(header: list[str]) -> CsvPlan:
    """Columns we do not model (Middle, Nickname, Messenger ID, Primary, websites, Custom 1-4)
    are kept as custom fields."""
    plan = CsvPlan(header)
    plan.on("First", set_attribute("given_name"))
    plan.on("Last", set_attribute("family_name"))
    plan.on("Company", set_attribute("organization"))
    plan.on("Title", set_attribute("title"))
    plan.on("Comments", note_cell)
    plan.on("Category", _category)
    plan.on("Birthday", _birthday)
    plan.on("Anniversary", _anniversary)
    plan.on("Email", email_cell(""))
    plan.on("Alternate Email 1", email_cell("other"))
    plan.on("Alternate Email 2", email_cell("other"))
    for label, name in (
        ("home", "Home"),
        ("work", "Work"),
        ("pager", "Pager"),
        ("fax", "Fax"),
        ("mobile", "Mobile"),
        ("other", "Other"),
        ("", "Yahoo Phone"),
    ):
        plan.on(name, phone_cell(label))
    for label, prefix in (("home", "Home"), ("work", "Work")):
        plan.on(f"{prefix} Address", address_cell(label, "street"))
        plan.on(f"{prefix} City", address_cell(label, "city"))
        plan.on(f"{prefix} State", address_cell(label, "region"))
        plan.on(f"{prefix} ZIP", address_cell(label, "postal_code"))
        plan.on(f"{prefix} Country", address_cell(label, "country"))
    return plan


def read_yahoo_csv(stream: CsvStream) -> Iterator[SourceRow]:
    yield from read_with_plan(stream, yahoo_plan(stream.header))
