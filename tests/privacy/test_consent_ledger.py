"""The consent ledger: account toggles and contact decisions, append-only and hash-chained."""

from __future__ import annotations

import json

import pytest

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.privacy.errors import InvalidChoiceError
from gtgcrm_desktop.privacy.ledger import ConsentLedger
from gtgcrm_desktop.privacy.policy import current_policy
from gtgcrm_desktop.privacy.verify import verify_chains
from gtgcrm_desktop.store.database import DatabaseError
from tests.privacy.conftest import rich_contact


def test_account_toggles_append_events_with_policy_version_and_source(workspace):
    ledger = ConsentLedger(workspace)
    assert [c.status for c in ledger.account_consents()] == ["unknown"] * 3
    ledger.set_account("marketing_email", True, "first_run")
    ledger.set_account("marketing_email", False, "privacy_tab")
    ledger.set_account("personalised_ads", True, "privacy_tab")

    state = {c.purpose: c for c in ledger.account_consents()}
    assert not state["marketing_email"].granted and state["marketing_email"].status == "withdrawn"
    assert state["personalised_ads"].granted
    history = ledger.account_history()
    assert [(e.purpose, e.status, e.source) for e in history] == [
        ("personalised_ads", "granted", "privacy_tab"),
        ("marketing_email", "withdrawn", "privacy_tab"),
        ("marketing_email", "granted", "first_run"),
    ]
    assert {e.policy_version for e in history} == {current_policy().version}
    assert len(workspace.changes.entries("consent")) == 3  # synced like every other write


def test_one_purpose_per_connected_integration(workspace):
    workspace.settings.set(settings.SYNC_SERVER_URL, "https://cloud.example")
    ledger = ConsentLedger(workspace)
    ledger.set_account("integration:gmail", True, "privacy_tab")
    purposes = [c.purpose for c in ledger.account_consents()]
    assert purposes[3:] == ["sync:https://cloud.example", "integration:gmail"]
    with pytest.raises(InvalidChoiceError):
        ledger.set_account("newsletter", True, "privacy_tab")
    with pytest.raises(InvalidChoiceError):
        ledger.set_account("sync:", True, "privacy_tab")


def test_contact_consent_records_basis_source_evidence(workspace):
    contact = workspace.contacts.add(rich_contact())
    ledger = ConsentLedger(workspace)
    event = ledger.set_contact(
        contact.id,
        purpose="marketing",
        channel="sms",
        status="granted",
        lawful_basis="legitimate_interest",
        source="trade fair",
        evidence="card in box 3",
    )
    assert (event.lawful_basis, event.source, event.evidence) == (
        "legitimate_interest",
        "trade fair",
        "card in box 3",
    )
    assert ledger.contact_consents(contact.id)[("marketing", "sms")].id == event.id
    with pytest.raises(InvalidChoiceError):
        ledger.set_contact(
            contact.id,
            purpose="marketing",
            channel="fax",
            status="granted",
            lawful_basis="consent",
            source="x",
        )
    with pytest.raises(InvalidChoiceError):
        ledger.set_contact(
            contact.id,
            purpose="marketing",
            channel="sms",
            status="maybe",
            lawful_basis="consent",
            source="x",
        )


def test_ledger_is_append_only(workspace):
    ledger = ConsentLedger(workspace)
    ledger.set_account("usage_analytics", True, "privacy_tab")
    with pytest.raises(DatabaseError, match="append-only"):
        workspace.db.execute("UPDATE consent_events SET status = 'withdrawn'")
    with pytest.raises(DatabaseError, match="append-only"):
        workspace.db.execute("DELETE FROM consent_events")
    with pytest.raises(DatabaseError, match="append-only"):
        workspace.db.execute("DELETE FROM audit_log")


def _tamper(workspace, sql: str) -> None:
    """What someone with the key and a SQLite shell could do: drop the guard, edit a row."""
    workspace.db.execute("DROP TRIGGER consent_events_redact_only")
    workspace.db.execute("DROP TRIGGER audit_log_no_update")
    workspace.db.execute(sql)


def test_verify_names_tampered_entries(workspace):
    ledger = ConsentLedger(workspace)
    contact = workspace.contacts.add(rich_contact())
    for purpose in ("marketing_email", "personalised_ads", "usage_analytics"):
        ledger.set_account(purpose, True, "first_run")
    ledger.set_contact(
        contact.id,
        purpose="marketing",
        channel="email",
        status="withdrawn",
        lawful_basis="consent",
        source="phone call",
        evidence="asked to stop",
    )
    assert verify_chains(workspace).intact
    _tamper(workspace, "UPDATE consent_events SET status = 'withdrawn' WHERE seq = 2")
    workspace.db.execute("UPDATE consent_events SET evidence = 'never asked' WHERE seq = 4")
    workspace.db.execute("UPDATE audit_log SET subject_id = 'someone' WHERE seq = 1")
    report = verify_chains(workspace)
    assert report.consent_broken == [2, 4]
    assert report.audit_broken == [1]


def test_cli_consent_list_set_verify(run_cli, workspace):
    workspace.close()
    assert run_cli("privacy", "consent", "set", "usage_analytics", "on").code == 0
    assert run_cli("privacy", "consent", "set", "usage_analytics", "off").code == 0
    listed = json.loads(run_cli("privacy", "consent", "list", "--json").stdout)
    analytics = next(c for c in listed if c["purpose"] == "usage_analytics")
    assert analytics["status"] == "withdrawn" and analytics["source"] == "command_line"
    history = json.loads(run_cli("privacy", "consent", "history", "--json").stdout)
    assert [e["status"] for e in history] == ["withdrawn", "granted"]
    bad = run_cli("privacy", "consent", "set", "spam", "on")
    assert bad.code == 1 and "spam" in bad.stderr
    ok = run_cli("privacy", "verify")
    assert ok.code == 0 and "intact" in ok.stdout


def test_cli_verify_exits_1_naming_broken_entries(run_cli, workspace):
    ConsentLedger(workspace).set_account("usage_analytics", True, "first_run")
    ConsentLedger(workspace).set_account("usage_analytics", False, "privacy_tab")
    _tamper(
        workspace,
        "UPDATE consent_events SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE seq = 1",
    )
    workspace.close()
    result = run_cli("privacy", "verify")
    assert result.code == 1
    assert "#1" in result.stderr and "Tampering" in result.stderr


def _drop_delete_guards(workspace) -> None:
    """What someone with the key and a SQLite shell could do: drop the append-only guards."""
    workspace.db.execute("DROP TRIGGER consent_events_no_delete")
    workspace.db.execute("DROP TRIGGER audit_log_no_delete")


def test_verify_catches_entries_cut_from_the_end(workspace):
    ledger = ConsentLedger(workspace)
    for state in (True, False, True, False):
        ledger.set_account("usage_analytics", state, "privacy_tab")
    assert verify_chains(workspace).intact
    _drop_delete_guards(workspace)
    workspace.db.execute("DELETE FROM consent_events WHERE seq > 2")
    workspace.db.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")

    report = verify_chains(workspace)

    assert not report.intact
    assert report.consent_broken == [3, 4]
    assert report.audit_broken == [4]


def test_verify_catches_a_tail_cut_then_hidden_by_new_entries(workspace):
    ledger = ConsentLedger(workspace)
    for state in (True, False, True):
        ledger.set_account("usage_analytics", state, "privacy_tab")
    _drop_delete_guards(workspace)
    workspace.db.execute("DELETE FROM consent_events WHERE seq = 3")
    workspace.db.execute("DELETE FROM audit_log WHERE seq = 3")
    ledger.set_account("marketing_email", True, "privacy_tab")  # links to #2: a valid chain

    report = verify_chains(workspace)

    assert (report.consent_broken, report.audit_broken) == ([3], [3])


def test_verify_catches_every_entry_deleted(workspace):
    ConsentLedger(workspace).set_account("usage_analytics", True, "privacy_tab")
    _drop_delete_guards(workspace)
    workspace.db.execute("DELETE FROM consent_events")
    workspace.db.execute("DELETE FROM audit_log")
    report = verify_chains(workspace)
    assert (report.consent_entries, report.audit_entries) == (0, 0)
    assert (report.consent_broken, report.audit_broken) == ([1], [1])


def test_cli_verify_exits_1_after_a_tail_cut(run_cli, workspace):
    ledger = ConsentLedger(workspace)
    for state in (True, False, True, False, True):
        ledger.set_account("usage_analytics", state, "privacy_tab")
    _drop_delete_guards(workspace)
    workspace.db.execute("DELETE FROM audit_log WHERE seq > 2")
    workspace.close()

    result = run_cli("privacy", "verify")

    assert result.code == 1 and "intact" not in result.stdout
    assert "Tampering" in result.stderr and "#3-#5" in result.stderr


def test_cli_account_consent_source_must_be_a_known_word(run_cli, workspace):
    workspace.close()
    refused = run_cli(
        "privacy", "consent", "set", "usage_analytics", "on", "--source", "Ahmed's laptop"
    )
    assert refused.code == 1
    assert "Ahmed's laptop" in refused.stderr and "privacy_tab" in refused.stderr
    history = json.loads(run_cli("privacy", "consent", "history", "--json").stdout)
    assert history == []
    done = run_cli("privacy", "consent", "set", "usage_analytics", "on", "--source", "first_run")
    assert done.code == 0, done.stderr
    assert json.loads(run_cli("privacy", "consent", "history", "--json").stdout)[0]["source"] == (
        "first_run"
    )
    arabic = run_cli(
        "--lang", "ar", "privacy", "consent", "set", "usage_analytics", "off", "--source", "x"
    )
    assert arabic.code == 1 and "privacy_tab" in arabic.stderr
    assert "is not a consent source" not in arabic.stderr
