"""The recovery code on paper (PDF, Arabic and English), a new code from Settings, the notice
after a cut-short key rotation, and the damage banner after start."""

from __future__ import annotations

import shutil
import stat
import subprocess
import unicodedata
from datetime import date

import pytest
from PySide6.QtWidgets import QWidget

from gtgcrm_desktop.core.errors import UnknownRecoveryCodeError
from gtgcrm_desktop.store import Secrets, Workspace
from gtgcrm_desktop.ui.dialogs.settings import SettingsDialog
from gtgcrm_desktop.ui.main_window import MainWindow
from gtgcrm_desktop.ui.recovery_print import (
    RecoveryCodeDialog,
    offer_recovery_code_if_unshown,
    save_recovery_pdf,
)
from gtgcrm_desktop.ui.widgets.damage_banner import DamageBanner, start_damage_check
from tests.ui.conftest import wait_idle
from tests.ui.dialogs import DialogScript, press

CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")


@pytest.fixture
def reopening(context):
    """For tests that reopen the workspace: the last one opened is closed at the end (once no
    background task still reads it)."""
    yield context
    context.tasks.wait_for_done()
    context.workspace.close()


def pdf_text(path) -> str:
    """The PDF's text, Arabic presentation forms folded back to letters."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", out)


@pdftotext
def test_the_english_page_names_the_workspace_the_date_and_how_to_use_it(qapp, tmp_path):
    target = tmp_path / "code.pdf"
    save_recovery_pdf(target, CODE, "Shop One", "en", date(2026, 12, 4))
    text = " ".join(pdf_text(target).split())
    assert CODE in text
    assert "Workspace: Shop One" in text
    assert "4 December 2026" in text
    assert "If you forget the passphrase" in text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pdftotext
def test_the_arabic_page_is_arabic_with_the_code_left_to_right(qapp, tmp_path, arabic):
    target = tmp_path / "code.pdf"
    save_recovery_pdf(target, CODE, "متجر النور", "ar", date(2026, 12, 4))
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    assert "NotoSansArabic" in fonts  # the bundled font, embedded
    text = pdf_text(target)
    assert CODE in text  # one left-to-right run, in order
    for english in ("Workspace", "Date", "recovery code", "passphrase", "How to use"):
        assert english not in text
    assert "رمز الاسترداد" in text


def test_a_new_recovery_code_from_settings_replaces_the_old_one(
    qtbot, context, recovery_code, data_dir
):
    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = SettingsDialog(context, window)
    qtbot.addWidget(dialog)
    shown: list[str] = []

    def keep_code(box: QWidget) -> None:
        assert isinstance(box, RecoveryCodeDialog)
        assert not box.ok.isEnabled()  # not before the person says it is kept
        shown.append(box.code.text())
        box.saved.setChecked(True)
        box.ok.click()

    script = DialogScript(press("Make a new code"), keep_code)
    dialog.security.new_code_button.click()
    qtbot.waitUntil(lambda: script.done, timeout=15_000)
    wait_idle(qtbot, context)
    script.stop()
    assert "old recovery code stops working" in script.seen[0]
    assert len(shown) == 1 and len(shown[0].split("-")) == 8
    assert context.workspace.pending_notice is None  # shown, so no warning at the next open
    with Workspace.open(data_dir, Secrets(recovery_code=shown[0], use_keychain=False)):
        pass
    with pytest.raises(UnknownRecoveryCodeError):
        Workspace.open(data_dir, Secrets(recovery_code=recovery_code, use_keychain=False))


def test_a_code_never_shown_is_told_at_start_and_a_new_one_offered(qtbot, reopening, data_dir):
    context = reopening
    context.workspace.new_recovery_code()  # as if the app died before showing it
    context.workspace.close()
    context.workspace = Workspace.open(data_dir, Secrets())
    assert context.workspace.pending_notice
    window = MainWindow(context)
    qtbot.addWidget(window)
    shown: list[str] = []

    def keep_code(box: QWidget) -> None:
        shown.append(box.code.text())
        box.saved.setChecked(True)
        box.ok.click()

    script = DialogScript(press("Make a new code"), keep_code)
    assert offer_recovery_code_if_unshown(context, window) is not None
    qtbot.waitUntil(lambda: script.done, timeout=15_000)
    wait_idle(qtbot, context)
    script.stop()
    assert "cut short" in script.seen[0]
    assert context.workspace.pending_notice is None
    with Workspace.open(data_dir, Secrets(recovery_code=shown[0], use_keychain=False)):
        pass


def test_no_notice_when_the_code_was_shown(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert offer_recovery_code_if_unshown(context, window) is None


def test_a_healthy_workspace_shows_no_banner(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    check = start_damage_check(context, window)
    wait_idle(qtbot, context)
    assert check.banner is None
    assert window.findChild(DamageBanner) is None


def _damage_and_reopen(context, data_dir) -> None:
    from tests.ui.conftest import sample_contacts

    for contact in sample_contacts(300):
        context.workspace.contacts.add(contact)
    context.workspace.close()
    database = data_dir / "workspace.db"
    raw = bytearray(database.read_bytes())
    middle = len(raw) // 2
    raw[middle : middle + 16] = bytes(b ^ 0xFF for b in raw[middle : middle + 16])
    database.write_bytes(bytes(raw))
    context.workspace = Workspace.open(data_dir, Secrets())


def test_a_damaged_database_shows_the_banner_after_start(qtbot, reopening, data_dir):
    context = reopening
    _damage_and_reopen(context, data_dir)
    window = MainWindow(context)  # not shown: the contacts list would warn about the damage too
    qtbot.addWidget(window)
    check = start_damage_check(context, window)
    qtbot.waitUntil(lambda: check.banner is not None, timeout=15_000)
    assert window.menuWidget() is check.banner
    assert check.banner.isVisibleTo(window)
    assert "Restore your latest backup" in check.banner.text.text()
    assert check.banner.backups_button.isVisibleTo(window)


def test_the_banner_shows_when_the_starter_keeps_no_reference_to_the_check(
    qtbot, reopening, data_dir
):
    context = reopening
    _damage_and_reopen(context, data_dir)
    window = MainWindow(context)
    qtbot.addWidget(window)
    start_damage_check(context, window)  # as the app starts it: the result is not kept
    qtbot.waitUntil(lambda: isinstance(window.menuWidget(), DamageBanner), timeout=15_000)
    assert window.menuWidget().isVisibleTo(window)


def test_the_new_code_dialog_in_arabic_has_no_english_but_the_code(qtbot, arabic):
    from PySide6.QtCore import Qt

    from tests.ui.test_window_lock import latin_words

    dialog = RecoveryCodeDialog(CODE, "متجر النور", "ar")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert latin_words(dialog, CODE) == []
    assert dialog.code.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.actions.pdf_button.text().startswith("حفظ بصيغة PDF")
