"""The audit log names no one: imported and exported file names are masked."""

from __future__ import annotations

from pathlib import Path

import pytest

from gtgcrm_desktop.interchange import export_contacts, import_file
from gtgcrm_desktop.privacy.masking import mask_file_name

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Plain Person\r\nN:Person;Plain;;;\r\nEND:VCARD\r\n"


def _audit_text(workspace) -> str:  # type: ignore[no-untyped-def]
    return "".join(str(r) for r in workspace.db.all("SELECT * FROM audit_log"))


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("Ahmed Alshehri private.vcf", "A***.vcf"),
        ("C:\\Users\\me\\Ahmed Alshehri.VCF", "A***.vcf"),
        ("/home/me/أحمد الشهري.csv", "أ***.csv"),
        ("Ahmed.Alshehri", "A***"),
        ("contacts", "c***"),
        ("", ""),
    ],
)
def test_file_names_are_masked_with_a_plain_extension(name, masked):
    assert mask_file_name(name) == masked


def test_import_audit_keeps_format_and_a_masked_name_only(workspace, tmp_path: Path):
    path = tmp_path / "Ahmed Alshehri private.vcf"
    path.write_text(CARD, encoding="utf-8")

    report = import_file(workspace, path)

    (entry,) = workspace.audit.entries(action="contacts.import")
    assert entry.details["file_name"] == "A***.vcf"
    assert entry.details["format"] == report.format and entry.details["counts"]["new"] == 1
    text = _audit_text(workspace)
    assert "Alshehri" not in text and "Ahmed" not in text and str(tmp_path) not in text
    assert workspace.audit.verify() == []


def test_export_audit_masks_the_chosen_file_name(workspace, tmp_path: Path):
    path = tmp_path / "Sara Alqahtani backup.json"
    export_contacts(workspace, path, "json")
    (entry,) = workspace.audit.entries(action="contacts.export")
    assert entry.details["file_name"] == "S***.json" and entry.details["format"] == "json"
    assert "Alqahtani" not in _audit_text(workspace)
