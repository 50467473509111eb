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


_DROPPED_RUNNER = """
import time
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from gtgcrm_desktop.ui.tasks import TaskRunner

class Holder:
    pass

def dropped_runner():
    holder = Holder()
    holder.itself, holder.runner = holder, TaskRunner()  # freed only by the cycle collector
    return holder.runner

kept = []
dropped_runner().run(
    lambda: kept.append([[] for _ in range(300_000)]),
    on_result=lambda _: None,
    on_error=lambda _: None,
)
end = time.monotonic() + 1.5
while time.monotonic() < end:
    app.processEvents()
print("finished")
"""


def test_a_dropped_runner_is_not_freed_by_its_own_worker(tmp_path):
    # Freed on its own pool thread, its thread pool waited for itself: a crash or a hang.
    import os
    import subprocess
    import sys

    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _DROPPED_RUNNER],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        cwd=tmp_path,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "finished")
