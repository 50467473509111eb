"""Thunderbird address-book CSV exports."""

from __future__ import annotations

from collections.abc import Iterator

from ._csv_plan import (
    CsvPlan,
    address_cell,
    cell,
    email_cell,
    ignore,
    normalise_header,
    note_cell,
    phone_cell,
    read_with_plan,
    set_attribute,
)
from ._csv_rows import CsvStream
from ._fields import ContactBuilder
from ._rows import SourceRow

_email = email_cell()


def looks_like_thunderbird(header: list[str]) -> bool:
    names = {normalise_header(h) for h in header}
    return "primary email" in names and ("display name" in names or "first name" in names)


def thunderbird_plan(header: list[str]) -> CsvPlan:
    plan = CsvPlan(header)
    plan.on("First Name", set_attribute("given_name"))
    plan.on("Last Name", set_attribute("family_name"))
    plan.on("Display Name", set_attribute("display_name"))
    plan.on("Organization", set_attribute("organization"))
    plan.on("Job Title", set_attribute("title"))
    plan.on("Notes", note_cell)
    plan.on("Primary Email", _email)
    plan.on("Secondary Email", _email)
    for label, name in (
        ("work", "Work Phone"),
        ("home", "Home Phone"),
        ("fax", "Fax Number"),
        ("pager", "Pager Number"),
        ("mobile", "Mobile Number"),
    ):
        plan.on(name, phone_cell(label))
    for label, prefix in (("home", "Home"), ("work", "Work")):
        plan.on(f"{prefix} Address", address_cell(label, "street"))
        plan.on(f"{prefix} Address 2", address_cell(label, "street"))
        plan.on(f"{prefix} City", address_cell(label, "city"))
        plan.on(f"{prefix} State", address_cell(label, "region"))
        plan.on(f"{prefix} ZipCode", address_cell(label, "postal_code"))
        plan.on(f"{prefix} Country", address_cell(label, "country"))
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
