-- Sync with the cloud workspace: what the server last showed us, the outbox state of each
-- change-log entry, conflicts kept for the user, changes we cannot apply yet, tokens.

-- Per entity, the HLC of each field as last seen on the server ('*' = creation stamp).
CREATE TABLE sync_base (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    clocks TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

-- Change-log entries the server refused (parked) or that a conflict superseded; the rest
-- of the queue goes on without them.
CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('rejected', 'superseded')),
    reason TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);

-- Conflicts kept for a person: both values, never dropped. One open conflict per field.
CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('field', 'delete')),
    local_value TEXT,
    remote_value TEXT,
    local_hlc TEXT NOT NULL DEFAULT '',
    remote_hlc TEXT NOT NULL DEFAULT '',
    winner TEXT NOT NULL CHECK (winner IN ('local', 'remote')),
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT
);
CREATE UNIQUE INDEX sync_conflicts_open ON sync_conflicts (entity, entity_id, field)
    WHERE resolved_at IS NULL;

-- Remote changes of kinds this version cannot apply, kept to apply later (nothing lost).
CREATE TABLE sync_inbox (
    server_seq INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    change TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL
);

-- Secrets sealed with a key derived from the data key, used only when there is no keychain.
CREATE TABLE sync_secrets (
    name TEXT PRIMARY KEY,
    nonce BLOB NOT NULL,
    sealed BLOB NOT NULL
) WITHOUT ROWID;

-- One row per sync run, for the status line.
CREATE TABLE sync_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    pulled INTEGER NOT NULL DEFAULT 0,
    pushed INTEGER NOT NULL DEFAULT 0,
    conflicts INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT ''
);
