"""A SQLCipher connection opened with a raw key, with nested transactions and typed errors."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from gtgcrm_desktop.core.errors import CorruptWorkspaceError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

DETAIL_NOT_DECRYPTABLE = QT_TRANSLATE_NOOP(
    "errors", "the database cannot be decrypted with its key, or is not a database"
)
DETAIL_MALFORMED = QT_TRANSLATE_NOOP("errors", "the database file is damaged")

DatabaseError = sqlcipher3.DatabaseError
IntegrityError = sqlcipher3.IntegrityError
Row = tuple[Any, ...]


def _key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def is_corruption(exc: BaseException) -> bool:
    """True for the errors SQLite raises on a damaged or undecryptable file."""
    text = str(exc).lower()
    return isinstance(exc, sqlcipher3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text
    )


class Database:
    """One encrypted connection, safe to share between threads (calls are serialised)."""

    def __init__(self, connection: Any, path: Path) -> None:
        self._connection = connection
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0

    @classmethod
    def open(cls, path: Path, key: bytes) -> Database:
        """Open (or create) the database at `path`; a wrong key or a damaged file raises
        CorruptWorkspaceError before anything is written."""
        connection = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, timeout=10.0
        )
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")  # keep SQLCipher off stderr
            connection.execute(_key_pragma(key))
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            connection.close()
            raise CorruptWorkspaceError(
                path=str(path.parent), detail=DETAIL_NOT_DECRYPTABLE
            ) from exc
        database = cls(connection, path)
        database._configure()
        return database

    def _configure(self) -> None:
        for pragma in (
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = NORMAL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA secure_delete = ON",
            "PRAGMA temp_store = MEMORY",  # no temporary files, encrypted or not
            "PRAGMA cache_size = -65536",  # 64 MiB of decrypted pages
        ):
            self._connection.execute(pragma)

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    @property
    def closed(self) -> bool:
        return self._connection is None

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with self._lock:
            return self._connection.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._lock:
            self._connection.executemany(sql, rows)

    def executescript(self, script: str) -> None:
        with self._lock:
            self._connection.executescript(script)

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Row | None:
        with self._lock:
            row: Row | None = self._connection.execute(sql, params).fetchone()
            return row

    def all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
        with self._lock:
            rows: list[Row] = self._connection.execute(sql, params).fetchall()
            return rows

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All-or-nothing: BEGIN IMMEDIATE at the outermost level, savepoints inside."""
        with self._lock:
            depth = self._depth
            self._connection.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if depth == 0:
                    self._connection.execute("ROLLBACK")
                else:
                    self._connection.execute(f"ROLLBACK TO sp{depth}")
                    self._connection.execute(f"RELEASE sp{depth}")
                raise
            self._depth -= 1
            self._connection.execute("COMMIT" if depth == 0 else f"RELEASE sp{depth}")

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page with `new_key` (SQLCipher's PRAGMA rekey)."""
        with self._lock:
            self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._connection.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")

    def export_plaintext(self, target: Path) -> None:
        """Write a decrypted copy of the whole database to `target` (which must not exist)."""
        with self._lock:
            self._connection.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
            try:
                self._connection.execute("SELECT sqlcipher_export('plaintext')")
                version = self._connection.execute("PRAGMA user_version").fetchone()[0]
                self._connection.execute(f"PRAGMA plaintext.user_version = {int(version)}")
            finally:
                self._connection.execute("DETACH DATABASE plaintext")
