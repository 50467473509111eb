"""Correction requests: a validated edit of a contact, recorded in the audit log (masked)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.models import CONTACT_FIELDS
from gtgcrm_desktop.core.validation import validate_edit
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.auditing import audit
from gtgcrm_desktop.privacy.errors import NoChangeError
from gtgcrm_desktop.privacy.masking import mask_contact
from gtgcrm_desktop.privacy.requests import DataRequests
from gtgcrm_desktop.store.workspace import Workspace


@dataclass(frozen=True, slots=True)
class CorrectionReport:
    """The fields that changed (names only) and the request that was completed."""

    contact_id: str
    fields: list[str]
    request_id: str


def correct_contact(
    workspace: Workspace,
    contact_id: str,
    changes: dict[str, Any],
    *,
    request_id: str | None = None,
) -> CorrectionReport:
    """Apply `changes` (JSON-form field values) after validation; audit which fields changed."""
    requests = DataRequests(workspace)
    if request_id is not None:
        requests.check_open(request_id, v.CORRECTION, v.CONTACT, contact_id)
    with workspace.db.transaction():
        current = workspace.contacts.get(contact_id)
        region = workspace.settings.get(settings.DEFAULT_REGION)
        edited = validate_edit(current.with_fields(changes), current, region)
        edited.id = current.id
        before, after = current.field_values(), edited.field_values()
        changed = [name for name in CONTACT_FIELDS if before[name] != after[name]]
        if not changed:
            raise NoChangeError()
        workspace.contacts.update(edited)
        audit(
            workspace,
            "contact.corrected",
            subject_type=v.CONTACT,
            subject_id=contact_id,
            details={
                "fields": changed,
                "before": mask_contact(current),
                "after": mask_contact(edited),
            },
        )
        done = requests.fulfil(
            v.CORRECTION, v.CONTACT, contact_id, "corrected: " + ", ".join(changed), request_id
        )
    return CorrectionReport(contact_id, changed, done.id)
