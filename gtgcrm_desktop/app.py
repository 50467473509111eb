"""The desktop app's composition root: language, unlock or first run, main window (or screenshot)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from gtgcrm_desktop import __version__
from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.core.errors import (
    GtgError,
    NoSecretError,
    NoWorkspaceError,
    UnlockError,
    WrongPassphraseError,
)
from gtgcrm_desktop.core.i18n import SUPPORTED_LANGUAGES
from gtgcrm_desktop.core.paths import MACHINE_SETTINGS_FILE, data_dir, use_private_files
from gtgcrm_desktop.core.resources import resource_path
from gtgcrm_desktop.core.settings import MachineSettings
from gtgcrm_desktop.store import Workspace

if TYPE_CHECKING:
    from gtgcrm_desktop.ui.context import AppContext

EXIT_OK, EXIT_INPUT, EXIT_UNLOCK, EXIT_INTERNAL = 0, 1, 2, 70
APP_ID = "GTG CRM"

_log = logging.getLogger("gtgcrm_desktop")


BACKGROUND_SCREENS_DELAY_MS = 1500
#: Names a file the start-up probe writes to (ui/startup_probe.py); set by the benchmark.
PROBE_VARIABLE = "GTGCRM_STARTUP_PROBE"


def choose_language(args: argparse.Namespace, machine_settings: MachineSettings) -> str:
    """--lang, else the saved setting (Arabic by default)."""
    explicit = getattr(args, "lang", None)
    if explicit in SUPPORTED_LANGUAGES:
        return str(explicit)
    return machine_settings.get(app_settings.LANGUAGE)


def _application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setOrganizationName("GTG")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("gtgcrm")
    app.setWindowIcon(QIcon(str(resource_path("icons", "gtgcrm.png"))))
    return app


def _setup_logging(folder: Path) -> None:
    """Log ids and event names (never personal data) once the workspace is open."""
    log_path = folder / "logs" / "gtgcrm.log"
    log_path.parent.mkdir(exist_ok=True)
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    for old in _log.handlers:
        old.close()
    _log.handlers[:] = [handler]
    _log.setLevel(logging.INFO)


def _open_workspace(
    folder: Path, args: argparse.Namespace, language: str, tasks: object, interactive: bool
) -> Workspace | None:
    """Unlock silently, else (interactive only) ask; first run starts the wizard."""
    from gtgcrm_desktop.ui.language import wait_for_fonts
    from gtgcrm_desktop.ui.tasks import TaskRunner
    from gtgcrm_desktop.ui.unlocking import open_silently, passphrase_from_environment

    assert isinstance(tasks, TaskRunner)
    if not Workspace.exists(folder):
        if not interactive:
            raise NoWorkspaceError(path=str(folder))
        from gtgcrm_desktop.ui.dialogs.first_run import FirstRunWizard

        wait_for_fonts()

        wizard = FirstRunWizard(folder, tasks, language)
        wizard.exec()
        return wizard.workspace
    try:
        return open_silently(tasks, folder, passphrase_from_environment(args))
    except UnlockError as error:
        if not interactive or not isinstance(error, NoSecretError | WrongPassphraseError):
            raise
    from gtgcrm_desktop.ui.dialogs.unlock import UnlockDialog

    wait_for_fonts()
    dialog = UnlockDialog(folder, tasks, language)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.workspace


def _show_policy_notice(context: object, window: object) -> None:
    from gtgcrm_desktop.ui.widgets.privacy_policy import maybe_show_policy_notice

    maybe_show_policy_notice(context, window)  # type: ignore[arg-type]


def _start_after_first_paint(context: object, window: object) -> None:
    """The window lock (idle and screen-lock watches), the start-up checks and the automatic
    backups (every few hours, and at close: see run_app)."""
    from gtgcrm_desktop.ui.backups import start_backups
    from gtgcrm_desktop.ui.lock_screen import WindowLock
    from gtgcrm_desktop.ui.recovery_print import offer_recovery_code_if_unshown
    from gtgcrm_desktop.ui.widgets.damage_banner import start_damage_check

    WindowLock(window, context)  # type: ignore[arg-type]
    start_damage_check(context, window)  # type: ignore[arg-type]
    offer_recovery_code_if_unshown(context, window)  # type: ignore[arg-type]
    _show_policy_notice(context, window)
    start_backups(context, window)  # type: ignore[arg-type]


def _apply_date_style(machine_settings: MachineSettings) -> None:
    from gtgcrm_desktop.core.settings import CALENDAR, DIGITS
    from gtgcrm_desktop.ui.dates import set_date_style

    set_date_style(machine_settings.get(CALENDAR), machine_settings.get(DIGITS))


def _read_first_contacts_page_ahead(context: AppContext) -> None:
    """Read the contact list's first page on a worker while the window is built."""
    from gtgcrm_desktop.ui.models.contacts import FIRST_PAGE_READ_AHEAD, FirstPageReadAhead

    read_ahead = FirstPageReadAhead(context.workspace.contacts, context.tasks)
    context.read_ahead[FIRST_PAGE_READ_AHEAD] = read_ahead


def run_app(args: argparse.Namespace) -> int:
    """Open the desktop app (or, with --screenshot, render one screen and exit)."""
    from gtgcrm_desktop.ui.context import AppContext
    from gtgcrm_desktop.ui.language import install_language, wait_for_fonts
    from gtgcrm_desktop.ui.main_window import MainWindow
    from gtgcrm_desktop.ui.tasks import TaskRunner

    use_private_files()  # every file the app writes: 0600 (POSIX)
    folder = data_dir(getattr(args, "data_dir", None))
    machine_settings = MachineSettings(folder / MACHINE_SETTINGS_FILE)
    language = choose_language(args, machine_settings)
    screenshot = getattr(args, "screenshot", None)
    app = _application()
    # The fonts load on a thread beside the rest of start-up (and the workspace opening).
    translators = install_language(app, language, fonts_in_background=True)
    _apply_date_style(machine_settings)
    tasks = TaskRunner()
    if not screenshot:
        from gtgcrm_desktop.ui.single_instance import claim_or_raise

        instance = claim_or_raise(folder)  # kept for the whole run
        if instance is None:
            wait_for_fonts()  # the font thread must not outlive the QApplication
            return EXIT_OK
    try:
        workspace = _open_workspace(folder, args, language, tasks, interactive=not screenshot)
    except GtgError as error:
        message = error.localized(language)
        print(message, file=sys.stderr)
        wait_for_fonts()
        if not screenshot:
            QMessageBox.critical(None, "GTG CRM", message)
        return error.exit_code if isinstance(error, UnlockError) else EXIT_INPUT
    if workspace is None:
        return EXIT_OK
    context = AppContext(workspace, tasks, language, machine_settings)
    if not screenshot and machine_settings.get(app_settings.LAST_SCREEN) == "contacts":
        _read_first_contacts_page_ahead(context)
    _setup_logging(folder)
    wait_for_fonts()
    window = MainWindow(context)
    try:
        if screenshot:
            from gtgcrm_desktop.ui.screenshot import take_screenshot

            saved = take_screenshot(window, getattr(args, "screen", "contacts"), Path(screenshot))
            return EXIT_OK if saved else EXIT_INTERNAL
        window.restore_state()
        context.read_ahead.clear()  # only for the first screen: never stale later
        if window.current_screen_name == "contacts":  # its rows paint first, then the editor
            window.screen("contacts").show_editor_after_first_rows()  # type: ignore[attr-defined]
        if os.environ.get(PROBE_VARIABLE):  # the start-up benchmark's measuring point
            from gtgcrm_desktop.ui.startup_probe import install_if_requested

            install_if_requested(window.screen("contacts").table)  # type: ignore[attr-defined]
        window.show()
        # Nothing the first screen needs: imported and started once it has painted.
        window.after_start(lambda: _start_after_first_paint(context, window))
        # The sync screen owns the periodic background sync; build it once the window is up,
        # so sync runs without the tab being opened and start-up does not wait for it.
        QTimer.singleShot(BACKGROUND_SCREENS_DELAY_MS, window.start_background_screens)
        return app.exec()
    finally:
        from gtgcrm_desktop.ui.backups import scheduler_for

        backups = scheduler_for(context)
        if backups is not None:
            backups.at_close()  # through the task runner, before the workspace closes
        tasks.cancel_all()
        tasks.wait_for_done()
        context.workspace.close()
        del translators
