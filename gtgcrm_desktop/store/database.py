"""A SQLCipher connection opened with a raw key, with nested transactions and typed errors."""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlcipher3

from gtgcrm_desktop.core.errors import (
    CorruptWorkspaceError,
    DamagedDatabaseError,
    DatabaseBusyError,
    FileAccessError,
    GtgError,
)
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP

DETAIL_NOT_DECRYPTABLE = QT_TRANSLATE_NOOP(
    "errors", "the database cannot be decrypted with its key, or is not a database"
)
DETAIL_MALFORMED = QT_TRANSLATE_NOOP("errors", "the database file is damaged")

DatabaseError = sqlcipher3.DatabaseError
#: How long a write waits for another connection's transaction before giving up.
BUSY_TIMEOUT = 10.0
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


def is_busy(exc: BaseException) -> bool:
    """True when another connection kept the database locked past the busy timeout."""
    text = str(exc).lower()
    return isinstance(exc, sqlcipher3.OperationalError) and (
        "database is locked" in text
        or "database is busy" in text
        or "database table is locked" in text
    )


def is_refused(exc: BaseException) -> bool:
    """True when the OS would not let SQLite open or write the files (a read-only folder)."""
    text = str(exc).lower()
    return isinstance(exc, sqlcipher3.OperationalError) and (
        "unable to open database file" in text or "readonly database" in text
    )


def typed_error(exc: BaseException, path: Path) -> GtgError | None:
    """The typed error for a SQLite fault a person can act on (damage, busy, a folder that
    cannot be written), else None."""
    if is_corruption(exc):
        return DamagedDatabaseError(path=str(path.parent))
    if is_busy(exc):
        return DatabaseBusyError(seconds=int(BUSY_TIMEOUT))
    if is_refused(exc):
        return FileAccessError(path=str(path.parent), reason=FileAccessError.REASONS[errno.EACCES])
    return None


def _connect(path: Path, key: bytes) -> Any:
    """A keyed connection that has read the schema; CorruptWorkspaceError if the key is wrong."""
    connection = sqlcipher3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT
    )
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")  # keep SQLCipher off stderr
        connection.execute(_key_pragma(key))
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        connection.close()
        typed = typed_error(exc, path) if is_busy(exc) or is_refused(exc) else None
        if typed is not None:
            raise typed from exc
        raise CorruptWorkspaceError(path=str(path.parent), detail=DETAIL_NOT_DECRYPTABLE) from exc
    return connection


class Database:
    """One encrypted connection, safe to share between threads (calls are serialised)."""

    def __init__(self, connection: Any, path: Path) -> None:
        self._connection = connection
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        #: Called once when a transaction has waited a second for another writer (the CLI
        #: says it waits); the wait goes on up to BUSY_TIMEOUT in all.
        self.on_busy: Callable[[], None] | None = None

    @classmethod
    def open(cls, path: Path, key: bytes) -> Database:
        """Open (or create) the database at `path`; a wrong key or a damaged file raises
        CorruptWorkspaceError before anything is written."""
        database = cls(_connect(path, key), path)
        database._configure()
        return database

    def reopen(self, key: bytes) -> None:
        """Open again after `close()` (the app's lock screen), keeping this object, so every
        repository holding it works again."""
        with self._lock:
            if self._connection is not None:
                return
            self._connection = _connect(self.path, key)
            self._configure()

    def _fault(self, exc: BaseException) -> BaseException:
        return typed_error(exc, self.path) or exc

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
            try:
                return self._connection.execute(sql, params)
            except sqlcipher3.DatabaseError as exc:
                raise self._fault(exc) from exc

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._lock:
            try:
                self._connection.executemany(sql, rows)
            except sqlcipher3.DatabaseError as exc:
                raise self._fault(exc) from exc

    def executescript(self, script: str) -> None:
        with self._lock:
            try:
                self._connection.executescript(script)
            except sqlcipher3.DatabaseError as exc:
                raise self._fault(exc) from exc

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Row | None:
        with self._lock:
            try:
                row: Row | None = self._connection.execute(sql, params).fetchone()
            except sqlcipher3.DatabaseError as exc:
                raise self._fault(exc) from exc
            return row

    def all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
        with self._lock:
            try:
                rows: list[Row] = self._connection.execute(sql, params).fetchall()
            except sqlcipher3.DatabaseError as exc:
                raise self._fault(exc) from exc
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
            if depth == 0:
                self._begin()
            else:
                self.execute(f"SAVEPOINT sp{depth}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                # SQLite may have rolled back already (damage, a full disk): keep the first error.
                with suppress(sqlcipher3.DatabaseError):
                    if depth == 0:
                        self._connection.execute("ROLLBACK")
                    else:
                        self._connection.execute(f"ROLLBACK TO sp{depth}")
                        self._connection.execute(f"RELEASE sp{depth}")
                raise
            self._depth -= 1
            try:
                self.execute("COMMIT" if depth == 0 else f"RELEASE sp{depth}")
            except BaseException:
                if depth == 0 and self._connection is not None:
                    with suppress(sqlcipher3.DatabaseError):
                        self._connection.execute("ROLLBACK")
                raise

    def _begin(self) -> None:
        if self.on_busy is None:
            self.execute("BEGIN IMMEDIATE")
            return
        first_wait = 1.0
        self._connection.execute(f"PRAGMA busy_timeout = {int(first_wait * 1000)}")
        try:
            self._connection.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as exc:
            if not is_busy(exc):
                raise self._fault(exc) from exc
            self.on_busy()
            self._connection.execute(
                f"PRAGMA busy_timeout = {int((BUSY_TIMEOUT - first_wait) * 1000)}"
            )
            self.execute("BEGIN IMMEDIATE")
        finally:
            self._connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")

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

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """SQLCipher's page check (every page's HMAC) and SQLite's integrity_check (or the
        faster quick_check): the problems found, [] when healthy. Nothing is written."""
        problems: list[str] = []
        checks = (
            "PRAGMA cipher_integrity_check",
            f"PRAGMA {'quick' if quick else 'integrity'}_check",
        )
        with self._lock:
            for pragma in checks:
                try:
                    rows = self._connection.execute(pragma).fetchall()
                except sqlcipher3.DatabaseError as exc:
                    problems.append(f"{pragma}: {exc}")
                    continue
                problems.extend(str(row[0]) for row in rows if row and str(row[0]) != "ok")
        return problems
