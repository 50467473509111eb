"""Unlock dialog (wrong passphrase told, retry, nothing written) and the first-run wizard."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWizard

from gtgcrm_desktop.ui.dialogs.first_run import FirstRunWizard
from gtgcrm_desktop.ui.dialogs.unlock import UnlockDialog
from gtgcrm_desktop.ui.passphrase_strength import Strength, strength
from gtgcrm_desktop.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE


@pytest.fixture
def tasks(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_wrong_passphrase_is_told_and_can_be_retried(qtbot, tasks, data_dir):
    before = snapshot(data_dir)
    dialog = UnlockDialog(data_dir, tasks, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog._secret, "not the passphrase")
    dialog._buttons.accepted.emit()
    error = dialog.findChild(QLabel, "errorLabel")
    qtbot.waitUntil(lambda: error.text().startswith("Wrong passphrase"), timeout=10_000)
    assert dialog.workspace is None
    assert snapshot(data_dir) == before

    dialog._secret.clear()
    qtbot.keyClicks(dialog._secret, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog._buttons.accepted.emit()
    assert dialog.workspace is not None
    dialog.workspace.close()


def test_recovery_code_unlocks(qtbot, tasks, data_dir, recovery_code):
    dialog = UnlockDialog(data_dir, tasks, "en")
    qtbot.addWidget(dialog)
    dialog._use_recovery.setChecked(True)
    qtbot.keyClicks(dialog._secret, recovery_code)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog._buttons.accepted.emit()
    assert dialog.workspace.unlocked_with == "recovery"
    dialog.workspace.close()


def test_strength_hint_grows_with_the_passphrase():
    assert strength("abc") == Strength.TOO_SHORT
    assert strength("aaaaaaaa") == Strength.WEAK
    assert strength("correct horse battery staple") >= Strength.GOOD


def test_first_run_creates_the_workspace_and_shows_the_recovery_code(qtbot, tasks, tmp_path):
    folder = tmp_path / "new"
    wizard = FirstRunWizard(folder, tasks, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, "short")
    assert page.hint.text().startswith("Too short")
    assert not page.isComplete()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE + "x")
    assert page.match.text() == "The two passphrases differ."
    assert not page.isComplete()
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, PASSPHRASE)
    assert page.isComplete()
    assert not folder.exists()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.recovery_page.code.text()), timeout=10_000)
    assert wizard.workspace is not None
    assert len(wizard.recovery_page.code.text().split("-")) == 8
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.recovery_page.saved.setChecked(True)
    assert finish.isEnabled()
    wizard.workspace.close()
    assert (folder / "workspace.db").exists()
