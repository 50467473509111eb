"""Python's cycle collector never frees Qt objects on a worker thread (a closed window, a task
handle): automatic collection runs on the GUI thread only."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from gtgcrm_desktop.ui.tasks import TaskRunner


def test_a_qt_object_in_a_cycle_is_freed_on_the_gui_thread_not_by_a_busy_worker(qtbot, qapp):
    runner = TaskRunner()
    gui = threading.get_ident()
    freed_on: list[int] = []

    def garbage_cycle() -> None:
        made = QObject()
        made.itself = made  # type: ignore[attr-defined]  # only the cycle collector frees it
        weakref.finalize(made, lambda: freed_on.append(threading.get_ident()))

    def allocate() -> list[list[int]]:
        return [[] for _ in range(300_000)]  # enough for full automatic collections

    gc.collect()
    garbage_cycle()
    results: list[object] = []
    handle = runner.run(allocate, on_result=results.append, on_error=results.append)
    with qtbot.waitSignal(handle.finished, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: bool(freed_on), timeout=10_000)
    assert freed_on == [gui]
    runner.wait_for_done()
