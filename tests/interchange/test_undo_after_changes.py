"""Undo of an import leaves contacts changed after it alone and says which ones it skipped."""

from __future__ import annotations

import json
from pathlib import Path

from gtgcrm_desktop.core.models import Contact, EmailAddress
from gtgcrm_desktop.core.validation import validate_contact
from gtgcrm_desktop.interchange import import_file, merge_contacts, undo_import

PEOPLE = (
    "First Name,Last Name,Organization Title,E-mail 1 - Label,E-mail 1 - Value,Labels\n"
    "منى,السالم,,,mona@example.com,\n"
    "خالد,العتيبي,,,khalid@example.com,\n"
    "Jane,Roe,,,jane@example.com,\n"
    "Omar,Haddad,Buyer,,omar@example.com,\n"  # merges into the contact already there
)


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE, encoding="utf-8")
    return path


def _by_email(workspace, email: str) -> str:  # type: ignore[no-untyped-def]
    return workspace.contacts.ids_by_email(email)[0]


def test_contacts_edited_after_the_import_survive_the_undo(tmp_path: Path, workspace):
    omar = workspace.contacts.add(
        validate_contact(Contact(given_name="Omar", emails=[EmailAddress("omar@example.com")]))
    )
    report = import_file(workspace, _file(tmp_path))
    assert (report.new, report.updated) == (3, 1)
    mona = _by_email(workspace, "mona@example.com")
    edited = workspace.contacts.get(mona)
    edited.title = "مديرة المشتريات"
    workspace.contacts.update(edited)

    result = undo_import(workspace, report.import_id)

    assert result.changed_since == (mona,) and result.skipped == 1
    assert (result.removed, result.restored) == (2, 1)
    assert workspace.contacts.get(mona).title == "مديرة المشتريات"
    assert workspace.contacts.ids_by_email("khalid@example.com") == []
    assert workspace.contacts.ids_by_email("jane@example.com") == []
    assert workspace.contacts.get(omar.id).title == ""  # the import's title taken back


def test_an_existing_contact_edited_after_the_import_is_not_put_back(tmp_path: Path, workspace):
    omar = workspace.contacts.add(
        validate_contact(Contact(given_name="Omar", emails=[EmailAddress("omar@example.com")]))
    )
    report = import_file(workspace, _file(tmp_path))
    current = workspace.contacts.get(omar.id)
    assert current.title == "Buyer"
    current.notes = "called on Sunday"
    workspace.contacts.update(current)

    result = undo_import(workspace, report.import_id)

    assert result.changed_since == (omar.id,) and result.restored == 0
    kept = workspace.contacts.get(omar.id)
    assert (kept.title, kept.notes) == ("Buyer", "called on Sunday")
    assert result.removed == 3


def test_merged_and_deleted_contacts_are_skipped_with_their_ids(tmp_path: Path, workspace):
    report = import_file(workspace, _file(tmp_path))
    mona = _by_email(workspace, "mona@example.com")
    khalid = _by_email(workspace, "khalid@example.com")
    jane = _by_email(workspace, "jane@example.com")
    merge_contacts(workspace, mona, [khalid])  # mona changed, khalid deleted
    workspace.contacts.delete(jane)

    result = undo_import(workspace, report.import_id)

    assert result.changed_since == (mona,)
    assert set(result.deleted_since) == {khalid, jane}
    assert set(result.skipped_ids) == {mona, khalid, jane} and result.skipped == 3
    assert result.removed == 1  # only Omar, untouched since the import
    assert workspace.contacts.get(mona).emails  # the merged contact is still there


def test_cli_reports_the_skipped_ids(run_cli, tmp_path: Path):
    done = run_cli("import", str(_file(tmp_path)), "--json")
    assert done.code == 0, done.stderr
    import_id = json.loads(done.stdout)["import_id"]
    listed = json.loads(run_cli("contacts", "list", "--json").stdout)
    mona = next(c["id"] for c in listed if c["given_name"] == "منى")
    assert run_cli("contacts", "edit", mona, "--title", "مديرة").code == 0

    undone = run_cli("import", "undo", import_id, "--json")

    assert undone.code == 0, undone.stderr
    report = json.loads(undone.stdout)
    assert report["skipped"] == 1 and report["skipped_ids"] == [mona]
    assert report["changed_since_import"] == [mona] and report["deleted_since_import"] == []
    assert report["removed"] == 3
    remaining = json.loads(run_cli("contacts", "list", "--json").stdout)
    assert [(c["id"], c["title"]) for c in remaining] == [(mona, "مديرة")]


def test_cli_text_names_each_skipped_contact(run_cli, tmp_path: Path):
    done = json.loads(run_cli("import", str(_file(tmp_path)), "--json").stdout)
    listed = json.loads(run_cli("contacts", "list", "--json").stdout)
    jane = next(c["id"] for c in listed if c["given_name"] == "Jane")
    run_cli("contacts", "edit", jane, "--title", "CTO")

    undone = run_cli("import", "undo", done["import_id"])

    assert undone.code == 0, undone.stderr
    assert "3 contacts removed, 0 restored, 1 skipped" in undone.stdout
    assert f"Contact {jane} was changed after the import" in undone.stdout
