"""Import: dry run counts with line numbers, one transaction, merging, audit, consent, undo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gtgcrm_desktop.core.models import Contact, EmailAddress, PhoneNumber
from gtgcrm_desktop.core.validation import validate_contact
from gtgcrm_desktop.interchange import (
    ImportAlreadyUndoneError,
    ImportCancelledError,
    ImportNotFoundError,
    MalformedFileError,
    import_file,
    list_imports,
    undo_import,
)

from .conftest import snapshot


def test_dry_run_reports_and_changes_nothing(run_cli, data: Path, workspace):
    before = snapshot(workspace)
    result = run_cli("import", str(data / "google_current.csv"), "--dry-run", "--json")
    assert result.code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["dry_run"] is True and report["import_id"] is None
    assert report["counts"] == {
        "rows": 5,
        "new": 4,
        "updated": 0,
        "unchanged": 0,
        "duplicates": 1,
        "invalid": 0,
        "warnings": 1,
        "suppressed": 0,
    }
    # The person with an invalid e-mail is imported; the address is kept and warned about.
    assert report["invalid"] == []
    assert report["warnings"] == [
        {
            "line": 7,
            "field": "emails",
            "value": "fatima(at)example",
            "reason": "emails: not a valid e-mail address",
        }
    ]
    merged = report["merged"]
    assert merged[0]["line"] == 8 and merged[0]["into"] == "file"
    assert merged[0]["matched_by"] == "email" and "phones" in merged[0]["fields"]
    assert snapshot(workspace) == before


def test_import_then_the_same_counts_land(run_cli, data: Path, workspace):
    dry = json.loads(
        run_cli("import", str(data / "google_current.csv"), "--dry-run", "--json").stdout
    )
    done = run_cli("import", str(data / "google_current.csv"), "--json")
    assert done.code == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["counts"] == dry["counts"]
    listed = json.loads(run_cli("contacts", "list", "--json").stdout)
    assert len(listed) == 4
    fatima = next(c for c in listed if c["given_name"] == "فاطمة")
    assert fatima["emails"] == [{"value": "fatima(at)example", "label": "home", "valid": False}]
    assert fatima["phones"][0]["e164"] == "+966551234567"
    ahmad = next(c for c in listed if c["given_name"] == "أحمد")
    # The in-file duplicate on line 8 was merged: its phone and tag added, nothing dropped.
    assert {p["e164"] for p in ahmad["phones"]} == {
        "+966501234567",
        "+966112345678",
        "+966557654321",
    }
    assert "أصدقاء" in ahmad["tags"] and "عملاء" in ahmad["tags"]
    # "احمد" is "أحمد" once normalised: the same value, so not kept twice.
    assert ahmad["given_name"] == "أحمد" and "other given_name" not in ahmad["custom_fields"]


def test_no_consent_is_implied_and_the_audit_has_no_personal_data(data: Path, workspace):
    report = import_file(workspace, data / "google_current.csv")
    assert workspace.db.scalar("SELECT count(*) FROM consent_events") == 0
    entries = workspace.audit.entries(action="contacts.import")
    assert len(entries) == 1
    details = entries[0].details
    assert details["file_name"] == "g***.csv"  # a file name may name a person: masked
    assert details["counts"]["new"] == 4 and details["finished_at"]
    assert entries[0].subject_id == report.import_id
    text = json.dumps(details, ensure_ascii=False)
    for personal in ("أحمد", "ahmad", "Sarah", "+966", "C-1042", "google_current", str(data)):
        assert personal not in text
    assert workspace.audit.verify() == []


def _existing(workspace) -> Contact:
    contact = validate_contact(
        Contact(
            given_name="أحمد",
            family_name="العلي",
            title="مدير",
            emails=[EmailAddress("ahmad.ali@nukhba.example.com", "")],
            phones=[PhoneNumber("0501234567")],
            notes="ملاحظة قديمة",
        )
    )
    return workspace.contacts.add(contact)


def test_merge_into_existing_and_undo_restores_it(data: Path, workspace):
    original = _existing(workspace)
    before = workspace.contacts.get(original.id)
    report = import_file(workspace, data / "google_current.csv")
    assert (report.new, report.updated, report.duplicates) == (3, 1, 1)
    merged = workspace.contacts.get(original.id)
    assert merged.title == "مدير"  # kept; the file's title is kept beside it
    assert merged.custom_fields["other title"] == "مدير المبيعات"
    assert merged.notes.startswith("ملاحظة قديمة") and "عميل مهم" in merged.notes
    assert merged.emails[0].label == "work"  # an empty label is completed
    assert len(merged.emails) == 3
    assert {m.contact_id for m in report.merges} == {original.id}
    result = undo_import(workspace, report.import_id)
    assert (result.removed, result.restored) == (3, 1)
    restored = workspace.contacts.get(original.id)
    assert restored.field_values() == before.field_values()
    assert workspace.contacts.count() == 1
    with pytest.raises(ImportAlreadyUndoneError):
        undo_import(workspace, report.import_id)
    assert list_imports(workspace)[0]["undone_at"]


def test_name_plus_one_field_matches_but_name_alone_does_not(tmp_path: Path, workspace):
    workspace.contacts.add(
        validate_contact(Contact(given_name="سارة", family_name="الأحمد", organization="النخبة"))
    )
    workspace.contacts.add(validate_contact(Contact(given_name="ليلى", family_name="حسن")))
    path = tmp_path / "people.csv"
    path.write_text(
        "First Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value,Labels\n"
        "ساره,الاحمد,النُّخبة,,sara@example.com,\n"  # same name once normalised, same organisation
        "ليلى,حسن,,,layla@example.com,\n",  # same name only: a new contact
        encoding="utf-8",
    )
    report = import_file(workspace, path)
    assert (report.new, report.updated) == (1, 1)
    assert report.merges[0].matched_by == "name"


def test_cli_undo(run_cli, data: Path):
    done = json.loads(run_cli("import", str(data / "vcard30.vcf"), "--json").stdout)
    assert done["counts"]["new"] == 2
    undone = run_cli("import", "undo", done["import_id"])
    assert undone.code == 0, undone.stderr
    assert "2 contacts removed" in undone.stdout
    assert json.loads(run_cli("contacts", "list", "--json").stdout) == []
    again = run_cli("import", "undo", done["import_id"])
    assert again.code == 1 and "already undone" in again.stderr
    unknown = run_cli("import", "undo", "nope")
    assert unknown.code == 1 and "nope" in unknown.stderr
    assert run_cli("import", "undo").code == 1


def test_human_output(run_cli, data: Path):
    result = run_cli("import", str(data / "google_current.csv"))
    assert result.code == 0
    assert "new: 4" in result.stdout and "invalid: 0; warnings: 1" in result.stdout
    warning = next(line for line in result.stdout.splitlines() if line.startswith("Line 7:"))
    assert "emails: not a valid e-mail address" in warning and "fatima(at)example" in warning
    assert "kept as written" in warning
    assert "gtgcrm import undo" in result.stdout


def test_refused_files_exit_1_and_change_nothing(run_cli, data: Path, workspace, tmp_path: Path):
    before = snapshot(workspace)
    latin = run_cli("import", str(data / "latin1_refused.csv"))
    assert latin.code == 1 and "not valid UTF-8" in latin.stderr
    unknown = run_cli("import", str(data / "mapped.csv"))
    assert unknown.code == 1 and "--map" in unknown.stderr
    missing = run_cli("import", str(tmp_path / "missing.csv"))
    assert missing.code == 1
    assert snapshot(workspace) == before


def test_mapped_import_through_cli(run_cli, data: Path):
    result = run_cli(
        "import", str(data / "mapped.csv"), "--map", str(data / "mapped_map.json"), "--json"
    )
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["new"] == 2
    listed = json.loads(run_cli("contacts", "list", "--search", "سلمان", "--json").stdout)
    assert listed[0]["phones"][0]["e164"] == "+966509876543"  # Arabic-Indic digits


def test_a_late_error_rolls_the_whole_import_back(tmp_path: Path, workspace):
    path = tmp_path / "late.csv"
    good = "".join(f"Name{i},Family,,n{i}@example.com,\n" for i in range(1200))
    path.write_text(
        "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Labels\n"
        + good
        + 'Bad,"'
        + "x" * (1 << 21)
        + "\n",
        encoding="utf-8",
    )
    before = snapshot(workspace)
    with pytest.raises(MalformedFileError) as caught:
        import_file(workspace, path)
    assert caught.value.params["line"] == 1202
    assert snapshot(workspace) == before


def test_cancel_rolls_back(tmp_path: Path, workspace):
    path = tmp_path / "many.csv"
    path.write_text(
        "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Labels\n"
        + "".join(f"N{i},F,,n{i}@example.com,\n" for i in range(1500)),
        encoding="utf-8",
    )
    before = snapshot(workspace)
    seen: list[tuple[int, int, int]] = []
    with pytest.raises(ImportCancelledError):
        import_file(
            workspace, path, progress=lambda *a: seen.append(a), cancelled=lambda: len(seen) >= 2
        )
    assert seen[0][0] == 500 and seen[0][2] == path.stat().st_size
    assert snapshot(workspace) == before


def test_erased_people_are_reported_as_suppressed(data: Path, workspace):
    erased = workspace.contacts.add(
        validate_contact(
            Contact(given_name="x", emails=[EmailAddress("sarah.johnson@acme.example.com")])
        )
    )
    workspace.suppression.add(erased)
    workspace.contacts.delete(erased.id)
    report = import_file(workspace, data / "google_current.csv")
    assert [p.line for p in report.suppressed] == [6]
    assert workspace.contacts.ids_by_email("sarah.johnson@acme.example.com") == []


def test_undo_unknown_import(workspace):
    with pytest.raises(ImportNotFoundError):
        undo_import(workspace, "missing")


def test_every_sample_file_imports(data: Path, workspace):
    for name in sorted(p.name for p in data.iterdir() if p.is_file()):
        if name in ("latin1_refused.csv", "mapped.csv", "mapped_map.json"):
            continue
        report = import_file(workspace, data / name)
        assert report.new + report.updated + report.unchanged + report.duplicates > 0, name
    assert workspace.contacts.count() > 15
