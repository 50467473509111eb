"""The one background task runner of the GUI: work on a thread pool, results on the GUI thread."""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QEventLoop,
    QMetaMethod,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from gtgcrm_desktop.ui.collector import collect_on_gui_thread

_log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], bool]
ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressListener = Callable[[int, int], None]

#: Progress signals are sent at most this often (the last one is always sent).
_PROGRESS_INTERVAL_S = 0.05
_RELEASE_POLL_MS = 5
#: A progress dialog appears only for tasks that run longer than this.
PROGRESS_DIALOG_DELAY_MS = 1000


class TaskCancelled(Exception):
    """Raised by a task that stops because cancel was requested (reported as cancelled)."""


class TaskHandle(QObject):
    """One running task: cancel it, or follow its progress and end from the GUI thread.

    `fn` runs on a worker thread. If it takes a `progress` parameter (or exactly one
    positional parameter) it receives `progress(done, total) -> bool`, which returns False
    once cancel was requested; `fn` then stops (returning, or raising TaskCancelled).
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    #: Sent last, after succeeded, failed or cancelled.
    finished = Signal()

    # Sent from the worker thread; queued to this object's (the GUI) thread, then re-sent
    # as the public signals above, so every listener runs on the GUI thread.
    _worker_progress = Signal(int, int)
    _worker_ended = Signal(str, object)

    def __init__(self, cancellable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancellable = cancellable
        self._cancel = threading.Event()
        self._done = threading.Event()
        #: Set once the worker has returned from its last signal: only then may it be deleted.
        self._released = threading.Event()
        #: What the worker held (its function, the outcome), let go of here on the GUI thread.
        self._held: object = None
        self._worker_progress.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        self._worker_ended.connect(self._relay_end, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(str, object)
    def _relay_end(self, outcome: str, value: object) -> None:
        if outcome == "result":
            self.succeeded.emit(value)
        elif outcome == "error":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
        self.finished.emit()

    def cancel(self) -> None:
        """Ask the task to stop; it stops at its next progress call."""
        if self.cancellable:
            self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the worker has finished (results may still be queued for the GUI)."""
        return self._done.wait(timeout_s)


def _wants_progress(fn: Callable[..., Any]) -> str | None:
    """'keyword' if `fn` has a `progress` parameter, 'positional' if it takes one argument."""
    try:
        parameters = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return None
    if any(p.name == "progress" for p in parameters):
        return "keyword"
    positional = [
        p
        for p in parameters
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty
    ]
    return "positional" if len(positional) == 1 else None


def _nothing() -> None:
    """What a job holds once it has given its function back."""


class _Job(QRunnable):
    """Runs `fn` on a pool thread and reports through the handle's (queued) signals."""

    def __init__(self, fn: Callable[..., Any], handle: TaskHandle) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._handle: TaskHandle | None = handle
        self._last_progress = 0.0

    def _progress(self, done: int, total: int) -> bool:
        handle = self._handle
        if handle is None:  # called after the task returned (kept by the task): ignored
            return False
        now = time.monotonic()
        if done >= total or now - self._last_progress >= _PROGRESS_INTERVAL_S:
            self._last_progress = now
            handle._worker_progress.emit(int(done), int(total))
        return not handle.cancel_requested

    def run(self) -> None:
        # Every Python object this job holds (the function and whatever it closes over, the
        # result or error) must be let go of on the GUI thread: a parentless QObject whose last
        # reference went on this thread would be freed here, then deleted again on the GUI
        # thread (a crash in ~QObject). So the job gives them to the handle, which the GUI
        # thread empties once `_released` is set.
        fn, self._fn = self._fn, _nothing
        outcome, value = self._call(fn)
        handle, self._handle = self._handle, None
        assert handle is not None  # run() runs once
        released = handle._released
        handle._held = (fn, value)
        handle._done.set()
        handle._worker_ended.emit(outcome, value)
        del fn, value, handle
        released.set()  # from here on this thread never touches the handle again

    def _call(self, fn: Callable[..., Any]) -> tuple[str, object]:
        mode = _wants_progress(fn)
        try:
            if mode == "keyword":
                return "result", fn(progress=self._progress)
            if mode == "positional":
                return "result", fn(self._progress)
            return "result", fn()
        except TaskCancelled:
            return "cancelled", None
        except BaseException as error:  # the GUI decides how to show it
            _log.info("task failed: %s", type(error).__name__)
            return "error", error


def _delete_when_released(handle: TaskHandle) -> None:
    """Delete `handle` once its worker has let go of it: the queued end signal can arrive while
    the worker is still inside emit(), and deleting a QObject that another thread is emitting
    from crashes in ~QObject. The poll is bound to the handle, so it ends with it. Called from
    a timer, never inside one of the handle's own signals (see `_let_go_of_callbacks`)."""
    if not handle._released.is_set():
        QTimer.singleShot(_RELEASE_POLL_MS, handle, lambda: _delete_when_released(handle))
        return
    # The task's callbacks may hold the last reference to the runner (a model closing over
    # it, say). Let go of them here, not inside the handle's destructor, where the runner's
    # end would delete the handle a second time; and keep the runner until a later event.
    runner = handle.parent()
    handle._held = None
    _let_go_of_callbacks(handle)
    handle.deleteLater()
    QTimer.singleShot(0, lambda: _keep(runner))


def _let_go_of_callbacks(handle: TaskHandle) -> None:
    for signal in (
        handle.progress,
        handle.succeeded,
        handle.failed,
        handle.cancelled,
        handle.finished,
    ):
        if handle.isSignalConnected(QMetaMethod.fromSignal(signal)):
            signal.disconnect()


def _keep(_: object) -> None:
    """Holds an object until the event that calls it has run."""


class TaskRunner(QObject):
    """Starts tasks on a thread pool; every callback is delivered on the GUI thread."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Workers run Python: a cycle collection there would free Qt objects off the GUI thread.
        collect_on_gui_thread()
        self._pool = pool or QThreadPool(self)
        self._running: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_result: ResultCallback,
        on_error: ErrorCallback,
        on_progress: ProgressListener | None = None,
        on_cancelled: Callable[[], None] | None = None,
        cancellable: bool = False,
    ) -> TaskHandle:
        """Run `fn` off the GUI thread; see TaskHandle for the progress/cancel protocol."""
        handle = TaskHandle(cancellable, self)
        handle.succeeded.connect(on_result)
        handle.failed.connect(on_error)
        if on_progress is not None:
            handle.progress.connect(on_progress)
        if on_cancelled is not None:
            handle.cancelled.connect(on_cancelled)
        # A slot of the runner itself, not a lambda: a lambda would hold the runner from its
        # handle's connection, so the runner could be freed inside its handle's destructor.
        handle.finished.connect(self._forget_finished)
        self._running.add(handle)
        self._pool.start(_Job(fn, handle))
        return handle

    @Slot()
    def _forget_finished(self) -> None:
        handle = self.sender()
        if isinstance(handle, TaskHandle):
            self._running.discard(handle)
            # Not now: this runs inside the handle's `finished`, whose later slots must run.
            QTimer.singleShot(0, handle, lambda: _delete_when_released(handle))

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for handle in list(self._running):
            handle.cancel()

    def wait_for_done(self, timeout_ms: int = -1) -> bool:
        """Block until every worker has returned (on shutdown, and in tests)."""
        return self._pool.waitForDone(timeout_ms)


class ProgressDialogGuard(QObject):
    """Shows a modal progress dialog with Cancel for a task still running after one second."""

    def __init__(
        self,
        handle: TaskHandle,
        label: str,
        parent: QWidget | None = None,
        delay_ms: int = PROGRESS_DIALOG_DELAY_MS,
    ) -> None:
        # Owned by the handle, so it lives exactly as long as the task.
        super().__init__(handle)
        self._handle = handle
        self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self._dialog.setWindowTitle(self.tr("Please wait"))
        self._dialog.setMinimumDuration(0)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        if not handle.cancellable:
            self._dialog.setCancelButton(None)
        self._dialog.hide()
        self._dialog.canceled.connect(handle.cancel)
        handle.progress.connect(self._on_progress)
        handle.finished.connect(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(delay_ms)

    @property
    def dialog(self) -> QProgressDialog:
        return self._dialog

    def _dialog_alive(self) -> bool:
        """False once the dialog went with its parent window (closed while the task ran)."""
        return shiboken6.isValid(self._dialog)

    @Slot()
    def _show(self) -> None:
        if not self._handle.done and self._dialog_alive():
            self._dialog.show()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog_alive():
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total > 0 else 0)

    @Slot()
    def _close(self) -> None:
        self._timer.stop()
        if self._dialog_alive():
            self._dialog.hide()
            self._dialog.deleteLater()


def run_with_progress(
    runner: TaskRunner,
    fn: Callable[..., Any],
    *,
    label: str,
    parent: QWidget | None,
    on_result: ResultCallback,
    on_error: ErrorCallback,
    on_cancelled: Callable[[], None] | None = None,
    cancellable: bool = True,
) -> TaskHandle:
    """`runner.run(...)` plus a progress dialog (with Cancel) if it takes over a second."""
    handle = runner.run(
        fn,
        on_result=on_result,
        on_error=on_error,
        on_cancelled=on_cancelled,
        cancellable=cancellable,
    )
    ProgressDialogGuard(handle, label, parent)
    return handle


def wait_until_finished(handle: TaskHandle) -> None:
    """Run the event loop, without user input, until `handle`'s task has delivered its outcome."""
    loop = QEventLoop()
    handle.finished.connect(loop.quit)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
