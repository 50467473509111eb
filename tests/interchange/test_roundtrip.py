"""Export, import into a fresh workspace, compare: every format, with Arabic text."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
import vobject

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber, PostalAddress
from gtgcrm_desktop.core.validation import validate_contact
from gtgcrm_desktop.interchange import export_contacts, import_file


def _people() -> list[Contact]:
    return [
        Contact(
            given_name="عبدالله",
            family_name="الفيصل",
            organization="مؤسسة الفيصل; للتجارة, المحدودة",
            title="المدير العام",
            emails=[
                EmailAddress("abdullah@faisal.example.com", "work"),
                EmailAddress("a.faisal@example.com", "المكتب"),
            ],
            phones=[
                PhoneNumber("+966 50 111 2233", label="mobile"),
                PhoneNumber("013 456 7890", label="work fax"),
            ],
            addresses=[
                PostalAddress(
                    "home", "شارع الملك فيصل\nمبنى ٧", "الدمام", "الشرقية", "32241", "السعودية"
                )
            ],
            tags=["عملاء", "VIP, ذهبي"],
            notes="سطر أول؛ مع فاصلة، وشرطة \\ مائلة\nسطر ثانٍ: نهاية",
            birthday="--03-15",
            custom_fields={"رقم العميل": "C-7", "المصدر": "معرض; الرياض"},
            extra={"anniversary": "2010-10-10"},
        ),
        Contact(
            given_name="Jane",
            family_name="Roe",
            display_name="Dr. Jane Roe (Acme)",
            organization="Acme",
            emails=[EmailAddress("jane.roe@acme.example.com", "")],
            phones=[PhoneNumber("+1 415 555 0132", label="other")],
            birthday="1980-02-29",
            notes='=HYPERLINK("http://evil.example")',
            tags=["Partners"],
        ),
        Contact(organization="مؤسسة الفجر", phones=[PhoneNumber("+971 4 123 4567", label="main")]),
        Contact(emails=[EmailAddress("only.email@example.com", "home")]),
    ]


@pytest.fixture
def filled(workspace, data: Path):
    for person in _people():
        workspace.contacts.add(validate_contact(person))
    import_file(workspace, data / "vcard40.vcf")  # unknown properties and a data: photo
    import_file(workspace, data / "vcard30.vcf")  # groups, X-ABLABEL, name parts, ORG units
    return workspace


def _comparable(contact: Contact, fmt: str) -> dict[str, Any]:
    values = contact.field_values()
    values["display_name"] = contact.effective_display_name()
    extra = dict(values.pop("extra"))
    if fmt.startswith("vcard"):
        # Our export adds a UID (the contact id) when the contact had none.
        kept = [
            p for p in extra.get("vcard", []) if p["name"] != "UID" or "urn:uuid:" not in p["value"]
        ]
        if kept:
            extra["vcard"] = kept
        else:
            extra.pop("vcard", None)
    if fmt == "csv":  # Google CSV has columns for the anniversary and the department only
        extra = {k: v for k, v in extra.items() if k in ("anniversary", "org_units")}
    values["extra"] = extra
    return values


def _key(values: dict[str, Any]) -> str:
    return values["display_name"]


@pytest.mark.parametrize("fmt", ["json", "csv", "vcard3", "vcard4"])
def test_round_trip(filled, fresh_workspace, tmp_path: Path, fmt: str):
    target = tmp_path / f"out.{fmt}"
    assert export_contacts(filled, target, fmt) == 7
    report = import_file(fresh_workspace, target)
    assert (report.new, len(report.invalid), report.duplicates) == (7, 0, 0)
    original = sorted((_comparable(c, fmt) for c in filled.contacts.iter_all()), key=_key)
    copied = sorted((_comparable(c, fmt) for c in fresh_workspace.contacts.iter_all()), key=_key)
    assert copied == original


def test_csv_is_google_current_with_bom(filled, tmp_path: Path):
    target = tmp_path / "out.csv"
    export_contacts(filled, target, "csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfFirst Name,Middle Name,Last Name,")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    header = rows[0]
    assert {
        "E-mail 1 - Label",
        "E-mail 1 - Value",
        "Phone 1 - Value",
        "Labels",
        "Address 1 - City",
    } <= set(header)
    text = raw.decode("utf-8-sig")
    assert "'=HYPERLINK" in text  # formula-like cells are defused for spreadsheets
    assert "* myContacts" in text


def _check_rfc_lines(text: bytes) -> list[str]:
    assert b"\n" not in text.replace(b"\r\n", b"")  # CRLF only
    lines = text.split(b"\r\n")
    assert lines[-1] == b""
    for line in lines[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")  # never cut inside a UTF-8 sequence
    unfolded: list[str] = []
    for line in lines[:-1]:
        if line.startswith(b" "):
            unfolded[-1] += line[1:].decode("utf-8")
        else:
            unfolded.append(line.decode("utf-8"))
    return unfolded


@pytest.mark.parametrize(("fmt", "version"), [("vcard3", "3.0"), ("vcard4", "4.0")])
def test_vcards_are_valid_for_their_rfc(filled, tmp_path: Path, fmt: str, version: str):
    target = tmp_path / "out.vcf"
    export_contacts(filled, target, fmt)
    lines = _check_rfc_lines(target.read_bytes())
    assert lines.count("BEGIN:VCARD") == lines.count("END:VCARD") == 7
    cards = "\r\n".join(lines).split("END:VCARD")[:-1]
    for card in cards:
        assert card.strip().splitlines()[1] == f"VERSION:{version}"
        assert "\nFN:" in card
        if version == "3.0":
            assert "\nN:" in card
    # An independent parser agrees.
    parsed = list(vobject.readComponents(target.read_text(encoding="utf-8")))
    names = sorted(c.fn.value for c in parsed)
    assert "Dr. Jane Roe (Acme)" in names and "عبدالله الفيصل" in names
    abdullah = next(c for c in parsed if c.fn.value == "عبدالله الفيصل")
    assert abdullah.org.value[0] == "مؤسسة الفيصل; للتجارة, المحدودة"
    assert abdullah.note.value == "سطر أول؛ مع فاصلة، وشرطة \\ مائلة\nسطر ثانٍ: نهاية"
    if version == "4.0":
        assert "PHOTO:data:image/png;base64," in "".join(lines)
        assert "BDAY:--0315" in lines
    else:
        assert "PHOTO;ENCODING=b;TYPE=PNG:" in "".join(lines)
        assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15" in lines


def test_json_has_the_contract_names(filled, tmp_path: Path):
    target = tmp_path / "out.json"
    export_contacts(filled, target, "json")
    document = json.loads(target.read_text(encoding="utf-8"))
    contact = next(c for c in document["contacts"] if c["given_name"] == "عبدالله")
    for name in (
        "id",
        "given_name",
        "family_name",
        "display_name",
        "organization",
        "title",
        "emails",
        "phones",
        "addresses",
        "tags",
        "notes",
        "birthday",
        "custom_fields",
        "created_at",
        "updated_at",
    ):
        assert name in contact
    assert contact["phones"][0] == {
        "value": "+966 50 111 2233",
        "e164": "+966501112233",
        "label": "mobile",
    }
    entries = filled.audit.entries(action="contacts.export")
    assert entries[0].details == {
        "at": entries[0].details["at"],
        "count": 7,
        "file_name": "o***.json",  # masked: a file name may name a person
        "format": "json",
    }


def test_export_through_cli(run_cli, tmp_path: Path):
    run_cli(
        "contacts", "add", "--given", "منى", "--family", "السالم", "--email", "mona@example.com"
    )
    target = tmp_path / "c.vcf"
    result = run_cli("export", "--format", "vcard4", "-o", str(target))
    assert result.code == 0, result.stderr
    assert "Exported 1 contacts" in result.stdout
    assert "FN:منى السالم" in target.read_text(encoding="utf-8")
    bad = run_cli("export", "--format", "vcard4", "-o", str(tmp_path / "missing" / "c.vcf"))
    assert bad.code == 1 and "Cannot write" in bad.stderr


def test_fast_json_is_to_json(filled):
    from gtgcrm_desktop.interchange._json_io import contact_json

    for contact in filled.contacts.iter_all():
        assert contact_json(contact) == contact.to_json()
