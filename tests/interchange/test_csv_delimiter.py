"""The header line decides the separator: comma, semicolon, tab or vertical bar."""

from __future__ import annotations

import pytest

from gtgcrm_desktop.interchange._csv_rows import sniff_delimiter


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("First Name,Last Name,E-mail Address", ","),
        ("Vorname;Nachname;E-Mail-Adresse", ";"),
        ("الاسم\tالبريد\tالجوال", "\t"),
        ("الاسم|البريد|الجوال", "|"),
        ('"Name, full"|"E-mail"|"Phone"', "|"),  # commas inside quotes do not count
        ("Name", ","),
    ],
)
def test_the_separator_is_read_from_the_header(header: str, expected: str) -> None:
    assert sniff_delimiter(header) == expected
