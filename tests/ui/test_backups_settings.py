"""Settings -> Backups and the automatic backups of the app (issue 11, points 1-3)."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

from gtgcrm_desktop.core import settings as app_settings
from gtgcrm_desktop.core.models import Contact, EmailAddress
from gtgcrm_desktop.privacy.erasure import erase_contact
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.store.backups import create_backup
from gtgcrm_desktop.ui import backups as ui_backups
from gtgcrm_desktop.ui.backups import BackupScheduler, BackupStatusLabel
from gtgcrm_desktop.ui.widgets import settings_backups
from gtgcrm_desktop.ui.widgets.settings_backups import BackupsDialog, BackupsPage
from tests.conftest import PASSPHRASE
from tests.ui.conftest import wait_idle

#: Set to refresh docs/screenshots/backups_ar.png from the Arabic test below.
WRITE_DOCS = os.environ.get("GTGCRM_WRITE_SCREENSHOTS") == "1"
DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "backups_ar.png"


def _folder(context) -> Path:  # type: ignore[no-untyped-def]
    return Path(context.data_dir) / "backups"


def test_back_up_now_lists_the_backup_and_shows_its_time(qtbot, context) -> None:
    context.workspace.contacts.add(Contact(given_name="Layla"))
    scheduler = BackupScheduler(context)
    page = BackupsPage(context)
    qtbot.addWidget(page)
    wait_idle(qtbot, context)
    assert page.model.rowCount() == 0
    assert page.status.text() == "No backup yet"
    assert page.back_up_now() is not None
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    made = list(_folder(context).glob("*.gtgbackup"))
    assert len(made) == 1 and stat.S_IMODE(made[0].stat().st_mode) == 0o600
    assert page.status.text().startswith("Last backup: ")
    assert scheduler.last is not None and scheduler.last.contacts == 1
    assert page.model.data(page.model.index(0, 1)) == "1"


def test_a_failure_is_shown_in_settings_and_the_status_bar(qtbot, context, tmp_path) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    context.machine_settings.set(app_settings.BACKUP_FOLDER, str(blocked))
    scheduler = BackupScheduler(context)
    label = BackupStatusLabel(scheduler)
    qtbot.addWidget(label)
    page = BackupsPage(context)
    qtbot.addWidget(page)
    scheduler.run_now()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: "failed" in label.text(), timeout=5000)
    assert label.text().startswith("Backup failed: Cannot use ") and "color" in label.styleSheet()
    assert page.status.text() == label.text()
    # ...and it is still shown at the next start, until a backup succeeds.
    assert context.machine_settings.get(app_settings.BACKUP_LAST_FAILURE)
    again = BackupScheduler(context)
    assert again.status_text().startswith("Backup failed: ")
    context.machine_settings.set(app_settings.BACKUP_FOLDER, "")
    again.run_now()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: again.status_text().startswith("Last backup"), timeout=5000)
    assert context.machine_settings.get(app_settings.BACKUP_LAST_FAILURE) == ""


def test_every_four_hours_by_default_and_zero_turns_it_off(qtbot, context) -> None:
    scheduler = BackupScheduler(context)
    assert scheduler._timer.isActive() and scheduler._timer.interval() == 4 * 3_600_000
    page = BackupsPage(context)
    qtbot.addWidget(page)
    page.every_hours.setValue(0)
    assert context.machine_settings.get(app_settings.BACKUP_EVERY_HOURS) == 0
    assert not scheduler._timer.isActive()
    assert scheduler.status_text() == "Automatic backups are off"
    scheduler.at_close()
    assert not _folder(context).exists()  # off means off, also at close
    page.every_hours.setValue(2)
    assert scheduler._timer.interval() == 2 * 3_600_000


def test_the_timer_and_closing_the_app_make_backups(qtbot, context) -> None:
    scheduler = BackupScheduler(context)
    scheduler._timer.timeout.emit()  # the timer fired
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: scheduler.last is not None, timeout=5000)
    first = scheduler.last
    scheduler.at_close()  # waits for its backup (or one running) to finish
    assert scheduler.last is not None
    assert len(list(_folder(context).glob("*.gtgbackup"))) >= 1
    assert first is not None


def test_no_backup_while_the_window_is_locked(qtbot, context) -> None:
    scheduler = BackupScheduler(context)
    context.workspace.suspend()
    try:
        assert scheduler.run_now() is None
    finally:
        context.workspace.resume(Secrets(passphrase=PASSPHRASE))


def _click_accept(box: QMessageBox) -> int:
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    accept.click()
    return 0


def test_restore_into_a_new_folder_then_open_it(qtbot, context, tmp_path, monkeypatch) -> None:
    workspace = context.workspace
    gone = workspace.contacts.add(Contact(given_name="Gone", emails=[EmailAddress("g@x.sa")]))
    workspace.contacts.add(Contact(given_name="Stays"))
    backup = create_backup(workspace, folder=_folder(context))
    erase_contact(workspace, gone.id)
    opened: list[Path] = []
    monkeypatch.setattr(settings_backups, "open_workspace", lambda d, w: opened.append(d))
    monkeypatch.setattr(QMessageBox, "exec", _click_accept)
    page = BackupsPage(context)
    qtbot.addWidget(page)
    wait_idle(qtbot, context)
    page.table.selectRow(0)
    assert page.selected_backup() == backup.path
    target = tmp_path / "restored"
    page.restore_into(backup.path, target, PASSPHRASE)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened == [target]
    with Workspace.open(target, Secrets(passphrase=PASSPHRASE)) as restored:
        assert [c.given_name for c in restored.contacts.iter_all()] == ["Stays"]


def test_a_wrong_passphrase_is_reported(qtbot, context, tmp_path, monkeypatch) -> None:
    backup = create_backup(context.workspace, folder=_folder(context))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    page = BackupsPage(context)
    qtbot.addWidget(page)
    page.restore_into(backup.path, tmp_path / "restored", "wrong")
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert warnings == ["Wrong passphrase."] and not (tmp_path / "restored").exists()


def test_backups_model(qtmodeltester, qtbot, context) -> None:
    create_backup(context.workspace, folder=_folder(context))
    (_folder(context) / "broken.gtgbackup").write_bytes(b"nope")
    page = BackupsPage(context)
    qtbot.addWidget(page)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtmodeltester.check(page.model)
    texts = {page.model.data(page.model.index(r, 0)) for r in range(2)}
    assert "Damaged" in texts


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
    return texts


@pytest.mark.usefixtures("arabic")
def test_arabic_page_is_mirrored_translated_and_not_clipped(qtbot, context, tmp_path) -> None:
    from gtgcrm_desktop.ui.context import AppContext

    arabic_context = AppContext(context.workspace, context.tasks, "ar", context.machine_settings)
    context.workspace.contacts.add(Contact(given_name="سارة"))
    scheduler = BackupScheduler(arabic_context)
    scheduler.run_now()
    wait_idle(qtbot, arabic_context)
    qtbot.waitUntil(lambda: scheduler.last is not None, timeout=5000)
    monkey_folder = ui_backups.folder_of(arabic_context)
    dialog = BackupsDialog(arabic_context)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, arabic_context)
    qtbot.waitUntil(lambda: dialog.page.model.rowCount() == 1, timeout=5000)
    qtbot.wait(50)
    assert dialog.layoutDirection().name == "RightToLeft"
    folder_text = str(monkey_folder)
    for text in _visible_texts(dialog):
        left = text.replace(folder_text, "")
        left = re.sub(r"gtgcrm-[\w-]+\.gtgbackup", "", left)
        assert not _LATIN_WORD.search(left), text
    header = dialog.page.table.horizontalHeader()
    for column in range(dialog.page.model.columnCount()):
        title = dialog.page.model.headerData(column, header.orientation())
        assert title and not _LATIN_WORD.search(str(title))
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap() and label.text():
            assert label.sizeHint().width() <= label.width() + 1, label.text()
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and button.text():
            assert button.sizeHint().width() <= button.width() + 1, button.text()
    image = dialog.grab()
    assert image.save(str(DOCS_SCREENSHOT if WRITE_DOCS else tmp_path / "backups_ar.png"), "PNG")
