"""Usage analytics (policy section 1.2), recorded only while the account's consent is on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.auditing import audit
from gtgcrm_desktop.privacy.errors import InvalidEventNameError
from gtgcrm_desktop.store.consent import ConsentStore
from gtgcrm_desktop.store.workspace import Workspace

SCREEN, ACTION, SESSION = "screen", "action", "session"
KINDS: tuple[str, ...] = (SCREEN, ACTION, SESSION)
#: Names are identifiers chosen by the code ("contacts", "import.start"), never user text.
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_.:-]{0,63}$")


@dataclass(frozen=True, slots=True)
class UsageEvent:
    """One recorded usage event: a screen opened, an action taken, or a session's length."""

    id: int
    at: str
    kind: str
    name: str
    value: float | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at,
            "kind": self.kind,
            "name": self.name,
            "value": self.value,
        }


class UsageRecorder:
    """The only writer of usage events. With usage-analytics consent off it writes nothing."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace
        self._consents = ConsentStore(workspace.db, workspace.changes)

    @property
    def enabled(self) -> bool:
        """Whether the account's usage-analytics consent is granted right now."""
        event = self._consents.latest_for(v.ACCOUNT, v.ACCOUNT_ID, v.USAGE_ANALYTICS, ("",))
        return event is not None and event.status == v.GRANTED

    def record(self, kind: str, name: str, value: float | None = None) -> bool:
        """Store one event if consent is on; returns whether it was stored."""
        v.require(kind, KINDS, "kind")
        if not _NAME_RE.match(name):
            raise InvalidEventNameError()
        if not self.enabled:
            return False
        self._ws.db.execute(
            "INSERT INTO usage_events (at, kind, name, value) VALUES (?, ?, ?, ?)",
            (now_iso(), kind, name, value),
        )
        return True

    def screen_opened(self, screen: str) -> bool:
        return self.record(SCREEN, screen)

    def action(self, name: str) -> bool:
        return self.record(ACTION, name)

    def session_ended(self, seconds: float) -> bool:
        return self.record(SESSION, "session", round(max(seconds, 0.0), 1))

    def events(self, limit: int = 1000, offset: int = 0) -> list[UsageEvent]:
        """Recorded events, newest first: exactly what is stored."""
        rows = self._ws.db.all(
            "SELECT id, at, kind, name, value FROM usage_events ORDER BY id DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [UsageEvent(*r) for r in rows]

    def count(self) -> int:
        return int(self._ws.db.scalar("SELECT count(*) FROM usage_events"))

    def delete(self, ids: list[int] | None = None) -> int:
        """Delete the events with `ids`, or every event when None; returns how many."""
        if ids == []:
            return 0
        with self._ws.db.transaction():
            if ids is None:
                cursor = self._ws.db.execute("DELETE FROM usage_events")
            else:
                cursor = self._ws.db.execute(
                    f"DELETE FROM usage_events WHERE id IN ({','.join('?' * len(ids))})", ids
                )
            deleted = int(cursor.rowcount)
            audit(self._ws, "usage.deleted", subject_type=v.ACCOUNT, details={"count": deleted})
        return deleted
