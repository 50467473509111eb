"""Key slots: the database key wrapped by the keychain, the passphrase and a recovery code."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gtgcrm_desktop.core.errors import (
    CorruptWorkspaceError,
    NoSecretError,
    UnknownRecoveryCodeError,
    WrongPassphraseError,
)
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.store.keychain import Keychain

KEY_FILE_FORMAT = "gtgcrm-keys"
KEY_FILE_VERSION = 1
DATA_KEY_BYTES = 32

#: Argon2id cost: 64 MiB, 2 passes, 4 lanes (about 0.2 s here; above OWASP's minimums).
ARGON2_DEFAULTS: dict[str, int] = {"memory_cost": 65536, "iterations": 2, "lanes": 4}

#: Crockford base32: no I, L, O, U, so a code read aloud or retyped is not misread.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RECOVERY_GROUPS = 8  # 8 groups of 4 symbols = 160 bits

DETAIL_KEY_FILE = QT_TRANSLATE_NOOP("errors", "its key file is unreadable")
DETAIL_KDF_COST = QT_TRANSLATE_NOOP(
    "errors", "its key file asks for a far higher unlocking cost than GTG CRM ever writes"
)
#: A key file (or a backup's) from someone else may ask for any Argon2 cost: at most four
#: times what we write is accepted, so unlocking cannot be made to take minutes or gigabytes.
ARGON2_LIMITS: dict[str, tuple[int, int]] = {
    "memory_cost": (8, ARGON2_DEFAULTS["memory_cost"] * 4),
    "iterations": (1, ARGON2_DEFAULTS["iterations"] * 4),
    "lanes": (1, ARGON2_DEFAULTS["lanes"] * 4),
}
SALT_BYTES = (8, 64)


class UnreasonableKdfError(ValueError):
    """KDF parameters outside what this app writes (x4): refused before any work."""


@dataclass(frozen=True, slots=True)
class Secrets:
    """What the person (or the environment) offered to unlock a workspace."""

    passphrase: str | None = None
    recovery_code: str | None = None
    use_keychain: bool = True


@dataclass(slots=True)
class KeySlot:
    """One wrapped copy of the data key."""

    kind: str  # "keychain", "passphrase" or "recovery"
    nonce: bytes
    wrapped: bytes
    kdf: dict[str, Any] = field(default_factory=dict)
    account: str = ""  # keychain entry name, for kind == "keychain"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }
        if self.kdf:
            data["kdf"] = self.kdf
        if self.account:
            data["account"] = self.account
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        return cls(
            kind=str(data["kind"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
            kdf=dict(data.get("kdf") or {}),
            account=str(data.get("account") or ""),
        )


@dataclass(slots=True)
class KeyFile:
    """The sidecar beside the database: workspace id and key slots; no secrets in clear."""

    workspace_id: str
    slots: list[KeySlot] = field(default_factory=list)
    #: A new recovery code was made but not yet confirmed as shown (a rotation cut short).
    recovery_code_unshown: bool = False
    #: The folder it was read from, for messages ("" when made in memory).
    source: str = field(default="", compare=False)

    def slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "workspace_id": self.workspace_id,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.recovery_code_unshown:
            data["recovery_code_unshown"] = True
        return data

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read the key file; a damaged one (of any shape) raises CorruptWorkspaceError."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("key file is not an object")
            if data.get("format") != KEY_FILE_FORMAT or data.get("version") != KEY_FILE_VERSION:
                raise ValueError("unknown key file format")
            slots = data["slots"]
            if not isinstance(slots, list) or not all(isinstance(s, dict) for s in slots):
                raise ValueError("slots are not a list of objects")
            return cls(
                workspace_id=str(data["workspace_id"]),
                slots=[KeySlot.from_json(s) for s in slots],
                recovery_code_unshown=data.get("recovery_code_unshown") is True,
                source=str(path.parent),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise CorruptWorkspaceError(path=str(path.parent), detail=DETAIL_KEY_FILE) from exc

    def save(self, path: Path) -> None:
        """Write atomically and durably: a unique temporary file in the same folder, fsync,
        atomic replace, fsync of the folder. A crash leaves the old or the new file."""
        write_private_atomically(path, json.dumps(self.to_json(), indent=2).encode("utf-8"))


def write_private_atomically(path: Path, content: bytes) -> None:
    """Replace `path` by `content` (mode 0600) so that readers see the old or the new file."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder this way and needs not."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems do not sync folders; the rename itself is atomic
    finally:
        os.close(fd)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_code() -> str:
    """A random recovery code such as `7K2M-...`, 160 bits."""
    symbols = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * 4))
    return "-".join(symbols[i : i + 4] for i in range(0, len(symbols), 4))


def _canonical_recovery_code(code: str) -> str:
    cleaned = unicodedata.normalize("NFKC", code).upper()
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    return "".join(ch for ch in cleaned if ch in _RECOVERY_ALPHABET)


def _salt(kdf: dict[str, Any]) -> bytes:
    salt = kdf.get("salt")
    if not isinstance(salt, str) or len(salt) > 4 * SALT_BYTES[1]:
        raise UnreasonableKdfError("salt")
    decoded = _unb64(salt)
    if not SALT_BYTES[0] <= len(decoded) <= SALT_BYTES[1]:
        raise UnreasonableKdfError("salt")
    return decoded


def _argon2_costs(kdf: dict[str, Any]) -> dict[str, int]:
    """The Argon2 costs of `kdf`, each an int within ARGON2_LIMITS; else UnreasonableKdfError."""
    costs: dict[str, int] = {}
    for name, (low, high) in ARGON2_LIMITS.items():
        value = kdf.get(name)
        if type(value) is not int or not low <= value <= high:
            raise UnreasonableKdfError(name)
        costs[name] = value
    if costs["memory_cost"] < 8 * costs["lanes"]:
        raise UnreasonableKdfError("memory_cost")
    return costs


def _passphrase_kek(passphrase: str, kdf: dict[str, Any]) -> bytes:
    if kdf.get("name") != "argon2id":
        raise UnreasonableKdfError("unknown KDF")
    costs, salt = _argon2_costs(kdf), _salt(kdf)
    # Imported here: unlocking through the keychain (every start-up) needs neither KDF.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt,
        length=32,
        iterations=costs["iterations"],
        lanes=costs["lanes"],
        memory_cost=costs["memory_cost"],
    ).derive(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def _recovery_kek(code: str, kdf: dict[str, Any]) -> bytes:
    # The code has 160 random bits, so a fast KDF is enough: guessing is the hard part.
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=_salt(kdf), info=b"gtgcrm recovery"
    ).derive(_canonical_recovery_code(code).encode("ascii"))


def _aad(workspace_id: str, kind: str) -> bytes:
    return f"gtgcrm:{workspace_id}:{kind}".encode()


def _wrap(kind: str, kek: bytes, data_key: bytes, workspace_id: str, **extra: Any) -> KeySlot:
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(workspace_id, kind))
    return KeySlot(kind=kind, nonce=nonce, wrapped=wrapped, **extra)


def _unwrap(slot: KeySlot, kek: bytes, workspace_id: str) -> bytes:
    """The data key; raises InvalidTag when `kek` is not the slot's key."""
    return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(workspace_id, slot.kind))


def passphrase_slot(passphrase: str, data_key: bytes, workspace_id: str) -> KeySlot:
    kdf: dict[str, Any] = {
        "name": "argon2id",
        "salt": _b64(secrets.token_bytes(16)),
        **ARGON2_DEFAULTS,
    }
    return _wrap("passphrase", _passphrase_kek(passphrase, kdf), data_key, workspace_id, kdf=kdf)


def recovery_slot(code: str, data_key: bytes, workspace_id: str) -> KeySlot:
    kdf: dict[str, Any] = {"name": "hkdf-sha256", "salt": _b64(secrets.token_bytes(16))}
    return _wrap("recovery", _recovery_kek(code, kdf), data_key, workspace_id, kdf=kdf)


def keychain_slot(keychain: Keychain, data_key: bytes, workspace_id: str) -> KeySlot | None:
    """A slot whose key lives in the OS keychain; None when there is no usable keychain."""
    if not keychain.available:
        return None
    kek = secrets.token_bytes(32)
    account = f"{workspace_id}/{secrets.token_hex(4)}"
    if not keychain.put(account, kek):
        return None
    return _wrap("keychain", kek, data_key, workspace_id, account=account)


def check_passphrase(key_file: KeyFile, passphrase: str) -> bytes:
    """The data key if `passphrase` opens the passphrase slot; else WrongPassphraseError."""
    slot = key_file.slot("passphrase")
    if slot is None:
        raise WrongPassphraseError()
    try:
        return _unwrap(slot, _passphrase_kek(passphrase, slot.kdf), key_file.workspace_id)
    except UnreasonableKdfError as exc:
        raise CorruptWorkspaceError(path=key_file.source, detail=DETAIL_KDF_COST) from exc
    except (InvalidTag, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise WrongPassphraseError() from exc


def check_recovery_code(key_file: KeyFile, code: str) -> bytes:
    slot = key_file.slot("recovery")
    if slot is None:
        raise UnknownRecoveryCodeError()
    try:
        return _unwrap(slot, _recovery_kek(code, slot.kdf), key_file.workspace_id)
    except UnreasonableKdfError as exc:
        raise CorruptWorkspaceError(path=key_file.source, detail=DETAIL_KDF_COST) from exc
    except (InvalidTag, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UnknownRecoveryCodeError() from exc


def keychain_data_key(key_file: KeyFile, keychain: Keychain) -> bytes | None:
    """The data key through the keychain slot, or None if that slot cannot be opened."""
    slot = key_file.slot("keychain")
    if slot is None or not keychain.available:
        return None
    kek = keychain.get(slot.account)
    if kek is None:
        return None
    try:
        return _unwrap(slot, kek, key_file.workspace_id)
    except (InvalidTag, ValueError):
        return None


def unlock(key_file: KeyFile, offered: Secrets, keychain: Keychain) -> tuple[bytes, str]:
    """The data key and the slot kind that opened it: keychain, then passphrase, then recovery."""
    if offered.use_keychain:
        data_key = keychain_data_key(key_file, keychain)
        if data_key is not None:
            return data_key, "keychain"
    if offered.passphrase is not None:
        return check_passphrase(key_file, offered.passphrase), "passphrase"
    if offered.recovery_code is not None:
        return check_recovery_code(key_file, offered.recovery_code), "recovery"
    raise NoSecretError()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
