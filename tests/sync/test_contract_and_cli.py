"""The OpenAPI contract validates; the server runs as a program; the `gtgcrm sync` commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import requests
import yaml
from openapi_spec_validator import validate

from tests.conftest import ROOT
from tests.sync.conftest import USERS

CONTRACT = ROOT / "resources" / "api" / "workspace.yaml"


def test_contract_is_valid_openapi_31():
    document = yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))
    assert document["openapi"].startswith("3.1")
    validate(document)
    for path in (
        "/v1/auth/login",
        "/v1/auth/refresh",
        "/v1/changes",
        "/v1/account/consents",
        "/v1/data-requests",
        "/v1/data-requests/{request_id}/download",
        "/v1/attachments/{attachment_id}",
    ):
        assert path in document["paths"]


def test_server_runs_as_a_program_and_stops_with_its_parent(tmp_path: Path):
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.workspace_server",
            "--port",
            "0",
            "--data",
            str(tmp_path),
            "--user",
            "a@example.com:pw",
            "--user",
            "b@example.com:pw",
            "--watch-stdin",
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        url = process.stdout.readline().split()[-1]
        assert url.startswith("http://127.0.0.1:")
        tokens = [
            requests.post(
                url + "/v1/auth/login",
                json={"email": e, "password": "pw", "device_id": e},
                timeout=5,
            ).json()
            for e in ("a@example.com", "b@example.com")
        ]
        assert tokens[0]["workspace_id"] == tokens[1]["workspace_id"]
        bad = requests.post(
            url + "/v1/auth/login",
            json={"email": "a@example.com", "password": "no", "device_id": "x"},
            timeout=5,
        )
        assert bad.status_code == 401 and bad.json()["code"] == "bad_credentials"
    finally:
        process.stdin.close()
        assert process.wait(10) == 0


def _login(run_cli, server, email=USERS[0][0], password=USERS[0][1], **env):
    return run_cli(
        "sync",
        "login",
        "--server",
        server.url,
        "--email",
        email,
        env={"GTGCRM_CLOUD_PASSWORD": password, **env},
    )


def test_cli_login_sync_conflicts_resolve_logout(run_cli, server, data_dir, test_keyring, clients):
    other = clients[1]
    result = _login(run_cli, server)
    assert result.code == 0, result.stderr
    assert "keychain" in result.stdout
    secrets = [
        v for (_, account), v in test_keyring.secrets.items() if account.startswith("sync-tokens:")
    ]
    assert secrets
    added = run_cli("contacts", "add", "--given", "Huda", "--org", "Start")
    cid = added.stdout.strip()
    first = run_cli("sync", "--json")
    assert first.code == 0, first.stderr
    assert json.loads(first.stdout)["pushed"] == 1
    other.sync()
    other.edit(cid, organization="Remote Org")
    run_cli("contacts", "edit", cid, "--org", "Local Org")
    other.sync()
    second = json.loads(run_cli("sync", "--json").stdout)
    assert second["conflicts"] == 1 and second["rejected"] == 0
    listed = json.loads(run_cli("sync", "conflicts", "--json").stdout)
    assert len(listed) == 1 and {listed[0]["local_value"], listed[0]["remote_value"]} == {
        "Local Org",
        "Remote Org",
    }
    assert (
        run_cli("sync", "resolve", listed[0]["id"]).code == 1
    )  # neither local, remote nor --value
    done = run_cli("sync", "resolve", listed[0]["id"], "--value", "Merged Org")
    assert done.code == 0, done.stderr
    run_cli("sync")
    other.sync()
    assert other.ws.contacts.get(cid).organization == "Merged Org"
    assert "No open conflicts" in run_cli("sync", "conflicts").stdout
    before = [a for (_, a) in test_keyring.secrets if a.startswith("sync-tokens:")]
    assert run_cli("sync", "logout").code == 0
    after = [a for (_, a) in test_keyring.secrets if a.startswith("sync-tokens:")]
    assert len(after) == len(before) - 1
    again = run_cli("sync")
    assert again.code == 5 and "Sign in" in again.stderr


def test_cli_without_keychain_seals_tokens_in_the_workspace(run_cli, server, data_dir, tmp_path):
    env = {"GTGCRM_NO_KEYCHAIN": "1"}
    result = _login(run_cli, server, **env)
    assert result.code == 0, result.stderr
    assert "encrypted workspace" in result.stdout
    assert run_cli("sync", env=env).code == 0
    from gtgcrm_desktop.store import Secrets, Workspace
    from tests.conftest import PASSPHRASE

    with Workspace.open(data_dir, Secrets(passphrase=PASSPHRASE, use_keychain=False)) as ws:
        token = server.storage.query("SELECT token FROM tokens WHERE kind = 'refresh'")[0][0]
        dump = b"".join(
            bytes(r[0]) + bytes(r[1]) for r in ws.db.all("SELECT nonce, sealed FROM sync_secrets")
        )
        assert dump and token.encode() not in dump
        for (value,) in ws.db.all("SELECT value FROM sync_state"):
            assert token not in value
    for log in (data_dir / "logs").glob("*"):
        assert token not in log.read_text(encoding="utf-8")


def test_cli_refuses_plain_http_to_another_host(run_cli):
    result = run_cli(
        "sync",
        "login",
        "--server",
        "http://example.com",
        "--email",
        "a@b.c",
        env={"GTGCRM_CLOUD_PASSWORD": "x"},
    )
    assert result.code == 1 and "https://" in result.stderr


def test_cli_unreachable_server_exits_4(run_cli, server):
    assert _login(run_cli, server).code == 0
    server.shutdown()
    server.server_close()
    from gtgcrm_desktop.sync import client as client_module
    from gtgcrm_desktop.sync.retry import RetryPolicy

    original = client_module.RetryPolicy
    client_module.RetryPolicy = lambda: RetryPolicy(attempts=2, base_delay=0.01)  # type: ignore[assignment,misc]
    try:
        result = run_cli("sync")
    finally:
        client_module.RetryPolicy = original
    assert result.code == 4 and "cannot be reached" in result.stderr
