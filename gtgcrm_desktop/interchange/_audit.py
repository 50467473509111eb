"""Audit entries of imports, exports and merges: ids, masked file names and counts only."""

from __future__ import annotations

from typing import Any

from gtgcrm_desktop.store.audit import mask_file_name
from gtgcrm_desktop.store.workspace import Workspace

#: Detail keys holding a file name the user chose (it may name a person): stored masked.
FILE_NAME_KEYS = ("file_name",)


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_sorted(v) for v in value]
    return value


def _masked(details: dict[str, Any]) -> dict[str, Any]:
    return {
        k: mask_file_name(str(v)) if k in FILE_NAME_KEYS and v else v for k, v in details.items()
    }


def audit(
    workspace: Workspace, action: str, subject_type: str, subject_id: str, details: dict[str, Any]
) -> None:
    """Append to the audit log, file names masked ("A***.vcf"). Keys are sorted first: the log
    stores details with sorted keys but hashes them as given, so unsorted details would fail
    `privacy verify`."""
    workspace.audit.append(
        action, subject_type=subject_type, subject_id=subject_id, details=_sorted(_masked(details))
    )
