"""Marketing eligibility: never implied, withdrawn at once by an objection, with a reason."""

from __future__ import annotations

import json

from gtgcrm_desktop.core.models import Contact, EmailAddress
from gtgcrm_desktop.privacy import marketing as m
from gtgcrm_desktop.privacy.ledger import ConsentLedger
from gtgcrm_desktop.privacy.objection import record_objection


def _grant(workspace, contact_id: str, channel: str = "email", status: str = "granted") -> None:
    ConsentLedger(workspace).set_contact(
        contact_id,
        purpose="marketing",
        channel=channel,
        status=status,
        lawful_basis="consent",
        source="web form",
    )


def _add(workspace, name: str, email: str | None = "a@example.com") -> str:
    emails = [EmailAddress(email)] if email else []
    return workspace.contacts.add(Contact(given_name=name, emails=emails)).id


def test_no_decision_means_no_marketing(workspace):
    contact_id = _add(workspace, "Unknown")
    assert m.is_marketing_allowed(workspace, contact_id, "email") == (False, m.BLOCKED_UNKNOWN)
    assert m.marketing_audience(workspace, "email") == []


def test_grant_allows_and_objection_excludes_everywhere_at_once(workspace):
    keen = _add(workspace, "Keen", "keen@example.com")
    objector = _add(workspace, "Objector", "obj@example.com")
    for contact_id in (keen, objector):
        _grant(workspace, contact_id, "email")
        _grant(workspace, contact_id, "sms")
    assert m.is_marketing_allowed(workspace, objector, "email") == (True, m.ALLOWED_CONSENT)
    assert m.marketing_audience(workspace, "email") == sorted([keen, objector])

    report = record_objection(workspace, objector, source="reply e-mail")

    for channel in ("email", "sms", "phone"):
        allowed, reason = m.is_marketing_allowed(workspace, objector, channel)
        assert not allowed and reason == m.BLOCKED_OBJECTION
    assert m.marketing_audience(workspace, "email") == [keen]
    request = workspace.db.one(
        "SELECT kind, status FROM data_requests WHERE id = ?", (report.request_id,)
    )
    assert request == ("objection", "completed")


def test_a_later_explicit_grant_lifts_an_objection_for_that_channel(workspace):
    contact_id = _add(workspace, "Changed mind")
    record_objection(workspace, contact_id, source="call")
    _grant(workspace, contact_id, "email")
    assert m.is_marketing_allowed(workspace, contact_id, "email").allowed
    assert m.is_marketing_allowed(workspace, contact_id, "sms").reason == m.BLOCKED_OBJECTION


def test_withdrawn_and_missing_address_are_explained(workspace):
    withdrawn = _add(workspace, "Withdrawn")
    _grant(workspace, withdrawn, "email", status="withdrawn")
    assert m.is_marketing_allowed(workspace, withdrawn, "email") == (False, m.BLOCKED_WITHDRAWN)
    no_phone = _add(workspace, "No phone")
    _grant(workspace, no_phone, "sms")
    assert m.is_marketing_allowed(workspace, no_phone, "sms") == (False, m.BLOCKED_NO_ADDRESS)
    assert m.marketing_audience(workspace, "sms") == []
    assert m.is_marketing_allowed(workspace, "gone", "email") == (False, m.BLOCKED_NO_CONTACT)


def test_cli_object_and_audience(run_cli, workspace):
    contact_id = _add(workspace, "Cli")
    _grant(workspace, contact_id, "email")
    workspace.close()
    assert json.loads(run_cli("privacy", "audience", "--channel", "email", "--json").stdout) == [
        contact_id
    ]
    assert run_cli("privacy", "object", "--contact", contact_id).code == 0
    assert json.loads(run_cli("privacy", "audience", "--channel", "email", "--json").stdout) == []
    shown = json.loads(run_cli("privacy", "contact-consent", "show", contact_id, "--json").stdout)
    assert shown["marketing"]["email"] == {"allowed": False, "reason": m.BLOCKED_OBJECTION}
