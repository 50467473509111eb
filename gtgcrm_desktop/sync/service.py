"""Sync for one workspace: sign in and out, run a sync, resolve conflicts (used by CLI and GUI)."""

from __future__ import annotations

import logging
import platform
from typing import Any

from gtgcrm_desktop.core import settings
from gtgcrm_desktop.core.paths import MACHINE_SETTINGS_FILE
from gtgcrm_desktop.store.keychain import Keychain
from gtgcrm_desktop.store.sync_state import Conflict, HeldChange, ParkedChange, SyncStore
from gtgcrm_desktop.sync.client import Tokens, WorkspaceClient, check_server_url
from gtgcrm_desktop.sync.engine import Progress, SyncEngine, SyncHooks, SyncReport
from gtgcrm_desktop.sync.errors import SignInRequiredError
from gtgcrm_desktop.sync.pairing import SamePerson
from gtgcrm_desktop.sync.resolve import resolve_conflict
from gtgcrm_desktop.sync.retry import RetryPolicy
from gtgcrm_desktop.sync.tokens import TokenVault

_log = logging.getLogger(__name__)

ACCOUNT_KEY = "account_email"
REMOTE_WORKSPACE_KEY = "remote_workspace_id"


class SyncService:
    """Everything the app does with the cloud workspace, for one unlocked workspace."""

    def __init__(
        self,
        workspace: Any,
        *,
        keychain: Keychain | None = None,
        ca_file: str | None = None,
        retry: RetryPolicy | None = None,
        timeout: tuple[float, float] | None = None,
        hooks: SyncHooks | None = None,
        same_person: SamePerson | None = None,
    ) -> None:
        self.workspace = workspace
        self.same_person = same_person
        self.store = SyncStore(workspace.db)
        self.vault = TokenVault(workspace, keychain)
        self._ca_file = ca_file if ca_file is not None else _machine_ca_file(workspace)
        self._retry = retry
        self._timeout = timeout
        self.hooks = hooks or SyncHooks()

    @property
    def server_url(self) -> str:
        return str(self.workspace.settings.get(settings.SYNC_SERVER_URL))

    @property
    def signed_in(self) -> bool:
        return bool(self.server_url) and self.vault.load() is not None

    def _client(self, url: str, tokens: Tokens | None) -> WorkspaceClient:
        options: dict[str, Any] = {"ca_file": self._ca_file or None, "on_tokens": self.vault.save}
        if self._retry is not None:
            options["retry"] = self._retry
        if self._timeout is not None:
            options["timeout"] = self._timeout
        return WorkspaceClient(url, tokens=tokens, **options)

    def login(self, server_url: str, email: str, password: str) -> None:
        """Sign in; the tokens go to the keychain (or sealed in the workspace)."""
        url = check_server_url(server_url)
        client = self._client(url, None)
        try:
            tokens = client.login(email, password, self.workspace.device_id, platform.node())
        finally:
            client.close()
        previous = self.store.get(REMOTE_WORKSPACE_KEY)
        with self.workspace.db.transaction():
            if previous != tokens.workspace_id or self.server_url != url:
                self.store.reset()
            self.workspace.settings.set(settings.SYNC_SERVER_URL, url)
            self.store.put(ACCOUNT_KEY, email)
            self.store.put(REMOTE_WORKSPACE_KEY, tokens.workspace_id)
        self.vault.save(tokens)
        _log.info("signed in to the sync server")

    def logout(self) -> None:
        """Revoke the tokens on the server when reachable, and forget them here."""
        tokens = self.vault.load()
        if tokens is not None and self.server_url:
            client = self._client(self.server_url, tokens)
            try:
                client.logout()
            except Exception as error:  # signing out locally must work offline
                _log.info("server sign-out failed: %s", type(error).__name__)
            finally:
                client.close()
        self.vault.forget()
        _log.info("signed out of the sync server")

    def engine(self, page_size: int = 1000, batch_size: int = 500) -> SyncEngine:
        tokens = self.vault.load()
        if tokens is None or not self.server_url:
            raise SignInRequiredError()
        return SyncEngine(
            self.workspace,
            self._client(self.server_url, tokens),
            page_size,
            batch_size,
            self.hooks,
            self.same_person,
        )

    def sync(self, progress: Progress | None = None) -> SyncReport:
        engine = self.engine()
        try:
            return engine.run(progress)
        finally:
            engine.client.close()

    def conflicts(self) -> list[Conflict]:
        return self.store.conflicts()

    def parked(self) -> list[ParkedChange]:
        return self.store.parked()

    def held(self) -> list[HeldChange]:
        """Changes from the cloud not applied yet (tried again at the start of each sync)."""
        return self.store.held()

    def resolve(self, conflict_id: str, choice: str, value: Any = None) -> Conflict:
        return resolve_conflict(self.workspace, conflict_id, choice, value)

    def status(self) -> dict[str, Any]:
        return {
            "server": self.server_url,
            "account": self.store.get(ACCOUNT_KEY),
            "signed_in": self.signed_in,
            "tokens_in": self.vault.where,
            "pending": self.store.pending_count(),
            "open_conflicts": len(self.store.conflicts()),
            "parked": len(self.store.parked()),
            "not_applied": self.store.inbox_count(),
            "last_run": self.store.last_run(),
            "last_success": self.store.last_success(),
        }


def _machine_ca_file(workspace: Any) -> str:
    machine = settings.MachineSettings(workspace.data_dir / MACHINE_SETTINGS_FILE)
    return str(machine.get(settings.SYNC_CA_FILE))
