"""Objection to direct marketing: recorded on the ledger and as a completed data request."""

from __future__ import annotations

from dataclasses import dataclass

from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.ledger import ConsentLedger
from gtgcrm_desktop.privacy.requests import DataRequests
from gtgcrm_desktop.store.consent import ConsentEvent
from gtgcrm_desktop.store.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ObjectionReport:
    event: ConsentEvent
    request_id: str


def record_objection(
    workspace: Workspace,
    contact_id: str,
    *,
    source: str,
    evidence: str = "",
    request_id: str | None = None,
) -> ObjectionReport:
    """The contact objects to direct marketing: excluded from every marketing list at once."""
    requests = DataRequests(workspace)
    if request_id is not None:
        requests.check_open(request_id, v.OBJECTION, v.CONTACT, contact_id)
    with workspace.db.transaction():
        event = ConsentLedger(workspace).object_to_marketing(
            contact_id, source=source, evidence=evidence
        )
        done = requests.fulfil(v.OBJECTION, v.CONTACT, contact_id, "objection recorded", request_id)
    return ObjectionReport(event, done.id)
