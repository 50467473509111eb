"""Audit entries of imports, exports and merges: ids, file names and counts, no personal data."""

from __future__ import annotations

from typing import Any

from gtgcrm_desktop.store.workspace import Workspace


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_sorted(v) for v in value]
    return value


def audit(
    workspace: Workspace, action: str, subject_type: str, subject_id: str, details: dict[str, Any]
) -> None:
    """Append to the audit log. Keys are sorted first: the log stores details with sorted
    keys but hashes them as given, so unsorted details would fail `privacy verify`."""
    workspace.audit.append(
        action, subject_type=subject_type, subject_id=subject_id, details=_sorted(details)
    )
