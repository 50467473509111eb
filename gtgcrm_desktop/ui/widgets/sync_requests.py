"""Account data in the cloud: ask for an export of, or the deletion of, the account's cloud data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from gtgcrm_desktop.ui.models.conflicts import DataRequestModel
from gtgcrm_desktop.ui.widgets.sync_conflicts import ListWithEmptyState, make_table

ACCESS, ERASURE = "access", "erasure"


class AccountDataPanel(QWidget):
    """Two requests the account holder can send to the cloud, and where each one stands."""

    #: The kind of data request to send ("access" or "erasure").
    request_wanted = Signal(str)
    #: Save the archive of a completed export request (the request dict).
    download_wanted = Signal(object)

    def __init__(self, model: DataRequestModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        intro = QLabel(
            self.tr(
                "Ask GTG for a copy of everything your cloud account holds, or for its deletion."
                " Requests are sent with the next sync and their answer shows here. The data"
                " on this computer is not touched."
            )
        )
        intro.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export my data"))
        self.export_button.setObjectName("requestExport")
        self.delete_button = QPushButton(self.tr("Delete my account data…"))
        self.delete_button.setObjectName("requestErasure")
        self.download_button = QPushButton(self.tr("Save the export…"))
        self.download_button.setObjectName("downloadExport")
        self.download_button.setEnabled(False)
        self.table = make_table(model, "requestTable", self.tr("Account data requests"))
        header = self.table.horizontalHeader()
        for column, width in ((0, 220), (1, 280), (2, 160)):
            header.resizeSection(column, width)
        self.list = ListWithEmptyState(self.table, self.tr("No request sent yet."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        buttons.addWidget(self.download_button)
        self.actions = QWidget()
        actions_layout = QVBoxLayout(self.actions)
        actions_layout.setContentsMargins(0, 0, 0, 0)
        actions_layout.addWidget(intro)
        actions_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.actions)
        layout.addWidget(self.list, 1)

        self.export_button.clicked.connect(lambda: self.request_wanted.emit(ACCESS))
        self.delete_button.clicked.connect(self._confirm_erasure)
        self.download_button.clicked.connect(self._download)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._on_reset)
        self._on_reset()

    def set_actions_visible(self, visible: bool) -> None:
        """Show or hide the explanation and the buttons; the list of requests stays."""
        self.actions.setVisible(visible)

    def _on_reset(self) -> None:
        self.list.update_state()
        self._update_buttons()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.request(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        request = self.selected()
        self.download_button.setEnabled(
            request is not None
            and request.get("kind") == ACCESS
            and request.get("status") == "completed"
            and bool(request.get("remote_id"))
        )

    def _confirm_erasure(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Delete my account data"),
            self.tr(
                "Ask GTG to delete the data of your cloud account? The contacts and templates"
                " on this computer stay, but nothing can be synced after the deletion."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.request_wanted.emit(ERASURE)

    def _download(self) -> None:
        request = self.selected()
        if request is not None:
            self.download_wanted.emit(request)
