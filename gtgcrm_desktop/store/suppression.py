"""People who asked to be erased: salted hashes of their e-mails and phones, no plaintext."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable

from gtgcrm_desktop.core.models import Contact
from gtgcrm_desktop.core.times import now_iso
from gtgcrm_desktop.core.validation import email_match_key
from gtgcrm_desktop.store.database import Database
from gtgcrm_desktop.store.settings import WorkspaceSettings

SALT_KEY = "suppression_salt"


class SuppressionList:
    """Remembers erased people by keyed hash so a later import can recognise them."""

    def __init__(self, database: Database, settings: WorkspaceSettings) -> None:
        self._db = database
        self._settings = settings

    def _salt(self) -> bytes:
        salt = self._settings.raw(SALT_KEY)
        if salt is None:
            salt = secrets.token_hex(32)
            self._settings.set_raw(SALT_KEY, salt)
        return bytes.fromhex(salt)

    def _hash(self, kind: str, value: str) -> str:
        return hmac.new(self._salt(), f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()

    @staticmethod
    def _keys(emails: Iterable[str], phones_e164: Iterable[str]) -> list[tuple[str, str]]:
        keys = [("email", k) for k in (email_match_key(e) for e in emails) if k]
        keys += [("phone", p) for p in phones_e164 if p]
        return keys

    def add(self, contact: Contact) -> int:
        """Suppress the e-mails and phones of `contact`; returns how many hashes were stored."""
        keys = self._keys((e.value for e in contact.emails), (p.e164 or "" for p in contact.phones))
        stamp = now_iso()
        with self._db.transaction():
            self._db.executemany(
                "INSERT OR IGNORE INTO suppressions (hash, kind, created_at) VALUES (?, ?, ?)",
                ((self._hash(kind, value), kind, stamp) for kind, value in keys),
            )
        return len(keys)

    def matches(self, contact: Contact) -> bool:
        """True when any e-mail or phone of `contact` belongs to an erased person."""
        keys = self._keys((e.value for e in contact.emails), (p.e164 or "" for p in contact.phones))
        if not keys:
            return False
        hashes = [self._hash(kind, value) for kind, value in keys]
        marks = ",".join("?" * len(hashes))
        return (
            self._db.one(f"SELECT 1 FROM suppressions WHERE hash IN ({marks})", hashes) is not None
        )

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM suppressions"))
