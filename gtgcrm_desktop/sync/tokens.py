"""Where the cloud sign-in tokens live: the OS keychain, or sealed inside the workspace."""

from __future__ import annotations

from typing import Any

from gtgcrm_desktop.store.keychain import Keychain
from gtgcrm_desktop.sync.client import Tokens
from gtgcrm_desktop.sync.secrets import SecretVault


class TokenVault:
    """Saves, loads and forgets the tokens of one workspace; never writes them in plaintext."""

    def __init__(self, workspace: Any, keychain: Keychain | None = None) -> None:
        self._vault = SecretVault(workspace, "sync-tokens", "sync tokens v1", keychain)

    @property
    def where(self) -> str:
        return self._vault.where

    def save(self, tokens: Tokens) -> None:
        self._vault.save(tokens.to_json())

    def load(self) -> Tokens | None:
        data = self._vault.load()
        try:
            return None if data is None else Tokens.from_json(data)
        except (ValueError, KeyError, TypeError):
            return None

    def forget(self) -> None:
        self._vault.forget()
