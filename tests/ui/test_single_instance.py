"""One app per workspace: a second start (another process) raises the first one's window."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QMainWindow

from gtgcrm_desktop.ui.single_instance import SingleInstance, instance_key, raise_app_window
from tests.conftest import ROOT

SECOND = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from gtgcrm_desktop.ui.single_instance import claim_or_raise
    app = QApplication([])
    sys.exit(0 if claim_or_raise(Path(sys.argv[1])) is None else 3)
    """
)


def start_second(folder) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SECOND, str(folder)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_the_same_folder_gives_the_same_key_and_another_folder_another(tmp_path):
    assert instance_key(tmp_path / "a") == instance_key(tmp_path / "a" / ".." / "a")
    assert instance_key(tmp_path / "a") != instance_key(tmp_path / "b")


def test_a_second_process_asks_the_first_to_come_forward_and_stops(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "ws")
    assert first.claim()
    try:
        with qtbot.waitSignal(first.activate_requested, timeout=15_000):
            second = start_second(tmp_path / "ws")
            while second.poll() is None:
                qtbot.wait(20)
        assert second.returncode == 0
        assert "already open" in second.stderr.read()
        # Another workspace is not affected: that one starts as a first instance.
        other = start_second(tmp_path / "other")
        assert other.wait(30) == 3
    finally:
        first.release()


def test_once_the_first_has_gone_a_new_start_is_first_again(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "ws")
    assert first.claim()
    first.release()
    second = start_second(tmp_path / "ws")
    assert second.wait(30) == 3


def test_a_crashed_first_instance_does_not_block_the_next_start(tmp_path):
    crash = textwrap.dedent(
        """
        import os, sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from gtgcrm_desktop.ui.single_instance import SingleInstance
        app = QCoreApplication([])
        assert SingleInstance(Path(sys.argv[1])).claim()
        os._exit(9)
        """
    )
    dead = subprocess.run([sys.executable, "-c", crash, str(tmp_path / "ws")], cwd=ROOT)
    assert dead.returncode == 9
    assert start_second(tmp_path / "ws").wait(30) == 3


def test_raising_shows_the_main_window_again(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    qtbot.waitUntil(window.isVisible)
    assert window.isMinimized()
    raise_app_window()
    assert not window.isMinimized()


def test_starting_the_app_twice_opens_the_workspace_once(tmp_path, data_dir):
    """Two real app processes on one workspace: the second stops at once, exit 0, having
    opened nothing (the first stays the only holder of the workspace lock)."""
    import os
    import time

    from tests.conftest import PASSPHRASE

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "GTGCRM_PASSPHRASE": PASSPHRASE,
        "GTGCRM_NO_KEYCHAIN": "1",
    }
    command = [sys.executable, "-m", "gtgcrm_desktop", "--data-dir", str(data_dir), "--lang", "en"]
    holders = data_dir / "locks"
    first = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not list(holders.glob("*.holder")) and time.monotonic() < deadline:
            assert first.poll() is None, first.stderr.read()
            time.sleep(0.1)
        assert len(list(holders.glob("*.holder"))) == 1
        second = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0
        assert "already open" in second.stderr
        assert first.poll() is None  # the first one runs on
        assert len(list(holders.glob("*.holder"))) == 1
    finally:
        first.terminate()
        first.wait(30)
