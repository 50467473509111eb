"""Retention: inactive contacts are listed, then deleted or anonymised, with a masked audit."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.models import Contact, EmailAddress
from gtgcrm_desktop.privacy import retention
from gtgcrm_desktop.privacy.errors import BadRetentionMonthsError, InvalidChoiceError
from gtgcrm_desktop.privacy.ledger import ConsentLedger
from gtgcrm_desktop.store import Secrets, Workspace
from tests.conftest import PASSPHRASE
from tests.privacy.conftest import RICH, rich_contact


def _age(workspace, contact_id: str, when: str) -> None:
    workspace.db.execute("UPDATE contacts SET updated_at = ? WHERE id = ?", (when, contact_id))


def _setup(workspace) -> tuple[str, str, str]:
    old = workspace.contacts.add(rich_contact()).id
    recent = workspace.contacts.add(Contact(given_name="Recent")).id
    touched = workspace.contacts.add(
        Contact(given_name="Touched", emails=[EmailAddress("t@x.example")])
    ).id
    for contact_id in (old, recent, touched):
        _age(workspace, contact_id, "2020-01-01T00:00:00.000Z")
    _age(workspace, recent, "2026-01-01T00:00:00.000Z")
    retention.record_activity(workspace, touched, "2026-02-01T00:00:00.000Z")
    return old, recent, touched


NOW = datetime(2026, 6, 30, tzinfo=UTC)


def test_months_before_clamps_to_month_end():
    assert retention.months_before(datetime(2026, 3, 31, tzinfo=UTC), 1).day == 28
    assert retention.months_before(datetime(2024, 12, 15, tzinfo=UTC), 24).year == 2022


def test_lists_only_inactive_contacts_and_changes_nothing_by_default(workspace):
    old, _recent, _touched = _setup(workspace)
    result = retention.run(workspace, now=NOW)
    assert [c.contact_id for c in result.candidates] == [old]
    assert result.action is None and workspace.contacts.exists(old)


def test_consent_decisions_count_as_activity(workspace):
    old, _, _ = _setup(workspace)
    ConsentLedger(workspace).set_contact(
        old,
        purpose="marketing",
        channel="email",
        status="granted",
        lawful_basis="consent",
        source="renewed",
    )
    _age(workspace, old, "2020-01-01T00:00:00.000Z")
    assert retention.run(workspace, now=datetime(2026, 11, 1, tzinfo=UTC)).candidates == []


def test_confirmed_delete_erases_with_masked_audit(workspace):
    old, recent, touched = _setup(workspace)
    result = retention.run(workspace, confirm=True, action="delete", now=NOW)
    assert result.action == "delete"
    assert not workspace.contacts.exists(old)
    assert workspace.contacts.exists(recent) and workspace.contacts.exists(touched)
    (entry,) = workspace.audit.entries(action="contact.erased")
    assert entry.details["reason"] == "retention" and entry.details["masked"]["name"] == "D***"
    assert not workspace.suppression.matches(rich_contact())  # not an erasure request
    assert workspace.audit.entries(action="retention.run")[0].details["count"] == 1


def test_anonymise_keeps_an_anonymous_record(workspace):
    old, _, _ = _setup(workspace)
    retention.run(workspace, confirm=True, action="anonymise", now=NOW)
    kept = workspace.contacts.get(old)
    assert kept.display_name == "—" and not kept.emails and not kept.phones and not kept.notes
    assert [a.country for a in kept.addresses] == [RICH["country"]]
    assert workspace.contacts.count("Givqzxa") == 0
    entries = workspace.changes.entries("contact", old)
    assert all(e.fields == {} for e in entries[:-1])
    assert RICH["email"] not in json.dumps([e.fields for e in entries])
    assert (
        retention.run(workspace, now=datetime(2030, 1, 1, tzinfo=UTC)).candidates[-1].contact_id
        != old
    )


def test_run_at_start_does_nothing_on_review_and_acts_on_the_setting(workspace):
    old, recent, _ = _setup(workspace)
    audited = len(workspace.audit.entries())
    assert retention.run_at_start(workspace, now=NOW) is None
    assert workspace.contacts.exists(old) and len(workspace.audit.entries()) == audited
    retention.set_policy(workspace, 24, "delete")
    assert workspace.settings.get(settings.RETENTION_ACTION) == "delete"
    done = retention.run_at_start(workspace, now=NOW)
    assert done is not None and done.action == "delete"
    assert not workspace.contacts.exists(old) and workspace.contacts.exists(recent)
    assert workspace.audit.entries(action="retention.run")[0].details["count"] == 1
    with pytest.raises(BadRetentionMonthsError):
        retention.set_policy(workspace, 0, "delete")


def test_run_at_start_anonymises_when_chosen(workspace):
    old, _, _ = _setup(workspace)
    retention.set_policy(workspace, 24, "anonymise")
    assert retention.run_at_start(workspace, now=NOW).action == "anonymise"
    assert workspace.contacts.get(old).display_name == "—"


def test_apply_acts_only_on_the_reviewed_contacts_still_inactive(workspace):
    old, _recent, touched = _setup(workspace)
    second = workspace.contacts.add(Contact(given_name="Second")).id
    third = workspace.contacts.add(Contact(given_name="Third")).id
    for contact_id in (second, third):
        _age(workspace, contact_id, "2020-01-01T00:00:00.000Z")
    reviewed = [c.contact_id for c in retention.run(workspace, now=NOW).candidates]
    assert set(reviewed) == {old, second, third}
    late = workspace.contacts.add(Contact(given_name="Late")).id  # due, but never shown
    _age(workspace, late, "2020-01-01T00:00:00.000Z")
    retention.record_activity(workspace, third, "2026-06-01T00:00:00.000Z")  # active again

    done = retention.apply(workspace, [*reviewed, touched], "delete", now=NOW)

    assert sorted(c.contact_id for c in done.candidates) == sorted([old, second])
    assert not workspace.contacts.exists(old) and not workspace.contacts.exists(second)
    assert workspace.contacts.exists(late) and workspace.contacts.exists(third)
    assert workspace.contacts.exists(touched)
    assert workspace.audit.entries(action="retention.run")[0].details["count"] == 2


def test_apply_refuses_review_as_an_action(workspace):
    old, _, _ = _setup(workspace)
    with pytest.raises(InvalidChoiceError):
        retention.apply(workspace, [old], "review", now=NOW)
    assert workspace.contacts.exists(old)


def test_cli_retention(run_cli, workspace):
    old, _, _ = _setup(workspace)
    workspace.close()
    assert run_cli("privacy", "retention", "set", "--months", "3", "--action", "review").code == 0
    listed = json.loads(run_cli("privacy", "retention", "run", "--json").stdout)
    assert old in [c["id"] for c in listed["contacts"]] and listed["action"] is None
    applied = run_cli("privacy", "retention", "run", "--yes", "--action", "anonymise")
    assert applied.code == 0, applied.stderr


def test_cli_retention_applies_to_the_listed_contacts_only(run_cli, workspace, data_dir):
    old, _, _ = _setup(workspace)
    workspace.close()
    run_cli("privacy", "retention", "set", "--months", "24", "--action", "review")
    listed = json.loads(run_cli("privacy", "retention", "run", "--json").stdout)
    assert [c["id"] for c in listed["contacts"]] == [old]
    added = run_cli("contacts", "add", "--given", "Unseen")
    unseen = added.stdout.strip()
    again = Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE))
    _age(again, unseen, "2020-01-01T00:00:00.000Z")  # due now, but never listed
    again.close()

    applied = run_cli(
        "privacy", "retention", "run", "--yes", "--action", "delete", "--contact", old, "--json"
    )

    assert applied.code == 0, applied.stderr
    done = json.loads(applied.stdout)
    assert done["action"] == "delete" and [c["id"] for c in done["contacts"]] == [old]
    remaining = json.loads(run_cli("privacy", "retention", "run", "--json").stdout)
    assert [c["id"] for c in remaining["contacts"]] == [unseen]
