"""Data requests have a record with kind, subject, status, times and outcome."""

from __future__ import annotations

import json

import pytest

from gtgcrm_desktop.core.errors import NotFoundError
from gtgcrm_desktop.privacy.correction import correct_contact
from gtgcrm_desktop.privacy.erasure import erase_contact
from gtgcrm_desktop.privacy.errors import (
    NoChangeError,
    RequestClosedError,
    RequestMismatchError,
)
from gtgcrm_desktop.privacy.requests import DataRequests
from tests.privacy.conftest import rich_contact


def test_open_progress_complete_with_times(workspace):
    requests = DataRequests(workspace)
    request = requests.open("access", "account", "account")
    assert request.status == "open" and request.due_at > request.created_at
    request = requests.set_status(request.id, "in_progress")
    assert request.completed_at is None
    request = requests.set_status(request.id, "rejected", "identity not confirmed")
    assert request.completed_at and request.outcome == "identity not confirmed"
    with pytest.raises(RequestClosedError):
        requests.set_status(request.id, "completed")
    with pytest.raises(NotFoundError):
        requests.get("nope")
    actions = [e.action for e in workspace.audit.entries()]
    assert actions.count("request.updated") == 2 and "request.opened" in actions


def test_fulfilling_an_open_request_checks_kind_and_subject(workspace):
    contact = workspace.contacts.add(rich_contact())
    requests = DataRequests(workspace)
    access = requests.open("access", "contact", contact.id)
    with pytest.raises(RequestMismatchError):
        erase_contact(workspace, contact.id, request_id=access.id)
    assert workspace.contacts.exists(contact.id)  # refused before anything changed
    erasure = requests.open("erasure", "contact", contact.id)
    report = erase_contact(workspace, contact.id, request_id=erasure.id)
    assert report.request_id == erasure.id
    assert requests.get(erasure.id).status == "completed"


def test_correction_is_validated_and_audited_masked(workspace):
    contact = workspace.contacts.add(rich_contact())
    report = correct_contact(
        workspace,
        contact.id,
        {"given_name": "Corrected", "emails": [{"value": "new@example.com", "label": ""}]},
    )
    assert report.fields == ["given_name", "emails"]
    assert workspace.contacts.get(contact.id).given_name == "Corrected"
    (entry,) = workspace.audit.entries(action="contact.corrected")
    assert entry.details["fields"] == ["given_name", "emails"]
    assert entry.details["after"]["emails"] == ["n***@e***.com"]
    assert "new@example.com" not in json.dumps(entry.details)
    with pytest.raises(NoChangeError):
        correct_contact(workspace, contact.id, {"given_name": "Corrected"})


def test_cli_requests_and_correct(run_cli, workspace):
    contact_id = workspace.contacts.add(rich_contact()).id
    workspace.close()
    opened = run_cli("privacy", "requests", "open", "--kind", "correction", "--contact", contact_id)
    assert opened.code == 0, opened.stderr
    request_id = opened.stdout.strip()
    fixed = run_cli(
        "privacy",
        "correct",
        "--contact",
        contact_id,
        "--title",
        "Engineer",
        "--request",
        request_id,
    )
    assert fixed.code == 0, fixed.stderr
    listed = json.loads(run_cli("privacy", "requests", "list", "--json").stdout)
    assert listed[0]["id"] == request_id and listed[0]["status"] == "completed"
    bad = run_cli("privacy", "correct", "--contact", contact_id, "--email", "not an email")
    assert bad.code == 1 and "emails" in bad.stderr
