-- Contacts and what belongs to them. `rowid` is the FTS key; `id` is the stable public id.
CREATE TABLE contacts (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    birthday TEXT,
    sort_key TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}',
    clocks TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX contacts_by_sort_key ON contacts (sort_key, rowid);
CREATE INDEX contacts_by_updated ON contacts (updated_at);

CREATE TABLE contact_emails (
    contact_rowid INTEGER NOT NULL REFERENCES contacts (rowid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    match_key TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (contact_rowid, position)
) WITHOUT ROWID;
CREATE INDEX contact_emails_by_match_key ON contact_emails (match_key);

CREATE TABLE contact_phones (
    contact_rowid INTEGER NOT NULL REFERENCES contacts (rowid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    value TEXT NOT NULL,
    e164 TEXT,
    label TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (contact_rowid, position)
) WITHOUT ROWID;
CREATE INDEX contact_phones_by_e164 ON contact_phones (e164);

CREATE TABLE contact_addresses (
    contact_rowid INTEGER NOT NULL REFERENCES contacts (rowid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (contact_rowid, position)
) WITHOUT ROWID;

CREATE TABLE contact_tags (
    contact_rowid INTEGER NOT NULL REFERENCES contacts (rowid) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (contact_rowid, tag)
) WITHOUT ROWID;
CREATE INDEX contact_tags_by_tag ON contact_tags (tag);

CREATE TABLE contact_custom_fields (
    contact_rowid INTEGER NOT NULL REFERENCES contacts (rowid) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (contact_rowid, key)
) WITHOUT ROWID;

-- Search over a normalised copy of the text; contentless, so no second plaintext copy.
CREATE VIRTUAL TABLE contact_search USING fts5 (
    document,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

-- Templates: e-mail templates and landing pages, with their images.
CREATE TABLE templates (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'email' CHECK (kind IN ('email', 'landing_page')),
    subject TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    body_text TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'rtl' CHECK (direction IN ('rtl', 'ltr')),
    language TEXT NOT NULL DEFAULT 'ar',
    purpose TEXT NOT NULL DEFAULT 'transactional',
    clocks TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE template_images (
    id TEXT PRIMARY KEY,
    template_id TEXT NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (template_id, name)
);

-- Consent: an append-only, hash-chained ledger for the account and for each contact.
CREATE TABLE consent_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    subject_type TEXT NOT NULL CHECK (subject_type IN ('account', 'contact')),
    subject_id TEXT NOT NULL,
    purpose TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('granted', 'withdrawn', 'unknown')),
    lawful_basis TEXT NOT NULL DEFAULT 'consent',
    source TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    policy_version TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX consent_events_by_subject ON consent_events (subject_type, subject_id, purpose, channel);

CREATE TABLE data_requests (
    id TEXT PRIMARY KEY,
    subject_type TEXT NOT NULL CHECK (subject_type IN ('account', 'contact')),
    subject_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'correction', 'erasure', 'objection')),
    status TEXT NOT NULL DEFAULT 'open',
    outcome TEXT NOT NULL DEFAULT '',
    remote_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Audit log: append-only and hash-chained; ids and masked values only, never personal data.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT 'user',
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL DEFAULT '',
    subject_id TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_by_subject ON audit_log (subject_type, subject_id);

-- Change log: one entry per entity changed by an operation, in the same transaction.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'delete')),
    fields TEXT NOT NULL DEFAULT '{}',
    hlc TEXT NOT NULL,
    device_id TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'local' CHECK (origin IN ('local', 'remote')),
    created_at TEXT NOT NULL,
    pushed_at TEXT
);
CREATE INDEX change_log_by_entity ON change_log (entity, entity_id, seq);
CREATE INDEX change_log_unpushed ON change_log (seq) WHERE origin = 'local' AND pushed_at IS NULL;
CREATE INDEX change_log_by_op ON change_log (op_id);

CREATE TABLE tombstones (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Erased people: salted hashes of their e-mails and phones, so an import does not bring them back.
CREATE TABLE suppressions (
    hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
    created_at TEXT NOT NULL
) WITHOUT ROWID;
