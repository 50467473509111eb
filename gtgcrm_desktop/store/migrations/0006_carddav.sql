-- CardDAV address book sync (RFC 6352, RFC 6578): the account state and, per contact, the
-- card it is paired with. Credentials are never stored here (keychain, or sync_secrets sealed).

-- Key/value state of the one CardDAV account: collection URL, sync-token, change-log mark.
CREATE TABLE carddav_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- A local contact and its card: href, UID, ETag, and the two bases of the three-way merge
-- (the server card as last seen, and the local contact as last in step, both as fields).
CREATE TABLE carddav_items (
    contact_id TEXT PRIMARY KEY,
    href TEXT NOT NULL UNIQUE,
    uid TEXT NOT NULL DEFAULT '',
    etag TEXT NOT NULL DEFAULT '',
    remote_base TEXT NOT NULL DEFAULT '{}',
    local_base TEXT NOT NULL DEFAULT '{}',
    synced_at TEXT NOT NULL
) WITHOUT ROWID;
