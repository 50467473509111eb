"""Account consents and account data requests, kept in step with the cloud."""

from __future__ import annotations

import json
import logging
from typing import Any

from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.sync_state import SyncStore
from gtgcrm_desktop.sync.client import WorkspaceClient

_log = logging.getLogger(__name__)

FINAL_STATUSES = ("completed", "rejected")
ACCOUNT_CONSENTS_KEY = "account_consents"


def sync_account_privacy(workspace: Any, client: WorkspaceClient, store: SyncStore) -> None:
    """Send new account consent decisions and data requests; follow request status."""
    _push_consents(workspace, client, store)
    _sync_requests(workspace, client)


def _push_consents(workspace: Any, client: WorkspaceClient, store: SyncStore) -> None:
    rows = workspace.db.all(
        "SELECT purpose, status, hlc, policy_version FROM consent_events e"
        " WHERE subject_type = 'account' AND seq = (SELECT max(seq) FROM consent_events x"
        " WHERE x.subject_type = 'account' AND x.purpose = e.purpose)"
    )
    for purpose, status, hlc, policy in rows:
        key = f"consent_pushed:{purpose}"
        if store.get(key) == hlc:
            continue
        client.set_consent(purpose, status, hlc, policy)
        store.put(key, hlc)
    server = client.consents()
    store.put(ACCOUNT_CONSENTS_KEY, json.dumps(server, ensure_ascii=False))


def _sync_requests(workspace: Any, client: WorkspaceClient) -> None:
    rows = workspace.db.all(
        "SELECT id, kind, status, remote_id FROM data_requests WHERE subject_type = 'account'"
    )
    for request_id, kind, status, remote_id in rows:
        if remote_id is None:
            answer = client.create_data_request(kind, request_id)
        elif status not in FINAL_STATUSES:
            answer = client.data_request(remote_id)
        else:
            continue
        workspace.db.execute(
            "UPDATE data_requests SET remote_id = ?, status = ?, updated_at = ? WHERE id = ?",
            (answer["id"], str(answer["status"]), now_iso(), request_id),
        )


def request_account_data(workspace: Any, kind: str) -> str:
    """Queue an account data request (access or erasure...) for the next sync; returns its id."""
    import uuid

    request_id = str(uuid.uuid4())
    stamp = now_iso()
    workspace.db.execute(
        "INSERT INTO data_requests (id, subject_type, subject_id, kind, status, created_at,"
        " updated_at) VALUES (?, 'account', '', ?, 'open', ?, ?)",
        (request_id, kind, stamp, stamp),
    )
    return request_id


def account_requests(workspace: Any) -> list[dict[str, Any]]:
    rows = workspace.db.all(
        "SELECT id, kind, status, remote_id, created_at, updated_at FROM data_requests"
        " WHERE subject_type = 'account' ORDER BY created_at DESC"
    )
    keys = ("id", "kind", "status", "remote_id", "created_at", "updated_at")
    return [dict(zip(keys, r, strict=True)) for r in rows]
