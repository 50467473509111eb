"""Where the CardDAV user name and password live: the OS keychain, or sealed in the workspace."""

from __future__ import annotations

from typing import Any

from gtgcrm_desktop.store.keychain import Keychain
from gtgcrm_desktop.sync.carddav._http import Credentials
from gtgcrm_desktop.sync.secrets import SecretVault


class CredentialVault:
    """Saves, loads and forgets the CardDAV credentials; never writes them in plaintext."""

    def __init__(self, workspace: Any, keychain: Keychain | None = None) -> None:
        self._vault = SecretVault(workspace, "carddav", "carddav credentials v1", keychain)

    @property
    def where(self) -> str:
        return self._vault.where

    def save(self, credentials: Credentials) -> None:
        self._vault.save({"username": credentials.username, "password": credentials.password})

    def load(self) -> Credentials | None:
        data = self._vault.load()
        if data is None or "username" not in data or "password" not in data:
            return None
        return Credentials(str(data["username"]), str(data["password"]))

    def forget(self) -> None:
        self._vault.forget()
