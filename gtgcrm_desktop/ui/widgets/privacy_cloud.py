"""The account's data in the GTG cloud on the privacy tab: the Sync screen's export and deletion
requests with where each stands, or, when the workspace is not signed in, how to sign in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from gtgcrm_desktop.sync.service import SyncService
from gtgcrm_desktop.ui.cloud_requests import CloudAccountState, CloudRequests
from gtgcrm_desktop.ui.context import AppContext
from gtgcrm_desktop.ui.models.conflicts import DataRequestModel
from gtgcrm_desktop.ui.widgets.privacy_common import hint, section_title
from gtgcrm_desktop.ui.widgets.sync_requests import AccountDataPanel

#: Rows of cloud requests shown without scrolling.
VISIBLE_ROWS = 4


class CloudAccountSection(QWidget):
    """Export my data / Delete my account data, sent to the cloud, and their status."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = DataRequestModel(self)
        self.panel = AccountDataPanel(self.model)
        self.panel.layout().setContentsMargins(0, 0, 0, 0)
        self._limit_list_height()
        self.requests = CloudRequests(context, self.panel, SyncService(context.workspace))
        self.sign_in_hint = hint(
            self.tr(
                "This workspace is not signed in to the GTG cloud, so no request can be sent"
                " there. Sign in on the Sync screen to ask GTG for a copy or the deletion of"
                " your cloud account data."
            )
        )
        self.sign_in_hint.setObjectName("cloudSignInHint")
        self.sign_in_button = QPushButton(self.tr("Open the Sync screen to sign in"))
        self.sign_in_button.setObjectName("openSyncToSignIn")
        self.sign_in = QWidget()
        sign_in_layout = QVBoxLayout(self.sign_in)
        sign_in_layout.setContentsMargins(0, 0, 0, 0)
        sign_in_layout.addWidget(self.sign_in_hint)
        sign_in_layout.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title(self.tr("Your account data in the GTG cloud")))
        layout.addWidget(self.sign_in)
        layout.addWidget(self.panel, 1)
        layout.addStretch(0)  # what the section's height leaves over, below its last line
        self.sign_in.hide()
        self.panel.hide()

        self.sign_in_button.clicked.connect(self.open_sync_screen)
        self.requests.state_changed.connect(self._show_state)
        context.events.cloud_account_changed.connect(self.refresh)

    def _limit_list_height(self) -> None:
        """A few rows are enough (one request of each kind is open at a time): the requests
        handled on this computer, below, keep the rest of the page."""
        table = self.panel.table
        rows = table.verticalHeader().defaultSectionSize() * VISIBLE_ROWS
        header = table.horizontalHeader().sizeHint().height()
        self.panel.list.setMaximumHeight(rows + header + 2 * table.frameWidth())

    def refresh(self) -> None:
        """Read the sign-in and the cloud requests again (in the background)."""
        self.requests.reload()

    def open_sync_screen(self) -> None:
        self.context.events.screen_requested.emit("sync")

    def _show_state(self, state: CloudAccountState) -> None:
        self.sign_in.setVisible(not state.signed_in)
        self.panel.set_actions_visible(state.signed_in)
        listed = state.signed_in or bool(state.requests)
        self.panel.setVisible(listed)
        # Without a list the section keeps its natural height and leaves the room to the page.
        policy = QSizePolicy.Policy.Preferred if listed else QSizePolicy.Policy.Maximum
        self.setSizePolicy(QSizePolicy.Policy.Preferred, policy)
