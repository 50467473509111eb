"""The template list model: e-mail templates and landing pages, filtered by kind and name."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from gtgcrm_desktop.core.arabic import normalize_for_search as normalize
from gtgcrm_desktop.core.bidi import isolate_auto
from gtgcrm_desktop.core.models import Template
from gtgcrm_desktop.ui.models._table import AnyIndex, read_only_flags

#: The template id of a row.
TemplateIdRole = Qt.ItemDataRole.UserRole + 1
#: The Template of a row.
TemplateRole = Qt.ItemDataRole.UserRole + 2


NAME_COLUMN, KIND_COLUMN = 0, 1


class TemplateListModel(QAbstractTableModel):
    """A workspace holds tens of templates, so they are all kept; filtering happens here."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Template] = []
        self._rows: list[Template] = []
        self._kind: str | None = None
        self._search = ""

    # -- what the owner controls ---------------------------------------------------------

    def set_templates(self, templates: list[Template]) -> None:
        """Replace every template (as loaded from the repository)."""
        self.beginResetModel()
        self._all = list(templates)
        self._rows = self._visible()
        self.endResetModel()

    def set_kind_filter(self, kind: str | None) -> None:
        """Show only e-mail templates ("email"), landing pages ("landing_page") or all (None)."""
        if kind != self._kind:
            self._kind = kind
            self.set_templates(self._all)

    def set_search(self, text: str) -> None:
        """Show only templates whose name or subject contains `text` (Arabic-normalised)."""
        if text.strip() != self._search:
            self._search = text.strip()
            self.set_templates(self._all)

    @property
    def total(self) -> int:
        """How many templates exist, shown or not."""
        return len(self._all)

    def template(self, row: int) -> Template:
        return self._rows[row]

    def row_of(self, template_id: str) -> int:
        """The row showing `template_id`, or -1 when it is filtered out or unknown."""
        return next((i for i, t in enumerate(self._rows) if t.id == template_id), -1)

    def _visible(self) -> list[Template]:
        wanted = normalize(self._search) if self._search else ""
        rows = [
            t
            for t in self._all
            if (self._kind is None or t.kind == self._kind)
            and (not wanted or wanted in normalize(f"{t.name} {t.subject}"))
        ]
        return sorted(rows, key=lambda t: (t.kind != "email", normalize(t.name), t.id))

    def _kind_text(self, template: Template) -> str:
        kind = self.tr("E-mail") if template.kind == "email" else self.tr("Landing page")
        if template.purpose == "marketing":
            return self.tr("%1 · marketing").replace("%1", kind)
        return kind

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        template = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == NAME_COLUMN:
                return isolate_auto(template.name) or self.tr("(no name)")
            return self._kind_text(template)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [isolate_auto(template.name), isolate_auto(template.subject)]
            return "\n".join(line for line in lines if line) or None
        if role == TemplateIdRole:
            return template.id
        if role == TemplateRole:
            return template
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME_COLUMN:
            return self.tr("Name")
        if section == KIND_COLUMN:
            return self.tr("Type")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return read_only_flags(index)
