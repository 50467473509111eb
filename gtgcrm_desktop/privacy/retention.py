"""Retention: contacts without activity for N months are listed, then deleted or anonymised."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.privacy.auditing import audit
from gtgcrm_desktop.privacy.erasure import anonymise_contacts, erase_contacts
from gtgcrm_desktop.privacy.errors import BadRetentionMonthsError
from gtgcrm_desktop.privacy.vocabulary import require
from gtgcrm_desktop.store.workspace import Workspace

REVIEW, DELETE, ANONYMISE = "review", "delete", "anonymise"
ACTIONS: tuple[str, ...] = (REVIEW, DELETE, ANONYMISE)
MAX_MONTHS = 1200


@dataclass(frozen=True, slots=True)
class RetentionCandidate:
    """A contact due for review: its id, name (for the person reviewing) and last activity."""

    contact_id: str
    display_name: str
    last_activity: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.contact_id,
            "display_name": self.display_name,
            "last_activity": self.last_activity,
        }


@dataclass(slots=True)
class RetentionRun:
    """The outcome of one run: who was due, and what was done (None: listed for review)."""

    months: int
    cutoff: str
    candidates: list[RetentionCandidate] = field(default_factory=list)
    action: str | None = None


def months_before(moment: datetime, months: int) -> datetime:
    """The same day `months` calendar months earlier (clamped to the month's last day)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    days = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return moment.replace(year=year, month=month, day=min(moment.day, days))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def record_activity(workspace: Workspace, contact_id: str, at: str | None = None) -> None:
    """Note activity that is not an edit (a message sent, a sync touch) for retention."""
    workspace.db.execute(
        "INSERT INTO contact_activity (contact_id, last_activity_at) VALUES (?, ?)"
        " ON CONFLICT (contact_id) DO UPDATE SET last_activity_at ="
        " max(last_activity_at, excluded.last_activity_at)",
        (contact_id, at or now_iso()),
    )


def set_policy(workspace: Workspace, months: int, action: str) -> None:
    """Save the retention period and what happens when it is over."""
    if not 1 <= months <= MAX_MONTHS:
        raise BadRetentionMonthsError(value=months)
    require(action, ACTIONS, "action")
    with workspace.db.transaction():
        workspace.settings.set(settings.RETENTION_MONTHS, months)
        workspace.settings.set(settings.RETENTION_ACTION, action)
        audit(
            workspace,
            "retention.policy",
            subject_type="account",
            details={"months": months, "action": action},
        )


def candidates(
    workspace: Workspace, months: int | None = None, now: datetime | None = None
) -> tuple[str, list[RetentionCandidate]]:
    """(cutoff, contacts whose last activity is before it), oldest activity first.

    Activity is the newest of: the last edit, a consent decision, recorded activity.
    Anonymised records are not listed again.
    """
    months = workspace.settings.get(settings.RETENTION_MONTHS) if months is None else months
    if not 1 <= months <= MAX_MONTHS:
        raise BadRetentionMonthsError(value=months)
    cutoff = _iso(months_before(now or datetime.now(UTC), months))
    rows = workspace.db.all(
        "SELECT id, name, last FROM (SELECT c.id AS id, coalesce(nullif(c.display_name, ''),"
        " trim(c.given_name || ' ' || c.family_name), c.organization) AS name,"
        " max(c.updated_at, coalesce(a.last_activity_at, ''), coalesce((SELECT max(recorded_at)"
        " FROM consent_events e WHERE e.subject_type = 'contact' AND e.subject_id = c.id), ''))"
        " AS last, a.anonymised_at AS anonymised FROM contacts c"
        " LEFT JOIN contact_activity a ON a.contact_id = c.id)"
        " WHERE last < ? AND anonymised IS NULL ORDER BY last, id",
        (cutoff,),
    )
    return cutoff, [RetentionCandidate(r[0], r[1], r[2]) for r in rows]


def run(
    workspace: Workspace,
    *,
    confirm: bool = False,
    action: str | None = None,
    now: datetime | None = None,
) -> RetentionRun:
    """List the contacts due; with `confirm`, apply `action` (default: the setting) to every
    contact due at this moment. For a list someone reviewed first, use `apply`."""
    months = workspace.settings.get(settings.RETENTION_MONTHS)
    chosen = action or workspace.settings.get(settings.RETENTION_ACTION)
    cutoff, due = candidates(workspace, months, now)
    result = RetentionRun(months, cutoff, due)
    if not due or chosen == REVIEW or not confirm:
        return result
    return _act(workspace, result, chosen)


def apply(
    workspace: Workspace,
    reviewed: Sequence[str],
    action: str,
    *,
    now: datetime | None = None,
) -> RetentionRun:
    """Delete or anonymise the contacts the user reviewed and confirmed, and only those: each
    must still be due (no activity since the cutoff) at this moment, or it is left alone."""
    require(action, (DELETE, ANONYMISE), "action")
    months = workspace.settings.get(settings.RETENTION_MONTHS)
    cutoff, due = candidates(workspace, months, now)
    wanted = set(reviewed)
    result = RetentionRun(months, cutoff, [c for c in due if c.contact_id in wanted])
    if not result.candidates:
        return result
    return _act(workspace, result, action)


def _act(workspace: Workspace, result: RetentionRun, action: str) -> RetentionRun:
    """Delete or anonymise `result.candidates`, audit the run, and say what was done."""
    ids = [c.contact_id for c in result.candidates]
    if action == DELETE:
        erase_contacts(workspace, ids)
    else:
        anonymise_contacts(workspace, ids)
    audit(
        workspace,
        "retention.run",
        subject_type="account",
        details={
            "action": action,
            "count": len(ids),
            "months": result.months,
            "cutoff": result.cutoff,
        },
    )
    result.action = action
    return result


def run_at_start(workspace: Workspace, now: datetime | None = None) -> RetentionRun | None:
    """The retention run the app starts in the background when the workspace opens.

    With the setting at "review" it does nothing and returns None (the user reviews in the
    privacy panel); with "delete" or "anonymise" it applies that to every contact due, with the
    same audit entries as a confirmed run, and returns what it did."""
    if workspace.settings.get(settings.RETENTION_ACTION) == REVIEW:
        return None
    return run(workspace, confirm=True, now=now)
