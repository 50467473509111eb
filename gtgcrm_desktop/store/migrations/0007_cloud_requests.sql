-- Who answers a data request: this computer ('local': logged, exported or erased here, never
-- sent anywhere) or the GTG cloud ('cloud': only the requests the user sent to the cloud from
-- the app). Only 'cloud' requests are pushed by sync and have their status followed.
ALTER TABLE data_requests ADD COLUMN handled_by TEXT NOT NULL DEFAULT 'local'
    CHECK (handled_by IN ('local', 'cloud'));

-- Until now the app's cloud actions were the only writers of account requests with an empty
-- subject id (local account requests use the subject id 'account').
UPDATE data_requests SET handled_by = 'cloud' WHERE subject_type = 'account' AND subject_id = '';
CREATE INDEX data_requests_by_handler ON data_requests (handled_by, created_at);

-- Remote changes kept for later: how often they were tried again, and when last.
ALTER TABLE sync_inbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_inbox ADD COLUMN tried_at TEXT;
