"""Account consents, and the data requests the user sent to the cloud, kept in step with it."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.store.sync_state import SyncStore
from gtgcrm_desktop.sync.client import WorkspaceClient
from gtgcrm_desktop.sync.errors import CloudRequestKindError

_log = logging.getLogger(__name__)

FINAL_STATUSES = ("completed", "rejected")
ACCOUNT_CONSENTS_KEY = "account_consents"
#: The requests a user can send to the cloud about the account's cloud data.
CLOUD_KINDS = ("access", "erasure")
#: `data_requests.handled_by` of requests sent to the cloud (local ones are 'local').
CLOUD = "cloud"

_COLUMNS = ("id", "kind", "status", "remote_id", "created_at", "updated_at")


def sync_account_privacy(workspace: Any, client: WorkspaceClient, store: SyncStore) -> None:
    """Send new account consent decisions and cloud data requests; follow their status."""
    _push_consents(workspace, client, store)
    _sync_cloud_requests(workspace, client)


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


def _sync_cloud_requests(workspace: Any, client: WorkspaceClient) -> None:
    """Send unsent cloud requests and follow open ones; local requests are never read here."""
    rows = workspace.db.all(
        "SELECT id, kind, status, remote_id FROM data_requests WHERE handled_by = ?"
        " AND subject_type = 'account' ORDER BY created_at",
        (CLOUD,),
    )
    for request_id, kind, status, remote_id in rows:
        if remote_id is None:
            answer = client.create_data_request(kind, request_id)
        elif status not in FINAL_STATUSES:
            answer = client.data_request(remote_id)
        else:
            continue
        workspace.db.execute(
            "UPDATE data_requests SET remote_id = ?, status = ?, updated_at = ?"
            " WHERE id = ? AND handled_by = ?",
            (answer["id"], str(answer["status"]), now_iso(), request_id, CLOUD),
        )


def request_account_data(workspace: Any, kind: str) -> str:
    """Send the cloud an account data request ("access" = export my data, "erasure" = delete my
    account data) with the next sync; returns its local id.

    The one way a request reaches the cloud: call it only from an explicit user action (and,
    for "erasure", after the user confirmed). Requests logged with the privacy tools stay here.
    """
    if kind not in CLOUD_KINDS:
        raise CloudRequestKindError()
    request_id = str(uuid.uuid4())
    stamp = now_iso()
    workspace.db.execute(
        "INSERT INTO data_requests (id, subject_type, subject_id, kind, status, created_at,"
        " updated_at, handled_by) VALUES (?, 'account', '', ?, 'open', ?, ?, ?)",
        (request_id, kind, stamp, stamp, CLOUD),
    )
    _log.info("cloud data request queued: %s", kind)
    return request_id


def account_requests(workspace: Any) -> list[dict[str, Any]]:
    """The requests sent to the cloud, newest first (id, kind, status, remote_id, times)."""
    rows = workspace.db.all(
        f"SELECT {', '.join(_COLUMNS)} FROM data_requests WHERE handled_by = ?"
        " ORDER BY created_at DESC",
        (CLOUD,),
    )
    return [dict(zip(_COLUMNS, r, strict=True)) for r in rows]
