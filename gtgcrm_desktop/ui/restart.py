"""Start GTG CRM again (after a language change, or on a restored workspace) and quit this one."""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QWidget


def without_option(arguments: list[str], option: str) -> list[str]:
    """`arguments` without `option` and its value (`--opt V` or `--opt=V`)."""
    kept: list[str] = []
    skip = False
    for item in arguments:
        if skip:
            skip = False
        elif item == option:
            skip = True
        elif not item.startswith(f"{option}="):
            kept.append(item)
    return kept


def restart(window: QWidget | None, arguments: list[str]) -> bool:
    """Close `window` (which asks about unsaved changes), start a new instance with
    `arguments`, quit this one; False when the user chose to stay."""
    if window is not None and not window.close():
        return False
    if getattr(sys, "frozen", False):
        QProcess.startDetached(sys.executable, arguments)
    else:
        QProcess.startDetached(sys.executable, ["-m", "gtgcrm_desktop", *arguments])
    QApplication.quit()
    return True
