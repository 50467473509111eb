"""The task runner: results, progress and errors arrive on the GUI thread; cancel works."""

from __future__ import annotations

import threading

import pytest

from gtgcrm_desktop.ui.tasks import TaskCancelled, TaskRunner, run_with_progress


@pytest.fixture
def runner(qapp):
    made = TaskRunner()
    yield made
    made.cancel_all()
    made.wait_for_done()


def test_result_and_progress_arrive_on_the_gui_thread(qtbot, runner):
    gui = threading.get_ident()
    seen: list[tuple[str, object, bool]] = []

    def work(progress):
        for done in range(1, 4):
            progress(done, 3)
        return threading.get_ident()

    handle = runner.run(
        work,
        on_result=lambda worker: seen.append(
            ("result", worker != gui, threading.get_ident() == gui)
        ),
        on_error=lambda error: seen.append(("error", error, False)),
        on_progress=lambda done, total: seen.append(
            ("progress", (done, total), threading.get_ident() == gui)
        ),
    )
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert ("result", True, True) in seen
    assert ("progress", (3, 3), True) in seen
    assert all(on_gui for _, _, on_gui in seen)


def test_errors_are_delivered_not_raised(qtbot, runner):
    errors: list[BaseException] = []

    def boom():
        raise ValueError("bad")

    handle = runner.run(boom, on_result=lambda _: None, on_error=errors.append)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert isinstance(errors[0], ValueError)


def test_cancel_is_seen_by_the_progress_callback(qtbot, runner):
    started = threading.Event()
    cancelled: list[bool] = []

    def long_work(progress):
        started.set()
        for done in range(10_000):
            if not progress(done, 10_000):
                raise TaskCancelled
            threading.Event().wait(0.001)
        return "finished"

    handle = runner.run(
        long_work,
        on_result=lambda _: None,
        on_error=lambda _: None,
        on_cancelled=lambda: cancelled.append(True),
        cancellable=True,
    )
    assert started.wait(5)
    handle.cancel()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert cancelled == [True]


def test_a_slow_task_shows_a_progress_dialog_with_cancel(qtbot, runner):
    release = threading.Event()
    results: list[object] = []

    def slow(progress):
        while not release.is_set():
            if not progress(1, 2):
                raise TaskCancelled
            release.wait(0.01)
        return "done"

    handle = run_with_progress(
        runner, slow, label="Working", parent=None, on_result=results.append, on_error=print
    )
    from PySide6.QtWidgets import QApplication, QProgressDialog

    def dialog_visible() -> bool:
        return any(
            isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )

    qtbot.waitUntil(dialog_visible, timeout=3000)
    release.set()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert results == ["done"]
    qtbot.waitUntil(lambda: not dialog_visible(), timeout=3000)


def test_a_handle_outlives_its_worker_until_the_worker_has_let_go(qtbot, runner, monkeypatch):
    """The end arrives on the GUI thread while the worker may still be inside emit(): the
    handle must not be deleted under it (that crashed in ~QObject under load)."""
    import shiboken6

    from gtgcrm_desktop.ui import tasks

    let_go = threading.Event()
    original_set = threading.Event.set

    def slow_release(event: threading.Event) -> None:
        if handle_box and event is handle_box[0]._released:
            let_go.wait(5)  # the worker lingers after its last emit
        original_set(event)

    handle_box: list[tasks.TaskHandle] = []
    started = threading.Event()
    monkeypatch.setattr(threading.Event, "set", slow_release)
    finished: list[bool] = []
    handle = runner.run(
        lambda: started.wait(5), on_result=lambda _: finished.append(True), on_error=print
    )
    handle_box.append(handle)
    started.set()
    qtbot.waitUntil(lambda: finished == [True], timeout=5000)
    qtbot.wait(50)  # deferred deletions would have run by now
    assert shiboken6.isValid(handle)
    let_go.set()
    qtbot.waitUntil(lambda: not shiboken6.isValid(handle), timeout=5000)


def test_the_progress_dialog_may_go_with_its_window_before_the_task_ends(qtbot, runner):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    release = threading.Event()
    errors: list[BaseException] = []
    results: list[object] = []
    run_with_progress(
        runner,
        lambda progress: (progress(1, 2), release.wait(5), "done")[-1],
        label="Working",
        parent=window,
        on_result=results.append,
        on_error=errors.append,
    )
    window.deleteLater()  # the person closed the window while the task ran
    qtbot.wait(50)
    release.set()
    with qtbot.captureExceptions() as raised:
        qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
        qtbot.wait(50)
    assert not raised and not errors


def test_a_runner_deleted_while_a_handle_waits_for_its_worker_leaves_nothing_behind(qtbot, qapp):
    import shiboken6

    from gtgcrm_desktop.ui.tasks import TaskHandle, _delete_when_released

    made = TaskRunner()
    handle = TaskHandle(False, made)
    _delete_when_released(handle)  # its worker is still inside emit(): polls
    shiboken6.delete(made)  # the handle goes with its runner
    handle._released.set()
    qtbot.wait(50)  # no poll may touch the deleted handle (an error in a timer slot fails here)


def test_a_runner_only_its_tasks_refer_to_is_not_freed_inside_a_handle_destructor(qtbot, qapp):
    """The runner's end-of-task slot holds no reference to the runner: once the caller lets go
    of it, nothing of its handles keeps it alive to be freed while one of them is destroyed."""
    import gc
    import weakref

    runner = TaskRunner()
    results: list[object] = []
    handle = runner.run(lambda: 1, on_result=results.append, on_error=results.append)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    runner.wait_for_done()
    alive = weakref.ref(runner)
    del runner, handle
    gc.collect()
    assert alive() is None
    qtbot.wait(50)  # pending deletes and polls of the freed runner's handles: no crash
    assert results == [1]


def test_what_a_task_held_is_let_go_of_on_the_gui_thread(qtbot, runner):
    """A parentless QObject that only a finished task still refers to is freed on the GUI
    thread, never on the worker (freed there, Qt deleted it again later: a crash in ~QObject,
    seen in CI after the backups page's tests)."""
    import weakref

    from PySide6.QtCore import QObject

    freed_on: list[str] = []
    results: list[object] = []
    for _ in range(40):
        holder = QObject()
        weakref.finalize(holder, lambda: freed_on.append(threading.current_thread().name))
        runner.run(
            lambda held=holder: held.objectName(), on_result=results.append, on_error=results.append
        )
        del holder
    runner.wait_for_done()
    qtbot.waitUntil(lambda: len(freed_on) == 40, timeout=5000)
    assert set(freed_on) == {threading.main_thread().name} and results == [""] * 40


_RUNNER_HELD_ONLY_BY_CALLBACKS = """
from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication
from gtgcrm_desktop.ui.tasks import TaskRunner

app = QApplication([])


class Model(QObject):
    def __init__(self, tasks):
        super().__init__()
        self.tasks = tasks

    def refresh(self):
        self.tasks.run(lambda: 1, on_result=lambda rows: self.objectName(), on_error=print)


for _ in range(40):
    runner = TaskRunner()
    Model(runner).refresh()
    runner.wait_for_done()
    del runner  # from here only the task's callbacks hold the model, which holds the runner
    loop = QEventLoop()
    QTimer.singleShot(15, loop.quit)
    loop.exec()
print("all ended")
"""


def test_a_runner_only_a_finished_tasks_callbacks_hold_goes_without_a_crash(tmp_path):
    """A closed page's model, held only by its task's callback, holding the only reference to
    an old runner: the handle's end must not free the runner inside the handle's destructor
    (CI crashed so in the backups page's tests). Run apart: the failure is a crash."""
    import os
    import subprocess
    import sys

    script = tmp_path / "runner_held_by_callbacks.py"
    script.write_text(_RUNNER_HELD_ONLY_BY_CALLBACKS)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ran = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, env=environment
    )
    assert ran.returncode == 0 and ran.stdout.strip() == "all ended", ran.stderr[-2000:]
