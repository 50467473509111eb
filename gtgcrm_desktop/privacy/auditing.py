"""Writes privacy actions to the audit log with canonical (key-sorted) details.

`AuditLog.append` stores details with sorted keys but hashes them in the order given, so
details must already be sorted or `verify()` reports the entry as tampered.
"""

from __future__ import annotations

from typing import Any

from gtgcrm_desktop.store.audit import AuditEntry
from gtgcrm_desktop.store.workspace import Workspace


def canonical(value: Any) -> Any:
    """`value` with the keys of every nested dict in sorted order."""
    if isinstance(value, dict):
        return {str(k): canonical(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    return value


def audit(
    workspace: Workspace,
    action: str,
    *,
    subject_type: str = "",
    subject_id: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one audit entry (ids and masked values only) in the caller's transaction."""
    return workspace.audit.append(
        action,
        subject_type=subject_type,
        subject_id=subject_id,
        details=canonical(details or {}),
    )
