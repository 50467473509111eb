"""Runs a render on its own thread and stops it when its time is up, even in a tight loop."""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from gtgcrm_desktop.templates.limits import Budget, RenderTimeout, budget

T = TypeVar("T")

#: How long a render's thread gets to notice it was stopped before it is left behind.
GRACE_SECONDS = 0.5


def _set_async_exc(thread_id: int, exception: type[BaseException] | None) -> None:
    """Raise `exception` in the thread as soon as it runs Python code (None: cancel that)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), None if exception is None else ctypes.py_object(exception)
    )


class _Run:
    """One render on a worker thread: its result, its error, and whether it is still running."""

    def __init__(self, work: Callable[[], object], limits: Budget) -> None:
        self.work = work
        self.limits = limits
        self.result: object = None
        self.error: BaseException | None = None
        self.lock = threading.Lock()
        self.running = True
        self.thread = threading.Thread(target=self._main, name="template-render", daemon=True)

    def _main(self) -> None:
        try:
            try:
                with budget(self.limits):
                    self.result = self.work()
            except BaseException as exc:  # handed to the waiting thread
                self.error = exc
            finally:
                with self.lock:
                    self.running = False
                    _set_async_exc(threading.get_ident(), None)  # drop a stop not yet raised
        except RenderTimeout:
            pass

    def stop(self) -> None:
        """Raise `RenderTimeout` in the render's thread, unless it has finished."""
        with self.lock:
            if self.running and self.thread.ident is not None:
                _set_async_exc(self.thread.ident, RenderTimeout)


def run_with_deadline(
    work: Callable[[], T], limits: Budget, timed_out: Callable[[], Exception]
) -> T:
    """`work()` on a worker thread under `limits`; when its deadline passes, the thread is
    stopped and `timed_out()` is raised here (the work's own exceptions are raised as they are)."""
    run = _Run(work, limits)
    run.thread.start()
    run.thread.join(max(limits.deadline - time.monotonic(), 0.0))
    if run.thread.is_alive():
        run.stop()
        run.thread.join(GRACE_SECONDS)
        if run.thread.is_alive():
            raise timed_out()
    if run.error is not None:
        raise run.error
    return run.result  # type: ignore[return-value]
