"""Unlock dialog (wrong passphrase told, retry, nothing written) and the first-run wizard."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from gtgcrm_desktop.ui.dialogs.first_run import FirstRunWizard
from gtgcrm_desktop.ui.dialogs.unlock import UnlockDialog
from gtgcrm_desktop.ui.passphrase_strength import Strength, strength
from gtgcrm_desktop.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text


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
    wizard.next()
    assert wizard.currentId() == wizard.consent_page_id
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


def fully_shown(label: QLabel, container: QWidget) -> bool:
    """True when `label` is visible, tall enough for its wrapped lines, and inside `container`."""
    if not label.isVisible() or label.height() < label.heightForWidth(label.width()):
        return False
    top_left = label.mapTo(container, label.rect().topLeft())
    return container.rect().contains(QRect(top_left, label.size()))


def test_a_wrong_passphrase_message_is_shown_whole_in_arabic(qtbot, tasks, data_dir, arabic):
    dialog = UnlockDialog(data_dir, tasks, "ar")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog._secret, "not the passphrase")
    qtbot.keyClick(dialog._secret, Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "errorLabel")
    qtbot.waitUntil(lambda: error.text().startswith("عبارة المرور غير صحيحة"), timeout=10_000)
    qtbot.wait(50)  # the layout settles
    assert error.text().endswith("ثم حاول مرة أخرى.")
    assert fully_shown(error, dialog)
    buttons = dialog._buttons
    assert error.mapTo(dialog, error.rect().bottomLeft()).y() < buttons.mapTo(dialog, QPoint()).y()


def test_an_empty_recovery_code_asks_for_the_recovery_code(qtbot, tasks, data_dir):
    dialog = UnlockDialog(data_dir, tasks, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog._use_recovery, Qt.MouseButton.LeftButton)
    assert dialog._use_recovery.isChecked()
    qtbot.keyClick(dialog._secret, Qt.Key.Key_Return)
    assert dialog.findChild(QLabel, "errorLabel").text() == "Type the recovery code first."
    qtbot.mouseClick(dialog._use_recovery, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog._secret, Qt.Key.Key_Return)
    assert dialog.findChild(QLabel, "errorLabel").text() == "Type the passphrase first."


def test_the_passphrase_page_explanation_is_shown_whole_in_arabic(qtbot, tasks, tmp_path, arabic):
    wizard = FirstRunWizard(tmp_path / "new", tasks, "ar")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.wait(50)
    ending = "بعد إنشاء مساحة العمل."
    shown = [
        label
        for label in wizard.findChildren(QLabel)
        if label.text().endswith(ending) and label.isVisible()
    ]
    assert shown, "the explanation of the passphrase is not on the page"
    assert all(fully_shown(label, wizard) for label in shown)


@pytest.mark.parametrize("passphrase", ["abc12345", "12345678", "qwerty12", "abcdefgh1"])
def test_runs_of_letters_or_digits_are_weak(passphrase):
    assert strength(passphrase) == Strength.WEAK


def test_the_strength_hint_calls_a_sequence_weak(qtbot, tasks, tmp_path):
    wizard = FirstRunWizard(tmp_path / "new", tasks, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, "abc12345")
    assert page.hint.text() == "Too weak: easy to guess. Add more words to go on."
    page.passphrase.clear()
    type_text(page.passphrase, "قهوة الصباح في حديقة البيت")
    assert page.hint.text() == "Strong."


def test_a_weak_passphrase_is_refused_not_only_hinted(qtbot, tasks, tmp_path):
    wizard = FirstRunWizard(tmp_path / "new", tasks, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.passphrase_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    for weak in ("aaaaaaaa", "password1", "qwertyuiop", "Password123!", "P@ssw0rd2024"):
        page.passphrase.setText(weak)
        page.repeat.setText(weak)
        assert strength(weak) <= Strength.WEAK
        assert not page.isComplete()
        assert not next_button.isEnabled()
    page.passphrase.setText("Tea at the souq 7pm")
    page.repeat.setText("Tea at the souq 7pm")
    assert strength("Tea at the souq 7pm") >= Strength.FAIR
    assert page.isComplete()
    assert next_button.isEnabled()


def test_the_recovery_code_is_copied_for_30_seconds_and_saved_as_pdf(
    qtbot, tasks, tmp_path, monkeypatch
):
    from PySide6.QtGui import QGuiApplication

    from gtgcrm_desktop.ui import clipboard

    folder = tmp_path / "Shop One"
    wizard = FirstRunWizard(folder, tasks, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.passphrase_page.passphrase.setText(PASSPHRASE)
    wizard.passphrase_page.repeat.setText(PASSPHRASE)
    wizard.next()
    wizard.next()
    page = wizard.recovery_page
    qtbot.waitUntil(lambda: bool(page.code.text()), timeout=10_000)
    code = page.code.text()
    page.copy.click()
    assert QGuiApplication.clipboard().text() == code
    assert clipboard._instance().pending
    assert "30 second" in page.actions.note.text()  # "seconds" once the English .qm is installed
    clipboard.clear_sensitive_now()

    target = tmp_path / "paper.pdf"
    monkeypatch.setattr(page.actions, "pdf_path", lambda: target)
    page.actions.pdf_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert page.actions.note.text().startswith("Saved as PDF")
    page.saved.setChecked(True)
    wizard.workspace.close()
