"""Python's cycle collector runs on the GUI thread only, never on a worker thread."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

#: How often the GUI thread looks whether a collection is due.
CHECK_INTERVAL_MS = 500
_NAME = "gtgcrmGuiCollector"


class GuiCollector(QObject):
    """Turns automatic collection off and collects from a GUI-thread timer instead.

    Python collects cycles in whichever thread happens to allocate; on a task runner's worker
    that frees the Qt objects in the garbage (a closed window, a finished task's handle, an old
    task runner) on the wrong thread: crashes in ~QObject, or a thread pool waiting for itself.
    Collections keep CPython's thresholds, checked here instead of at each allocation.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(_NAME)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(CHECK_INTERVAL_MS)

    def collect_if_due(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


def collect_on_gui_thread() -> None:
    """Install the GUI collector once per application (call it from the GUI thread)."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return
    if app.findChild(GuiCollector, _NAME) is None:
        GuiCollector(app)
