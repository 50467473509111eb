"""Thunderbird address-book CSV exports."""

from __future__ import annotations

from collections.abc import Iterator

from ._csv_plan import CellHandler, CsvPlan, cell, ignore, normalise_header, read_with_plan
from ._csv_rows import CsvStream
from ._fields import ContactBuilder
from ._rows import SourceRow


def looks_like_thunderbird(header: list[str]) -> bool:
    names = {normalise_header(h) for h in header}
    return "primary email" in names and ("display name" in names or "first name" in names)


def _set(attribute: str) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        setattr(builder, attribute, value)

    return handle


def _email(builder: ContactBuilder, value: str, _: list[str]) -> None:
    builder.add_email(value)


def _phone(label: str) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        builder.add_phone(value, label)

    return handle


def _address(label: str, part: str) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        builder.set_address_part(label, part, value, label)

    return handle


def _notes(builder: ContactBuilder, value: str, _: list[str]) -> None:
    builder.add_note(value)


def thunderbird_plan(header: list[str]) -> CsvPlan:
    plan = CsvPlan(header)
    plan.on("First Name", _set("given_name"))
    plan.on("Last Name", _set("family_name"))
    plan.on("Display Name", _set("display_name"))
    plan.on("Organization", _set("organization"))
    plan.on("Job Title", _set("title"))
    plan.on("Notes", _notes)
    plan.on("Primary Email", _email)
    plan.on("Secondary Email", _email)
    for label, name in (
        ("work", "Work Phone"),
        ("home", "Home Phone"),
        ("fax", "Fax Number"),
        ("pager", "Pager Number"),
        ("mobile", "Mobile Number"),
    ):
        plan.on(name, _phone(label))
    for label, prefix in (("home", "Home"), ("work", "Work")):
        plan.on(f"{prefix} Address", _address(label, "street"))
        plan.on(f"{prefix} Address 2", _address(label, "street"))
        plan.on(f"{prefix} City", _address(label, "city"))
        plan.on(f"{prefix} State", _address(label, "region"))
        plan.on(f"{prefix} ZipCode", _address(label, "postal_code"))
        plan.on(f"{prefix} Country", _address(label, "country"))
    year, month, day = (plan.index(n) for n in ("Birth Year", "Birth Month", "Birth Day"))
    for index in (year, month, day):
        if index is not None:
            plan.handlers[index] = ignore

    def birthday(builder: ContactBuilder, cells: list[str]) -> None:
        y, m, d = cell(cells, year).strip(), cell(cells, month).strip(), cell(cells, day).strip()
        if m and d:
            builder.birthday = (
                f"{y}-{m.zfill(2)}-{d.zfill(2)}" if y else f"--{m.zfill(2)}-{d.zfill(2)}"
            )
        elif y or m or d:
            builder.add_custom("Birthday", "/".join(p or "?" for p in (y, m, d)))

    plan.finish = birthday
    return plan


def read_thunderbird_csv(stream: CsvStream) -> Iterator[SourceRow]:
    yield from read_with_plan(stream, thunderbird_plan(stream.header))
