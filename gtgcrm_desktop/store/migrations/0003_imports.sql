-- Imports, so that one can be undone as a whole: what each created or updated, with the
-- before-image of every updated contact (inside the encrypted database like everything else).
CREATE TABLE imports (
    id TEXT PRIMARY KEY,
    op_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL DEFAULT '',
    counts TEXT NOT NULL DEFAULT '{}',
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    undone_at TEXT
);

CREATE TABLE import_items (
    import_id TEXT NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    contact_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('created', 'updated')),
    before TEXT,
    PRIMARY KEY (import_id, contact_id)
) WITHOUT ROWID;

-- Merges of duplicate contacts made by the user: the kept contact's before-image and the
-- removed contacts in full, so a merge can be undone.
CREATE TABLE contact_merges (
    id TEXT PRIMARY KEY,
    op_id TEXT NOT NULL,
    kept_id TEXT NOT NULL,
    kept_before TEXT NOT NULL,
    removed TEXT NOT NULL,
    created_at TEXT NOT NULL,
    undone_at TEXT
);
