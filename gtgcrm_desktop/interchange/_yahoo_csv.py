"""Yahoo Mail contact CSV exports ("First", "Last", "Email", "Mobile", ...)."""

from __future__ import annotations

from collections.abc import Iterator

from ._csv_plan import CellHandler, CsvPlan, normalise_header, read_with_plan
from ._csv_rows import CsvStream
from ._fields import ContactBuilder, parse_date
from ._google_csv import ANNIVERSARY_KEY
from ._rows import SourceRow

_SIGNATURE = frozenset({"first", "last", "email", "yahoo phone", "messenger id"})


def looks_like_yahoo(header: list[str]) -> bool:
    names = {normalise_header(h) for h in header}
    return {"first", "last", "email"} <= names and len(names & _SIGNATURE) >= 4


def _set(attribute: str) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        setattr(builder, attribute, value)

    return handle


def _email(label: str) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        builder.add_email(value, label)

    return handle


def _phone(label: str) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        builder.add_phone(value, label)

    return handle


def _address(label: str, part: str) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        builder.set_address_part(label, part, value, label)

    return handle


def _birthday(builder: ContactBuilder, value: str, _: list[str]) -> None:
    builder.birthday = parse_date(value, "MDY")


def _anniversary(builder: ContactBuilder, value: str, _: list[str]) -> None:
    date = parse_date(value, "MDY")
    if date:
        builder.extra[ANNIVERSARY_KEY] = date


def _category(builder: ContactBuilder, value: str, _: list[str]) -> None:
    for tag in value.replace(",", ";").split(";"):
        builder.add_tags(tag)


def _notes(builder: ContactBuilder, value: str, _: list[str]) -> None:
    builder.add_note(value)


def yahoo_plan(header: list[str]) -> CsvPlan:
    """Columns we do not model (Middle, Nickname, Messenger ID, Primary, websites, Custom 1-4)
    are kept as custom fields."""
    plan = CsvPlan(header)
    plan.on("First", _set("given_name"))
    plan.on("Last", _set("family_name"))
    plan.on("Company", _set("organization"))
    plan.on("Title", _set("title"))
    plan.on("Comments", _notes)
    plan.on("Category", _category)
    plan.on("Birthday", _birthday)
    plan.on("Anniversary", _anniversary)
    plan.on("Email", _email(""))
    plan.on("Alternate Email 1", _email("other"))
    plan.on("Alternate Email 2", _email("other"))
    for label, name in (
        ("home", "Home"),
        ("work", "Work"),
        ("pager", "Pager"),
        ("fax", "Fax"),
        ("mobile", "Mobile"),
        ("other", "Other"),
        ("", "Yahoo Phone"),
    ):
        plan.on(name, _phone(label))
    for label, prefix in (("home", "Home"), ("work", "Work")):
        plan.on(f"{prefix} Address", _address(label, "street"))
        plan.on(f"{prefix} City", _address(label, "city"))
        plan.on(f"{prefix} State", _address(label, "region"))
        plan.on(f"{prefix} ZIP", _address(label, "postal_code"))
        plan.on(f"{prefix} Country", _address(label, "country"))
    return plan


def read_yahoo_csv(stream: CsvStream) -> Iterator[SourceRow]:
    yield from read_with_plan(stream, yahoo_plan(stream.header))
