"""The cloud account part of the Sync tab: the sign-in form, or who is signed in and Sync now."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_ltr
from gtgcrm_desktop.ui.widgets.ltr import LtrLineEdit

ERROR_STYLE = "color: #b00020;"
#: The sign-in fields do not need the whole width of a large window.
FIELD_MAX_WIDTH = 460


class SignInForm(QWidget):
    """Server address, e-mail and password; emits `submitted` when the person presses Sign in."""

    submitted = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "Sign in to your GTG cloud workspace to keep the contacts and templates of this"
                " computer in step with your colleagues. Everything keeps working offline."
            )
        )
        intro.setWordWrap(True)
        self.server = LtrLineEdit()
        self.server.setObjectName("syncServer")
        self.server.setAccessibleName(self.tr("Server address"))
        self.server.setPlaceholderText("https://")
        self.email = LtrLineEdit()
        self.email.setObjectName("syncEmail")
        self.email.setAccessibleName(self.tr("E-mail"))
        self.email.setPlaceholderText("name@example.com")
        self.password = QLineEdit()
        self.password.setObjectName("syncPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("syncSignIn")
        self.sign_in_button.setDefault(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("signInError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        for field in (self.server, self.email, self.password):
            field.setMaximumWidth(FIELD_MAX_WIDTH)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.sign_in_button.clicked.connect(self._submit)
        for field in (self.server, self.email, self.password):
            field.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        server, email = self.server.text().strip(), self.email.text().strip()
        if not server or not email or not self.password.text():
            self.show_error(self.tr("Fill in the server address, your e-mail and your password."))
            first_empty = next(
                f for f in (self.server, self.email, self.password) if not f.text().strip()
            )
            first_empty.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.submitted.emit(server, email, self.password.text())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))


class AccountPanel(QWidget):
    """The sign-in form while signed out; who is signed in, Sync now and Sign out while signed in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = SignInForm()
        self.account_label = QLabel()
        self.account_label.setObjectName("syncAccount")
        self.account_label.setTextFormat(Qt.TextFormat.PlainText)
        self.account_label.setWordWrap(True)
        self.details_label = QLabel()
        self.details_label.setObjectName("syncDetails")
        self.details_label.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setObjectName("syncStateLine")
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Sync state"))
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("syncNow")
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("syncSignOut")

        signed_in = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch()
        inner = QVBoxLayout(signed_in)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.account_label)
        inner.addWidget(self.details_label)
        inner.addWidget(self.state_label)
        inner.addWidget(self.progress)
        inner.addLayout(buttons)
        inner.addStretch()

        self.pages = QStackedWidget()
        self.pages.addWidget(self.form)
        self.pages.addWidget(signed_in)
        self._signed_in_page = signed_in
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    @property
    def showing_form(self) -> bool:
        return self.pages.currentWidget() is self.form

    def show_signed_in(self, email: str, server: str) -> None:
        text = self.tr("Signed in as %1 on %2.")
        self.account_label.setText(
            text.replace("%1", isolate_ltr(email)).replace("%2", isolate_ltr(server))
        )
        self.pages.setCurrentWidget(self._signed_in_page)

    def show_form(self, email: str = "", server: str = "", message: str = "") -> None:
        if server and not self.form.server.text():
            self.form.server.setText(server)
        if email and not self.form.email.text():
            self.form.email.setText(email)
        self.form.password.clear()
        self.form.show_error(message)
        self.pages.setCurrentWidget(self.form)

    def set_syncing(self, syncing: bool) -> None:
        self.sync_button.setEnabled(not syncing)
        self.sign_out_button.setEnabled(not syncing)
        self.progress.setVisible(syncing)
        if syncing:
            self.progress.setRange(0, 0)

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def set_state(self, text: str, error: bool = False) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet(ERROR_STYLE if error else "")
