"""Real exports from other programs (tests/interchange/data/real, sources in SOURCES.md):
every person is imported, odd values kept and warned about."""

from __future__ import annotations

from pathlib import Path

import pytest

from gtgcrm_desktop.interchange import import_file

REAL = Path(__file__).parent / "data" / "real"


def test_every_real_file_is_listed_with_its_source() -> None:
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    for path in REAL.glob("*.vcf"):
        assert f"`{path.name}`" in sources, path.name


@pytest.mark.parametrize(
    ("name", "display", "phones", "emails", "warnings"),
    [
        ("ezvcard_evolution.vcf", "Mr. John Richter, James Doe Sr.", 2, 1, 0),
        ("ezvcard_mac_address_book.vcf", "Mr. John Richter,James Doe Sr.", 7, 1, 0),
        ("kcontacts_vcard13.vcf", "Test User", 0, 2, 0),
        # Words typed into phone fields ("Handy", "Tel privat"): kept, each warned about.
        ("folkerkinzel_wab_outlook_v2_1.vcf", "Maxl", 7, 3, 7),
        ("vobject_vcard40_full.vcf", "Dr. John Q. Public, III", 2, 2, 0),
    ],
)
def test_real_exports_import_whole(  # type: ignore[no-untyped-def]
    workspace, name: str, display: str, phones: int, emails: int, warnings: int
):
    report = import_file(workspace, REAL / name, region="US")
    assert (report.new, len(report.invalid), len(report.warnings)) == (1, 0, warnings)
    [contact] = workspace.contacts.iter_all()
    assert contact.effective_display_name() == display
    assert (len(contact.phones), len(contact.emails)) == (phones, emails)


def test_windows_address_book_quoted_printable_soft_breaks(workspace):  # type: ignore[no-untyped-def]
    import_file(workspace, REAL / "folkerkinzel_wab_outlook_v2_1.vcf")
    [maxl] = workspace.contacts.iter_all()
    assert maxl.organization == "Firma" and maxl.extra["org_units"] == ["Führungsetage"]
    assert maxl.notes.count("Kommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ üüüüüü ßßßßßß") == 6
    label = next(p for p in maxl.extra["vcard"] if p["name"] == "LABEL")
    assert label["value"].endswith("Land Firma")  # the soft break's continuation began with a space
    assert [p.value for p in maxl.phones][:3] == ["Tel geschäftlich", "Tel privat", "Handy"]
