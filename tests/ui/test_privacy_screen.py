"""The privacy tab, driven as a user would: toggles, usage data, requests, erasure, audit."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gtgcrm_desktop.core.bidi import strip_isolates
from gtgcrm_desktop.core.models import Contact, EmailAddress
from gtgcrm_desktop.core.resources import i18n_dir
from gtgcrm_desktop.core.validation import validate_contact
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.privacy.analytics import UsageRecorder
from gtgcrm_desktop.privacy.ledger import ConsentLedger
from gtgcrm_desktop.privacy.policy import acknowledgements, pending_notice
from gtgcrm_desktop.privacy.requests import DataRequests
from gtgcrm_desktop.sync.privacy import request_account_data
from gtgcrm_desktop.sync.service import SyncService
from gtgcrm_desktop.ui.models.audit import (
    ACTION_COLUMN,
    DETAILS_COLUMN,
    SUBJECT_COLUMN,
    AuditActionRole,
    AuditLogModel,
)
from gtgcrm_desktop.ui.screens import sync as sync_screen
from gtgcrm_desktop.ui.screens.privacy import PrivacyScreen, maybe_show_policy_notice
from gtgcrm_desktop.ui.widgets.privacy_policy import PolicyNoticeDialog
from tests.sync.conftest import USERS
from tests.ui.conftest import sample_contacts, type_text, wait_idle
from tests.workspace_server import WorkspaceServer, serve

EASTERN_DIGITS = re.compile("[٠-٩۰-۹]")
#: 9 December 2024 in the Arabic short date format, with the digits used across the app.
ARABIC_POLICY_DATE = "9\u200f/12\u200f/2024"
#: Bidi isolates only (strip_isolates also drops the marks that order a date or a list row).
ISOLATES = re.compile("[\u2066-\u2069]")


@pytest.fixture(autouse=True)
def english_locale():
    """Dates follow the default QLocale: English (United States), as `--lang en` sets it."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def arabic(qapp, context):
    """The Arabic interface, as the app installs it: translations, locale, right to left."""
    from gtgcrm_desktop.ui.language import install_language

    translators = install_language(qapp, "ar")
    context.language = "ar"
    yield context
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def cloud(tmp_path: Path, context, monkeypatch) -> Iterator[WorkspaceServer]:  # type: ignore[no-untyped-def]
    """The reference workspace server on 127.0.0.1, with the test workspace signed in to it."""
    monkeypatch.setattr(sync_screen, "STARTUP_SYNC_DELAY_MS", 3_600_000)  # tests sync themselves
    running = serve(0, tmp_path / "server", USERS, token_ttl=3600)
    SyncService(context.workspace).login(running.url, *USERS[0])
    yield running
    running.shutdown()
    running.server_close()


@pytest.fixture
def english_plurals(qapp):
    """The English translation file, where the plural forms of English live."""
    translator = QTranslator()
    assert translator.load("gtgcrm_en", str(i18n_dir()))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def open_screen(qtbot, context) -> PrivacyScreen:
    screen = PrivacyScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    qtbot.waitExposed(screen)
    wait_idle(qtbot, context)
    return screen


def cells(table, column: int) -> list[str]:
    return [strip_isolates(table.item(r, column).text()) for r in range(table.rowCount())]


def answer_yes(monkeypatch, asked: list[str] | None = None) -> None:
    def question(parent, title, text, *args, **kwargs):
        if asked is not None:
            asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)


def choose_contact(qtbot, context, chooser, name: str) -> None:
    """Type part of the name in the chooser's search and click the first match."""
    type_text(chooser.search, name)
    qtbot.waitUntil(lambda: chooser.matches.count() == 1, timeout=3000)
    wait_idle(qtbot, context)
    chooser.choose_row(0)
    wait_idle(qtbot, context)


# -- policy ---------------------------------------------------------------------------------


def test_policy_is_shown_with_version_and_the_notice_records_the_acknowledgement(qtbot, context):
    screen = open_screen(qtbot, context)
    page = screen.policy
    assert page.version_label.text() == "Version 12/9/24 · effective 12/9/24"
    assert "Privacy Policy" in page.browser.toPlainText()
    assert page.notice.isVisible()
    qtbot.mouseClick(page.notice.read_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert not page.notice.isVisible()
    assert pending_notice(context.workspace) is None
    assert acknowledgements(context.workspace)[0].source == v.SOURCE_PRIVACY_TAB


def test_arabic_policy_text_is_right_to_left(qtbot, context):
    context.language = "ar"
    screen = open_screen(qtbot, context)
    html = screen.policy.browser.toHtml()
    assert "سياسة الخصوصية" in screen.policy.browser.toPlainText()
    block = screen.policy.browser.document().firstBlock()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft or 'dir="rtl"' in html


def test_start_up_notice_acknowledges_when_the_user_has_read_it(qtbot, context, monkeypatch):
    shown: list[PolicyNoticeDialog] = []
    monkeypatch.setattr(PolicyNoticeDialog, "open", lambda self: shown.append(self))
    maybe_show_policy_notice(context, None)
    wait_idle(qtbot, context)
    assert len(shown) == 1
    shown[0].accept()
    wait_idle(qtbot, context)
    assert pending_notice(context.workspace) is None
    shown.clear()
    maybe_show_policy_notice(context, None)
    wait_idle(qtbot, context)
    assert shown == []


# -- account consent and usage data ---------------------------------------------------------


def test_toggling_a_consent_appends_an_event_and_shows_it_in_the_history(qtbot, context):
    screen = open_screen(qtbot, context)
    page = screen.consent
    screen.tabs.setCurrentWidget(page)
    wait_idle(qtbot, context)
    box = page.toggles[v.MARKETING_EMAIL]
    assert not box.isChecked()
    assert page.history.rowCount() == 0
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: page.history.rowCount() == 1, timeout=3000)
    assert box.isChecked()
    assert cells(page.history, 1) == ["Marketing e-mail"]
    assert cells(page.history, 2) == ["granted"]
    assert cells(page.history, 3) == ["12/9/24"]
    assert cells(page.history, 4) == ["privacy tab"]
    # Withdrawing is one click too.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: page.history.rowCount() == 2, timeout=3000)
    assert not box.isChecked()
    assert cells(page.history, 2)[0] == "withdrawn"
    ledger = ConsentLedger(context.workspace)
    assert [e.status for e in ledger.account_history()] == ["withdrawn", "granted"]
    assert not ledger.account_granted(v.MARKETING_EMAIL)


def test_a_connected_integration_gets_its_own_toggle(qtbot, context):
    ConsentLedger(context.workspace).set_account("integration:gmail", False, v.SOURCE_CLI)
    screen = open_screen(qtbot, context)
    assert "integration:gmail" in screen.consent.toggles
    assert "gmail" in screen.consent.toggles["integration:gmail"].text()


def test_with_analytics_off_nothing_is_recorded_and_the_tab_says_so(qtbot, context):
    screen = open_screen(qtbot, context)
    recorder = UsageRecorder(context.workspace)
    assert recorder.screen_opened("privacy") is False
    assert recorder.action("export.start") is False
    assert recorder.count() == 0
    usage = screen.usage
    assert "nothing is recorded" in usage.state_label.text()
    assert usage.table.rowCount() == 0
    assert not usage.delete_button.isEnabled()


def test_with_analytics_on_the_tab_shows_exactly_what_is_recorded_and_deletes_it(
    qtbot, context, monkeypatch
):
    screen = open_screen(qtbot, context)
    screen.tabs.setCurrentWidget(screen.consent)
    wait_idle(qtbot, context)
    qtbot.mouseClick(screen.consent.toggles[v.USAGE_ANALYTICS], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert screen.usage.enabled
    recorder = UsageRecorder(context.workspace)
    assert recorder.screen_opened("contacts")
    assert recorder.session_ended(42)
    screen.tabs.setCurrentWidget(screen.usage)
    wait_idle(qtbot, context)
    usage = screen.usage
    assert cells(usage.table, 1) == ["Session length", "Screen opened"]
    assert cells(usage.table, 2) == ["session", "contacts"]
    assert "42" in cells(usage.table, 3)[0]
    answer_yes(monkeypatch)
    qtbot.mouseClick(usage.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert recorder.count() == 0
    qtbot.waitUntil(lambda: usage.table.rowCount() == 0, timeout=3000)
    # Withdrawing stops the recording at once.
    screen.tabs.setCurrentWidget(screen.consent)
    wait_idle(qtbot, context)
    qtbot.mouseClick(screen.consent.toggles[v.USAGE_ANALYTICS], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert recorder.screen_opened("contacts") is False
    assert "nothing is recorded" in usage.state_label.text()


# -- data requests --------------------------------------------------------------------------


def test_erasing_a_contact_after_two_confirmations_removes_it(qtbot, context, monkeypatch):
    contacts = context.workspace.contacts.add_many(sample_contacts(4))
    target = contacts[1]
    name = target.effective_display_name()
    screen = open_screen(qtbot, context)
    screen.tabs.setCurrentWidget(screen.requests)
    page = screen.requests
    assert not page.erase_button.isEnabled()
    page.contact_choice.click()
    choose_contact(qtbot, context, page.chooser, target.family_name)
    assert page.chooser.contact_id == target.id
    assert page.erase_button.isEnabled()
    asked: list[str] = []
    answer_yes(monkeypatch, asked)
    changed: list[bool] = []
    context.events.contacts_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert len(asked) == 2 and all(name in text for text in asked)
    assert not context.workspace.contacts.exists(target.id)
    assert context.workspace.contacts.count() == 3
    assert changed
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: page.requests.rowCount() == 1, timeout=3000)
    assert cells(page.requests, 0) == ["erasure"]
    assert cells(page.requests, 2) == ["completed"]
    assert cells(page.requests, 6) == ["erased"]
    assert page.chooser.contact_id == ""


def test_erasure_is_not_done_when_the_second_confirmation_is_declined(qtbot, context, monkeypatch):
    target = context.workspace.contacts.add_many(sample_contacts(1))[0]
    screen = open_screen(qtbot, context)
    page = screen.requests
    screen.tabs.setCurrentWidget(page)
    page.contact_choice.click()
    choose_contact(qtbot, context, page.chooser, target.family_name)
    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    page.erase_button.click()
    wait_idle(qtbot, context)
    assert context.workspace.contacts.exists(target.id)


def test_objection_excludes_the_contact_from_marketing_and_says_why(qtbot, context, monkeypatch):
    target = context.workspace.contacts.add_many(sample_contacts(2))[0]
    ConsentLedger(context.workspace).set_contact(
        target.id,
        purpose=v.MARKETING,
        channel=v.EMAIL,
        status=v.GRANTED,
        lawful_basis="consent",
        source="shop form",
    )
    screen = open_screen(qtbot, context)
    page = screen.requests
    screen.tabs.setCurrentWidget(page)
    page.contact_choice.click()
    choose_contact(qtbot, context, page.chooser, target.family_name)
    answer_yes(monkeypatch)
    page.object_button.click()
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: page.requests.rowCount() == 1, timeout=3000)
    assert cells(page.requests, 0) == ["objection"]

    consent_page = screen.contact_consent
    screen.tabs.setCurrentWidget(consent_page)
    choose_contact(qtbot, context, consent_page.chooser, target.family_name)
    reason = consent_page.decision_labels[v.EMAIL].text()
    assert reason == "Excluded: the contact objected to direct marketing."


def test_account_export_writes_an_encrypted_file(qtbot, context, tmp_path: Path):
    context.workspace.contacts.add_many(sample_contacts(2))
    screen = open_screen(qtbot, context)
    target = tmp_path / "mine.zip.enc"
    screen.requests.export_to(target, "correct horse battery")
    wait_idle(qtbot, context)
    assert target.read_bytes().startswith(b"GTGCRMX\x00")
    qtbot.waitUntil(lambda: screen.requests.requests.rowCount() == 1, timeout=5000)
    assert cells(screen.requests.requests, 0) == ["access"]
    assert cells(screen.requests.requests, 1) == ["My account"]


def test_correction_dialog_saves_and_records_the_fields(qtbot, context, monkeypatch):
    from gtgcrm_desktop.ui.widgets import privacy_requests

    target = context.workspace.contacts.add_many(sample_contacts(1))[0]
    screen = open_screen(qtbot, context)
    page = screen.requests
    screen.tabs.setCurrentWidget(page)
    page.contact_choice.click()
    choose_contact(qtbot, context, page.chooser, target.family_name)

    def fake_exec(dialog) -> int:
        dialog.editor.title.setText("Manager")
        dialog.save()
        # Inside the task that loaded the contact, as a real exec() would be.
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
        return dialog.result()

    monkeypatch.setattr(privacy_requests.CorrectionDialog, "exec", fake_exec)
    page.correct_button.click()
    wait_idle(qtbot, context)
    assert context.workspace.contacts.get(target.id).title == "Manager"
    entries = context.workspace.audit.entries(action="contact.corrected")
    assert entries and entries[0].details["fields"] == ["title"]
    assert "Manager" not in str(entries[0].details)
    qtbot.waitUntil(lambda: page.requests.rowCount() == 1, timeout=3000)
    assert cells(page.requests, 6) == ["corrected: Job title"]


# -- contact consent ------------------------------------------------------------------------


def test_recording_a_contact_decision_shows_it_and_allows_marketing(qtbot, context):
    target = context.workspace.contacts.add_many(sample_contacts(3))[2]
    screen = open_screen(qtbot, context)
    page = screen.contact_consent
    screen.tabs.setCurrentWidget(page)
    choose_contact(qtbot, context, page.chooser, target.family_name)
    assert page.decision_labels[v.EMAIL].text().startswith("Excluded: no marketing consent")
    page.channel.setCurrentIndex(page.channel.findData(v.EMAIL))
    page.status.setCurrentIndex(page.status.findData(v.GRANTED))
    page.basis.setCurrentIndex(page.basis.findData("consent"))
    qtbot.keyClicks(page.source, "shop sign-up form")
    qtbot.keyClicks(page.evidence, "form no. 12")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: page.history.rowCount() == 1, timeout=3000)
    assert page.decision_labels[v.EMAIL].text() == (
        "Allowed: the contact consented to this channel."
    )
    assert cells(page.history, 5) == ["shop sign-up form"]
    assert cells(page.history, 6) == ["form no. 12"]
    assert page.decision_labels[v.SMS].text().startswith("Excluded")


# -- retention ------------------------------------------------------------------------------


def test_retention_setting_is_saved_and_review_lists_nothing_for_fresh_contacts(qtbot, context):
    from gtgcrm_desktop.core import settings as app_settings

    context.workspace.contacts.add_many(sample_contacts(2))
    screen = open_screen(qtbot, context)
    page = screen.retention
    screen.tabs.setCurrentWidget(page)
    wait_idle(qtbot, context)
    page.months.setValue(6)
    page.action.setCurrentIndex(page.action.findData("anonymise"))
    page.save_button.click()
    wait_idle(qtbot, context)
    assert context.workspace.settings.get(app_settings.RETENTION_MONTHS) == 6
    assert context.workspace.settings.get(app_settings.RETENTION_ACTION) == "anonymise"
    page.review_button.click()
    wait_idle(qtbot, context)
    assert page.table.rowCount() == 0
    assert "No contact" in page.summary.text()
    assert not page.delete_button.isEnabled()


def test_retention_review_lists_old_contacts_and_deletes_them_on_confirmation(
    qtbot, context, monkeypatch
):
    contacts = context.workspace.contacts.add_many(sample_contacts(3))
    old = contacts[0]
    context.workspace.db.execute(
        "UPDATE contacts SET updated_at = '2000-01-01T00:00:00.000Z' WHERE id = ?", (old.id,)
    )
    screen = open_screen(qtbot, context)
    page = screen.retention
    screen.tabs.setCurrentWidget(page)
    wait_idle(qtbot, context)
    page.review_button.click()
    wait_idle(qtbot, context)
    assert page.table.rowCount() == 1
    assert cells(page.table, 2) == [old.id]
    answer_yes(monkeypatch)
    page.delete_button.click()
    wait_idle(qtbot, context)
    assert not context.workspace.contacts.exists(old.id)
    assert context.workspace.contacts.count() == 2
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=3000)


# -- audit log ------------------------------------------------------------------------------


def _make_audit_entries(context) -> list:
    contacts = context.workspace.contacts.add_many(sample_contacts(2))
    ledger = ConsentLedger(context.workspace)
    ledger.set_account(v.MARKETING_EMAIL, True, v.SOURCE_CLI)
    for contact in contacts:
        ledger.set_contact(
            contact.id,
            purpose=v.MARKETING,
            channel=v.SMS,
            status=v.WITHDRAWN,
            lawful_basis="consent",
            source="phone call",
        )
    return contacts


def test_audit_table_filters_by_action_and_subject(qtbot, context):
    contacts = _make_audit_entries(context)
    screen = open_screen(qtbot, context)
    page = screen.audit
    screen.tabs.setCurrentWidget(page)
    wait_idle(qtbot, context)
    model = page.model
    actions = {model.index(r, 0).data(AuditActionRole) for r in range(model.rowCount())}
    assert {"consent.account", "consent.contact"} <= actions

    page.action_filter.setCurrentIndex(page.action_filter.findData("consent.contact"))
    wait_idle(qtbot, context)
    assert model.rowCount() == 2
    assert all(
        model.index(r, ACTION_COLUMN).data() == "Contact consent recorded"
        for r in range(model.rowCount())
    )
    qtbot.keyClicks(page.subject_id, contacts[0].id)
    qtbot.waitUntil(lambda: model.filter[2] == contacts[0].id, timeout=3000)
    wait_idle(qtbot, context)
    assert model.rowCount() == 1
    page.subject_id.clear()
    page.action_filter.setCurrentIndex(0)
    page.subject_filter.setCurrentIndex(page.subject_filter.findData(v.ACCOUNT))
    wait_idle(qtbot, context)
    qtbot.waitUntil(lambda: model.filter == (None, "account", None), timeout=3000)
    wait_idle(qtbot, context)
    assert model.rowCount() >= 1
    assert {model.index(r, 0).data(AuditActionRole) for r in range(model.rowCount())} == {
        "consent.account"
    }


def test_audit_table_shows_no_personal_data(qtbot, context, monkeypatch):
    contacts = context.workspace.contacts.add_many(sample_contacts(1))
    from gtgcrm_desktop.privacy.erasure import erase_contact

    erase_contact(context.workspace, contacts[0].id)
    screen = open_screen(qtbot, context)
    model = screen.audit.model
    texts = " ".join(
        str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(5)
    )
    assert "Contact erased" in texts
    for secret in (contacts[0].family_name, "person0@example.com", "0500000000"):
        assert secret not in texts


def test_verify_chains_reports_intact_then_tampering(qtbot, context):
    _make_audit_entries(context)
    screen = open_screen(qtbot, context)
    page = screen.audit
    screen.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert page.verify_result.text().startswith("Intact")
    # What someone with the key and a SQLite shell could do: drop the guard, edit a row.
    context.workspace.db.execute("DROP TRIGGER audit_log_no_update")
    context.workspace.db.execute("UPDATE audit_log SET subject_id = 'someone' WHERE seq = 1")
    page.verify_button.click()
    wait_idle(qtbot, context)
    assert page.verify_result.text().startswith("Tampering detected")
    assert "#1" in page.verify_result.text()


@pytest.mark.parametrize("count", [0, 7, 450])
def test_qt_model_tester_accepts_the_audit_model(qtbot, qtmodeltester, context, count):
    for i in range(count):
        context.workspace.audit.append("usage.deleted", subject_type="account", details={"n": i})
    model = AuditLogModel(context.workspace.audit, context.tasks, page_size=200)
    model.refresh()
    wait_idle(qtbot, context)
    assert model.rowCount() == min(count, 200)
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore() or model.loading:
        model.fetchMore()
        wait_idle(qtbot, context)
    assert model.rowCount() == count
    qtmodeltester.check(model, force_py=True)


# -- dates, numbers and words in the interface language -------------------------------------


def test_arabic_dates_share_one_format_and_the_app_digits(qtbot, arabic):
    context = arabic
    ConsentLedger(context.workspace).set_account(v.MARKETING_EMAIL, True, v.SOURCE_CLI)
    context.workspace.contacts.add_many(sample_contacts(1))
    screen = open_screen(qtbot, context)
    version = screen.policy.version_label.text()
    assert version == f"الإصدار {ARABIC_POLICY_DATE} · سارية من {ARABIC_POLICY_DATE}"
    assert ARABIC_POLICY_DATE in screen.policy.notice.title.text()
    assert screen.consent.history.item(0, 3).text() == ARABIC_POLICY_DATE
    recorded = screen.consent.history.item(0, 0).text()
    assert re.fullmatch(r"\d{1,2}\u200f/\d{1,2}\u200f/\d{4} \d{1,2}:\d{2}.*", recorded)

    page = screen.retention
    screen.tabs.setCurrentWidget(page)
    wait_idle(qtbot, context)
    assert page.months.text() == "24 شهرًا"
    page.review_button.click()
    wait_idle(qtbot, context)
    assert re.search(r"منذ \d{1,2}\u200f/\d{1,2}\u200f/\d{4}\.", page.summary.text())
    for text in (version, recorded, page.months.text(), page.summary.text()):
        assert not EASTERN_DIGITS.search(text), text


def test_months_box_uses_plural_forms_and_reads_typed_arabic_digits(qtbot, arabic):
    from gtgcrm_desktop.ui.widgets.privacy_months import MonthsSpinBox

    box = MonthsSpinBox()
    qtbot.addWidget(box)
    box.setRange(1, 1200)
    shown = {}
    for value in (1, 2, 3, 11, 24, 100):
        box.setValue(value)
        shown[value] = box.text()
    assert shown == {
        1: "شهر واحد",
        2: "شهران",
        3: "3 أشهر",
        11: "11 شهرًا",
        24: "24 شهرًا",
        100: "100 شهر",
    }
    box.show()
    qtbot.waitExposed(box)
    box.setFocus()
    box.selectAll()
    type_text(box, "٣٦")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == 36
    assert box.text() == "36 شهرًا"
    box.setValue(1)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert (box.value(), box.text()) == (2, "شهران")


def test_english_counts_use_plural_forms(qtbot, context, english_plurals):
    from gtgcrm_desktop.ui.widgets.privacy_months import MonthsSpinBox

    box = MonthsSpinBox()
    qtbot.addWidget(box)
    box.setRange(1, 1200)
    box.setValue(1)
    assert box.text() == "1 month"
    box.setValue(24)
    assert box.text() == "24 months"
    context.workspace.audit.append("usage.deleted", subject_type="account", details={"count": 3})
    screen = open_screen(qtbot, context)
    qtbot.waitUntil(lambda: screen.audit.count_label.text() == "1 entry shown", timeout=3000)
    ConsentLedger(context.workspace).set_account(v.MARKETING_EMAIL, True, v.SOURCE_CLI)
    screen.audit.refresh()
    wait_idle(qtbot, context)
    assert screen.audit.count_label.text() == "2 entries shown"
    row = screen.audit.model.rowCount() - 1
    assert screen.audit.model.index(row, DETAILS_COLUMN).data() == "3 usage events deleted"


def _corrected_and_erased(context) -> tuple[Contact, Contact]:
    from gtgcrm_desktop.privacy.correction import correct_contact
    from gtgcrm_desktop.privacy.erasure import erase_contact
    from gtgcrm_desktop.privacy.retention import set_policy

    corrected, erased = context.workspace.contacts.add_many(sample_contacts(2))
    changes = {"title": "Manager", "emails": [{"value": "new@example.com", "label": "work"}]}
    correct_contact(context.workspace, corrected.id, changes)
    erase_contact(context.workspace, erased.id)
    set_policy(context.workspace, 12, "anonymise")
    return corrected, erased


def _audit_rows(qtbot, screen) -> dict[str, int]:
    """Open the audit page; the row of each action (its newest entry)."""
    screen.tabs.setCurrentWidget(screen.audit)
    wait_idle(qtbot, screen.context)
    model = screen.audit.model
    rows: dict[str, int] = {}
    for row in range(model.rowCount()):
        rows.setdefault(model.index(row, 0).data(AuditActionRole), row)
    return rows


def test_arabic_audit_details_are_arabic_phrases_and_nothing_is_cut(qtbot, arabic):
    context = arabic
    corrected, erased = _corrected_and_erased(context)
    screen = open_screen(qtbot, context)
    rows = _audit_rows(qtbot, screen)
    model = screen.audit.model

    def details(action: str) -> str:
        return strip_isolates(model.index(rows[action], DETAILS_COLUMN).data())

    assert details("contact.corrected") == (
        "الحقول المصحّحة: المسمى الوظيفي وعناوين البريد الإلكتروني"
    )
    assert details("retention.policy") == "المدة: 12 شهرًا · بعدها: إخفاء هويتها تلقائيًا"
    assert details("contact.erased").startswith("بناءً على طلب صاحب البيانات")
    assert details("request.updated") == "نوع الطلب: الإتلاف · الحالة: مكتمل"
    # No stored key, "key=value" pair or JSON reaches the screen.
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                text = strip_isolates(str(model.index(row, column).data(role) or ""))
                assert not re.search(r"[a-z]+_[a-z]+|=|[{}\[\]\"]", text), text
    # The subject shows the start of the id; the tooltip and the details pane have all of it.
    subject = model.index(rows["contact.erased"], SUBJECT_COLUMN)
    assert strip_isolates(subject.data()) == f"جهة اتصال …{erased.id[-8:]}"
    assert erased.id in strip_isolates(subject.data(Qt.ItemDataRole.ToolTipRole))
    tooltip = strip_isolates(model.index(rows["contact.erased"], DETAILS_COLUMN).data(3))
    assert "قيود سجل التغييرات التي أُفرغت: " in tooltip
    page = screen.audit
    assert page.details.toPlainText() == ""
    cell = page.table.visualRect(model.index(rows["contact.corrected"], ACTION_COLUMN))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    pane = strip_isolates(page.details.toPlainText())
    assert corrected.id in pane
    assert "الحقول المصحّحة: المسمى الوظيفي وعناوين البريد الإلكتروني" in pane
    assert "قبل التصحيح (محجوبة): الاسم: " in pane

    requests = screen.requests
    screen.tabs.setCurrentWidget(requests)
    wait_idle(qtbot, context)
    outcomes = set(cells(requests.requests, 6))
    assert "تم التصحيح: المسمى الوظيفي وعناوين البريد الإلكتروني" in outcomes


def test_english_audit_details_read_as_sentences(qtbot, context):
    _corrected_and_erased(context)
    screen = open_screen(qtbot, context)
    rows = _audit_rows(qtbot, screen)
    model = screen.audit.model

    def details(action: str) -> str:
        return strip_isolates(model.index(rows[action], DETAILS_COLUMN).data())

    assert details("contact.corrected") == "Corrected: Job title and E-mail addresses"
    assert details("retention.policy") == "Period: 12 month(s) · then: anonymise them automatically"
    assert details("request.opened") == "Request type: erasure"
    assert details("contact.erased").startswith("at the person’s request (was ")


# -- the contact chooser and the account's cloud data ---------------------------------------


def _x_of(text: str, part: str, direction: Qt.LayoutDirection) -> float:
    """Where the middle of `part` lands when `text` is laid out as one line in `direction`."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return line.cursorToX(text.index(part) + len(part) // 2)[0]


def test_chooser_puts_the_name_first_for_latin_and_arabic_names(qtbot, arabic):
    context = arabic
    people = {"Bob Other": "bob.new@example.com", "سارة العتيبي": "sara@example.com"}
    context.workspace.contacts.add_many(
        [
            validate_contact(
                Contact(
                    given_name=name.split()[0],
                    family_name=name.split()[1],
                    emails=[EmailAddress(email)],
                )
            )
            for name, email in people.items()
        ]
    )
    screen = open_screen(qtbot, context)
    chooser = screen.requests.chooser
    qtbot.waitUntil(lambda: chooser.matches.count() == 2, timeout=3000)
    rtl = Qt.LayoutDirection.RightToLeft
    assert chooser.matches.layoutDirection() == rtl
    texts = [chooser.matches.item(row).text() for row in range(2)]
    for name, email in people.items():
        text = next(t for t in texts if name in t)
        # Name on the right (read first) with isolates, and where a renderer ignores them.
        for shown in (text, ISOLATES.sub("", text)):
            assert _x_of(shown, name, rtl) > _x_of(shown, email, rtl), (name, shown)


def open_window(qtbot, context, *, with_sync: bool):  # type: ignore[no-untyped-def]
    """The main window on the privacy tab's data requests page ("My account" is chosen).

    `with_sync` builds the Sync screen first, as the app does shortly after start-up."""
    from gtgcrm_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    window.leave_data_alone()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    if with_sync:
        window.start_background_screens()
    window.show_screen("privacy")
    screen = window.screen("privacy")
    screen.tabs.setCurrentWidget(screen.requests)
    wait_idle(qtbot, context)
    return window, screen.requests


def answer_box(qtbot, button: QMessageBox.StandardButton, asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Click `button` of the message box about to open, as the user would (its text is kept)."""

    def click(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(button).click()
        elif tries:
            QTimer.singleShot(20, lambda: click(tries - 1))

    QTimer.singleShot(0, click)


def cloud_rows(context) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(kind, handled_by) of every data request of the workspace."""
    return context.workspace.db.all(
        "SELECT kind, handled_by FROM data_requests ORDER BY created_at"
    )


def shown_requests(section) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(request, status) as the privacy tab's cloud list shows them."""
    model = section.panel.table.model()
    return [
        tuple(strip_isolates(str(model.index(row, column).data())) for column in (0, 1))
        for row in range(model.rowCount())
    ]


def test_not_signed_in_the_account_page_says_so_and_opens_the_sync_screen(qtbot, context):
    request_account_data(context.workspace, v.ACCESS)  # asked for before signing out
    window, page = open_window(qtbot, context, with_sync=False)
    section = page.cloud
    assert section.isVisible()
    assert section.sign_in_hint.isVisible()
    assert "not signed in to the GTG cloud" in section.sign_in_hint.text()
    assert not section.panel.export_button.isVisible()
    assert not section.panel.delete_button.isVisible()
    assert section.panel.table.isVisible()  # where the earlier request stands
    assert shown_requests(section) == [("Export my data", "Waiting to be sent with the next sync")]
    assert "for their deletion below" in page.explanation.text()
    qtbot.mouseClick(section.sign_in_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_name == "sync"
    assert window.screen("sync").account.showing_form
    page.contact_choice.click()
    assert not section.isVisibleTo(page)
    wait_idle(qtbot, context)


def test_export_my_data_from_the_privacy_tab_goes_to_the_cloud_and_its_status_follows(
    qtbot, context, cloud, monkeypatch, tmp_path: Path
):
    DataRequests(context.workspace).open(v.ACCESS, v.ACCOUNT, v.ACCOUNT_ID)  # a local one
    window, page = open_window(qtbot, context, with_sync=False)
    section = page.cloud
    assert not section.sign_in.isVisible()
    assert shown_requests(section) == []
    assert cells(page.requests, 0) == ["access"]  # the local request is listed apart

    qtbot.mouseClick(section.panel.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert cloud_rows(context) == [("access", "local"), ("access", "cloud")]
    assert shown_requests(section) == [("Export my data", "Waiting to be sent with the next sync")]
    assert cells(page.requests, 0) == ["access"]

    window.show_screen("sync")
    sync = window.screen("sync")
    wait_idle(qtbot, context)
    qtbot.mouseClick(sync.account.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not sync.syncing, timeout=10_000)
    wait_idle(qtbot, context)
    assert shown_requests(section) == [("Export my data", "Received by the cloud")]
    assert cloud.storage.query("SELECT kind FROM data_requests") == [("access",)]

    remote_id = section.model.request(0)["remote_id"]
    cloud.storage.set_request_status(remote_id, "completed")
    qtbot.mouseClick(sync.account.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not sync.syncing, timeout=10_000)
    wait_idle(qtbot, context)
    assert shown_requests(section) == [("Export my data", "Done")]
    assert cloud.storage.query("SELECT kind FROM data_requests") == [("access",)]

    window.show_screen("privacy")
    target = tmp_path / "cloud-export.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    section.panel.table.selectRow(0)
    qtbot.mouseClick(section.panel.download_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert zipfile.is_zipfile(target)


def test_delete_my_account_data_asks_first_and_no_sends_nothing(qtbot, context, cloud):
    window, page = open_window(qtbot, context, with_sync=True)
    section = page.cloud
    asked: list[str] = []
    answer_box(qtbot, QMessageBox.StandardButton.No, asked)
    qtbot.mouseClick(section.panel.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context)
    assert "delete the data of your cloud account" in asked[0]
    assert cloud_rows(context) == []
    assert shown_requests(section) == []

    answer_box(qtbot, QMessageBox.StandardButton.Yes, asked)
    qtbot.mouseClick(section.panel.delete_button, Qt.MouseButton.LeftButton)
    sync = window.screen("sync")
    qtbot.waitUntil(
        lambda: shown_requests(section) == [("Delete my account data", "Received by the cloud")],
        timeout=10_000,
    )  # sent at once: the Sync screen syncs when a request is made
    qtbot.waitUntil(lambda: not sync.syncing, timeout=10_000)
    wait_idle(qtbot, context)
    assert cloud_rows(context) == [("erasure", "cloud")]
    assert cloud.storage.query("SELECT kind FROM data_requests") == [("erasure",)]
    assert sync.request_model.rowCount() == 1  # the Sync screen's tab shows it too
