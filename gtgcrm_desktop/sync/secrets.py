"""Connector secrets (tokens, passwords): the OS keychain, or sealed (AES-GCM) in the workspace."""

from __future__ import annotations

import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gtgcrm_desktop.store.keychain import Keychain
from gtgcrm_desktop.store.sync_state import SyncStore


class SecretVault:
    """Keeps one JSON object for one workspace and device; never writes it in plaintext.

    With a usable keychain it lives there; otherwise it is sealed in the database under a key
    derived from the data key for `purpose` (after `gtgcrm key rotate` it no longer opens, and
    the person signs in again)."""

    def __init__(
        self, workspace: Any, name: str, purpose: str, keychain: Keychain | None = None
    ) -> None:
        self._workspace = workspace
        self._name = name
        self._purpose = purpose
        self._keychain = keychain if keychain is not None else Keychain()
        self._store = SyncStore(workspace.db)

    @property
    def account(self) -> str:
        return f"{self._name}:{self._workspace.workspace_id}:{self._workspace.device_id}"

    @property
    def where(self) -> str:
        """'keychain' or 'workspace' (sealed in the database)."""
        return "keychain" if self._keychain.available else "workspace"

    def _aead(self) -> AESGCM:
        key: bytes = self._workspace.derive_key(self._purpose)
        return AESGCM(key)

    def save(self, value: dict[str, Any]) -> None:
        payload = json.dumps(value).encode("utf-8")
        if self._keychain.put(self.account, payload):
            self._store.seal(self._name, None, None)
            return
        nonce = os.urandom(12)
        self._store.seal(
            self._name, nonce, self._aead().encrypt(nonce, payload, self.account.encode())
        )

    def load(self) -> dict[str, Any] | None:
        payload = self._keychain.get(self.account)
        if payload is None:
            found = self._store.sealed(self._name)
            if found is None:
                return None
            try:
                payload = self._aead().decrypt(found[0], found[1], self.account.encode())
            except InvalidTag:  # the data key was rotated since it was sealed
                return None
        try:
            value = json.loads(payload)
        except ValueError:
            return None
        return value if isinstance(value, dict) else None

    def forget(self) -> None:
        self._keychain.delete(self.account)
        self._store.seal(self._name, None, None)
