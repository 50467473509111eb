"""Data requests (access, correction, erasure, objection): a record with status and times."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import timedelta
from typing import Any

from gtgcrm_desktop.core.errors import NotFoundError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.core.times import now_iso, parse_iso
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.auditing import audit
from gtgcrm_desktop.privacy.errors import RequestClosedError, RequestMismatchError
from gtgcrm_desktop.store.workspace import Workspace

REQUEST_LABEL = QT_TRANSLATE_NOOP("fields", "data request")
#: Days to answer a request (GDPR art. 12(3) and Saudi PDPL both use about a month).
RESPONSE_DAYS = 30

_COLUMNS = (
    "id, subject_type, subject_id, kind, status, outcome, remote_id, created_at, updated_at,"
    " due_at, completed_at"
)


@dataclass(frozen=True, slots=True)
class DataRequest:
    """One request about the account or one contact."""

    id: str
    subject_type: str
    subject_id: str
    kind: str
    status: str
    outcome: str
    remote_id: str | None
    created_at: str
    updated_at: str
    due_at: str | None
    completed_at: str | None

    @property
    def closed(self) -> bool:
        return self.status in v.CLOSED_STATUSES

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _due(created_at: str) -> str:
    due = parse_iso(created_at) + timedelta(days=RESPONSE_DAYS)
    return due.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class DataRequests:
    """Opens, updates and lists data requests; each change is audited."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def open(self, kind: str, subject_type: str, subject_id: str) -> DataRequest:
        """A new open request."""
        v.require(kind, v.REQUEST_KINDS, v.WHAT_KIND)
        v.require(subject_type, (v.ACCOUNT, v.CONTACT), "subject")
        now = now_iso()
        request_id = str(uuid.uuid4())
        with self._ws.db.transaction():
            self._ws.db.execute(
                "INSERT INTO data_requests (id, subject_type, subject_id, kind, status, outcome,"
                " created_at, updated_at, due_at) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?)",
                (request_id, subject_type, subject_id, kind, v.OPEN, now, now, _due(now)),
            )
            audit(
                self._ws,
                "request.opened",
                subject_type=subject_type,
                subject_id=subject_id,
                details={"request": request_id, "kind": kind},
            )
        return self.get(request_id)

    def set_status(self, request_id: str, status: str, outcome: str = "") -> DataRequest:
        """Move a request on; closing it (completed, rejected) stamps `completed_at`."""
        v.require(status, v.REQUEST_STATUSES, v.WHAT_STATUS)
        with self._ws.db.transaction():
            current = self.get(request_id)
            if current.closed:
                raise RequestClosedError(id=request_id, status=current.status)
            now = now_iso()
            completed = now if status in v.CLOSED_STATUSES else None
            self._ws.db.execute(
                "UPDATE data_requests SET status = ?, outcome = ?, updated_at = ?,"
                " completed_at = ? WHERE id = ?",
                (status, outcome or current.outcome, now, completed, request_id),
            )
            audit(
                self._ws,
                "request.updated",
                subject_type=current.subject_type,
                subject_id=current.subject_id,
                details={"request": request_id, "kind": current.kind, "status": status},
            )
        return self.get(request_id)

    def fulfil(
        self, kind: str, subject_type: str, subject_id: str, outcome: str, request_id: str | None
    ) -> DataRequest:
        """Complete `request_id` (checked to match), or record a new request done at once."""
        if request_id is None:
            request_id = self.open(kind, subject_type, subject_id).id
        else:
            current = self.get(request_id)
            if (current.kind, current.subject_type, current.subject_id) != (
                kind,
                subject_type,
                subject_id,
            ):
                raise RequestMismatchError(
                    id=request_id, kind=current.kind, subject=current.subject_id
                )
        return self.set_status(request_id, v.COMPLETED, outcome)

    def check_open(self, request_id: str, kind: str, subject_type: str, subject_id: str) -> None:
        """Refuse (before anything is changed) a request that is closed or for something else."""
        current = self.get(request_id)
        if current.closed:
            raise RequestClosedError(id=request_id, status=current.status)
        if (current.kind, current.subject_type, current.subject_id) != (
            kind,
            subject_type,
            subject_id,
        ):
            raise RequestMismatchError(id=request_id, kind=current.kind, subject=current.subject_id)

    def get(self, request_id: str) -> DataRequest:
        row = self._ws.db.one(f"SELECT {_COLUMNS} FROM data_requests WHERE id = ?", (request_id,))
        if row is None:
            raise NotFoundError(entity=REQUEST_LABEL, id=request_id)
        return DataRequest(*row)

    def list(
        self,
        *,
        status: str | None = None,
        kind: str | None = None,
        subject_id: str | None = None,
        limit: int = 1000,
    ) -> list[DataRequest]:
        """Requests, newest first, optionally filtered."""
        where: list[str] = []
        params: list[Any] = []
        for column, value in (("status", status), ("kind", kind), ("subject_id", subject_id)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self._ws.db.all(
            f"SELECT {_COLUMNS} FROM data_requests {clause} ORDER BY created_at DESC, id LIMIT ?",
            [*params, limit],
        )
        return [DataRequest(*r) for r in rows]
