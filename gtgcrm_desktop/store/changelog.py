"""The change log: what changed, when (hybrid logical clock) and in which operation."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from gtgcrm_desktop.core.hlc import HybridLogicalClock
from gtgcrm_desktop.core.ids import new_id
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.photos import externalize_fields, resolve_fields

#: One encoder for every write: json.dumps with options builds a new one per call.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def new_op_id() -> str:
    """An id shared by every change-log entry of one user operation."""
    return new_id()


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    """One entity changed by one operation."""

    seq: int
    op_id: str
    entity: str
    entity_id: str
    operation: str
    fields: dict[str, Any]
    hlc: str
    device_id: str
    origin: str
    created_at: str
    pushed_at: str | None


_COLUMNS = "seq, op_id, entity, entity_id, operation, fields, hlc, device_id, origin, created_at, pushed_at"


def _entry(row: tuple[Any, ...]) -> ChangeEntry:
    return ChangeEntry(
        seq=row[0],
        op_id=row[1],
        entity=row[2],
        entity_id=row[3],
        operation=row[4],
        fields=json.loads(row[5]),
        hlc=row[6],
        device_id=row[7],
        origin=row[8],
        created_at=row[9],
        pushed_at=row[10],
    )


class ChangeLog:
    """Appends entries inside the caller's transaction and reads them back for sync and undo."""

    def __init__(self, database: Database, clock: HybridLogicalClock) -> None:
        self._db = database
        self.clock = clock

    @property
    def device_id(self) -> str:
        return self.clock.node

    def record(
        self,
        entity: str,
        entity_id: str,
        operation: str,
        fields: dict[str, Any],
        op_id: str,
        *,
        hlc: str | None = None,
        origin: str = "local",
    ) -> str:
        """Append one entry; returns its HLC. Call inside the transaction that made the change."""
        stamp = hlc or self.clock.tick()
        self._db.execute(
            "INSERT INTO change_log (op_id, entity, entity_id, operation, fields, hlc, device_id,"
            " origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                op_id,
                entity,
                entity_id,
                operation,
                _encode(externalize_fields(self._db, fields)),
                stamp,
                self.device_id,
                origin,
                now_iso(),
            ),
        )
        return stamp

    def record_many(self, rows: list[tuple[str, str, str, dict[str, Any], str, str]]) -> None:
        """Append (entity, entity_id, operation, fields, op_id, hlc) rows in one statement."""
        created = now_iso()
        self._db.executemany(
            "INSERT INTO change_log (op_id, entity, entity_id, operation, fields, hlc, device_id,"
            " origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'local', ?)",
            (
                (
                    op_id,
                    entity,
                    entity_id,
                    operation,
                    _encode(externalize_fields(self._db, fields)),
                    hlc,
                    self.device_id,
                    created,
                )
                for entity, entity_id, operation, fields, op_id, hlc in rows
            ),
        )

    def tombstone(self, entity: str, entity_id: str, hlc: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO tombstones (entity, entity_id, hlc, deleted_at) VALUES (?, ?, ?, ?)",
            (entity, entity_id, hlc, now_iso()),
        )

    def clear_tombstone(self, entity: str, entity_id: str) -> None:
        self._db.execute(
            "DELETE FROM tombstones WHERE entity = ? AND entity_id = ?", (entity, entity_id)
        )

    def is_tombstoned(self, entity: str, entity_id: str) -> bool:
        return (
            self._db.one(
                "SELECT 1 FROM tombstones WHERE entity = ? AND entity_id = ?", (entity, entity_id)
            )
            is not None
        )

    def entries(
        self,
        entity: str | None = None,
        entity_id: str | None = None,
        *,
        after_seq: int = 0,
        limit: int | None = None,
    ) -> list[ChangeEntry]:
        """Entries in log order, optionally for one entity type or one entity."""
        where = ["seq > ?"]
        params: list[Any] = [after_seq]
        if entity is not None:
            where.append("entity = ?")
            params.append(entity)
        if entity_id is not None:
            where.append("entity_id = ?")
            params.append(entity_id)
        sql = f"SELECT {_COLUMNS} FROM change_log WHERE {' AND '.join(where)} ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [self._resolved(_entry(row)) for row in self._db.all(sql, params)]

    def unpushed(self, limit: int = 500) -> list[ChangeEntry]:
        """Local entries not yet acknowledged by the cloud, oldest first."""
        rows = self._db.all(
            f"SELECT {_COLUMNS} FROM change_log WHERE origin = 'local' AND pushed_at IS NULL"
            " ORDER BY seq LIMIT ?",
            (limit,),
        )
        return [self._resolved(_entry(row)) for row in rows]

    def _resolved(self, entry: ChangeEntry) -> ChangeEntry:
        """`entry` with a photo its payload refers to by hash back as base64 data."""
        fields = resolve_fields(self._db, entry.fields)
        return entry if fields is entry.fields else dataclasses.replace(entry, fields=fields)

    def mark_pushed(self, seqs: list[int]) -> None:
        stamp = now_iso()
        self._db.executemany(
            "UPDATE change_log SET pushed_at = ? WHERE seq = ?", ((stamp, s) for s in seqs)
        )

    def latest_hlc(self) -> str | None:
        # Every entry is stamped after the clock observed all earlier ones, so the newest
        # entries hold the highest stamp; looking at a few of them avoids sorting the whole log.
        value = self._db.scalar(
            "SELECT max(hlc) FROM (SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 64)"
        )
        return str(value) if value else None
