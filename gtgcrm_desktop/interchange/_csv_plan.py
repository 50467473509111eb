"""Turning CSV records into contacts through a per-column plan built once from the header."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ._csv_rows import CsvStream
from ._fields import ContactBuilder
from ._formula import unescape_cell
from ._rows import SourceRow

#: Handles one non-empty cell: (builder, the cell, every cell of the record).
CellHandler = Callable[[ContactBuilder, str, list[str]], None]


def cell(cells: list[str], index: int | None) -> str:
    """The cell at `index`, or "" when the record is short or there is no such column."""
    if index is None or index >= len(cells):
        return ""
    value = cells[index]
    return unescape_cell(value) if value[:1] == "'" else value


def set_attribute(attribute: str) -> CellHandler:
    """A column whose value is the builder's `attribute` (given_name, organization, ...)."""

    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        setattr(builder, attribute, value)

    return handle


def email_cell(label: str = "") -> CellHandler:
    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        builder.add_email(value, label)

    return handle


def phone_cell(label: str) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        builder.add_phone(value, label)

    return handle


def address_cell(label: str, part: str) -> CellHandler:
    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        builder.set_address_part(label, part, value, label)

    return handle


def note_cell(builder: ContactBuilder, value: str, _: list[str]) -> None:
    builder.add_note(value)


def keep_as_custom(name: str) -> CellHandler:
    """A column we do not model: its value is kept as a custom field named after the column."""

    def handle(builder: ContactBuilder, value: str, _: list[str]) -> None:
        builder.add_custom(name, value)

    return handle


def ignore(_builder: ContactBuilder, _value: str, _cells: list[str]) -> None:
    """A column whose value is read together with another one (a label beside its value)."""


def normalise_header(name: str) -> str:
    """A header compared loosely: case-folded, single spaces."""
    return " ".join(name.replace("\ufeff", "").casefold().split())


@dataclass
class CsvPlan:
    """What to do with each column; columns without a handler are kept as custom fields."""

    header: list[str]
    handlers: dict[int, CellHandler] = field(default_factory=dict)
    #: Columns with a higher rank are handled after the others (default rank 0).
    rank: dict[int, int] = field(default_factory=dict)
    finish: Callable[[ContactBuilder, list[str]], None] | None = None

    def index(self, *names: str) -> int | None:
        """The first column whose header is one of `names` (compared loosely)."""
        wanted = {normalise_header(n) for n in names}
        for i, header in enumerate(self.header):
            if normalise_header(header) in wanted:
                return i
        return None

    def on(self, names: tuple[str, ...] | str, handler: CellHandler) -> int | None:
        names = (names,) if isinstance(names, str) else names
        index = self.index(*names)
        if index is not None and index not in self.handlers:
            self.handlers[index] = handler
        return index

    def complete(self) -> list[tuple[int, CellHandler]]:
        steps = dict(self.handlers)
        for i, name in enumerate(self.header):
            if i not in steps:
                steps[i] = keep_as_custom(name or f"Column {i + 1}")
        return sorted(steps.items(), key=lambda item: (self.rank.get(item[0], 0), item[0]))


def read_with_plan(stream: CsvStream, plan: CsvPlan) -> Iterator[SourceRow]:
    """A SourceRow for every record of `stream`, built by `plan`."""
    steps = [(index, handler) for index, handler in plan.complete() if handler is not ignore]
    width = len(plan.header)
    for record in stream:
        cells = record.cells
        count = len(cells)
        builder = ContactBuilder()
        for index, handler in steps:
            if index < count:
                value = cells[index]
                if value and not value.isspace():
                    if value[0] == "'":  # the only way a cell can need unescaping
                        value = unescape_cell(value)
                    handler(builder, value, cells)
        for index in range(width, len(cells)):
            builder.add_custom(f"Column {index + 1}", cells[index])
        if plan.finish is not None:
            plan.finish(builder, cells)
        yield SourceRow(record.line, builder.build())
