"""Change-log entries for changes that came from the cloud (origin 'remote': never pushed back)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.database import Database

#: (entity, entity_id, operation, fields, op_id, hlc, device_id)
RemoteRow = tuple[str, str, str, dict[str, Any], str, str, str]


def record_remote(database: Database, rows: Sequence[RemoteRow]) -> None:
    """Append remote entries in the caller's transaction, with their own HLC and device."""
    created = now_iso()
    database.executemany(
        "INSERT INTO change_log (op_id, entity, entity_id, operation, fields, hlc, device_id,"
        " origin, created_at, pushed_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'remote', ?, ?)",
        (
            (
                op_id,
                entity,
                entity_id,
                operation,
                json.dumps(fields, ensure_ascii=False, separators=(",", ":")),
                hlc,
                device_id,
                created,
                created,
            )
            for entity, entity_id, operation, fields, op_id, hlc, device_id in rows
        ),
    )
