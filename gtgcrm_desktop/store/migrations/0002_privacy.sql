-- Privacy: redactable consent ledger, append-only guards, usage analytics, policy
-- acknowledgements, request deadlines, contact activity, and an index that forgets.

-- Consent events commit to their free text (source, evidence) through a salted digest, so an
-- erasure can blank the text and drop the salt while the hash chain still verifies.
ALTER TABLE consent_events ADD COLUMN text_salt TEXT NOT NULL DEFAULT '';
ALTER TABLE consent_events ADD COLUMN text_digest TEXT NOT NULL DEFAULT '';
ALTER TABLE consent_events ADD COLUMN redacted_at TEXT;

-- Append-only: no deletes, and the only update allowed is that redaction.
CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;
CREATE TRIGGER consent_events_redact_only BEFORE UPDATE ON consent_events WHEN NEW.seq IS NOT OLD.seq OR NEW.id IS NOT OLD.id OR NEW.subject_type IS NOT OLD.subject_type OR NEW.subject_id IS NOT OLD.subject_id OR NEW.purpose IS NOT OLD.purpose OR NEW.channel IS NOT OLD.channel OR NEW.status IS NOT OLD.status OR NEW.lawful_basis IS NOT OLD.lawful_basis OR NEW.policy_version IS NOT OLD.policy_version OR NEW.recorded_at IS NOT OLD.recorded_at OR NEW.hlc IS NOT OLD.hlc OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash OR NEW.text_digest IS NOT OLD.text_digest OR NEW.source <> '' OR NEW.evidence <> '' OR NEW.text_salt <> '' OR NEW.redacted_at IS NULL BEGIN SELECT RAISE(ABORT, 'consent_events is append-only'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE INDEX consent_events_by_purpose ON consent_events (subject_type, purpose, channel, subject_id, seq);

-- Usage analytics (policy section 1.2): written only while the account's consent is on.
CREATE TABLE usage_events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('screen', 'action', 'session')),
    name TEXT NOT NULL,
    value REAL
);

-- Which version of the privacy policy the user has seen and acknowledged, and when.
CREATE TABLE policy_acknowledgements (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    version TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    acknowledged_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);

-- Data requests get a deadline and a completion time.
ALTER TABLE data_requests ADD COLUMN due_at TEXT;
ALTER TABLE data_requests ADD COLUMN completed_at TEXT;
CREATE INDEX data_requests_by_subject ON data_requests (subject_type, subject_id);
CREATE INDEX data_requests_by_created ON data_requests (created_at);

-- Activity beyond edits (sends, sync touches), and anonymisation marks, for retention.
CREATE TABLE contact_activity (
    contact_id TEXT PRIMARY KEY,
    last_activity_at TEXT NOT NULL DEFAULT '',
    anonymised_at TEXT
) WITHOUT ROWID;

-- Purge tokens left by earlier deletes and updates once, so erasures start from a clean index.
INSERT INTO contact_search(contact_search) VALUES('optimize');
