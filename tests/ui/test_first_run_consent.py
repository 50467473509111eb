"""The first-run privacy page: consents off by default, recorded with the new workspace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizard

from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.ledger import ConsentLedger
from gtgcrm_desktop.privacy.policy import acknowledgements, current_policy, pending_notice
from gtgcrm_desktop.ui.dialogs.first_run import FirstRunWizard
from gtgcrm_desktop.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE


@pytest.fixture
def tasks(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


def to_consent_page(qtbot, wizard: FirstRunWizard) -> None:
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    qtbot.keyClicks(wizard.passphrase_page.passphrase, PASSPHRASE)
    qtbot.keyClicks(wizard.passphrase_page.repeat, PASSPHRASE)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == wizard.consent_page_id


def create_and_finish(qtbot, wizard: FirstRunWizard) -> None:
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.text() == "Create workspace"
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizard.recovery_page.code.text()), timeout=10_000)
    assert not wizard.recovery_page.choices_failed.isVisible()
    qtbot.mouseClick(wizard.recovery_page.saved, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wizard.accepted, timeout=5_000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )


def test_ticking_analytics_only_records_the_three_choices_and_the_policy(qtbot, tasks, tmp_path):
    folder = tmp_path / "new"
    wizard = FirstRunWizard(folder, tasks, "en")
    qtbot.addWidget(wizard)
    to_consent_page(qtbot, wizard)
    boxes = wizard.consent_page.boxes
    assert list(boxes) == list(v.ACCOUNT_PURPOSES)
    assert not any(box.isChecked() for box in boxes.values()), "never pre-ticked"
    assert boxes[v.USAGE_ANALYTICS].text() == "Usage analytics"
    assert "section 1.2" in wizard.consent_page.descriptions[v.USAGE_ANALYTICS].text()
    assert not folder.exists(), "nothing is written before the user creates the workspace"
    qtbot.mouseClick(boxes[v.USAGE_ANALYTICS], Qt.MouseButton.LeftButton)
    create_and_finish(qtbot, wizard)

    workspace = wizard.workspace
    try:
        ledger = ConsentLedger(workspace)
        events = ledger.account_history()
        version = current_policy().version
        assert sorted((e.purpose, e.status) for e in events) == [
            (v.MARKETING_EMAIL, v.WITHDRAWN),
            (v.PERSONALISED_ADS, v.WITHDRAWN),
            (v.USAGE_ANALYTICS, v.GRANTED),
        ]
        assert {e.source for e in events} == {v.SOURCE_FIRST_RUN}
        assert {e.policy_version for e in events} == {version}
        assert [p for p in v.ACCOUNT_PURPOSES if ledger.account_granted(p)] == [v.USAGE_ANALYTICS]
        acks = acknowledgements(workspace)
        assert [(a.version, a.source) for a in acks] == [(version, v.SOURCE_FIRST_RUN)]
        assert pending_notice(workspace) is None, "no 'policy changed' notice at first start"
    finally:
        workspace.close()


def test_leaving_everything_off_grants_nothing(qtbot, tasks, tmp_path):
    wizard = FirstRunWizard(tmp_path / "new", tasks, "en")
    qtbot.addWidget(wizard)
    to_consent_page(qtbot, wizard)
    create_and_finish(qtbot, wizard)
    workspace = wizard.workspace
    try:
        ledger = ConsentLedger(workspace)
        assert not any(c.granted for c in ledger.account_consents())
        events = ledger.account_history()
        assert len(events) == len(v.ACCOUNT_PURPOSES)
        assert {(e.status, e.source) for e in events} == {(v.WITHDRAWN, v.SOURCE_FIRST_RUN)}
    finally:
        workspace.close()


def test_the_policy_can_be_read_from_the_page(qtbot, tasks, tmp_path):
    wizard = FirstRunWizard(tmp_path / "new", tasks, "en")
    qtbot.addWidget(wizard)
    to_consent_page(qtbot, wizard)
    qtbot.mouseClick(wizard.consent_page.policy_button, Qt.MouseButton.LeftButton)
    dialog = wizard.consent_page.policy_dialog
    assert dialog is not None and dialog.isVisible()
    first_line = current_policy().text("en").strip().splitlines()[0].strip()
    assert dialog.browser.toPlainText().startswith(first_line)
    dialog.reject()
    assert not any(box.isChecked() for box in wizard.consent_page.boxes.values())


def fully_inside(widget: QWidget, container: QWidget) -> bool:
    top_left = widget.mapTo(container, widget.rect().topLeft())
    return widget.isVisible() and container.rect().contains(QRect(top_left, widget.size()))


def test_the_page_reads_whole_in_arabic(qtbot, tasks, tmp_path, arabic):
    wizard = FirstRunWizard(tmp_path / "new", tasks, "ar")
    qtbot.addWidget(wizard)
    to_consent_page(qtbot, wizard)
    qtbot.wait(50)
    page = wizard.consent_page
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.boxes[v.USAGE_ANALYTICS].text() == "تحليلات الاستخدام"
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "إنشاء مساحة العمل"
    labels = [w for w in page.findChildren(QLabel) if w.isVisible()]
    buttons = [w for w in page.findChildren(QAbstractButton) if w.isVisible()]
    assert len(labels) == 4 and len(buttons) == 4
    for widget in (*labels, *buttons):
        text = widget.text()
        assert any("\u0600" <= ch <= "\u06ff" for ch in text), text
        assert fully_inside(widget, wizard), text
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()), label.text()
