"""Google CSV cells: the department column, the formula guard and its exact inverse, and
Google files recognised from a subset of their columns."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from gtgcrm_desktop.core.models import Contact, PhoneNumber
from gtgcrm_desktop.core.validation import validate_contact
from gtgcrm_desktop.interchange import export_contacts, import_file, inspect_file
from gtgcrm_desktop.interchange._csv_rows import CsvStream
from gtgcrm_desktop.interchange._csv_write import write_google_csv
from gtgcrm_desktop.interchange._formula import escape_cell, unescape_cell
from gtgcrm_desktop.interchange._google_csv import read_google_csv

TRIGGERS = "=+-@\t\r"
#: Any text, and text made mostly of the characters the guard is about.
CELLS = st.text() | st.text(alphabet=st.sampled_from("'=+-@\t\r\n 0123456789()./|xA"))


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


# -- department ---------------------------------------------------------------------------


def test_the_department_fills_its_column_and_comes_back(workspace, fresh_workspace, tmp_path):
    card = tmp_path / "in.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Huda Nasser\r\nN:Nasser;Huda;;;\r\n"
        "ORG:شركة الأفق;قسم المبيعات;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    import_file(workspace, card)
    exported = tmp_path / "out.csv"
    export_contacts(workspace, exported, "csv")
    (row,) = _rows(exported)
    assert row["Organization Name"] == "شركة الأفق"
    assert row["Organization Department"] == "قسم المبيعات"

    import_file(fresh_workspace, exported)
    (copy,) = list(fresh_workspace.contacts.iter_all())
    assert copy.organization == "شركة الأفق"
    assert copy.extra["org_units"] == ["قسم المبيعات"]
    assert "Organization Department" not in copy.custom_fields
    back = tmp_path / "back.vcf"
    export_contacts(fresh_workspace, back, "vcard4")
    assert "ORG:شركة الأفق;قسم المبيعات\r\n" in back.read_bytes().decode("utf-8")


def test_a_google_department_is_read_as_the_department(workspace, data: Path, tmp_path: Path):
    import_file(workspace, data / "google_current.csv")
    ahmad = next(c for c in workspace.contacts.iter_all() if c.given_name == "أحمد")
    assert ahmad.extra["org_units"] == ["المبيعات"]
    exported = tmp_path / "out.csv"
    export_contacts(workspace, exported, "csv")
    row = next(r for r in _rows(exported) if r["First Name"] == "أحمد")
    assert row["Organization Department"] == "المبيعات"


# -- formula guard ------------------------------------------------------------------------


@given(CELLS)
def test_the_guard_is_undone_exactly(value: str):
    assert unescape_cell(escape_cell(value)) == value


@given(CELLS)
def test_a_guarded_cell_never_starts_a_formula(value: str):
    written = escape_cell(value)
    if written and written[0] in TRIGGERS:
        # Only a phone-like cell is left bare: a sign, then digits and separators.
        assert written[0] in "+-" and all(ch.isdigit() or ch in " ().-/" for ch in written[1:])


@settings(max_examples=150, deadline=None)
@given(CELLS)
def test_notes_and_custom_values_round_trip_through_the_csv(value: str):
    assume(value.strip())  # a blank cell is an empty field, by design
    contact = Contact(given_name="x", notes=value, custom_fields={"code": value})
    out = io.StringIO(newline="")
    write_google_csv(lambda: [contact], out)
    (row,) = list(read_google_csv(CsvStream(io.StringIO(out.getvalue(), newline=""), "t.csv")))
    assert row.contact is not None
    assert row.contact.notes == value
    assert row.contact.custom_fields == {"code": value}


def test_formula_like_text_and_phone_numbers_in_the_file(workspace, fresh_workspace, tmp_path):
    notes = ["'=not a formula", "\tindented", "\r=cmd", "-2-3", "+cmd|' /C calc'!A0", "@SUM(A1)"]
    for i, note in enumerate(notes):
        workspace.contacts.add(
            validate_contact(
                Contact(
                    given_name=f"n{i}",
                    notes=note,
                    phones=[PhoneNumber(f"+966 50 123 456{i}")],
                    custom_fields={"extension": "-2-3"},
                )
            )
        )
    exported = tmp_path / "out.csv"
    export_contacts(workspace, exported, "csv")
    cells = {r["First Name"]: r for r in _rows(exported)}
    assert cells["n0"]["Notes"] == "''=not a formula"
    assert cells["n1"]["Notes"] == "'\tindented"
    assert cells["n2"]["Notes"] == "'\r=cmd"
    assert cells["n3"]["Notes"] == "-2-3"  # arithmetic at worst: left as it is
    assert cells["n4"]["Notes"].startswith("'+cmd")
    assert cells["n5"]["Notes"] == "'@SUM(A1)"
    assert cells["n0"]["Phone 1 - Value"] == "+966 50 123 4560"
    assert cells["n0"]["Custom Field 1 - Value"] == "-2-3"

    import_file(fresh_workspace, exported)
    copied = {c.given_name: c for c in fresh_workspace.contacts.iter_all()}
    assert [copied[f"n{i}"].notes for i in range(len(notes))] == notes
    assert copied["n0"].phones[0].value == "+966 50 123 4560"
    assert copied["n0"].custom_fields == {"extension": "-2-3"}


# -- recognising Google CSV ---------------------------------------------------------------


def test_a_google_header_without_labels_is_recognised(workspace, tmp_path: Path):
    path = tmp_path / "subset.csv"
    path.write_text(
        "First Name,Last Name,Organization Name,E-mail 1 - Value,Phone 1 - Value\n"
        "ريم,الدوسري,مكتبة جرير,reem@example.com,0551234567\n",
        encoding="utf-8",
    )
    assert inspect_file(path).format == "google-csv"
    report = import_file(workspace, path)
    assert report.new == 1
    (reem,) = list(workspace.contacts.iter_all())
    assert (reem.given_name, reem.organization) == ("ريم", "مكتبة جرير")
    assert reem.emails[0].value == "reem@example.com"
    assert reem.phones[0].e164 == "+966551234567"


def test_google_only_name_columns_are_enough(tmp_path: Path):
    path = tmp_path / "names.csv"
    path.write_text("First Name,Last Name,Organization Name\nSara,Ali,Acme\n", encoding="utf-8")
    assert inspect_file(path).format == "google-csv"
