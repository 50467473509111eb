"""Sync fixtures: the reference server on 127.0.0.1 and several clients, each its own device."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.sync.retry import RetryPolicy
from gtgcrm_desktop.sync.service import SyncService
from tests.workspace_server import WorkspaceServer, serve

USERS = [
    ("ana@example.com", "pw-ana"),
    ("badr@example.com", "pw-badr"),
    ("chen@example.com", "pw-chen"),
]
FAST_RETRY = RetryPolicy(attempts=6, base_delay=0.01, max_delay=0.05, max_wait=1.0)


class Client:
    """One device: its own workspace (own device id) and its sync service."""

    def __init__(self, path: Path, email: str, password: str, server: WorkspaceServer) -> None:
        self.path, self.email, self.password, self.server = path, email, password, server
        self.ws = self._open()
        self.service = SyncService(self.ws, retry=FAST_RETRY, timeout=(2.0, 5.0))

    def _open(self) -> Workspace:
        return Workspace.open(self.path, Secrets())

    def login(self) -> None:
        self.service.login(self.server.url, self.email, self.password)

    def sync(self) -> Any:
        return self.service.sync()

    def reopen(self) -> None:
        hooks = self.service.hooks
        self.ws.close()
        self.ws = self._open()
        self.service = SyncService(self.ws, retry=FAST_RETRY, timeout=(2.0, 5.0), hooks=hooks)

    def add(self, **fields: Any) -> str:
        return self.ws.contacts.add(Contact().with_fields(fields)).id

    def edit(self, contact_id: str, **fields: Any) -> None:
        current = self.ws.contacts.get(contact_id)
        edited = current.with_fields(fields)
        edited.id = contact_id
        self.ws.contacts.update(edited)

    def contacts(self) -> dict[str, dict[str, Any]]:
        return {c.id: c.field_values() for c in self.ws.contacts.iter_all()}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[WorkspaceServer]:
    running = serve(0, tmp_path / "server", USERS, token_ttl=3600)
    yield running
    running.shutdown()
    running.server_close()


@pytest.fixture
def clients(
    tmp_path: Path, server: WorkspaceServer, _template_workspace: Any
) -> Iterator[list[Client]]:
    made: list[Client] = []
    for index, (email, password) in enumerate(USERS):
        path = tmp_path / f"client{index}"
        shutil.copytree(_template_workspace.path, path)
        with Workspace.open(path, Secrets()) as ws:
            ws.settings.set_raw("device_id", f"dev{index}{uuid.uuid4().hex[:6]}")
        client = Client(path, email, password, server)
        client.login()
        made.append(client)
    yield made
    for client in made:
        client.ws.close()


def faults(server: WorkspaceServer, *rules: dict[str, Any]) -> None:
    requests.post(
        server.url + "/_admin/faults", json={"rules": list(rules)}, timeout=5
    ).raise_for_status()


def server_contacts(server: WorkspaceServer) -> dict[str, dict[str, Any]]:
    raw = server.storage.entity_state("default", "contact")
    return {cid: Contact.from_json({**f, "id": cid}).field_values() for cid, f in raw.items()}


def settle(*clients: Client) -> None:
    """Sync every client until nothing moves (two rounds are enough by construction)."""
    for _ in range(2):
        for client in clients:
            client.sync()


def assert_converged(server: WorkspaceServer, *clients: Client) -> dict[str, dict[str, Any]]:
    expected = server_contacts(server)
    for client in clients:
        assert client.contacts() == expected, client.email
        assert client.service.store.pending_count() == 0
    return expected
