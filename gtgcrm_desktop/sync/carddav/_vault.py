"""Where the CardDAV user name and password live: the OS keychain, or sealed in the workspace."""

from __future__ import annotations

import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gtgcrm_desktop.store.keychain import Keychain
from gtgcrm_desktop.store.sync_state import SyncStore
from gtgcrm_desktop.sync.carddav._http import Credentials

_SEALED_NAME = "carddav"


def _sealing_key(workspace: Any) -> bytes:
    """A key derived from the workspace's data key (never stored anywhere)."""
    key: bytes = workspace.derive_key("carddav credentials v1")
    return key


class CredentialVault:
    """Saves, loads and forgets the CardDAV credentials; never writes them in plaintext."""

    def __init__(self, workspace: Any, keychain: Keychain | None = None) -> None:
        self._workspace = workspace
        self._keychain = keychain if keychain is not None else Keychain()
        self._store = SyncStore(workspace.db)

    @property
    def _account(self) -> str:
        return f"carddav:{self._workspace.workspace_id}:{self._workspace.device_id}"

    @property
    def where(self) -> str:
        """'keychain' or 'workspace' (sealed in the database)."""
        return "keychain" if self._keychain.available else "workspace"

    def save(self, credentials: Credentials) -> None:
        payload = json.dumps(
            {"username": credentials.username, "password": credentials.password}
        ).encode("utf-8")
        if self._keychain.put(self._account, payload):
            self._store.seal(_SEALED_NAME, None, None)
            return
        nonce = os.urandom(12)
        sealed = AESGCM(_sealing_key(self._workspace)).encrypt(
            nonce, payload, self._account.encode()
        )
        self._store.seal(_SEALED_NAME, nonce, sealed)

    def load(self) -> Credentials | None:
        payload = self._keychain.get(self._account)
        if payload is None:
            found = self._store.sealed(_SEALED_NAME)
            if found is None:
                return None
            try:
                payload = AESGCM(_sealing_key(self._workspace)).decrypt(
                    found[0], found[1], self._account.encode()
                )
            except InvalidTag:  # the data key was rotated since: add the account again
                return None
        try:
            data = json.loads(payload)
            return Credentials(str(data["username"]), str(data["password"]))
        except (ValueError, KeyError, TypeError):
            return None

    def forget(self) -> None:
        self._keychain.delete(self._account)
        self._store.seal(_SEALED_NAME, None, None)
