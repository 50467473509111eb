"""The list side of the templates screen: search, type filter, the table or its empty state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gtgcrm_desktop.ui.models.templates import TemplateListModel


class TemplateListPanel(QWidget):
    """The templates, searchable and filtered by type, with New and Delete under them.

    Its texts are translated in the "TemplatesScreen" context, where they have always been.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("templateSearch")
        self.search.setAccessibleName(
            QCoreApplication.translate("TemplatesScreen", "Search templates")
        )
        self.search.setPlaceholderText(
            QCoreApplication.translate("TemplatesScreen", "Search templates…")
        )
        self.search.setClearButtonEnabled(True)

        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("templateKindFilter")
        self.kind_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_filter.setMinimumContentsLength(8)
        self.kind_filter.setAccessibleName(QCoreApplication.translate("TemplatesScreen", "Show"))
        self.kind_filter.addItem(
            QCoreApplication.translate("TemplatesScreen", "All templates"), None
        )
        self.kind_filter.addItem(
            QCoreApplication.translate("TemplatesScreen", "E-mail templates"), "email"
        )
        self.kind_filter.addItem(
            QCoreApplication.translate("TemplatesScreen", "Landing pages"), "landing_page"
        )

        self.model = TemplateListModel(self)
        self.table = QTableView()
        self.table.setObjectName("templateTable")
        self.table.setAccessibleName(QCoreApplication.translate("TemplatesScreen", "Templates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.samples_button = QPushButton(
            QCoreApplication.translate("TemplatesScreen", "Add the sample templates")
        )
        self.samples_button.setObjectName("addSamples")
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch()
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.samples_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch()
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(empty)

        self.new_button = QPushButton(QCoreApplication.translate("TemplatesScreen", "New template"))
        self.new_button.setObjectName("newTemplate")
        self.delete_button = QPushButton(QCoreApplication.translate("TemplatesScreen", "Delete"))
        self.delete_button.setObjectName("deleteTemplate")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.kind_filter)
        layout.addWidget(self._stack, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)

    def update_state(self) -> None:
        """Show the table, or why it is empty (and the samples button when there is nothing)."""
        if self.model.rowCount():
            self._stack.setCurrentIndex(0)
            return
        if self.model.total:
            self.empty_label.setText(
                QCoreApplication.translate("TemplatesScreen", "No template matches.")
            )
            self.samples_button.hide()
        else:
            self.empty_label.setText(
                QCoreApplication.translate(
                    "TemplatesScreen",
                    "No templates yet. Write one with “New template”, or start from the samples.",
                )
            )
            self.samples_button.show()
        self._stack.setCurrentIndex(1)

    def select_row(self, row: int) -> None:
        """Select `row` (QTableView.selectRow finds no column in a right-to-left layout)."""
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), flags.ClearAndSelect | flags.Rows
        )

    def select_quietly(self, template_id: str) -> None:
        """Select the row of `template_id` (none when it is not listed), without signals."""
        row = self.model.row_of(template_id) if template_id else -1
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self.select_row(row)
        else:
            self.table.clearSelection()
        selection.blockSignals(False)
