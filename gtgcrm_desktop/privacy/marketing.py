"""Who may receive direct marketing on which channel, and why not (objections win at once)."""

from __future__ import annotations

from typing import NamedTuple

from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.store.consent import ConsentStore
from gtgcrm_desktop.store.workspace import Workspace

# Reasons are English source text, translation keys in the "privacy" context.
ALLOWED_CONSENT = QT_TRANSLATE_NOOP("privacy", "Allowed: the contact consented to this channel.")
ALLOWED_OTHER_BASIS = QT_TRANSLATE_NOOP(
    "privacy", "Allowed: marketing on this channel has a recorded lawful basis."
)
BLOCKED_OBJECTION = QT_TRANSLATE_NOOP(
    "privacy", "Excluded: the contact objected to direct marketing."
)
BLOCKED_WITHDRAWN = QT_TRANSLATE_NOOP(
    "privacy", "Excluded: the contact withdrew consent for this channel."
)
BLOCKED_UNKNOWN = QT_TRANSLATE_NOOP(
    "privacy", "Excluded: no marketing consent is recorded for this channel."
)
BLOCKED_NO_ADDRESS = QT_TRANSLATE_NOOP(
    "privacy", "Excluded: the contact has no address for this channel."
)
BLOCKED_SUPPRESSED = QT_TRANSLATE_NOOP(
    "privacy", "Excluded: this person asked to be erased (suppression list)."
)
BLOCKED_NO_CONTACT = QT_TRANSLATE_NOOP("privacy", "Excluded: no such contact.")

ALL_REASONS: tuple[str, ...] = (
    ALLOWED_CONSENT,
    ALLOWED_OTHER_BASIS,
    BLOCKED_OBJECTION,
    BLOCKED_WITHDRAWN,
    BLOCKED_UNKNOWN,
    BLOCKED_NO_ADDRESS,
    BLOCKED_SUPPRESSED,
    BLOCKED_NO_CONTACT,
)

_ADDRESS_SQL = {
    v.EMAIL: "SELECT 1 FROM contact_emails x WHERE x.contact_rowid = c.rowid",
    v.SMS: "SELECT 1 FROM contact_phones x WHERE x.contact_rowid = c.rowid",
    v.PHONE: "SELECT 1 FROM contact_phones x WHERE x.contact_rowid = c.rowid",
}


class MarketingDecision(NamedTuple):
    """(allowed, reason); `reason` is one of ALL_REASONS, translatable in context "privacy"."""

    allowed: bool
    reason: str


def is_marketing_allowed(workspace: Workspace, contact_id: str, channel: str) -> MarketingDecision:
    """Whether `contact_id` may get direct marketing by `channel` ("email", "sms", "phone").

    The newest decision on the channel or on all channels counts, so an objection takes effect
    at once and only a later explicit grant lifts it. No decision means no marketing: consent is
    never implied.
    """
    v.require(channel, v.CHANNELS, v.WHAT_CHANNEL)
    if not workspace.contacts.exists(contact_id):
        return MarketingDecision(False, BLOCKED_NO_CONTACT)
    store = ConsentStore(workspace.db, workspace.changes)
    event = store.latest_for(v.CONTACT, contact_id, v.MARKETING, (channel, v.ALL_CHANNELS))
    if event is not None and event.channel == v.ALL_CHANNELS and event.status == v.WITHDRAWN:
        return MarketingDecision(False, BLOCKED_OBJECTION)
    if event is None or event.status == v.UNKNOWN:
        return MarketingDecision(False, BLOCKED_UNKNOWN)
    if event.status == v.WITHDRAWN:
        return MarketingDecision(False, BLOCKED_WITHDRAWN)
    contact = workspace.contacts.get(contact_id)
    has_address = bool(contact.emails) if channel == v.EMAIL else bool(contact.phones)
    if not has_address:
        return MarketingDecision(False, BLOCKED_NO_ADDRESS)
    if workspace.suppression.matches(contact):
        return MarketingDecision(False, BLOCKED_SUPPRESSED)
    basis_reason = ALLOWED_CONSENT if event.lawful_basis == "consent" else ALLOWED_OTHER_BASIS
    return MarketingDecision(True, basis_reason)


def marketing_audience(workspace: Workspace, channel: str) -> list[str]:
    """Ids of every contact `is_marketing_allowed` would allow on `channel`, sorted.

    This is the one list marketing sends and marketing-template merges may use.
    """
    v.require(channel, v.CHANNELS, v.WHAT_CHANNEL)
    store = ConsentStore(workspace.db, workspace.changes)
    candidates = store.subjects_granted(v.CONTACT, v.MARKETING, (channel, v.ALL_CHANNELS))
    allowed: list[str] = []
    for start in range(0, len(candidates), 500):
        chunk = candidates[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = workspace.db.all(
            f"SELECT c.id FROM contacts c WHERE c.id IN ({marks})"
            f" AND EXISTS ({_ADDRESS_SQL[channel]})",
            chunk,
        )
        present = [r[0] for r in rows]
        for contact in workspace.contacts.get_many(present):
            if not workspace.suppression.matches(contact):
                allowed.append(contact.id)
    return sorted(allowed)
