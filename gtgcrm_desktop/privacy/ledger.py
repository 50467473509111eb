"""Consent decisions of the account and of each contact, on the hash-chained ledger."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.errors import NotFoundError
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.auditing import audit
from gtgcrm_desktop.privacy.policy import current_policy
from gtgcrm_desktop.store.consent import ConsentEvent, ConsentStore
from gtgcrm_desktop.store.contacts import ENTITY_LABEL
from gtgcrm_desktop.store.workspace import Workspace


@dataclass(frozen=True, slots=True)
class AccountConsent:
    """The current state of one account purpose; `event` is None when never decided."""

    purpose: str
    event: ConsentEvent | None

    @property
    def granted(self) -> bool:
        return self.event is not None and self.event.status == v.GRANTED

    @property
    def status(self) -> str:
        return v.UNKNOWN if self.event is None else self.event.status

    def to_json(self) -> dict[str, Any]:
        event = self.event
        return {
            "purpose": self.purpose,
            "granted": self.granted,
            "status": self.status,
            "changed_at": event.recorded_at if event else None,
            "policy_version": event.policy_version if event else None,
            "source": event.source if event else None,
        }


class ConsentLedger:
    """Records and reads consent; every change is a new event, never an edit."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self.store = ConsentStore(workspace.db, workspace.changes)

    # -- the account ---------------------------------------------------------------------------

    def integration_purposes(self) -> list[str]:
        """One purpose per connected account or integration: the sync server, and any
        integration that already has a decision on the ledger."""
        found: list[str] = []
        server = self._ws.settings.get(settings.SYNC_SERVER_URL)
        if server:
            found.append(f"sync:{server}")
        rows = self._ws.db.all(
            "SELECT DISTINCT purpose FROM consent_events WHERE subject_type = ? AND"
            " (purpose LIKE 'sync:%' OR purpose LIKE 'integration:%') ORDER BY purpose",
            (v.ACCOUNT,),
        )
        found.extend(r[0] for r in rows)
        return list(dict.fromkeys(found))

    def account_consents(self) -> list[AccountConsent]:
        """Every account purpose with its current state, fixed purposes first."""
        latest = self.store.latest(v.ACCOUNT, v.ACCOUNT_ID)
        purposes = [*v.ACCOUNT_PURPOSES, *self.integration_purposes()]
        return [AccountConsent(p, latest.get((p, ""))) for p in purposes]

    def account_granted(self, purpose: str) -> bool:
        event = self.store.latest_for(v.ACCOUNT, v.ACCOUNT_ID, purpose, ("",))
        return event is not None and event.status == v.GRANTED

    def set_account(self, purpose: str, granted: bool, source: str) -> ConsentEvent:
        """Grant or withdraw one account purpose: one event, whatever the previous state."""
        v.require_account_purpose(purpose)
        status = v.GRANTED if granted else v.WITHDRAWN
        with self._ws.db.transaction():
            event = self._append(
                v.ACCOUNT, v.ACCOUNT_ID, purpose, "", status, "consent", source, ""
            )
            audit(
                self._ws,
                "consent.account",
                subject_type=v.ACCOUNT,
                subject_id=v.ACCOUNT_ID,
                details={"purpose": purpose, "status": status, "source": source, "event": event.id},
            )
        return event

    def account_history(self, limit: int = 1000) -> list[ConsentEvent]:
        return self.store.history(v.ACCOUNT, v.ACCOUNT_ID, limit=limit)

    # -- contacts ------------------------------------------------------------------------------

    def set_contact(
        self,
        contact_id: str,
        *,
        purpose: str,
        channel: str,
        status: str,
        lawful_basis: str,
        source: str,
        evidence: str = "",
    ) -> ConsentEvent:
        """Record one decision of a contact on a purpose and channel."""
        v.require(purpose, v.CONTACT_PURPOSES, v.WHAT_PURPOSE)
        v.require(channel, (*v.CHANNELS, v.ALL_CHANNELS), v.WHAT_CHANNEL)
        v.require(status, v.STATUSES, v.WHAT_STATUS)
        v.require(lawful_basis, v.LAWFUL_BASES, v.WHAT_BASIS)
        self._require_contact(contact_id)
        with self._ws.db.transaction():
            event = self._append(
                v.CONTACT, contact_id, purpose, channel, status, lawful_basis, source, evidence
            )
            audit(
                self._ws,
                "consent.contact",
                subject_type=v.CONTACT,
                subject_id=contact_id,
                details={
                    "purpose": purpose,
                    "channel": channel,
                    "status": status,
                    "lawful_basis": lawful_basis,
                    "event": event.id,
                },
            )
        return event

    def object_to_marketing(
        self, contact_id: str, *, source: str, evidence: str = "", lawful_basis: str = ""
    ) -> ConsentEvent:
        """An objection to direct marketing: withdrawn on every channel, effective at once."""
        return self.set_contact(
            contact_id,
            purpose=v.MARKETING,
            channel=v.ALL_CHANNELS,
            status=v.WITHDRAWN,
            lawful_basis=lawful_basis or "legitimate_interest",
            source=source,
            evidence=evidence,
        )

    def contact_consents(self, contact_id: str) -> dict[tuple[str, str], ConsentEvent]:
        """The newest event of each (purpose, channel) of a contact."""
        return self.store.latest(v.CONTACT, contact_id)

    def contact_history(self, contact_id: str, limit: int = 1000) -> list[ConsentEvent]:
        return self.store.history(v.CONTACT, contact_id, limit=limit)

    # -- internals -----------------------------------------------------------------------------

    def _require_contact(self, contact_id: str) -> None:
        if not self._ws.contacts.exists(contact_id):
            raise NotFoundError(entity=ENTITY_LABEL, id=contact_id)

    def _append(
        self,
        subject_type: str,
        subject_id: str,
        purpose: str,
        channel: str,
        status: str,
        lawful_basis: str,
        source: str,
        evidence: str,
    ) -> ConsentEvent:
        return self.store.append(
            subject_type=subject_type,
            subject_id=subject_id,
            purpose=purpose,
            channel=channel,
            status=status,
            lawful_basis=lawful_basis,
            source=source,
            evidence=evidence,
            policy_version=current_policy().version,
        )
