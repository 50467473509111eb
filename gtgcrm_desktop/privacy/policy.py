"""The privacy policy shipped with the app: text, version, changes, and acknowledgements."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from gtgcrm_desktop.core.resources import resource_path
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.privacy.auditing import audit
from gtgcrm_desktop.store.workspace import Workspace

METADATA_FILE = "policy.json"


@dataclass(frozen=True, slots=True)
class PolicyChange:
    """What changed in one version, in each language."""

    version: str
    summary: dict[str, str]


@dataclass(frozen=True, slots=True)
class PolicyInfo:
    """The policy version this build ships."""

    version: str
    effective_date: str
    effective_date_text: dict[str, str]
    files: dict[str, str]
    sha256: dict[str, str]
    changes: tuple[PolicyChange, ...]

    def text(self, language: str) -> str:
        """The policy text in `language` (Arabic, the original, when there is no translation)."""
        name = self.files.get(language) or self.files["ar"]
        return resource_path("policy", name).read_text(encoding="utf-8")

    def changes_since(self, version: str | None) -> list[PolicyChange]:
        """The changes after `version` (all of them when None), oldest first."""
        if version is None:
            return list(self.changes)
        versions = [c.version for c in self.changes]
        if version not in versions:
            return list(self.changes)
        return list(self.changes[versions.index(version) + 1 :])


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """The user saw and acknowledged one version of the policy."""

    seq: int
    version: str
    effective_date: str
    acknowledged_at: str
    source: str

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "effective_date": self.effective_date,
            "acknowledged_at": self.acknowledged_at,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class PolicyNotice:
    """What to show at start: the new version and what changed since the one acknowledged."""

    current: PolicyInfo
    previous_version: str | None
    changes: list[PolicyChange]


@cache
def current_policy() -> PolicyInfo:
    """The policy shipped under `resources/policy/`."""
    data = json.loads(resource_path("policy", METADATA_FILE).read_text(encoding="utf-8"))
    return PolicyInfo(
        version=str(data["version"]),
        effective_date=str(data["effective_date"]),
        effective_date_text=dict(data.get("effective_date_text", {})),
        files=dict(data["files"]),
        sha256=dict(data.get("sha256", {})),
        changes=tuple(
            PolicyChange(str(c["version"]), dict(c["summary"])) for c in data.get("changes", [])
        ),
    )


def acknowledgements(workspace: Workspace) -> list[Acknowledgement]:
    """Every acknowledgement, newest first."""
    rows = workspace.db.all(
        "SELECT seq, version, effective_date, acknowledged_at, source FROM"
        " policy_acknowledgements ORDER BY seq DESC"
    )
    return [Acknowledgement(*r) for r in rows]


def acknowledge(workspace: Workspace, source: str) -> Acknowledgement:
    """Record that the user acknowledged the current policy version."""
    policy = current_policy()
    with workspace.db.transaction():
        at = now_iso()
        cursor = workspace.db.execute(
            "INSERT INTO policy_acknowledgements (version, effective_date, acknowledged_at, source)"
            " VALUES (?, ?, ?, ?)",
            (policy.version, policy.effective_date, at, source),
        )
        audit(
            workspace,
            "policy.acknowledged",
            subject_type="account",
            details={"version": policy.version, "source": source},
        )
    return Acknowledgement(int(cursor.lastrowid), policy.version, policy.effective_date, at, source)


def pending_notice(workspace: Workspace) -> PolicyNotice | None:
    """The notice to show at start, or None when the current version is acknowledged."""
    policy = current_policy()
    latest = workspace.db.scalar(
        "SELECT version FROM policy_acknowledgements ORDER BY seq DESC LIMIT 1"
    )
    if latest == policy.version:
        return None
    previous = None if latest is None else str(latest)
    return PolicyNotice(policy, previous, policy.changes_since(previous))
