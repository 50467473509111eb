"""The record of each import (what it created, the before-image of what it updated) and undo."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.changelog import new_op_id
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.photos import externalize_fields
from gtgcrm_desktop.store.workspace import Workspace

from ._audit import audit
from ._errors import ImportAlreadyUndoneError, ImportNotFoundError

AUDIT_IMPORT = "contacts.import"
AUDIT_UNDO = "contacts.import_undo"


def contact_image(contact: Contact, database: Database) -> str:
    """A contact as stored (raw display name and extra included), for a before-image; its
    photo by the hash of the copy stored once in `database`."""
    image = {"id": contact.id, **contact.field_values()}
    return json.dumps(
        externalize_fields(database, image), ensure_ascii=False, separators=(",", ":")
    )


def contact_from_image(image: str) -> Contact:
    return Contact.from_json(json.loads(image))


class ImportLog:
    """Rows of the `imports` and `import_items` tables (migration 0003)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def start(self, import_id: str, op_id: str, file_name: str, format: str, encoding: str) -> None:
        stamp = now_iso()
        self._db.execute(
            "INSERT INTO imports (id, op_id, file_name, format, encoding, started_at, finished_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (import_id, op_id, file_name, format, encoding, stamp, stamp),
        )

    def created(self, import_id: str, contact_ids: list[str]) -> None:
        self._db.executemany(
            "INSERT INTO import_items (import_id, contact_id, action) VALUES (?, ?, 'created')",
            ((import_id, cid) for cid in contact_ids),
        )

    def updated(self, import_id: str, before: Contact) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO import_items (import_id, contact_id, action, before)"
            " VALUES (?, ?, 'updated', ?)",
            (import_id, before.id, contact_image(before, self._db)),
        )

    def finish(self, import_id: str, counts: dict[str, int]) -> str:
        stamp = now_iso()
        self._db.execute(
            "UPDATE imports SET counts = ?, finished_at = ? WHERE id = ?",
            (json.dumps(counts), stamp, import_id),
        )
        return stamp

    def entries(self, limit: int = 100) -> list[dict[str, Any]]:
        rows = self._db.all(
            "SELECT id, file_name, format, encoding, counts, started_at, finished_at, undone_at"
            " FROM imports ORDER BY started_at DESC LIMIT ?",
            (limit,),
        )
        return [
            {
                "id": r[0],
                "file_name": r[1],
                "format": r[2],
                "encoding": r[3],
                "counts": json.loads(r[4]),
                "started_at": r[5],
                "finished_at": r[6],
                "undone_at": r[7],
            }
            for r in rows
        ]


@dataclass(frozen=True, slots=True)
class UndoReport:
    """What an undo did; contacts changed or deleted since the import were left alone."""

    import_id: str
    removed: int
    restored: int
    changed_since: tuple[str, ...] = ()
    deleted_since: tuple[str, ...] = ()

    @property
    def skipped(self) -> int:
        return len(self.changed_since) + len(self.deleted_since)

    @property
    def skipped_ids(self) -> tuple[str, ...]:
        return self.changed_since + self.deleted_since

    def to_json(self) -> dict[str, Any]:
        return {
            "import_id": self.import_id,
            "removed": self.removed,
            "restored": self.restored,
            "skipped": self.skipped,
            "skipped_ids": list(self.skipped_ids),
            "changed_since_import": list(self.changed_since),
            "deleted_since_import": list(self.deleted_since),
        }


def _last_op(db: Database, contact_id: str) -> str | None:
    """The operation id of the latest change-log entry of a contact."""
    value = db.scalar(
        "SELECT op_id FROM change_log WHERE entity = 'contact' AND entity_id = ?"
        " ORDER BY seq DESC LIMIT 1",
        (contact_id,),
    )
    return None if value is None else str(value)


def undo_import(workspace: Workspace, import_id: str) -> UndoReport:
    """Remove what the import created and restore what it updated, in one transaction.

    A contact whose latest change-log entry is not the import's own (edited, merged, synced
    or deleted since) is left as it is and reported as skipped, so no later work is lost."""
    db = workspace.db
    op_id = new_op_id()
    removed = restored = 0
    changed: list[str] = []
    deleted: list[str] = []
    with db.transaction():
        row = db.one("SELECT undone_at, op_id FROM imports WHERE id = ?", (import_id,))
        if row is None:
            raise ImportNotFoundError(id=import_id)
        if row[0] is not None:
            raise ImportAlreadyUndoneError(id=import_id)
        import_op = row[1]
        items = db.all(
            "SELECT contact_id, action, before FROM import_items WHERE import_id = ?", (import_id,)
        )
        for contact_id, action, before in items:
            if not workspace.contacts.exists(contact_id):
                deleted.append(contact_id)
            elif _last_op(db, contact_id) != import_op:
                changed.append(contact_id)
            elif action == "created":
                workspace.contacts.delete(contact_id, op_id=op_id)
                removed += 1
            else:
                workspace.contacts.update(contact_from_image(before), op_id=op_id)
                restored += 1
        db.execute("UPDATE imports SET undone_at = ? WHERE id = ?", (now_iso(), import_id))
        report = UndoReport(import_id, removed, restored, tuple(changed), tuple(deleted))
        counts = {"removed": removed, "restored": restored, "skipped": report.skipped}
        audit(workspace, AUDIT_UNDO, "import", import_id, {"import_id": import_id, **counts})
    return report
