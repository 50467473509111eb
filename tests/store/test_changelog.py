"""Every write appends to the change log in the same transaction (issue 2, point 7)."""

import pytest

from gtgcrm_desktop.core.errors import InputError, NotFoundError
from gtgcrm_desktop.core.hlc import Timestamp
from gtgcrm_desktop.core.models import Contact, EmailAddress, Template


def test_log_after_a_sequence_of_edits(workspace) -> None:
    contact = workspace.contacts.add(
        Contact(given_name="Nour", emails=[EmailAddress("n@example.com")])
    )
    edited = workspace.contacts.get(contact.id)
    edited.title = "مهندسة"
    edited.tags = ["vip"]
    workspace.contacts.update(edited)
    workspace.contacts.update(workspace.contacts.get(contact.id))  # no change: no entry
    workspace.contacts.delete(contact.id)

    log = workspace.changes.entries("contact", contact.id)
    assert [e.operation for e in log] == ["create", "update", "delete"]
    assert log[0].fields["given_name"] == "Nour"
    assert log[0].fields["emails"] == [{"value": "n@example.com", "label": ""}]
    assert log[1].fields == {"title": "مهندسة", "tags": ["vip"]}
    assert log[2].fields == {}
    stamps = [Timestamp.parse(e.hlc) for e in log]
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    assert len({e.op_id for e in log}) == 3
    assert all(e.device_id == workspace.device_id for e in log)
    assert workspace.changes.is_tombstoned("contact", contact.id)


def test_field_clocks_follow_the_changes(workspace) -> None:
    contact = workspace.contacts.add(Contact(given_name="A"))
    contact.family_name = "B"
    workspace.contacts.update(contact)
    clocks = workspace.contacts.field_clocks(contact.id)
    update = workspace.changes.entries("contact", contact.id)[-1]
    assert clocks["family_name"] == update.hlc and "given_name" not in clocks and "*" in clocks


def test_a_failed_write_leaves_neither_data_nor_log(workspace) -> None:
    first = workspace.contacts.add(Contact(given_name="One"))
    before = len(workspace.changes.entries())
    with pytest.raises(InputError):
        workspace.contacts.add_many(
            [Contact(given_name="Two"), Contact(given_name="Dup", id=first.id)]
        )
    assert len(workspace.changes.entries()) == before
    assert workspace.contacts.count() == 1


def test_one_operation_shares_one_op_id(workspace) -> None:
    stored = workspace.contacts.add_many(
        [Contact(given_name=f"C{i}") for i in range(3)], op_id="import-1"
    )
    assert {e.op_id for e in workspace.changes.entries("contact")} == {"import-1"}
    assert len(stored) == 3


def test_templates_are_logged_and_tombstoned(workspace) -> None:
    template = workspace.templates.add(Template(name="ترحيب", subject="أهلاً"))
    template.subject = "مرحباً"
    workspace.templates.update(template)
    workspace.templates.delete(template.id)
    log = workspace.changes.entries("template", template.id)
    assert [(e.operation, sorted(e.fields)) for e in log][1:] == [
        ("update", ["subject"]),
        ("delete", []),
    ]
    assert workspace.changes.is_tombstoned("template", template.id)
    with pytest.raises(NotFoundError):
        workspace.templates.get(template.id)


def test_restoring_a_deleted_contact_clears_its_tombstone(workspace) -> None:
    contact = workspace.contacts.add(Contact(given_name="Undo me"))
    deleted = workspace.contacts.delete(contact.id)
    workspace.contacts.add(deleted)
    assert workspace.contacts.get(contact.id).given_name == "Undo me"
    assert not workspace.changes.is_tombstoned("contact", contact.id)


def test_audit_chain_verifies_whatever_the_order_of_details(workspace) -> None:
    workspace.audit.append("import", details={"zeta": 1, "alpha": 2})
    workspace.audit.append("export", details={"b": {"y": 1, "x": 2}, "a": [3]})
    assert workspace.audit.verify() == []


def test_audit_chain_detects_tampering(workspace) -> None:
    workspace.audit.append("import", details={"rows": 10})
    workspace.audit.append("export", details={"rows": 5})
    workspace.db.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    workspace.db.execute("UPDATE audit_log SET details = '{\"rows\":11}' WHERE seq = 1")
    assert workspace.audit.verify() == [1]
