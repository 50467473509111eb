"""The workspace lock: shared while a workspace is open, exclusive for key operations.

Two OS locks in `<data dir>/locks/` (`flock` on POSIX; on Windows `LockFileEx` through
portalocker, imported there only: its import costs ~25 ms, five times the lock's budget per
command), released by the OS when the process dies:

- `workspace.lock` is held shared by every process that has the workspace open, and
  exclusively by one that changes the key file (`key rotate`, `passphrase change`, ...).
- `gate.lock` is held briefly by an opener and for the whole operation by an exclusive
  holder. So a process that already holds the workspace shared can turn its lock exclusive
  without a window in which another process could slip in (see `WorkspaceLock.exclusive`).

Beside them each holder keeps a small record (`<pid>-<token>.holder`: who, which command,
since when; nothing personal), so that a refusal can name what holds the workspace.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, NamedTuple

from gtgcrm_desktop.core.errors import WorkspaceInUseError

LOCK_DIR = "locks"
OPEN_LOCK = "workspace.lock"
GATE_LOCK = "gate.lock"
HOLDER_SUFFIX = ".holder"

#: Holders that keep a workspace open for long; waiting for them is pointless.
LONG_HOLDERS = frozenset({"app"})
#: How long an opener or a key operation waits for short holders (CLI commands).
DEFAULT_WAIT = 10.0
#: A wait shorter than this is not worth telling anyone about.
NOTIFY_AFTER = 0.3
_POLL = 0.05


class LockHolder(NamedTuple):
    """What another process said about itself when it took the lock (a NamedTuple: a
    dataclass would cost a millisecond more at every command's start)."""

    holder: str  # "app", "cli", or another short word
    pid: int
    command: str = ""  # e.g. "gtgcrm key rotate"; never arguments
    since: str = ""
    exclusive: bool = False
    token: str = ""

    @property
    def long(self) -> bool:
        return self.holder in LONG_HOLDERS


OnWait = Callable[[LockHolder | None], None]


def in_use_error(holder: LockHolder | None) -> WorkspaceInUseError:
    """The refusal naming `holder` (or 'another process' when nobody said who)."""
    if holder is None:
        return WorkspaceInUseError(WorkspaceInUseError.UNKNOWN)
    if holder.long:
        return WorkspaceInUseError(WorkspaceInUseError.APP, pid=holder.pid)
    return WorkspaceInUseError(
        WorkspaceInUseError.COMMAND, command=holder.command or "gtgcrm", pid=holder.pid
    )


def _open_lock_file(path: Path) -> IO[bytes]:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except PermissionError:
        if not path.exists():
            raise
        fd = os.open(path, os.O_RDONLY)  # a read-only workspace: a lock needs no write access
        return os.fdopen(fd, "rb", buffering=0)
    return os.fdopen(fd, "r+b", buffering=0)


_SHARED, _EXCLUSIVE = False, True

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only

    def _try(handle: IO[bytes], exclusive: bool) -> bool:
        import portalocker

        flags = portalocker.LockFlags.EXCLUSIVE if exclusive else portalocker.LockFlags.SHARED
        try:
            portalocker.lock(handle, flags | portalocker.LockFlags.NON_BLOCKING)
        except portalocker.AlreadyLocked:
            return False
        return True

    def _lock(handle: IO[bytes], exclusive: bool) -> None:
        import portalocker

        flags = portalocker.LockFlags.EXCLUSIVE if exclusive else portalocker.LockFlags.SHARED
        portalocker.lock(handle, flags)

    def _unlock(handle: IO[bytes]) -> None:
        import portalocker

        with contextlib.suppress(portalocker.LockException, OSError):
            portalocker.unlock(handle)

else:
    import fcntl

    def _try(handle: IO[bytes], exclusive: bool) -> bool:
        operation = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(handle.fileno(), operation | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _lock(handle: IO[bytes], exclusive: bool) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)

    def _unlock(handle: IO[bytes]) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def pid_alive(pid: int) -> bool:
    """True when a process with this id is running (best effort, never raises)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but belongs to someone else
    return True


class WorkspaceLock:
    """This process's hold on one workspace folder; `release()` (or process death) ends it."""

    def __init__(self, data_dir: Path, holder: str = "cli", command: str = "") -> None:
        self.folder = data_dir / LOCK_DIR
        self.holder = holder
        self.command = command
        self.token = secrets.token_hex(4)
        self._open: IO[bytes] | None = None
        self._gate: IO[bytes] | None = None
        self._exclusive = False

    # -- state ------------------------------------------------------------------------------

    @property
    def held(self) -> bool:
        return self._open is not None

    @property
    def is_exclusive(self) -> bool:
        return self._open is not None and self._exclusive

    @property
    def _record_path(self) -> Path:
        return self.folder / f"{os.getpid()}-{self.token}{HOLDER_SUFFIX}"

    # -- taking and giving back -------------------------------------------------------------

    def acquire(
        self, *, exclusive: bool = False, wait: float = DEFAULT_WAIT, on_wait: OnWait | None = None
    ) -> WorkspaceLock:
        """Take the lock. Shared: wait up to `wait` s for an exclusive holder to finish.
        Exclusive: refuse at once while an app has the workspace open, else wait up to `wait` s
        for other holders to finish. Raises WorkspaceInUseError (naming the holder)."""
        if self.held:
            raise RuntimeError("lock already held")
        self._ensure_folder()
        gate = _open_lock_file(self.folder / GATE_LOCK)
        opened = _open_lock_file(self.folder / OPEN_LOCK)
        try:
            self._wait_for_gate(gate, wait, on_wait)
            if exclusive:
                self._wait_for_sole(opened, gate, wait, on_wait)
            elif not _try(opened, _SHARED):  # cannot happen while we hold the gate; be safe
                _lock(opened, _SHARED)
        except BaseException:
            _unlock(gate)
            gate.close()
            opened.close()
            raise
        if exclusive:
            self._gate = gate
        else:
            _unlock(gate)
            gate.close()
        self._open, self._exclusive = opened, exclusive
        if exclusive:
            self._clear_other_records()
        else:  # records of processes that died holding it (killed, crashed) go now
            self.holders()
        self._write_record()
        return self

    def release(self) -> None:
        """Give the lock back (idempotent)."""
        if self._open is None:
            return
        with contextlib.suppress(OSError):
            self._record_path.unlink()
        _unlock(self._open)
        self._open.close()
        self._open = None
        if self._gate is not None:
            _unlock(self._gate)
            self._gate.close()
            self._gate = None
        self._exclusive = False

    def downgrade(self) -> None:
        """From exclusive to shared (e.g. after creating a workspace): others may open it."""
        if self._open is None or not self._exclusive:
            return
        _unlock(self._open)
        _lock(self._open, _SHARED)  # we still hold the gate: immediate
        self._exclusive = False
        if self._gate is not None:
            _unlock(self._gate)
            self._gate.close()
            self._gate = None
        self._write_record()

    @contextlib.contextmanager
    def exclusive(
        self, *, wait: float = DEFAULT_WAIT, on_wait: OnWait | None = None
    ) -> Iterator[None]:
        """Hold the lock exclusively for the block, then shared again (no-op if already
        exclusive). While we hold the gate no one else can take the lock in between."""
        if self._open is None:
            raise RuntimeError("lock not held")
        if self._exclusive:
            yield
            return
        gate = _open_lock_file(self.folder / GATE_LOCK)
        try:
            self._wait_for_gate(gate, wait, on_wait)
        except BaseException:
            gate.close()
            raise
        opened = self._open
        try:
            _unlock(opened)
            try:
                self._wait_for_sole(opened, gate, wait, on_wait)
            except BaseException:
                _lock(opened, _SHARED)  # only shared holders remain: immediate
                raise
            self._exclusive = True
            self._clear_other_records()
            self._write_record()
            try:
                yield
            finally:
                _unlock(opened)
                _lock(opened, _SHARED)
                self._exclusive = False
                self._write_record()
        finally:
            _unlock(gate)
            gate.close()

    # -- who holds it -----------------------------------------------------------------------

    def holders(self) -> list[LockHolder]:
        """The live holders other than this lock (stale records of dead processes are removed)."""
        found: list[LockHolder] = []
        try:
            entries = list(self.folder.glob(f"*{HOLDER_SUFFIX}"))
        except OSError:
            return found
        for path in entries:
            holder = _read_record(path)
            if holder is None or holder.token == self.token:
                continue
            if not pid_alive(holder.pid):
                with contextlib.suppress(OSError):
                    path.unlink()
                continue
            found.append(holder)
        return found

    def blocking_holder(self) -> LockHolder | None:
        """The holder to name in a message: an exclusive one, else an app, else any."""
        live = self.holders()
        live.sort(key=lambda h: (not h.exclusive, not h.long, h.pid))
        return live[0] if live else None

    # -- helpers ----------------------------------------------------------------------------

    def _ensure_folder(self) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    def _wait_for_gate(self, gate: IO[bytes], wait: float, on_wait: OnWait | None) -> None:
        """The gate is held by an exclusive holder for its whole operation: wait for it."""
        self._poll(lambda: _try(gate, _EXCLUSIVE), wait, on_wait, give_up_on_long=False)

    def _wait_for_sole(
        self, opened: IO[bytes], gate: IO[bytes], wait: float, on_wait: OnWait | None
    ) -> None:
        """With the gate held (no new openers), wait for the others to close the workspace."""
        self._poll(lambda: _try(opened, _EXCLUSIVE), wait, on_wait, give_up_on_long=True)

    def _poll(
        self,
        attempt: Callable[[], bool],
        wait: float,
        on_wait: OnWait | None,
        *,
        give_up_on_long: bool,
    ) -> None:
        start = time.monotonic()
        told = False
        while not attempt():
            holder = self.blocking_holder()
            waited = time.monotonic() - start
            if waited >= wait or (give_up_on_long and holder is not None and holder.long):
                raise in_use_error(holder)
            if on_wait is not None and not told and waited >= NOTIFY_AFTER:
                on_wait(holder)
                told = True
            time.sleep(_POLL)

    def _clear_other_records(self) -> None:
        """Holding the lock exclusively, every other record is left by a dead process."""
        with contextlib.suppress(OSError):
            for path in self.folder.glob(f"*{HOLDER_SUFFIX}"):
                if path != self._record_path:
                    with contextlib.suppress(OSError):
                        path.unlink()

    def _write_record(self) -> None:
        record: dict[str, Any] = {
            "holder": self.holder,
            "pid": os.getpid(),
            "command": self.command,
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
            "exclusive": self._exclusive,
            "token": self.token,
        }
        path = self._record_path
        temporary = path.with_name(path.name + ".tmp")
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(record, handle)
            os.replace(temporary, path)
        except OSError:
            pass  # the record only improves a message; the OS lock is what counts

    def __enter__(self) -> WorkspaceLock:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def _read_record(path: Path) -> LockHolder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            return None
        return LockHolder(
            holder=str(data.get("holder") or ""),
            pid=int(data.get("pid") or 0),
            command=str(data.get("command") or "")[:80],
            since=str(data.get("since") or ""),
            exclusive=bool(data.get("exclusive")),
            token=str(data.get("token") or ""),
        )
    except (OSError, ValueError, TypeError):
        return None
