"""The reference server's command line: one server, users in separate workspaces."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import requests

from tests.conftest import ROOT

SERVER = [sys.executable, "-m", "tests.workspace_server"]


def _workspace_of(url: str, email: str) -> str:
    answer = requests.post(
        url + "/v1/auth/login",
        json={"email": email, "password": "pw", "device_id": email},
        timeout=5,
    )
    answer.raise_for_status()
    return str(answer.json()["workspace_id"])


def test_each_user_can_name_a_workspace_and_the_rest_share_the_default(tmp_path: Path):
    process = subprocess.Popen(
        [
            *SERVER,
            "--port",
            "0",
            "--data",
            str(tmp_path),
            "--workspace",
            "shop",
            "--user",
            "a@example.com:pw:alpha",
            "--user",
            "b@example.com:pw:beta",
            "--user",
            "c@example.com:pw",
            "--user",
            "d@example.com:pw",
            "--watch-stdin",
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        url = process.stdout.readline().split()[-1]
        found = {e: _workspace_of(url, f"{e}@example.com") for e in ("a", "b", "c", "d")}
    finally:
        process.stdin.close()
        assert process.wait(10) == 0
    assert found == {"a": "alpha", "b": "beta", "c": "shop", "d": "shop"}


def _feed_of(url: str, email: str) -> list[str]:
    token = requests.post(
        url + "/v1/auth/login",
        json={"email": email, "password": "pw", "device_id": email},
        timeout=5,
    ).json()["access_token"]
    page = requests.get(
        url + "/v1/changes", headers={"Authorization": f"Bearer {token}"}, timeout=5
    ).json()
    return [c["entity_id"] for c in page["changes"]]


def test_users_of_different_workspaces_do_not_see_each_others_changes(tmp_path: Path):
    from tests.workspace_server import serve

    server = serve(0, tmp_path, [("a@example.com", "pw", "alpha"), ("b@example.com", "pw")])
    try:
        server.storage.seed_contacts("alpha", [("only-alpha", {"given_name": "A"}, "h")])
        assert _feed_of(server.url, "a@example.com") == ["only-alpha"]
        assert _feed_of(server.url, "b@example.com") == []
    finally:
        server.shutdown()
        server.server_close()


def test_help_documents_the_workspace_of_a_user():
    shown = subprocess.run(
        [*SERVER, "--help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert "EMAIL:PASSWORD[:WORKSPACE]" in shown
    assert "--workspace" in shown


def test_a_user_without_a_password_is_refused(tmp_path: Path):
    refused = subprocess.run(
        [*SERVER, "--data", str(tmp_path), "--user", "a@example.com"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert refused.returncode == 2
    assert "EMAIL:PASSWORD[:WORKSPACE]" in refused.stderr
