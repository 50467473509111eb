"""The OS keychain through `keyring`, refusing backends that store secrets in plaintext or not at all."""

from __future__ import annotations

import contextlib
import logging
import os
from typing import Any

import keyring
import keyring.errors

SERVICE = "GTG CRM Desktop"

#: Backends that keep secrets in a plaintext file, keep nothing, or always fail.
_UNSAFE_BACKEND_MODULES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")

_log = logging.getLogger(__name__)


def _is_safe(backend: Any) -> bool:
    module = type(backend).__module__
    if any(module == m or module.startswith(m + ".") for m in _UNSAFE_BACKEND_MODULES):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # a backend whose priority check itself fails is not usable
        return False


def usable_backend() -> Any | None:
    """The keychain backend to use, or None when there is no safe one (or GTGCRM_NO_KEYCHAIN=1)."""
    if os.environ.get("GTGCRM_NO_KEYCHAIN") == "1":
        return None
    current = keyring.get_keyring()
    candidates = list(getattr(current, "backends", None) or [current])
    for backend in candidates:
        if _is_safe(backend):
            return backend
    return None


class Keychain:
    """Stores and reads hex-encoded key-encryption keys for one workspace."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend if backend is not None else usable_backend()

    @property
    def available(self) -> bool:
        return self._backend is not None

    def get(self, account: str) -> bytes | None:
        """The key stored under `account`, or None when absent or unreadable."""
        if self._backend is None:
            return None
        try:
            value = self._backend.get_password(SERVICE, account)
        except keyring.errors.KeyringError as exc:
            _log.warning("keychain read failed: %s", type(exc).__name__)
            return None
        if not value:
            return None
        try:
            return bytes.fromhex(value)
        except ValueError:
            return None

    def put(self, account: str, key: bytes) -> bool:
        """Store `key`; False when the keychain refused (the caller falls back to other slots)."""
        if self._backend is None:
            return False
        try:
            self._backend.set_password(SERVICE, account, key.hex())
        except keyring.errors.KeyringError as exc:
            _log.warning("keychain write failed: %s", type(exc).__name__)
            return False
        return True

    def delete(self, account: str) -> None:
        if self._backend is None:
            return
        with contextlib.suppress(keyring.errors.KeyringError):
            self._backend.delete_password(SERVICE, account)
