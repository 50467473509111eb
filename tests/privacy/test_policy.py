"""The shipped policy: Arabic original, English translation, version, acknowledgements."""

from __future__ import annotations

import dataclasses
import hashlib

from gtgcrm_desktop.core.resources import resource_path
from gtgcrm_desktop.privacy import policy


def test_metadata_matches_the_shipped_texts():
    info = policy.current_policy()
    assert (info.version, info.effective_date) == ("2024-12-09", "2024-12-09")
    for language, name in info.files.items():
        data = resource_path("policy", name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == info.sha256[language], name
    shared = resource_path("..", "..", "shared", "policy", "privacy-policy.ar.txt")
    if shared.exists():
        assert shared.read_bytes() == resource_path("policy", "privacy-policy.ar.txt").read_bytes()
    assert "9 ديسمبر 2024" in info.text("ar")
    english = info.text("en")
    assert "9 December 2024" in english and "support@gtgcrm.com" in english
    assert english.count("\n\n") >= info.text("ar").count("\n\n") - 1  # same sections


def test_notice_until_acknowledged_and_again_after_a_new_version(workspace, monkeypatch):
    notice = policy.pending_notice(workspace)
    assert notice is not None and notice.previous_version is None
    policy.acknowledge(workspace, "first_run")
    assert policy.pending_notice(workspace) is None
    current = policy.current_policy()
    newer = dataclasses.replace(
        current,
        version="2025-06-01",
        changes=(
            *current.changes,
            policy.PolicyChange("2025-06-01", {"en": "New section", "ar": "قسم جديد"}),
        ),
    )
    monkeypatch.setattr(policy, "current_policy", lambda: newer)
    notice = policy.pending_notice(workspace)
    assert notice is not None and notice.previous_version == "2024-12-09"
    assert [c.version for c in notice.changes] == ["2025-06-01"]
    policy.acknowledge(workspace, "privacy_tab")
    assert policy.pending_notice(workspace) is None
    assert [a.version for a in policy.acknowledgements(workspace)] == ["2025-06-01", "2024-12-09"]
    assert len(workspace.audit.entries(action="policy.acknowledged")) == 2


def test_cli_policy(run_cli):
    shown = run_cli("privacy", "policy", "show", "--lang", "ar")
    assert shown.code == 0 and "سياسة الخصوصية" in shown.stdout
    assert run_cli("privacy", "policy", "acknowledge").code == 0
