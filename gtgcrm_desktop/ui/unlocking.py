"""Opening the workspace for the GUI: silently (keychain, environment), else by asking."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop

from gtgcrm_desktop.core.errors import InputError
from gtgcrm_desktop.core.i18n import QT_TRANSLATE_NOOP
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.ui.tasks import TaskRunner

UNREADABLE_FILE = QT_TRANSLATE_NOOP("errors", "Cannot read {path}.")


def passphrase_from_environment(args: argparse.Namespace) -> str | None:
    """GTGCRM_PASSPHRASE, else the file of --passphrase-file, else None."""
    from_env = os.environ.get("GTGCRM_PASSPHRASE")
    if from_env is not None:
        return from_env
    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(UNREADABLE_FILE, path=path) from exc
    return None


def run_and_wait(tasks: TaskRunner, fn: Callable[[], object]) -> object:
    """Run `fn` on the task runner while the GUI keeps painting; return or raise its outcome."""
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def on_result(value: object) -> None:
        outcome["result"] = value
        loop.quit()

    def on_error(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    # Results are queued to this thread, so they cannot arrive before the loop runs.
    tasks.run(fn, on_result=on_result, on_error=on_error)
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("result")


def open_silently(tasks: TaskRunner, data_dir: Path, passphrase: str | None) -> Workspace:
    """Unlock with the keychain, then `passphrase` if given; raises the UnlockError otherwise."""
    secrets = Secrets(passphrase=passphrase)
    workspace = run_and_wait(tasks, lambda: Workspace.open(data_dir, secrets))
    assert isinstance(workspace, Workspace)
    return workspace
