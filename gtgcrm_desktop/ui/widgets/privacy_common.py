"""Shared pieces of the privacy tab: labels of stored words, tables and section titles (dates and
times come from ui.dates, shared with the Sync screen)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gtgcrm_desktop.core.bidi import isolate_auto, isolate_ltr
from gtgcrm_desktop.privacy import vocabulary as v
from gtgcrm_desktop.store.consent import ConsentEvent
from gtgcrm_desktop.ui.dates import date_text, local_time
from gtgcrm_desktop.ui.models.conflicts import field_label

#: A muted colour for secondary text (works on light and dark palettes).
MUTED_STYLE = "color: #5c5c5c;"
SUCCESS_STYLE = "color: #1b7f3b; font-weight: bold;"
DANGER_STYLE = "color: #b00020; font-weight: bold;"


def word(stored: str) -> str:
    """The translated label of a stored privacy word ("granted", "marketing_email", ...)."""
    if v.is_integration_purpose(stored):
        kind, _, name = stored.partition(":")
        template = (
            QCoreApplication.translate("PrivacyLabels", "Cloud sync with %1")
            if kind == "sync"
            else QCoreApplication.translate("PrivacyLabels", "Integration: %1")
        )
        return template.replace("%1", isolate_ltr(name))
    return QCoreApplication.translate("privacy", v.label(stored))


# Ids shown in a table are cut to their last characters (UUIDv7 ids share their first ones).
SHORT_ID_CHARS = 8


def short_id(record_id: str) -> str:
    """The end of a record id ("…5e61a99f"), enough to tell records apart; kept left to right."""
    if len(record_id) <= SHORT_ID_CHARS:
        return isolate_ltr(record_id)
    return isolate_ltr("…" + record_id[-SHORT_ID_CHARS:])


def policy_version(version: str) -> str:
    """A policy version: versions are named after their date, so shown as one."""
    return date_text(version)


def field_names(fields: Iterable[str]) -> str:
    """Stored contact field names ("title", "emails") as a translated list ("Job title and ...")."""
    return QLocale().createSeparatedList([field_label(f) for f in fields])


class PrivacyLabels(QObject):
    """Counted phrases of the privacy pages (plural forms need a tr() with a count)."""

    def months(self, count: int) -> str:
        return self.tr("%n month(s)", "", count)


def months_text(count: int) -> str:
    """`count` months in words, in the plural form the language needs ("24 months")."""
    return PrivacyLabels().months(count)


def section_title(text: str) -> QLabel:
    """A bold, slightly larger heading for a part of a page."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    label.setFont(font)
    return label


def hint(text: str) -> QLabel:
    """A wrapped explanatory line in a muted colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED_STYLE)
    return label


def make_table(
    headers: list[str], accessible_name: str, parent: QWidget | None = None
) -> QTableWidget:
    """A read-only, row-selecting table with the last column stretched."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setMinimumSectionSize(100)
    header.setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    """Replace the rows of `table` with `rows` of display texts."""
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)


def consent_row(event: ConsentEvent, *, with_channel: bool = False) -> list[str]:
    """The cells of one consent event in a history table."""
    purpose = word(event.purpose)
    if with_channel and event.channel:
        purpose = f"{purpose} · {word(event.channel)}"
    cells = [local_time(event.recorded_at), purpose, word(event.status)]
    if with_channel:
        cells.append(word(event.lawful_basis))
    source = word(event.source) if event.source in v.LABELS else isolate_auto(event.source)
    cells += [policy_version(event.policy_version), source]
    if with_channel:
        cells.append(isolate_auto(event.evidence))
    return cells


def align_leading(label: QLabel) -> QLabel:
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    return label
