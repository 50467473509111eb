"""Where sign-in tokens live: the OS keychain, or sealed (AES-GCM) inside the workspace database."""

from __future__ import annotations

import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gtgcrm_desktop.store.keychain import Keychain
from gtgcrm_desktop.store.sync_state import SyncStore
from gtgcrm_desktop.sync.client import Tokens

_SEALED_NAME = "tokens"


def _sealing_key(workspace: Any) -> bytes:
    """A key derived from the workspace's data key (never stored anywhere)."""
    key: bytes = workspace.derive_key("sync tokens v1")
    return key


class TokenVault:
    """Saves, loads and forgets the tokens of one workspace; never writes them in plaintext."""

    def __init__(self, workspace: Any, keychain: Keychain | None = None) -> None:
        self._workspace = workspace
        self._keychain = keychain if keychain is not None else Keychain()
        self._store = SyncStore(workspace.db)

    @property
    def _account(self) -> str:
        return f"sync-tokens:{self._workspace.workspace_id}:{self._workspace.device_id}"

    @property
    def where(self) -> str:
        """'keychain' or 'workspace' (sealed in the database)."""
        return "keychain" if self._keychain.available else "workspace"

    def save(self, tokens: Tokens) -> None:
        payload = json.dumps(tokens.to_json()).encode("utf-8")
        if self._keychain.put(self._account, payload):
            self._store.seal(_SEALED_NAME, None, None)
            return
        nonce = os.urandom(12)
        sealed = AESGCM(_sealing_key(self._workspace)).encrypt(
            nonce, payload, self._account.encode()
        )
        self._store.seal(_SEALED_NAME, nonce, sealed)

    def load(self) -> Tokens | None:
        payload = self._keychain.get(self._account)
        if payload is None:
            found = self._store.sealed(_SEALED_NAME)
            if found is None:
                return None
            try:
                payload = AESGCM(_sealing_key(self._workspace)).decrypt(
                    found[0], found[1], self._account.encode()
                )
            except InvalidTag:  # the data key was rotated since: sign in again
                return None
        try:
            return Tokens.from_json(json.loads(payload))
        except (ValueError, KeyError, TypeError):
            return None

    def forget(self) -> None:
        self._keychain.delete(self._account)
        self._store.seal(_SEALED_NAME, None, None)
