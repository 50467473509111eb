"""Usage analytics are recorded only with consent; with it off, nothing at all is written."""

from __future__ import annotations

import json

import pytest

from gtgcrm_desktop.privacy.analytics import UsageRecorder
from gtgcrm_desktop.privacy.errors import InvalidEventNameError
from gtgcrm_desktop.privacy.ledger import ConsentLedger


def _table_state(workspace) -> tuple[int, int]:
    return (
        workspace.db.scalar("SELECT count(*) FROM usage_events"),
        workspace.db.scalar("SELECT count(*) FROM sqlite_sequence") or 0,
    )


def test_nothing_is_recorded_without_consent(workspace):
    recorder = UsageRecorder(workspace)
    changes_before = len(workspace.changes.entries())
    assert not recorder.enabled
    assert recorder.screen_opened("contacts") is False
    assert recorder.action("import.start") is False
    assert recorder.session_ended(42.0) is False
    assert workspace.db.scalar("SELECT count(*) FROM usage_events") == 0
    assert workspace.db.scalar("SELECT max(id) FROM usage_events") is None
    assert len(workspace.changes.entries()) == changes_before


def test_recorded_while_on_stops_when_withdrawn_and_can_be_deleted(workspace):
    ledger, recorder = ConsentLedger(workspace), UsageRecorder(workspace)
    ledger.set_account("usage_analytics", True, "first_run")
    assert recorder.screen_opened("privacy")
    assert recorder.action("contacts.add")
    assert recorder.session_ended(12.34)
    assert [(e.kind, e.name, e.value) for e in recorder.events()] == [
        ("session", "session", 12.3),
        ("action", "contacts.add", None),
        ("screen", "privacy", None),
    ]
    ledger.set_account("usage_analytics", False, "privacy_tab")
    assert recorder.screen_opened("sync") is False
    assert recorder.count() == 3
    first = recorder.events()[-1].id
    assert recorder.delete([first]) == 1
    assert recorder.delete() == 2
    assert recorder.count() == 0
    assert workspace.audit.entries(action="usage.deleted")


def test_event_names_must_be_identifiers(workspace):
    ConsentLedger(workspace).set_account("usage_analytics", True, "first_run")
    for bad in ("Ahmed Ali", "someone@example.com", "", "x" * 80):
        with pytest.raises(InvalidEventNameError):
            UsageRecorder(workspace).action(bad)


def test_cli_usage_list_and_delete(run_cli, workspace):
    ConsentLedger(workspace).set_account("usage_analytics", True, "first_run")
    UsageRecorder(workspace).screen_opened("contacts")
    workspace.close()
    listed = json.loads(run_cli("privacy", "usage", "list", "--json").stdout)
    assert [e["name"] for e in listed] == ["contacts"]
    assert run_cli("privacy", "usage", "delete", "--all").code == 0
    assert json.loads(run_cli("privacy", "usage", "list", "--json").stdout) == []
