"""Suppression salts shared by the devices of a workspace: a `suppression_salts` table (the salt
of version 7, kept per device in the settings, moves there), each entry names its salt, and the
salt and entries made so far are recorded in the change log so that the next sync shares them
(a hash cannot be redone with the workspace's salt: the plaintext is gone)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gtgcrm_desktop.store.database import Database


def upgrade(database: Database) -> None:
    from gtgcrm_desktop.core.hlc import HybridLogicalClock
    from gtgcrm_desktop.core.times import now_iso
    from gtgcrm_desktop.store.changelog import ChangeLog, new_op_id
    from gtgcrm_desktop.store.suppression import (
        ENTITY,
        LEGACY_SALT_KEY,
        SALT_ENTITY,
        salt_id,
    )

    database.execute(
        "CREATE TABLE suppression_salts (id TEXT PRIMARY KEY, salt TEXT NOT NULL,"
        " feed_seq INTEGER, created_at TEXT NOT NULL) WITHOUT ROWID"
    )
    database.execute("ALTER TABLE suppressions ADD COLUMN salt_id TEXT NOT NULL DEFAULT ''")
    raw = database.scalar("SELECT value FROM settings WHERE key = ?", (LEGACY_SALT_KEY,))
    if raw is None:
        return
    salt = bytes.fromhex(str(json.loads(raw)))
    sid = salt_id(salt)
    database.execute(
        "INSERT INTO suppression_salts (id, salt, feed_seq, created_at) VALUES (?, ?, NULL, ?)",
        (sid, salt.hex(), now_iso()),
    )
    database.execute("UPDATE suppressions SET salt_id = ?", (sid,))
    database.execute("DELETE FROM settings WHERE key = ?", (LEGACY_SALT_KEY,))
    device = database.scalar("SELECT value FROM settings WHERE key = 'device_id'")
    clock = HybridLogicalClock(str(json.loads(device)) if device else "migration")
    latest = database.scalar("SELECT max(hlc) FROM change_log")
    if latest:
        clock.observe(str(latest))
    changes, op_id = ChangeLog(database, clock), new_op_id()
    changes.record(SALT_ENTITY, sid, "create", {"salt": salt.hex()}, op_id)
    for digest, kind in database.all("SELECT hash, kind FROM suppressions ORDER BY created_at"):
        changes.record(ENTITY, str(digest), "create", {"kind": str(kind), "salt_id": sid}, op_id)
