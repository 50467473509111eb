"""Only the data requests the user sent to the cloud reach it; local ones never leave (issue 6)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import requests

from gtgcrm_desktop.store import keys, migrations
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.sync import privacy as cloud_privacy
from gtgcrm_desktop.sync.errors import CloudRequestKindError
from tests.store.make_fixtures import FIXTURE_PASSPHRASE, TARGET
from tests.sync.conftest import USERS


def _server_requests(server) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [tuple(r) for r in server.storage.query("SELECT kind, status FROM data_requests")]


def _local(data_dir: Path, request_id: str) -> tuple[str, str | None]:
    from gtgcrm_desktop.store import Secrets, Workspace
    from tests.conftest import PASSPHRASE

    with Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE)) as ws:
        row = ws.db.one("SELECT status, remote_id FROM data_requests WHERE id = ?", (request_id,))
    assert row is not None
    return row[0], row[1]


def _login(run_cli, server) -> None:  # type: ignore[no-untyped-def]
    email, password = USERS[0]
    result = run_cli(
        "sync",
        "login",
        "--server",
        server.url,
        "--email",
        email,
        env={"GTGCRM_CLOUD_PASSWORD": password},
    )
    assert result.code == 0, result.stderr


def test_a_local_export_and_a_logged_erasure_never_reach_the_cloud(
    run_cli, server, data_dir, tmp_path
):
    _login(run_cli, server)
    exported = run_cli("privacy", "export", "-o", str(tmp_path / "acc.zip"))
    assert exported.code == 0, exported.stderr
    opened = run_cli("privacy", "requests", "open", "--kind", "erasure")
    assert opened.code == 0, opened.stderr
    erasure_id = opened.stdout.strip()
    listed = json.loads(run_cli("privacy", "requests", "list", "--json").stdout)
    export_id = next(r["id"] for r in listed if r["kind"] == "access")

    for _ in range(2):
        result = run_cli("sync", "--json")
        assert result.code == 0, result.stderr

    assert _server_requests(server) == []
    assert _local(data_dir, export_id) == ("completed", None)
    assert _local(data_dir, erasure_id) == ("open", None)


def test_a_request_sent_from_the_app_reaches_the_cloud_and_only_it_follows_the_cloud(
    clients, server
):
    from gtgcrm_desktop.privacy.requests import DataRequests

    a = clients[0]
    local = DataRequests(a.ws).open("access", "account", "account")
    DataRequests(a.ws).set_status(local.id, "completed", "exported")
    sent = cloud_privacy.request_account_data(a.ws, "access")
    a.sync()
    a.sync()  # a second sync must not send it again

    assert _server_requests(server) == [("access", "received")]
    mine = cloud_privacy.account_requests(a.ws)
    assert [(r["id"], r["status"]) for r in mine] == [(sent, "received")]
    remote_id = mine[0]["remote_id"]
    requests.post(
        f"{server.url}/_admin/data-requests/{remote_id}", json={"status": "completed"}, timeout=5
    ).raise_for_status()
    a.sync()
    assert cloud_privacy.account_requests(a.ws)[0]["status"] == "completed"
    still = DataRequests(a.ws).get(local.id)
    assert (still.status, still.remote_id) == ("completed", None)


def test_only_exports_and_deletions_can_be_sent_to_the_cloud(workspace):
    with pytest.raises(CloudRequestKindError):
        cloud_privacy.request_account_data(workspace, "objection")
    assert cloud_privacy.account_requests(workspace) == []


def test_migration_7_marks_only_the_apps_cloud_requests_as_cloud(tmp_path: Path):
    copy = tmp_path / "v1"
    shutil.copytree(TARGET, copy)
    key_file = keys.KeyFile.load(copy / "workspace.keys")
    database = Database.open(
        copy / "workspace.db", keys.check_passphrase(key_file, FIXTURE_PASSPHRASE)
    )
    try:
        migrations.migrate(database, target=6)
        rows = [
            ("cloud", "account", "", "access", "received", "r1"),
            ("logged", "account", "account", "erasure", "open", None),
            ("exported", "account", "account", "access", "received", "r2"),  # wrongly sent
            ("person", "contact", "c1", "access", "completed", None),
        ]
        for rid, subject_type, subject_id, kind, status, remote in rows:
            database.execute(
                "INSERT INTO data_requests (id, subject_type, subject_id, kind, status, remote_id,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '2024', '2024')",
                (rid, subject_type, subject_id, kind, status, remote),
            )
        assert migrations.migrate(database, target=7) == 7
        handled = dict(database.all("SELECT id, handled_by FROM data_requests"))
        assert handled == {
            "cloud": "cloud",
            "logged": "local",
            "exported": "local",
            "person": "local",
        }
    finally:
        database.close()
